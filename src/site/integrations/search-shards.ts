/**
 * The search index in pieces: one Pagefind bundle per month of import, cut further when a month holds
 * more text than one Pagefind process should index at once, plus one for the sessions. The search
 * page merges them all (`pagefind/shards.json`). A bundle whose records are exactly those of an
 * earlier build is kept in Astro's cache folder and not indexed again, so a daily build indexes the
 * months that changed: the newest one, and the one whose papers just left the group's window.
 *
 * Pagefind's time and memory grow with the text it indexes and with the number of pages: a paper with
 * a page of its own is one record with its whole text; papers without one are put fifty to an index
 * page (search-records.ts: `archivedPapersPage`), by title, summary and authors.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { archivedPapersPage, type ArchivedPapersPage, type SearchLabels, type SearchRecord } from '../../render/search-records.ts';
import { withBase } from '../../domain/routes.ts';

/**
 * One paper as the index holds it: a record of its own, or, without a page, its part of an index page
 * of such papers (search-records.ts: `archivedPaperHtml`).
 */
export type ShardedPaper = { added: string; id: string } & ({ page: SearchRecord; archived?: undefined } | { page?: undefined; archived: string });

type ShardItem = { record: SearchRecord } | { html: ArchivedPapersPage };

export interface PlannedShard {
  key: string;
  items: ShardItem[];
}

/** Where a bundle is kept in the cache folder between builds. */
export function shardDir(cacheDir: string, key: string, hash: string): string {
  return join(cacheDir, 'search-shards', `${key}-${hash}`);
}

/** One Pagefind bundle of the search index, ready in the cache folder. */
export interface SearchShard {
  key: string;
  hash: string;
  /** The bundle's folder in the cache. */
  dir: string;
}

/** Papers without a page per index page. */
export const ARCHIVED_PER_PAGE = 50;
/**
 * Text per bundle, at most (one item more when a single item is larger): Pagefind holds a bundle's
 * whole index in memory while it writes it, about 100 MB per million characters.
 */
export const SHARD_CHARACTERS = 3_000_000;

const size = (item: ShardItem) => ('record' in item ? item.record.content.length : item.html.content.length);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The bundles of one month of import: its papers with a page (by id, each its own record), then its
 * papers without one (by id, fifty to an index page), cut where a bundle would pass
 * {@link SHARD_CHARACTERS}. The same papers give the same bundles, in whatever order they were read.
 */
export function planMonth(month: string, papers: readonly ShardedPaper[], base: string, labels: SearchLabels): PlannedShard[] {
  const list = [...papers].sort(byId);
  const items: ShardItem[] = list.flatMap((p) => (p.page ? [{ record: p.page }] : []));
  const archived = list.flatMap((p) => (p.archived === undefined ? [] : [p.archived]));
  for (let i = 0; i < archived.length; i += ARCHIVED_PER_PAGE) {
    const url = withBase(base, `search/archived/${month}/${i / ARCHIVED_PER_PAGE + 1}/`);
    items.push({ html: archivedPapersPage(archived.slice(i, i + ARCHIVED_PER_PAGE), url, labels) });
  }
  const shards: PlannedShard[] = [];
  let part: ShardItem[] = [];
  let characters = 0;
  const close = () => {
    if (!part.length) return;
    shards.push({ key: shards.length === 0 ? month : `${month}.${shards.length + 1}`, items: part });
    part = [];
    characters = 0;
  };
  for (const item of items) {
    if (characters > 0 && characters + size(item) > SHARD_CHARACTERS) close();
    part.push(item);
    characters += size(item);
  }
  close();
  return shards;
}

/** The month a paper first imported on `added` (`YYYY-MM-DD`) is indexed under. */
export const monthOf = (added: string) => added.slice(0, 7);

/** Every paper's bundles, newest month first, then the sessions' ({@link planMonth}). */
export function planShards(papers: readonly ShardedPaper[], sessions: readonly SearchRecord[], base: string, labels: SearchLabels): PlannedShard[] {
  const months = new Map<string, ShardedPaper[]>();
  for (const paper of papers) {
    const month = monthOf(paper.added);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(paper);
  }
  const shards = [...months.keys()]
    .sort()
    .reverse()
    .flatMap((month) => planMonth(month, months.get(month)!, base, labels));
  if (sessions.length) shards.push({ key: 'sessions', items: sessions.map((record) => ({ record })) });
  return shards;
}

/** Newest month first (the search page loads the first bundle as its primary one), sessions last. */
export function shardOrder(a: { key: string }, b: { key: string }): number {
  const rank = (key: string) => (key === 'sessions' ? '0000' : key.replace(/\.(\d+)$/, (_, n: string) => `.${n.padStart(4, '0')}`));
  const [x, y] = [rank(a.key), rank(b.key)];
  if (x.slice(0, 7) !== y.slice(0, 7)) return x < y ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Part of every shard's cache key: a new Pagefind may write different files. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/**
 * Makes sure the cache holds one Pagefind bundle per shard, a batch of shards at a time, so that a
 * caller can plan and write one month before it reads the next and never holds every record at once.
 * A shard whose items are exactly those of an earlier build is already there (its folder is named by
 * a hash of every item and of Pagefind's version) and is not indexed again; `finish` removes the
 * bundles no shard named any more and returns them all, `reused` ones included.
 */
export function shardWriter(cacheDir: string, reused: readonly SearchShard[] = []) {
  const cacheRoot = join(cacheDir, 'search-shards');
  mkdirSync(cacheRoot, { recursive: true });
  let records = 0;
  let rebuilt = 0;
  const kept = new Set<string>(reused.map((shard) => `${shard.key}-${shard.hash}`));
  const ready: SearchShard[] = [...reused];
  return {
    async write(shards: readonly PlannedShard[]): Promise<SearchShard[]> {
      const written: SearchShard[] = [];
      for (const { key, items } of shards) {
        const hash = createHash('sha256').update(PAGEFIND_VERSION);
        for (const item of items) hash.update('\n').update(JSON.stringify(item));
        const digest = hash.digest('hex').slice(0, 16);
        const cached = shardDir(cacheDir, key, digest);
        kept.add(`${key}-${digest}`);
        if (!existsSync(join(cached, 'pagefind-entry.json'))) {
          rebuilt++;
          records += items.length;
          rmSync(cached, { recursive: true, force: true });
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (let i = 0; i < items.length; i += 100) {
            const added = await Promise.all(items.slice(i, i + 100).map((item) => ('record' in item ? index.addCustomRecord(item.record) : index.addHTMLFile(item.html))));
            const failed = added.flatMap((a) => a.errors);
            if (failed.length) throw new Error(`Pagefind could not index shard ${key}: ${failed.join('; ')}`);
          }
          const result = await index.writeFiles({ outputPath: cached });
          if (result.errors.length) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`);
          await index.deleteIndex();
        }
        written.push({ key, hash: digest, dir: cached });
      }
      ready.push(...written);
      return written;
    },
    async finish(): Promise<{ records: number; shards: SearchShard[]; rebuilt: number }> {
      await pagefind.close();
      for (const name of readdirSync(cacheRoot)) if (!kept.has(name)) rmSync(join(cacheRoot, name), { recursive: true, force: true });
      return { records, shards: ready.sort(shardOrder), rebuilt };
    },
  };
}
