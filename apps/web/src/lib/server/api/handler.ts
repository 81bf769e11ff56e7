import { isHttpError, type RequestEvent } from '@sveltejs/kit';
import { FieldError } from '../field-error.ts';
import { log } from '../logger.ts';
import { OpenSubtasksError } from '../open-subtasks-error.ts';
import { redactPath } from '../redact-path.ts';
import { UnknownProjectError } from '../unknown-project-error.ts';
import { ApiError, busy, openSubtasks, unknownProject, validationFailed } from './errors.ts';

/**
 * Wraps a JSON endpoint so that ApiError, FieldError, OpenSubtasksError and UnknownProjectError become the API's error format and
 * anything else a logged 500 in the same format (with the request id, never the cause).
 */
export function api<E extends RequestEvent>(handler: (event: E) => Promise<Response>): (event: E) => Promise<Response> {
  return async (event) => {
    try {
      return await handler(event);
    } catch (error) {
      if (error instanceof ApiError) return error.toResponse();
      if (error instanceof FieldError) return validationFailed(error.fields).toResponse();
      if (error instanceof OpenSubtasksError) return openSubtasks(error).toResponse();
      if (error instanceof UnknownProjectError) return unknownProject(error).toResponse();
      // Load shedding deeper down (SvelteKit's error(503)) keeps its status and message here.
      if (isHttpError(error, 503)) return busy(error.body.message).toResponse();
      log().error({ err: error, requestId: event.locals.requestId, path: redactPath(event.url.pathname) }, 'API request failed');
      return new ApiError(500, 'internal_error', `internal error (request ${event.locals.requestId})`).toResponse();
    }
  };
}
