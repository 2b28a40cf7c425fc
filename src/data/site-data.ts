/**
 * The site's data, loaded once per build and shared by every page: collections from astro:content,
 * turned into plain records by src/lib. Pages call these getters and never parse strings themselves.
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';
import type { Group } from '../schemas/group.ts';

let catalog: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const [papers, sessions, groups] = await Promise.all([getCollection('papers'), getCollection('sessions'), getCollection('group')]);
  const group = groups[0]?.data as Group | undefined;
  if (!group) throw new Error('content/group.yaml is missing');
  return buildCatalog({
    papers: papers.map((entry) => ({ ...entry.data, body: entry.body ?? '', filePath: entry.filePath ?? '' })),
    sessions: sessions.map((entry) => ({ ...entry.data, body: entry.body ?? '', filePath: entry.filePath ?? '' })),
    group,
  });
}

/** The catalog of papers, sessions and the group, built once. */
export function getCatalog(): Promise<Catalog> {
  catalog ??= load();
  return catalog;
}
