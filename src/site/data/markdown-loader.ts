/**
 * A content loader for a folder of markdown files with frontmatter (papers, sessions).
 *
 * It reads files with the same code as the commands and `npm run check-content` (a
 * {@link ContentFormat} from src/files/check-content.ts: frontmatter, schema, file name), and keeps the
 * body as markdown: pages render only the parts they show. Unchanged files (same digest as in the
 * last build's store) are not parsed again. A build reads every file, then stops with every
 * problem of the folder, one per line, and no stack trace (content-failure.ts); `crossCheck` adds
 * the problems between files (sessions naming papers and members) over all entries.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { markdownFileNames, type ContentFormat } from '../../files/check-content.ts';
import { formatProblem, type ContentProblem } from '../../domain/content-problem.ts';
import { UserError } from '../../domain/errors.ts';
import { contentFailure } from './content-failure.ts';
import { displayPath } from '../../files/display-path.ts';
import type { BrokenFiles } from './broken-files.ts';
import { resyncOnChange } from './resync-on-change.ts';

/** Problems between the folder's entries (each named by its file as shown in messages). */
export type CrossCheck = (entries: { file: string; data: Record<string, unknown> }[]) => ContentProblem[];

/**
 * Which files become entries, decided afresh at every sync (it may depend on other files and on
 * today): a file left out is still read and checked, but not stored. `signature` names the inputs of
 * the decision other than the file itself; while `stillLeavesOut(earlier signature)` holds, a file
 * left out before and not changed since is not parsed again.
 */
export interface EntryFilter {
  signature: string;
  stillLeavesOut(earlier: string): boolean;
  keep(data: Record<string, unknown>, body: string): boolean;
}

const LEFT_OUT = 'left-out';

/** `brokenFiles`: where the dev server keeps the files that fail to load (broken-files.ts). */
export function markdownFolderLoader(folder: string, format: ContentFormat, brokenFiles: BrokenFiles, crossCheck?: CrossCheck, filter?: () => EntryFilter | undefined): Loader {
  return {
    name: 'markdown-folder',
    load: async (context) => {
      const { store, watcher, logger, meta } = context;
      /** Entries whose files failed to load in `astro dev`, with the path shown (see broken-files.ts). */
      const broken = new Map<string, string>();
      /** What the terminal was last told about each broken entry: a problem is printed once, not at every sync. */
      const reported = new Map<string, string>();
      const sync = async () => {
        const names = markdownFileNames(folder);
        if (names.length === 0) logger.info(`no files in ${folder}; no entries`);
        const seen = new Set<string>();
        const problems: string[] = [];
        const rule = filter?.();
        // Files left out at the last sync, by id, with their digests: still left out while neither they nor the rule changed.
        const before = JSON.parse(meta.get(LEFT_OUT) ?? '{}') as { signature?: string; digests?: Record<string, string> };
        const leftOutBefore = rule && before.signature !== undefined && rule.stillLeavesOut(before.signature) ? (before.digests ?? {}) : {};
        const leftOut: Record<string, string> = {};
        for (const name of names) {
          // Read one at a time: tens of thousands of parallel opens exhaust file descriptors.
          const text = readFileSync(join(folder, name), 'utf8');
          const id = name.slice(0, -3);
          const filePath = relative(process.cwd(), join(folder, name));
          const digest = context.generateDigest(text);
          if (rule && leftOutBefore[id] === digest) {
            leftOut[id] = digest;
            continue;
          }
          seen.add(id);
          const stored = store.get(id);
          if (stored?.digest === digest && (!rule || rule.keep(stored.data, stored.body ?? ''))) continue;
          const shown = displayPath(join(folder, name)); // relative inside the project, else absolute
          try {
            const file = format.read(text, shown);
            for (const warning of file.warnings) logger.warn(formatProblem(warning));
            const data = await context.parseData({ id, data: file.data, filePath });
            if (rule && !rule.keep(data, file.body)) {
              seen.delete(id);
              leftOut[id] = digest;
              continue;
            }
            store.set({ id, data, body: file.body, filePath, digest });
            if (broken.has(id)) {
              brokenFiles.clear(broken.get(id)!);
              broken.delete(id);
              reported.delete(id);
            }
          } catch (error) {
            // A build stops after reading every file; the dev server keeps serving and shows the problem on every page.
            if (!watcher) {
              if (!(error instanceof UserError)) throw error;
              problems.push(error.message);
              continue;
            }
            const message = (error as Error).message.replace(/\*\*/g, '');
            const line = message.includes(shown) ? message : `${shown}: ${message}`;
            if (reported.get(id) !== line) logger.error(line);
            reported.set(id, line);
            brokenFiles.record(shown, message);
            broken.set(id, shown);
            store.delete(id);
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        if (rule) meta.set(LEFT_OUT, JSON.stringify({ signature: rule.signature, digests: leftOut }));
        else meta.delete(LEFT_OUT);
        for (const [id, shown] of broken) {
          if (seen.has(id)) continue;
          brokenFiles.clear(shown);
          broken.delete(id);
          reported.delete(id);
        }
        if (!watcher && crossCheck && problems.length === 0) {
          const entries = store.entries().map(([id, entry]) => ({ file: displayPath(join(folder, `${id}.md`)), data: entry.data }));
          problems.push(...crossCheck(entries).map(formatProblem));
        }
        if (problems.length) throw contentFailure(problems);
      };
      await sync();
      if (watcher) {
        const inFolder = (path: string) => path.startsWith(join(process.cwd(), folder)) || path.startsWith(folder);
        resyncOnChange(watcher, folder, inFolder, sync, logger);
      }
    },
  };
}
