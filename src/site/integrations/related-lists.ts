/**
 * How the related papers computed beside `astro build` reach the pages: a typed channel instead of
 * a global variable.
 *
 * The pages run from Astro's prerender bundle, a separate Vite build that does not share module
 * instances with the integrations loaded by astro.config.mjs, so no module-scoped variable can carry
 * data from one to the other. Instead:
 *
 * - the related job (build-worker.ts) writes every paper's related papers to one JSON file in Astro's
 *   cache folder ({@link writeRelatedLists});
 * - the search-index integration names that file to the pages through the virtual module
 *   {@link RELATED_LISTS_MODULE} (typed in src/env.d.ts), and holds page rendering back until the job
 *   has written it (a Vite `buildApp` hook that runs after the bundles and before Astro renders);
 * - src/site/data/site-data.ts reads it ({@link readRelatedLists}). In `astro dev` the module names no
 *   file, and the pages compute related papers themselves.
 *
 * The virtual module's text (the file's path) is the same from one build to the next, so Astro's
 * incremental build does not see a code change in it.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RelatedPaper } from '../../domain/related/related-index.ts';

/** Every paper's related papers, by paper id. */
export type RelatedLists = Record<string, RelatedPaper[]>;

/** The virtual module that exports `relatedListsFile`: the file to read, or undefined (astro dev). */
export const RELATED_LISTS_MODULE = 'virtual:reading-group/related-lists';

/** Where a build keeps its related lists, inside Astro's cache folder. */
export function relatedListsFile(cacheDir: string): string {
  return join(cacheDir, 'related-lists.json');
}

/** The source of {@link RELATED_LISTS_MODULE}. */
export function relatedListsModule(file: string | undefined): string {
  return `export const relatedListsFile = ${file === undefined ? 'undefined' : JSON.stringify(file)};\n`;
}

/** Writes the lists in one step (a temporary file renamed into place): a reader never sees half a file. */
export function writeRelatedLists(file: string, lists: RelatedLists): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(lists));
  renameSync(temporary, file);
}

/** Removes the lists of an earlier build, so that a page can never read them. */
export function forgetRelatedLists(file: string): void {
  rmSync(file, { force: true });
}

/** The lists the build's related job wrote. */
export function readRelatedLists(file: string): RelatedLists {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`the related papers of this build are missing (${file}); the build's related job should have written them before pages render`, { cause: error });
  }
  return JSON.parse(text) as RelatedLists;
}
