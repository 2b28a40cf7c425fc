import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDigest, type DigestEntry } from '../../src/lib/digest/parse-digest.ts';
import { buildRelatedIndex, relatedIndexFor, type RelatedInput } from '../../src/lib/related/related-index.ts';
import { relatedLinks } from '../../src/lib/related/discussed.ts';
import { UserError } from '../../src/lib/errors.ts';
import { REAL_DIGESTS, SEED_DIGEST } from '../helpers/content.ts';

/** The 18 seed papers (the same text as content/papers/, read from the read-only fixture). */
const seeds: DigestEntry[] = parseDigest(readFileSync(SEED_DIGEST, 'utf8')).entries;
const realPapers: DigestEntry[] = REAL_DIGESTS.flatMap((path) => parseDigest(readFileSync(path, 'utf8')).entries);

const SAFETY_FRAMEWORK = '2404.01399';
const SAFETY_PROMPTS = '2401.18018';
const SPEECH = '2403.08258';
const MOLECULES = '2402.00024';

const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('related papers on the seed papers', () => {
  const index = buildRelatedIndex(seeds);

  it('has the 18 seeds', () => {
    expect(seeds).toHaveLength(18);
    expect(index.size).toBe(18);
  });

  it('relates the two safety papers, both ways', () => {
    expect(ids(index.related(SAFETY_FRAMEWORK))).toContain(SAFETY_PROMPTS);
    expect(ids(index.related(SAFETY_PROMPTS))).toContain(SAFETY_FRAMEWORK);
  });

  it('does not relate the speech paper and the molecule paper, either way', () => {
    expect(ids(index.related(SPEECH))).not.toContain(MOLECULES);
    expect(ids(index.related(MOLECULES))).not.toContain(SPEECH);
  });

  it('explains the safety match by shared safety terms', () => {
    const terms = (id: string) => new Set(index.topTermsOf(id, 40).map((t) => t.term));
    const shared = [...terms(SAFETY_FRAMEWORK)].filter((t) => terms(SAFETY_PROMPTS).has(t));
    expect(shared).toEqual(expect.arrayContaining(['safety', '安全']));
  });

  it('relates through the Chinese text alone when the English is missing', () => {
    const chineseOnly = seeds.map((p) => ({ id: p.id, title: p.id, titleZh: p.titleZh, summaryZh: p.summaryZh, abstractZh: p.abstractZh }));
    expect(ids(buildRelatedIndex(chineseOnly).related(SAFETY_FRAMEWORK, 5))).toContain(SAFETY_PROMPTS);
  });

  it('gives at most k papers, never the paper itself, best first', () => {
    for (const paper of seeds) {
      for (const k of [1, 3, 5, 8]) {
        const list = index.related(paper.id, k);
        expect(list.length).toBeLessThanOrEqual(k);
        expect(ids(list)).not.toContain(paper.id);
        expect(new Set(ids(list)).size).toBe(list.length);
        for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
        for (const r of list) expect(r.score).toBeGreaterThan(0);
      }
    }
  });

  it('answers an unknown id with an empty list', () => {
    expect(index.related('9999.99999')).toEqual([]);
    expect(index.topTermsOf('9999.99999')).toEqual([]);
  });
});

describe('determinism', () => {
  const papers = [...seeds, ...realPapers.filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i)];
  const reference = buildRelatedIndex(papers);
  const expected = new Map(papers.map((p) => [p.id, reference.related(p.id)]));

  it('gives the same lists, scores included, whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(papers, { minLength: papers.length, maxLength: papers.length }), (shuffled) => {
        const index = buildRelatedIndex(shuffled);
        for (const p of papers.filter((_, i) => i % 7 === 0)) expect(index.related(p.id)).toEqual(expected.get(p.id));
      }),
      { numRuns: 5 },
    );
  });

  it('gives the same answer when asked twice, and copies it', () => {
    const first = reference.related(SAFETY_FRAMEWORK);
    first.pop();
    expect(reference.related(SAFETY_FRAMEWORK)).toEqual(expected.get(SAFETY_FRAMEWORK));
  });

  it('ranks among ~200 real papers the safety papers together', () => {
    expect(ids(reference.related(SAFETY_PROMPTS, 5))).toContain(SAFETY_FRAMEWORK);
  });
});

describe('sub-quadratic lookups', () => {
  it('visits at most topTerms × postingCap postings per paper, however many papers share a word', () => {
    const papers: RelatedInput[] = Array.from({ length: 1500 }, (_, i) => ({
      id: `2501.${String(i).padStart(5, '0')}`,
      title: `language model study number ${i % 37} topic ${i % 11}`,
      abstract: `large language models safety alignment retrieval speech molecule ${['alpha', 'beta', 'gamma'][i % 3]} variant${i % 53}`,
    }));
    const index = buildRelatedIndex(papers, { topTerms: 8, postingCap: 50 });
    for (const p of papers) index.related(p.id);
    const stats = index.stats();
    expect(stats.lookups).toBe(papers.length);
    expect(stats.visited).toBeLessThanOrEqual(papers.length * 8 * 50);
  });
});

describe('input problems', () => {
  it('rejects two papers with one id, naming it', () => {
    const twice = [seeds[0]!, { ...seeds[1]!, id: seeds[0]!.id }];
    expect(() => buildRelatedIndex(twice)).toThrow(UserError);
    expect(() => buildRelatedIndex(twice)).toThrow(seeds[0]!.id);
  });

  it('copes with no papers, one paper, and papers without text', () => {
    expect(buildRelatedIndex([]).related('2404.01399')).toEqual([]);
    expect(buildRelatedIndex([seeds[0]!]).related(seeds[0]!.id)).toEqual([]);
    const empty = buildRelatedIndex([{ id: '2401.00001', title: 'x' }, { id: '2401.00002', title: '' }]);
    expect(empty.related('2401.00001')).toEqual([]);
  });
});

describe('marking discussed papers', () => {
  const index = relatedIndexFor(seeds);
  const related = index.related(SAFETY_FRAMEWORK);

  it('builds the index once per list of papers', () => {
    expect(relatedIndexFor(seeds)).toBe(index);
  });

  it('marks a paper a held session listed, with its last day', () => {
    const records = {
      byId: new Map(seeds.map((p) => [p.id, { status: 'candidate' as const }])),
      sessionsByPaper: new Map([
        [
          SAFETY_PROMPTS,
          [
            { date: '2026-10-01', status: 'done' as const },
            { date: '2026-10-15', status: 'done' as const },
            { date: '2026-12-01', status: 'planned' as const },
          ],
        ],
      ]),
    };
    const links = relatedLinks(index, SAFETY_FRAMEWORK, records, { today: '2026-11-24' });
    expect(ids(links)).toEqual(ids(related));
    expect(links.find((l) => l.id === SAFETY_PROMPTS)).toMatchObject({ discussed: true, discussedOn: '2026-10-15' });
    for (const link of links.filter((l) => l.id !== SAFETY_PROMPTS)) expect(link).toMatchObject({ discussed: false });
  });

  it('counts a past planned session, never a cancelled one, and falls back to the paper status', () => {
    const records = {
      byId: new Map([[SAFETY_PROMPTS, { status: 'discussed' as const }]]),
      sessionsByPaper: new Map([[SAFETY_PROMPTS, [{ date: '2026-11-01', status: 'cancelled' as const }]]]),
    };
    expect(relatedLinks(index, SAFETY_FRAMEWORK, records).find((l) => l.id === SAFETY_PROMPTS)).toEqual(
      expect.objectContaining({ discussed: true }),
    );
    const planned = { byId: new Map(), sessionsByPaper: new Map([[SAFETY_PROMPTS, [{ date: '2026-11-01', status: 'planned' as const }]]]) };
    expect(relatedLinks(index, SAFETY_FRAMEWORK, planned, { today: '2026-11-24' }).find((l) => l.id === SAFETY_PROMPTS)?.discussedOn).toBe('2026-11-01');
    expect(relatedLinks(index, SAFETY_FRAMEWORK, planned).find((l) => l.id === SAFETY_PROMPTS)?.discussed).toBe(false);
  });
});
