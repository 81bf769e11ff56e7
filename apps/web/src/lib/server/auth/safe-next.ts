/** A same-site path to go to after signing in; anything else (other hosts, `//evil`) becomes the fallback. */
export function safeNext(next: string | null, fallback = '/dashboard'): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
