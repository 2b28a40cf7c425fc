/**
 * Related papers, computed at build time from titles, summaries and abstracts in both languages.
 *
 * Each paper becomes a unit-length vector of BM25 term weights (titles count double). The papers
 * related to one paper are found through an inverted index, never by comparing all pairs: only the
 * paper's `topTerms` heaviest terms are looked up, and only the `postingCap` heaviest papers of each
 * term are visited. The score is the dot product over those terms (the cosine similarity restricted to
 * the paper's strongest terms), so one lookup costs at most `topTerms × postingCap` steps whatever
 * the size of the collection, and all lookups together grow linearly with the number of papers.
 *
 * Results are deterministic: papers are indexed in id order, whatever the input order, and ties are
 * broken by id.
 */
import { UserError } from '../errors.ts';
import { terms, type ChineseTokens } from './tokenize.ts';
import type { PaperText } from '../paper-text.ts';

/** What the index reads of a paper; a PaperRecord fits. */
export type RelatedInput = PaperText;

export interface RelatedPaper {
  id: string;
  /** Similarity in (0, 1]: higher is closer. */
  score: number;
}

export interface RelatedOptions {
  /** How many of a paper's heaviest terms are looked up (default 32). */
  topTerms?: number;
  /** How many papers of one term's posting list are visited at most, heaviest first (default 200). */
  postingCap?: number;
  /** Scores below this are not reported as related (default 0.01). */
  minScore?: number;
  /**
   * How many standard deviations above the mean score of all other papers a related paper must be
   * (default 1). This matters in small collections, where every paper shares a few common words
   * with every other; in large ones the absolute `minScore` is what limits.
   */
  minZ?: number;
  /** How Chinese text is cut into terms (default `'bigrams'`, see tokenize.ts). */
  chinese?: ChineseTokens;
  /** How much more a title term counts than a term of the abstract or summary (default 2). */
  titleWeight?: number;
}

export interface RelatedStats {
  papers: number;
  terms: number;
  /** Posting entries visited by all lookups so far. */
  visited: number;
  /** Lookups done so far (each paper is looked up once; results are cached). */
  lookups: number;
}

export interface RelatedIndex {
  readonly size: number;
  /** Up to `k` papers related to `id`, best first (score descending, then id); empty for an unknown id. */
  related(id: string, k?: number): RelatedPaper[];
  /** The heaviest terms of a paper with their weights, for explaining a match. */
  topTermsOf(id: string, n?: number): { term: string; weight: number }[];
  stats(): RelatedStats;
}

const K1 = 1.2;
const B = 0.75;

/** The fields of a paper with the weight a term in each counts for. */
function weightedFields(paper: RelatedInput, titleWeight: number): [string | undefined, number][] {
  return [
    [paper.title, titleWeight],
    [paper.titleZh, titleWeight],
    [paper.summaryEn, 1],
    [paper.summaryZh, 1],
    [paper.abstract, 1],
    [paper.abstractZh, 1],
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

/** Builds the index; fails when two papers share an id. */
export function buildRelatedIndex(papers: readonly RelatedInput[], options: RelatedOptions = {}): RelatedIndex {
  const topTerms = options.topTerms ?? 32;
  const postingCap = options.postingCap ?? 200;
  const minScore = options.minScore ?? 0.01;
  const minZ = options.minZ ?? 1;
  const chinese = options.chinese ?? 'bigrams';
  const titleWeight = options.titleWeight ?? 2;

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
  const docTerms: Int32Array[] = [];
  const docTf: Float64Array[] = [];
  const docLength = new Float64Array(n);
  let scratch = new Float64Array(1 << 14);
  const present: number[] = [];
  let totalLength = 0;
  for (let d = 0; d < n; d++) {
    let length = 0;
    for (const [text, weight] of weightedFields(sorted[d]!, titleWeight)) {
      if (!text) continue;
      for (const term of terms(text, chinese)) {
        let t = vocabulary.get(term);
        if (t === undefined) {
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
    const ids = Int32Array.from(present);
    const tf = new Float64Array(ids.length);
    for (let j = 0; j < ids.length; j++) {
      const t = ids[j]!;
      tf[j] = scratch[t]!;
      scratch[t] = 0;
      df[t]!++;
    }
    present.length = 0;
    docTerms.push(ids);
    docTf.push(tf);
    docLength[d] = length;
    totalLength += length;
  }
  const averageLength = n > 0 ? totalLength / n || 1 : 1;
  const idf = df.map((f) => Math.log(1 + (n - f + 0.5) / (f + 0.5)));

  // Unit-length BM25 vectors (terms in first-seen order).
  const docWeights: Float64Array[] = [];
  for (let d = 0; d < n; d++) {
    const ids = docTerms[d]!;
    const tf = docTf[d]!;
    const norm = K1 * (1 - B + (B * docLength[d]!) / averageLength);
    const weights = new Float64Array(ids.length);
    let sumSquares = 0;
    for (let j = 0; j < ids.length; j++) {
      const w = (idf[ids[j]!]! * tf[j]! * (K1 + 1)) / (tf[j]! + norm);
      weights[j] = w;
      sumSquares += w * w;
    }
    const length = Math.sqrt(sumSquares) || 1;
    for (let j = 0; j < weights.length; j++) weights[j]! /= length;
    docWeights.push(weights);
  }

  // Inverted index, flat (compressed rows): term t's postings are postingDoc[start[t] .. end[t]).
  // A list longer than `postingCap` keeps only its heaviest papers (ties: lower index first).
  const start = new Int32Array(termNames.length + 1);
  for (let t = 0; t < termNames.length; t++) start[t + 1] = start[t]! + df[t]!;
  const postingDoc = new Int32Array(start[termNames.length]!);
  const postingWeight = new Float64Array(start[termNames.length]!);
  const fill = start.slice(0, termNames.length);
  for (let d = 0; d < n; d++) {
    const ids = docTerms[d]!;
    const weights = docWeights[d]!;
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
  const cache = new Map<number, RelatedPaper[]>();
  const querySpace = new Float64Array(docTerms.reduce((max, ids) => Math.max(max, ids.length), 0));
  const stats: RelatedStats = { papers: n, terms: termNames.length, visited: 0, lookups: 0 };

  /** All related papers of d with a score of at least minScore, best first. */
  function lookup(d: number, k: number): RelatedPaper[] {
    const ids = docTerms[d]!;
    const weights = docWeights[d]!;
    // The query terms: the `topTerms` heaviest terms some other paper also has (ties: first seen).
    let eligible = 0;
    for (let j = 0; j < ids.length; j++) if (df[ids[j]!]! >= 2) querySpace[eligible++] = weights[j]!;
    const cut = eligible > topTerms ? cutoff(querySpace.slice(0, eligible), topTerms) : { threshold: 0, ties: 0 };
    let ties = cut.ties;
    let count = 0;
    for (let j = 0; j < ids.length; j++) {
      const t = ids[j]!;
      const q = weights[j]!;
      if (df[t]! < 2 || q < cut.threshold || (q === cut.threshold && ties-- <= 0)) continue;
      for (let at = start[t]!; at < end[t]!; at++) {
        const c = postingDoc[at]!;
        if (scores[c] === 0) touched[count++] = c;
        scores[c]! += q * postingWeight[at]!;
      }
      stats.visited += end[t]! - start[t]!;
    }
    stats.lookups++;
    // A related paper must stand out from the background: its score is at least `minZ` standard
    // deviations above the mean over all other papers (the untouched ones score 0).
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < count; i++) {
      const c = touched[i]!;
      if (c === d) continue;
      sum += scores[c]!;
      sumSquares += scores[c]! * scores[c]!;
    }
    const others = Math.max(1, n - 1);
    const mean = sum / others;
    const deviation = Math.sqrt(Math.max(0, sumSquares / others - mean * mean));
    const floor = Math.max(minScore, mean + minZ * deviation);
    const best: { doc: number; score: number }[] = [];
    for (let i = 0; i < count; i++) {
      const c = touched[i]!;
      const score = scores[c]!;
      scores[c] = 0;
      if (c === d || score < floor) continue;
      const entry = { doc: c, score };
      if (best.length < k) best.push(entry);
      else if (better(entry, best[k - 1]!)) best[k - 1] = entry;
      else continue;
      for (let at = best.length - 1; at > 0 && better(entry, best[at - 1]!); at--) {
        best[at] = best[at - 1]!;
        best[at - 1] = entry;
      }
    }
    return best.map((b) => ({ id: sorted[b.doc]!.id, score: b.score }));
  }

  function better(a: { doc: number; score: number }, b: { doc: number; score: number }): boolean {
    return a.score > b.score || (a.score === b.score && a.doc < b.doc);
  }

  const CACHED = 20;
  return {
    size: n,
    related(id, k = 5) {
      const d = position.get(id);
      if (d === undefined || k <= 0) return [];
      if (k > CACHED) return lookup(d, k);
      let list = cache.get(d);
      if (!list) {
        list = lookup(d, CACHED);
        cache.set(d, list);
      }
      return list.slice(0, k).map((r) => ({ ...r }));
    },
    topTermsOf(id, count = 10) {
      const d = position.get(id);
      if (d === undefined) return [];
      const ids = docTerms[d]!;
      const weights = docWeights[d]!;
      return Array.from(ids.keys())
        .sort((a, b) => weights[b]! - weights[a]! || a - b)
        .slice(0, count)
        .map((j) => ({ term: termNames[ids[j]!]!, weight: weights[j]! }));
    },
    stats: () => ({ ...stats }),
  };
}

const built = new WeakMap<readonly RelatedInput[], RelatedIndex>();

/**
 * The index for a list of papers, built once per list (the site calls this from every paper page
 * with the catalog's `papers` array, which stays the same object for the whole build). The options
 * of the first call for a list are the ones used.
 */
export function relatedIndexFor(papers: readonly RelatedInput[], options?: RelatedOptions): RelatedIndex {
  let index = built.get(papers);
  if (!index) {
    index = buildRelatedIndex(papers, options);
    built.set(papers, index);
  }
  return index;
}
