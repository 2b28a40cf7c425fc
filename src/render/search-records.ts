/**
 * What the search index holds for each page, built from the content files rather than from the
 * rendered HTML: the text of a paper (titles, summaries, abstracts, notes, the questions people wrote or
 * edited) or of a session
 * (its papers' titles, agenda or minutes), with math reduced to its words.
 *
 * Pagefind's English index is used for everything; Chinese is cut into words first (Intl.Segmenter)
 * and written with spaces between them, which is how Pagefind finds `安全` in `安全性`. The search
 * page cuts a Chinese query the same way and removes the spaces again in what it shows.
 */
import { mathToPlainText, typographicDashes } from './math.ts';
import { parsePaperBody } from '../domain/paper-body.ts';
import { routes, withBase } from '../domain/routes.ts';
import { arxivLinks } from '../domain/arxiv-id.ts';
import type { PaperText } from '../domain/paper-text.ts';
import { shownAbstract } from './excerpt.ts';
import { archivedAnchor } from './archived-anchor.ts';

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
let segmenter: Intl.Segmenter | undefined;

/** Puts spaces between the words of every run of Chinese characters. */
export function spaceChineseWords(text: string): string {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return text.replace(CJK_RUN, (run) => ` ${Array.from(segmenter!.segment(run), (s) => s.segment).join(' ')} `);
}

/** Markdown to the words a reader sees (no markup characters, no HTML comments). */
export function markdownWords(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+>]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '');
}

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface SearchPaper extends PaperText {
  /** The digest cut the abstract (mid-word, often): it is indexed up to its last whole word, as pages show it. */
  abstractTruncated?: boolean;
  abstractZhTruncated?: boolean;
  status: string;
  tags: string[];
  body: string;
}

export interface SearchLabels {
  /** Filter value for the page type (e.g. "Papers"). */
  papers: string;
  sessions: string;
  /** Status names as shown in the interface. */
  status: Record<string, string>;
}

const plain = (text: string | undefined) => spaceChineseWords(mathToPlainText(text ?? ''));

/**
 * A paper's search record. `page` false is for a paper without a page of its own (see
 * src/domain/paper-pages.ts): its result links to its arXiv abstract instead.
 */
export function paperRecord(paper: SearchPaper, base: string, labels: SearchLabels, page = true): SearchRecord {
  const body = parsePaperBody(paper.body);
  const parts = [
    paper.title,
    paper.titleZh,
    paper.summaryEn,
    paper.summaryZh,
    paper.abstract && shownAbstract(paper.abstract, paper.abstractTruncated === true, 'en'),
    paper.abstractZh && shownAbstract(paper.abstractZh, paper.abstractZhTruncated === true, 'zh-CN'),
    markdownWords(body.notes),
    // The questions people wrote or edited. Unedited starter questions quote the abstract, already
    // indexed, inside the generator's own frames ("Were the baselines given the same data …"), which
    // would match a search for "baselines" on every paper that got that frame.
    ...body.questionItems.filter((q) => !q.starter).map((q) => markdownWords(q.text)),
    ...body.extra.map((s) => `${s.title} ${markdownWords(s.markdown)}`),
  ];
  const status = labels.status[paper.status] ?? paper.status;
  return {
    url: page ? withBase(base, routes.paper(paper.id)) : arxivLinks(paper.id).abs,
    content: parts
      .map(plain)
      .filter((p) => p.trim())
      .join('\n'),
    language: 'en',
    meta: { title: typographicDashes(mathToPlainText(paper.title)), status, id: paper.id },
    filters: { type: [labels.papers], status: [status], ...(paper.tags.length ? { tag: paper.tags } : {}) },
  };
}

export function sessionRecord(
  session: { date: string; title?: string | undefined; body: string; papers: { id: string }[] },
  titles: ReadonlyMap<string, string>,
  base: string,
  labels: SearchLabels,
  heading: string,
): SearchRecord {
  const papers = session.papers.map((p) => titles.get(p.id) ?? p.id);
  return {
    url: withBase(base, routes.session(session.date)),
    // Joined by a visible mark: Pagefind's excerpts turn line breaks into spaces, which ran the titles together.
    content: [session.title ?? '', ...papers, markdownWords(session.body)]
      .map(plain)
      .filter((p) => p.trim())
      .join(' · \n'),
    language: 'en',
    meta: { title: heading },
    filters: { type: [labels.sessions] },
  };
}

/** What the index keeps of a paper without a page of its own: enough to find it, and its arXiv link. */
export type ArchivedSearchPaper = Pick<PaperText, 'id' | 'title' | 'titleZh' | 'summaryEn' | 'summaryZh'> & { authors?: string[] | undefined };

/** A page of the search index that holds many papers without a page, each found as a sub-result. */
export interface ArchivedPapersPage {
  /** Never shown: each hit links to its paper's arXiv abstract (see archived-anchor.ts). */
  url: string;
  /** HTML for Pagefind: one heading (with the paper's anchor) and one paragraph per paper. */
  content: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * A paper without a page as its index page holds it (see {@link archivedPapersPage}): a heading whose
 * anchor names the paper, then its Chinese title, one-line summaries and authors. Made as the files
 * are read, so that only this short text is kept of each such paper.
 */
export function archivedPaperHtml(paper: ArchivedSearchPaper): string {
  const text = [paper.titleZh, paper.summaryEn, paper.summaryZh, paper.authors?.join(', ')].map(plain).filter((p) => p.trim());
  return `<h2 id="${escapeHtml(archivedAnchor(paper.id))}">${escapeHtml(typographicDashes(mathToPlainText(paper.title)))}</h2><p>${escapeHtml(text.join(' · '))}</p>`;
}

/**
 * Papers without a page, indexed many to one Pagefind page: Pagefind's cost is mostly per page, and a
 * year of whole digests holds over 100,000 of them. Each paper is a heading whose anchor names it
 * ({@link archivedPaperHtml}), so Pagefind reports it as a sub-result of its own (title, excerpt,
 * `#arxiv-<id>`), which the search page shows as one result linking to arXiv. They are indexed by
 * their titles, one-line summaries and authors: enough to find a paper again, without the abstracts'
 * bulk.
 */
export function archivedPapersPage(papers: readonly string[], url: string, labels: SearchLabels): ArchivedPapersPage {
  const status = labels.status.candidate ?? 'candidate';
  const content =
    `<html lang="en"><head><title>${escapeHtml(labels.papers)}</title></head><body>` +
    `<main data-pagefind-body data-pagefind-meta="archived:1" data-pagefind-filter="type:${escapeHtml(labels.papers)}">` +
    `<div data-pagefind-filter="status:${escapeHtml(status)}">${papers.join('')}</div></main></body></html>`;
  return { url, content };
}
