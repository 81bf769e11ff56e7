import { describe, expect, it } from 'vitest';
import { signedUpClient, TEST_PASSWORD } from './http-client.ts';
import { useWebServer } from './web-server.ts';

const server = useWebServer();

// Each is refused as browsers resolve it: tabs and newlines are stripped, `\` reads as `/`.
const OFF_SITE = ['/\t/evil.example', '/\\evil.example', '//evil.example', 'https://evil.example/', '/.//evil.example'];

describe('no redirect leaves the site', () => {
  it('sends a signed-in person to the dashboard, not to ?next= on another host', async () => {
    const user = await signedUpClient(server.origin);
    for (const next of OFF_SITE) {
      const page = await user.get(`/login?next=${encodeURIComponent(next)}`);
      expect(page.status, JSON.stringify(next)).toBe(303);
      expect(page.headers.get('location'), JSON.stringify(next)).toBe('/dashboard');
    }
    expect((await user.get('/login?next=%2Fsettings%3Ftab%3Da')).headers.get('location')).toBe('/settings?tab=a');
  });

  it('after signing in with the form, follows only a same-site next', async () => {
    const user = await signedUpClient(server.origin);
    const signedIn = await user.request('POST', `/login?next=${encodeURIComponent('/\t/evil.example')}`, {
      form: { email: user.email, password: TEST_PASSWORD },
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/dashboard');
  });

  it("the theme form's back field goes back on this site only", async () => {
    const user = await signedUpClient(server.origin);
    for (const back of OFF_SITE) {
      const posted = await user.request('POST', '/theme', { form: { theme: 'dark', back } });
      expect(posted.status, JSON.stringify(back)).toBe(303);
      expect(posted.headers.get('location'), JSON.stringify(back)).toBe('/dashboard');
    }
    const home = await user.request('POST', '/theme', { form: { theme: 'dark', back: '/projects?x=1' } });
    expect(home.headers.get('location')).toBe('/projects?x=1');
  });
});
