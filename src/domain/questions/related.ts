/**
 * "How does this relate to a paper we already have?" — the starter questions' view of the one
 * related-papers engine (src/domain/related/related-index.ts), the same that lists related papers on the
 * site. A paper is named only when the engine finds it clearly related ({@link CLEARLY_RELATED_BAR}):
 * a high similarity over titles and abstracts and several distinctive shared terms, never one shared
 * word. Most papers get no match, and then no such question.
 */
import { buildRelatedIndex as buildEngine, CLEARLY_RELATED_BAR, type RelatedIndex as Engine } from '../related/related-index.ts';
import type { PaperText } from '../paper-text.ts';

/** A paper the group already has, as far as matching goes: the more text, the better the match. */
export interface KnownPaper {
  id: string;
  title: string;
  titleZh?: string;
  abstract?: string;
  summaryEn?: string;
}

/** The clearly related known paper, with the distinctive terms the two share (as written in the known paper). */
export interface KnownPaperMatch extends KnownPaper {
  shared: string[];
  /** The engine's similarity, in (0, 1]. */
  score: number;
}

/** The known papers, indexed once per run; matching a paper is then one engine lookup. */
export interface KnownPaperIndex {
  readonly papers: readonly KnownPaper[];
  readonly byId: ReadonlyMap<string, KnownPaper>;
  readonly engine: Engine;
}

/** Builds the index once. Two known papers with one id: the first is kept. */
export function indexKnownPapers(papers: Iterable<KnownPaper>): KnownPaperIndex {
  const byId = new Map<string, KnownPaper>();
  for (const paper of papers) if (!byId.has(paper.id)) byId.set(paper.id, paper);
  const list = [...byId.values()];
  return { papers: list, byId, engine: buildEngine(list) };
}

/**
 * The known paper most clearly related to this one (never itself), or undefined when none is. `names`
 * are the paper's own names ("DRO", "Concept-1K"); they count as words of its abstract.
 */
export function findRelated(index: KnownPaperIndex, paper: PaperText, names: readonly string[] = []): KnownPaperMatch | undefined {
  // An indexed paper is looked up by id, with the text it was indexed with.
  const extra = names.filter(Boolean).join(' ');
  const query = index.byId.has(paper.id) || !extra ? paper : { ...paper, abstract: [paper.abstract, extra].filter(Boolean).join(' ') };
  const best = index.engine.relatedTo(query, 1, CLEARLY_RELATED_BAR)[0];
  if (!best) return undefined;
  return { ...index.byId.get(best.id)!, shared: best.shared, score: best.score };
}
