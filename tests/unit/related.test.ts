import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDigest, type DigestEntry } from '../../src/domain/digest/parse-digest.ts';
import { buildRelatedIndex, relatedLists, RELATED_BAR, type RelatedInput } from '../../src/domain/related/related-index.ts';
import { relatedLinks } from '../../src/domain/related/discussed.ts';
import { indexKnownPapers as buildKnown, findRelated } from '../../src/domain/questions/related.ts';
import { UserError } from '../../src/domain/errors.ts';
import { REAL_DIGESTS, SEED_DIGEST } from '../helpers/content.ts';

/** The 18 seed papers (the same text as content/papers/, read from the read-only fixture). */
const seeds: DigestEntry[] = parseDigest(readFileSync(SEED_DIGEST, 'utf8')).entries;
const realPapers: DigestEntry[] = REAL_DIGESTS.flatMap((path) => parseDigest(readFileSync(path, 'utf8')).entries);

const SAFETY_FRAMEWORK = '2404.01399';
const SAFETY_PROMPTS = '2401.18018';
const SPEECH = '2403.08258';
const MOLECULES = '2402.00024';

const SPEECH_PRUNING = '2305.19549';

const ids = (list: { id: string }[]) => list.map((r) => r.id);
/** The seeds and the real digests' papers, each id once. */
const all: DigestEntry[] = [...seeds, ...realPapers].filter((p, i, list) => list.findIndex((q) => q.id === p.id) === i);

describe('related papers on the seed papers', () => {
  const index = buildRelatedIndex(seeds);

  it('has the 18 seeds', () => {
    expect(seeds).toHaveLength(18);
    expect(index.size).toBe(18);
  });

  it('lists nothing for the two safety papers: one shared subject word is not enough', () => {
    // Each is the other's close candidate (both on LLM safety: a fine-tuned model; safety prompts), but
    // they share only "safety". The old engine listed them; the calibrated bar does not.
    expect(ids(index.candidates(SAFETY_PROMPTS, 1))).toEqual([SAFETY_FRAMEWORK]);
    expect(index.compare(SAFETY_PROMPTS, SAFETY_FRAMEWORK)!.score).toBeLessThan(RELATED_BAR.score);
    expect(index.related(SAFETY_FRAMEWORK)).toEqual([]);
    expect(index.related(SAFETY_PROMPTS)).toEqual([]);
  });

  it('does not relate the speech paper and the molecule paper, either way', () => {
    expect(ids(index.related(SPEECH))).not.toContain(MOLECULES);
    expect(ids(index.related(MOLECULES))).not.toContain(SPEECH);
  });

  it('weighs the topic words of a paper most, the common words of papers least', () => {
    const top = index.topTermsOf(SAFETY_PROMPTS, 15).map((t) => t.term);
    expect(top).toEqual(expect.arrayContaining(['safety', 'safeguard', 'harmful']));
    for (const generic of ['model', 'larg', 'languag', 'learn']) expect(top).not.toContain(generic);
  });

  it('answers an unknown id with an empty list', () => {
    expect(index.related('9999.99999')).toEqual([]);
    expect(index.topTermsOf('9999.99999')).toEqual([]);
    expect(index.compare('9999.99999', SPEECH)).toBeUndefined();
  });
});

describe('related papers among ~200 real papers', () => {
  const index = buildRelatedIndex(all);

  it('relates the two papers on making Conformer speech recognition efficient, and says why', () => {
    expect(ids(index.related(SPEECH))).toContain(SPEECH_PRUNING);
    expect(index.sharedTerms(SPEECH, SPEECH_PRUNING).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['conformer', 'librispeech']));
  });

  it('relates through the Chinese text alone when the English is missing', () => {
    const chineseOnly = all.map((p) => ({ id: p.id, title: '', titleZh: p.titleZh, summaryZh: p.summaryZh, abstractZh: p.abstractZh }));
    // Two papers on fairness in NLP: a survey of bias, and a benchmark of in-processing methods.
    expect(ids(buildRelatedIndex(chineseOnly).related('2305.12829', 5))).toContain('2306.09468');
  });

  it('gives at most k papers, never the paper itself, best first, each above the bar', () => {
    for (const paper of all) {
      for (const k of [1, 3, 5, 8]) {
        const list = index.related(paper.id, k);
        expect(list.length).toBeLessThanOrEqual(k);
        expect(ids(list)).not.toContain(paper.id);
        expect(new Set(ids(list)).size).toBe(list.length);
        for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
        for (const r of list) {
          const evidence = index.compare(paper.id, r.id)!;
          expect(evidence.score).toBeGreaterThanOrEqual(RELATED_BAR.score);
          expect(evidence.distinctive).toBeGreaterThanOrEqual(RELATED_BAR.distinctive);
        }
      }
    }
  });

  it('finds papers related to one that is not in the index, by the same measure', () => {
    const outsider = { ...all.find((p) => p.id === SPEECH_PRUNING)!, id: '2999.00001' };
    const without = buildRelatedIndex(all.filter((p) => p.id !== SPEECH_PRUNING));
    const found = without.relatedTo(outsider, 3);
    expect(ids(found)).toContain(SPEECH);
    expect(found.find((r) => r.id === SPEECH)!.shared.map((t) => t.toLowerCase())).toContain('conformer');
  });
});

describe("the starter question's match (questions/related.ts, over the same engine)", () => {
  const known = buildKnown(seeds);
  const byId = new Map(seeds.map((p) => [p.id, p]));

  it('names no seed for the seeds that share only a subject word (LLM safety; chain-of-thought)', () => {
    expect(findRelated(known, byId.get(SAFETY_PROMPTS)!)).toBeUndefined();
    expect(findRelated(known, byId.get('2403.03348')!)).toBeUndefined();
    for (const p of seeds) expect(findRelated(known, p)?.id).not.toBe(p.id);
    expect(findRelated(buildKnown([]), seeds[0]!)).toBeUndefined();
  });

  it('names Skipformer for a new paper on pruning Conformer speech recognisers, with the words they share', () => {
    const match = findRelated(
      known,
      all.find((p) => p.id === SPEECH_PRUNING)!,
    );
    expect(match).toMatchObject({ id: SPEECH, title: byId.get(SPEECH)!.title });
    expect(match!.shared.map((t) => t.toLowerCase())).toContain('conformer');
  });

  it('matches known papers given by title only, without naming one on a shared title word', () => {
    const titles = buildKnown(seeds.map((p) => ({ id: p.id, title: p.title })));
    for (const p of realPapers) {
      const match = findRelated(titles, p);
      if (match) expect(match.shared.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('determinism', () => {
  const reference = buildRelatedIndex(all);
  const expected = new Map(all.map((p) => [p.id, reference.related(p.id)]));
  const listed = all.filter((p) => expected.get(p.id)!.length > 0);

  it('gives the same lists, scores included, whatever the input order', () => {
    expect(listed.length).toBeGreaterThan(5);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (shuffled) => {
        const index = buildRelatedIndex(shuffled);
        for (const p of [...listed, ...all.filter((_, i) => i % 7 === 0)]) expect(index.related(p.id)).toEqual(expected.get(p.id));
      }),
      { numRuns: 5 },
    );
  });

  it('gives the same answer when asked twice, and copies it', () => {
    const id = listed[0]!.id;
    const first = reference.related(id);
    first.pop();
    expect(reference.related(id)).toEqual(expected.get(id));
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
    const empty = buildRelatedIndex([
      { id: '2401.00001', title: 'x' },
      { id: '2401.00002', title: '' },
    ]);
    expect(empty.related('2401.00001')).toEqual([]);
  });
});

describe('the lists paper pages show', () => {
  const lists = relatedLists(all);
  const index = buildRelatedIndex(all);

  it("are the engine's related papers, at most five, for every paper, the same whatever the order", () => {
    expect(Object.keys(lists).sort()).toEqual(all.map((p) => p.id).sort());
    for (const p of all) expect(lists[p.id]).toEqual(index.related(p.id, 5));
    expect(relatedLists([...all].reverse())).toEqual(lists);
  });

  it('are empty for most papers of these varied digests: nothing is listed for want of something better', () => {
    const empty = all.filter((p) => lists[p.id]!.length === 0).length;
    expect(empty).toBeGreaterThan(all.length / 2);
  });

  const links = (records: Parameters<typeof relatedLinks>[1], today?: string) =>
    relatedLinks(
      [
        { id: SPEECH_PRUNING, score: 0.2 },
        { id: SAFETY_PROMPTS, score: 0.1 },
      ],
      records,
      today,
    );

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
    expect(links(records, '2026-11-24')).toEqual([
      { id: SPEECH_PRUNING, score: 0.2, discussed: false },
      { id: SAFETY_PROMPTS, score: 0.1, discussed: true, discussedOn: '2026-10-15' },
    ]);
  });

  it('counts a past planned session, never a cancelled one, and falls back to the paper status', () => {
    const records = {
      byId: new Map([[SAFETY_PROMPTS, { status: 'discussed' as const }]]),
      sessionsByPaper: new Map([[SAFETY_PROMPTS, [{ date: '2026-11-01', status: 'cancelled' as const }]]]),
    };
    expect(links(records).find((l) => l.id === SAFETY_PROMPTS)).toEqual(expect.objectContaining({ discussed: true }));
    const planned = { byId: new Map(), sessionsByPaper: new Map([[SAFETY_PROMPTS, [{ date: '2026-11-01', status: 'planned' as const }]]]) };
    expect(links(planned, '2026-11-24').find((l) => l.id === SAFETY_PROMPTS)?.discussedOn).toBe('2026-11-01');
    expect(links(planned).find((l) => l.id === SAFETY_PROMPTS)?.discussed).toBe(false);
  });
});
