/**
 * The build's side jobs, run in a worker thread on the machine's second core while Astro renders
 * pages (src/integrations/build-worker.ts):
 *
 * - related papers for every paper, handed to the pages through a promise on `globalThis` (the
 *   pages compute them themselves when it is absent, as in `astro dev`);
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
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RelatedPaper } from '../lib/related/related-index.ts';
import type { BuildWorkerInput, BuildWorkerMessage } from './build-worker.ts';

/** Where the pages find the worker's related papers. */
export const RELATED_KEY = Symbol.for('reading-group-planner.related');

export function searchIndex(contentDir: string): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let job: Promise<{ searchOut?: string | undefined }> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const searchOut = process.env.SEARCH_INDEX === '0' ? undefined : join(mkdtempSync(join(tmpdir(), 'rg-search-')), 'pagefind');
        const input: BuildWorkerInput = { contentDir, base, cacheDir, ...(searchOut ? { searchOut } : {}) };
        const worker = new Worker(fileURLToPath(new URL('./build-worker.ts', import.meta.url)), { workerData: input });
        let resolveRelated: (lists: Record<string, RelatedPaper[]>) => void = () => {};
        let rejectRelated: (error: Error) => void = () => {};
        const related = new Promise<Record<string, RelatedPaper[]>>((resolve, reject) => {
          resolveRelated = resolve;
          rejectRelated = reject;
        });
        related.catch(() => {});
        (globalThis as Record<symbol, unknown>)[RELATED_KEY] = related;
        job = new Promise((resolve, reject) => {
          worker.on('message', (message: BuildWorkerMessage) => {
            if (message.type === 'related') {
              logger.info(`related papers for ${Object.keys(message.lists).length} papers in ${(message.milliseconds / 1000).toFixed(1)} s`);
              resolveRelated(message.lists);
              if (!searchOut) resolve({});
            } else if (message.type === 'search') {
              logger.info(`search index of ${message.records} pages in ${message.shards} shards (${message.rebuilt} rebuilt, the rest unchanged) in ${(message.milliseconds / 1000).toFixed(1)} s`);
              resolve({ searchOut });
            } else {
              const error = new Error(`the build worker failed: ${message.message}`);
              rejectRelated(error);
              reject(error);
            }
          });
          worker.on('error', (error) => {
            rejectRelated(error);
            reject(error);
          });
        });
        job.catch(() => {});
      },
      'astro:build:done': async ({ dir }) => {
        delete (globalThis as Record<symbol, unknown>)[RELATED_KEY];
        const result = await job;
        if (result?.searchOut) {
          const target = join(fileURLToPath(dir), 'pagefind');
          rmSync(target, { recursive: true, force: true });
          cpSync(result.searchOut, target, { recursive: true });
          rmSync(join(result.searchOut, '..'), { recursive: true, force: true });
        }
      },
    },
  };
}
