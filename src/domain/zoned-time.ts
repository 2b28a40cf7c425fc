/**
 * Local meeting times in the group's IANA time zone. A meeting is a calendar date plus a wall-clock
 * time in that zone; these helpers find the instant it denotes (across daylight-saving changes) and
 * format it for people.
 */

/** A local date and time, field by field. */
export interface LocalFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const fieldFormatters = new Map<string, Intl.DateTimeFormat>();

/** The local date and time in `timeZone` at an instant (milliseconds since the epoch). */
export function localFieldsAt(epoch: number, timeZone: string): LocalFields {
  let format = fieldFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    fieldFormatters.set(timeZone, format);
  }
  const parts = format.formatToParts(epoch);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const asUtc = (f: LocalFields) => Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);

/**
 * The instant of a local time in `timeZone`, across daylight-saving changes (when the clocks go back
 * and a local time happens twice, the second one, in standard time).
 */
export function epochOfLocal(fields: LocalFields, timeZone: string): number {
  const naive = asUtc(fields);
  const offsetAt = (t: number) => asUtc(localFieldsAt(t, timeZone)) - Math.floor(t / 1000) * 1000;
  return naive - offsetAt(naive - offsetAt(naive));
}

/** The instant of `date` `time` (wall clock) in `timeZone`. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(epochOfLocal({ year, month, day, hour, minute, second: 0 }, timeZone));
}

/** `HH:MM` plus `minutes`, as a wall-clock time (wrapping past midnight). */
export function addMinutes(time: string, minutes: number): string {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const total = (hh * 60 + mm + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

const DATE_STYLES: Record<'long' | 'medium' | 'short', Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  medium: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
  short: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};
// Creating an Intl formatter costs far more than using one: keep one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatted = new Map<string, string>();

/** A long, localised date: "Thursday, 26 November 2026" / "2026年11月26日星期四". */
export function formatDate(date: string, locale: string, style: 'long' | 'medium' | 'short' = 'long'): string {
  const key = `${locale}|${style}|${date}`;
  const hit = formatted.get(key);
  if (hit) return hit;
  let formatter = formatters.get(`${locale}|${style}`);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, DATE_STYLES[style]);
    formatters.set(`${locale}|${style}`, formatter);
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = formatter.format(new Date(Date.UTC(y, m - 1, d)));
  formatted.set(key, text);
  return text;
}

/** The zone's short name at that moment, e.g. "CET" or "CEST" (or "GMT+1" where there is none). */
export function zoneAbbreviation(instant: Date, timeZone: string, locale = 'en'): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(instant).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** A formatted date whose month and day never wrap apart ("November 26" with a no-break space). */
export function keepMonthDayTogether(formatted: string): string {
  return formatted.replace(/(\p{L}+) (\d{1,2})\b/u, '$1\u00a0$2');
}
