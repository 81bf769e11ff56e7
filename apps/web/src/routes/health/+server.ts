import { version } from '$app/environment';
import { json } from '@sveltejs/kit';
import { checkHealth } from '$lib/server/health.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => {
  const report = await checkHealth(version);
  return json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  });
};
