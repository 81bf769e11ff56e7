import { hostname, networkInterfaces } from 'node:os';

function interfaceAddresses(): Set<string> {
  return new Set(
    Object.values(networkInterfaces())
      .flatMap((entries) => entries ?? [])
      .map((entry) => entry.address.toLowerCase()),
  );
}

/**
 * Whether a Host header's name is one this machine answers to by itself: localhost, a loopback
 * address, one of its interface addresses, or its own host name (also with a local domain, as in
 * `nas.local` or `nas.home.arpa`). Anyone can send any Host header, so links in mails may only be
 * built from a name that passes this, never from whatever a request claims.
 */
export function isThisMachine(name: string): boolean {
  const host = name.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)) return true;
  if (interfaceAddresses().has(host)) return true;
  const own = hostname().toLowerCase();
  return own !== '' && (host === own || host.startsWith(`${own}.`));
}

/** An address of this machine for links when the request's own cannot be trusted: a LAN one if any. */
export function thisMachineOrigin(port: number): string {
  const lan = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .find((entry) => !entry.internal && entry.family === 'IPv4');
  return `http://${lan?.address ?? 'localhost'}:${port}`;
}
