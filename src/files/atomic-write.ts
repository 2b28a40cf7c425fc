/**
 * All-or-nothing file writes. Every new content is first written to a temporary file beside its
 * target; only when all of them are on disk are they renamed into place (a rename is atomic on one
 * file system). If any write fails, the temporary files are removed and no target is touched.
 *
 * A process killed at any moment (SIGKILL, a closed laptop) leaves every target either as it was or
 * as it should become, never half-written: at worst some targets are renamed and others not yet, and
 * running the command again finishes the job. Temporary files it could not remove are named
 * `.<target>.<pid>.<random>.tmp`; nothing reads them (the site and the commands read `*.md` only, and
 * `.gitignore` has `*.tmp`), and the next command that takes the content lock removes them
 * (see content-lock.ts).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../domain/errors.ts';

export interface PlannedWrite {
  path: string;
  content: string;
}

export interface WriteOptions {
  /** Refuse the whole batch (nothing written) when any path lies outside this folder. */
  within?: string;
}

/** Matches the temporary files this module writes; group 1 is the writer's pid. */
export const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Throws a {@link UserError} unless `path` is strictly inside `folder` (after resolving `..`). */
export function assertInside(folder: string, path: string): void {
  const rel = relative(resolve(folder), resolve(path));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UserError(`refusing to write ${path}: it is outside ${folder}, the only folder this command writes to`);
  }
}

/**
 * Test hook for tests/unit/kill-safety.test.ts: with `RG_FAULT_KILL_AT_STEP=N` the process kills
 * itself (SIGKILL) right after its Nth step, a step being one temporary file written or one file
 * renamed into place.
 */
let steps = 0;
function afterStep(): void {
  const at = Number(process.env.RG_FAULT_KILL_AT_STEP);
  if (at > 0 && ++steps === at) process.kill(process.pid, 'SIGKILL');
}

/** Writes all files or none. */
export async function writeAllOrNothing(writes: PlannedWrite[], options: WriteOptions = {}): Promise<void> {
  if (options.within !== undefined) for (const write of writes) assertInside(options.within, write.path);
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const write of writes) {
      await mkdir(dirname(write.path), { recursive: true });
      const temp = tempPathFor(write.path);
      staged.push({ temp, path: write.path });
      await writeFile(temp, write.content, { flag: 'wx' });
      afterStep();
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    throw error;
  }
  let renamed = 0;
  try {
    for (const { temp, path } of staged) {
      await rename(temp, path);
      renamed++;
      afterStep();
    }
  } catch (error) {
    await Promise.all(staged.slice(renamed).map((s) => rm(s.temp, { force: true })));
    throw error;
  }
}

/** Writes one file atomically. */
export async function writeAtomic(path: string, content: string, options: WriteOptions = {}): Promise<void> {
  await writeAllOrNothing([{ path, content }], options);
}
