/**
 * The digest parser: the markdown written by `cn_chat_arxiv.py` (see tests/fixtures/digests/FORMAT.md)
 * into one record per paper, plus the problems found, each with its line number and entry ref.
 *
 * It never throws on bad input. A digest it cannot make sense of as a whole comes back with `fatal`
 * set; an entry it cannot read comes back as an error problem and is left out of `entries`.
 */
import { arxivIdFromUrl } from '../arxiv-id.ts';
import type { AnnounceType } from '../../schemas/paper.ts';
import { cleanChineseAbstract, cleanEnglishAbstract, cleanSummary, cleanTitle, withoutTranslatorNote } from './clean-text.ts';
import { parseTableRow, type TableRow } from './table-row.ts';

export interface DigestEntry {
  /** The footnote number `[^ref]`, 1-based, as in the digest. */
  ref: number;
  /** Line of the `[^ref]:` definition (1-based). */
  line: number;
  id: string;
  version?: number;
  link: string;
  title: string;
  titleZh: string;
  summaryZh: string;
  summaryEn: string;
  abstract: string;
  abstractZh: string;
  abstractTruncated: boolean;
  abstractZhTruncated: boolean;
  announceType?: AnnounceType;
  categories: string[];
}

export interface DigestProblem {
  /** `error`: the entry was left out. `warning`: the entry was read, with a gap noted here. */
  severity: 'error' | 'warning';
  line: number;
  ref?: number;
  message: string;
  /** The offending text, shortened for display. */
  found?: string;
}

export interface ParsedDigest {
  entries: DigestEntry[];
  problems: DigestProblem[];
  /** Set when the text is not a digest at all; `entries` is then empty. */
  fatal?: DigestProblem;
  /** Number of rows in the summary table. */
  tableRows: number;
}

/** Shortens a text for an error message, showing invisible characters. */
export function quote(text: string, max = 80): string {
  const visible = text.replace(/[\u0000-\u001F\u007F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > max ? `${visible.slice(0, max)}…` : visible;
}

const SUMMARY_HEADING = /^#\s*摘要\s*$/;
const DETAIL_HEADING = /^#\s*详细\s*$/;
const DEFINITION = /^\[\^(\d+)\]:(.*)$/;
const LINK_PARAGRAPH = /^\[(\S+?)\]\((\S+?)\)$|^<?(https?:\/\/\S+?)>?$/;
const EXPECTED_LAYOUT = '`[^N]: 中文标题`, then 4-space-indented paragraphs: English title, `[link](link)`, summaries, abstracts';

interface Paragraph {
  text: string;
  line: number;
}

/** Splits an entry's lines into paragraphs: blank lines separate, a line of spaces is an empty one. */
function paragraphsOf(lines: string[], firstLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let group: { text: string; line: number }[] = [];
  const flush = () => {
    if (group.length === 0) return;
    const content = group.filter((l) => l.text.trim() !== '');
    paragraphs.push({
      text: content.map((l) => l.text.replace(/^(?: {1,4}|\t)/, '')).join(' '),
      line: (content[0] ?? group[0]!).line,
    });
    group = [];
  };
  lines.forEach((text, i) => {
    if (text === '') flush();
    else group.push({ text, line: firstLine + i });
  });
  flush();
  return paragraphs;
}

function linkOf(text: string): string | undefined {
  const match = LINK_PARAGRAPH.exec(text.trim());
  return match ? (match[2] ?? match[3]) : undefined;
}

interface EntryContext {
  ref: number;
  line: number;
  zhTitleRaw: string;
  body: Paragraph[];
  row?: TableRow;
  category?: string;
  problems: DigestProblem[];
}

function readEntry(ctx: EntryContext): DigestEntry | undefined {
  const { ref, line, row, problems } = ctx;
  const problem = (severity: DigestProblem['severity'], at: number, message: string, found?: string) =>
    problems.push({ severity, line: at, ref, message, ...(found !== undefined ? { found: quote(found) } : {}) });

  const paragraphs = [...ctx.body];
  while (paragraphs.length > 0 && paragraphs.at(-1)!.text.trim() === '') paragraphs.pop();
  const linkIndex = paragraphs.findIndex((p) => linkOf(p.text) !== undefined);
  const rowLink = row?.link;
  const link = linkIndex >= 0 ? linkOf(paragraphs[linkIndex]!.text)! : rowLink;
  if (!link) {
    problem('error', line, `entry [^${ref}] has no link paragraph; expected ${EXPECTED_LAYOUT}`, paragraphs[1]?.text ?? ctx.zhTitleRaw);
    return undefined;
  }
  const parsedId = arxivIdFromUrl(link);
  if (!parsedId) {
    const at = linkIndex >= 0 ? paragraphs[linkIndex]!.line : line;
    problem('error', at, `entry [^${ref}]: expected an arXiv link such as https://arxiv.org/abs/2404.01399`, link);
    return undefined;
  }
  if (rowLink && linkIndex >= 0) {
    const rowId = arxivIdFromUrl(rowLink)?.id;
    if (rowId !== parsedId.id) {
      problem('warning', row.line, `table row [^${ref}] links to ${rowId ?? rowLink}, but its entry links to ${parsedId.id}; the entry wins`);
    }
  }

  const before = linkIndex >= 0 ? paragraphs.slice(0, linkIndex) : [];
  const after = linkIndex >= 0 ? paragraphs.slice(linkIndex + 1) : paragraphs.slice(1);
  if (before.length > 1) problem('warning', before[1]!.line, `entry [^${ref}]: expected one English title paragraph before the link, found ${before.length}; joined them`);
  const englishTitle = cleanTitle(before.map((p) => p.text).join(' ') || row?.title || '');
  if (!englishTitle.title) {
    problem('error', line, `entry [^${ref}] has no English title (neither in its entry nor in the table)`);
    return undefined;
  }

  let summaryZh = '';
  let summaryEn = '';
  let abstractZhRaw = '';
  let abstractEnRaw = '';
  if (after.length >= 4) {
    summaryZh = after[0]!.text;
    summaryEn = after[1]!.text;
    abstractZhRaw = after.at(-2)!.text;
    abstractEnRaw = after.at(-1)!.text;
    if (after.length > 4)
      problem('warning', after[2]!.line, `entry [^${ref}]: expected 4 paragraphs after the link, found ${after.length}; used the first two as summaries and the last two as abstracts`);
  } else if (after.length === 3) {
    [summaryZh, summaryEn, abstractZhRaw] = after.map((p) => p.text) as [string, string, string];
    problem('warning', after[2]!.line, `entry [^${ref}]: the English abstract is missing`);
  } else if (after.length === 2) {
    [abstractZhRaw, abstractEnRaw] = after.map((p) => p.text) as [string, string];
  } else if (after.length === 1) {
    abstractEnRaw = after[0]!.text;
    problem('warning', after[0]!.line, `entry [^${ref}]: only one paragraph after the link; read it as the English abstract`);
  } else {
    problem('warning', line, `entry [^${ref}] has no summary and no abstract`);
  }
  if (!summaryZh && row?.summary) summaryZh = row.summary;

  const zhTitle = cleanTitle(ctx.zhTitleRaw);
  const en = cleanEnglishAbstract(abstractEnRaw);
  const zh = cleanChineseAbstract(abstractZhRaw);
  const categories = [englishTitle.category, zhTitle.category, ctx.category].filter((c, i, all): c is string => !!c && all.indexOf(c) === i);
  if (en.id && en.id !== parsedId.id) {
    problem('warning', after.at(-1)?.line ?? line, `entry [^${ref}] links to ${parsedId.id}, but its abstract names arXiv:${en.id}; kept the link's id`);
  }
  const prefixVersion = en.id === parsedId.id ? en.version : undefined;
  const version = parsedId.version ?? prefixVersion ?? englishTitle.version;
  const announceType = en.announceType ?? englishTitle.announceType;
  return {
    ref,
    line,
    id: parsedId.id,
    ...(version ? { version } : {}),
    link,
    title: englishTitle.title,
    titleZh: zhTitle.title === englishTitle.title ? '' : withoutTranslatorNote(zhTitle.title),
    summaryZh: cleanSummary(summaryZh),
    summaryEn: cleanSummary(summaryEn),
    abstract: en.abstract,
    abstractZh: zh.abstract,
    abstractTruncated: en.truncated,
    abstractZhTruncated: zh.abstract !== '' && zh.truncated,
    ...(announceType ? { announceType } : {}),
    categories,
  };
}

export interface ParseOptions {
  /** A category to record on every entry, e.g. `cs.IR` from a digest named `cs.IR-2026-08-21.md`. */
  category?: string;
}

/** Parses a whole digest. Linear in its size; a 1.9 MB digest takes milliseconds. */
export function parseDigest(text: string, options: ParseOptions = {}): ParsedDigest {
  const problems: DigestProblem[] = [];
  const fail = (line: number, message: string, found?: string): ParsedDigest => ({
    entries: [],
    problems,
    tableRows: 0,
    fatal: { severity: 'error', line, message, ...(found !== undefined ? { found: quote(found) } : {}) },
  });

  if (text.includes('\u0000')) return fail(1, 'this is not a text digest (it contains NUL bytes)');
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const summaryAt = lines.findIndex((l) => SUMMARY_HEADING.test(l));
  const firstText = lines.findIndex((l) => l.trim() !== '');
  if (summaryAt < 0) {
    return fail(firstText + 1 || 1, 'expected the heading `# 摘要` that starts a digest', lines[firstText] ?? '');
  }
  const detailAt = lines.findIndex((l, i) => i > summaryAt && DETAIL_HEADING.test(l));

  // The summary table.
  const rows = new Map<number, TableRow>();
  let tableRows = 0;
  const tableEnd = detailAt < 0 ? lines.length : detailAt;
  for (let i = summaryAt + 1; i < tableEnd; i++) {
    const raw = lines[i]!;
    if (!raw.startsWith('|')) {
      if (raw.trim() !== '') problems.push({ severity: 'warning', line: i + 1, message: 'expected a table row starting with `|` in the summary table; ignored this line', found: quote(raw) });
      continue;
    }
    if (/^\|\s*Ref\s*\|/.test(raw) || /^\|\s*-{3,}/.test(raw)) continue;
    tableRows++;
    const row = parseTableRow(raw, i + 1);
    if (!row) {
      problems.push({ severity: 'warning', line: i + 1, message: 'expected a row `| [^N] | [Title](https://arxiv.org/abs/ID) | summary |`; ignored it', found: quote(raw) });
      continue;
    }
    if (rows.has(row.ref)) problems.push({ severity: 'warning', line: i + 1, ref: row.ref, message: `the table has two rows for [^${row.ref}]; kept the first` });
    else rows.set(row.ref, row);
  }

  if (detailAt < 0) {
    if (tableRows === 0) return { entries: [], problems, tableRows };
    return fail(lines.length, `expected the heading \`# 详细\` after the table's ${tableRows} rows; the digest is cut short`);
  }

  // The definitions.
  const entries: DigestEntry[] = [];
  const seenRefs = new Set<number>();
  const seenIds = new Map<string, number>();
  let current: { ref: number; line: number; zhTitleRaw: string; start: number } | undefined;
  const finish = (end: number) => {
    if (!current) return;
    const entry = readEntry({
      ref: current.ref,
      line: current.line,
      zhTitleRaw: current.zhTitleRaw,
      body: paragraphsOf(lines.slice(current.start, end), current.start + 1),
      row: rows.get(current.ref),
      category: options.category,
      problems,
    });
    if (entry) {
      const earlier = seenIds.get(entry.id);
      if (earlier !== undefined) {
        problems.push({ severity: 'warning', line: entry.line, ref: entry.ref, message: `entry [^${entry.ref}] repeats ${entry.id} (already at [^${earlier}]); merged into one paper` });
      } else {
        seenIds.set(entry.id, entry.ref);
      }
      entries.push(entry);
    }
    current = undefined;
  };
  for (let i = detailAt + 1; i < lines.length; i++) {
    const match = DEFINITION.exec(lines[i]!);
    if (!match) {
      if (!current && lines[i]!.trim() !== '') {
        problems.push({ severity: 'warning', line: i + 1, message: 'expected an entry `[^N]: 中文标题`; ignored this line', found: quote(lines[i]!) });
      }
      continue;
    }
    finish(i);
    const ref = Number(match[1]);
    if (seenRefs.has(ref)) problems.push({ severity: 'warning', line: i + 1, ref, message: `a second entry [^${ref}]` });
    seenRefs.add(ref);
    current = { ref, line: i + 1, zhTitleRaw: match[2]!, start: i + 1 };
  }
  finish(lines.length);

  for (const [ref, row] of rows) {
    if (!seenRefs.has(ref)) problems.push({ severity: 'error', line: row.line, ref, message: `table row [^${ref}] has no entry \`[^${ref}]:\` under \`# 详细\`; it was left out` });
  }
  if (tableRows > 0 && seenRefs.size === 0) {
    return fail(detailAt + 2, `expected entries \`[^N]: 中文标题\` under \`# 详细\` for the table's ${tableRows} rows`, lines[detailAt + 1] ?? '');
  }
  problems.sort((a, b) => a.line - b.line);
  return { entries, problems, tableRows };
}

const ARCHIVES = 'astro-ph|cond-mat|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|nlin|nucl-ex|nucl-th|physics|quant-ph';
const CATEGORY_NAME = new RegExp(`^((?:cs|math|stat|eess|econ|q-bio|q-fin|astro-ph|cond-mat|physics|nlin)\\.[A-Za-z-]+?|${ARCHIVES})(?=[-_.](?:\\d|md$|txt$)|$)`);

/**
 * The arXiv category a digest file name implies: `cs.IR-2026-08-21.md` and `cs.IR.md` give `cs.IR`,
 * `hep-th.md` gives `hep-th`; names that are not arXiv categories give undefined.
 */
export function categoryFromDigestName(name: string): string | undefined {
  return CATEGORY_NAME.exec(name)?.[1];
}
