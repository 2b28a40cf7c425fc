/**
 * CSL-JSON, the format reference managers (Zotero, Mendeley, pandoc's citeproc) import: one item per
 * paper, typed `article` (CSL's type for preprints), with arXiv's DOI and the submission month.
 */
import { isNewStyleId } from '../domain/arxiv-id.ts';
import type { BibtexPaper } from './bibtex.ts';
import { citationKey } from './bibtex.ts';
import { paperMonth } from './bibtex.ts';
import { mathToPlainText } from './math.ts';
import { splitAuthorName } from '../domain/author-names.ts';

export interface CslItem {
  id: string;
  type: 'article';
  title: string;
  author?: ({ family: string; given?: string; suffix?: string } | { literal: string })[];
  issued?: { 'date-parts': [[number, number] | [number, number, number]] };
  publisher: 'arXiv';
  number: string;
  DOI?: string;
  URL: string;
  abstract?: string;
}

/** "Ada Lovelace" becomes family Lovelace, given Ada ("Dana de la Cruz": family "de la Cruz"); a single word or a collaboration stays a literal name. */
export function cslName(name: string): { family: string; given?: string; suffix?: string } | { literal: string } {
  return splitAuthorName(name);
}

/** The day arXiv received version 1, as CSL date parts, when arXiv has said. */
function submittedParts(submitted: string | undefined): [number, number, number] | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(submitted ?? '');
  return day ? [Number(day[1]), Number(day[2]), Number(day[3])] : undefined;
}

export function paperCsl(paper: BibtexPaper & { abstract?: string }): CslItem {
  const month = paperMonth(paper);
  const day = submittedParts(paper.submitted);
  const newStyle = isNewStyleId(paper.id);
  return {
    id: citationKey(paper.id),
    type: 'article',
    title: mathToPlainText(paper.title),
    ...(paper.authors?.length ? { author: paper.authors.map(cslName) } : {}),
    ...(day ? { issued: { 'date-parts': [day] as [[number, number, number]] } } : month ? { issued: { 'date-parts': [[month.year, month.month]] as [[number, number]] } } : {}),
    publisher: 'arXiv',
    number: paper.id,
    ...(newStyle ? { DOI: `10.48550/arXiv.${paper.id}` } : {}),
    URL: `https://arxiv.org/abs/${paper.id}`,
    ...(paper.abstract ? { abstract: mathToPlainText(paper.abstract) } : {}),
  };
}

/**
 * A paper without a page of its own (an untouched candidate past the group's window), as the exports
 * hold it: its citation without the abstract, which would make up two thirds of a year of such papers
 * (about 200 MB of the site for a group that imports whole digests). Its arXiv page has the abstract.
 */
export function archivedPaperCsl(paper: BibtexPaper & { abstract?: string }): CslItem {
  const citation: BibtexPaper & { abstract?: string } = { ...paper };
  delete citation.abstract;
  return paperCsl(citation);
}
