import { describe, expect, it } from 'vitest';
import { endAtWord, englishOneLine, firstSentence, listSummary, shownAbstract } from '../../src/render/excerpt.ts';

describe('excerpts', () => {
  it('takes the first sentence, keeping formulas whole', () => {
    expect(firstSentence('We introduce SR$_{\\text{LLM}}$. It is safe.')).toBe('We introduce SR$_{\\text{LLM}}$.');
    expect(firstSentence('Using e.g. this trick, we win. Then more.')).toBe('Using e.g. this trick, we win.');
  });

  it('ends a text cut mid-word at the last whole word', () => {
    expect(endAtWord('there was a s')).toBe('there was a');
    expect(endAtWord('ends with a comma, and')).toBe('ends with a comma');
    expect(endAtWord('cut in math $\\text{Bro')).toBe('cut in math');
    expect(endAtWord('a whole sentence.')).toBe('a whole sentence.');
  });

  it("shows a cut Chinese abstract without the digest's ellipsis or note, and without cutting at spaces", () => {
    expect(shownAbstract('我们使用 LLM 进行实验，结果显示...', true, 'zh-CN')).toBe('我们使用 LLM 进行实验，结果显示');
    expect(shownAbstract('结果很好（摘要截断）', true, 'zh-CN')).toBe('结果很好');
    expect(shownAbstract('there was a s', true, 'en')).toBe('there was a');
    expect(shownAbstract('Complete.', false, 'en')).toBe('Complete.');
  });

  it('gives lists a summary in the interface language when there is one', () => {
    const paper = { id: '1', title: 'T', summaryZh: '中文总结。', abstract: 'We do this. Then that.' };
    expect(listSummary(paper, 'en')).toEqual({ text: 'We do this.', lang: 'en' });
    expect(listSummary(paper, 'zh-CN')).toEqual({ text: '中文总结。', lang: 'zh-CN' });
    expect(listSummary({ id: '2', title: 'T', summaryZh: '只有中文。' }, 'en')).toEqual({ text: '只有中文。', lang: 'zh-CN' });
  });
});

describe('in one sentence', () => {
  it('is the sentence that states the contribution, not simply the first', () => {
    const abstract =
      'Large language models are increasingly deployed as agents. Their failures are poorly understood. We introduce AgentProbe, a benchmark of 1,200 tasks that isolates planning errors. Results show planning is the bottleneck.';
    expect(englishOneLine({ id: '1', title: 'T', abstract })).toBe('We introduce AgentProbe, a benchmark of 1,200 tasks that isolates planning errors.');
  });

  it("prefers the digest's English summary, and falls back to the first sentence when no sentence states a contribution", () => {
    expect(englishOneLine({ id: '1', title: 'T', summaryEn: 'A one-line summary.', abstract: 'We propose X. It works.' })).toBe('A one-line summary.');
    expect(englishOneLine({ id: '2', title: 'T', abstract: 'Sparse attention is fast. It is also accurate.' })).toBe('Sparse attention is fast.');
  });
});
