/**
 * A meeting, `content/sessions/<YYYY-MM-DD>.md`: when, where, which papers and who presents them.
 * The body holds the agenda before the meeting and the minutes after it.
 */
import { z } from 'astro/zod';
import { clockTime, isoDate, slugId } from './common.ts';

export const SESSION_STATUSES = ['planned', 'done', 'cancelled'] as const;

export const sessionPaperSchema = z.object({
  /** arXiv id of a paper in `content/papers/`. */
  id: z.string({ error: 'expected an arXiv id in quotes, e.g. "2404.01399" (unquoted, YAML reads it as a number)' }).min(1),
  /** Member id of the presenter (from `group.yaml`); absent while nobody is assigned. */
  presenter: slugId.optional(),
});

export const sessionSchema = z.looseObject({
  /** Meeting day, `YYYY-MM-DD`; the file name repeats it. */
  date: isoDate,
  /** Local start time `"HH:MM"`; the group's meeting time when absent. */
  time: clockTime.optional(),
  /** Length in minutes; the group's default when absent. */
  minutes: z.int().min(5).max(600).optional(),
  /** Room or video link; the group's default location when absent. */
  location: z.string().optional(),
  /** planned, done (held) or cancelled. */
  status: z.enum(SESSION_STATUSES).default('planned'),
  /** The papers discussed, in order, each with its presenter. */
  papers: z.array(sessionPaperSchema, { error: 'expected a list of papers, each `- id: "2404.01399"` with an optional `presenter:` line' }).default([]),
  /** A title for the session, e.g. a theme ("Safety week"). */
  title: z.string().optional(),
  /**
   * Members who said they are coming (member ids, e.g. `[alice, chen]`), from the site's "I'm coming"
   * link or written by hand. Not part of the plan: the planner neither reads nor changes it, and
   * adding a name does not make a planned session the group's own (see sessions/fingerprint.ts).
   */
  rsvp: z.array(slugId, { error: 'expected a list of member ids, e.g. [alice, chen]' }).default([]),
  /**
   * Who has read which paper of the session: paper id → member ids, e.g.
   * `{ "2404.01399": [alice], "2401.18018": [alice, bruno] }`. Like `rsvp`, not part of the plan.
   */
  read: z.record(z.string(), z.array(slugId), { error: 'expected paper ids each with a list of member ids, e.g. { "2404.01399": [alice] }' }).default({}),
});

export type SessionData = z.output<typeof sessionSchema>;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
