/**
 * The build's side jobs, run in worker threads on the machine's second core while Astro renders
 * pages (src/site/integrations/build-worker.ts), one after the other, each worker ending with its job so
 * that its memory is given back:
 *
 * - related papers for every paper, written to a file in Astro's cache folder that the pages read
 *   (related-lists.ts: this integration names the file to them through a virtual module and holds
 *   page rendering back until the job has written it; in `astro dev` the pages compute them);
 * - the Pagefind search index, built from the content files (not from the rendered HTML, so TeX
 *   markup never reaches it), one bundle per quarter of papers (`<outDir>/pagefind/<quarter>/`, listed
 *   in `pagefind/shards.json`, merged by the search page); a quarter whose papers did not change is
 *   copied from Astro's cache folder instead of being indexed again.
 *
 * SEARCH_INDEX=0 skips the search index.
 */
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetRelatedLists, RELATED_LISTS_MODULE, relatedListsFile, relatedListsModule } from './related-lists.ts';
import type { BuildWorkerInput, BuildWorkerMessage, SearchShard } from './build-worker.ts';

/**
 * Puts the shards into `<outDir>/pagefind/<key>/` and lists them in `pagefind/shards.json`. A shard
 * already in place with the same hash (the output folder is kept between builds) is not copied again;
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
    cpSync(shard.dir, dir, { recursive: true });
    writeFileSync(marker, shard.hash);
  }
  writeFileSync(join(target, 'shards.json'), `${JSON.stringify(shards.map((s) => s.key))}\n`);
}

export function searchIndex(contentDir: string): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let job: Promise<SearchShard[]> | undefined;
  /** Settles when the related job has written its file (or failed). */
  let related: Promise<void> = Promise.resolve();
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const resolved = `\0${RELATED_LISTS_MODULE}`;
        // Pages read the build's file; in `astro dev` they compute related papers themselves.
        const file = () => (command === 'build' ? relatedListsFile(cacheDir) : undefined);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'reading-group:related-lists',
                resolveId: (id: string) => (id === RELATED_LISTS_MODULE ? resolved : undefined),
                load: (id: string) => (id === resolved ? relatedListsModule(file()) : undefined),
                // After every bundle is built and before Astro renders a page (Astro's own post hook
                // is `enforce: 'post'`, so it runs after this one): wait for the related job's file.
                buildApp: { order: 'post', handler: () => related },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const common = { contentDir, base, cacheDir };
        const relatedFile = relatedListsFile(cacheDir);
        forgetRelatedLists(relatedFile);
        const search = process.env.SEARCH_INDEX !== '0';
        const start = (input: BuildWorkerInput, onMessage: (message: BuildWorkerMessage) => void, onError: (error: Error) => void) => {
          const worker = new Worker(fileURLToPath(new URL('./build-worker.ts', import.meta.url)), { workerData: input });
          worker.on('message', (message: BuildWorkerMessage) => {
            if (message.type === 'error') onError(new Error(`the build worker failed: ${message.message}`));
            else onMessage(message);
          });
          worker.on('error', onError);
        };
        let resolveRelated: () => void = () => {};
        let rejectRelated: (error: Error) => void = () => {};
        related = new Promise<void>((resolve, reject) => {
          resolveRelated = resolve;
          rejectRelated = reject;
        });
        related.catch(() => {});
        job = new Promise((resolve, reject) => {
          const fail = (error: Error) => {
            rejectRelated(error);
            reject(error);
          };
          start(
            { ...common, task: 'related', relatedFile },
            (message) => {
              if (message.type !== 'related') return;
              logger.info(`related papers for ${message.papers} papers in ${(message.milliseconds / 1000).toFixed(1)} s`);
              resolveRelated();
              if (!search) return resolve([]);
              // The search index starts once the related job has ended and given its memory back.
              start(
                { ...common, task: 'search', shardFiles: message.shardFiles, titles: message.titles },
                (done) => {
                  if (done.type !== 'search') return;
                  const unchanged = done.shards.length - done.rebuilt;
                  logger.info(`search index of ${done.records} pages in ${done.shards.length} shards (${done.rebuilt} indexed, ${unchanged} unchanged) in ${(done.milliseconds / 1000).toFixed(1)} s`);
                  resolve(done.shards);
                },
                fail,
              );
            },
            fail,
          );
        });
        job.catch(() => {});
      },
      'astro:build:done': async ({ dir }) => {
        const shards = await job;
        if (shards?.length) placeShards(shards, join(fileURLToPath(dir), 'pagefind'));
      },
    },
  };
}
