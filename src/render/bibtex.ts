/**
 * BibTeX entries for papers, in the form arXiv itself suggests (`@misc` with eprint and
 * archivePrefix), so that reference managers and LaTeX accept them.
 */
import { renderTex, splitMath } from './math.ts';
import { submittedMonth } from '../domain/arxiv-id.ts';

export interface BibtexPaper {
  id: string;
  title: string;
  authors?: string[] | undefined;
  categories: string[];
  version?: number | undefined;
  /** `YYYY-MM-DD` of version 1 on arXiv, when arXiv has described the paper. */
  submitted?: string | undefined;
  /** arXiv's primary category; the first category stands in until arXiv has said. */
  primaryCategory?: string | undefined;
  /** The published version's DOI and journal reference, once there is one. */
  doi?: string | undefined;
  journalRef?: string | undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The year and month a paper appeared: its submission day when known, else what its id says. */
export function paperMonth(paper: Pick<BibtexPaper, 'id' | 'submitted'>): { year: number; month: number } | undefined {
  const day = /^(\d{4})-(\d{2})-\d{2}$/.exec(paper.submitted ?? '');
  if (day) return { year: Number(day[1]), month: Number(day[2]) };
  return submittedMonth(paper.id);
}

// Braces become text commands, not `\{`: BibTeX counts every brace, escaped or not, to find where a
// field ends, so one stray brace in a title would end the field early or swallow the next ones.
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  $: '\\$',
};

/** Commands KaTeX accepts that would define macros, or reach files or URLs, when LaTeX reads the entry. */
const UNSAFE_COMMAND =
  /\\(?:[egx]?def|let|futurelet|global|long|outer|(?:re|provide)?newcommand|DeclareMathOperator|newenvironment|href|url|includegraphics|html[A-Za-z]*|verb|csname|catcode|input|include|write|immediate|openin|openout|read|special)(?![A-Za-z])/;

/**
 * Whether a formula can go into a BibTeX field as written: its braces balance when counted the way
 * BibTeX counts them (escaped or not), it has no comment or parameter character, KaTeX renders it
 * with the site's locked-down settings (so it uses no unknown command such as `\input` or `\write`),
 * and it defines no macro and names no file or URL. Any other formula is escaped as text.
 */
export function isSafeBibtexMath(tex: string): boolean {
  let depth = 0;
  for (const c of tex) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  if (depth !== 0 || /(?:^|[^\\])(?:\\\\)*[%#]/.test(tex) || /\\$/.test(tex) || UNSAFE_COMMAND.test(tex)) return false;
  return renderTex(tex, false) !== undefined;
}

function escapeBibtex(text: string): string {
  return text.replace(/[\\{}<>&%#_~^$]/g, (c) => SPECIAL[c]!);
}

/** Escapes text for a BibTeX field; TeX math (`$…$`) is kept as written when it is safe to. */
export function bibtexText(text: string): string {
  return splitMath(text)
    .map((s) => {
      if (s.kind === 'text') return escapeBibtex(s.value);
      const open = s.display ? '$$' : '$';
      return isSafeBibtexMath(s.value) ? `$${s.value}$` : escapeBibtex(`${open}${s.value}${open}`);
    })
    .join('');
}

/** The citation key: `arxiv2404.01399`, with `/` replaced for old-style ids. */
export function citationKey(id: string): string {
  return `arxiv${id.replace('/', '_')}`;
}

export function paperBibtex(paper: BibtexPaper): string {
  const month = paperMonth(paper);
  const primary = paper.primaryCategory || paper.categories[0];
  const fields: [string, string][] = [
    ['title', `{${bibtexText(paper.title)}}`],
    ...(paper.authors?.length ? [['author', `{${paper.authors.map(bibtexText).join(' and ')}}`] as [string, string]] : []),
    ...(month ? [['year', `{${month.year}}`] as [string, string], ['month', MONTHS[month.month - 1]!] as [string, string]] : []),
    ['eprint', `{${paper.id}}`],
    ['archivePrefix', '{arXiv}'],
    ...(primary ? [['primaryClass', `{${bibtexText(primary)}}`] as [string, string]] : []),
    ...(paper.doi ? [['doi', `{${bibtexText(paper.doi)}}`] as [string, string]] : []),
    ...(paper.journalRef ? [['note', `{${bibtexText(paper.journalRef)}}`] as [string, string]] : []),
    ['url', `{https://arxiv.org/abs/${paper.id}}`],
  ];
  return `@misc{${citationKey(paper.id)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}
