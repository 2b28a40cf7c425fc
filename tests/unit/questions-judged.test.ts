/**
 * The starter questions against the ones judged by reading each paper (tests/fixtures/questions-judged,
 * compared by scripts/questions-judged.ts): the judged files are well formed, the comparison
 * regenerates exactly what `npm run questions-report` writes, its rates are right, and the current
 * generator writes no question that was judged embarrassing.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  categoryOf,
  compareJudged,
  currentQuestions,
  DEFAULT_FILES,
  formatPooled,
  judgedFileProblems,
  poolAsJudged,
  readJudgedFile,
  SCORES,
  type JudgedFile,
  type JudgedQuestion,
} from '../../scripts/questions-judged.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = DEFAULT_FILES.filter((f) => existsSync(f));
const EN = DEFAULT_FILES[0]!;

describe('the judged starter questions', () => {
  it('include the English file', () => {
    expect(existsSync(EN)).toBe(true);
  });

  it.each(FILES.map((f) => [basename(f), f]))('%s is well formed: every question has the five scores as 0/1, a note for every 0', (_, path) => {
    const data = JSON.parse(readFileSync(path, 'utf8')) as JudgedFile;
    expect(judgedFileProblems(data)).toEqual([]);
    for (const paper of data.papers) {
      for (const q of paper.questions) for (const s of SCORES) expect([0, 1], `${paper.id}: ${s}`).toContain(q[s]);
    }
    // Every digest of the sample has papers in it.
    const categories = new Set(data.papers.map((p) => categoryOf(p.digest)));
    for (const digest of data.sample.digests) expect(categories, digest).toContain(categoryOf(digest));
  });

  it('en.json judges at least 40 papers from the five held-out digests', () => {
    const en = readJudgedFile(EN);
    expect(en.locale).toBe('en');
    expect(en.papers.length).toBeGreaterThanOrEqual(40);
    expect(new Set(en.papers.map((p) => categoryOf(p.digest)))).toEqual(new Set(['cs.LG', 'cs.SE', 'econ', 'stat.ML', 'q-fin']));
  });

  it('regenerates the same questions as npm run questions-report for the same sample', () => {
    const en = readJudgedFile(EN);
    const args = en.sample.command.replace(/^npm run questions-report -- /, '').split(/\s+/);
    const jsonAt = args.indexOf('--json');
    if (jsonAt >= 0) args.splice(jsonAt, 2);
    const out = join(mkdtempSync(join(tmpdir(), 'rg-qjudged-')), 'report.json');
    const result = spawnSync('node', ['scripts/questions-report.ts', ...args, '--json', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as { papers: { id: string; questions: { text: string }[] }[] };
    // The sample the command draws is the judged one, and the comparison writes what the report writes.
    expect(report.papers.map((p) => p.id)).toEqual(en.papers.map((p) => p.id));
    const current = currentQuestions(en);
    for (const p of report.papers) expect(current.get(p.id), p.id).toEqual(p.questions.map((q) => q.text));
  });

  // A regression guard: a question a reader judged broken or wrong at a glance must not come back.
  it.each(FILES.map((f) => [basename(f), f]))('the current generator writes no question judged embarrassing in %s', (_, path) => {
    const file = readJudgedFile(path);
    const comparison = compareJudged(file, currentQuestions(file));
    expect(comparison.missing).toEqual([]);
    expect(
      comparison.embarrassingNow.map((q) => `${q.id}: ${q.text}  (${q.note})`),
      'questions judged embarrassing that the generator still writes',
    ).toEqual([]);
  });
});

describe('npm run questions-judged', () => {
  const run = (...args: string[]) => spawnSync('node', ['scripts/questions-judged.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('answers a wrong flag or an unreadable file with the problem and exit status 2, --help with the help', () => {
    const wrong = run('--no-such-flag');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^error: Unknown option '--no-such-flag'/);
    expect(wrong.stderr).toContain('npm run questions-judged --');
    const missing = run('no/such/judged.json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('error: cannot read no/such/judged.json: ENOENT\n');
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('npm run questions-judged -- [<judged file>...]');
  });
});

describe('compareJudged', () => {
  const q = (text: string, scores: Partial<JudgedQuestion> = {}): JudgedQuestion => ({
    text,
    grammatical: 1,
    specific: 1,
    faithful: 1,
    worthAsking: 1,
    embarrassing: 0,
    note: '',
    ...scores,
  });
  const file: JudgedFile = {
    locale: 'en',
    generator: 'test',
    sample: { command: 'none', digests: ['cs.LG-2026-06-27.md', 'econ-2024-04-02.md'], seed: 1, papers: 3 },
    rubric: 'test',
    judge: 'test',
    papers: [
      { id: 'a', digest: 'cs.LG-2026-06-27.md', title: 'A', clearClaim: 1, questions: [q('a1'), q('a2', { faithful: 0, embarrassing: 1, note: 'wrong' }), q('a3', { specific: 0, note: 'generic' })] },
      { id: 'b', digest: 'cs.LG-2026-06-27.md', title: 'B', clearClaim: 1, questions: [q('b1', { worthAsking: 0, note: 'filler' }), q('b2', { grammatical: 0, worthAsking: 0, note: 'cut' })] },
      { id: 'c', digest: 'econ-2024-04-02.md', title: 'C', clearClaim: 0, questions: [q('c1', { worthAsking: 0, note: 'filler' })] },
    ],
  };

  it('pools files per language as they were judged, whatever today’s generator writes', () => {
    const zh: JudgedFile = { ...file, locale: 'zh-CN', papers: [file.papers[0]!] };
    const pools = poolAsJudged([file, zh, file]);
    expect(pools).toEqual([
      { locale: 'en', files: 2, questions: 12, embarrassing: 2, usable: 4, clearClaimPapers: 4, clearClaimWithUsable: 2 },
      { locale: 'zh-CN', files: 1, questions: 3, embarrassing: 1, usable: 2, clearClaimPapers: 1, clearClaimWithUsable: 1 },
    ]);
    expect(formatPooled(pools[0]!)).toBe('pooled as judged, en (2 files): 2 of 12 questions embarrassing (16.7%), usable 33.3%; clear-claim papers with a usable question 2 of 4 (50.0%)');
  });

  it('is well formed by its own check, and a broken file is not', () => {
    expect(judgedFileProblems(file)).toEqual([]);
    const broken = structuredClone(file);
    broken.papers[0]!.questions[0]!.faithful = 2;
    broken.papers[1]!.questions[0]!.note = '';
    expect(judgedFileProblems(broken)).toEqual(['papers[0] (a) question 1: "faithful" should be 0 or 1 (found 2)', 'papers[1] (b) question 1: a 0 or an embarrassing 1 needs a "note" saying why']);
  });

  it('counts judged and new questions and the rates over the judged ones', () => {
    const current = new Map([
      ['a', ['a1', 'a2', 'a3', 'new a']],
      ['b', ['b1', 'b2']],
      ['c', ['c1', 'new c']],
    ]);
    const c = compareJudged(file, current);
    expect(c.papers).toBe(3);
    expect(c.questions).toBe(8);
    expect(c.judged).toBe(6);
    expect(c.unjudged).toBe(2);
    expect(c.unjudgedQuestions.map((x) => `${x.id}:${x.text}`)).toEqual(['a:new a', 'c:new c']);
    // Usable: a1 and a3 (a3 is generic, but specific is not part of usable).
    expect(c.rates).toEqual({ questions: 6, usable: 2 / 6, embarrassing: 1 / 6, grammatical: 5 / 6, specific: 5 / 6, faithful: 5 / 6, worthAsking: 3 / 6 });
    expect(c.clearClaimPapers).toBe(2);
    expect(c.clearClaimWithUsable).toBe(1);
    expect(c.noUsable).toEqual(['b', 'c']);
    expect(c.embarrassingNow).toEqual([{ id: 'a', text: 'a2', note: 'wrong' }]);
    expect([...c.byCategory.keys()]).toEqual(['cs.LG', 'econ']);
    expect(c.byCategory.get('cs.LG')).toMatchObject({ papers: 2, questions: 6, judged: 5, unjudged: 1, clearClaimWithUsable: 1, clearClaimPapers: 2 });
    expect(c.byCategory.get('econ')!.rates.usable).toBe(0);
    expect(c.asJudged.questions).toBe(6);
  });

  it('rates only the questions still written: a dropped question leaves the rates, a paper with none left has no usable one', () => {
    const c = compareJudged(
      file,
      new Map([
        ['a', ['a2']],
        ['b', ['b1']],
      ]),
    );
    expect(c.missing).toEqual(['c']);
    expect(c.papers).toBe(2);
    expect(c.rates).toMatchObject({ questions: 2, usable: 0, embarrassing: 0.5, faithful: 0.5 });
    expect(c.clearClaimWithUsable).toBe(0);
    expect(c.noUsable).toEqual(['a', 'b']);
    // The file's own rates do not depend on the current questions.
    expect(c.asJudged).toMatchObject({ questions: 6, usable: 2 / 6 });
  });

  it('counts the clear-claim papers apart by whether the digest cut their abstract, when it is known', () => {
    const current = Object.assign(
      new Map([
        ['a', ['a1']],
        ['b', ['b1']],
        ['c', ['c1']],
      ]),
      { cut: new Set(['b', 'c']) },
    );
    // a: whole and covered; b: cut, not covered; c: no clear claim.
    expect(compareJudged(file, current).byAbstract).toEqual({ whole: { papers: 1, withUsable: 1 }, cut: { papers: 1, withUsable: 0 } });
    expect(compareJudged(file, new Map([['a', ['a1']]])).byAbstract).toBeUndefined();
  });

  it('has no rates to divide by zero when nothing is judged', () => {
    const c = compareJudged(file, new Map([['a', ['brand new']]]));
    expect(c.judged).toBe(0);
    expect(c.rates.usable).toBe(0);
    expect(c.unjudged).toBe(1);
  });
});
