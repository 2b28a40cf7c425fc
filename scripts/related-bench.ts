/**
 * Related-papers bench: `npx node scripts/related-bench.ts [count]` (default 20,000).
 *
 * 1. Quality on real papers: the ~180 papers of the cs.CL, cs.LG and cs.IR fixture digests, with the
 *    digest's category as a rough label. Prints, for each way of cutting Chinese (bigrams, ICU words):
 *    how often one of a paper's five closest candidates (whatever the bar) shares the category, and
 *    how well Chinese-only lists agree with English-only ones (the Chinese abstract is a translation,
 *    so a better tokenizer agrees more). The bar itself is measured by tests/unit/related-judged.test.ts.
 * 2. Speed: builds `count` synthetic bilingual papers whose words and sentences are drawn from the
 *    fixture digests, then times the index build and the related papers of every paper.
 *
 * Everything is printed; nothing is asserted (timings depend on the machine).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigest, type DigestEntry } from '../src/domain/digest/parse-digest.ts';
import { buildRelatedIndex, type RelatedInput, type RelatedOptions } from '../src/domain/related/related-index.ts';
import { random } from './bench/synthetic.ts';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'digests');

/** The real papers of the fixture digests, each with the digest it came from. */
export function fixturePapers(): { paper: DigestEntry; digest: string }[] {
  const seen = new Set<string>();
  const out: { paper: DigestEntry; digest: string }[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    if (!/\.(md|txt)$/.test(name) || name === 'FORMAT.md' || name === 'SOURCE.md') continue;
    for (const paper of parseDigest(readFileSync(join(FIXTURES, name), 'utf8')).entries) {
      if (seen.has(paper.id)) continue;
      seen.add(paper.id);
      out.push({ paper, digest: name });
    }
  }
  return out;
}

/**
 * `count` synthetic papers. Each has a real "topic" paper: about 60% of its English words and half of
 * its Chinese sentences come from that paper, the rest from the whole fixture corpus (so common words
 * are as common as in real abstracts), plus a few invented rare words (names, acronyms) for the long
 * tail real collections have.
 */
export function syntheticPapers(count: number, seed = 1): (RelatedInput & { topic: number })[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const real = fixturePapers().map((p) => p.paper);
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const sentencesZh = (text: string) => text.split(/(?<=[。；！？])/).filter((s) => s.trim().length > 4);
  const topics = real.map((p) => ({
    titleWords: words(p.title),
    abstractWords: words(p.abstract),
    titleZh: p.titleZh || p.summaryZh.slice(0, 20),
    sentencesZh: sentencesZh(p.abstractZh || p.summaryZh),
    summaryZh: p.summaryZh,
  }));
  const allWords = topics.flatMap((t) => t.abstractWords);
  const allTitleWords = topics.flatMap((t) => t.titleWords);
  const allSentencesZh = topics.flatMap((t) => t.sentencesZh);
  const syllables = ['ka', 'lo', 'mi', 'ra', 'te', 'zu', 'qin', 'xia', 'vor', 'bel', 'dra', 'nex', 'po', 'sy', 'gen'];
  const invented = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(syllables)).join('') + (rnd() < 0.3 ? `-${Math.floor(rnd() * 100)}` : '');

  const papers: (RelatedInput & { topic: number })[] = [];
  for (let i = 0; i < count; i++) {
    const topicIndex = Math.floor(rnd() * topics.length);
    const topic = topics[topicIndex]!;
    const draw = (own: string[], all: string[], n: number, share: number) => Array.from({ length: n }, () => (own.length && rnd() < share ? pick(own) : pick(all)));
    const title = [...draw(topic.titleWords, allTitleWords, 6 + Math.floor(rnd() * 6), 0.6), invented()].join(' ');
    const abstract = [...draw(topic.abstractWords, allWords, 120 + Math.floor(rnd() * 80), 0.6), invented(), invented()].join(' ');
    const zh = Array.from({ length: 4 + Math.floor(rnd() * 3) }, () => (topic.sentencesZh.length && rnd() < 0.5 ? pick(topic.sentencesZh) : pick(allSentencesZh)));
    papers.push({
      id: `25${String(1 + Math.floor(i / 90_000)).padStart(2, '0')}.${String(i % 90_000).padStart(5, '0')}`,
      title,
      titleZh: topic.titleZh,
      summaryZh: rnd() < 0.5 ? topic.summaryZh : pick(topics).summaryZh,
      summaryEn: '',
      abstract,
      abstractZh: zh.join(''),
      topic: topicIndex,
    });
  }
  return papers;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Category agreement and Chinese/English agreement of the closest candidates on the real fixture papers. */
function quality(options: RelatedOptions): string {
  const real = fixturePapers().filter((p) => p.digest.startsWith('cs.'));
  const label = new Map(real.map((p) => [p.paper.id, p.digest.slice(0, p.digest.indexOf('-'))]));
  const only = (keep: 'en' | 'zh' | 'both') =>
    real.map(({ paper: p }) => ({
      id: p.id,
      title: keep === 'zh' ? '' : p.title,
      abstract: keep === 'zh' ? '' : p.abstract,
      summaryEn: keep === 'zh' ? '' : p.summaryEn,
      titleZh: keep === 'en' ? '' : p.titleZh,
      abstractZh: keep === 'en' ? '' : p.abstractZh,
      summaryZh: keep === 'en' ? '' : p.summaryZh,
    }));
  // The five closest candidates whatever the bar: how well the engine ranks, not where it stops.
  const lists = (keep: 'en' | 'zh' | 'both') => {
    const index = buildRelatedIndex(only(keep), options);
    return new Map(real.map(({ paper }) => [paper.id, index.candidates(paper.id, 5).map((r) => r.id)]));
  };
  const en = lists('en');
  const zh = lists('zh');
  const both = lists('both');
  let same = 0;
  let total = 0;
  let agree = 0;
  for (const [id, list] of both) {
    for (const other of list) {
      total++;
      if (label.get(other) === label.get(id)) same++;
    }
  }
  let listed = 0;
  for (const [id, list] of zh) {
    listed += list.length;
    agree += list.filter((other) => en.get(id)!.includes(other)).length;
  }
  return `same category ${((100 * same) / total).toFixed(1)}%, Chinese-only lists agree with English-only ${((100 * agree) / listed).toFixed(1)}% (${real.length} real papers)`;
}

function speed(papers: (RelatedInput & { topic: number })[], options: RelatedOptions): string {
  const t0 = performance.now();
  const index = buildRelatedIndex(papers, options);
  const t1 = performance.now();
  const lists = papers.map((p) => index.related(p.id, 5));
  const t2 = performance.now();
  const none = lists.filter((list) => list.length === 0).length;
  const stats = index.stats();
  const topic = new Map(papers.map((p) => [p.id, p.topic]));
  const found = lists.reduce((sum, list) => sum + list.length, 0);
  const sameTopic = lists.reduce((sum, list, i) => sum + list.filter((r) => topic.get(r.id) === papers[i]!.topic).length, 0);
  return [
    `build ${seconds(t1 - t0)}, related for all ${seconds(t2 - t1)}, total ${seconds(t2 - t0)}`,
    `${stats.terms.toLocaleString('en')} terms, ${(stats.visited / stats.lookups).toFixed(0)} postings visited per paper, ${(found / papers.length).toFixed(2)} related per paper (${none} papers with none), ${((100 * sameTopic) / found).toFixed(1)}% of them on the same topic`,
  ].join('\n    ');
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 20_000);
  if (!Number.isInteger(count) || count < 10) throw new Error('usage: npx node scripts/related-bench.ts [number of papers, at least 10]');
  console.log('Quality on the fixture digests:');
  for (const chinese of ['bigrams', 'words'] as const) console.log(`  chinese=${chinese}: ${quality({ chinese })}`);
  const t0 = performance.now();
  const papers = syntheticPapers(count);
  console.log(`\nGenerated ${count.toLocaleString('en')} synthetic bilingual papers in ${seconds(performance.now() - t0)}.`);
  for (const chinese of ['bigrams', 'words'] as const) console.log(`  chinese=${chinese}: ${speed(papers, { chinese })}`);
}
