/**
 * CSL-JSON, the format reference managers (Zotero, Mendeley, pandoc's citeproc) import: one item per
 * paper, typed `article` (CSL's type for preprints), with arXiv's DOI and the submission month.
 */
import type { BibtexPaper } from './bibtex.ts';
import { citationKey } from './bibtex.ts';
import { submittedMonth } from './arxiv-id.ts';
import { mathToPlainText } from './math.ts';

export interface CslItem {
  id: string;
  type: 'article';
  title: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  issued?: { 'date-parts': [[number, number]] };
  publisher: 'arXiv';
  number: string;
  DOI?: string;
  URL: string;
  abstract?: string;
}

/** "Ada Lovelace" becomes family Lovelace, given Ada; a single word stays a literal name. */
export function cslName(name: string): { family: string; given?: string } | { literal: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { literal: name.trim() };
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

export function paperCsl(paper: BibtexPaper & { abstract?: string }): CslItem {
  const month = submittedMonth(paper.id);
  const newStyle = /^\d{4}\.\d{4,5}$/.test(paper.id);
  return {
    id: citationKey(paper.id),
    type: 'article',
    title: mathToPlainText(paper.title),
    ...(paper.authors?.length ? { author: paper.authors.map(cslName) } : {}),
    ...(month ? { issued: { 'date-parts': [[month.year, month.month]] as [[number, number]] } } : {}),
    publisher: 'arXiv',
    number: paper.id,
    ...(newStyle ? { DOI: `10.48550/arXiv.${paper.id}` } : {}),
    URL: `https://arxiv.org/abs/${paper.id}`,
    ...(paper.abstract ? { abstract: mathToPlainText(paper.abstract) } : {}),
  };
}
