/**
 * The build's scan, in a worker thread beside `astro build` on the machine's other core. It starts
 * with the build, while Astro syncs its content, and reads every paper file once, with the same
 * reader as the site and the commands (src/files/paper-file.ts; a broken file is skipped here, the
 * papers' loader stops the build with its message). From that one pass it:
 *
 * 1. computes every paper's related papers among those with a page (src/domain/related) and writes
 *    them, with the exports of the papers without a page (BibTeX, CSL-JSON), to the files the pages
 *    read (scan-files.ts); pages render once these are written;
 * 2. builds the Pagefind search index from the content (not from the rendered HTML, so TeX markup
 *    never reaches it) into Astro's cache folder, while Astro renders pages (search-shards.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSync, readFileSync, writeSync, closeSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { markdownFileNames } from '../../files/check-content.ts';
import { loadGroup } from '../../files/load-group.ts';
import { parsePaperFile } from '../../files/paper-file.ts';
import { parseSessionFile } from '../../files/session-file.ts';
import { readPageRule } from '../../files/paper-pages-fs.ts';
import { contentPaths } from '../../files/content-paths.ts';
import { strings } from '../../domain/i18n.ts';
import { relatedLists, type RelatedInput } from '../../domain/related/related-index.ts';
import { hasPage } from '../../domain/paper-pages.ts';
import { heldPaperIds, shownStatus } from '../../domain/sessions/held-papers.ts';
import { formatDate } from '../../domain/zoned-time.ts';
import { archivedPaperHtml, paperRecord, sessionRecord, type SearchLabels } from '../../render/search-records.ts';
import { mathToPlainText } from '../../render/math.ts';
import { paperBibtex } from '../../render/bibtex.ts';
import { archivedPaperCsl } from '../../render/csl.ts';
import { dateAdded, type PaperData } from '../../schemas/paper.ts';
import type { SessionData } from '../../schemas/session.ts';
import { writeRelatedLists, type ScanFiles } from './scan-files.ts';
import { planShards, writeShards, type SearchShard, type ShardedPaper } from './search-shards.ts';

export type { SearchShard };

export interface BuildWorkerInput {
  contentDir: string;
  base: string;
  /** Astro's cache folder: unchanged search shards are kept there between builds. */
  cacheDir: string;
  /** Where the pages read what the scan computes. */
  files: ScanFiles;
  /** Whether to build the search index after the scan (SEARCH_INDEX=0 skips it). */
  search: boolean;
}

export type BuildWorkerMessage =
  | { type: 'scanned'; papers: number; withPage: number; milliseconds: number }
  | { type: 'search'; records: number; shards: SearchShard[]; rebuilt: number; milliseconds: number }
  | { type: 'error'; message: string };

const input = workerData as BuildWorkerInput;
const post = (message: BuildWorkerMessage) => parentPort!.postMessage(message);

/** Lines appended to a file that appears, whole, under its name when closed. */
function lineWriter(file: string): { write(line: string): void; close(): void } {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  let buffered = '';
  const flush = () => {
    writeSync(fd, buffered);
    buffered = '';
  };
  return {
    write(line) {
      buffered += `${line}\n`;
      if (buffered.length > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
      renameSync(temporary, file);
    },
  };
}

function readSessions(dir: string): (SessionData & { body: string })[] {
  const sessions: (SessionData & { body: string })[] = [];
  for (const name of markdownFileNames(dir)) {
    const file = join(dir, name);
    try {
      const session = parseSessionFile(readFileSync(file, 'utf8'), file);
      sessions.push({ ...session.data, body: session.frontmatter.body });
    } catch {
      // The sessions' loader reports it, with the same message.
    }
  }
  return sessions;
}

async function run(): Promise<void> {
  const started = performance.now();
  const paths = contentPaths(input.contentDir);
  const group = loadGroup(paths.group);
  const t = strings(group.locale);
  const labels: SearchLabels = { papers: t.nav.papers, sessions: t.nav.schedule, status: t.status };
  const sessions = readSessions(paths.sessions);
  const held = heldPaperIds(sessions.map((s) => ({ status: s.status, papers: s.papers })));
  const rule = readPageRule(paths);

  const texts: RelatedInput[] = [];
  const titles = new Map<string, string>();
  const sharded: ShardedPaper[] = [];
  const bibtex = lineWriter(input.files.archivedBibtex);
  const csl = lineWriter(input.files.archivedCsl);
  let papers = 0;
  for (const name of markdownFileNames(paths.papers)) {
    const file = join(paths.papers, name);
    let paper: PaperData;
    let body: string;
    try {
      const parsed = parsePaperFile(readFileSync(file, 'utf8'), file);
      paper = parsed.data;
      body = parsed.frontmatter.body.replace(/\r\n?/g, '\n');
    } catch {
      continue; // the papers' loader stops the build with this file's problem
    }
    papers++;
    const added = paper.sources.length ? dateAdded(paper) : '2000-01-01';
    // The same rule as the papers' loader (src/files/paper-pages-fs.ts): a paper with a page is an entry there.
    const page = !rule || paper.sources.length === 0 || hasPage(paper, body, rule);
    if (page) {
      const { id, title, titleZh, summaryZh, summaryEn, abstract, abstractZh } = paper;
      texts.push({ id, title, titleZh, summaryZh, summaryEn, abstract, abstractZh });
      titles.set(id, mathToPlainText(title));
      const shown = { ...paper, status: shownStatus(paper.status, held.has(id)), body };
      sharded.push({ added, id, page: paperRecord(shown, input.base, labels, true) });
    } else {
      sharded.push({ added, id: paper.id, archived: archivedPaperHtml(paper) });
      bibtex.write(JSON.stringify(paperBibtex(paper)));
      csl.write(JSON.stringify(archivedPaperCsl(paper)));
    }
  }
  bibtex.close();
  csl.close();
  writeRelatedLists(input.files.related, relatedLists(texts));
  texts.length = 0;
  post({ type: 'scanned', papers, withPage: titles.size, milliseconds: performance.now() - started });
  if (!input.search) return;

  const searchStarted = performance.now();
  const sessionRecords = sessions.map((session) =>
    sessionRecord(
      { date: session.date, title: session.title, body: session.body, papers: session.papers },
      titles,
      input.base,
      labels,
      t.session.title(formatDate(session.date, group.locale, 'long')),
    ),
  );
  const result = await writeShards(planShards(sharded, sessionRecords, input.base, labels), input.cacheDir);
  post({ type: 'search', records: result.records, shards: result.shards, rebuilt: result.rebuilt, milliseconds: performance.now() - searchStarted });
}

run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
