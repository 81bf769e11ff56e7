import { getCountryForTimezone } from 'countries-and-timezones';

/**
 * The country a time zone obviously places a person in: the one its name is for
 * (Europe/London → GB, Europe/Stockholm → SE, America/New_York → US), or null for zones that
 * name no country (UTC, Etc/GMT+5, Antarctica). A default for national phone numbers only.
 */
export function countryForTimeZone(zone: string): string | null {
  const id = getCountryForTimezone(zone)?.id ?? null;
  return id === null || id === 'AQ' ? null : id;
}
