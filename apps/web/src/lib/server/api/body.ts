import type { z } from 'zod';
import { fieldErrors } from '../zod-fields.ts';
import { ApiError, validationFailed } from './errors.ts';
import { nulFields } from './nul-characters.ts';

/** Largest JSON body the API reads (adapter-node's BODY_SIZE_LIMIT caps every request too). */
export const JSON_BODY_MAX_BYTES = 256 * 1024;

export const payloadTooLarge = (maxBytes = JSON_BODY_MAX_BYTES) =>
  new ApiError(413, 'payload_too_large', `request body exceeds ${maxBytes} bytes`);

/**
 * The 413 for a body declared (Content-Length) over the limit, answered without reading it. The
 * body is still read and dropped in the background: left unread it holds the keep-alive
 * connection, and the client's next request on that connection stalls until the server resets it.
 */
export function declaredTooLarge(request: Request, maxBytes = JSON_BODY_MAX_BYTES): ApiError {
  if (request.body && !request.bodyUsed) request.body.pipeTo(new WritableStream()).catch(() => undefined);
  return payloadTooLarge(maxBytes);
}

function isTooLarge(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 413;
}

/**
 * The body as text, or the API's 413 past maxBytes. Past the limit the rest is read and dropped
 * rather than the stream cancelled: cancelling resets the connection before the client can read
 * the 413. adapter-node's BODY_SIZE_LIMIT still bounds what is drained.
 */
export async function readLimitedText(request: Request, maxBytes = JSON_BODY_MAX_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw declaredTooLarge(request, maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size <= maxBytes) chunks.push(value);
    }
  } catch (error) {
    if (isTooLarge(error)) throw payloadTooLarge(maxBytes);
    throw error;
  }
  if (size > maxBytes) throw payloadTooLarge(maxBytes);
  return Buffer.concat(chunks).toString('utf8');
}

/** Like readJson for an endpoint whose body may be left out: no body at all reads as `{}`. */
export async function readOptionalJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  if (!request.headers.has('content-type') && (await readLimitedText(request)) === '') {
    const result = schema.safeParse({});
    if (!result.success) throw validationFailed(fieldErrors(result.error));
    return result.data;
  }
  return readJson(request, schema);
}

/** Reads and validates a JSON body: 415 for another type, 413 when too big, 400 naming bad fields (NUL characters among them). */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'expected Content-Type: application/json');
  }
  const text = await readLimitedText(request);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'request body is not valid JSON');
  }
  const nul = nulFields(value);
  if (Object.keys(nul).length > 0) throw validationFailed(nul);
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(fieldErrors(result.error));
  return result.data;
}
