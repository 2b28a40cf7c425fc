/**
 * Every URL of the site, defined once. Each takes the site's base path (e.g. `/reading-group/`) so that
 * a build under a sub-path has no broken link.
 */
import { slugForId } from './arxiv-id.ts';

export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

export const routes = {
  home: () => '/',
  papers: () => '/papers/',
  papersPage: (page: number) => (page <= 1 ? '/papers/' : `/papers/page/${page}/`),
  paper: (id: string) => `/papers/${slugForId(id)}/`,
  paperBib: (id: string) => `/papers/${slugForId(id)}.bib`,
  tags: () => '/tags/',
  tag: (tag: string) => `/tags/${encodeURIComponent(tag)}/`,
  inbox: () => '/inbox/',
  schedule: () => '/sessions/',
  session: (date: string) => `/sessions/${date}/`,
  sessionIcs: (date: string) => `/sessions/${date}.ics`,
  members: () => '/members/',
  calendar: () => '/calendar.ics',
  search: () => '/search/',
};
