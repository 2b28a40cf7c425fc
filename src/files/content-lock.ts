/**
 * One writer at a time per content folder. Every command that writes content (import, add, plan,
 * questions, init) runs inside {@link withContentLock}, so two of them started at once never read the
 * same file and overwrite each other's changes: the second stops with a clear message instead.
 *
 * The lock is the file `<content>/.lock`, created exclusively and complete (see createLockFile),
 * holding the holder's pid, host, command and start time. It is removed when the command ends, also
 * by an error, Ctrl-C or SIGTERM. A lock whose process is gone (SIGKILL, a crash, a power cut) is
 * taken over with a notice. After taking the lock, the temporary files an interrupted run left behind
 * (see atomic-write.ts) are removed.
 */
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../domain/errors.ts';
import { displayPath } from './display-path.ts';
import { TEMP_FILE, tempPathFor } from './atomic-write.ts';

export const LOCK_FILE = '.lock';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  /** ISO date and time. */
  started: string;
}

export interface LockOptions {
  /** Where notices go (a stale lock taken over, leftovers removed); default: stderr. */
  notice?: (message: string) => void;
  /** The command writes nothing this time (`--dry-run`), so it runs without taking the lock. */
  dryRun?: boolean;
}

const defaultNotice = (message: string) => process.stderr.write(`${message}\n`);

/** Whether the process that holds a lock still runs (a lock from another machine is assumed to). */
function isRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname() || holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(data.pid) && typeof data.host === 'string' && typeof data.command === 'string' && typeof data.started === 'string') return data as LockHolder;
  } catch {
    // Not JSON: handled by the caller.
  }
  return undefined;
}

/** The holder of an existing lock; `null` when the lock vanished meanwhile. */
async function readHolder(path: string): Promise<LockHolder | null> {
  // The holder writes its details right after creating the file: give it a moment.
  for (let attempt = 0; attempt < 5; attempt++) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return null;
      throw error;
    }
    const holder = parseHolder(text);
    if (holder) return holder;
    await sleep(40);
  }
  throw new UserError(`${displayPath(path)} exists but is not a lock this program wrote; if no command is running on ${displayPath(join(path, '..'))}, delete it`);
}

function describe(holder: LockHolder): string {
  const host = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `${holder.command} (pid ${holder.pid}${host}, started ${holder.started.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')})`;
}

/** Removes temporary files of writers that are no longer running; returns how many. */
async function removeLeftovers(root: string): Promise<number> {
  let removed = 0;
  for (const dir of [root, join(root, 'papers'), join(root, 'sessions'), join(root, 'digests')]) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = TEMP_FILE.exec(name)?.[1];
      if (pid === undefined || isRunning({ pid: Number(pid), host: hostname(), command: '', started: '' })) continue;
      await rm(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Creates the lock with its holder's details in one step: they are written to a temporary file first,
 * which is then hard-linked as the lock (a link fails if the lock exists, as `wx` does). So a kill at
 * any moment leaves either no lock or a complete one, never an empty lock that would need deleting by
 * hand; a temporary file it leaves is removed by the next run (removeLeftovers). On a file system
 * without hard links the lock is created with `wx` and then written, which a kill can interrupt.
 */
async function createLockFile(path: string, text: string): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    try {
      await link(temp, path);
    } catch (error) {
      if ((error as { code?: string }).code === 'EEXIST') throw error;
      // No hard links here (FAT, exFAT, some network drives): create the lock exclusively and write it.
      await writeFile(path, text, { flag: 'wx' });
    }
  } finally {
    // A temporary file that cannot be removed now is removed by the next run (removeLeftovers).
    await rm(temp, { force: true }).catch(() => {});
  }
}

export interface ContentLock {
  holder: LockHolder;
  release(): Promise<void>;
}

/** Takes the lock of a content folder, or throws a {@link UserError} naming who holds it. */
export async function acquireContentLock(contentDir: string, command: string, options: LockOptions = {}): Promise<ContentLock> {
  const notice = options.notice ?? defaultNotice;
  const path = join(contentDir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), command, started: new Date().toISOString() };
  await mkdir(contentDir, { recursive: true });
  // Two commands taking over the same stale lock at the same instant could both succeed; that needs a
  // crashed run and two new ones started within milliseconds of each other, and is not guarded against.
  for (let attempt = 0; ; attempt++) {
    try {
      await createLockFile(path, `${JSON.stringify(holder)}\n`);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw new UserError(`cannot create the lock ${displayPath(path)} (${(error as Error).message})`);
      if (attempt >= 3) throw new UserError(`cannot take the lock ${displayPath(path)}: other commands keep taking it; try again`);
    }
    const other = await readHolder(path);
    if (other === null) continue;
    if (isRunning(other)) {
      throw new UserError(`another ${describe(other)} is running on ${displayPath(contentDir)}; wait until it has finished (if it is not running, delete ${displayPath(path)})`);
    }
    notice(`note: ${describe(other)} did not finish; taking over its lock on ${displayPath(contentDir)}`);
    await rm(path, { force: true });
  }
  // Ctrl-C or a polite kill: release the lock on the way out (a SIGKILL leaves it for the next run).
  const onSignal = (signal: NodeJS.Signals) => {
    releaseSync();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const ours = (text: string | undefined) => {
    const current = text === undefined ? undefined : parseHolder(text);
    return current?.pid === holder.pid && current.started === holder.started;
  };
  const releaseSync = () => {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return;
    }
    if (ours(text)) rmSync(path, { force: true });
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    const removed = await removeLeftovers(contentDir);
    if (removed) notice(`note: removed ${removed} temporary file${removed === 1 ? '' : 's'} left by an interrupted run`);
  } catch (error) {
    releaseSync();
    throw error;
  }
  // A promise, as the interface asks; a failure to remove the file rejects it rather than throwing.
  const release = () =>
    new Promise<void>((resolve) => {
      releaseSync();
      resolve();
    });
  return { holder, release };
}

/** Runs `run` holding the content folder's lock (unless it is a dry run); the lock is released however `run` ends. */
export async function withContentLock<T>(contentDir: string, command: string, run: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  if (options.dryRun) return run();
  const lock = await acquireContentLock(contentDir, command, options);
  try {
    return await run();
  } finally {
    await lock.release();
  }
}
