/**
 * The veto of the related-paper question by the papers' Chinese translations
 * (src/domain/related/translation-agreement.ts, TRANSLATION_AGREEMENT_BAR in src/domain/questions/related.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { categoryFromDigestName, parseDigest, type DigestEntry } from '../../src/domain/digest/parse-digest.ts';
import { translationAgreement } from '../../src/domain/related/translation-agreement.ts';
import { findRelated, indexKnownPapers, TRANSLATION_AGREEMENT_BAR, type KnownPaper } from '../../src/domain/questions/related.ts';
import { CONFIDENT_RELATED_SCORE, isGenericQuestion, starterQuestions } from '../../src/domain/questions/generate.ts';
import { FIXTURES } from '../helpers/content.ts';

const AZ = join(FIXTURES, 'digests-az');
const entries: DigestEntry[] = [];
for (const name of readdirSync(AZ)
  .filter((n) => /-\d{4}-\d\d-\d\d\.md$/.test(n))
  .sort())
  for (const e of parseDigest(readFileSync(join(AZ, name), 'utf8'), { category: categoryFromDigestName(name) }).entries) if (!entries.some((x) => x.id === e.id)) entries.push(e);
const known = (e: DigestEntry, chinese: boolean): KnownPaper => ({
  id: e.id,
  title: e.title,
  abstract: e.abstract,
  summaryEn: e.summaryEn,
  ...(chinese ? { titleZh: e.titleZh, summaryZh: e.summaryZh, abstractZh: e.abstractZh } : {}),
});
const byId = (id: string) => entries.find((e) => e.id === id)!;

describe('translation agreement', () => {
  it('tells a study of family trees from a graph network over metapath trees, which share "parent", "tree" and "children" in English (zh-AZ 2305.01552)', () => {
    const family = byId('2305.01552');
    const hetTree = byId('2402.13496');
    expect(translationAgreement(family, hetTree)).toBeLessThan(TRANSLATION_AGREEMENT_BAR);
    // With the English alone the engine names HetTree; with the translations it does not.
    expect(findRelated(indexKnownPapers(entries.map((e) => known(e, false))), { ...family, titleZh: undefined, summaryZh: undefined, abstractZh: undefined })?.id).toBe('2402.13496');
    expect(findRelated(indexKnownPapers(entries.map((e) => known(e, true))), family)?.id).not.toBe('2402.13496');
  });

  it('finds papers on one subject in agreement, and has no verdict without Chinese text', () => {
    const a = { id: 'a', title: 'A', abstractZh: '我们提出了一种用于大型语言模型推理的投机解码方法，草稿模型先生成候选词元，目标模型并行验证，从而在不损失质量的情况下加速生成。' };
    const b = { id: 'b', title: 'B', abstractZh: '投机解码通过草稿模型提出候选词元并由目标模型并行验证来加速大型语言模型的推理，本文分析了草稿长度对加速比的影响。' };
    const c = { id: 'c', title: 'C', abstractZh: '本研究调查了家庭成员对彼此的满意度，收集了数百个家庭的家谱数据，发现父母与子女之间的关系结构能够预测满意度。' };
    expect(translationAgreement(a, b)).toBeGreaterThan(3 * TRANSLATION_AGREEMENT_BAR);
    expect(translationAgreement(a, c)).toBeLessThan(TRANSLATION_AGREEMENT_BAR);
    expect(translationAgreement(a, { id: 'd', title: 'D', abstract: 'English only.' })).toBeUndefined();
    expect(translationAgreement(a, a)).toBeCloseTo(1, 10);
  });
});

describe('a pairing the engine only just finds', () => {
  const index = indexKnownPapers(entries.map((e) => known(e, true)));

  it('is not asked beside questions about the paper itself (en-BC: 2402.16508 with 2402.10712, judged weak)', () => {
    const paper = byId('2402.16508');
    const match = findRelated(index, paper);
    expect(match?.id).toBe('2402.10712');
    expect(match!.score).toBeLessThan(CONFIDENT_RELATED_SCORE);
    const asked = starterQuestions(paper, { related: index });
    expect(asked.filter((q) => !isGenericQuestion(q)).length).toBeGreaterThanOrEqual(1);
    expect(asked.join('\n')).not.toMatch(/2402\.10712/);
  });

  it('is asked where nothing about the paper itself can be (en-BA: 2403.11624 with LLM4SBR), and a confident pairing always is (2305.18413 with 2303.11183)', () => {
    const multiplex = byId('2403.11624');
    const weak = findRelated(index, multiplex);
    expect(weak?.id).toBe('2402.13840');
    expect(weak!.score).toBeLessThan(CONFIDENT_RELATED_SCORE);
    // Better than a generic question: the only one it gets.
    expect(starterQuestions(multiplex, { related: index })).toEqual([expect.stringMatching(/\(2402\.13840\)/)]);
    const confident = findRelated(index, byId('2305.18413'));
    expect(confident?.id).toBe('2303.11183');
    expect(confident!.score).toBeGreaterThanOrEqual(CONFIDENT_RELATED_SCORE);
    expect(starterQuestions(byId('2305.18413'), { related: index }).join('\n')).toMatch(/2303\.11183/);
  });
});
