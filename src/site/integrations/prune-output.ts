/**
 * Keeps the output folder between builds (so pages Astro's incremental build did not re-render stay
 * in place instead of being copied back from the cache) and removes, after each build, every file
 * the build did not produce: the page of a deleted paper, an old session's calendar file, stale
 * hashed assets. A file is kept when this build wrote it, when Astro lists it as the output of one
 * of this build's routes, or when it is a copy of a file in `public/` (Astro 7.4 copies those with
 * their own modification time, or not at all when the copy is already there).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

export function pruneOutput(): AstroIntegration {
  let started = 0;
  let publicDir = '';
  let outDir = '';
  /** Whether the output folder held anything when the build started: if not, every file in it is this build's. */
  let hadOutput = true;
  return {
    name: 'prune-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // File times have a coarse resolution on some file systems; a second of slack is safe.
        started = Date.now() - 1000;
        hadOutput = existsSync(outDir) && readdirSync(outDir).length > 0;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // A cold build into an empty folder left nothing to remove; walking 20,000 pages' folders to find that took seconds.
        if (!hadOutput) return;
        const root = fileURLToPath(dir);
        const expected = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        let removed = 0;
        const walk = (folder: string): boolean => {
          let empty = true;
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            // The search index keeps itself in step (src/site/integrations/search-index.ts).
            if (folder === root && entry.name === 'pagefind') {
              empty = false;
              continue;
            }
            if (entry.isDirectory()) {
              if (walk(path)) rmdirSync(path);
              else empty = false;
            } else if (!expected.has(path) && statSync(path).mtimeMs < started && !existsSync(join(publicDir, relative(root, path)))) {
              unlinkSync(path);
              removed++;
            } else {
              empty = false;
            }
          }
          return empty;
        };
        walk(root);
        if (removed) logger.info(`removed ${removed} file(s) an earlier build left that this one did not produce`);
      },
    },
  };
}
