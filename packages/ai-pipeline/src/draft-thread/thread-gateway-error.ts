import { LlmGatewayError } from '../gateway/errors.ts';

/** A gateway error raised in the drafting thread, as the parent sees it: same code, message and recoverability. */
export class ThreadGatewayError extends LlmGatewayError {
  override readonly name = 'ThreadGatewayError';

  constructor(
    readonly code: string,
    message: string,
    readonly recoverable: boolean,
  ) {
    super(message);
  }
}
