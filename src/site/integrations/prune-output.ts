/**
 * Keeps the output folder between builds (so pages Astro's incremental build did not re-render stay
 * in place instead of being copied back from the cache) and removes, after each build, every file
 * the build did not produce: the page of a deleted paper, an old session's calendar file, stale
 * hashed assets. A file is kept when this build wrote it, when Astro lists it as the output of one
 * of this build's routes, or when it is a copy of a file in `public/` (Astro 7.4 copies those with
 * their own modification time, or not at all when the copy is already there).
 *
 * Astro keeps a page whose key is unchanged as it finds it in the output folder, so that folder must
 * be the one this cache's last build wrote. Each build leaves the same random stamp in the output
 * folder ({@link OUTPUT_STAMP}) and in the cache; when they differ (another build, with another cache
 * or content, wrote the folder since, as the test suite does into `dist/`), the folder is emptied
 * first, and Astro copies the unchanged pages back from its own cache.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

/** The file in the output folder that names the build that wrote it (see the module comment). */
export const OUTPUT_STAMP = '.build-stamp';

const readStamp = (file: string): string | undefined => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

export function pruneOutput(): AstroIntegration {
  let started = 0;
  let publicDir = '';
  let outDir = '';
  /** Where the cache keeps the stamp of the output its last build wrote. */
  let cacheStamp = '';
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
        cacheStamp = join(fileURLToPath(config.cacheDir), 'output-stamp');
      },
      'astro:build:start': ({ logger }) => {
        // File times have a coarse resolution on some file systems; a second of slack is safe.
        started = Date.now() - 1000;
        hadOutput = existsSync(outDir) && readdirSync(outDir).length > 0;
        const stamp = readStamp(join(outDir, OUTPUT_STAMP));
        if (hadOutput && (stamp === undefined || stamp !== readStamp(cacheStamp))) {
          for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
          hadOutput = false;
          logger.info("the output folder was not written by this cache's last build: emptied, its unchanged pages come from the cache");
        }
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // A cold build into an empty folder left nothing to remove; walking 20,000 pages' folders to find that took seconds.
        if (hadOutput) removeLeftovers(fileURLToPath(dir), assets, logger);
        const stamp = randomUUID();
        writeFileSync(join(fileURLToPath(dir), OUTPUT_STAMP), stamp);
        mkdirSync(dirname(cacheStamp), { recursive: true });
        writeFileSync(cacheStamp, stamp);
      },
    },
  };

  /** Removes every file of the output folder that this build did not produce (see the module comment). */
  function removeLeftovers(root: string, assets: Map<string, URL[]>, logger: AstroIntegrationLogger): void {
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
  }
}
