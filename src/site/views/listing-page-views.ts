/**
 * The paper listings as data, one view per page: all papers by status and order
 * (src/pages/papers/[...list].astro), the tags (src/pages/tags/index.astro), one tag's papers
 * (src/pages/tags/[tag]/[...page].astro) and the inbox (src/pages/inbox/[...page].astro). Each page
 * renders its view and the page context and nothing else; the paginated ones are keyed by their view
 * for the incremental build (src/site/views/view-key.ts).
 */
import type { Catalog } from '../../domain/catalog.ts';
import { inbox } from '../../domain/timeline.ts';
import type { PaperStatus } from '../../schemas/paper.ts';
import { listingPages, statusCounts, type ListingKey } from './listings.ts';
import { paginate, type PageSlice } from './paginate.ts';
import { paperListItems, type PaperListItemView } from './paper-list-item-view.ts';

/** A page of the papers listing. */
export interface PapersPageView {
  /** Which status and order it lists. */
  key: ListingKey;
  slice: PageSlice<PaperListItemView>;
  /** Papers per status and in all, for the filter. */
  counts: Record<PaperStatus, number>;
  total: number;
  /** How many paper files have no page, said on the first page of all papers (0 elsewhere). */
  papersWithoutPage: number;
  /** The route's rest parameter: the path without `/papers/` (undefined for the first page). */
  param: string | undefined;
}

export function papersPageViews(site: Pick<Catalog, 'papers' | 'group'> & { papersWithoutPage: number }): PapersPageView[] {
  const counts = statusCounts(site.papers);
  return listingPages(paperListItems(site.papers, site.group.locale)).map(({ key, slice, param }) => ({
    key,
    slice,
    counts,
    total: site.papers.length,
    papersWithoutPage: !key.status && slice.page === 1 ? site.papersWithoutPage : 0,
    param,
  }));
}

/** The tags page: each tag with its URL segment and how many papers carry it. */
export interface TagsPageView {
  tags: { slug: string; name: string; count: number }[];
}

export function tagsPageView(site: Pick<Catalog, 'tags'>): TagsPageView {
  return { tags: [...site.tags].map(([slug, tag]) => ({ slug, name: tag.name, count: tag.papers.length })) };
}

/** A page of one tag's papers. */
export interface TagPageView {
  slug: string;
  name: string;
  slice: PageSlice<PaperListItemView>;
}

export function tagPageViews(site: Pick<Catalog, 'tags' | 'group'>): TagPageView[] {
  return [...site.tags].flatMap(([slug, tag]) => paginate(paperListItems(tag.papers, site.group.locale)).map((slice) => ({ slug, name: tag.name, slice })));
}

/** A page of the inbox: the candidates added since the last held session (depends on today). */
export interface InboxPageView {
  slice: PageSlice<PaperListItemView>;
  /** The last held session's date, when there was one. */
  since?: string | undefined;
  /** How many papers there are in all (the empty inbox links to them). */
  total: number;
}

export function inboxPageViews(site: Pick<Catalog, 'papers' | 'sessions' | 'group'> & { today: string }): InboxPageView[] {
  const box = inbox(site.papers, site.sessions, site.today);
  return paginate(paperListItems(box.papers, site.group.locale)).map((slice) => ({ slice, since: box.since, total: site.papers.length }));
}
