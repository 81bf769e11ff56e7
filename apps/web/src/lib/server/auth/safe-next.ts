/**
 * A path on `origin` to redirect to (after signing in, after the theme form), or the fallback.
 * The target is parsed as a browser would resolve it, so tricks that survive string checks
 * (`/\t/evil.example` loses its tab, `/\evil` turns into `//evil`) resolve to another origin
 * and are refused. The result is a path, never a URL a browser could read as another host.
 */
export function safeNext(target: string | null, origin: string, fallback = '/dashboard'): string {
  if (!target) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(target, origin);
  } catch {
    return fallback;
  }
  if (resolved.origin !== new URL(origin).origin) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example`, which a Location header would send off-site.
  return path.startsWith('//') ? fallback : path;
}
