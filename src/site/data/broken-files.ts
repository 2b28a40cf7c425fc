/**
 * Content files that failed to load while `astro dev` runs. The build stops at the first broken file;
 * the dev server instead keeps serving, remembers each broken file, and every page then fails with
 * the list, which Astro shows in the browser's error overlay until the files are fixed.
 *
 * The loaders and the pages do not share module instances (Astro runs the content config and the
 * pages in different Vite environments), so the list travels the way content does: the loaders
 * record problems in one {@link BrokenFiles} (created once in src/content.config.ts and handed to
 * each loader), which keeps them as the one entry of the `brokenFiles` collection in Astro's data
 * store; the pages read that entry (src/site/data/site-data.ts) and throw {@link brokenFilesError}.
 */
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The entry of the `brokenFiles` collection: every broken file's message, starting with the file. */
export const brokenFilesSchema = z.object({ messages: z.array(z.string()) });

/** The id of the collection's one entry. */
export const BROKEN_FILES_ENTRY = 'current';

export interface BrokenFiles {
  /** Remembers why `file` could not be loaded (replacing what was known about it before). */
  record(file: string, message: string): void;
  /** Forgets `file`'s problem once it loads again (or is deleted). */
  clear(file: string): void;
  /** The loader of the `brokenFiles` collection, which the pages read. */
  loader: Loader;
}

export function trackBrokenFiles(): BrokenFiles {
  const messages = new Map<string, string>();
  let store: LoaderContext['store'] | undefined;
  const publish = () => store?.set({ id: BROKEN_FILES_ENTRY, data: { messages: [...messages.values()] } });
  return {
    record(file, message) {
      messages.set(file, message.startsWith(file) ? message : `${file}: ${message}`);
      publish();
    },
    clear(file) {
      if (messages.delete(file)) publish();
    },
    loader: {
      name: 'broken-files',
      load: (context) => {
        store = context.store;
        // A data store kept from an earlier dev server or build may still list files fixed since.
        store.clear();
        publish();
        return Promise.resolve();
      },
    },
  };
}

/** One error listing every broken content file, or undefined when there is none. */
export function brokenFilesError(list: readonly string[]): Error | undefined {
  if (list.length === 0) return undefined;
  const error = new Error(`${list.length === 1 ? 'A content file is' : `${list.length} content files are`} invalid; fix ${list.length === 1 ? 'it' : 'them'} and reload:\n\n${list.join('\n\n')}`);
  error.name = 'InvalidContent';
  // The message says it all; a stack trace into the site's code would only hide it. An empty stack
  // (not one without frames) keeps Astro from printing an empty "Stack trace:" under it. The terminal
  // leaves this error out (src/site/integrations/log.mjs): the loader printed each problem when it appeared.
  error.stack = '';
  return error;
}
