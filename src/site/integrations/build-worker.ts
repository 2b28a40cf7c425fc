/**
 * The build's scan, in a worker thread beside `astro build` on the machine's other core. It starts
 * with the build, while Astro syncs its content, and reads every paper file once, with the same
 * reader as the site and the commands (src/files/paper-file.ts; a broken file is skipped here, the
 * papers' loader stops the build with its message). From that one pass it:
 *
 * 1. computes every paper's related papers among those with a page (src/domain/related) and writes
 *    them, with the exports of the papers without a page (BibTeX, CSL-JSON), to the files the pages
 *    read (scan-files.ts): the related papers first, which the paper pages wait for, then the exports,
 *    which the build completes after the pages;
 * 2. writes, for each month whose search bundles must be made again, the files the search worker
 *    reads (month-search-files.ts), and ends with a {@link SearchPlan}: the search-index integration
 *    then starts search-worker.ts, which builds the Pagefind index from the content (not from the
 *    rendered HTML, so TeX markup never reaches it) while Astro renders pages.
 *
 * Between builds it keeps, in Astro's cache folder ({@link ScanCache}), what each file said about
 * its page (by a hash of the file's text, which a fresh checkout does not change) and what it made of
 * each month of papers: a month whose files and pages did not change is neither read nor indexed
 * again. A daily build of a group that imports whole digests parses the day's papers and those with
 * a page, not the year's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { markdownFileNames } from '../../files/check-content.ts';
import { loadGroup } from '../../files/load-group.ts';
import { parsePaperFile } from '../../files/paper-file.ts';
import { parseSessionFile } from '../../files/session-file.ts';
import { readPageRule } from '../../files/paper-pages-fs.ts';
import { contentPaths } from '../../files/content-paths.ts';
import { strings } from '../../domain/i18n.ts';
import { relatedLists, type RelatedInput } from '../../domain/related/related-index.ts';
import { hasPageByFacts, pageFacts, type PageFacts } from '../../domain/paper-pages.ts';
import { heldPaperIds } from '../../domain/sessions/held-papers.ts';
import { formatDate } from '../../domain/zoned-time.ts';
import { sessionRecord, type SearchLabels } from '../../render/search-records.ts';
import { mathToPlainText } from '../../render/math.ts';
import { paperBibtex } from '../../render/bibtex.ts';
import { archivedPaperCsl } from '../../render/csl.ts';
import type { PaperData } from '../../schemas/paper.ts';
import type { SessionData } from '../../schemas/session.ts';
import { writeRelatedLists, writeWhole, type ScanFiles } from './scan-files.ts';
import { codeVersion } from './code-version.ts';
import { monthOf, shardDir, type SearchShard } from './search-shards.ts';
import { archivedLine, pageLine } from './month-search-files.ts';
import type { MonthCacheEntry, MonthToIndex, SearchPlan } from './search-worker.ts';

export type { SearchShard, SearchPlan };

export interface BuildWorkerInput {
  contentDir: string;
  base: string;
  /** Astro's cache folder: the scan's cache and the search bundles are kept there between builds. */
  cacheDir: string;
  /** Where the pages read what the scan computes. */
  files: ScanFiles;
  /** Whether to plan the search index (SEARCH_INDEX=0 skips it). */
  search: boolean;
}

export type BuildWorkerMessage =
  | {
      type: 'scanned';
      papers: number;
      withPage: number;
      parsed: number;
      monthsRedone: number;
      months: number;
      milliseconds: number;
      /** What the search worker is to do; absent when SEARCH_INDEX=0. */
      search?: SearchPlan;
    }
  | { type: 'error'; message: string };

/**
 * What one build's scan leaves for the next. `files`: per paper file name, the hash of its text, its
 * {@link PageFacts} and, for a paper with a page, the text the related papers are computed from (so
 * that a rebuild parses only the files that changed and those of the months whose bundles it makes
 * again). `months`: per month of import, a signature of its papers (their files, which
 * have a page, which a held session lists) and of everything else its output depends on (the site's
 * code and packages, base path and language), the search bundles made of it, and its exports' files.
 */
interface ScanCache {
  version: string;
  files: Record<string, [hash: string, id: string, added: string, engaged: 0 | 1, related?: RelatedInput]>;
  months: Record<string, MonthCacheEntry>;
}

/**
 * The cache's two parts are two files: `files` is written as soon as the files are read (and let go,
 * since it holds the text of every paper with a page), `months` when the search bundles are made.
 * Each is valid without the other: a file's entry is keyed by the hash of its text, and a month's
 * signature by its files' hashes.
 */
const CACHE_FILES = 'scan-files.json';
const CACHE_MONTHS = 'scan.json';

const input = workerData as BuildWorkerInput;
const post = (message: BuildWorkerMessage) => parentPort!.postMessage(message);

/** Lines appended to a file that appears, whole, under its name when closed. */
function lineWriter(file: string): { write(line: string): void; append(path: string): Promise<void>; close(): void } {
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
    async append(path) {
      flush();
      for await (const chunk of createReadStream(path)) writeSync(fd, chunk as Buffer);
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

function readCache(dir: string, version: string): ScanCache {
  const part = <K extends 'files' | 'months'>(name: string, key: K): ScanCache[K] => {
    try {
      const cache = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Partial<ScanCache>;
      if (cache.version === version && cache[key]) return cache[key];
    } catch {
      // No cache yet, or an unreadable one: every file is read, every month made.
    }
    return {};
  };
  return { version, files: part(CACHE_FILES, 'files'), months: part(CACHE_MONTHS, 'months') };
}

/** A paper file read and validated, or undefined when it is broken (the papers' loader reports it). */
function readPaper(file: string, text: string): { paper: PaperData; body: string } | undefined {
  try {
    const parsed = parsePaperFile(text, file);
    return { paper: parsed.data, body: parsed.frontmatter.body.replace(/\r\n?/g, '\n') };
  } catch {
    return undefined;
  }
}

interface MonthScan {
  /** Names, text hashes and what the index needs of each paper, in the order the files were listed. */
  entries: { name: string; hash: string; page: boolean; held: boolean }[];
  /**
   * Its papers with a page, read (every build reads them for the related papers), each written as it
   * is read to a file ({@link pageLine}): their search records are made only for a month made again,
   * from that file, so that a year of pages is not held in memory until then.
   */
  pages?: ReturnType<typeof lineWriter>;
  /** Its papers with a page not parsed by this scan (unchanged since the last build): parsed only if its month's bundles are made again. */
  unparsed?: { name: string; added: string }[];
  /**
   * What was made of its papers without a page that this scan parsed anyway (new or changed files):
   * their exports and their index text ({@link archivedLine}), written to `pending` files, so that a
   * month read whole for the first time (a cold build, a new month) is not read twice, and so that a
   * year of such papers is never held in memory at once.
   */
  pending?: { bibtex: ReturnType<typeof lineWriter>; csl: ReturnType<typeof lineWriter>; search?: ReturnType<typeof lineWriter>; file: string; count: number };
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
  const cacheRoot = join(input.cacheDir, 'scan');
  const exportsDir = join(cacheRoot, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  // Each month's papers as the search phase reads them: the whole papers with a page, the index text of
  // the others (written while the files are read, `pending` until the month is known to be made again).
  const searchDir = join(cacheRoot, 'month-search');
  rmSync(searchDir, { recursive: true, force: true });
  mkdirSync(searchDir, { recursive: true });
  const monthFile = (month: string, part: 'pages' | 'pending' | 'archived') => join(searchDir, `${month}-${part}`);
  const closePending = (scan: MonthScan) => {
    scan.pending?.bibtex.close();
    scan.pending?.csl.close();
    scan.pending?.search?.close();
  };
  /** Drops what was written of a month's papers without a page while they were read (closed first). */
  const removePending = (scan: MonthScan, month: string) => {
    if (scan.pending) for (const ext of ['bib', 'csl']) rmSync(`${scan.pending.file}.${ext}`, { force: true });
    rmSync(monthFile(month, 'pending'), { force: true });
  };
  const version = `${codeVersion()} ${input.base} ${group.locale}`;
  const cache = readCache(cacheRoot, version);
  const next: ScanCache = { version, files: {}, months: {} };

  const texts: RelatedInput[] = [];
  const titles = new Map<string, string>();
  const months = new Map<string, MonthScan>();
  let parsed = 0;
  for (const name of markdownFileNames(paths.papers)) {
    const file = join(paths.papers, name);
    const text = readFileSync(file, 'utf8');
    const hash = createHash('sha1').update(text).digest('base64url');
    const known = cache.files[name];
    let read: { paper: PaperData; body: string } | undefined;
    let facts: PageFacts | undefined;
    if (known?.[0] === hash) facts = { id: known[1], added: known[2], engaged: known[3] === 1 };
    else {
      read = readPaper(file, text);
      if (!read) continue;
      parsed++;
      // A paper without sources has no day it arrived: it keeps its page (see paper-pages-fs.ts).
      facts = read.paper.sources.length ? pageFacts(read.paper, read.body) : { id: read.paper.id, added: '2000-01-01', engaged: true };
    }
    const entry: ScanCache['files'][string] = [hash, facts.id, facts.added, facts.engaged ? 1 : 0];
    next.files[name] = entry;
    // The same rule as the papers' loader (src/files/paper-pages-fs.ts): a paper with a page is an entry there.
    const page = !rule || hasPageByFacts(facts, rule);
    const month = monthOf(facts.added);
    let scan = months.get(month);
    if (!scan) months.set(month, (scan = { entries: [] }));
    scan.entries.push({ name, hash, page, held: held.has(facts.id) });
    if (!page) {
      if (read) {
        const file = join(exportsDir, `${month}-pending`);
        scan.pending ??= {
          bibtex: lineWriter(`${file}.bib`),
          csl: lineWriter(`${file}.csl`),
          ...(input.search ? { search: lineWriter(monthFile(month, 'pending')) } : {}),
          file,
          count: 0,
        };
        scan.pending.count++;
        scan.pending.search?.write(archivedLine(read.paper));
        scan.pending.bibtex.write(JSON.stringify(paperBibtex(read.paper)));
        scan.pending.csl.write(JSON.stringify(archivedPaperCsl(read.paper)));
      }
      continue;
    }
    const cached = !read && known?.[0] === hash ? known[4] : undefined;
    if (cached) {
      // Unchanged since the last build: its text for the related papers comes from the cache.
      texts.push(cached);
      titles.set(cached.id, mathToPlainText(cached.title));
      entry.push(cached);
      (scan.unparsed ??= []).push({ name, added: facts.added });
      continue;
    }
    if (!read) {
      read = readPaper(file, text);
      if (!read) continue;
      parsed++;
    }
    const { paper, body } = read;
    const { id, title, titleZh, summaryZh, summaryEn, abstract, abstractZh } = paper;
    const related: RelatedInput = { id, title, titleZh, summaryZh, summaryEn, abstract, abstractZh };
    texts.push(related);
    entry.push(related);
    titles.set(id, mathToPlainText(title));
    // Its search record is made only if its month's bundles are made again (most months of a rebuild are not).
    if (input.search) (scan.pages ??= lineWriter(monthFile(month, 'pages'))).write(pageLine(facts.added, paper, body));
  }

  // The paper pages wait for these (scan-files.ts), so they come before the months' files are made.
  writeRelatedLists(input.files.related, relatedLists(texts));
  texts.length = 0;
  // The files' part of the cache holds the text of every paper with a page: written and let go now,
  // not held (with the last build's) until the search bundles are made at the end of the build.
  writeWhole(join(cacheRoot, CACHE_FILES), JSON.stringify({ version, files: next.files }));
  const fileCount = Object.keys(next.files).length;
  next.files = {};
  cache.files = {};

  // Each month: its exports and bundles as the last build made them, or made again from its files.
  const bibtex = lineWriter(input.files.archivedBibtex);
  const csl = lineWriter(input.files.archivedCsl);
  const toIndex: MonthToIndex[] = [];
  const reused: SearchShard[] = [];
  let monthsRedone = 0;
  for (const month of [...months.keys()].sort()) {
    const scan = months.get(month)!;
    const signature = createHash('sha256')
      .update(version)
      .update(JSON.stringify(scan.entries.map((e) => [e.name, e.hash, e.page, e.held])))
      .digest('hex')
      .slice(0, 16);
    const exported = join(exportsDir, `${month}-${signature}`);
    const before = cache.months[month];
    const shards = before?.signature === signature ? before.shards : undefined;
    const sameExports = before?.signature === signature && existsSync(`${exported}.bib`) && existsSync(`${exported}.csl`);
    const sameShards = !input.search || (shards !== undefined && shards.every((s) => existsSync(join(shardDir(input.cacheDir, s.key, s.hash), 'pagefind-entry.json'))));
    closePending(scan);
    if (sameExports && sameShards) {
      scan.pages?.close();
      removePending(scan, month);
      rmSync(monthFile(month, 'pages'), { force: true });
      await bibtex.append(`${exported}.bib`);
      await csl.append(`${exported}.csl`);
      for (const shard of shards ?? []) reused.push({ ...shard, dir: shardDir(input.cacheDir, shard.key, shard.hash) });
      next.months[month] = { signature, ...(shards ? { shards } : {}) };
      continue;
    }
    monthsRedone++;
    // Its papers with a page that this scan did not parse are read now, for their search records.
    for (const { name, added } of input.search ? (scan.unparsed ?? []) : []) {
      const file = join(paths.papers, name);
      const read = readPaper(file, readFileSync(file, 'utf8'));
      if (!read) continue;
      parsed++;
      (scan.pages ??= lineWriter(monthFile(month, 'pages'))).write(pageLine(added, read.paper, read.body));
    }
    scan.pages?.close();
    const archivedCount = scan.entries.filter((e) => !e.page).length;
    const archivedSearch = monthFile(month, 'archived');
    if (scan.pending && scan.pending.count === archivedCount) {
      // Every paper of the month without a page was parsed above: its exports and index text are already written.
      renameSync(`${scan.pending.file}.bib`, `${exported}.bib`);
      renameSync(`${scan.pending.file}.csl`, `${exported}.csl`);
      if (input.search) renameSync(monthFile(month, 'pending'), archivedSearch);
    } else {
      removePending(scan, month);
      const monthBibtex = lineWriter(`${exported}.bib`);
      const monthCsl = lineWriter(`${exported}.csl`);
      const monthSearch = input.search ? lineWriter(archivedSearch) : undefined;
      for (const entry of scan.entries) {
        if (entry.page) continue;
        const file = join(paths.papers, entry.name);
        const read = readPaper(file, readFileSync(file, 'utf8'));
        if (!read) continue;
        parsed++;
        monthSearch?.write(archivedLine(read.paper));
        monthBibtex.write(JSON.stringify(paperBibtex(read.paper)));
        monthCsl.write(JSON.stringify(archivedPaperCsl(read.paper)));
      }
      monthBibtex.close();
      monthCsl.close();
      monthSearch?.close();
    }
    await bibtex.append(`${exported}.bib`);
    await csl.append(`${exported}.csl`);
    if (input.search) toIndex.push({ month, ...(scan.pages ? { pages: monthFile(month, 'pages') } : {}), ...(archivedCount > 0 ? { archived: archivedSearch } : {}) });
    // The bundles' hashes are known once they are written; recorded below.
    next.months[month] = { signature };
  }
  bibtex.close();
  csl.close();
  for (const name of readdirSync(exportsDir)) {
    const [month, signature] = [name.slice(0, 7), name.slice(8).replace(/\.(bib|csl)$/, '')];
    if (next.months[month]?.signature !== signature) rmSync(join(exportsDir, name), { force: true });
  }
  const scanned = { type: 'scanned', papers: fileCount, withPage: titles.size, parsed, monthsRedone, months: months.size, milliseconds: performance.now() - started } as const;
  const monthsCache = { file: join(cacheRoot, CACHE_MONTHS), version, months: next.months };
  if (!input.search) {
    writeWhole(monthsCache.file, JSON.stringify({ version, months: next.months }));
    post(scanned);
    return;
  }
  const sessionRecords = sessions.map((session) =>
    sessionRecord(
      { date: session.date, title: session.title, body: session.body, papers: session.papers },
      titles,
      input.base,
      labels,
      t.session.title(formatDate(session.date, group.locale, 'long')),
    ),
  );
  post({ ...scanned, search: { cacheDir: input.cacheDir, base: input.base, labels, toIndex, reused, held: [...held], sessions: sessionRecords, monthsCache } });
}

run().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
