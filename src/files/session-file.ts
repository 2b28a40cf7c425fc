/**
 * Session files, `content/sessions/<YYYY-MM-DD>.md`: reading them for the planner, and writing the
 * sessions the planner owns. Who owns a session, and what the `planner:` block means, is defined in
 * fingerprint.ts.
 *
 * Writing edits the existing frontmatter block by block (src/files/frontmatter.ts), so a rewrite keeps
 * YAML comments and the order of keys; the body of an existing file is kept byte for byte.
 */
import { basename } from 'node:path';
import { editYaml, joinFrontmatter, readFrontmatter, type FrontmatterFile } from './frontmatter.ts';
import { ContentError } from '../domain/content-problem.ts';
import { validateContent } from './schema-errors.ts';
import { sessionSchema, type SessionData } from '../schemas/session.ts';
import type { PaperStatus } from '../schemas/paper.ts';
import { PLANNER_KEY, plannerMeta, sessionFingerprint, sessionOwner, storedSequence } from '../domain/sessions/fingerprint.ts';

export interface SessionFile {
  /** The path used in messages. */
  file: string;
  frontmatter: FrontmatterFile;
  /** The validated frontmatter (schema output: defaults filled in, extra keys kept). */
  data: SessionData;
  owner: 'planner' | 'people';
  /** The planner's record of paper statuses to restore (empty for sessions it never wrote). */
  restore: Record<string, PaperStatus>;
  /** The `sequence:` field (0 when absent). */
  sequence: number;
}

/** The first line of every session the planner creates. */
export const PLANNER_NOTE = '# Planned by `npm run plan`. Change anything in this file and the planner leaves this session to you.\n';

/**
 * Parses and validates a session file. Throws a {@link UserError} naming the file and field when the
 * frontmatter is invalid, when `sequence` is not a whole number, or when `date` differs from the
 * date in the file name.
 */
export function parseSessionFile(text: string, file: string): SessionFile {
  const frontmatter = readFrontmatter(text, file);
  const data = validateContent(sessionSchema, frontmatter.data, file);
  const stem = basename(file).replace(/\.md$/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(stem) && stem !== data.date) {
    throw new ContentError([{ file, field: 'date', message: `expected ${stem}, the date in the file name (found ${data.date}); rename the file or fix the date` }]);
  }
  const sequence = data.sequence;
  if (sequence !== undefined && !(typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 0)) {
    throw new ContentError([{ file, field: 'sequence', message: `expected a whole number ≥ 0, raised by one for each change calendars should see (found ${JSON.stringify(sequence)})` }]);
  }
  return {
    file,
    frontmatter,
    data,
    owner: sessionOwner(data, frontmatter.body),
    restore: plannerMeta(data)?.restore ?? {},
    sequence: storedSequence(data),
  };
}

/** What the planner writes into a session it owns. */
export interface PlannerSessionContent {
  date: string;
  time: string;
  status: 'planned' | 'cancelled';
  title?: string;
  papers: { id: string; presenter?: string }[];
  restore: Record<string, PaperStatus>;
}

const KEY_ORDER = ['date', 'time', 'status', 'title', 'papers', 'sequence', 'updated'];

function insertAfter(key: string, present: Set<string>): string | undefined {
  const before = KEY_ORDER.slice(0, KEY_ORDER.indexOf(key)).reverse();
  return before.find((k) => present.has(k));
}

/**
 * The text of a planner-owned session: `previous` (the planner's untouched file) rewritten, or a new
 * file. `sequence` and `updated` (`YYYY-MM-DD`) are written as given; the `planner:` block gets the
 * fingerprint of the result, so reading it back gives owner `planner`.
 */
export function renderPlannerSession(content: PlannerSessionContent, options: { previous?: SessionFile; sequence: number; updated: string }): string {
  const previous = options.previous?.frontmatter;
  const body = previous?.body ?? '';
  const yaml = editYaml(
    previous?.yaml ?? PLANNER_NOTE,
    {
      date: content.date,
      time: content.time,
      status: content.status,
      title: content.title,
      papers: content.papers.map((p) => (p.presenter ? { id: p.id, presenter: p.presenter } : { id: p.id })),
      sequence: options.sequence,
      updated: options.updated,
      [PLANNER_KEY]: undefined,
    },
    insertAfter,
  );
  const check = readFrontmatter(joinFrontmatter(yaml, body), `session ${content.date}`);
  const data = sessionSchema.parse(check.data);
  const restore = Object.fromEntries(Object.entries(content.restore).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const meta = { fingerprint: sessionFingerprint(data, body), ...(Object.keys(restore).length ? { restore } : {}) };
  return joinFrontmatter(editYaml(yaml, { [PLANNER_KEY]: meta }), body, previous?.delimiters);
}
