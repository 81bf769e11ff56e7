import type { SessionUser } from '$lib/server/auth/session-user.ts';

declare global {
  namespace App {
    interface Error {
      message: string;
      requestId?: string;
    }
    interface Locals {
      requestId: string;
      user: SessionUser | null;
      session: { id: string; via: 'cookie' | 'token' } | null;
    }
  }
}
