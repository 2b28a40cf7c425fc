/**
 * The related-papers engine: the one place that decides which papers are related, for the site's
 * "related papers" list and for the starter question "how does this relate to … we already have".
 *
 * Each paper becomes a unit-length vector of BM25 weights over its terms: stemmed words and English
 * two-word phrases of its titles (counted double), summaries and abstracts in both languages
 * (tokenize.ts, one stemmer and one stop-word list). Inverse document frequencies pool the collection
 * with a fixed background of real arXiv papers (background.ts), so that a word common in papers
 * ("learning", "model", 模型) counts for little even in a group that has only a dozen papers.
 *
 * Candidates are found through an inverted index, never by comparing all pairs: only the paper's
 * `topTerms` heaviest terms are looked up, and only the `postingCap` heaviest papers of each term are
 * visited, so one lookup costs at most `topTerms × postingCap` steps whatever the size of the
 * collection. Each candidate is then scored on everything the two papers share (the cosine of their
 * vectors), and kept only above a calibrated bar ({@link RELATED_BAR}): its cosine must be high and
 * the two must share several distinctive terms, so that one shared word, however rare, is never
 * enough. A paper with nothing truly related gets an empty list. {@link CLEARLY_RELATED_BAR} is the
 * stricter bar the starter question uses.
 *
 * Results are deterministic: papers are indexed in id order, whatever the input order, and ties are
 * broken by id.
 */
import { UserError } from '../errors.ts';
import { indexTerms, termSurfaces, type ChineseTokens } from './tokenize.ts';
import { BACKGROUND } from './background.ts';
import type { PaperText } from '../paper-text.ts';

/** What the index reads of a paper; a PaperRecord fits. */
export type RelatedInput = PaperText;

export interface RelatedPaper {
  id: string;
  /** Similarity in (0, 1]: the cosine of the two papers' term vectors. */
  score: number;
}

/** A related paper with the reason: the most distinctive terms the two share, as written. */
export interface RelatedMatch extends RelatedPaper {
  shared: string[];
}

/**
 * When two papers count as related: the cosine of their vectors is at least `score`, and they share at
 * least `distinctive` distinctive terms (terms in at most `DISTINCTIVE_SHARE` of papers; a two-word
 * phrase counts as one term and so does each of its words).
 */
export interface RelatedBar {
  score: number;
  distinctive: number;
}

/** The bar of the site's related list. Calibrated on tests/fixtures/related-judged.json (see README). */
export const RELATED_BAR: RelatedBar = { score: 0.1, distinctive: 2 };
/** The stricter bar of "clearly related", for the starter question that names one paper. */
export const CLEARLY_RELATED_BAR: RelatedBar = { score: 0.1, distinctive: 3 };
/** A term found in more than this share of papers (collection and background pooled) is not distinctive. */
export const DISTINCTIVE_SHARE = 0.03;

export interface RelatedOptions {
  /** How many of a paper's heaviest terms are looked up (default 32). */
  topTerms?: number;
  /** How many papers of one term's posting list are visited at most, heaviest first (default 200). */
  postingCap?: number;
  /** The bar of {@link RelatedIndex.related} (default {@link RELATED_BAR}). */
  bar?: RelatedBar;
  /** How Chinese text is cut into terms (default `'bigrams'`, see tokenize.ts). */
  chinese?: ChineseTokens;
  /** How much more a title term counts than a term of the abstract or summary (default 2). */
  titleWeight?: number;
  /** How much a term of the Chinese fields counts when the paper also has English text (default 0: see weightedFields). */
  chineseWeight?: number;
  /** Index English two-word phrases (default true). */
  phrases?: boolean;
  /** Pool document frequencies with the background papers (default true). */
  background?: boolean;
}

export interface RelatedStats {
  papers: number;
  terms: number;
  /** Posting entries visited by all lookups so far. */
  visited: number;
  /** Lookups done so far (each paper is looked up once; results are cached). */
  lookups: number;
}

/** What is known of the closest candidate of a paper, above any bar or not (for calibration). */
export interface RelatedCandidate extends RelatedPaper {
  /** Distinctive terms the two share. */
  distinctive: number;
}

export interface RelatedIndex {
  readonly size: number;
  /** Up to `k` papers related to `id` above the bar, best first (score descending, then id); empty for an unknown id. */
  related(id: string, k?: number): RelatedPaper[];
  /**
   * The papers of the index related to a paper that may or may not be in it (a paper being imported),
   * above `bar` (default the index's), best first, each with the distinctive terms shared; never the
   * paper itself (same id).
   */
  relatedTo(paper: RelatedInput, k?: number, bar?: RelatedBar): RelatedMatch[];
  /** The best-scoring candidates of an indexed paper, whatever the bar, with their evidence (for calibration and tests). */
  candidates(id: string, k?: number): RelatedCandidate[];
  /** The evidence the engine has that two indexed papers are related (undefined for an unknown id). */
  compare(a: string, b: string): RelatedCandidate | undefined;
  /** The distinctive terms two indexed papers share, most telling first, as written in `b` (English only). */
  sharedTerms(a: string, b: string, n?: number): string[];
  /** The heaviest terms of a paper with their weights. */
  topTermsOf(id: string, n?: number): { term: string; weight: number }[];
  stats(): RelatedStats;
}

const K1 = 1.2;
const B = 0.75;

/** The fields of a paper with the weight a term in each counts for. */
function weightedFields(paper: RelatedInput, titleWeight: number, chineseWeight: number): [string | undefined, number][] {
  const zh = paper.abstract || paper.summaryEn ? chineseWeight : 1;
  return [
    [paper.title, titleWeight],
    [paper.titleZh, titleWeight * zh],
    [paper.summaryEn, 1],
    [paper.summaryZh, zh],
    [paper.abstract, 1],
    [paper.abstractZh, zh],
  ];
}

/**
 * The value the `count`-th largest of `values` has, and how many values equal to it are kept so that
 * exactly `count` are kept. `values` is sorted in place (a native numeric sort, no comparator).
 */
function cutoff(values: Float64Array, count: number): { threshold: number; ties: number } {
  values.sort();
  const threshold = values[values.length - count]!;
  let greater = 0;
  for (let i = values.length - 1; i >= 0 && values[i]! > threshold; i--) greater++;
  return { threshold, ties: count - greater };
}

/** A paper's term ids (ascending) with weighted frequencies, its length, and the frequencies of terms the index lacks. */
interface Counted {
  ids: Int32Array;
  tf: Float64Array;
  length: number;
  outside: ReadonlyMap<string, number>;
}

/** A paper as the engine sees it: term ids ascending, with unit-length weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Builds the index; fails when two papers share an id. */
export function buildRelatedIndex(papers: readonly RelatedInput[], options: RelatedOptions = {}): RelatedIndex {
  const topTerms = options.topTerms ?? 32;
  const postingCap = options.postingCap ?? 200;
  const defaultBar = options.bar ?? RELATED_BAR;
  const chinese = options.chinese ?? 'bigrams';
  const titleWeight = options.titleWeight ?? 2;
  const chineseWeight = options.chineseWeight ?? 0;
  const phrases = options.phrases ?? true;
  const background = options.background === false ? { papers: 0, df: new Map<string, number>() } : BACKGROUND;

  const sorted = [...papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new UserError(`two papers have the id ${sorted[i]!.id}; expected each id once`);
  }
  const n = sorted.length;
  const position = new Map(sorted.map((p, i) => [p.id, i]));

  // Term ids, document frequencies and lengths. Term frequencies are summed in a scratch array
  // indexed by term id (cleared after each paper), which is much faster than a map per paper.
  const vocabulary = new Map<string, number>();
  const termNames: string[] = [];
  const df: number[] = [];
  let scratch = new Float64Array(1 << 14);
  const present: number[] = [];

  /** A paper's term ids (ascending) and weighted term frequencies; new terms are added when `grow`. */
  function count(paper: RelatedInput, grow: boolean): Counted {
    let length = 0;
    const outside = new Map<string, number>();
    for (const [text, weight] of weightedFields(paper, titleWeight, chineseWeight)) {
      if (!text || weight === 0) continue;
      for (const term of indexTerms(text, chinese, phrases)) {
        let t = vocabulary.get(term);
        if (t === undefined) {
          if (!grow) {
            outside.set(term, (outside.get(term) ?? 0) + weight);
            length += weight;
            continue;
          }
          t = termNames.length;
          vocabulary.set(term, t);
          termNames.push(term);
          df.push(0);
          if (t >= scratch.length) {
            const grown = new Float64Array(scratch.length * 2);
            grown.set(scratch);
            scratch = grown;
          }
        }
        if (scratch[t] === 0) present.push(t);
        scratch[t]! += weight;
        length += weight;
      }
    }
    const ids = Int32Array.from(present).sort();
    const tf = new Float64Array(ids.length);
    for (let j = 0; j < ids.length; j++) {
      tf[j] = scratch[ids[j]!]!;
      scratch[ids[j]!] = 0;
    }
    present.length = 0;
    return { ids, tf, length, outside };
  }

  const counted: Counted[] = [];
  let totalLength = 0;
  for (let d = 0; d < n; d++) {
    const c = count(sorted[d]!, true);
    for (const t of c.ids) df[t]!++;
    counted.push(c);
    totalLength += c.length;
  }
  const averageLength = n > 0 ? totalLength / n || 1 : 1;
  // Document frequencies pooled with the background: a word common in papers in general is common here.
  const pooledPapers = n + background.papers;
  const pooledDf = termNames.map((term, t) => df[t]! + (background.df.get(term) ?? 0));
  const idf = pooledDf.map((f) => Math.log(1 + (pooledPapers - f + 0.5) / (f + 0.5)));
  // Distinctive: a word (not a phrase: a phrase's words are counted themselves) in few papers.
  const distinctive = pooledDf.map((f, t) => !termNames[t]!.includes(' ') && f <= Math.max(2, DISTINCTIVE_SHARE * pooledPapers));

  /** Unit-length BM25 weights of counted terms. */
  function vectorOf(c: Counted): Vector {
    const norm = K1 * (1 - B + (B * c.length) / averageLength);
    const bm25 = (idfOf: number, tf: number) => (idfOf * tf * (K1 + 1)) / (tf + norm);
    const ids = c.ids;
    const weights = new Float64Array(ids.length);
    for (let j = 0; j < ids.length; j++) weights[j] = bm25(idf[ids[j]!]!, c.tf[j]!);
    let sumSquares = 0;
    for (let j = 0; j < weights.length; j++) sumSquares += weights[j]! * weights[j]!;
    // A paper from outside the index: its terms no indexed paper has match nothing, but they are part
    // of what it is about, so they weigh in its length as they would if it were indexed.
    for (const [term, tf] of c.outside) {
      const f = 1 + (background.df.get(term) ?? 0);
      const w = bm25(Math.log(1 + (pooledPapers - f + 0.5) / (f + 0.5)), tf);
      sumSquares += w * w;
    }
    const unit = Math.sqrt(sumSquares) || 1;
    for (let j = 0; j < weights.length; j++) weights[j]! /= unit;
    return { ids, weights };
  }

  const vectors: Vector[] = counted.map((c) => vectorOf(c));
  counted.length = 0;

  // Inverted index, flat (compressed rows): term t's postings are postingDoc[start[t] .. end[t]).
  // A list longer than `postingCap` keeps only its heaviest papers (ties: lower index first).
  const start = new Int32Array(termNames.length + 1);
  for (let t = 0; t < termNames.length; t++) start[t + 1] = start[t]! + df[t]!;
  const postingDoc = new Int32Array(start[termNames.length]!);
  const postingWeight = new Float64Array(start[termNames.length]!);
  const fill = start.slice(0, termNames.length);
  for (let d = 0; d < n; d++) {
    const { ids, weights } = vectors[d]!;
    for (let j = 0; j < ids.length; j++) {
      const at = fill[ids[j]!]!++;
      postingDoc[at] = d;
      postingWeight[at] = weights[j]!;
    }
  }
  const end = new Int32Array(termNames.length);
  for (let t = 0; t < termNames.length; t++) {
    const from = start[t]!;
    const to = start[t + 1]!;
    if (to - from <= postingCap) {
      end[t] = to;
      continue;
    }
    const cut = cutoff(postingWeight.slice(from, to), postingCap);
    let ties = cut.ties;
    let kept = from;
    for (let at = from; at < to; at++) {
      const w = postingWeight[at]!;
      if (w > cut.threshold || (w === cut.threshold && ties-- > 0)) {
        postingDoc[kept] = postingDoc[at]!;
        postingWeight[kept] = w;
        kept++;
      }
    }
    end[t] = kept;
  }

  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const cache = new Map<number, RelatedCandidate[]>();
  const querySpace = new Float64Array(vectors.reduce((max, v) => Math.max(max, v.ids.length), 0) + 1);
  const stats: RelatedStats = { papers: n, terms: termNames.length, visited: 0, lookups: 0 };

  /** The full cosine of two vectors and how many distinctive terms they share (a merge of two sorted lists). */
  function compare(a: Vector, b: Vector): { score: number; distinctive: number } {
    let score = 0;
    let shared = 0;
    for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
      const ta = a.ids[i]!;
      const tb = b.ids[j]!;
      if (ta < tb) i++;
      else if (ta > tb) j++;
      else {
        score += a.weights[i]! * b.weights[j]!;
        if (distinctive[ta]) shared++;
        i++;
        j++;
      }
    }
    return { score, distinctive: shared };
  }

  /**
   * The `k` best candidates of a vector, whatever the bar: papers reached through its heaviest terms,
   * ranked by their full cosine with it. `self` (an index, or -1) is never one of them.
   */
  function lookup(query: Vector, self: number, k: number): RelatedCandidate[] {
    const { ids, weights } = query;
    // The query terms: the `topTerms` heaviest terms some paper of the index has (ties: lower term id).
    let eligible = 0;
    for (let j = 0; j < ids.length; j++) if (df[ids[j]!]! >= (self >= 0 ? 2 : 1)) querySpace[eligible++] = weights[j]!;
    const cut = eligible > topTerms ? cutoff(querySpace.slice(0, eligible), topTerms) : { threshold: 0, ties: 0 };
    let ties = cut.ties;
    let count = 0;
    for (let j = 0; j < ids.length; j++) {
      const t = ids[j]!;
      const q = weights[j]!;
      if (df[t]! < (self >= 0 ? 2 : 1) || q < cut.threshold || (q === cut.threshold && ties-- <= 0)) continue;
      for (let at = start[t]!; at < end[t]!; at++) {
        const c = postingDoc[at]!;
        if (scores[c] === 0) touched[count++] = c;
        scores[c]! += q * postingWeight[at]!;
      }
      stats.visited += end[t]! - start[t]!;
    }
    stats.lookups++;
    // The partial scores (over the query's heaviest terms) pick a shortlist; the full cosine ranks it.
    const shortlist: { doc: number; score: number }[] = [];
    const size = Math.max(k, 12);
    for (let i = 0; i < count; i++) {
      const c = touched[i]!;
      const score = scores[c]!;
      scores[c] = 0;
      if (c === self) continue;
      insert(shortlist, { doc: c, score }, size);
    }
    const ranked: { doc: number; score: number; distinctive: number }[] = [];
    for (const { doc } of shortlist) insert(ranked, { doc, ...compare(query, vectors[doc]!) }, k);
    return ranked.map((r) => ({ id: sorted[r.doc]!.id, score: r.score, distinctive: r.distinctive }));
  }

  /** Inserts into a list kept sorted best first and at most `size` long. */
  function insert<E extends { doc: number; score: number }>(list: E[], entry: E, size: number): void {
    if (list.length >= size && !better(entry, list[list.length - 1]!)) return;
    if (list.length >= size) list.pop();
    let at = list.length;
    list.push(entry);
    for (; at > 0 && better(entry, list[at - 1]!); at--) list[at] = list[at - 1]!;
    list[at] = entry;
  }

  function better(a: { doc: number; score: number }, b: { doc: number; score: number }): boolean {
    return a.score > b.score || (a.score === b.score && a.doc < b.doc);
  }

  const passes = (c: RelatedCandidate, bar: RelatedBar) => c.score >= bar.score && c.distinctive >= bar.distinctive;

  const CACHED = 12;
  function candidatesOf(d: number, k: number): RelatedCandidate[] {
    if (k > CACHED) return lookup(vectors[d]!, d, k);
    let list = cache.get(d);
    if (!list) {
      list = lookup(vectors[d]!, d, CACHED);
      cache.set(d, list);
    }
    return list.slice(0, k);
  }

  /** Shared distinctive terms of two vectors, most telling first, as written in `paper`. */
  function shared(a: Vector, b: Vector, paper: RelatedInput, count: number): string[] {
    const both: { term: string; weight: number }[] = [];
    for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
      const ta = a.ids[i]!;
      const tb = b.ids[j]!;
      if (ta < tb) i++;
      else if (ta > tb) j++;
      else {
        if (distinctive[ta]) both.push({ term: termNames[ta]!, weight: a.weights[i]! * b.weights[j]! });
        i++;
        j++;
      }
    }
    const surfaces = termSurfaces([paper.title, paper.summaryEn, paper.abstract].filter(Boolean).join(' \n '));
    const shown = both
      .filter((s) => surfaces.has(s.term))
      .sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1))
      .map((s) => ({ term: s.term, surface: surfaces.get(s.term)! }));
    // A word inside a phrase shown already says nothing more ("distillation" next to "knowledge distillation").
    const phrases = shown.filter((s) => s.term.includes(' '));
    const words = new Set(phrases.flatMap((p) => p.term.split(' ')));
    const out: string[] = [];
    for (const s of shown) {
      if (out.length >= count) break;
      if (!s.term.includes(' ') && words.has(s.term)) continue;
      if (!out.some((o) => o.toLowerCase() === s.surface.toLowerCase())) out.push(s.surface);
    }
    return out;
  }

  return {
    size: n,
    related(id, k = 5) {
      const d = position.get(id);
      if (d === undefined || k <= 0) return [];
      return candidatesOf(d, Math.max(k, Math.min(k * 2, CACHED)))
        .filter((c) => passes(c, defaultBar))
        .slice(0, k)
        .map((c) => ({ id: c.id, score: c.score }));
    },
    relatedTo(paper, k = 5, bar = defaultBar) {
      if (k <= 0 || n === 0) return [];
      const d = position.get(paper.id);
      const counts = d === undefined ? count(paper, false) : undefined;
      const query = d !== undefined ? vectors[d]! : vectorOf(counts!);
      const found = (d !== undefined ? candidatesOf(d, Math.max(k, CACHED)) : lookup(query, -1, Math.max(k, CACHED)).filter((c) => c.id !== paper.id)).filter((c) => passes(c, bar)).slice(0, k);
      return found.map((c) => ({ id: c.id, score: c.score, shared: shared(query, vectors[position.get(c.id)!]!, sorted[position.get(c.id)!]!, 3) }));
    },
    candidates(id, k = 5) {
      const d = position.get(id);
      if (d === undefined || k <= 0) return [];
      return candidatesOf(d, k).map((c) => ({ ...c }));
    },
    compare(a, b) {
      const da = position.get(a);
      const db = position.get(b);
      if (da === undefined || db === undefined) return undefined;
      return { id: b, ...compare(vectors[da]!, vectors[db]!) };
    },
    sharedTerms(a, b, count = 3) {
      const da = position.get(a);
      const db = position.get(b);
      if (da === undefined || db === undefined) return [];
      return shared(vectors[da]!, vectors[db]!, sorted[db]!, count);
    },
    topTermsOf(id, count = 10) {
      const d = position.get(id);
      if (d === undefined) return [];
      const { ids, weights } = vectors[d]!;
      return Array.from(ids.keys())
        .sort((a, b) => weights[b]! - weights[a]! || a - b)
        .slice(0, count)
        .map((j) => ({ term: termNames[ids[j]!]!, weight: weights[j]! }));
    },
    stats: () => ({ ...stats }),
  };
}

/** How many related papers a paper page lists at most. */
export const RELATED_ON_PAGE = 5;

/**
 * Every paper's related papers as its page lists them: up to {@link RELATED_ON_PAGE} above
 * {@link RELATED_BAR}, best first, often none. The one place the site's lists are made (the build's
 * worker thread, and `astro dev` without it); the index is garbage once they are.
 */
export function relatedLists(papers: readonly RelatedInput[]): Record<string, RelatedPaper[]> {
  const index = buildRelatedIndex(papers);
  const lists: Record<string, RelatedPaper[]> = {};
  for (const paper of papers) lists[paper.id] = index.related(paper.id, RELATED_ON_PAGE);
  return lists;
}
