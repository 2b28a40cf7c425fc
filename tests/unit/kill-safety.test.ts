/**
 * An import killed at any point (SIGKILL: no cleanup code runs) leaves every file either as it was or
 * as it should become, never half-written; the next import takes over the stale lock, removes the
 * temporary files and finishes the job, giving exactly what an uninterrupted import gives.
 *
 * The kill points: right after the Nth file-system step (the `RG_FAULT_KILL_AT_STEP` hook in
 * atomic-write.ts, covering the temp-file phase, the boundary and the rename phase), and plain SIGKILLs
 * from outside at delays spread over the command's run, repeated until enough of them have landed while
 * the import held the lock (how many attempts that takes depends on the machine; what is checked does
 * not).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDigest } from '../../src/domain/digest/parse-digest.ts';
import { writeDigest, type DigestWriteEntry } from '../../src/domain/digest/write-digest.ts';
import { runImport } from '../../src/files/import/run-import.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { TEMP_FILE } from '../../src/files/atomic-write.ts';
import { LOCK_FILE } from '../../src/files/content-lock.ts';
import { REAL_DIGESTS, SEED_DIGEST, snapshot, tempContent } from '../helpers/content.ts';
import { startCli, type CliResult } from '../helpers/cli.ts';

const TODAY = '2026-11-24';
let base: string;
let newDigest: string;
let oldFiles: Map<string, string>;
let newFiles: Map<string, string>;
let writes: number;
/** The latest import that ran to the end: how long it took and how long it held the lock (ms). */
let lastRun: { ms: number; heldMs: number };

/** Kills from outside that must land while the import holds the lock, i.e. in the middle of its run. */
const MID_RUN_KILLS = 5;
/** Attempts allowed for that; most of them land mid-run, on a quiet machine and on a busy one. */
const MAX_ATTEMPTS = 60;
/**
 * Not a speed limit but a backstop against a hung process: an attempt (an import killed, then the
 * import that finishes the job) takes about 1.5 s on a quiet machine, so this is far beyond what a busy
 * one needs, and the tests that repeat runs get it once per run.
 */
const BACKSTOP_PER_RUN_MS = 20_000;

/** Every entry of the real digests, written as one digest with the given version on every link. */
function bigDigest(version: number, count?: number): string {
  const entries: DigestWriteEntry[] = [];
  const seen = new Set<string>();
  for (const path of [SEED_DIGEST, ...REAL_DIGESTS]) {
    for (const e of parseDigest(readFileSync(path, 'utf8')).entries) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      entries.push({ id: `${e.id}v${version}`, title: e.title, titleZh: e.titleZh, summaryZh: e.summaryZh, summaryEn: e.summaryEn, abstract: e.abstract, abstractZh: e.abstractZh });
    }
  }
  return writeDigest(entries.slice(0, count));
}

function importCli(dir: string, env: Record<string, string> = {}) {
  return startCli('import', [newDigest, '--today', TODAY, '--content', dir], env);
}

/** Every file is its old or its new version; besides them, only temporary files and the lock. */
function expectOldOrNew(dir: string, label: string): void {
  const now = snapshot(dir);
  for (const [path, text] of now) {
    const name = basename(path);
    if (TEMP_FILE.test(name) || name === LOCK_FILE) continue;
    expect(text === oldFiles.get(path) || text === newFiles.get(path), `${label}: ${path} is neither its old nor its new version`).toBe(true);
    if (path.startsWith('papers')) expect(paperSchema.safeParse(readFrontmatter(Buffer.from(text, 'latin1').toString('utf8'), path).data).success, `${label}: ${path}`).toBe(true);
  }
  for (const path of oldFiles.keys()) expect(now.has(path), `${label}: ${path} disappeared`).toBe(true);
}

/** Whether the content lock in `dir` is held by the process `pid`. */
function lockedBy(dir: string, pid: number | undefined): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as { pid?: number }).pid === pid;
  } catch {
    return false; // no lock yet (or, without hard links, one still being written)
  }
}

/**
 * Runs an import into `dir`, noting when it took the lock (looked for every millisecond), and with
 * `kill` SIGKILLs it that many ms after it started or after it took the lock. An import that runs to
 * the end becomes `lastRun`.
 */
async function watchedImport(dir: string, kill?: { after: 'start' | 'lock'; ms: number }): Promise<CliResult> {
  const started = performance.now();
  const run = importCli(dir);
  let lockedAt: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  const killIn = (ms: number) => (timer = setTimeout(() => run.child.kill('SIGKILL'), ms));
  if (kill?.after === 'start') killIn(kill.ms);
  const poll = setInterval(() => {
    if (!lockedBy(dir, run.child.pid)) return;
    lockedAt = performance.now();
    clearInterval(poll);
    if (kill?.after === 'lock') killIn(kill.ms);
  }, 1);
  const result = await run.done;
  const ended = performance.now();
  clearInterval(poll);
  clearTimeout(timer);
  if (result.code === 0 && lockedAt !== undefined) lastRun = { ms: ended - started, heldMs: ended - lockedAt };
  return result;
}

/** Runs the import again, which must finish the job exactly. */
async function finishAndCompare(dir: string, label: string): Promise<void> {
  const stale = existsSync(join(dir, LOCK_FILE));
  const again = await watchedImport(dir);
  expect(again.code, `${label}: ${again.stderr}`).toBe(0);
  if (stale) expect(again.stderr, label).toMatch(/^note: import \(pid \d+, started .*\) did not finish; taking over its lock/);
  expect(snapshot(dir), label).toEqual(newFiles);
}

/** Where in the import a kill landed, read from what it left behind. */
function phaseOf(dir: string): string {
  const now = snapshot(dir);
  // Temporary files of content, not the one the lock is written to before it is linked as the lock.
  const temps = [...now.keys()].filter((p) => TEMP_FILE.test(basename(p)) && !basename(p).startsWith(`.${LOCK_FILE}.`)).length;
  const replaced = [...now].filter(([path, text]) => oldFiles.get(path) !== text && newFiles.get(path) === text).length;
  if (!now.has(LOCK_FILE)) return replaced === 0 ? 'before the lock' : 'after the lock was released';
  if (replaced > 0) return `renaming (${replaced} replaced)`;
  return temps > 0 ? `writing temporary files (${temps})` : 'reading, nothing written yet';
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-kill-'));
  const oldDigest = join(work, 'old.md');
  writeFileSync(oldDigest, bigDigest(1, 150));
  newDigest = join(work, 'new.md');
  writeFileSync(newDigest, bigDigest(2));
  base = tempContent();
  await runImport({ inputs: [oldDigest], contentDir: base, today: '2026-11-01' });
  // People's words in two of the papers the new digest updates.
  for (const id of ['2404.01399', '2402.14776']) {
    const path = join(base, 'papers', `${id}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: candidate', 'status: shortlisted  # ours').replace('## Notes\n', '## Notes\n\nWe liked the ablations.\n'));
  }
  oldFiles = snapshot(base);

  const reference = join(mkdtempSync(join(tmpdir(), 'rg-kill-ref-')), 'content');
  cpSync(base, reference, { recursive: true });
  const result = await watchedImport(reference);
  expect(result.code, result.stderr).toBe(0);
  newFiles = snapshot(reference);
  writes = [...newFiles].filter(([path, text]) => oldFiles.get(path) !== text).length;
}, 120_000);

function copyOfBase(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-kill-run-')), 'content');
  cpSync(base, dir, { recursive: true });
  return dir;
}

describe('an import killed at any point', () => {
  it('has something to lose: most files change and people edited two of them', () => {
    expect(writes).toBeGreaterThan(150);
    expect(newFiles.get(join('papers', '2404.01399.md'))).toContain('We liked the ablations.');
    expect(newFiles.get(join('papers', '2404.01399.md'))).not.toBe(oldFiles.get(join('papers', '2404.01399.md')));
  });

  it(
    'right after any step (a temp file written, a file renamed) leaves every file old or new, and the next import finishes the job',
    async () => {
      // Steps 1..writes write temporary files; writes+1..2*writes rename them into place.
      const points = [1, Math.floor(writes / 2), writes, writes + 1, Math.floor(writes * 1.5), 2 * writes - 1];
      for (const step of points) {
        const dir = copyOfBase();
        const killed = await importCli(dir, { RG_FAULT_KILL_AT_STEP: String(step) }).done;
        expect(killed.signal, `step ${step}: ${killed.stderr}`).toBe('SIGKILL');
        expectOldOrNew(dir, `step ${step}`);
        const now = snapshot(dir);
        const replaced = [...now].filter(([path, text]) => oldFiles.get(path) !== text && newFiles.get(path) === text).length;
        const temps = [...now.keys()].filter((p) => TEMP_FILE.test(basename(p))).length;
        // Before the renames nothing is replaced; during them, exactly the renamed files are.
        expect(replaced, `step ${step}`).toBe(Math.max(0, step - writes));
        expect(temps, `step ${step}`).toBe(step <= writes ? step : 2 * writes - step);
        expect(existsSync(join(dir, LOCK_FILE)), `step ${step}`).toBe(true);
        await finishAndCompare(dir, `step ${step}`);
      }
    },
    6 * 2 * BACKSTOP_PER_RUN_MS,
  );

  it(
    'by a SIGKILL from outside at delays spread over its run leaves every file old or new',
    async () => {
      // Two of every three kills come at a fraction (0 to 1) of the time the latest complete import held
      // the lock, counted from the moment this one took it; the third at a fraction (0.2 to 1) of the
      // latest complete import's whole run, counted from its start, so some land before the lock too.
      // Golden-ratio steps put each fraction into a large gap the earlier ones left. Only kills that land
      // while the lock is held count towards MID_RUN_KILLS, however many attempts that takes.
      const outcomes: string[] = [];
      let midRun = 0;
      for (let attempt = 0; attempt < MAX_ATTEMPTS && midRun < MID_RUN_KILLS; attempt++) {
        const fromStart = attempt % 3 === 2;
        const k = fromStart ? (attempt - 2) / 3 : attempt - Math.floor(attempt / 3);
        const spread = (k * 0.6180339887498949) % 1;
        const fraction = fromStart ? 0.2 + 0.8 * spread : spread;
        const of = fromStart ? lastRun.ms : lastRun.heldMs;
        const delay = Math.round(fraction * of);
        const label = `attempt ${attempt}, kill ${delay} ms after ${fromStart ? 'the start' : 'the lock'} (${fraction.toFixed(2)} of ${Math.round(of)} ms)`;
        const dir = copyOfBase();
        const killed = await watchedImport(dir, { after: fromStart ? 'start' : 'lock', ms: delay });
        if (killed.signal === null) expect(killed.code, `${label}: ${killed.stderr}`).toBe(0);
        expectOldOrNew(dir, label);
        const phase = killed.signal === 'SIGKILL' ? phaseOf(dir) : `exit ${killed.code}`;
        if (killed.signal === 'SIGKILL' && existsSync(join(dir, LOCK_FILE))) midRun++;
        await finishAndCompare(dir, `${label}, ${phase}`);
        outcomes.push(`${killed.signal ?? `exit ${killed.code}`}: ${label}, ${phase}`);
      }
      // Enough of the kills landed while the import ran (held the lock), and so at least four landed.
      expect(midRun, `kills that landed while the import held the lock:\n${outcomes.join('\n')}`).toBe(MID_RUN_KILLS);
      expect(outcomes.filter((o) => o.startsWith('SIGKILL')).length).toBeGreaterThanOrEqual(4);
    },
    MAX_ATTEMPTS * BACKSTOP_PER_RUN_MS,
  );
});
