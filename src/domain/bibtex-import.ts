/**
 * Papers from a BibTeX file, for `npm run add -- --bibtex refs.bib`.
 *
 * An entry becomes a paper when it names an arXiv id in one of the ways reference managers write it:
 * `eprint` with `archivePrefix = {arXiv}` (or biblatex's `eprinttype = {arxiv}`), an arxiv.org `url`,
 * a `doi` of the form `10.48550/arXiv.<id>`, or Google Scholar's `journal = {arXiv preprint
 * arXiv:<id>}`. Every other entry is reported as skipped, with its key and the reason; so are entries
 * the parser could not read.
 */
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { arxivIdFromText, arxivIdFromUrl, type ParsedArxivId } from './arxiv-id.ts';
import { ARXIV_NEW_STYLE, ARXIV_OLD_STYLE } from '../schemas/common.ts';

export interface BibtexEntry {
  /** The entry's citation key. */
  key: string;
  /** Line of the entry's `@type{` in the file (1-based). */
  line?: number;
  id: string;
  version?: number;
  /** Plain text; may be empty when the entry has no title. */
  title: string;
  authors: string[];
  abstract: string;
  /** `primaryClass`, when it names an arXiv category. */
  categories: string[];
}

export interface BibtexSkip {
  /** The citation key, when the parser got that far. */
  key?: string;
  line?: number;
  reason: string;
}

export interface BibtexImport {
  papers: BibtexEntry[];
  skipped: BibtexSkip[];
}

const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.(.+)$/i;
const PREPRINT = new RegExp(String.raw`\barXiv:\s*(${ARXIV_OLD_STYLE}(?:v\d+)?|${ARXIV_NEW_STYLE}(?:v\d+)?)`, 'i');
const CATEGORY = /^[a-z-]+(?:\.[A-Za-z-]+)?$/;

/** The arXiv id an entry's fields name, if any. */
export function arxivIdOfEntry(fields: Record<string, unknown>): ParsedArxivId | undefined {
  const field = (name: string) => (typeof fields[name] === 'string' ? fields[name].trim() : '');
  const archive = (field('archiveprefix') || field('eprinttype')).toLowerCase();
  if (field('eprint') && archive === 'arxiv') {
    const id = arxivIdFromText(field('eprint').replace(/^arxiv:\s*/i, ''));
    if (id) return id;
  }
  const fromUrl = arxivIdFromUrl(field('url'));
  if (fromUrl) return fromUrl;
  const doi = DOI.exec(field('doi'));
  if (doi) {
    const id = arxivIdFromText(doi[1]!);
    if (id) return id;
  }
  for (const name of ['journal', 'journaltitle', 'note', 'howpublished']) {
    const preprint = PREPRINT.exec(field(name));
    if (preprint) {
      const id = arxivIdFromText(preprint[1]!);
      if (id) return id;
    }
  }
  return undefined;
}

/** Text from the parser's output: its HTML markup (`<i>`, `<sup>`, `<span class="nocase">`) removed. */
function plain(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .normalize('NFC')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function authorName(creator: Creator): string {
  if (creator.name) return plain(creator.name);
  const name = [creator.firstName, creator.prefix, creator.lastName].filter(Boolean).join(' ');
  return plain(creator.suffix ? `${name}, ${creator.suffix}` : name);
}

function lineOf(text: string, entry: Entry, from: number): { line?: number; next: number } {
  const at = entry.input ? text.indexOf(entry.input, from) : -1;
  if (at < 0) return { next: from };
  return { line: text.slice(0, at).split('\n').length, next: at + entry.input.length };
}

/** Reads a BibTeX text. Never throws on bad entries: they come back in `skipped`. */
export function readBibtex(text: string): BibtexImport {
  const library = parse(text, { english: false, unsupported: 'ignore' });
  const result: BibtexImport = { papers: [], skipped: [] };
  const seen = new Map<string, string>();
  let searchFrom = 0;
  for (const entry of library.entries) {
    const { line, next } = lineOf(text, entry, searchFrom);
    searchFrom = next;
    const where = { ...(entry.key ? { key: entry.key } : {}), ...(line ? { line } : {}) };
    if (!entry.input && Object.keys(entry.fields).length === 0) continue; // unreadable: reported below with the parser's error
    const parsed = arxivIdOfEntry(entry.fields);
    if (!parsed) {
      result.skipped.push({ ...where, reason: 'no arXiv id: expected eprint with archivePrefix = {arXiv}, an arxiv.org url, or a doi 10.48550/arXiv.…' });
      continue;
    }
    const earlier = seen.get(parsed.id);
    if (earlier !== undefined) {
      result.skipped.push({ ...where, reason: `arXiv:${parsed.id} again (already in entry ${earlier})` });
      continue;
    }
    seen.set(parsed.id, entry.key);
    const primary = plain(entry.fields.primaryclass);
    result.papers.push({
      key: entry.key,
      ...(line ? { line } : {}),
      id: parsed.id,
      ...(parsed.version ? { version: parsed.version } : {}),
      title: plain(entry.fields.title),
      authors: (entry.fields.author ?? []).map(authorName).filter(Boolean),
      abstract: plain(entry.fields.abstract),
      categories: CATEGORY.test(primary) ? [primary] : [],
    });
  }
  for (const error of library.errors) {
    const key = /^@\w+\s*\{\s*([^,\s]+)/.exec(error.input ?? '')?.[1];
    const at = error.input ? text.indexOf(error.input) : -1;
    result.skipped.push({
      ...(key ? { key } : {}),
      ...(at >= 0 ? { line: text.slice(0, at).split('\n').length } : {}),
      reason: `could not be read: ${error.error}`,
    });
  }
  return result;
}
