/**
 * A paper's page as data: the paper and everything its page shows from elsewhere (its neighbours,
 * related papers, sessions, the names of members, links). src/layouts/PaperPage.astro renders this
 * view and the page context (the group, its strings, the base path) and nothing else: its text
 * comes from `paper` and is formatted there (markdown, math, dates, BibTeX). The page's key for
 * Astro's incremental build is a hash of this same view (src/site/views/view-key.ts), so a field added
 * here is in the key, and a page is re-rendered exactly when what it shows changed.
 */
import type { Catalog, PaperRecord } from '../../domain/catalog.ts';
import type { RelatedLink } from '../../domain/related/discussed.ts';
import { arxivLinks } from '../../domain/arxiv-id.ts';
import { editLink } from './edit-link.ts';

/** Another paper as a link: its id and title. */
export interface PaperLinkView {
  id: string;
  title: string;
}

export interface PaperPageView {
  /** The paper as read from its file, body included. */
  paper: PaperRecord;
  /** Its pages on arXiv. */
  arxiv: { abs: string; pdf: string; html: string };
  /** "Edit this page": the file on the group's repository, when it has one. */
  editUrl?: string | undefined;
  /** Who voted, by name, when the votes name members. */
  voters?: string[] | undefined;
  /** Who suggested it through the site, by name. */
  suggestedBy?: string | undefined;
  /** The sessions that list it, oldest first: held already, or planned; with the presenter's name. */
  sessions: { date: string; held: boolean; presenter?: string | undefined }[];
  /**
   * Its related papers that have a page, each marked when the group discussed it. Not the scores:
   * they move a little with every new paper, and the page does not show them.
   */
  related: (PaperLinkView & { titleZh: string; discussed: boolean; discussedOn?: string | undefined })[];
  /** The papers before and after it in the catalog (newest first). */
  previous?: PaperLinkView | undefined;
  next?: PaperLinkView | undefined;
}

/** What the view is built from: the catalog, today, and the related papers of a paper. */
export interface PaperPageSource extends Pick<Catalog, 'group' | 'byId' | 'sessionsByPaper' | 'neighbours'> {
  today: string;
  related(id: string): RelatedLink[];
}

const link = (paper: PaperRecord | undefined): PaperLinkView | undefined => paper && { id: paper.id, title: paper.title };

export function paperPageView(site: PaperPageSource, id: string): PaperPageView {
  const paper = site.byId.get(id);
  if (!paper) throw new Error(`no paper ${id} in the catalog`);
  const { group } = site;
  const names = new Map(group.members.map((m) => [m.id, m.name]));
  const { previous, next } = site.neighbours(id);
  return {
    paper,
    arxiv: arxivLinks(paper.id),
    editUrl: editLink(group.repository, paper.filePath),
    voters: Array.isArray(paper.votes) ? paper.votes.map((v) => names.get(v) ?? v) : undefined,
    suggestedBy: typeof paper.suggestedBy === 'string' ? (names.get(paper.suggestedBy) ?? paper.suggestedBy) : undefined,
    sessions: (site.sessionsByPaper.get(id) ?? []).map((session) => {
      const presenter = session.papers.find((p) => p.id === id)?.presenter;
      return { date: session.date, held: session.date < site.today, presenter: presenter ? names.get(presenter) : undefined };
    }),
    related: site.related(id).flatMap((r) => {
      const other = site.byId.get(r.id);
      return other ? [{ id: other.id, title: other.title, titleZh: other.titleZh, discussed: r.discussed, discussedOn: r.discussedOn }] : [];
    }),
    previous: link(previous),
    next: link(next),
  };
}
