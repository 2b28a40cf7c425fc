/**
 * Which papers the planner takes first: shortlisted before candidates, then more votes, then the
 * paper added longest ago, then the id (so that equal papers always come out in the same order).
 */
import type { PaperStatus } from '../../schemas/paper.ts';

/** What the planner needs to know about a paper. */
export interface PlannerPaper {
  id: string;
  status: PaperStatus;
  /** Number of votes (see `voteCount`). */
  votes: number;
  /** `YYYY-MM-DD` of the first import (see `dateAdded`). */
  added: string;
  /** Member ids of who voted, when the votes are written as a list (`votes: [alice, bruno]`). */
  voters?: readonly string[];
}

/** The statuses a paper may have to be picked for a session. */
export const PLANNABLE_STATUSES: readonly PaperStatus[] = ['shortlisted', 'candidate'];

/** Whether people chose the paper: shortlisted, or at least one vote. */
export function isChosen(paper: Pick<PlannerPaper, 'status' | 'votes'>): boolean {
  return paper.status === 'shortlisted' || paper.votes > 0;
}

/** Orders papers by priority, best first; `status` is the status the planner goes by. */
export function comparePriority(a: PlannerPaper, b: PlannerPaper): number {
  const tier = (p: PlannerPaper) => (p.status === 'shortlisted' ? 0 : 1);
  return tier(a) - tier(b) || b.votes - a.votes || (a.added < b.added ? -1 : a.added > b.added ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
