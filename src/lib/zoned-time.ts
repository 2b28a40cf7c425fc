/**
 * Local meeting times in the group's IANA time zone. A meeting is a calendar date plus a wall-clock
 * time in that zone; these helpers find the instant it denotes (across daylight-saving changes) and
 * format it for people.
 */

function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of `date` `time` (wall clock) in `timeZone`. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  let instant = new Date(guess - offsetMinutes(new Date(guess), timeZone) * 60_000);
  // A second pass settles times near a daylight-saving change.
  instant = new Date(guess - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
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
