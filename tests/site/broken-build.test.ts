/**
 * The site build on broken content (two builds, as they are slow): it fails, and the first thing
 * it prints after Astro's own progress lines is every problem, in the words of `npm run
 * check-content` (file, line or field, expected and found), with no stack trace anywhere.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { checkContent } from '../../src/files/check-content.ts';
import { formatProblem } from '../../src/domain/content-problem.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');
const run = promisify(execFile);

/** Builds a copy of the valid base folder with the fixtures dropped in; returns what the build printed. */
async function buildWith(fixtures: [fixture: string, as: string][]) {
  const work = mkdtempSync(join(tmpdir(), 'rg-broken-build-'));
  const content = join(work, 'content');
  cpSync(join(BROKEN, 'base'), content, { recursive: true });
  for (const [fixture, as] of fixtures) copyFileSync(join(BROKEN, fixture), join(content, as));
  const out = join(work, 'dist');
  const env = { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), SITE_TODAY: '2026-11-24', SITE_URL: 'https://example.org', BASE_PATH: '/' };
  let result: { code: number; output: string };
  try {
    const done = await run('npx', ['astro', 'build', '--outDir', out], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
    result = { code: 0, output: done.stdout + done.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    result = { code: e.code, output: e.stdout + e.stderr };
  }
  const lines = stripVTControlCharacters(result.output).split('\n');
  // What the user reads first: everything after npm's notices and Astro's timestamped progress lines.
  const first = lines.filter((l) => l.trim() !== '' && !/^npm (warn|notice)/.test(l) && !/^\d\d:\d\d:\d\d \[/.test(l));
  const expected = checkContent(content).problems.map(formatProblem);
  return { ...result, lines, first, expected, built: existsSync(out) };
}

describe('building broken content', () => {
  it('stops with every broken paper, named by file and line or field, and no stack trace', async () => {
    const build = await buildWith([
      ['papers/yaml-unclosed-quote.md', 'papers/2404.01399.md'],
      ['papers/votes-many.md', 'papers/2401.18018.md'],
    ]);
    expect(build.code).not.toBe(0);
    expect(build.expected).toHaveLength(2);
    expect(build.expected[0]).toMatch(/content\/papers\/2401\.18018\.md: votes: expected a number of votes .* \(found "many"\)$/);
    expect(build.expected[1]).toMatch(/content\/papers\/2404\.01399\.md:4: the frontmatter is not valid YAML: expected a closing " /);
    expect(build.first.slice(0, 2)).toEqual(build.expected);
    expect(build.first[2]).toBe('The site was not built: fix the content above (`npm run check-content` lists every problem).');
    expect(build.lines.filter((l) => /^\s+at |Stack trace/.test(l))).toEqual([]);
    expect(build.built).toBe(false);
  });

  it('stops on a session naming someone who is not a member, as check-content says it', async () => {
    const build = await buildWith([['sessions/missing-presenter.md', 'sessions/2026-11-26.md']]);
    expect(build.code).not.toBe(0);
    expect(build.expected).toHaveLength(1);
    expect(build.expected[0]).toMatch(/content\/sessions\/2026-11-26\.md: papers\[1\]\.presenter: expected the id of a member in .*content\/group\.yaml: alice, bruno or chen \(found "zoe"\)$/);
    expect(build.first[0]).toBe(build.expected[0]);
    expect(build.lines.filter((l) => /^\s+at |Stack trace/.test(l))).toEqual([]);
    expect(build.built).toBe(false);
  });
});
