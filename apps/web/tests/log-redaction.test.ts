import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HttpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

async function waitForOutput(text: string): Promise<string> {
  for (let attempt = 0; attempt < 100 && !server.output().includes(text); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return server.output();
}

describe('logged request paths', () => {
  it('never carry a live reset token', async () => {
    // Break the reset link lookup so the page fails and the error handler logs the request.
    await server.database.db.sql`alter table public.password_reset_tokens rename to password_reset_tokens_gone`;
    const token = randomBytes(32).toString('base64url');
    const page = await new HttpClient(server.origin).get<string>(`/reset-password/${token}`);
    expect(page.status).toBe(500);

    const output = await waitForOutput('request failed');
    expect(output).toContain('/reset-password/[redacted]');
    expect(output).not.toContain(token);
  });
});
