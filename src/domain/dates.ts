/**
 * Calendar dates as `YYYY-MM-DD` strings, and the few conversions the planner and pages need.
 * Date arithmetic is done in UTC on purpose: a calendar date has no time zone.
 */

/** Today's date in a time zone (the group's), from an explicit clock. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function toUtc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** `addDays('2026-12-30', 3)` is `'2027-01-02'`. */
export function addDays(date: string, days: number): string {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Day of the week, 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (toUtc(date).getUTCDay() + 6) % 7;
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Whether `date` lies in `[from, to]` (both included; `to` defaults to `from`). */
export function inRange(date: string, range: { from: string; to?: string | undefined }): boolean {
  return date >= range.from && date <= (range.to ?? range.from);
}
