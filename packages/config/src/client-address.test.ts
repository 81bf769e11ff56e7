import { describe, expect, it } from 'vitest';
import { clientAddressProblems } from './client-address.ts';

const HTTPS = { PUBLIC_APP_URL: 'https://ordo.example' };

describe('clientAddressProblems', () => {
  it('requires a choice when PUBLIC_APP_URL is https', () => {
    expect(clientAddressProblems(HTTPS)).toEqual([{ key: 'TRUSTED_PROXY', message: expect.stringContaining('TRUSTED_PROXY=none') }]);
    expect(clientAddressProblems({ ...HTTPS, TRUSTED_PROXY: 'none' })).toEqual([]);
    expect(clientAddressProblems({ ...HTTPS, TRUSTED_PROXY: 'header', ADDRESS_HEADER: 'x-real-ip' })).toEqual([]);
    // adapter-node's own setting alone keeps working.
    expect(clientAddressProblems({ ...HTTPS, ADDRESS_HEADER: 'x-forwarded-for' })).toEqual([]);
  });

  it('asks nothing of a plain-http install', () => {
    expect(clientAddressProblems({ PUBLIC_APP_URL: 'http://192.168.1.20:3000' })).toEqual([]);
    expect(clientAddressProblems({})).toEqual([]);
  });

  it('refuses settings that contradict each other', () => {
    expect(clientAddressProblems({ TRUSTED_PROXY: 'header' })).toEqual([
      { key: 'ADDRESS_HEADER', message: 'is required when TRUSTED_PROXY=header (e.g. x-forwarded-for)' },
    ]);
    expect(clientAddressProblems({ TRUSTED_PROXY: 'none', ADDRESS_HEADER: 'x-forwarded-for' })).toEqual([
      { key: 'ADDRESS_HEADER', message: 'must be unset when TRUSTED_PROXY=none (clients connect directly)' },
    ]);
  });
});
