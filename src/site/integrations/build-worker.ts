/**
 * Runs in a worker thread beside `astro build`, on the machine's other core, one job per worker:
 * `related` reads the paper files and computes every paper's related papers (written to the file the
 * pages read, see related-lists.ts); `search` then builds the Pagefind search index from the content
 * files, one quarter at a time, into Astro's cache folder.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readFrontmatter } from '../../files/frontmatter.ts';
import { markdownFileNames } from '../../files/check-content.ts';
import { loadGroup } from '../../files/load-group.ts';
import { strings } from '../../domain/i18n.ts';
import { relatedLists, type RelatedInput } from '../../domain/related/related-index.ts';
import { writeRelatedLists } from './related-lists.ts';
import { paperRecord, sessionRecord, type SearchPaper, type SearchRecord } from '../../render/search-records.ts';
import { mathToPlainText } from '../../render/math.ts';
import { formatDate } from '../../domain/zoned-time.ts';
import { isoDate } from '../../schemas/common.ts';
import type { PaperData, PaperStatus } from '../../schemas/paper.ts';
import { hasPage, type PageRule } from '../../domain/paper-pages.ts';
import { readPageRule } from '../../files/paper-pages-fs.ts';
import { contentPaths } from '../../files/content-paths.ts';
import { heldPaperIds, shownStatus } from '../../domain/sessions/held-papers.ts';

/** Part of every shard's cache key: a new Pagefind may write different files. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;

/** One Pagefind bundle of the search index, ready in the cache folder. */
export interface SearchShard {
  key: string;
  hash: string;
  /** The bundle's folder in the cache. */
  dir: string;
}

/**
 * Two jobs, each in its own worker so that the first one's memory (every paper's text and the
 * related-papers index) is given back when it ends, before the long second one runs beside the
 * page rendering.
 */
export type BuildWorkerInput = {
  contentDir: string;
  base: string;
  /** Astro's cache folder: unchanged search shards are kept there between builds. */
  cacheDir: string;
} & (
  | {
      task: 'related';
      /** Where the pages read the related lists (related-lists.ts). */
      relatedFile: string;
    }
  /** The paper files of each shard and each paper's title as plain text, from the related job. */
  | { task: 'search'; shardFiles: Record<string, string[]>; titles: Record<string, string> }
);

export type BuildWorkerMessage =
  | { type: 'related'; papers: number; shardFiles: Record<string, string[]>; titles: Record<string, string>; milliseconds: number }
  | { type: 'search'; records: number; shards: SearchShard[]; rebuilt: number; milliseconds: number }
  | { type: 'error'; message: string };

const input = workerData as BuildWorkerInput;
const post = (message: BuildWorkerMessage) => parentPort!.postMessage(message);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The day a paper was first imported (its oldest source), or a fixed old day when unreadable. */
function firstAdded(sources: unknown): string {
  const days = (Array.isArray(sources) ? sources : []).flatMap((s) => {
    const parsed = isoDate.safeParse((s as { imported?: unknown })?.imported);
    return parsed.success ? [parsed.data] : [];
  });
  return days.sort()[0] ?? '2000-01-01';
}

/** The papers a session file lists, as `{ id }`. */
function paperIds(papers: unknown): { id: string }[] {
  return Array.isArray(papers) ? (papers as { id: unknown }[]).map((p) => ({ id: String(p.id) })) : [];
}

/** The folder's content files, the ones the site reads (no hidden editor files). */
function markdownFiles(dir: string): string[] {
  return markdownFileNames(dir).map((name) => join(dir, name));
}

/** The fields the related papers and the search index use, read from one paper file. */
function readPaper(file: string): SearchPaper & { added: string; votes: PaperData['votes']; sources: PaperData['sources']; suggestedBy?: string } {
  const { data, body } = readFrontmatter(readFileSync(file, 'utf8'), file);
  return {
    votes: Array.isArray(data.votes) ? data.votes.map(String) : typeof data.votes === 'number' ? data.votes : 0,
    sources: Array.isArray(data.sources) ? (data.sources as PaperData['sources']) : [],
    ...(typeof data.suggestedBy === 'string' ? { suggestedBy: data.suggestedBy } : {}),
    id: String(data.id),
    title: str(data.title),
    titleZh: str(data.titleZh),
    summaryZh: str(data.summaryZh),
    summaryEn: str(data.summaryEn),
    abstract: str(data.abstract),
    abstractZh: str(data.abstractZh),
    abstractTruncated: data.abstractTruncated === true,
    abstractZhTruncated: data.abstractZhTruncated === true,
    status: str(data.status) || 'candidate',
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
    body,
    added: firstAdded(data.sources),
  };
}

/** Whether a paper read here has a page (as the papers' loader decides with the same rule). */
function hasOwnPage(paper: ReturnType<typeof readPaper>, rule: PageRule | undefined): boolean {
  return !rule || paper.sources.length === 0 || hasPage({ ...paper, status: paper.status as PaperStatus }, paper.body, rule);
}

/** A paper as the site shows it: discussed once a held session listed it (see held-papers.ts). */
function withShownStatus<P extends { id: string; status: string }>(paper: P, held: ReadonlySet<string>): P {
  return { ...paper, status: shownStatus(paper.status as PaperStatus, held.has(paper.id)) };
}

function heldPapersIn(sessions: { data: Record<string, unknown> }[]): ReadonlySet<string> {
  return heldPaperIds(sessions.map(({ data }) => ({ status: str(data.status), papers: paperIds(data.papers) })));
}

/** Every paper's related papers, the files of each search shard, and the titles sessions show. */
function runRelated(relatedFile: string): void {
  const started = performance.now();
  const texts: RelatedInput[] = [];
  const titles: Record<string, string> = {};
  const shardFiles: Record<string, string[]> = {};
  const rule = readPageRule(contentPaths(input.contentDir));
  for (const file of markdownFiles(join(input.contentDir, 'papers'))) {
    const paper = readPaper(file);
    const { id, title, titleZh, summaryZh, summaryEn, abstract, abstractZh, added } = paper;
    // Pages list related papers among those with a page only, so the others need no place in the index.
    if (hasOwnPage(paper, rule)) texts.push({ id, title, titleZh, summaryZh, summaryEn, abstract, abstractZh });
    titles[id] = mathToPlainText(title);
    (shardFiles[shardKey(added)] ??= []).push(file);
  }
  const lists = relatedLists(texts);
  writeRelatedLists(relatedFile, lists);
  post({ type: 'related', papers: Object.keys(lists).length, shardFiles, titles, milliseconds: performance.now() - started });
}

/** The search index, one quarter at a time: a quarter's files are read when it is indexed. */
async function runSearch(shardFiles: Record<string, string[]>, titles: Record<string, string>): Promise<void> {
  const started = performance.now();
  const group = loadGroup(join(input.contentDir, 'group.yaml'));
  const t = strings(group.locale);
  const sessions = markdownFiles(join(input.contentDir, 'sessions')).map((file) => readFrontmatter(readFileSync(file, 'utf8'), file));
  const held = heldPapersIn(sessions);
  const labels = { papers: t.nav.papers, sessions: t.nav.schedule, status: t.status };
  const shards = new Map<string, () => SearchRecord[]>();
  const rule = readPageRule(contentPaths(input.contentDir));
  // A paper without a page of its own (src/domain/paper-pages.ts) is still found; its result links to arXiv.
  const record = (file: string) => {
    const paper = readPaper(file);
    return paperRecord(withShownStatus(paper, held), input.base, labels, hasOwnPage(paper, rule));
  };
  for (const [key, files] of Object.entries(shardFiles)) shards.set(key, () => files.map(record));
  const titleOf = new Map(Object.entries(titles));
  const sessionRecords: SearchRecord[] = [];
  for (const { data, body } of sessions) {
    const date = str(data.date);
    const items = paperIds(data.papers);
    const heading = t.session.title(formatDate(date, group.locale, 'long'));
    sessionRecords.push(sessionRecord({ date, title: typeof data.title === 'string' ? data.title : undefined, body, papers: items }, titleOf, input.base, labels, heading));
  }
  if (sessionRecords.length) shards.set('sessions', () => sessionRecords);
  // Newest quarter first (the search page loads it as the primary bundle), sessions last.
  const order = (key: string) => (key === 'sessions' ? '0000' : key);
  const result = await writeShards(
    [...shards].sort(([a], [b]) => (order(a) < order(b) ? 1 : -1)),
    input.cacheDir,
  );
  post({ type: 'search', records: result.records, shards: result.shards, rebuilt: result.rebuilt, milliseconds: performance.now() - started });
}

async function run(): Promise<void> {
  if (input.task === 'related') runRelated(input.relatedFile);
  else await runSearch(input.shardFiles, input.titles);
}

/** Papers are indexed in one Pagefind bundle per quarter of the date they were added. */
function shardKey(added: string): string {
  const [year, month] = added.split('-').map(Number) as [number, number];
  return `${year}-q${Math.ceil(month / 3)}`;
}

/**
 * Makes sure the cache holds one Pagefind bundle per shard. A shard whose records are exactly those
 * of an earlier build is already there (its folder is named by a hash of every record and of
 * Pagefind's version) and is not indexed again.
 */
async function writeShards(shards: [string, () => SearchRecord[]][], cacheDir: string): Promise<{ records: number; shards: SearchShard[]; rebuilt: number }> {
  const cacheRoot = join(cacheDir, 'search-shards');
  mkdirSync(cacheRoot, { recursive: true });
  let records = 0;
  let rebuilt = 0;
  const kept = new Set<string>();
  const ready: SearchShard[] = [];
  for (const [key, make] of shards) {
    const list = make();
    records += list.length;
    const hash = createHash('sha256')
      .update(`${PAGEFIND_VERSION}\n${JSON.stringify(list)}`)
      .digest('hex')
      .slice(0, 16);
    const cached = join(cacheRoot, `${key}-${hash}`);
    kept.add(`${key}-${hash}`);
    if (!existsSync(join(cached, 'pagefind-entry.json'))) {
      rebuilt++;
      rmSync(cached, { recursive: true, force: true });
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      for (let i = 0; i < list.length; i += 200) await Promise.all(list.slice(i, i + 200).map((r) => index.addCustomRecord(r)));
      const written = await index.writeFiles({ outputPath: cached });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await index.deleteIndex();
    }
    ready.push({ key, hash, dir: cached });
  }
  await pagefind.close();
  for (const name of readdirSync(cacheRoot)) if (!kept.has(name)) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  return { records, shards: ready, rebuilt };
}

run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
