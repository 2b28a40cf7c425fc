import { describe, expect, it } from 'vitest';
import { CUT, safeExcerpt, withoutTitle } from '../../src/scripts/search-page.ts';

const M = (s: string) => `\u0001${s}\u0002`;

describe('search excerpts leave out the title the result shows', () => {
  it('drops the whole title, or its last words when the excerpt starts inside it', () => {
    expect(withoutTitle(`2D ${M('Matryoshka')} Sentence Embeddings 2D Matryoshka句子嵌入 Common approaches`, '2D Matryoshka Sentence Embeddings')).toBe('2D Matryoshka句子嵌入 Common approaches');
    expect(withoutTitle(`Sentence Embeddings. We ${M('propose')} a model`, '2D Matryoshka Sentence Embeddings')).toBe(`We ${M('propose')} a model`);
  });

  it('keeps marks balanced when a mark spans the end of the title', () => {
    expect(withoutTitle(`Safe ${M('Models Here')} we go`, 'Safe Models')).toBe('Here we go');
  });

  it('leaves an excerpt alone that does not start with the title, or starts with a single word of it', () => {
    expect(withoutTitle('We introduce a model', 'Safe Models')).toBe('We introduce a model');
    expect(withoutTitle('Embeddings are everywhere', '2D Matryoshka Sentence Embeddings')).toBe('Embeddings are everywhere');
    expect(withoutTitle('Safe Models', 'Safe Models')).toBe('Safe Models');
  });
});

describe('search excerpts start at a word', () => {
  const plain = (html: string) => html.replace(/<\/?mark>/g, '');

  it('marks an English excerpt cut inside the text with "…", at the word Pagefind starts at', () => {
    expect(safeExcerpt(`${CUT} most-capable Gemini Ultra <mark>model</mark> advances ${CUT}`, 'Gemini')).toBe('… most-capable Gemini Ultra <mark>model</mark> advances');
    // The start of the text: no ellipsis, and the title the result shows is left out.
    expect(safeExcerpt('Safe Models We <mark>propose</mark> a model', 'Safe Models')).toBe('We <mark>propose</mark> a model');
    // Punctuation left over from the sentence before is not the start of anything.
    expect(safeExcerpt(`${CUT} ”), and the <mark>model</mark> wins`, 'T')).toBe('… and the <mark>model</mark> wins');
  });

  it('starts a Chinese excerpt cut inside the text after the clause it cut, never with the tail of a word', () => {
    // The index keeps Chinese as words with spaces between them; 态 is the end of 多模态.
    const shown = safeExcerpt(`${CUT} 态 模型 家族 ， 是 一 系列 在 图像 方面 表现 出色 的 <mark>模型</mark>`, 'Gemini');
    expect(plain(shown)).toMatch(/^… 是 一 系列/);
    // No clause ends before the first match: a first word of one character (the end of 多模态) goes.
    expect(safeExcerpt(`${CUT} 态 <mark>模型</mark> Gemini 家族`, 'Gemini')).toBe('… <mark>模型</mark> Gemini 家族');
    expect(safeExcerpt(`${CUT} 优 化 实现 的 安全 提示 驱动 的 大型 语言 <mark>模型</mark>`, 'T')).toBe('… 实现 的 安全 提示 驱动 的 大型 语言 <mark>模型</mark>');
    // No clause ends before the first match: the excerpt keeps its words, with the ellipsis.
    expect(safeExcerpt(`${CUT} 全面 的 <mark>安全</mark> 风险 分类法 ， 和 专家`, 'T')).toBe('… 全面 的 <mark>安全</mark> 风险 分类法 ， 和 专家');
    // At the start of the text nothing is cut.
    expect(safeExcerpt('开发 安全 和 负责任 的 大型 语言 <mark>模型</mark> ， 一个', 'T')).toBe('开发 安全 和 负责任 的 大型 语言 <mark>模型</mark> ， 一个');
  });
});

describe('what the index holds of an abstract the digest cut', () => {
  it('ends at its last whole word, so that no excerpt shows half a word', async () => {
    const { paperRecord } = await import('../../src/render/search-records.ts');
    const labels = { papers: 'Papers', sessions: 'Sessions', status: {} };
    const paper = {
      id: '2401.00001',
      title: 'T',
      status: 'candidate',
      tags: [],
      body: '',
      abstract: 'We propose a way to solve thi',
      abstractTruncated: true,
      abstractZh: '我们提出了一种方法...',
      abstractZhTruncated: true,
    };
    const { content } = paperRecord(paper, '/', labels);
    expect(content).toContain('We propose a way to solve\n');
    expect(content).not.toContain('thi');
    expect(content).not.toContain('...');
    // A whole abstract is indexed as it is.
    expect(paperRecord({ ...paper, abstractTruncated: false }, '/', labels).content).toContain('to solve thi');
  });
});

describe('what the index holds of the questions', () => {
  it('holds the questions people wrote or edited, not the unedited starter questions, whose frames would match every paper', async () => {
    const { paperRecord } = await import('../../src/render/search-records.ts');
    const { starterItem } = await import('../../src/domain/paper-body.ts');
    const labels = { papers: 'Papers', sessions: 'Sessions', status: {} };
    const starter = 'Were the baselines given the same data, tuning and compute?';
    const edited = starterItem('What else could explain this result?', 2).replace('result?', 'result in rural clinics?');
    const body = `## Discussion questions\n\n${starterItem(starter, 1)}\n${edited}\n3. Does the cohort match ours?\n`;
    const paper = { id: '2401.00002', title: 'T', status: 'candidate', tags: [], body, abstract: 'We propose a way.' };
    const { content } = paperRecord(paper, '/', labels);
    expect(content).not.toContain('baselines');
    expect(content).toContain('What else could explain this result in rural clinics?');
    expect(content).toContain('Does the cohort match ours?');
  });
});

describe("a session's search record", () => {
  it('keeps its papers apart, so that an excerpt does not run their titles together', async () => {
    const { sessionRecord } = await import('../../src/render/search-records.ts');
    const labels = { papers: 'Papers', sessions: 'Sessions', status: {} };
    const titles = new Map([
      ['2401.00001', 'Nested Embeddings'],
      ['2401.00002', 'Sparse Retrieval'],
    ]);
    const record = sessionRecord(
      { date: '2026-12-01', title: 'Retrieval week', body: 'We agreed on it.', papers: [{ id: '2401.00001' }, { id: '2401.00002' }] },
      titles,
      '/',
      labels,
      'Session of 1 December',
    );
    expect(record.content.replace(/\s+/g, ' ')).toBe('Retrieval week · Nested Embeddings · Sparse Retrieval · We agreed on it.');
  });
});
