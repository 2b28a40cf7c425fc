/**
 * Runs in a worker thread beside `astro build`, on the machine's other core: reads the content files,
 * computes every paper's related papers (handed to the pages as soon as they are ready), then builds
 * the Pagefind search index from the same data into a temporary folder.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { loadGroup } from '../lib/load-group.ts';
import { strings } from '../lib/i18n.ts';
import { relatedIndexFor, type RelatedInput, type RelatedPaper } from '../lib/related/related-index.ts';
import { paperRecord, sessionRecord, type SearchPaper, type SearchRecord } from '../lib/search-records.ts';
import { mathToPlainText } from '../lib/math.ts';
import { formatDate } from '../lib/zoned-time.ts';

export interface BuildWorkerInput {
  contentDir: string;
  base: string;
  /** Where to write the search index; undefined: no search index. */
  searchOut?: string;
}

export type BuildWorkerMessage =
  | { type: 'related'; lists: Record<string, RelatedPaper[]>; milliseconds: number }
  | { type: 'search'; records: number; milliseconds: number }
  | { type: 'error'; message: string };

const input = workerData as BuildWorkerInput;
const post = (message: BuildWorkerMessage) => parentPort!.postMessage(message);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => join(dir, n));
  } catch {
    return [];
  }
}

async function run(): Promise<void> {
  const started = performance.now();
  const group = loadGroup(join(input.contentDir, 'group.yaml'));
  const t = strings(group.locale);
  const papers: (RelatedInput & SearchPaper)[] = [];
  for (const file of markdownFiles(join(input.contentDir, 'papers'))) {
    const { data, body } = readFrontmatter(readFileSync(file, 'utf8'), file);
    papers.push({
      id: String(data.id),
      title: str(data.title),
      titleZh: str(data.titleZh),
      summaryZh: str(data.summaryZh),
      summaryEn: str(data.summaryEn),
      abstract: str(data.abstract),
      abstractZh: str(data.abstractZh),
      status: str(data.status) || 'candidate',
      tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
      body,
    });
  }
  const index = relatedIndexFor(papers);
  const lists: Record<string, RelatedPaper[]> = {};
  for (const paper of papers) lists[paper.id] = index.related(paper.id, 5);
  post({ type: 'related', lists, milliseconds: performance.now() - started });

  if (!input.searchOut) return;
  const searchStarted = performance.now();
  const { index: search, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!search) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const labels = { papers: t.nav.papers, sessions: t.nav.schedule, status: t.status };
  const titles = new Map(papers.map((p) => [p.id, mathToPlainText(p.title)]));
  let count = 0;
  let batch: Promise<unknown>[] = [];
  const add = async (record: SearchRecord) => {
    batch.push(search.addCustomRecord(record));
    count++;
    if (batch.length >= 200) {
      await Promise.all(batch);
      batch = [];
    }
  };
  for (const paper of papers) await add(paperRecord(paper, input.base, labels));
  papers.length = 0;
  for (const file of markdownFiles(join(input.contentDir, 'sessions'))) {
    const { data, body } = readFrontmatter(readFileSync(file, 'utf8'), file);
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : str(data.date);
    const items = Array.isArray(data.papers) ? (data.papers as { id: unknown }[]).map((p) => ({ id: String(p.id) })) : [];
    const heading = t.session.title(formatDate(date, group.locale, 'long'));
    await add(sessionRecord({ date, title: typeof data.title === 'string' ? data.title : undefined, body, papers: items }, titles, input.base, labels, heading));
  }
  await Promise.all(batch);
  const written = await search.writeFiles({ outputPath: input.searchOut });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  post({ type: 'search', records: count, milliseconds: performance.now() - searchStarted });
}

run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
