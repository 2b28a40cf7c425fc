import { describe, expect, it } from 'vitest';
import { categoryFromDigestName, parseDigest } from '../../src/domain/digest/parse-digest.ts';
import { withoutTruncationMark } from '../../src/domain/digest/clean-text.ts';
import { writeDigest, type DigestWriteEntry } from '../../src/domain/digest/write-digest.ts';
import { readDigest } from '../helpers/content.ts';

const SEED_IDS = [
  '2404.01399',
  '2403.20041',
  '2403.08258',
  '2403.03348',
  '2402.19267',
  '2402.14776',
  '2402.08526',
  '2402.08277',
  '2402.08086',
  '2402.00559',
  '2402.00024',
  '2401.18028',
  '2401.18018',
  '2312.11805',
  '2311.06899',
  '2401.01854',
  '2308.16458',
  '2307.03687',
];

function entry(overrides: Partial<DigestWriteEntry> = {}): DigestWriteEntry {
  const id = overrides.id ?? '2501.00001';
  return {
    id,
    title: 'A Plain Title',
    titleZh: '一个普通的标题',
    summaryZh: '这是一句总结。',
    summaryEn: '',
    abstractZh: '这是中文摘要。',
    abstract: `arXiv:${id}v2 Announce Type: replace  Abstract: We study things. They work.`,
    ...overrides,
  };
}

describe('the seed digest (18 curated papers)', () => {
  const parsed = parseDigest(readDigest('000_98283bd719537a1c.txt'));

  it('reads all 18 entries in order, with no problems', () => {
    expect(parsed.fatal).toBeUndefined();
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => e.id)).toEqual(SEED_IDS);
    expect(parsed.tableRows).toBe(18);
  });

  it('strips the announce prefix from the English abstract and keeps the type and version as data', () => {
    const first = parsed.entries[0]!;
    expect(first.title).toBe('Developing Safe and Responsible Large Language Models -- A Comprehensive Framework');
    expect(first.titleZh).toBe('开发安全和负责任的大型语言模型 - 一个全面框架');
    expect(first.abstract.startsWith('Given the growing concerns around the safety')).toBe(true);
    expect(first.announceType).toBe('new');
    expect(first.version).toBe(1);
    expect(first.abstractTruncated).toBe(true);
    expect(first.abstractZhTruncated).toBe(true);
  });

  it('removes the old RSS suffix and its period from titles of http entries', () => {
    const multilingual = parsed.entries.find((e) => e.id === '2401.01854')!;
    expect(multilingual.title).toBe('Multilingual Instruction Tuning With Just a Pinch of Multilinguality');
    expect(multilingual.categories).toEqual(['cs.CL']);
    expect(multilingual.link).toBe('http://arxiv.org/abs/2401.01854');
  });

  it('keeps math markup in titles and summaries for the renderer', () => {
    expect(parsed.entries[0]!.summaryZh).toContain('SR$_{\\text{LLM}}$');
  });
});

describe('real digests of three eras', () => {
  it.each([
    ['cs.CL-2023-06-01.md', 89, 'cs.CL'],
    ['cs.LG-2024-06-12.md', 59, 'cs.LG'],
    ['cs.IR-2026-08-21.md', 29, 'cs.IR'],
  ])('%s has %i entries with distinct ids, titles and abstracts', (name, count, category) => {
    const parsed = parseDigest(readDigest(name), { category: categoryFromDigestName(name) });
    expect(parsed.fatal).toBeUndefined();
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(parsed.entries).toHaveLength(count);
    expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(count);
    for (const e of parsed.entries) {
      expect(e.id).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(e.title.length).toBeGreaterThan(5);
      expect(e.title).not.toMatch(/\(arXiv:/);
      expect(e.abstract.length).toBeGreaterThan(50);
      expect(e.abstract).not.toMatch(/^arXiv:|Announce Type/);
      expect(e.abstractZh).not.toMatch(/公告类型/);
      expect(e.categories).toContain(category);
    }
  });

  it('reads the 2023 digest: UPDATED entries become replacements with their version', () => {
    const parsed = parseDigest(readDigest('cs.CL-2023-06-01.md'));
    const grammar = parsed.entries.find((e) => e.id === '2305.19234')!;
    expect(grammar.title).toBe('Grammar Prompting for Domain-Specific Language Generation with Large Language Models');
    expect(grammar.version).toBe(2);
    expect(grammar.announceType).toBe('replace');
    const cv = parsed.entries.find((e) => e.id === '2305.18786')!;
    expect(cv.categories).toEqual(['cs.CV']);
  });

  it('reads an entry whose Chinese title, summaries and Chinese abstract are all empty', () => {
    const parsed = parseDigest(readDigest('cs.CL-2023-06-01.md'));
    const brainstorm = parsed.entries.find((e) => e.id === '2305.19339')!;
    expect(brainstorm.ref).toBe(41);
    expect(brainstorm.titleZh).toBe('');
    expect(brainstorm.summaryZh).toBe('');
    expect(brainstorm.abstractZh).toBe('');
    expect(brainstorm.abstractZhTruncated).toBe(false);
    expect(brainstorm.abstract.startsWith('A human decision-maker benefits')).toBe(true);
  });

  it('reads rss.arxiv.org links and a prefix with a single space before Abstract', () => {
    const parsed = parseDigest(readDigest('cs.LG-2024-06-12.md'));
    expect(parsed.entries[0]!.id).toBe('2311.09200');
    expect(parsed.entries[0]!.link).toBe('https://rss.arxiv.org/abs/2311.09200');
    const oneSpace = parsed.entries.filter((e) => e.announceType === 'replace');
    expect(oneSpace.length).toBeGreaterThan(0);
    for (const e of oneSpace) expect(e.abstract).not.toMatch(/Abstract:/);
  });

  it('removes the translated prefix 公告类型 (also when preceded by 摘要：) from Chinese abstracts', () => {
    const parsed = parseDigest(readDigest('cs.IR-2026-08-21.md'));
    const fiqh = parsed.entries.find((e) => e.id === '2608.20246')!;
    expect(fiqh.abstractZh.startsWith('检索增强生成被用于伊斯兰问题解答')).toBe(true);
    const doubled = parsed.entries.find((e) => e.id === '2608.18764')!;
    expect(doubled.abstractZh.startsWith('现有的排序模型')).toBe(true);
  });
});

describe('variations from FORMAT.md', () => {
  it('reads the earliest four-paragraph layout (no summary paragraphs)', () => {
    const text = writeDigest([entry(), entry({ id: '2303.00002', title: 'Second (arXiv:2303.00002v1 [cs.CL])' })], { layout: 'early' });
    const parsed = parseDigest(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.id, e.title, e.abstractZh])).toEqual([
      ['2501.00001', 'A Plain Title', '这是中文摘要。'],
      ['2303.00002', 'Second', '这是中文摘要。'],
    ]);
    expect(parsed.entries[0]!.abstract).toBe('We study things. They work.');
    expect(parsed.entries[0]!.summaryZh).toBe('这是一句总结。');
  });

  it('does not split table cells on unescaped | inside math', () => {
    const text = writeDigest([entry({ title: 'Bounds on |S|^2 for $Y|X$ models', summaryZh: '给出 $Y|X$ 的界 | 以及 |S|^2' })]);
    const parsed = parseDigest(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries[0]!.title).toBe('Bounds on |S|^2 for $Y|X$ models');
    expect(parsed.entries[0]!.summaryZh).toBe('给出 $Y|X$ 的界 | 以及 |S|^2');
  });

  it('fills an empty summary paragraph from the table, and accepts an empty summary cell', () => {
    const text = writeDigest([entry({ summaryZh: '' })]);
    const parsed = parseDigest(text);
    expect(parsed.entries[0]!.summaryZh).toBe('');
    expect(parsed.problems).toEqual([]);
  });

  it('removes control characters and zero-width spaces, and a suffix inside the Chinese title', () => {
    const text = writeDigest([entry({ titleZh: '带\u0008控制字符的标题 (arXiv:2501.00001v1 [cs.CL])', abstractZh: '零宽\u200b空格。' })]);
    const e = parseDigest(text).entries[0]!;
    expect(e.titleZh).toBe('带控制字符的标题');
    expect(e.abstractZh).toBe('零宽空格。');
  });

  it('flags Chinese abstracts cut with an ellipsis, a note, or mid-formula', () => {
    // The translators' notes seen in real digests vary in wording and may end with a full stop.
    const cuts = [
      '结果显示...',
      '结果显示……',
      '结果显示…',
      '结果显示（摘要截断）',
      '我们提出 $\\text{Bro',
      '改善跨b（原文截断）。',
      '结果（此处摘要截断）',
      '结果（注：原文截断）',
      '结果（部分被截断）',
    ];
    const parsed = parseDigest(writeDigest(cuts.map((abstractZh, i) => entry({ id: `2501.000${String(i + 1).padStart(2, '0')}`, abstractZh }))));
    expect(parsed.entries.map((e) => e.abstractZhTruncated)).toEqual(cuts.map(() => true));
    expect(withoutTruncationMark('改善跨b（原文截断）。')).toBe('改善跨b');
    const whole = parseDigest(writeDigest([entry({ abstractZh: '完整的摘要，其中 $x^2$ 是平方。' })]));
    expect(whole.entries[0]!.abstractZhTruncated).toBe(false);
  });

  it('flags English abstracts cut at 1,000 characters, and only those', () => {
    const long = `arXiv:2501.00001v1 Announce Type: new  Abstract: ${'word '.repeat(300)}`.slice(0, 1000);
    const parsed = parseDigest(writeDigest([entry({ abstract: long }), entry({ id: '2501.00002' })]));
    expect(parsed.entries.map((e) => e.abstractTruncated)).toEqual([true, false]);
  });

  it('accepts https entries without any prefix, http and rss links, and old-style ids', () => {
    const parsed = parseDigest(
      writeDigest([
        entry({ abstract: 'No prefix here.' }),
        entry({ id: '2501.00002', linkBase: 'http://arxiv.org/abs/' }),
        entry({ id: '2501.00003', linkBase: 'https://rss.arxiv.org/abs/' }),
        entry({ id: 'hep-th/9901001', title: 'Old Strings (arXiv:hep-th/9901001v3 [hep-th] UPDATED)', abstract: 'Strings, old style.' }),
      ]),
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => e.id)).toEqual(['2501.00001', '2501.00002', '2501.00003', 'hep-th/9901001']);
    expect(parsed.entries[1]!.version).toBe(2);
    expect(parsed.entries[0]!.abstract).toBe('No prefix here.');
    expect(parsed.entries[0]!.announceType).toBeUndefined();
    expect(parsed.entries[3]!.title).toBe('Old Strings');
    expect(parsed.entries[3]!.version).toBe(3);
    expect(parsed.entries[3]!.categories).toEqual(['hep-th']);
  });

  it('reads an empty digest (headings and table header only) as zero entries', () => {
    for (const text of ['# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n\n# 详细\n\n', '# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n']) {
      const parsed = parseDigest(text);
      expect(parsed.fatal).toBeUndefined();
      expect(parsed.entries).toEqual([]);
    }
  });

  it('reads CRLF line endings, tabs and a byte-order mark', () => {
    const text = `\uFEFF${writeDigest([entry({ abstract: 'Tab\there.' })]).replace(/\n/g, '\r\n')}`;
    const parsed = parseDigest(text);
    expect(parsed.entries[0]!.abstract).toBe('Tab here.');
  });

  it("keeps the link's id when the abstract prefix names another paper", () => {
    const parsed = parseDigest(writeDigest([entry({ id: '2501.00002', abstract: 'arXiv:2501.00009v4 Announce Type: new  Abstract: Mixed up.' })]));
    expect(parsed.entries[0]!.id).toBe('2501.00002');
    expect(parsed.entries[0]!.version).toBeUndefined();
    expect(parsed.problems[0]!.message).toBe("entry [^1] links to 2501.00002, but its abstract names arXiv:2501.00009; kept the link's id");
  });

  it('merges an id that appears twice and says so', () => {
    const parsed = parseDigest(writeDigest([entry(), entry()]));
    expect(parsed.entries).toHaveLength(2);
    expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'warning', ref: 2, message: expect.stringContaining('repeats 2501.00001') as string })]);
  });

  it('parses a 1.9 MB digest of 737 entries', () => {
    const base = parseDigest(readDigest('cs.CL-2023-06-01.md')).entries;
    const entries = Array.from({ length: 737 }, (_, i) => {
      const e = base[i % base.length]!;
      return entry({ id: `2501.${String(10000 + i)}`, title: e.title, titleZh: e.titleZh, summaryZh: e.summaryZh, abstractZh: e.abstractZh.repeat(2), abstract: e.abstract });
    });
    const text = writeDigest(entries);
    expect(text.length).toBeGreaterThan(600_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(1_500_000);
    const parsed = parseDigest(text);
    expect(parsed.entries).toHaveLength(737);
    expect(parsed.problems).toEqual([]);
  });
});

describe('broken digests', () => {
  it('rejects a file that is not a digest, naming the line and quoting it', () => {
    const parsed = parseDigest('hello world\nthis is not it');
    expect(parsed.fatal).toMatchObject({ line: 1, found: 'hello world', message: expect.stringContaining('# 摘要') as string });
  });

  it('rejects a digest cut before its details, saying how many rows it had', () => {
    const text = writeDigest([entry()]).split('# 详细')[0]!;
    expect(parseDigest(text).fatal?.message).toMatch(/`# 详细` after the table's 1 rows/);
  });

  it('skips an entry without an arXiv link and reports its ref and line', () => {
    const text = writeDigest([entry(), entry({ id: '2501.00002' })]).replace('[https://arxiv.org/abs/2501.00002](https://arxiv.org/abs/2501.00002)', 'no link here');
    const parsed = parseDigest(text.replace('| [^2] | [A Plain Title](https://arxiv.org/abs/2501.00002) |', '| [^2] | A Plain Title |'));
    expect(parsed.entries.map((e) => e.id)).toEqual(['2501.00001']);
    const error = parsed.problems.find((p) => p.severity === 'error')!;
    expect(error.ref).toBe(2);
    expect(error.line).toBe(text.split('\n').indexOf('[^2]: 一个普通的标题') + 1);
  });

  it('rejects binary input', () => {
    expect(parseDigest('# 摘要\u0000\u0001').fatal?.message).toMatch(/NUL bytes/);
  });
});

describe('categoryFromDigestName', () => {
  it.each([
    ['cs.IR-2026-08-21.md', 'cs.IR'],
    ['cs.CL.md', 'cs.CL'],
    ['math-ph-2024-01-02.md', 'math-ph'],
    ['cond-mat.stat-mech-2024-01-02.md', 'cond-mat.stat-mech'],
    ['hep-th.md', 'hep-th'],
    ['000_98283bd719537a1c.txt', undefined],
    ['newer.md', undefined],
    ['digest-2024-01-01.md', undefined],
  ])('%s gives %s', (name, category) => {
    expect(categoryFromDigestName(name)).toBe(category);
  });
});
