/**
 * The background of the related-papers engine: document frequencies of its terms in a fixed set of
 * real arXiv papers across fields (background-df.ts, made by scripts/related-background.ts). Pooled
 * with a collection's own counts, they tell a common word of papers ("learning", "model", 模型) from a
 * distinctive one even when the collection has a handful of papers.
 */
import { BACKGROUND_DF, BACKGROUND_PAPERS } from './background-df.ts';
import { indexTerms } from './tokenize.ts';
import type { PaperText } from '../paper-text.ts';

/** Terms in fewer background papers than this are left out: they are rare anyway. */
export const MIN_DF = 3;

export interface Background {
  papers: number;
  df: ReadonlyMap<string, number>;
}

function parse(text: string): Map<string, number> {
  const df = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) df.set(line.slice(space + 1), Number(line.slice(0, space)));
  }
  return df;
}

/** The shipped background. */
export const BACKGROUND: Background = { papers: BACKGROUND_PAPERS, df: parse(BACKGROUND_DF) };

/** The background table of a set of papers: "count term" lines, most frequent first, then by term. */
export function backgroundTable(papers: readonly PaperText[]): { papers: number; lines: string[] } {
  const df = new Map<string, number>();
  for (const p of papers) {
    const seen = new Set<string>();
    for (const text of [p.title, p.titleZh, p.summaryEn, p.summaryZh, p.abstract, p.abstractZh]) for (const t of indexTerms(text ?? '')) seen.add(t);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const lines = [...df]
    .filter(([, f]) => f >= MIN_DF)
    .sort(([a, fa], [b, fb]) => fb - fa || (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, f]) => `${f} ${t}`);
  return { papers: papers.length, lines };
}
