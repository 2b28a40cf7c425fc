/**
 * The paper listings of the site: all papers and each status, newest or oldest first, each split into
 * pages. One function lists every page to build, so the routes stay thin and the links consistent.
 */
import type { PaperRecord } from '../../domain/catalog.ts';
import { PAPER_STATUSES, type PaperStatus } from '../../schemas/paper.ts';
import { paginate, type PageSlice } from './paginate.ts';

export type Order = 'newest' | 'oldest';

export interface ListingKey {
  status?: PaperStatus | undefined;
  order: Order;
}

/** The path of a listing page: `/papers/`, `/papers/status/shortlisted/oldest/page/3/`. */
export function listingPath(key: ListingKey, page = 1): string {
  let path = '/papers/';
  if (key.status) path += `status/${key.status}/`;
  if (key.order === 'oldest') path += 'oldest/';
  if (page > 1) path += `page/${page}/`;
  return path;
}

export interface ListingPage<T> {
  key: ListingKey;
  slice: PageSlice<T>;
  /** The route's rest parameter: the path without `/papers/` (undefined for the first page). */
  param: string | undefined;
}

/** Every listing page. `papers` must be newest first. */
export function listingPages<T extends { status: PaperStatus }>(papers: T[], size?: number): ListingPage<T>[] {
  const out: ListingPage<T>[] = [];
  const statuses: (PaperStatus | undefined)[] = [undefined, ...PAPER_STATUSES];
  for (const status of statuses) {
    const subset = status ? papers.filter((p) => p.status === status) : papers;
    for (const order of ['newest', 'oldest'] as const) {
      const list = order === 'newest' ? subset : [...subset].reverse();
      for (const slice of paginate(list, size)) {
        const key = { status, order };
        const param = listingPath(key, slice.page)
          .replace(/^\/papers\//, '')
          .replace(/\/$/, '');
        out.push({ key, slice, param: param || undefined });
      }
    }
  }
  return out;
}

const countsFor = new WeakMap<PaperRecord[], Record<PaperStatus, number>>();

/** Number of papers per status, for the filter (counted once per list). */
export function statusCounts(papers: PaperRecord[]): Record<PaperStatus, number> {
  const known = countsFor.get(papers);
  if (known) return known;
  const counts = Object.fromEntries(PAPER_STATUSES.map((s) => [s, 0])) as Record<PaperStatus, number>;
  for (const p of papers) counts[p.status]++;
  countsFor.set(papers, counts);
  return counts;
}
