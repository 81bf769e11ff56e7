import Bowser from 'bowser';

// On iOS the device says more than the system ("Safari on iPhone" rather than "on iOS").
const DEVICE_NAMED_SYSTEMS = new Set(['iOS', 'iPadOS']);

/**
 * A session's browser and system for people, such as "Chrome on Linux" or "Safari on iPhone",
 * read from its User-Agent by bowser (maintained, MIT); "Unknown browser" when it names none.
 */
export function deviceLabel(userAgent: string | null): string {
  if (!userAgent?.trim()) return 'Unknown browser';
  const { browser, os, platform } = Bowser.parse(userAgent);
  const system = os.name && DEVICE_NAMED_SYSTEMS.has(os.name) ? (platform.model ?? os.name) : os.name;
  if (!browser.name) return system ? `Unknown browser on ${system}` : 'Unknown browser';
  return system ? `${browser.name} on ${system}` : browser.name;
}
