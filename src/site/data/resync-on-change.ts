/**
 * How the content loaders follow edits in `astro dev`: one sync at a time, one more after the last
 * change, and one when the writes have settled. An editor's save empties the file and then writes
 * it, and the watcher may report only the first half, so a file read at that moment would look
 * broken (or cut) until the next save.
 */
import type { LoaderContext } from 'astro/loaders';

type Watcher = NonNullable<LoaderContext['watcher']>;

export function resyncOnChange(watcher: Watcher, target: string, concerns: (path: string) => boolean, sync: () => Promise<void>, logger: LoaderContext['logger']): void {
  watcher.add(target);
  let running: Promise<void> | undefined;
  let again = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const resync = () => {
    again = true;
    running ??= (async () => {
      while (again) {
        again = false;
        await sync().catch((error: Error) => logger.error(error.message));
      }
    })().finally(() => (running = undefined));
  };
  const onChange = (path: string) => {
    if (!concerns(path)) return;
    resync();
    clearTimeout(settle);
    settle = setTimeout(resync, 300);
  };
  watcher.on('add', onChange);
  watcher.on('change', onChange);
  watcher.on('unlink', onChange);
}
