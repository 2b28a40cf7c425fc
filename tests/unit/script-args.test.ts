import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (script: string, ...args: string[]) => spawnSync('node', [`scripts/${script}`, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('the scripts’ arguments', () => {
  it.each(['bench.ts', 'profile-build.ts', 'screenshots.ts', 'search-cost.ts'])('%s answers a wrong flag with the problem and its help, not a stack trace', (script) => {
    const result = run(script, '--no-such-flag');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: Unknown option '--no-such-flag'/);
    expect(result.stderr).toContain(`npm run ${script.replace('.ts', '')} --`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('screenshots stops before building when the system has no font for Chinese, and says which to install', () => {
    // A fontconfig that knows no Chinese font: the README's images would show boxes for the papers' Chinese text.
    const bin = mkdtempSync(join(tmpdir(), 'no-cjk-'));
    writeFileSync(join(bin, 'fc-list'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const result = spawnSync('node', ['scripts/screenshots.ts', '--dist', join(bin, 'dist')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: no font for Chinese text .*apt-get install -y fonts-noto-cjk/);
    expect(existsSync(join(bin, 'dist'))).toBe(false);
  });

  it('refuses a number of papers that is not a positive whole number', () => {
    for (const [script, value] of [
      ['bench.ts', '0'],
      ['bench.ts', '1e3'],
      ['profile-build.ts', '2.5'],
      ['profile-build.ts', 'many'],
    ] as const) {
      const result = run(script, '--papers', value);
      expect(result.status, `${script} --papers ${value}`).toBe(2);
      expect(result.stderr).toBe(`error: --papers: expected a positive whole number (found "${value}")\n`);
    }
  });

  it('refuses a day that is not one for profile-build --today', () => {
    for (const value of ['2026-13-01', '2026-02-30', 'tomorrow']) {
      const result = run('profile-build.ts', '--today', value);
      expect(result.status, value).toBe(2);
      expect(result.stderr).toBe(`error: --today: expected a day as YYYY-MM-DD, e.g. 2026-11-24 (found "${value}")\n`);
    }
  });

  it('measures the search index on its own: every paper a record, or grouped many to a Pagefind page', () => {
    const one = run('search-cost.ts', '--papers', '30');
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^30 papers, [\d.]+ million characters of index text, (\d+) bundles, 30 Pagefind pages \(1 paper\(s\) each\)$/m);
    for (const step of ['making the records', 'Pagefind addCustomRecord', 'Pagefind writeFiles', 'in all']) expect(one.stdout).toMatch(new RegExp(`^${step}.* \\d+\\.\\d s$`, 'm'));
    const grouped = run('search-cost.ts', '--papers', '30', '--group', '100');
    expect(grouped.status, grouped.stderr).toBe(0);
    // One page per bundle at most: the 30 papers fall into a few months of import.
    const [, bundles, pages] = /(\d+) bundles, (\d+) Pagefind pages \(100 paper\(s\) each\)/.exec(grouped.stdout) ?? [];
    expect(Number(pages)).toBe(Number(bundles));
    expect(run('search-cost.ts', '--group', '0').stderr).toBe('error: --group: expected a positive whole number (found "0")\n');
    const missing = run('search-cost.ts', '--content', join(tmpdir(), 'rg-no-such-content'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^error: --content: expected a content folder with a papers\/ folder in it/);
  });

  it('prints the help for --help and stops', () => {
    const result = run('profile-build.ts', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}--search +build the search index too/m);
  });
});
