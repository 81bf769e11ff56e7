import { describe, expect, it } from 'vitest';
import { signedUpClient } from './http-client.ts';
import { PER_CLIENT_ADDRESS, startWebServer } from './web-server.ts';

describe('web server shutdown (SIGTERM, as from pnpm start or a container runtime)', () => {
  it('ends open event streams itself, then stops listening and closes its pools, exiting 0 without error output', async () => {
    const server = await startWebServer({ ...PER_CLIENT_ADDRESS, LOG_LEVEL: 'info' });
    let exitCode: number | null = null;
    let stopOutput = '';
    let ended: Promise<'closed' | 'dropped'> | undefined;
    try {
      const client = await signedUpClient(server.origin);
      const response = await fetch(`${server.origin}/api/events`, {
        headers: { accept: 'text/event-stream', cookie: client.cookie ?? '', 'x-forwarded-for': client.ip },
      });
      expect(response.status).toBe(200);
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      expect(new TextDecoder().decode((await reader.read()).value)).toContain(': connected');
      ended = (async () => {
        try {
          for (;;) if ((await reader.read()).done) return 'closed' as const;
        } catch {
          return 'dropped' as const;
        }
      })();
    } finally {
      const before = server.output().length;
      exitCode = await server.stop();
      stopOutput = server.output().slice(before);
    }
    expect(exitCode, stopOutput).toBe(0);
    expect(stopOutput).toContain('web server shutting down');
    expect(stopOutput).not.toMatch(/error|exception|^\s+at /im);
    await expect(ended).resolves.toBe('closed');
  });
});
