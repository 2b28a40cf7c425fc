/**
 * The loader of `content/group.yaml`: one entry, read with the commands' own reader. In `astro dev`
 * it watches the file, so an edit (a new absence, another meeting time) shows on reload, and a
 * mistake shows on every page (see broken-files.ts) until it is fixed; a build stops on it.
 */
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadGroup } from '../../files/load-group.ts';
import { displayPath } from '../../files/display-path.ts';
import { readForBuild } from './content-failure.ts';
import type { BrokenFiles } from './broken-files.ts';
import { resyncOnChange } from './resync-on-change.ts';

export function groupFileLoader(file: string, brokenFiles: BrokenFiles): Loader {
  return {
    name: 'group-file',
    load: async (context) => {
      const { store, watcher, logger } = context;
      const shown = displayPath(file);
      /** The problem last printed: printed once, not at every sync while it lasts. */
      let reported: string | undefined;
      const sync = async () => {
        if (!watcher) {
          store.set({ id: 'group', data: await context.parseData({ id: 'group', data: readForBuild(() => loadGroup(file)) }) });
          return;
        }
        try {
          store.set({ id: 'group', data: await context.parseData({ id: 'group', data: loadGroup(file) }) });
          brokenFiles.clear(shown);
          reported = undefined;
        } catch (error) {
          const message = (error as Error).message;
          if (message !== reported) logger.error(message);
          reported = message;
          brokenFiles.record(shown, message);
        }
      };
      await sync();
      if (watcher) resyncOnChange(watcher, file, (path) => resolve(path) === resolve(file), sync, logger);
    },
  };
}
