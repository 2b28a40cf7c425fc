/**
 * Related papers as a paper page shows them (the lists come from relatedLists in related-index.ts): each marked when the group has already discussed it,
 * with the day. A paper counts as discussed when a held session (`status: done`) listed it, or a
 * planned session listed it on a day before `today`, or its own status says `discussed`.
 */
import type { PaperStatus } from '../../schemas/paper.ts';
import type { SessionStatus } from '../../schemas/session.ts';
import type { RelatedPaper } from './related-index.ts';

export interface RelatedLink extends RelatedPaper {
  /** True when the group has discussed the paper. */
  discussed: boolean;
  /** The last day it was discussed, `YYYY-MM-DD`, when a session says so. */
  discussedOn?: string;
}

export interface DiscussionRecords {
  /** Paper statuses by id (a PaperRecord map fits). */
  byId: ReadonlyMap<string, { status?: PaperStatus }>;
  /** Sessions that list a paper, by paper id (the catalog's `sessionsByPaper` fits). */
  sessionsByPaper: ReadonlyMap<string, readonly { date: string; status?: SessionStatus }[]>;
}

/** When a paper was discussed: whether, and the last day a session shows it. */
export function discussion(id: string, records: DiscussionRecords, today?: string): { discussed: boolean; discussedOn?: string } {
  let last: string | undefined;
  for (const session of records.sessionsByPaper.get(id) ?? []) {
    const held = session.status === 'done' || (session.status !== 'cancelled' && today !== undefined && session.date < today);
    if (held && (last === undefined || session.date > last)) last = session.date;
  }
  if (last) return { discussed: true, discussedOn: last };
  return { discussed: records.byId.get(id)?.status === 'discussed' };
}

/** A paper's related papers (from {@link relatedLists}) as its page shows them: each marked with its discussion. */
export function relatedLinks(list: readonly RelatedPaper[], records: DiscussionRecords, today?: string): RelatedLink[] {
  return list.map((r) => ({ id: r.id, score: r.score, ...discussion(r.id, records, today) }));
}
