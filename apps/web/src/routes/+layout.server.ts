import { configuredAppUrl } from '$lib/server/request-origin.ts';
import type { LayoutServerLoad } from './$types';

export const load = (() => ({ appUrl: configuredAppUrl() })) satisfies LayoutServerLoad;
