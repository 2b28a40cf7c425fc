/**
 * One writer at a time: the content lock, on its own and through every command that writes content.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireContentLock, LOCK_FILE, withContentLock, type LockHolder } from '../../src/files/content-lock.ts';
import { UserError } from '../../src/domain/errors.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { PROJECT_CONTENT, SEED_DIGEST, snapshot, tempContent } from '../helpers/content.ts';
import { expectUserError, ROOT, runCli, startCli } from '../helpers/cli.ts';

/** The pid of a process that has exited (a finished `true`). */
function deadPid(): number {
  const child = spawnSync('true');
  return child.pid;
}

function lockText(pid: number, command = 'import', host = hostname()): string {
  return `${JSON.stringify({ pid, host, command, started: '2026-11-24T09:30:00.000Z' })}\n`;
}

function copyOfShippedContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-lock-')), 'content');
  cpSync(PROJECT_CONTENT, dir, { recursive: true });
  return dir;
}

describe('withContentLock', () => {
  it('holds <content>/.lock with its pid and command while running, and removes it afterwards, also after an error', async () => {
    const dir = tempContent();
    const seen = await withContentLock(dir, 'import', () => Promise.resolve(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder));
    expect(seen).toMatchObject({ pid: process.pid, command: 'import', host: hostname() });
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    await expect(withContentLock(dir, 'plan', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('a second writer is refused with who holds the lock, and the first keeps it', async () => {
    const dir = tempContent();
    await withContentLock(dir, 'import', async () => {
      const error = await withContentLock(dir, 'plan', () => Promise.resolve('ran')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(
        new RegExp(`^another import \\(pid ${process.pid}, started \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\) is running on .*; wait until it has finished`),
      );
      expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    });
  });

  it('a lock whose process is gone is taken over with a notice, and temporary files of dead writers are removed', async () => {
    const dir = tempContent();
    const dead = deadPid();
    writeFileSync(join(dir, LOCK_FILE), lockText(dead));
    const leftovers = [join('papers', `.2404.01399.md.${dead}.0123abcd.tmp`), join('digests', `.d.md.${dead}.89abcdef.tmp`)];
    const ours = join('papers', `.2401.18018.md.${process.pid}.0123abcd.tmp`);
    for (const name of [...leftovers, ours]) {
      cpSync(SEED_DIGEST, join(dir, name));
    }
    const notices: string[] = [];
    await withContentLock(dir, 'import', () => Promise.resolve(), { notice: (m) => notices.push(m) });
    expect(notices).toEqual([
      expect.stringMatching(new RegExp(`^note: import \\(pid ${dead}, started 2026-11-24 09:30:00 UTC\\) did not finish; taking over its lock on `)),
      'note: removed 2 temporary files left by an interrupted run',
    ]);
    for (const name of leftovers) expect(existsSync(join(dir, name))).toBe(false);
    expect(existsSync(join(dir, ours))).toBe(true);
  });

  // The rounds bound the next test, not the clock: a round takes about a quarter of a second on a quiet
  // machine, so the time it is given (5 s a round) is a backstop against a hung process, far beyond what
  // a busy machine needs.
  const ROUNDS = 150;
  it(
    'a SIGKILL while the lock is being taken leaves no lock or a complete one, never an empty file',
    async () => {
      // A process takes and releases the lock as fast as it can and is killed at a random moment, many
      // times: each time the next command must be able to go on without anyone deleting a file by hand.
      const dir = tempContent();
      const script = `import { acquireContentLock } from ${JSON.stringify(join(ROOT, 'src', 'files', 'content-lock.ts'))};
      console.log('ready');
      for (;;) await (await acquireContentLock(${JSON.stringify(dir)}, 'import', { notice: () => {} })).release();`;
      let complete = 0;
      // Until twelve kills have landed while a lock existed (a busy machine needs more rounds for that).
      for (let round = 0; round < ROUNDS && complete < 12; round++) {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 40));
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGKILL');
        await exited;
        const path = join(dir, LOCK_FILE);
        if (existsSync(path)) {
          expect(JSON.parse(readFileSync(path, 'utf8')), `round ${round}`).toMatchObject({ pid: child.pid, command: 'import' });
          complete++;
        }
        await withContentLock(dir, 'plan', () => Promise.resolve(), { notice: () => {} });
        expect(
          readdirSync(dir).filter((name) => name.includes('lock')),
          `round ${round}`,
        ).toEqual([]);
      }
      expect(complete, 'kills that landed while a lock existed').toBe(12);
    },
    ROUNDS * 5_000,
  );

  it('Ctrl-C (SIGINT) or SIGTERM while holding the lock removes it on the way out', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const dir = tempContent();
      const script = `import { acquireContentLock } from ${JSON.stringify(join(ROOT, 'src', 'files', 'content-lock.ts'))};
        await acquireContentLock(${JSON.stringify(dir)}, 'import');
        console.log('locked');
        setInterval(() => {}, 1000);`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(existsSync(join(dir, LOCK_FILE)), signal).toBe(false);
    }
  });

  it('a lock from another machine counts as held; a file that is not a lock is named', async () => {
    const dir = tempContent();
    writeFileSync(join(dir, LOCK_FILE), lockText(deadPid(), 'add', 'other-laptop'));
    await expect(acquireContentLock(dir, 'import')).rejects.toThrow(/another add \(pid \d+ on other-laptop, started/);
    writeFileSync(join(dir, LOCK_FILE), 'not json');
    await expect(acquireContentLock(dir, 'import')).rejects.toThrow(/\.lock exists but is not a lock this program wrote; if no command is running on .*, delete it/);
  });
});

describe('every command that writes content takes the lock', () => {
  const commands: [string, string[]][] = [
    ['import', [SEED_DIGEST, '--today', '2026-11-24']],
    ['add', ['2404.01399', '2501.00001', '--offline', '--today', '2026-11-24']],
    ['plan', ['--today', '2026-11-24']],
    ['questions', ['--all', '--offline', '--force']],
    ['init', ['--name', 'Vision Club', '--timezone', 'Asia/Shanghai', '--weekday', 'friday', '--time', '14:00', '--members', 'li:Li Wei', '--yes']],
  ];

  it('and refuses to run while another command holds it, changing nothing', async () => {
    const dir = copyOfShippedContent();
    const lock = await acquireContentLock(dir, 'import');
    const before = snapshot(dir);
    try {
      const results = await Promise.all(commands.map(([command, args]) => runCli(command, [...args, '--content', dir])));
      results.forEach((result, i) => {
        const stderr = expectUserError(result);
        expect(stderr, commands[i]![0]).toMatch(new RegExp(`^error: another import \\(pid ${process.pid}, started .*\\) is running on ${dir.replace(/[.]/g, '\\.')}`));
      });
      expect(snapshot(dir)).toEqual(before);
      // A dry run writes nothing and needs no lock.
      const dry = await runCli('import', [SEED_DIGEST, '--dry-run', '--content', dir]);
      expect(dry.code, dry.stderr).toBe(0);
      const dryPlan = await runCli('plan', ['--dry-run', '--today', '2026-11-24', '--content', dir]);
      expect(dryPlan.code, dryPlan.stderr).toBe(0);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      await lock.release();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('and takes over a stale lock with a notice, then removes its own', async () => {
    const dir = tempContent();
    writeFileSync(join(dir, LOCK_FILE), lockText(deadPid(), 'import'));
    const result = await runCli('import', [SEED_DIGEST, '--today', '2026-11-24', '--content', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^note: import \(pid \d+, started 2026-11-24 09:30:00 UTC\) did not finish; taking over its lock/);
    expect(readdirSync(join(dir, 'papers'))).toHaveLength(18);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});

describe('two imports started at once', () => {
  it('never interleave: when both succeed, each paper records both digests (no update is lost)', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = tempContent();
      const a = join(dir, 'a.md');
      const b = join(dir, 'b.md');
      cpSync(SEED_DIGEST, a);
      cpSync(SEED_DIGEST, b);
      const runs = [a, b].map((digest) => startCli('import', [digest, '--today', '2026-11-24', '--content', dir]).done);
      const results = await Promise.all(runs);
      const succeeded = results.flatMap((r, i) => (r.code === 0 ? [i === 0 ? 'a.md' : 'b.md'] : []));
      for (const result of results.filter((r) => r.code !== 0)) expect(expectUserError(result)).toMatch(/^error: another import \(pid \d+, started .*\) is running on /);
      expect(succeeded.length).toBeGreaterThan(0);
      const papers = readdirSync(join(dir, 'papers'));
      expect(papers).toHaveLength(18);
      for (const name of papers) {
        const { data } = readFrontmatter(readFileSync(join(dir, 'papers', name), 'utf8'), name);
        expect((data.sources as { digest: string }[]).map((s) => s.digest).sort(), name).toEqual(succeeded);
      }
      expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    }
  });
});
