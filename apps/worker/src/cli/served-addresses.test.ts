import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { servedAddresses } from './served-addresses.ts';

const entry = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) }) as NetworkInterfaceInfo;

const interfaces = {
  lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
  eth0: [entry('192.168.1.20', 'IPv4'), entry('fe80::1', 'IPv6'), entry('2001:db8::20', 'IPv6')],
  wlan0: [entry('10.0.0.7', 'IPv4')],
};

describe('servedAddresses', () => {
  it('lists localhost and every external IPv4 address, with the real port, when bound to all interfaces', () => {
    expect(servedAddresses('0.0.0.0', 8080, interfaces)).toEqual([
      'http://localhost:8080',
      'http://192.168.1.20:8080',
      'http://10.0.0.7:8080',
    ]);
  });

  it('adds routable IPv6 addresses when bound to ::', () => {
    expect(servedAddresses('::', 3000, interfaces)).toEqual([
      'http://localhost:3000',
      'http://192.168.1.20:3000',
      'http://[2001:db8::20]:3000',
      'http://10.0.0.7:3000',
    ]);
  });

  it('names only the bound address otherwise', () => {
    expect(servedAddresses('127.0.0.1', 3000, interfaces)).toEqual(['http://127.0.0.1:3000']);
    expect(servedAddresses('::1', 3000, interfaces)).toEqual(['http://[::1]:3000']);
  });
});
