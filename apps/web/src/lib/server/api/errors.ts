import { type UsageLimit, usageLimitMessage } from '@ordo/shared-types';
import { json } from '@sveltejs/kit';
import type { OpenSubtasksError } from '../open-subtasks-error.ts';
import type { UnknownProjectError } from '../unknown-project-error.ts';

export type ApiErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
  | 'usage_limit_reached'
  | 'busy'
  | 'internal_error';

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string>; limit?: UsageLimit };
}

/** An error the API answers with its status and `{"error": {"code", "message", "fields"?}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: Record<string, string> | undefined;
  /** The plan limit that refused the request (402). */
  readonly limit: UsageLimit | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    options: { fields?: Record<string, string>; limit?: UsageLimit; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = options.fields;
    this.limit = options.limit;
    this.headers = options.headers ?? {};
  }

  toResponse(): Response {
    const body: ApiErrorBody = { error: { code: this.code, message: this.message } };
    if (this.fields) body.error.fields = this.fields;
    if (this.limit) body.error.limit = this.limit;
    return json(body, { status: this.status, headers: { 'cache-control': 'no-store', ...this.headers } });
  }
}

export const notFound = (what = 'resource') => new ApiError(404, 'not_found', `${what} not found`);

export const validationFailed = (fields: Record<string, string>) =>
  new ApiError(400, 'validation_failed', `invalid ${Object.keys(fields).join(', ')}`, { fields });

/** 409 for completing a task with open subtasks: the message names them, the field says how to go on. */
export const openSubtasks = (error: OpenSubtasksError) =>
  new ApiError(409, 'conflict', error.message, {
    fields: { complete_subtasks: 'send complete_subtasks: true to complete the open subtasks too' },
  });

/** 409 for a quick add naming a project the person does not have: the field says how to go on. */
export const unknownProject = (error: UnknownProjectError) =>
  new ApiError(409, 'conflict', error.message, {
    fields: { create_project: `send create_project: true to create “${error.project}”, or undo the #${error.project} chip` },
  });

// Seconds a client should wait when the server sheds load (the argon2 queue is full).
const BUSY_RETRY_AFTER_SECONDS = 2;

export const busy = (message: string) =>
  new ApiError(503, 'busy', message, { headers: { 'retry-after': String(BUSY_RETRY_AFTER_SECONDS) } });

export const rateLimited = (retryAfterSeconds: number) =>
  new ApiError(429, 'rate_limited', `too many attempts; try again in ${retryAfterSeconds} s`, {
    headers: { 'retry-after': String(retryAfterSeconds) },
  });

/** 402 when the person's plan allows no more of something this period: which limit, how much is used, when it resets. */
export const usageLimitReached = (limit: UsageLimit) => new ApiError(402, 'usage_limit_reached', usageLimitMessage(limit), { limit });
