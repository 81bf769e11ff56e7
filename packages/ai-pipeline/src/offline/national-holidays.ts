import { CANADA_ZONE, UNITED_STATES_ZONE } from './zones.ts';

/**
 * Holidays whose name means another day in another country: "Independence Day" in Athens is 25
 * March, "Labour Day" in Berlin is 1 May, "Thanksgiving" in Toronto is in October, "Mother's Day" in
 * London is three Sundays before Easter. The country is read from the zone; a name that means the
 * same day everywhere, or a zone not listed, takes the day `dates.ts` gives it.
 */

/** A holiday's day: fixed (month, day), the nth weekday of a month (month, weekday with 0 = Sunday, n; -1 the last), or days from Easter Sunday. */
export interface HolidayDay {
  fixed?: [number, number];
  nth?: [number, number, number];
  fromEaster?: number;
}

/** Each country's own Independence Day, by the zone of its capital (or of most of its people). */
const INDEPENDENCE_DAYS: Record<string, [number, number]> = {
  'America/Mexico_City': [9, 16],
  'America/Sao_Paulo': [9, 7],
  'America/Argentina/Buenos_Aires': [7, 9],
  'America/Santiago': [9, 18],
  'America/Bogota': [7, 20],
  'America/Lima': [7, 28],
  'America/Caracas': [7, 5],
  'America/Guayaquil': [8, 10],
  'America/La_Paz': [8, 6],
  'America/Asuncion': [5, 15],
  'America/Montevideo': [8, 25],
  'America/Guatemala': [9, 15],
  'America/Costa_Rica': [9, 15],
  'America/El_Salvador': [9, 15],
  'America/Tegucigalpa': [9, 15],
  'America/Managua': [9, 15],
  'America/Santo_Domingo': [2, 27],
  'America/Jamaica': [8, 6],
  'Europe/Athens': [3, 25],
  'Europe/Warsaw': [11, 11],
  'Europe/Helsinki': [12, 6],
  'Europe/Kyiv': [8, 24],
  'Europe/Kiev': [8, 24],
  'Europe/Tallinn': [2, 24],
  'Europe/Riga': [11, 18],
  'Europe/Prague': [10, 28],
  'Asia/Kolkata': [8, 15],
  'Asia/Calcutta': [8, 15],
  'Asia/Karachi': [8, 14],
  'Asia/Dhaka': [3, 26],
  'Asia/Colombo': [2, 4],
  'Asia/Jakarta': [8, 17],
  'Asia/Manila': [6, 12],
  'Asia/Kuala_Lumpur': [8, 31],
  'Asia/Ho_Chi_Minh': [9, 2],
  'Asia/Almaty': [12, 16],
  'Asia/Tashkent': [9, 1],
  'Asia/Yerevan': [9, 21],
  'Asia/Tbilisi': [5, 26],
  'Africa/Lagos': [10, 1],
  'Africa/Accra': [3, 6],
  'Africa/Nairobi': [12, 12],
  'Africa/Kampala': [10, 9],
  'Africa/Dar_es_Salaam': [12, 9],
  'Africa/Harare': [4, 18],
  'Africa/Algiers': [7, 5],
  'Africa/Tunis': [3, 20],
  'Africa/Casablanca': [11, 18],
};

const AUSTRALIAN_LABOUR_DAYS: Record<string, [number, number, number]> = {
  'Australia/Perth': [3, 1, 1],
  'Australia/Melbourne': [3, 1, 2],
  'Australia/Hobart': [3, 1, 2],
  'Australia/Brisbane': [5, 1, 1],
  'Australia/Darwin': [5, 1, 1],
  'Australia/Sydney': [10, 1, 1],
  'Australia/Canberra': [10, 1, 1],
  'Australia/Adelaide': [10, 1, 1],
};
/** Where "Labour Day" is 1 May: most of Europe, Asia, Africa and Latin America. */
const MAY_DAY_ZONE = /^(?:Europe|Asia|Africa|America)\//;
const BRITISH_ISLES_ZONE = /^Europe\/(?:London|Dublin|Belfast|Guernsey|Jersey|Isle_of_Man)$/;

const INDEPENDENCE_DAY = /independence day/i;
/** Names whose day differs by country; `dates.ts` gives each its usual day by the same pattern. */
export const LABOUR_DAY = /labou?r day/i;
export const THANKSGIVING = /thanksgiving/i;
export const MOTHERS_DAY = /mother'?s day/i;
export const FATHERS_DAY = /father'?s day/i;

function labourDay(timezone: string): HolidayDay | undefined {
  const australian = AUSTRALIAN_LABOUR_DAYS[timezone];
  if (australian) return { nth: australian };
  if (timezone === 'Pacific/Auckland') return { nth: [10, 1, 4] };
  // The early May bank holiday, the first Monday of May.
  if (BRITISH_ISLES_ZONE.test(timezone)) return { nth: [5, 1, 1] };
  if (MAY_DAY_ZONE.test(timezone) && !UNITED_STATES_ZONE.test(timezone) && !CANADA_ZONE.test(timezone)) return { fixed: [5, 1] };
  return undefined;
}

function mothersDay(timezone: string): HolidayDay | undefined {
  // Mothering Sunday, the fourth Sunday of Lent.
  if (BRITISH_ISLES_ZONE.test(timezone)) return { fromEaster: -21 };
  if (timezone === 'America/Mexico_City' || timezone === 'America/Guatemala' || timezone === 'America/El_Salvador') return { fixed: [5, 10] };
  if (timezone === 'Europe/Madrid' || timezone === 'Europe/Lisbon') return { nth: [5, 0, 1] };
  if (timezone === 'Europe/Paris') return { nth: [5, 0, -1] };
  return undefined;
}

function fathersDay(timezone: string): HolidayDay | undefined {
  if (timezone.startsWith('Australia/') || timezone === 'Pacific/Auckland') return { nth: [9, 0, 1] };
  // Saint Joseph's day.
  if (timezone === 'Europe/Rome' || timezone === 'Europe/Madrid' || timezone === 'Europe/Lisbon') return { fixed: [3, 19] };
  return undefined;
}

/** The day `name` means in `timezone`'s country when it differs from the usual one; undefined otherwise. */
export function localHoliday(name: string, timezone: string): HolidayDay | undefined {
  if (INDEPENDENCE_DAY.test(name)) {
    const day = INDEPENDENCE_DAYS[timezone];
    return day ? { fixed: day } : undefined;
  }
  if (LABOUR_DAY.test(name)) return labourDay(timezone);
  // The second Monday of October.
  if (THANKSGIVING.test(name)) return CANADA_ZONE.test(timezone) ? { nth: [10, 1, 2] } : undefined;
  if (MOTHERS_DAY.test(name)) return mothersDay(timezone);
  if (FATHERS_DAY.test(name)) return fathersDay(timezone);
  return undefined;
}
