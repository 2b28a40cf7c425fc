/**
 * Splitting long lists into pages, so that a list of 20,000 papers is a few hundred small pages.
 */
export interface PageSlice<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  pages: number;
  total: number;
  /** Index of the first item on this page in the whole list (0-based). */
  start: number;
}

export const PAGE_SIZE = 40;

export function paginate<T>(items: T[], size = PAGE_SIZE): PageSlice<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: i + 1,
    pages,
    total: items.length,
    start: i * size,
  }));
}

/**
 * The page numbers a pager shows around the current page: first, last, and two on each side, with
 * `undefined` for a gap (`1 … 4 5 6 7 8 … 40`).
 */
export function pagerWindow(page: number, pages: number, radius = 2): (number | undefined)[] {
  const shown = new Set([1, pages]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | undefined)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(undefined);
    out.push(p);
  });
  return out;
}
