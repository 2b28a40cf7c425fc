/**
 * "How does this relate to a paper we already have?" — the starter questions' view of the one
 * related-papers engine (src/domain/related/related-index.ts), the same that lists related papers on the
 * site. A paper is named only when the engine finds it clearly related ({@link CLEARLY_RELATED_BAR}):
 * a high similarity over titles and abstracts and several distinctive shared terms, never one shared
 * word. Most papers get no match, and then no such question.
 */
import { buildRelatedIndex as buildEngine, CLEARLY_RELATED_BAR, type RelatedIndex as Engine } from '../related/related-index.ts';
import { translationAgreement } from '../related/translation-agreement.ts';
import type { PaperText } from '../paper-text.ts';

/** A paper the group already has, as far as matching goes: the more text, the better the match. */
export interface KnownPaper {
  id: string;
  title: string;
  titleZh?: string;
  abstract?: string;
  summaryEn?: string;
  /** The Chinese fields: they never make a match, but may veto one (see {@link TRANSLATION_AGREEMENT_BAR}). */
  summaryZh?: string;
  abstractZh?: string;
}

/** The clearly related known paper, with the distinctive terms the two share (as written in the known paper). */
export interface KnownPaperMatch extends KnownPaper {
  shared: string[];
  /** The engine's similarity, in (0, 1]. */
  score: number;
}

/** What matching needs of a paper (a digest entry, a paper file's data): its id, title and texts, empty ones left out. */
export function knownPaperOf(paper: PaperText): KnownPaper {
  const known: KnownPaper = { id: paper.id, title: paper.title };
  for (const key of ['titleZh', 'abstract', 'summaryEn', 'summaryZh', 'abstractZh'] as const) {
    const value = paper[key];
    if (value) known[key] = value;
  }
  return known;
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
 * When both papers have a Chinese translation, the least cosine of their Chinese texts for the question
 * to name the other paper (src/domain/related/translation-agreement.ts): below it the English match rests
 * on words of two senses ("parent", "tree", "children" in a study of family trees and a graph network).
 * Set on the 340 related-paper questions of the judged samples H to AZ: the 17 below it were judged
 * usable 6 times (and 1 embarrassing), against 71% of the others.
 */
export const TRANSLATION_AGREEMENT_BAR = 0.045;
/** How many clearly related papers are tried, best first, before answering none. */
const CANDIDATES = 3;

/**
 * The known paper most clearly related to this one (never itself), or undefined when none is. `names`
 * are the paper's own names ("DRO", "Concept-1K"); they count as words of its abstract.
 */
export function findRelated(index: KnownPaperIndex, paper: PaperText, names: readonly string[] = []): KnownPaperMatch | undefined {
  // An indexed paper is looked up by id, with the text it was indexed with.
  const extra = names.filter(Boolean).join(' ');
  const query = index.byId.has(paper.id) || !extra ? paper : { ...paper, abstract: [paper.abstract, extra].filter(Boolean).join(' ') };
  // The best of the few clearly related papers whose translation does not say the two are about different things.
  const best = index.engine.relatedTo(query, CANDIDATES, CLEARLY_RELATED_BAR).find((c) => (translationAgreement(paper, index.byId.get(c.id)!) ?? 1) >= TRANSLATION_AGREEMENT_BAR);
  if (!best) return undefined;
  return { ...index.byId.get(best.id)!, shared: best.shared, score: best.score };
}
