/**
 * Small schemas shared by the content files. Calendar dates are kept as `YYYY-MM-DD` strings, never
 * as `Date` objects: a meeting date has no time zone, and YAML parsers turn bare dates into midnight UTC.
 */
import { z } from 'astro/zod';

/** The languages a group can read in: the site's strings, the questions and the body templates. */
export const LOCALES = ['en', 'zh-CN'] as const;
export const localeSchema = z.enum(LOCALES);
/** A group's language: `en` or `zh-CN`. */
export type Locale = z.infer<typeof localeSchema>;

/**
 * The two arXiv id schemes, as pattern sources to embed in larger patterns: new-style `YYMM.NNNN(N)`
 * (since 2007) and old-style `archive(.SC)/YYMMNNN` (`hep-th/9901001`, `math.GT/0309136`). A version
 * suffix `vN` is never part of an id.
 */
export const ARXIV_NEW_STYLE = String.raw`\d{4}\.\d{4,5}`;
export const ARXIV_OLD_STYLE = String.raw`[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7}`;
/** An arXiv id without version, either scheme. */
export const ARXIV_ID = new RegExp(`^(?:${ARXIV_NEW_STYLE}|${ARXIV_OLD_STYLE})$`);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(text: string): number {
  const [y, m] = text.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isRealDate(text: string): boolean {
  const [, m, d] = text.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(text);
}

function calendarError(text: string): string {
  const month = Number(text.slice(5, 7));
  if (month < 1 || month > 12) return 'expected a date that exists in the calendar (months run from 01 to 12)';
  return `expected a date that exists in the calendar (${text.slice(0, 7)} has ${daysInMonth(text)} days)`;
}

/** A calendar date written `2026-12-01` (quoted or not); read as the string `"2026-12-01"`. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written YYYY-MM-DD, e.g. 2026-12-01' })
    .regex(ISO_DATE, { error: 'expected a date written YYYY-MM-DD, e.g. 2026-12-01', abort: true })
    .refine(isRealDate, { error: (issue) => calendarError(String(issue.input)) }),
);

/** A local time of day written `HH:MM` in 24-hour form, e.g. `"16:00"` (quote it in YAML). */
export const clockTime = z
  .string({ error: 'expected a time written "HH:MM" in quotes, e.g. "16:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a 24-hour time written "HH:MM", from "00:00" to "23:59", e.g. "16:00"' });

/** A short identifier such as a member id or a tag: letters, digits, `-` and `_`. */
export const slugId = z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u, { error: 'expected a short id made of letters, digits, - and _' });
