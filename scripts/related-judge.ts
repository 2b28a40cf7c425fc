/**
 * Prints pairs of papers to judge by hand for tests/fixtures/related-judged.json:
 * `npx node scripts/related-judge.ts [count]` (default 48).
 *
 * The collection is every paper of the digests in tests/fixtures/digests (each id once). For a sample
 * of papers it prints the engine's closest other paper, whatever the bar, with both titles and
 * abstracts, so that a reader can say whether the two are related. Half the sample is spread evenly
 * over all papers ranked by their closest paper's score, half over the best-scoring 120, so that the
 * judged pairs cover the range where the bar decides. Deterministic.
 */
import { fixturePapers } from './related-bench.ts';
import { buildRelatedIndex } from '../src/domain/related/related-index.ts';

/** The sampled pairs: paper, its closest other paper, and the evidence the engine has. */
export function pairsToJudge(count = 48): { a: string; b: string; score: number; distinctive: number }[] {
  const papers = fixturePapers().map((p) => p.paper);
  const index = buildRelatedIndex(papers);
  const best = papers
    .flatMap((p) => index.candidates(p.id, 1).map((c) => ({ a: p.id, b: c.id, score: c.score, distinctive: c.distinctive })))
    .sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : 1));
  const picked = new Map<string, (typeof best)[number]>();
  const half = Math.floor(count / 2);
  const spread = (list: typeof best, n: number) => {
    for (let i = 0; i < n; i++) {
      const row = list[Math.floor((i * list.length) / n)]!;
      const key = [row.a, row.b].sort().join(' ');
      if (!picked.has(key)) picked.set(key, row);
    }
  };
  spread(best.slice(0, 120), half);
  spread(best, count - half);
  return [...picked.values()];
}

if (import.meta.main) {
  const papers = new Map(fixturePapers().map((p) => [p.paper.id, p]));
  const short = (text: string) => (text.length > 700 ? `${text.slice(0, 700)}…` : text);
  for (const pair of pairsToJudge(Number(process.argv[2] ?? 48))) {
    const a = papers.get(pair.a)!;
    const b = papers.get(pair.b)!;
    console.log(`=== ${pair.a} (${a.digest}) ~ ${pair.b} (${b.digest})  score ${pair.score.toFixed(3)}, ${pair.distinctive} distinctive`);
    console.log(`A: ${a.paper.title}\n   ${short(a.paper.abstract || a.paper.summaryEn)}`);
    console.log(`B: ${b.paper.title}\n   ${short(b.paper.abstract || b.paper.summaryEn)}\n`);
  }
}
