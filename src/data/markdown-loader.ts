/**
 * A content loader for a folder of markdown files with frontmatter (papers, sessions).
 *
 * It reads files with the same parser as the commands (src/lib/frontmatter.ts), validates them with
 * the collection's schema, and keeps the body as markdown: pages render only the parts they show.
 * Unchanged files (same digest as in the last build's store) are not parsed again.
 */
import { readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readFrontmatter } from '../lib/frontmatter.ts';
import { UserError } from '../lib/errors.ts';
import { displayPath } from '../lib/display-path.ts';
import { clearBrokenFile, recordBrokenFile } from './broken-files.ts';

export function markdownFolderLoader(folder: string): Loader {
  return {
    name: 'markdown-folder',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      /** Entries whose files failed to load in `astro dev`, with the path shown (see broken-files.ts). */
      const broken = new Map<string, string>();
      const sync = async () => {
        let names: string[] = [];
        try {
          names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort();
        } catch {
          logger.info(`${folder} does not exist yet; no entries`);
        }
        const seen = new Set<string>();
        for (const name of names) {
          // Read one at a time: tens of thousands of parallel opens exhaust file descriptors.
          const text = readFileSync(join(folder, name), 'utf8');
          const id = name.slice(0, -3);
          const filePath = relative(process.cwd(), join(folder, name));
          seen.add(id);
          const digest = generateDigest(text);
          if (store.get(id)?.digest === digest) continue;
          try {
            const file = readFrontmatter(text, filePath);
            const data = await parseData({ id, data: file.data, filePath });
            store.set({ id, data, body: file.body, filePath, digest });
            if (broken.has(id)) {
              clearBrokenFile(broken.get(id)!);
              broken.delete(id);
            }
          } catch (error) {
            // A build stops here; the dev server keeps serving and shows the problem on every page.
            if (!watcher) throw error instanceof UserError ? new Error(error.message) : error;
            const shown = displayPath(join(folder, name)); // relative inside the project, else absolute
            const message = (error as Error).message.replace(/\*\*/g, '');
            logger.error(message.includes(shown) ? message : `${shown}: ${message}`);
            recordBrokenFile(shown, message);
            broken.set(id, shown);
            store.delete(id);
          }
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        for (const [id, shown] of broken) {
          if (seen.has(id)) continue;
          clearBrokenFile(shown);
          broken.delete(id);
        }
      };
      await sync();
      if (watcher) {
        watcher.add(folder);
        const onChange = (path: string) => {
          if (path.startsWith(join(process.cwd(), folder)) || path.startsWith(folder)) void sync();
        };
        watcher.on('add', onChange);
        watcher.on('change', onChange);
        watcher.on('unlink', onChange);
      }
    },
  };
}
