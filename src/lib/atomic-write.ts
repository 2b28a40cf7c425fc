/**
 * All-or-nothing file writes. Every new content is first written to a temporary file beside its
 * target; only when all of them are on disk are they renamed into place (a rename is atomic on one
 * file system). If any write fails, the temporary files are removed and no target is touched.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface PlannedWrite {
  path: string;
  content: string;
}

function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes all files or none. */
export async function writeAllOrNothing(writes: PlannedWrite[]): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const write of writes) {
      await mkdir(dirname(write.path), { recursive: true });
      const temp = tempPathFor(write.path);
      staged.push({ temp, path: write.path });
      await writeFile(temp, write.content, { flag: 'wx' });
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    throw error;
  }
  for (const { temp, path } of staged) await rename(temp, path);
}

/** Writes one file atomically. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  await writeAllOrNothing([{ path, content }]);
}
