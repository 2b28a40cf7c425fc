/**
 * Small schemas shared by the content files. Calendar dates are kept as `YYYY-MM-DD` strings, never
 * as `Date` objects: a meeting date has no time zone, and YAML parsers turn bare dates into midnight UTC.
 */
import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written `2026-12-01` (quoted or not); read as the string `"2026-12-01"`. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written YYYY-MM-DD, e.g. 2026-12-01' })
    .regex(ISO_DATE, { error: 'expected a date written YYYY-MM-DD, e.g. 2026-12-01' })
    .refine(isRealDate, { error: 'this date does not exist in the calendar' }),
);

/** A local time of day written `HH:MM` in 24-hour form, e.g. `"16:00"` (quote it in YAML). */
export const clockTime = z
  .string({ error: 'expected a time written "HH:MM" in quotes, e.g. "16:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time written "HH:MM", e.g. "16:00"' });

/** A short identifier such as a member id or a tag: letters, digits, `-` and `_`. */
export const slugId = z
  .string()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, { error: 'expected a short id made of letters, digits, - and _' });
