/**
 * Content files that failed to load while `astro dev` runs. The build stops at the first broken file;
 * the dev server instead keeps serving, remembers each broken file here (the loader records and clears
 * them as files change), and every page then fails with the list, which Astro shows in the browser's
 * error overlay until the files are fixed.
 *
 * The list lives on globalThis: the content loaders and the pages run in one process but may see
 * different instances of this module.
 */
const KEY = Symbol.for('reading-group-planner.broken-files');

function brokenFiles(): Map<string, string> {
  const global = globalThis as Record<symbol, Map<string, string> | undefined>;
  return (global[KEY] ??= new Map<string, string>());
}

/** Remembers why `file` could not be loaded (replacing what was known about it before). */
export function recordBrokenFile(file: string, message: string): void {
  brokenFiles().set(file, message.startsWith(file) ? message : `${file}: ${message}`);
}

/** Forgets `file`'s problem once it loads again (or is deleted). */
export function clearBrokenFile(file: string): void {
  brokenFiles().delete(file);
}

/** Throws one error listing every broken content file, if there is any. */
export function assertNoBrokenFiles(): void {
  const list = [...brokenFiles().values()];
  if (list.length === 0) return;
  const error = new Error(`${list.length === 1 ? 'A content file is' : `${list.length} content files are`} invalid; fix ${list.length === 1 ? 'it' : 'them'} and reload:\n\n${list.join('\n\n')}`);
  error.name = 'InvalidContent';
  // The message says it all; a stack trace into the site's code would only hide it. An empty stack
  // (not one without frames) keeps Astro from printing an empty "Stack trace:" under it. The terminal
  // leaves this error out (src/integrations/log.mjs): the loader printed each problem when it appeared.
  error.stack = '';
  throw error;
}
