/**
 * Writes entries in the digest format (the inverse of parse-digest.ts), as `cn_chat_arxiv.py` does.
 * Used to generate large realistic digests for the benchmark and round-trip tests.
 */

export interface DigestWriteEntry {
  id: string;
  /** English title as the feed gave it (with or without the old `(arXiv:…)` suffix). */
  title: string;
  titleZh: string;
  summaryZh: string;
  summaryEn: string;
  /** English abstract paragraph as the feed gave it (with or without the `arXiv:… Announce Type` prefix). */
  abstract: string;
  abstractZh: string;
  /** Link host style; default `https://arxiv.org/abs/`. */
  linkBase?: string;
}

export interface DigestWriteOptions {
  /** `early`: the March 2023 layout with only title, link and abstracts. */
  layout?: 'modern' | 'early';
}

const PAD = '    ';

export function writeDigest(entries: DigestWriteEntry[], options: DigestWriteOptions = {}): string {
  const early = options.layout === 'early';
  const link = (e: DigestWriteEntry) => `${e.linkBase ?? 'https://arxiv.org/abs/'}${e.id}`;
  const tableTitle = (title: string) => title.replace(/\s*\(arXiv:[^)]*\)\s*$/, '');
  const rows = entries.map((e, i) => `| [^${i + 1}] | [${tableTitle(e.title)}](${link(e)}) | ${e.summaryZh} |`);
  const details = entries.map((e, i) => {
    const paragraphs = early ? [e.title, `[${link(e)}](${link(e)})`, e.abstractZh, e.abstract] : [e.title, `[${link(e)}](${link(e)})`, e.summaryZh, e.summaryEn, e.abstractZh, e.abstract];
    return `[^${i + 1}]: ${e.titleZh}\n\n${paragraphs.map((p) => `${PAD}${p}`).join('\n\n')}\n${PAD}\n`;
  });
  return `# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n${rows.map((r) => `${r}\n`).join('')}\n# 详细\n\n${details.join('')}`;
}
