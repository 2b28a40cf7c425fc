/**
 * BibTeX entries for papers, in the form arXiv itself suggests (`@misc` with eprint and
 * archivePrefix), so that reference managers and LaTeX accept them.
 */
import { splitMath } from './math.ts';
import { submittedMonth } from './arxiv-id.ts';

export interface BibtexPaper {
  id: string;
  title: string;
  authors?: string[] | undefined;
  categories: string[];
  version?: number | undefined;
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  $: '\\$',
};

/** Escapes text for a BibTeX field; TeX math (`$…$`) is kept as written. */
export function bibtexText(text: string): string {
  return splitMath(text)
    .map((s) => (s.kind === 'math' ? `$${s.value}$` : s.value.replace(/[\\{}&%#_~^$]/g, (c) => SPECIAL[c]!)))
    .join('');
}

/** The citation key: `arxiv2404.01399`, with `/` replaced for old-style ids. */
export function citationKey(id: string): string {
  return `arxiv${id.replace('/', '_')}`;
}

export function paperBibtex(paper: BibtexPaper): string {
  const month = submittedMonth(paper.id);
  const fields: [string, string][] = [
    ['title', `{${bibtexText(paper.title)}}`],
    ...(paper.authors?.length ? [['author', `{${paper.authors.map(bibtexText).join(' and ')}}`] as [string, string]] : []),
    ...(month ? [['year', `{${month.year}}`] as [string, string]] : []),
    ['eprint', `{${paper.id}}`],
    ['archivePrefix', '{arXiv}'],
    ...(paper.categories[0] ? [['primaryClass', `{${paper.categories[0]}}`] as [string, string]] : []),
    ['url', `{https://arxiv.org/abs/${paper.id}}`],
  ];
  return `@misc{${citationKey(paper.id)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}
