import { version } from '$app/environment';
import { json } from '@sveltejs/kit';
import { openApiDocument } from '$lib/server/api/openapi.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => json(openApiDocument(version), { headers: { 'cache-control': 'no-cache' } });
