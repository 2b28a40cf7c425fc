/**
 * The build's search index, in a worker thread of its own that starts when the scan's worker
 * (build-worker.ts) has ended: the scan holds the text of every paper with a page while it computes
 * the related papers, and a worker's heap is only given back whole when the worker ends, so the
 * index, which runs beside the pages' rendering to the end of the build, starts on an empty heap.
 *
 * It builds the Pagefind index a month at a time from the files the scan wrote (month-search-files.ts):
 * a month's records are made, indexed and let go before the next month's are made (search-shards.ts),
 * then records the months' bundles in the scan's cache for the next build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rmSync } from 'node:fs';
import { shownStatus } from '../../domain/sessions/held-papers.ts';
import { paperRecord, type SearchLabels, type SearchRecord } from '../../render/search-records.ts';
import { writeWhole } from './scan-files.ts';
import { readArchived, readPages } from './month-search-files.ts';
import { planMonth, shardOrder, shardWriter, type SearchShard, type ShardedPaper } from './search-shards.ts';

/** What the scan's cache keeps of a month of import: a signature of its papers, and the search bundles made of it. */
export interface MonthCacheEntry {
  signature: string;
  shards?: { key: string; hash: string }[];
}

/** A month whose bundles are made again: the files of its papers with a page and of its other papers' index text. */
export interface MonthToIndex {
  month: string;
  pages?: string;
  archived?: string;
}

/** What the scan hands to the search worker: every part is plain data, sent as the worker's input. */
export interface SearchPlan {
  /** Astro's cache folder, where the bundles are kept between builds. */
  cacheDir: string;
  base: string;
  labels: SearchLabels;
  /** The months to index again, in order. */
  toIndex: MonthToIndex[];
  /** The bundles of the months that did not change, kept from the last build. */
  reused: SearchShard[];
  /** The ids of the papers a held session lists (their status is shown as held). */
  held: string[];
  sessions: SearchRecord[];
  /** The scan's cache of months ({@link MonthCacheEntry}), written here with the bundles' hashes. */
  monthsCache: { file: string; version: string; months: Record<string, MonthCacheEntry> };
}

export type SearchWorkerMessage = { type: 'search'; records: number; shards: SearchShard[]; rebuilt: number; milliseconds: number } | { type: 'error'; message: string };

const plan = workerData as SearchPlan;
const post = (message: SearchWorkerMessage) => parentPort!.postMessage(message);

async function run(): Promise<void> {
  const started = performance.now();
  const held = new Set(plan.held);
  const months = plan.monthsCache.months;
  const writer = shardWriter(plan.cacheDir, plan.reused);
  for (const { month, pages, archived } of plan.toIndex) {
    const papers: ShardedPaper[] = [];
    if (pages) {
      for await (const { added, paper, body } of readPages(pages)) {
        papers.push({ added, id: paper.id, page: paperRecord({ ...paper, status: shownStatus(paper.status, held.has(paper.id)), body }, plan.base, plan.labels, true) });
      }
      rmSync(pages, { force: true });
    }
    if (archived) {
      papers.push(...(await readArchived(archived, month)));
      rmSync(archived, { force: true });
    }
    for (const shard of await writer.write(planMonth(month, papers, plan.base, plan.labels))) (months[month]!.shards ??= []).push({ key: shard.key, hash: shard.hash });
  }
  if (plan.sessions.length) await writer.write([{ key: 'sessions', items: plan.sessions.map((record) => ({ record })) }]);
  const result = await writer.finish();
  for (const entry of Object.values(months)) entry.shards?.sort(shardOrder);
  writeWhole(plan.monthsCache.file, JSON.stringify({ version: plan.monthsCache.version, months }));
  post({ type: 'search', records: result.records, shards: result.shards, rebuilt: result.rebuilt, milliseconds: performance.now() - started });
}

run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
