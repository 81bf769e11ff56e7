import { describe, expect, it } from 'vitest';
import { isThisMachine } from './this-machine.ts';

describe('isThisMachine', () => {
  it('accepts localhost, loopback addresses and the host name, bare or in a local-only domain', () => {
    for (const name of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'nas', 'NAS.local', 'nas.home.arpa', 'nas.lan']) {
      expect(isThisMachine(name, 'nas'), name).toBe(true);
    }
  });

  it('refuses other names, the host name under a public domain among them (anyone can own that domain)', () => {
    for (const name of ['evil.example', 'nas.evil.example', 'nas.example.com', 'nasx.local', 'local', '128.0.0.1', '8.8.8.8']) {
      expect(isThisMachine(name, 'nas'), name).toBe(false);
    }
  });

  it('accepts a fully qualified machine name as the machine names itself, and its first label locally', () => {
    expect(isThisMachine('nas.corp.example', 'nas.corp.example')).toBe(true);
    expect(isThisMachine('nas.local', 'nas.corp.example')).toBe(true);
    expect(isThisMachine('nas.other.example', 'nas.corp.example')).toBe(false);
  });
});
