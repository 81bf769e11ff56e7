import { describe, expect, it } from 'vitest';
import { OAuthBrowser } from './google-oauth.ts';
import { signedUpClient } from './http-client.ts';
import { useWebServer } from './web-server.ts';

// No PUBLIC_GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET: Google is not configured.
const server = useWebServer();

describe('without Google configured', () => {
  it('answers 404 on every Google route and action, and shows nothing about Google', async () => {
    const browser = new OAuthBrowser(await signedUpClient(server.origin));
    expect((await browser.request('POST', '/auth/google/sign-in', {})).status).toBe(404);
    expect((await browser.request('POST', '/auth/google/connect', {})).status).toBe(404);
    expect((await browser.request('GET', '/auth/google/callback?code=x&state=y')).status).toBe(404);
    expect((await browser.request('GET', '/login/google')).status).toBe(404);
    expect((await browser.request('POST', '/settings?/googleDisconnect', {})).status).toBe(404);
    expect((await browser.request('POST', '/settings?/calendars', { task_target: '' })).status).toBe(404);

    const settings = await browser.request('GET', '/settings');
    expect(settings.status).toBe(200);
    expect(settings.body).not.toContain('Google Calendar');
    const dashboard = await browser.request('GET', '/dashboard');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).not.toContain('google-disconnected-banner');
    const csp = (await fetch(`${server.origin}/login`)).headers.get('content-security-policy');
    expect(csp).toMatch(/form-action 'self'(;|$)/);
    const login = await OAuthBrowser.fresh(server.origin).request('GET', '/login');
    expect(login.status).toBe(200);
    expect(login.body).not.toContain('Google');
  });
});
