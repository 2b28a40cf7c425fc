/**
 * The site's data, loaded once per build and shared by every page: collections from astro:content,
 * turned into plain records by src/lib. Pages call these getters and never parse strings themselves.
 *
 * "Today" (for the next session and the inbox) is SITE_TODAY when set, otherwise the build day in the
 * group's time zone: the same content and the same day give the same site.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';
import type { Group } from '../schemas/group.ts';
import { todayIn } from '../lib/dates.ts';
import { strings, type Strings } from '../lib/i18n.ts';
import { relatedIndexFor, type RelatedIndex, type RelatedPaper } from '../lib/related/related-index.ts';
import { discussion, type RelatedLink } from '../lib/related/discussed.ts';

export interface Site extends Catalog {
  today: string;
  t: Strings;
  /** The base path, ending in `/`. */
  base: string;
  /** About five related papers of a paper, each marked when the group discussed it (index built once). */
  related(id: string): RelatedLink[];
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [papers, sessions, groups] = await Promise.all([getCollection('papers'), getCollection('sessions'), getCollection('group')]);
  const group = groups[0]?.data as Group | undefined;
  if (!group) throw new Error('content/group.yaml is missing');
  const catalog = buildCatalog({
    papers: papers.map((entry) => ({ ...entry.data, body: entry.body ?? '', filePath: entry.filePath ?? '' })),
    sessions: sessions.map((entry) => ({ ...entry.data, body: entry.body ?? '', filePath: entry.filePath ?? '' })),
    group,
  });
  const today = process.env.SITE_TODAY || todayIn(group.timezone);
  // During `astro build` a worker thread computes related papers on the other core (see
  // src/integrations/search-index.ts); elsewhere (astro dev) they are computed here, once.
  const fromWorker = (globalThis as Record<symbol, unknown>)[Symbol.for('reading-group-planner.related')] as Promise<Record<string, RelatedPaper[]>> | undefined;
  const lists = fromWorker ? await fromWorker : undefined;
  let index: RelatedIndex | undefined;
  const related = (id: string): RelatedLink[] => {
    const found = lists ? (lists[id] ?? []) : (index ??= relatedIndexFor(catalog.papers)).related(id, 5);
    return found.map((r) => ({ ...r, ...discussion(r.id, catalog, today) }));
  };
  return { ...catalog, today, t: strings(group.locale), base: import.meta.env.BASE_URL, related };
}

/** Everything pages need, built once per build. */
export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}

