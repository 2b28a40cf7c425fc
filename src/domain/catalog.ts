/**
 * The catalog: papers, sessions and the group as the site needs them, computed once per build.
 * Every index here is built in one pass (no step grows with the square of the number of papers).
 */
import type { PaperData } from '../schemas/paper.ts';
import { dateAdded, voteCount } from '../schemas/paper.ts';
import type { SessionData } from '../schemas/session.ts';
import type { Group } from '../schemas/group.ts';
import { slugForId } from './arxiv-id.ts';
import { ContentError } from './content-problem.ts';
import { sessionReferenceProblems } from './cross-references.ts';
import { tagSlug } from './routes.ts';
import { heldPaperIds, shownStatus } from './sessions/held-papers.ts';

export type PaperRecord = PaperData & {
  body: string;
  filePath: string;
  /** URL slug and file stem. */
  slug: string;
  /** `YYYY-MM-DD` of the first import. */
  added: string;
  voteCount: number;
};

export type SessionRecord = SessionData & { body: string; filePath: string };

export interface CatalogInput {
  papers: (PaperData & { body: string; filePath: string })[];
  sessions: (SessionData & { body: string; filePath: string })[];
  group: Group;
}

export interface Catalog {
  group: Group;
  /** Newest first (date added, then id descending). */
  papers: PaperRecord[];
  byId: Map<string, PaperRecord>;
  /** Oldest first. */
  sessions: SessionRecord[];
  /** Sessions that list a paper, oldest first. */
  sessionsByPaper: Map<string, SessionRecord[]>;
  /** Papers per tag (keyed by its URL slug, so `Safety` and `safety` are one tag), sorted by name. */
  tags: Map<string, { name: string; papers: PaperRecord[] }>;
  /** The papers before and after one paper in catalog order. */
  neighbours(id: string): { previous?: PaperRecord; next?: PaperRecord };
}

function comparePapers(a: PaperRecord, b: PaperRecord): number {
  if (a.added !== b.added) return a.added < b.added ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * Builds the catalog; fails with a message naming the file when a session names an unknown paper or
 * member. Papers of sessions marked done count as discussed (see sessions/held-papers.ts).
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const papers: PaperRecord[] = input.papers.map((p) => ({ ...p, slug: slugForId(p.id), added: dateAdded(p), voteCount: voteCount(p.votes) })).sort(comparePapers);
  const byId = new Map(papers.map((p) => [p.id, p]));
  const index = new Map(papers.map((p, i) => [p.id, i]));

  const sessions = [...input.sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const problems = sessionReferenceProblems(
    sessions.map((s) => ({ file: s.filePath, date: s.date, papers: s.papers })),
    { hasPaper: (id) => byId.has(id), papersDir: 'content/papers', groupFile: 'content/group.yaml', members: input.group.members.map((m) => m.id) },
  );
  if (problems.length) throw new ContentError(problems);
  const sessionsByPaper = new Map<string, SessionRecord[]>();
  for (const session of sessions) {
    for (const item of session.papers) {
      const list = sessionsByPaper.get(item.id) ?? [];
      list.push(session);
      sessionsByPaper.set(item.id, list);
    }
  }
  const held = heldPaperIds(sessions);
  for (const paper of papers) paper.status = shownStatus(paper.status, held.has(paper.id));

  const tagMap = new Map<string, { name: string; papers: PaperRecord[] }>();
  for (const paper of papers) {
    for (const tag of new Set(paper.tags.map(tagSlug))) {
      const entry = tagMap.get(tag) ?? { name: paper.tags.find((t) => tagSlug(t) === tag)!, papers: [] };
      entry.papers.push(paper);
      tagMap.set(tag, entry);
    }
  }
  const tags = new Map([...tagMap].sort(([, a], [, b]) => a.name.localeCompare(b.name)));

  return {
    group: input.group,
    papers,
    byId,
    sessions,
    sessionsByPaper,
    tags,
    neighbours(id) {
      const i = index.get(id);
      if (i === undefined) return {};
      return {
        ...(i > 0 ? { previous: papers[i - 1]! } : {}),
        ...(i < papers.length - 1 ? { next: papers[i + 1]! } : {}),
      };
    },
  };
}
