/**
 * How what the build's scan computes beside `astro build` reaches the pages: a typed channel instead
 * of a global variable.
 *
 * The pages run from Astro's prerender bundle, a separate Vite build that does not share module
 * instances with the integrations loaded by astro.config.mjs, so no module-scoped variable can carry
 * data from one to the other. Instead:
 *
 * - the scan (build-worker.ts) reads every paper file once and writes, in Astro's cache folder, every
 *   paper's related papers ({@link writeRelatedLists}) and the exports of the papers without a page
 *   of their own (BibTeX, and CSL-JSON one item per line), so that no page reads those files again;
 * - the search-index integration names these files to the pages through the virtual module
 *   {@link SCAN_FILES_MODULE} (typed in src/env.d.ts);
 * - src/site/data/site-data.ts reads them. The paper pages' paths wait for the related papers
 *   ({@link awaitRelatedLists}), so that Astro computes the other routes' paths meanwhile; the exports
 *   are read after the pages, once the scan is done. If the scan fails, the integration writes why to
 *   {@link scanFailure}'s file, and the waiting page fails with that. In `astro dev` the module names no
 *   files, and the pages compute related papers and read the other papers' files themselves.
 *
 * The virtual module's text (the files' paths) is the same from one build to the next, so Astro's
 * incremental build does not see a code change in it.
 */
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RelatedPaper } from '../../domain/related/related-index.ts';
import { routes } from '../../domain/routes.ts';

/** Every paper's related papers, by paper id. */
export type RelatedLists = Record<string, RelatedPaper[]>;

/** The files one build's scan writes for the pages. */
export interface ScanFiles {
  /** {@link RelatedLists} as JSON. */
  related: string;
  /** BibTeX of every paper without a page, each entry a JSON string on a line of its own. */
  archivedBibtex: string;
  /** CSL-JSON of every paper without a page, one item per line. */
  archivedCsl: string;
}

/** The virtual module that exports `scanFiles`: the files to read, or undefined (astro dev). */
export const SCAN_FILES_MODULE = 'virtual:reading-group/scan-files';

/** Where a build keeps what its scan wrote, inside Astro's cache folder. */
export function scanFiles(cacheDir: string): ScanFiles {
  return {
    related: join(cacheDir, 'related-lists.json'),
    archivedBibtex: join(cacheDir, 'archived-papers.bib.jsonl'),
    archivedCsl: join(cacheDir, 'archived-papers.csl.jsonl'),
  };
}

/** The source of {@link SCAN_FILES_MODULE}. */
export function scanFilesModule(files: ScanFiles | undefined): string {
  return `export const scanFiles = ${files === undefined ? 'undefined' : JSON.stringify(files)};\n`;
}

/** Writes a file in one step (a temporary file renamed into place): a reader never sees half a file. */
export function writeWhole(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** Writes the lists in one step. */
export function writeRelatedLists(file: string, lists: RelatedLists): void {
  writeWhole(file, JSON.stringify(lists));
}

/** The file that says why this build's scan failed (written by the integration, read by a waiting page). */
export function scanFailure(files: ScanFiles): string {
  return `${files.related}.failed`;
}

/** Removes what an earlier build's scan wrote, so that a page can never read it. */
export function forgetScanFiles(files: ScanFiles): void {
  for (const file of [files.related, files.archivedBibtex, files.archivedCsl, scanFailure(files)]) rmSync(file, { force: true });
}

function missing(file: string, what: string, error: unknown): Error {
  return new Error(`the ${what} of this build are missing (${file}); the build's scan should have written them before pages render`, { cause: error });
}

/**
 * The lists of this build's scan, once it has written them (it writes the file in one step); fails with
 * the scan's own reason when the scan failed. It looks every `pollMs`: the scan runs in a worker whose
 * messages reach the integration, not the prerender bundle this runs in.
 */
export async function awaitRelatedLists(files: ScanFiles, pollMs = 20): Promise<RelatedLists> {
  for (;;) {
    if (existsSync(files.related)) return readRelatedLists(files.related);
    if (existsSync(scanFailure(files))) throw new Error(readFileSync(scanFailure(files), 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The lists the build's scan wrote. */
export function readRelatedLists(file: string): RelatedLists {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw missing(file, 'related papers', error);
  }
  return JSON.parse(text) as RelatedLists;
}

/**
 * The lines of one of the scan's files, read as they are asked for (the file may hold 100,000 papers);
 * `what` names its contents for the error a missing file gives.
 */
export async function* scanFileLines(file: string, what = 'exports of the papers without a page'): AsyncGenerator<string> {
  const stream = createReadStream(file, 'utf8');
  const failed = new Promise<never>((_, reject) => stream.once('error', (error) => reject(missing(file, what, error))));
  failed.catch(() => {});
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  for (;;) {
    const step = await Promise.race([iterator.next(), failed]);
    if (step.done) return;
    if (step.value !== '') yield step.value;
  }
}

/** How an all-papers export is laid out: text before the first item, between two, after the last. */
export interface ExportLayout {
  head: string;
  separator: string;
  tail: string;
}

/** The two all-papers exports: the file each is written to in the output (its route), and its layout. */
export const EXPORTS = {
  bibtex: { output: routes.papersBib().slice(1), layout: { head: '', separator: '\n', tail: '' } },
  csl: { output: routes.papersCsl().slice(1), layout: { head: '[\n', separator: ',\n', tail: '\n]\n' } },
} satisfies Record<string, { output: string; layout: ExportLayout }>;

/** An all-papers export: BibTeX or CSL-JSON. */
export type ExportFormat = keyof typeof EXPORTS;

/**
 * Completes an all-papers export after the build. During `astro build` its endpoint writes the head and
 * the papers with a page (which the pages' data holds) and leaves out the rest: Astro keeps an endpoint's
 * whole body in memory before writing it, which for a year of full digests (160 MB of exports) raised
 * the build's peak by half a gigabyte at its end. This appends the papers without a page from the scan's
 * file, a line at a time, then the tail, so the file is what the endpoint alone writes in `astro dev`.
 */
export async function completeExport(output: string, scanFile: string, format: ExportFormat): Promise<void> {
  const { head, separator, tail } = EXPORTS[format].layout;
  let items = statSync(output).size > Buffer.byteLength(head);
  const out = createWriteStream(output, { flags: 'a' });
  const closed = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.once('finish', resolve);
  });
  closed.catch(() => {});
  let chunk = '';
  try {
    for await (const line of scanFileLines(scanFile)) {
      // The BibTeX file holds each entry as a JSON string (an entry spans lines); the CSL file one item per line.
      chunk += (items ? separator : '') + (format === 'bibtex' ? (JSON.parse(line) as string) : line);
      items = true;
      if (chunk.length >= 1 << 20) {
        const full = chunk;
        chunk = '';
        if (!out.write(full)) await once(out, 'drain');
      }
    }
  } catch (error) {
    // The build fails with the reason; the half-written file is never deployed.
    out.destroy();
    throw error;
  }
  out.end(chunk + tail);
  await closed;
}
