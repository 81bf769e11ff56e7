import { ApiError } from '$lib/server/api/errors.ts';
import type { RequestHandler } from './$types';

// Any /api path no route serves (an id that is not a uuid, a typo) answers in the API's error
// format rather than with the HTML error page.
export const fallback: RequestHandler = ({ url }) => new ApiError(404, 'not_found', `no API route ${url.pathname}`).toResponse();
