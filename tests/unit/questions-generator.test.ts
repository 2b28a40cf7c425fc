import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { categoryFromDigestName, parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { MAX_QUESTIONS, MIN_QUESTIONS, starterQuestions } from '../../src/lib/questions/generate.ts';
import { buildRelatedIndex, findRelated } from '../../src/lib/questions/related.ts';
import type { QuestionPaper } from '../../src/lib/questions/extract.ts';
import { STOPWORDS, cleanTex } from '../../src/lib/questions/text.ts';
import { PROJECT_CONTENT, REAL_DIGESTS } from '../helpers/content.ts';

const seeds: QuestionPaper[] = readdirSync(join(PROJECT_CONTENT, 'papers'))
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((n) => readFrontmatter(readFileSync(join(PROJECT_CONTENT, 'papers', n), 'utf8'), n).data as unknown as QuestionPaper);
const fixtures: QuestionPaper[] = REAL_DIGESTS.flatMap((path) => parseDigest(readFileSync(path, 'utf8'), { category: categoryFromDigestName(basename(path)) }).entries);
const papers = [...seeds, ...fixtures];
const index = buildRelatedIndex(seeds);

const en = papers.map((p) => starterQuestions(p, { related: index }));
const zh = papers.map((p) => starterQuestions(p, { locale: 'zh-CN', related: index }));

/** Words of the paper's own fields (title, summaries, abstracts), for "names something of its own". */
function ownWords(p: QuestionPaper): Set<string> {
  const text = cleanTex([p.title, p.summaryEn, p.abstract].join(' '));
  return new Set((text.match(/[\p{L}\p{N}][\p{L}\p{N}$'+-]*/gu) ?? []).map((w) => w.toLowerCase()));
}

/** Word trigrams of a question set (character trigrams for Chinese). */
function trigrams(questions: string[], chinese: boolean): Set<string> {
  const grams = new Set<string>();
  for (const q of questions) {
    const units = chinese ? [...q.replace(/\s+/g, '')] : q.toLowerCase().split(/[^\p{L}\p{N}$]+/u).filter(Boolean);
    for (let i = 0; i + 3 <= units.length; i++) grams.add(units.slice(i, i + 3).join(chinese ? '' : ' '));
  }
  return grams;
}

/** Mean and largest Jaccard similarity of trigram sets over all pairs of papers. */
function overlap(sets: string[][], chinese: boolean): { mean: number; max: number } {
  const grams = sets.map((s) => trigrams(s, chinese));
  let sum = 0;
  let max = 0;
  let pairs = 0;
  for (let i = 0; i < grams.length; i++) {
    for (let j = i + 1; j < grams.length; j++) {
      let shared = 0;
      for (const g of grams[i]!) if (grams[j]!.has(g)) shared++;
      const jaccard = shared / (grams[i]!.size + grams[j]!.size - shared);
      sum += jaccard;
      max = Math.max(max, jaccard);
      pairs++;
    }
  }
  return { mean: sum / pairs, max };
}

describe('the offline question generator on the seed papers and the real digests', () => {
  it('reads all 18 + 177 papers', () => {
    expect(seeds).toHaveLength(18);
    expect(fixtures).toHaveLength(89 + 59 + 29);
  });

  it('gives every paper four to six questions, in both languages', () => {
    for (const [i, p] of papers.entries()) {
      for (const set of [en[i]!, zh[i]!]) {
        expect(set.length, p.id).toBeGreaterThanOrEqual(MIN_QUESTIONS);
        expect(set.length, p.id).toBeLessThanOrEqual(MAX_QUESTIONS);
        expect(new Set(set).size, p.id).toBe(set.length);
      }
    }
  });

  it('writes Chinese questions for a zh-CN group', () => {
    for (const set of zh) for (const q of set) expect(q).toMatch(/[\u4e00-\u9fff]/);
  });

  it('each question names something of its own paper, not only template words', () => {
    // Template words: those in the questions of more than 5 % of the papers.
    const spread = new Map<string, number>();
    // Titles of related papers quoted in a question belong to those papers, not to the template.
    const withoutRelated = (q: string) => q.replace(/“[^”]*” \(\d{4}\.\d{4,5}\)/g, '');
    for (const set of en) for (const w of new Set(set.map(withoutRelated).join(' ').toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}$'+-]*/gu) ?? [])) spread.set(w, (spread.get(w) ?? 0) + 1);
    const template = new Set([...spread].filter(([, n]) => n > papers.length * 0.05).map(([w]) => w));
    for (const [i, p] of papers.entries()) {
      const own = ownWords(p);
      for (const q of en[i]!) {
        const specific = (q.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}$'+-]*/gu) ?? []).filter((w) => own.has(w) && !template.has(w) && !STOPWORDS.has(w) && w.length > 2);
        expect(specific.length, `${p.id}: ${q}`).toBeGreaterThan(0);
      }
    }
  });

  it('Chinese questions quote or name their own paper too', () => {
    for (const [i, p] of papers.entries()) {
      const own = `${p.title} ${p.titleZh} ${p.summaryZh} ${p.abstractZh} ${p.abstract}`;
      for (const q of zh[i]!) {
        const quoted = [...q.matchAll(/“([^”]{4,})”/g)].some((m) => own.includes(m[1]!.slice(0, 6)) || own.includes(m[1]!.slice(-6)));
        const named = (q.match(/[A-Za-z][\w$.+-]{2,}/g) ?? []).some((w) => own.includes(w));
        const titled = p.titleZh ? q.includes(p.titleZh.slice(0, 6)) : false;
        expect(quoted || named || titled, `${p.id}: ${q}`).toBe(true);
      }
    }
  });

  it('question sets of different papers overlap little', () => {
    const english = overlap(en, false);
    const chinese = overlap(zh, true);
    expect(english.mean).toBeLessThan(0.04);
    expect(english.max).toBeLessThan(0.4);
    expect(chinese.mean).toBeLessThan(0.05);
    expect(chinese.max).toBeLessThan(0.4);
    const all = en.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('is deterministic', () => {
    const again = papers.map((p) => starterQuestions(p, { related: buildRelatedIndex(seeds) }));
    expect(again).toEqual(en);
  });

  it('quotes the specifics a member would pick up in the seed papers', () => {
    const bySeed = new Map(seeds.map((p, i) => [p.id, en[i]!.join('\n')]));
    expect(bySeed.get('2403.08258')).toMatch(/31 times on Aishell-1 and 22 times on Librispeech/);
    expect(bySeed.get('2403.08258')).toMatch(/intermediate CTC output/);
    expect(bySeed.get('2403.20041')).toMatch(/M0E4/);
    expect(bySeed.get('2404.01399')).toMatch(/proprietary datasets/);
    expect(bySeed.get('2401.18018')).toMatch(/DRO \(Directed Representation Optimization\)/);
    expect(bySeed.get('2402.08526')).toMatch(/LoRA/);
    expect(bySeed.get('2312.11805')).toMatch(/30 of 32/);
    expect(bySeed.get('2402.14776')).toMatch(/MRL/);
  });

  it('relates a paper to one the group has on the same subject, never to itself', () => {
    const byId = new Map(seeds.map((p) => [p.id, p]));
    expect(findRelated(index, byId.get('2401.18018')!)?.id).toBe('2404.01399');
    expect(findRelated(index, byId.get('2403.03348')!)?.id).toBe('2402.00559');
    for (const p of seeds) expect(findRelated(index, p)?.id).not.toBe(p.id);
    expect(findRelated(buildRelatedIndex([]), seeds[0]!)).toBeUndefined();
  });

  it('is fast: a 650-paper digest against 5,000 known papers takes well under a few seconds', () => {
    const known = Array.from({ length: 5000 }, (_, i) => ({ id: `2601.${String(i).padStart(5, '0')}`, title: papers[i % papers.length]!.title }));
    const started = performance.now();
    const big = buildRelatedIndex(known);
    for (let i = 0; i < 650; i++) starterQuestions({ ...fixtures[i % fixtures.length]!, id: `2701.${String(i).padStart(5, '0')}` }, { related: big });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
