/**
 * Countries told from a person's time zone: the parser knows where someone is only by their zone,
 * so how they write dates and which day a holiday's name means follow from it.
 */

/** Zones of the United States and its territories. */
export const UNITED_STATES_ZONE =
  /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Juneau|Sitka|Nome|Adak|Yakutat|Metlakatla|Menominee|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Puerto_Rico)|Pacific\/(?:Honolulu|Guam|Saipan)|US\/.+)$/;

/** Zones of Canada. */
export const CANADA_ZONE =
  /^(?:America\/(?:Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Montreal|Moncton|Whitehorse|Yellowknife|Iqaluit|Glace_Bay|Goose_Bay|Swift_Current|Dawson_Creek|Dawson|Fort_Nelson|Creston|Thunder_Bay|Nipigon|Rainy_River|Atikokan|Rankin_Inlet|Resolute|Cambridge_Bay|Inuvik)|Canada\/.+)$/;

/** Whether people in `timezone` write the month first (3/12 is March 12): the United States and the Philippines. */
export function writesMonthFirst(timezone: string): boolean {
  return UNITED_STATES_ZONE.test(timezone) || timezone === 'Asia/Manila';
}
