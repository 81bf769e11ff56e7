import { hostname, networkInterfaces } from 'node:os';

// Domains that only ever resolve inside a home or office network (mDNS, RFC 8375, common router
// defaults): `nas.local` is this machine; `nas.example.com` could be anyone's.
const LOCAL_DOMAINS = ['local', 'lan', 'home', 'home.arpa', 'internal', 'localdomain'];

function interfaceAddresses(): Set<string> {
  return new Set(
    Object.values(networkInterfaces())
      .flatMap((entries) => entries ?? [])
      .map((entry) => entry.address.toLowerCase()),
  );
}

/**
 * Whether a Host header's name is one this machine answers to by itself: localhost, a loopback
 * address, one of its interface addresses, or its own host name (as the machine names itself, its
 * first label, or that label in a local-only domain such as `nas.local` or `nas.home.arpa`).
 * Anyone can send any Host header, so links in mails may only be built from a name that passes
 * this, never from whatever a request claims.
 */
export function isThisMachine(name: string, ownName: string = hostname()): boolean {
  const host = name.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)) return true;
  if (interfaceAddresses().has(host)) return true;
  const full = ownName.toLowerCase();
  const own = full.split('.')[0] ?? '';
  if (own === '') return false;
  return host === full || host === own || LOCAL_DOMAINS.some((domain) => host === `${own}.${domain}`);
}

/** An address of this machine for links when the request's own cannot be trusted: a LAN one if any. */
export function thisMachineOrigin(port: number): string {
  const lan = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .find((entry) => !entry.internal && entry.family === 'IPv4');
  return `http://${lan?.address ?? 'localhost'}:${port}`;
}
