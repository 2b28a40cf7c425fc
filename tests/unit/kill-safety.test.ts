/**
 * An import killed at any point (SIGKILL: no cleanup code runs) leaves every file either as it was or
 * as it should become, never half-written; the next import takes over the stale lock, removes the
 * temporary files and finishes the job, giving exactly what an uninterrupted import gives.
 *
 * The kill points: right after the Nth file-system step (the `RG_FAULT_KILL_AT_STEP` hook in
 * atomic-write.ts, covering the temp-file phase, the boundary and the rename phase), and plain SIGKILLs
 * from outside at delays spread over the command's whole run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { writeDigest, type DigestWriteEntry } from '../../src/lib/digest/write-digest.ts';
import { runImport } from '../../src/lib/import/run-import.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { TEMP_FILE } from '../../src/lib/atomic-write.ts';
import { LOCK_FILE } from '../../src/lib/content-lock.ts';
import { REAL_DIGESTS, SEED_DIGEST, snapshot, tempContent } from '../helpers/content.ts';
import { startCli } from '../helpers/cli.ts';

const TODAY = '2026-11-24';
let base: string;
let newDigest: string;
let oldFiles: Map<string, string>;
let newFiles: Map<string, string>;
let writes: number;
let referenceMs: number;

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

async function finishAndCompare(dir: string, label: string): Promise<void> {
  const stale = existsSync(join(dir, LOCK_FILE));
  const again = await importCli(dir).done;
  expect(again.code, `${label}: ${again.stderr}`).toBe(0);
  if (stale) expect(again.stderr, label).toMatch(/^note: import \(pid \d+, started .*\) did not finish; taking over its lock/);
  expect(snapshot(dir), label).toEqual(newFiles);
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
  const started = performance.now();
  const result = await importCli(reference).done;
  referenceMs = performance.now() - started;
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

  it('right after any step (a temp file written, a file renamed) leaves every file old or new, and the next import finishes the job', async () => {
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
  });

  it('by a SIGKILL from outside at delays spread over its run leaves every file old or new', async () => {
    const outcomes: string[] = [];
    const delays = [0.2, 0.4, 0.55, 0.7, 0.8, 0.9, 1.0].map((f) => Math.round(f * referenceMs));
    for (const delay of delays) {
      const dir = copyOfBase();
      const run = importCli(dir);
      const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
      const killed = await run.done;
      clearTimeout(timer);
      if (killed.signal === null) expect(killed.code, killed.stderr).toBe(0);
      expectOldOrNew(dir, `kill after ${delay} ms`);
      await finishAndCompare(dir, `kill after ${delay} ms`);
      outcomes.push(killed.signal ?? `exit ${killed.code}`);
    }
    // Most of the kills landed while the import ran.
    expect(outcomes.filter((o) => o === 'SIGKILL').length).toBeGreaterThanOrEqual(4);
  });
});
