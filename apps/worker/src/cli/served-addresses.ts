import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

function urlFor(address: string, port: number): string {
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/**
 * The addresses a web server bound to `host`:`port` answers on, to tell people where to open it:
 * localhost first, then every external address of this machine when bound to all interfaces
 * (IPv6 ones only for `::`, and not link-local ones, which need a zone to be usable).
 */
export function servedAddresses(
  host: string,
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  if (!WILDCARD_HOSTS.has(host)) return [urlFor(host, port)];
  const external = Object.values(interfaces)
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal)
    .filter((entry) => entry.family === 'IPv4' || (host === '::' && !entry.address.toLowerCase().startsWith('fe80:')))
    .map((entry) => urlFor(entry.address, port));
  return [`http://localhost:${port}`, ...new Set(external)];
}
