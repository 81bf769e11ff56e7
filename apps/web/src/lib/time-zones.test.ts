import { describe, expect, it } from 'vitest';
import { timeZoneList, zoneInList } from './time-zones.ts';

const runtimeList = timeZoneList(Intl.supportedValuesOf('timeZone'));

describe('time zones', () => {
  it('offers UTC first, once', () => {
    expect(runtimeList[0]).toBe('UTC');
    expect(runtimeList.filter((zone) => zone === 'UTC')).toHaveLength(1);
    expect(runtimeList).toContain('Europe/Paris');
  });

  it.each(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Zulu'])('maps %s to UTC', (zone) => {
    expect(zoneInList(zone, runtimeList)).toBe('UTC');
  });

  it('maps a renamed zone to whichever name the list holds, both ways', () => {
    expect(zoneInList('Asia/Calcutta', ['UTC', 'Asia/Kolkata'])).toBe('Asia/Kolkata');
    expect(zoneInList('Asia/Kolkata', ['UTC', 'Asia/Calcutta'])).toBe('Asia/Calcutta');
    expect(zoneInList('Europe/Kyiv', ['UTC', 'Europe/Kiev'])).toBe('Europe/Kiev');
    for (const zone of ['Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv', 'Asia/Ho_Chi_Minh']) {
      expect(runtimeList).toContain(zoneInList(zone, runtimeList));
      expect(zoneInList(zone, runtimeList)).not.toBe('UTC');
    }
  });

  it('maps an alias the runtime knows to its canonical zone', () => {
    expect(zoneInList('US/Eastern', runtimeList)).toBe('America/New_York');
  });

  it('keeps a listed zone and falls back to UTC for nothing or nonsense', () => {
    expect(zoneInList('Europe/Paris', runtimeList)).toBe('Europe/Paris');
    expect(zoneInList('Mars/Olympus', runtimeList)).toBe('UTC');
    expect(zoneInList('', runtimeList)).toBe('UTC');
    expect(zoneInList(undefined, runtimeList)).toBe('UTC');
  });
});
