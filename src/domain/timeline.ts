/**
 * Where "today" falls among the sessions: the next meeting, the upcoming and past ones, and the
 * papers that arrived since the last meeting (the inbox). "Today" is always passed in.
 */
import type { PaperRecord, SessionRecord } from './catalog.ts';

export interface Timeline {
  /** The first planned session on or after today. */
  next?: SessionRecord;
  /** Sessions on or after today (cancelled ones included, so people see them), oldest first. */
  upcoming: SessionRecord[];
  /** Sessions before today, newest first. */
  past: SessionRecord[];
  /** The last session before today that was not cancelled. */
  last?: SessionRecord;
}

export function timeline(sessions: SessionRecord[], today: string): Timeline {
  const upcoming = sessions.filter((s) => s.date >= today);
  const past = sessions.filter((s) => s.date < today).reverse();
  const next = upcoming.find((s) => s.status !== 'cancelled');
  const last = past.find((s) => s.status !== 'cancelled');
  return { upcoming, past, ...(next ? { next } : {}), ...(last ? { last } : {}) };
}

/** Candidate papers added after the last held session (all candidates when there was none). */
export function inbox(papers: PaperRecord[], sessions: SessionRecord[], today: string): { since?: string; papers: PaperRecord[] } {
  const { last } = timeline(sessions, today);
  const since = last?.date;
  return {
    ...(since ? { since } : {}),
    papers: papers.filter((p) => p.status === 'candidate' && (!since || p.added >= since)),
  };
}
