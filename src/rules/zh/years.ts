// A year of the calendar as the rules write it in their patterns (`2024年`, `比2017年`, `由2019年的`): one
// definition for the period, change and from–to tables.

/** The digits of a year of the calendar, 1900–2099 (a regex source, no group). */
export const CALENDAR_YEAR = String.raw`(?:19|20)\d{2}`;
