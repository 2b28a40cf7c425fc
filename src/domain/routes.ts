/**
 * Every URL of the site, defined once. Each takes the site's base path (e.g. `/reading-group/`) so that
 * a build under a sub-path has no broken link.
 */
import { slugForId } from './arxiv-id.ts';

export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * A tag's URL segment: lower case, spaces to `-`, characters that are unsafe in a path removed;
 * Chinese and other letters stay as they are. A tag of dots only (`..`) would name a parent folder,
 * so it becomes `tag`, like an empty one.
 */
export function tagSlug(tag: string): string {
  const slug = tag
    .trim()
    .toLowerCase()
    .replace(/[\s/\\?#%<>"`{}|^]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^\.*$/.test(slug) ? 'tag' : slug;
}

export const routes = {
  home: () => '/',
  papers: () => '/papers/',
  paper: (id: string) => `/papers/${slugForId(id)}/`,
  tags: () => '/tags/',
  tag: (tag: string, page = 1) => `/tags/${tagSlug(tag)}/${page > 1 ? `page/${page}/` : ''}`,
  inbox: (page = 1) => (page > 1 ? `/inbox/page/${page}/` : '/inbox/'),
  schedule: () => '/sessions/',
  session: (date: string) => `/sessions/${date}/`,
  term: (key: string) => `/sessions/term/${key}/`,
  sessionIcs: (date: string) => `/sessions/${date}.ics`,
  members: () => '/members/',
  calendar: () => '/calendar.ics',
  search: () => '/search/',
  papersFeed: () => '/feeds/papers.xml',
  sessionsFeed: () => '/feeds/sessions.xml',
  papersCsl: () => '/papers.json',
  papersBib: () => '/papers.bib',
  sessionBib: (date: string) => `/sessions/${date}.bib`,
};
