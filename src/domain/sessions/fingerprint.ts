/**
 * How the planner tells its own untouched output from a person's edit, and how a session's calendar
 * revision (SEQUENCE, DTSTAMP) follows from its file.
 *
 * **The untouched rule.** Whenever the planner writes a session file it adds a `planner:` block:
 *
 *     planner:
 *       fingerprint: 5d41402abc4b2a76
 *       restore:
 *         "2404.01399": candidate
 *
 * `fingerprint` is a hash of everything else in the file: every frontmatter field as read (dates,
 * time, status, papers and presenters, title, location, any extra key) and the body (ignoring
 * leading/trailing blank space and line-ending style). The planner changes a session only while the
 * file still matches its fingerprint. Any edit by a person (a presenter swapped, a paper added, a
 * location set, agenda notes in the body, the status set to done or cancelled) makes the file stop
 * matching, and from then on the planner leaves the session alone for good. Formatting-only edits
 * that read the same (YAML comments, quoting, key order, indentation) do not count as edits.
 * Deleting the `planner:` block hands a session over as well. Who is coming (`rsvp`) and who has
 * read what (`read`) are not part of the plan and not fingerprinted: an RSVP from the site leaves a
 * planned session the planner's. `restore` keeps the status each
 * paper had before the planner marked it `scheduled`, so it can be put back if the paper leaves
 * the plan.
 *
 * **Calendar revision.** SEQUENCE is the file's `sequence:` field (0 when absent; the planner adds 1
 * each time it rewrites a session), plus 1 when a person has edited a planner session since (so
 * the first human change shows up as an update without anyone touching `sequence:`). People who change
 * the time, place or status of a session again, or of one they wrote from scratch, raise
 * `sequence:` by one. DTSTAMP and LAST-MODIFIED are the file's `updated:` date (set by the planner
 * when it writes; people may set it too), or the fixed day {@link FALLBACK_STAMP} when absent: never
 * the build's clock, so the same files give the same calendar bytes.
 */
import { createHash } from 'node:crypto';
import { PAPER_STATUSES, type PaperStatus } from '../../schemas/paper.ts';

/** DTSTAMP of sessions without an `updated:` date: a fixed day, so builds stay reproducible. */
export const FALLBACK_STAMP = '2000-01-01';

/** The frontmatter key of the planner's block. */
export const PLANNER_KEY = 'planner';

function dateText(value: Date): string {
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateText(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Keys that record the members' participation, not the plan; the fingerprint leaves them out. */
export const PARTICIPATION_KEYS = ['rsvp', 'read'] as const;

/**
 * The fingerprint of a session: a short hash of its validated frontmatter without the `planner`
 * key and the {@link PARTICIPATION_KEYS}, and of its body. Pass the data as the session schema outputs it (the commands and the site
 * both do), so both compute the same value.
 */
export function sessionFingerprint(data: Record<string, unknown>, body: string): string {
  const rest = { ...data };
  for (const key of [PLANNER_KEY, ...PARTICIPATION_KEYS]) delete rest[key];
  const text = JSON.stringify(canonical({ data: rest, body: body.replace(/\r\n?/g, '\n').trim() }));
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The planner's block of a session, when it has a well-formed one. */
export interface PlannerMeta {
  fingerprint: string;
  /** Paper id → status before the planner marked it `scheduled`. */
  restore: Record<string, PaperStatus>;
}

/** Reads the `planner:` block; undefined when there is none or it is not the planner's shape. */
export function plannerMeta(data: Record<string, unknown>): PlannerMeta | undefined {
  const block = data[PLANNER_KEY];
  if (!block || typeof block !== 'object' || Array.isArray(block)) return undefined;
  const { fingerprint, restore } = block as { fingerprint?: unknown; restore?: unknown };
  if (typeof fingerprint !== 'string' && typeof fingerprint !== 'number') return undefined;
  const statuses: Record<string, PaperStatus> = {};
  if (restore && typeof restore === 'object' && !Array.isArray(restore)) {
    for (const [id, status] of Object.entries(restore)) {
      if ((PAPER_STATUSES as readonly unknown[]).includes(status) && status !== 'scheduled') statuses[id] = status as PaperStatus;
    }
  }
  return { fingerprint: String(fingerprint), restore: statuses };
}

/** `planner` when the planner wrote the session and nobody changed it since; `people` otherwise. */
export function sessionOwner(data: Record<string, unknown>, body: string): 'planner' | 'people' {
  const meta = plannerMeta(data);
  return meta && meta.fingerprint === sessionFingerprint(data, body) ? 'planner' : 'people';
}

/** The session's calendar revision, derived from its file alone (see the module comment). */
export interface SessionRevision {
  /** iCalendar SEQUENCE. */
  sequence: number;
  /** `YYYY-MM-DD` of the last recorded change, for DTSTAMP and LAST-MODIFIED. */
  stamp: string;
  /** True when a person changed a session after the planner wrote it. */
  edited: boolean;
}

/** The `sequence:` field of a session, 0 when absent or not a whole number ≥ 0. */
export function storedSequence(data: Record<string, unknown>): number {
  const value = data.sequence;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

function dateField(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/**
 * SEQUENCE and DTSTAMP for a session. Accepts a session record from the site (its `body` and
 * `filePath` are set aside) or validated frontmatter with the body given separately.
 */
export function sessionRevision(session: Record<string, unknown> & { date: string }, body?: string): SessionRevision {
  const { body: recordBody, ...data } = session;
  delete data.filePath;
  const text = body ?? (typeof recordBody === 'string' ? recordBody : '');
  const edited = plannerMeta(data) !== undefined && sessionOwner(data, text) === 'people';
  return {
    sequence: storedSequence(data) + (edited ? 1 : 0),
    stamp: dateField(data.updated) ?? FALLBACK_STAMP,
    edited,
  };
}
