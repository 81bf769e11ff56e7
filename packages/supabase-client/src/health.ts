export interface DependencyCheck {
  ok: boolean;
  /** false when the dependency is not set up (its probe was null); that counts as ok. */
  configured: boolean;
  /** How long the probe took; null when not configured. */
  latency_ms: number | null;
}

export type Probe = () => Promise<unknown>;

/**
 * Runs the probes concurrently for a health endpoint. A probe passes when it
 * settles with anything but `false` (Db.ping's "no answer") within timeoutMs.
 * No error text is returned: health endpoints are public and errors name hosts.
 */
export async function checkDependencies(
  probes: Record<string, Probe | null>,
  timeoutMs = 2000,
): Promise<{ ok: boolean; checks: Record<string, DependencyCheck> }> {
  const entries = await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => [name, await runProbe(probe, timeoutMs)] as const),
  );
  return { ok: entries.every(([, check]) => check.ok), checks: Object.fromEntries(entries) };
}

async function runProbe(probe: Probe | null, timeoutMs: number): Promise<DependencyCheck> {
  if (probe === null) return { ok: true, configured: false, latency_ms: null };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const result = await Promise.race([probe(), timeout]);
    return { ok: result !== false, configured: true, latency_ms: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, configured: true, latency_ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
