/**
 * The build's scan (src/site/integrations/build-worker.ts), in a worker thread on the machine's
 * other core. It starts when Astro's configuration is done, so that it reads the paper files while
 * Astro syncs its content, and:
 *
 * - writes every paper's related papers and the exports of the papers without a page to files in
 *   Astro's cache folder that the pages read (scan-files.ts: this integration names them to the
 *   pages through a virtual module; the paper pages' paths wait for the related papers and the
 *   exports are completed once the scan is done; in `astro dev` the pages compute them);
 * - then ends, and a second worker (search-worker.ts, on a fresh heap) builds the Pagefind search
 *   index from the files the scan wrote (search-shards.ts: one bundle per month of import, cut by
 *   size, `<outDir>/pagefind/<key>/`, listed in `pagefind/shards.json`, merged by the search page); a
 *   bundle whose records did not change is copied from the cache folder.
 *
 * SEARCH_INDEX=0 skips the search index.
 */
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeExport, EXPORTS, forgetScanFiles, SCAN_FILES_MODULE, scanFailure, scanFiles, scanFilesModule, writeWhole } from './scan-files.ts';
import type { BuildWorkerInput, BuildWorkerMessage, SearchShard } from './build-worker.ts';
import type { SearchWorkerMessage } from './search-worker.ts';

/**
 * A bundle's files in the output as hard links to the cache folder's copies: a year's index is
 * 130 MB in tens of thousands of files, and copying them held the end of every build for seconds.
 * Nothing writes to a bundle's files once Pagefind has, and a build that remakes a bundle removes its
 * links first. Where the two folders are on different file systems (or links are not allowed), the
 * files are copied.
 */
function placeTree(from: string, to: string): void {
  try {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) placeTree(join(from, entry.name), join(to, entry.name));
      else linkSync(join(from, entry.name), join(to, entry.name));
    }
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP', 'EOPNOTSUPP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true });
  }
}

/**
 * Puts the shards into `<outDir>/pagefind/<key>/` and lists them in `pagefind/shards.json`. A shard
 * already in place with the same hash (the output folder is kept between builds) is not placed again;
 * folders of shards that no longer exist are removed.
 */
function placeShards(shards: SearchShard[], target: string): void {
  mkdirSync(target, { recursive: true });
  const keys = new Set(shards.map((s) => s.key));
  for (const name of readdirSync(target)) if (!keys.has(name) && name !== 'shards.json') rmSync(join(target, name), { recursive: true, force: true });
  for (const shard of shards) {
    const dir = join(target, shard.key);
    const marker = join(dir, '.shard-hash');
    if (existsSync(marker) && readFileSync(marker, 'utf8') === shard.hash) continue;
    rmSync(dir, { recursive: true, force: true });
    placeTree(shard.dir, dir);
    writeFileSync(marker, shard.hash);
  }
  writeFileSync(join(target, 'shards.json'), `${JSON.stringify(shards.map((s) => s.key))}\n`);
}

/**
 * The scan worker's heap, in MB (SCAN_WORKER_MEMORY_MB, else 512). Without a limit V8 lets a worker's
 * heap grow far past what it holds; with one it collects sooner. The scan writes each month's papers
 * to files instead of holding them, so what it holds is the text of the papers with a page (for the
 * related papers) and one line per file: 384 MB held the scan of a year of digests (150,600 files,
 * 15,418 pages) and of 20,000 papers that all have a page; 512 leaves a margin.
 */
export function scanWorkerHeapMb(value = process.env.SCAN_WORKER_MEMORY_MB): number {
  if (value === undefined || value === '') return 512;
  const mb = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(mb >= 64)) {
    const error = new Error(`SCAN_WORKER_MEMORY_MB: expected a whole number of megabytes, at least 64 (found "${value}")`);
    // A setting, not a bug: Astro prints the message without a stack into this file.
    error.stack = '';
    throw error;
  }
  return mb;
}

export function searchIndex(contentDir: string): AstroIntegration {
  let command = '';
  let cacheDir = '';
  let job: Promise<SearchShard[]> | undefined;
  /** Settles when the scan has written the pages' files (or failed). */
  let scanned: Promise<void> = Promise.resolve();
  let worker: Worker | undefined;
  /**
   * Waits for the scan with the worker keeping the process alive. Otherwise it does not: a build that
   * fails before it waits (a broken content file) ends at once instead of after the scan.
   */
  let waiting = false;
  const waitFor = async <T>(promise: Promise<T>): Promise<T> => {
    waiting = true;
    worker?.ref();
    try {
      return await promise;
    } finally {
      waiting = false;
      worker?.unref();
    }
  };
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        const resolved = `\0${SCAN_FILES_MODULE}`;
        // Pages read the build's files; in `astro dev` they compute related papers themselves.
        const files = () => (command === 'build' ? scanFiles(cacheDir) : undefined);
        options.updateConfig({
          vite: {
            plugins: [
              {
                name: 'reading-group:scan-files',
                resolveId: (id: string) => (id === SCAN_FILES_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? scanFilesModule(files()) : undefined),
              },
            ],
          },
        });
      },
      // The scan starts here, before Astro syncs the content, so that both read the files at once.
      'astro:config:done': ({ config, logger }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        if (command !== 'build' || job) return;
        mkdirSync(cacheDir, { recursive: true });
        const files = scanFiles(cacheDir);
        forgetScanFiles(files);
        const input: BuildWorkerInput = { contentDir, base: config.base, cacheDir, files, search: process.env.SEARCH_INDEX !== '0' };
        // Read before any promise exists, so that a wrong setting stops the build here.
        const heapMb = scanWorkerHeapMb();
        let resolveScanned: () => void = () => {};
        let rejectScanned: (error: Error) => void = () => {};
        scanned = new Promise<void>((resolve, reject) => {
          resolveScanned = resolve;
          rejectScanned = reject;
        });
        scanned.catch(() => {});
        job = new Promise((resolve, reject) => {
          const fail = (error: Error) => {
            // The paper pages wait for the related papers' file, or this one (awaitRelatedLists).
            writeWhole(scanFailure(files), error.message);
            rejectScanned(error);
            reject(error);
          };
          const outOfMemory = (error: Error & { code?: string }, what: string) =>
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new Error(`${what} ran out of its ${heapMb} MB of memory; set SCAN_WORKER_MEMORY_MB to more (for example SCAN_WORKER_MEMORY_MB=${heapMb * 2} npm run build)`)
              : error;
          /**
           * Starts one of the build's workers. A worker that ends without its last message (killed, or
           * out of memory) fails the build instead of leaving it waiting.
           */
          const start = <M extends { type: string }>(file: string, data: unknown, what: string, onMessage: (message: M) => void) => {
            const started = new Worker(fileURLToPath(new URL(file, import.meta.url)), { workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
            started.unref();
            // Each worker posts one message, its last: a result or an error.
            let finished = false;
            started.on('exit', (code) => {
              if (!finished) fail(new Error(`${what} stopped (exit code ${code}) before it finished`));
            });
            started.once('message', (message: M) => {
              finished = true;
              onMessage(message);
            });
            started.on('error', (error: Error & { code?: string }) => fail(outOfMemory(error, what)));
            return started;
          };
          worker = start<BuildWorkerMessage>('./build-worker.ts', input, "the build's scan", (message) => {
            if (message.type === 'error') return fail(new Error(`the build's scan failed: ${message.message}`));
            logger.info(
              `scanned ${message.papers} papers (${message.withPage} with a page; ${message.parsed} files parsed, ${message.monthsRedone} of ${message.months} months made again) in ${(message.milliseconds / 1000).toFixed(1)} s`,
            );
            resolveScanned();
            if (!message.search) return resolve([]);
            // The scan's worker ends now and gives its heap back; the index is built on a fresh one.
            worker = start<SearchWorkerMessage>('./search-worker.ts', message.search, "the build's search index", (done) => {
              if (done.type === 'error') fail(new Error(`the build's search index failed: ${done.message}`));
              else {
                const unchanged = done.shards.length - done.rebuilt;
                logger.info(
                  `search index of ${done.records} index pages in ${done.shards.length} shards (${done.rebuilt} indexed, ${unchanged} unchanged) in ${(done.milliseconds / 1000).toFixed(1)} s`,
                );
                resolve(done.shards);
              }
            });
            if (waiting) worker.ref();
          });
        });
        job.catch(() => {});
      },
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        // The exports' papers without a page, appended to what their endpoints wrote (see completeExport).
        if (command === 'build') {
          await waitFor(scanned);
          const files = scanFiles(cacheDir);
          await completeExport(join(out, EXPORTS.bibtex.output), files.archivedBibtex, 'bibtex');
          await completeExport(join(out, EXPORTS.csl.output), files.archivedCsl, 'csl');
        }
        const shards = await waitFor(job ?? Promise.resolve([]));
        if (shards?.length) placeShards(shards, join(out, 'pagefind'));
      },
    },
  };
}
