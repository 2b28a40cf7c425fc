import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseTerms, chineseWordsAvailable, latinTerms, stripTex, terms } from '../../src/domain/related/tokenize.ts';
import { lightStem } from '../../src/domain/related/stem.ts';

describe('stripping TeX', () => {
  it('keeps the words of text commands in math and drops the rest of the math', () => {
    expect(terms('Safe and Responsible LLM (SR$_{\\text{LLM}}$)')).toEqual(['saf', 'responsibl', 'llm', 'sr', 'llm']);
    expect(terms('runs in $\\mathcal{O}(n^2 \\log n)$ time')).toEqual(['run', 'tim']);
    expect(stripTex('a $\\alpha$-divergence')).not.toContain('alpha');
  });

  it('keeps the argument of commands outside math and leaves plain text alone', () => {
    expect(terms('an \\emph{emphatic} claim')).toEqual(['emphatic', 'claim']);
    expect(stripTex('no markup here')).toBe('no markup here');
    expect(terms('costs \\$5 per query')).toEqual(['cost', 'query']);
  });
});

describe('English terms', () => {
  it('lowercases, drops stopwords, numbers and single letters, and stems', () => {
    expect(latinTerms('We propose 3 novel Models for the Embeddings of a Transformer')).toEqual(['model', 'emb', 'transformer']);
  });

  it('folds accents and full-width letters', () => {
    expect(latinTerms('Schrödinger ＬＬＭ café')).toEqual(['schrodinger', 'llm', 'caf']);
  });

  it('brings the common inflections of a word to one stem', () => {
    const groups = [
      ['model', 'models', 'modeling', 'modelling', 'modeled'],
      ['embed', 'embeds', 'embedding', 'embeddings', 'embedded'],
      ['prompt', 'prompts', 'prompting', 'prompted'],
      ['query', 'queries'],
      ['base', 'based', 'bases'],
      ['generate', 'generated', 'generates', 'generating'],
      ['process', 'processes'],
      ['area', 'areas'],
      ['bias', 'biases'],
    ];
    for (const group of groups) expect(new Set(group.map(lightStem)), group.join(' ')).toHaveLength(1);
    expect(lightStem('bias')).toBe('bias');
    expect(lightStem('corpus')).toBe('corpus');
    expect(lightStem('speed')).toBe('speed');
  });

  it('stems every lowercase word to a non-empty prefix-like string, and is stable', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        const stem = lightStem(word);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem.length).toBeLessThanOrEqual(word.length);
      }),
    );
  });
});

describe('Chinese terms', () => {
  it('cuts runs into bigrams, split at function characters and punctuation, without stop bigrams', () => {
    expect(chineseTerms('大型语言模型的安全性。我们提出')).toEqual(['大型', '型语', '语言', '言模', '模型', '安全', '全性']);
  });

  it('ignores single characters and Latin text', () => {
    expect(chineseTerms('A 的 B 图')).toEqual([]);
  });

  it('can use ICU words instead, keeping words of two or more characters', () => {
    const words = chineseTerms('鉴于人们对大型语言模型的安全性和风险日益关注', 'words');
    if (chineseWordsAvailable()) expect(words).toEqual(expect.arrayContaining(['大型', '语言', '模型', '安全', '风险']));
    for (const w of words) expect(w.length).toBeGreaterThanOrEqual(2);
  });

  it('indexes both languages of a mixed text', () => {
    expect(terms('大型语言模型（LLM）')).toEqual(['llm', '大型', '型语', '语言', '言模', '模型']);
  });
});
