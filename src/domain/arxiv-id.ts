/**
 * arXiv identifiers: recognising them in links, turning them into safe file names and URL slugs,
 * and building the canonical links (abstract, PDF, HTML) for a paper.
 *
 * Two id schemes exist: new-style `YYMM.NNNN(N)` (since 2007) and old-style `archive(.SC)/YYMMNNN`
 * (e.g. `hep-th/9901001`, `math.GT/0309136`). A version suffix `vN` is never part of the id.
 */

import { ARXIV_NEW_STYLE, ARXIV_OLD_STYLE } from '../schemas/common.ts';

const NEW_STYLE = new RegExp(`^(${ARXIV_NEW_STYLE})(?:v(\\d+))?$`);
const OLD_STYLE = new RegExp(`^(${ARXIV_OLD_STYLE})(?:v(\\d+))?$`);

/** Whether an id is new-style (`2404.01399`), which dates it by its first four digits. */
export function isNewStyleId(id: string): boolean {
  return new RegExp(`^${ARXIV_NEW_STYLE}$`).test(id);
}

export interface ParsedArxivId {
  /** The id without version, e.g. `2404.01399` or `hep-th/9901001`. */
  id: string;
  /** The version number when the text carried one (`v2` gives 2). */
  version?: number;
}

/** Parses a bare id with an optional version (`2404.01399v2`, `hep-th/9901001`). */
export function parseArxivId(text: string): ParsedArxivId | undefined {
  const trimmed = text.trim();
  const match = NEW_STYLE.exec(trimmed) ?? OLD_STYLE.exec(trimmed);
  if (!match) return undefined;
  return match[2] ? { id: match[1]!, version: Number(match[2]) } : { id: match[1]! };
}

const LINK = /^https?:\/\/(?:www\.|rss\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/;

/**
 * Extracts the id from an arXiv link: `http(s)://arxiv.org/abs/ID`, `https://rss.arxiv.org/abs/ID`,
 * `/pdf/ID`, `/html/ID`, with or without a version.
 */
export function arxivIdFromUrl(url: string): ParsedArxivId | undefined {
  const match = LINK.exec(url.trim());
  return match ? parseArxivId(match[1]!) : undefined;
}

/** Accepts either a bare id or a link; what `npm run add` and `--only` style inputs need. */
export function arxivIdFromText(text: string): ParsedArxivId | undefined {
  return parseArxivId(text) ?? arxivIdFromUrl(text);
}

/**
 * The file stem and URL slug of a paper: the id itself for new-style ids, and `/` replaced by `_`
 * for old-style ones (`hep-th/9901001` becomes `hep-th_9901001`).
 */
export function slugForId(id: string): string {
  return id.replace('/', '_');
}

/** Canonical links of a paper on arxiv.org. */
export function arxivLinks(id: string, version?: number) {
  const v = version ? `v${version}` : '';
  return {
    abs: `https://arxiv.org/abs/${id}${v}`,
    pdf: `https://arxiv.org/pdf/${id}${v}`,
    html: `https://arxiv.org/html/${id}${v}`,
  };
}

/**
 * The year and month an id was first submitted, from its `YYMM` part; useful as a citation year.
 * Returns undefined for ids that do not follow either scheme.
 */
export function submittedMonth(id: string): { year: number; month: number } | undefined {
  const digits = /^(\d{2})(\d{2})\./.exec(id) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!digits) return undefined;
  const yy = Number(digits[1]);
  const year = yy >= 91 ? 1900 + yy : 2000 + yy;
  return { year, month: Number(digits[2]) };
}

/** What a person types for a paper: bare or versioned ids, `arXiv:` ids, arXiv links and arXiv DOIs. */
export function parseArxivInput(text: string): ParsedArxivId | undefined {
  const trimmed = text.trim().replace(/^arxiv:\s*/i, '');
  const doi = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.(.+)$/i.exec(trimmed);
  return arxivIdFromText(doi ? doi[1]! : trimmed);
}
