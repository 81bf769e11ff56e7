import type { AddressInfo } from 'node:net';
import { loadConfig } from '@ordo/config';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpTransport } from './smtp-transport.ts';

const mail = { to: 'ada@example.test', subject: 'Reset your Ordo password', text: 'a link', html: '<p>a link</p>' };

describe('EMAIL_REQUIRE_TLS', () => {
  // A server that offers no STARTTLS, as a downgrading man in the middle would present itself.
  let server: SMTPServer;
  let port: number;
  let delivered = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: true,
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => {
          delivered += 1;
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function send(requireTLS: boolean, user?: string): Promise<void> {
    const transport = createSmtpTransport({ host: '127.0.0.1', port, user, pass: 'secret', from: 'o@example.test', requireTLS });
    try {
      await transport.send(mail);
    } finally {
      transport.close();
    }
  }

  it('when on, refuses to send (or log in) in clear, with an error that says why', async () => {
    const before = delivered;
    await expect(send(true)).rejects.toThrow(`SMTP server 127.0.0.1:${port} does not offer STARTTLS`);
    await expect(send(true, 'ordo')).rejects.toThrow(/does not offer STARTTLS/);
    expect(delivered).toBe(before);
  });

  it('when off, sends without TLS', async () => {
    const before = delivered;
    await send(false);
    expect(delivered).toBe(before + 1);
  });

  it('defaults to on when EMAIL_HOST is set and the port is not 25', () => {
    const secrets = { localSecrets: { SUPABASE_JWT_SECRET: 'j'.repeat(32), ENCRYPTION_KEY: 'ab'.repeat(32) } };
    const requireTls = (env: Record<string, string>) => loadConfig(env, secrets).EMAIL_REQUIRE_TLS;
    expect(requireTls({ EMAIL_HOST: 'smtp.example' })).toBe(true);
    expect(requireTls({ EMAIL_HOST: 'smtp.example', EMAIL_PORT: '465' })).toBe(true);
    expect(requireTls({ EMAIL_HOST: 'smtp.example', EMAIL_PORT: '25' })).toBe(false);
    expect(requireTls({})).toBe(false);
    expect(requireTls({ EMAIL_HOST: 'smtp.example', EMAIL_REQUIRE_TLS: 'false' })).toBe(false);
    expect(requireTls({ EMAIL_HOST: 'smtp.example', EMAIL_PORT: '25', EMAIL_REQUIRE_TLS: 'yes' })).toBe(true);
  });
});
