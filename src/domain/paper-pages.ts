/**
 * Which papers get a page of their own. A group that imports whole digests gathers hundreds of papers
 * a day, most of which nobody ever looks at again; the site grows with what the group does, not with
 * the digests' volume. A paper has a page when people engaged with it — a status past candidate,
 * votes, tags, notes, a question a person wrote or edited, a place in a session — or when it arrived
 * within the last `candidateDays` days (group.yaml, 28 by default). Every other paper stays a file, stays in search
 * (linking to arXiv) and in the exports.
 */
import { dateAdded, voteCount, type PaperData } from '../schemas/paper.ts';
import { daysBetween } from './dates.ts';
import { parsePaperBody } from './paper-body.ts';

export interface PageRule {
  /** The day the site is built as of, `YYYY-MM-DD`. */
  today: string;
  /** Candidates nobody touched keep a page this many days after their first import. */
  candidateDays: number;
  /** Ids of the papers any session lists. */
  inSessions: ReadonlySet<string>;
}

/** Whether people did anything with a paper (the body only counts what a person wrote). */
export function engagedWith(paper: Pick<PaperData, 'id' | 'status' | 'votes' | 'tags' | 'suggestedBy'>, body: string, inSessions: ReadonlySet<string>): boolean {
  if (paper.status !== 'candidate' || voteCount(paper.votes) > 0 || paper.tags.length > 0 || inSessions.has(paper.id)) return true;
  // A member suggested it (from the site, or by writing `suggestedBy`): someone wants the group to see it.
  if (typeof paper.suggestedBy === 'string' && paper.suggestedBy.trim() !== '') return true;
  const read = parsePaperBody(body);
  return read.notes !== '' || read.questionItems.some((q) => !q.starter) || read.extra.some((s) => s.markdown.replace(/<!--[\s\S]*?-->/g, '').trim() !== '');
}

/** Whether a paper first imported on `added` is still within the rule's window for candidates. */
function inWindow(added: string, rule: PageRule): boolean {
  return daysBetween(added, rule.today) <= rule.candidateDays;
}

/** Whether a paper gets a page: engaged with, or arrived within the rule's window. */
export function hasPage(paper: Pick<PaperData, 'id' | 'status' | 'votes' | 'tags' | 'sources' | 'suggestedBy'>, body: string, rule: PageRule): boolean {
  return inWindow(dateAdded(paper), rule) || engagedWith(paper, body, rule.inSessions);
}

/** What a paper's own file says about its page, kept by the build between builds (see {@link hasPageByFacts}). */
export interface PageFacts {
  id: string;
  /** The day it was first imported. */
  added: string;
  /** People did something with it, as its file shows (sessions aside). */
  engaged: boolean;
}

const NO_SESSIONS: ReadonlySet<string> = new Set();

export function pageFacts(paper: Pick<PaperData, 'id' | 'status' | 'votes' | 'tags' | 'sources' | 'suggestedBy'>, body: string): PageFacts {
  return { id: paper.id, added: dateAdded(paper), engaged: engagedWith(paper, body, NO_SESSIONS) };
}

/** {@link hasPage} from a paper's {@link PageFacts}: the same answer, without its file. */
export function hasPageByFacts(facts: PageFacts, rule: PageRule): boolean {
  return inWindow(facts.added, rule) || facts.engaged || rule.inSessions.has(facts.id);
}
