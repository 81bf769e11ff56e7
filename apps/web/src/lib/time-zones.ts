// Shared by the server (which builds the list) and the browser (which maps its own zone onto it).

const UTC = 'UTC';

// Names that all mean UTC. Node's zone list leaves UTC itself out.
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/GMT', 'GMT', 'Etc/GMT0', 'GMT0', 'Etc/GMT+0', 'Etc/GMT-0', 'GMT+0', 'GMT-0', 'Etc/Greenwich', 'Greenwich', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu']);

// Zones IANA renamed: runtimes differ in which name they list and which they report (Node 20
// lists Asia/Calcutta while browsers report Asia/Kolkata), so each pair maps both ways.
const RENAMED: [string, string][] = [
  ['Asia/Calcutta', 'Asia/Kolkata'],
  ['Europe/Kiev', 'Europe/Kyiv'],
  ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
  ['Asia/Katmandu', 'Asia/Kathmandu'],
  ['Asia/Rangoon', 'Asia/Yangon'],
  ['Atlantic/Faeroe', 'Atlantic/Faroe'],
  ['America/Godthab', 'America/Nuuk'],
  ['Pacific/Truk', 'Pacific/Chuuk'],
  ['Pacific/Ponape', 'Pacific/Pohnpei'],
  ['Pacific/Enderbury', 'Pacific/Kanton'],
  ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ['America/Indianapolis', 'America/Indiana/Indianapolis'],
  ['America/Louisville', 'America/Kentucky/Louisville'],
  ['Asia/Dacca', 'Asia/Dhaka'],
  ['Asia/Thimbu', 'Asia/Thimphu'],
  ['Asia/Ulan_Bator', 'Asia/Ulaanbaatar'],
  ['Asia/Macao', 'Asia/Macau'],
  ['Asia/Chongqing', 'Asia/Shanghai'],
  ['Asia/Istanbul', 'Europe/Istanbul'],
];
const RENAMES = new Map(RENAMED.flatMap(([older, newer]) => [[older, newer], [newer, older]] as [string, string][]));

/** The time zones people choose from: UTC first, then every zone this runtime knows. */
export function timeZoneList(supported: readonly string[]): string[] {
  return [UTC, ...supported.filter((zone) => zone !== UTC)];
}

function canonical(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/**
 * The entry of `zones` that means `zone` (the browser's, or one stored earlier): itself, UTC for
 * UTC's many names, the other name of a renamed zone, or the runtime's canonical name for an
 * alias (US/Eastern); UTC when none fits, so a select never starts out blank.
 */
export function zoneInList(zone: string | null | undefined, zones: readonly string[]): string {
  if (!zone) return UTC;
  if (zones.includes(zone)) return zone;
  if (UTC_NAMES.has(zone)) return UTC;
  const renamed = RENAMES.get(zone);
  if (renamed && zones.includes(renamed)) return renamed;
  const resolved = canonical(zone);
  if (resolved && zones.includes(resolved)) return resolved;
  const resolvedRenamed = resolved ? RENAMES.get(resolved) : undefined;
  if (resolvedRenamed && zones.includes(resolvedRenamed)) return resolvedRenamed;
  return UTC;
}
