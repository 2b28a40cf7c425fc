/**
 * After a meeting, people mark its session `status: done`, and that is all they have to do: every
 * paper the session lists counts as discussed from then on, whatever its own file still says
 * (`scheduled`, usually), unless someone archived it. The site shows these papers as discussed (pages,
 * listings, search); the files keep what people wrote.
 */
import type { PaperStatus } from '../../schemas/paper.ts';

interface HeldSession {
  status?: string;
  papers: readonly { id: string }[];
}

/** The ids of the papers listed by sessions marked `done`. */
export function heldPaperIds(sessions: Iterable<HeldSession>): Set<string> {
  const ids = new Set<string>();
  for (const session of sessions) if (session.status === 'done') for (const paper of session.papers) ids.add(paper.id);
  return ids;
}

/** The status the site shows: `discussed` once a held session listed the paper, unless archived. */
export function shownStatus(status: PaperStatus, held: boolean): PaperStatus {
  return held && status !== 'archived' ? 'discussed' : status;
}
