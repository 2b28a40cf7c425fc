/**
 * The search page as data: what its filters offer. The results come from the search index in the
 * browser (src/scripts/search-page.ts), not from this view.
 */
import type { Catalog } from '../../domain/catalog.ts';
import { PAPER_STATUSES, type PaperStatus } from '../../schemas/paper.ts';

export interface SearchPageView {
  /** Statuses to filter by, in the order papers move through them. */
  statuses: readonly PaperStatus[];
  /** Tag names to filter by, as the tags index orders them. */
  tags: string[];
}

export function searchPageView(site: Pick<Catalog, 'tags'>): SearchPageView {
  return { statuses: PAPER_STATUSES, tags: [...site.tags.values()].map((tag) => tag.name) };
}
