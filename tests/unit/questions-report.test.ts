import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { balancedShares } from '../../scripts/questions-report.ts';
import { isGenericQuestion } from '../../src/domain/questions/generate.ts';
import { REAL_DIGESTS, SEED_DIGEST } from '../helpers/content.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) => spawnSync('node', ['scripts/questions-report.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
// The tuning digests only: the held-out ones are for a person to judge.
const DIGESTS = [SEED_DIGEST, ...REAL_DIGESTS].map((p) => relative(ROOT, p));

interface Report {
  generator: string;
  locale: string;
  papers: { id: string; digest: string; title: string; summary: string; abstract: string; abstractZh: string; questions: { text: string; flags: { flag: string; detail: string }[] }[] }[];
}

function report(...args: string[]): Report {
  const out = join(mkdtempSync(join(tmpdir(), 'rg-qreport-')), 'report.json');
  const result = run(...DIGESTS, ...args, '--json', out);
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

describe('npm run questions-report', () => {
  it('answers a wrong flag or value with the problem (and the help for a flag), exit status 2, no stack trace', () => {
    const wrong = run(DIGESTS[0]!, '--no-such-flag');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^error: Unknown option '--no-such-flag'/);
    expect(wrong.stderr).toContain('npm run questions-report --');
    for (const [args, message] of [
      [[], 'error: give at least one digest file'],
      [[DIGESTS[0]!, '--locale', 'fr'], 'error: --locale: expected en or zh-CN (found "fr")\n'],
      [[DIGESTS[0]!, '--sample', '0'], 'error: --sample: expected a positive whole number (found "0")\n'],
      [[DIGESTS[0]!, '--sample', '2.5'], 'error: --sample: expected a positive whole number (found "2.5")\n'],
      [['no/such/digest.md'], 'error: cannot read no/such/digest.md: ENOENT\n'],
    ] as const) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.startsWith(message), result.stderr).toBe(true);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('prints the help for --help and stops', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--sample <N> +only N papers/);
  });

  it('draws the same sample for the same seed, a different one for another, spread over the digests', () => {
    const a = report('--sample', '6', '--seed', 'a');
    const again = report('--sample', '6', '--seed', 'a');
    const b = report('--sample', '6', '--seed', 'b');
    expect(again).toEqual(a);
    expect(a.papers).toHaveLength(6);
    expect(b.papers.map((p) => p.id)).not.toEqual(a.papers.map((p) => p.id));
    // 18, 89, 59 and 29 papers: shares of 1, 2, 2 and 1.
    const perDigest = (r: Report) => DIGESTS.map((d) => r.papers.filter((p) => d.endsWith(p.digest)).length);
    expect(perDigest(a)).toEqual([1, 2, 2, 1]);
    expect(perDigest(b)).toEqual([1, 2, 2, 1]);
  });

  it('--balanced spreads the sample evenly, a small digest giving all it has', () => {
    // 18, 89, 59 and 29 papers, 40 drawn: ten each.
    const perDigest = (r: Report) => DIGESTS.map((d) => r.papers.filter((p) => d.endsWith(p.digest)).length);
    expect(perDigest(report('--sample', '40', '--seed', 'a', '--balanced'))).toEqual([10, 10, 10, 10]);
    expect(balancedShares([5, 11, 19, 64, 249], 50)).toEqual([5, 11, 34 / 3, 34 / 3, 34 / 3]);
    expect(balancedShares([2, 3], 10)).toEqual([2, 3]);
    expect(balancedShares([0, 100], 10)).toEqual([0, 10]);
  });

  it('--exclude leaves out the papers of an earlier sample, and says what is wrong with a bad file', () => {
    const first = report('--sample', '20', '--seed', 'x');
    const dir = mkdtempSync(join(tmpdir(), 'rg-qexclude-'));
    const earlier = join(dir, 'earlier.json');
    writeFileSync(earlier, JSON.stringify({ papers: first.papers.map((p) => ({ id: p.id })) }));
    const second = report('--sample', '20', '--seed', 'x', '--exclude', earlier);
    expect(second.papers).toHaveLength(20);
    const taken = new Set(first.papers.map((p) => p.id));
    expect(second.papers.filter((p) => taken.has(p.id))).toEqual([]);
    // Without a sample, every paper but the excluded ones.
    expect(report('--exclude', earlier).papers.length).toBe(18 + 89 + 59 + 29 - 20);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"papers": [{"title": "no id"}]}');
    const result = run(DIGESTS[0]!, '--exclude', bad);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`error: --exclude ${bad}: expected { "papers": [{ "id": "…" }, …] }\n`);
  });

  it('writes every paper with its questions and their flags', () => {
    const r = report('--locale', 'zh-CN', '--sample', '4', '--seed', '7');
    expect(r.generator).toBe('offline');
    expect(r.locale).toBe('zh-CN');
    for (const p of r.papers) {
      expect(p.id).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(p.title.length).toBeGreaterThan(0);
      expect(p.questions.length).toBeGreaterThanOrEqual(2);
      for (const q of p.questions) {
        expect(q.text).toMatch(/[\u4e00-\u9fff]/);
        expect(Array.isArray(q.flags)).toBe(true);
      }
    }
  });

  it('closes with a summary of papers, questions and flags', () => {
    const result = run(DIGESTS[0]!);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\npapers: 18 from 1 of the 1 digest given\n/);
    expect(result.stdout).toMatch(/\nquestions: \d+ \(\d\.\d\d per paper\)\n/);
    expect(result.stdout).toMatch(/\n {2}misquote +\d+\n/);
    expect(result.stdout).toMatch(/\npapers with zero questions: 0\n/);
  });

  it('counts the papers that got nothing but a generic question, as the JSON shows them', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rg-qreport-')), 'report.json');
    const result = run(...REAL_DIGESTS, '--json', out);
    expect(result.status).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { papers: { questions: { text: string }[] }[] };
    const genericOnly = report.papers.filter((p) => p.questions.length > 0 && p.questions.every((q) => isGenericQuestion(q.text))).length;
    expect(genericOnly).toBeGreaterThan(0);
    expect(result.stdout).toContain(`\npapers with only a generic question: ${genericOnly}\n`);
  });
});
