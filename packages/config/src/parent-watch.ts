const CHECK_EVERY_MS = 1_000;

/**
 * Calls `onGone` once when process `parentPid` no longer exists. `pnpm start` launches the web app and
 * worker in their own process groups; if it is killed outright they would otherwise run on, orphaned.
 */
export function whenParentExits(parentPid: number | undefined, onGone: () => void): void {
  if (parentPid === undefined) return;
  const timer = setInterval(() => {
    try {
      process.kill(parentPid, 0);
    } catch {
      clearInterval(timer);
      onGone();
    }
  }, CHECK_EVERY_MS);
  timer.unref();
}
