/**
 * The corpus of hand-broken content files (tests/fixtures/broken/): each one, dropped into a copy of
 * a small valid content folder, yields exactly one message naming the file and the line or field,
 * what was expected and what was found — from `npm run check-content`, from the planner, and (for
 * the files they read) from import and add. A byte-order mark or CRLF line endings are accepted.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkContent, paperFormat, sessionFormat } from '../../src/files/check-content.ts';
import { formatProblem } from '../../src/domain/content-problem.ts';
import { parsePaperFile } from '../../src/files/paper-file.ts';
import { parseSessionFile } from '../../src/files/session-file.ts';
import { parseGroup } from '../../src/files/load-group.ts';
import { runPlan } from '../../src/files/planner/run-plan.ts';
import { UserError } from '../../src/domain/errors.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BROKEN = join(ROOT, 'tests', 'fixtures', 'broken');
const run = promisify(execFile);

interface Case {
  /** The fixture, under tests/fixtures/broken/. */
  fixture: string;
  /** Where it goes in the content folder (replacing the valid file there, if any). */
  as: string;
  /** The one message, as printed for a content folder named `content`. */
  message: string;
}

const PAPER = 'papers/2404.01399.md';
const NEXT = 'sessions/2026-11-26.md';

const cases: Case[] = [
  // Malformed YAML: the line of the mistake, what was expected, the text found.
  {
    fixture: 'papers/yaml-bad-indentation.md',
    as: PAPER,
    message:
      'content/papers/2404.01399.md:5: the frontmatter is not valid YAML: expected this `key: value` line to start in the same column as the keys it belongs with (found "  titleZh: 开发安全和负责任的大型语言模型 - 一个全面框架")',
  },
  {
    fixture: 'papers/yaml-unclosed-quote.md',
    as: PAPER,
    message:
      'content/papers/2404.01399.md:4: the frontmatter is not valid YAML: expected a closing " at the end of the value quoted on this line (found "title: \\"Developing Safe and Responsible Larg… Comprehensive Framework")',
  },
  {
    fixture: 'papers/yaml-tab.md',
    as: PAPER,
    message: 'content/papers/2404.01399.md:13: the frontmatter is not valid YAML: expected spaces for indentation; YAML does not allow tabs there (found "\\tref: 1")',
  },
  {
    fixture: 'papers/yaml-duplicate-key.md',
    as: PAPER,
    message: 'content/papers/2404.01399.md:16: the frontmatter is not valid YAML: expected each key once in its mapping (found "status: candidate")',
  },
  {
    fixture: 'papers/yaml-colon-in-value.md',
    as: PAPER,
    message:
      'content/papers/2404.01399.md:4: the frontmatter is not valid YAML: expected one `key: value` per line; a value containing ": " must be in quotes (found "title: SR-LLM: a safe and responsible model")',
  },
  {
    fixture: 'papers/frontmatter-not-closed.md',
    as: PAPER,
    message: 'content/papers/2404.01399.md:1: expected a `---` line closing the frontmatter this line opens (found "## Notes" on line 19 before any closing `---`)',
  },
  { fixture: 'papers/empty.md', as: 'papers/2402.00001.md', message: 'content/papers/2402.00001.md: expected frontmatter between two `---` lines at the top of the file (found an empty file)' },
  // Wrong types and values.
  { fixture: 'papers/votes-many.md', as: PAPER, message: 'content/papers/2404.01399.md: votes: expected a number of votes (0 or more) or a list of who voted, e.g. [alice, bruno] (found "many")' },
  { fixture: 'papers/imported-as-number.md', as: PAPER, message: 'content/papers/2404.01399.md: sources[0].imported: expected a date written YYYY-MM-DD, e.g. 2026-12-01 (found 20261124)' },
  {
    fixture: 'papers/imported-2026-02-30.md',
    as: PAPER,
    message: 'content/papers/2404.01399.md: sources[0].imported: expected a date that exists in the calendar (2026-02 has 28 days) (found "2026-02-30")',
  },
  { fixture: 'papers/tags-as-text.md', as: PAPER, message: 'content/papers/2404.01399.md: tags: expected a list of tags, e.g. [safety, alignment] (found "safety, alignment")' },
  { fixture: 'papers/status-maybe.md', as: PAPER, message: 'content/papers/2404.01399.md: status: expected one of candidate, shortlisted, scheduled, discussed or archived (found "maybe")' },
  {
    fixture: 'papers/id-unquoted.md',
    as: PAPER,
    message: 'content/papers/2404.01399.md: id: expected an arXiv id in quotes, e.g. "2404.01399" (unquoted, YAML reads it as a number) (found 2404.01399)',
  },
  // Ids and file names.
  {
    fixture: 'papers/duplicate-id.md',
    as: 'papers/2404.01399-copy.md',
    message: 'content/papers/2404.01399-copy.md: id: expected an id no other paper has (found "2404.01399", the id of content/papers/2404.01399.md too); keep one file per paper',
  },
  {
    fixture: 'papers/name-disagrees-with-id.md',
    as: 'papers/2402.00001.md',
    message: 'content/papers/2402.00001.md: id: expected the file to be named after the id, 2402.00010.md (found "2402.00010" in 2402.00001.md); rename the file or correct the id',
  },
  // Sessions.
  {
    fixture: 'sessions/missing-paper.md',
    as: NEXT,
    message: 'content/sessions/2026-11-26.md: papers[1].id: expected the id of a paper in content/papers/ (found "2499.99999"; there is no content/papers/2499.99999.md)',
  },
  {
    fixture: 'sessions/missing-presenter.md',
    as: NEXT,
    message: 'content/sessions/2026-11-26.md: papers[1].presenter: expected the id of a member in content/group.yaml: alice, bruno or chen (found "zoe")',
  },
  {
    fixture: 'sessions/misspelt-presenter.md',
    as: NEXT,
    message: 'content/sessions/2026-11-26.md: papers[1].presenter: expected the id of a member in content/group.yaml: alice, bruno or chen (found "burno"; did you mean bruno?)',
  },
  {
    fixture: 'sessions/date-2026-02-30.md',
    as: 'sessions/2026-02-30.md',
    message: 'content/sessions/2026-02-30.md: date: expected a date that exists in the calendar (2026-02 has 28 days) (found "2026-02-30")',
  },
  { fixture: 'sessions/date-next-thursday.md', as: NEXT, message: 'content/sessions/2026-11-26.md: date: expected a date written YYYY-MM-DD, e.g. 2026-12-01 (found "next thursday")' },
  { fixture: 'sessions/date-as-number.md', as: NEXT, message: 'content/sessions/2026-11-26.md: date: expected a date written YYYY-MM-DD, e.g. 2026-12-01 (found 20261126)' },
  {
    fixture: 'sessions/date-disagrees-with-name.md',
    as: NEXT,
    message: 'content/sessions/2026-11-26.md: date: expected 2026-11-26, the date in the file name (found 2026-11-27); rename the file or fix the date',
  },
  {
    fixture: 'sessions/duplicate-date.md',
    as: 'sessions/safety-week.md',
    message: 'content/sessions/safety-week.md: date: expected one session file per day (found 2026-11-19, the date of content/sessions/2026-11-19.md too)',
  },
  { fixture: 'sessions/time-25-00.md', as: NEXT, message: 'content/sessions/2026-11-26.md: time: expected a 24-hour time written "HH:MM", from "00:00" to "23:59", e.g. "16:00" (found "25:00")' },
  { fixture: 'sessions/status-maybe.md', as: NEXT, message: 'content/sessions/2026-11-26.md: status: expected one of planned, done or cancelled (found "maybe")' },
  {
    fixture: 'sessions/papers-as-text.md',
    as: NEXT,
    message: 'content/sessions/2026-11-26.md: papers: expected a list of papers, each `- id: "2404.01399"` with an optional `presenter:` line (found "2404.01399, 2401.18018")',
  },
  { fixture: 'sessions/empty.md', as: NEXT, message: 'content/sessions/2026-11-26.md: expected frontmatter between two `---` lines at the top of the file (found an empty file)' },
  // group.yaml.
  {
    fixture: 'group/bad-timezone.yaml',
    as: 'group.yaml',
    message: 'content/group.yaml: timezone: expected an IANA time zone such as Europe/Berlin or Asia/Shanghai; did you mean Europe/Berlin? (found "Europe/Berln")',
  },
  {
    fixture: 'group/yaml-bad-indentation.yaml',
    as: 'group.yaml',
    message: 'content/group.yaml:18: the file is not valid YAML: expected this line to be indented like the other lines of its list item (found "   - id: chen")',
  },
  { fixture: 'group/member-twice.yaml', as: 'group.yaml', message: 'content/group.yaml: members[2].id: expected an id no other member has; members[0] is "alice" too (found "alice")' },
  {
    fixture: 'group/repository-javascript.yaml',
    as: 'group.yaml',
    message: 'content/group.yaml: repository.url: expected the web address of the repository, e.g. https://github.com/org/reading-group (found "javascript:alert(document.domain)")',
  },
  { fixture: 'group/time-25-00.yaml', as: 'group.yaml', message: 'content/group.yaml: meeting.time: expected a 24-hour time written "HH:MM", from "00:00" to "23:59", e.g. "16:00" (found "25:00")' },
  {
    fixture: 'group/away-2026-12-32.yaml',
    as: 'group.yaml',
    message: 'content/group.yaml: members[1].away[0].to: expected a date that exists in the calendar (2026-12 has 31 days) (found "2026-12-32")',
  },
  {
    fixture: 'group/empty.yaml',
    as: 'group.yaml',
    message: "content/group.yaml: expected the group's settings: name, timezone, meeting and members (found an empty file); see the example in the README",
  },
];

/** Files that are fine apart from a byte-order mark or CRLF line endings, and their clean version. */
const accepted = [
  { fixture: 'papers/bom.md', as: PAPER },
  { fixture: 'papers/crlf.md', as: PAPER },
  { fixture: 'sessions/bom-crlf.md', as: 'sessions/2026-11-19.md' },
  { fixture: 'group/bom-crlf.yaml', as: 'group.yaml' },
];

/** A copy of the valid base folder as `<dir>/content`, with the fixture dropped in. */
function contentWith(fixture: string, as: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-broken-'));
  cpSync(join(BROKEN, 'base'), join(dir, 'content'), { recursive: true });
  copyFileSync(join(BROKEN, fixture), join(dir, 'content', as));
  return dir;
}

/** check-content's messages as the user sees them, working in `dir`. */
function messages(dir: string): string[] {
  return checkContent(join(dir, 'content')).problems.map((p) => formatProblem(p).replaceAll(`${dir}/`, ''));
}

async function command(dir: string, script: string, ...args: string[]) {
  try {
    const out = await run(process.execPath, [join(ROOT, 'src', 'cli', script), ...args], { cwd: dir });
    return { code: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the broken-content corpus', () => {
  it('has a case for every fixture', () => {
    const fixtures = ['papers', 'sessions', 'group'].flatMap((d) => readdirSync(join(BROKEN, d)).map((n) => `${d}/${n}`));
    expect(fixtures.sort()).toEqual([...cases, ...accepted].map((c) => c.fixture).sort());
  });

  it('starts from a valid content folder', () => {
    expect(checkContent(join(BROKEN, 'base'))).toEqual({ problems: [], warnings: [], papers: 2, sessions: 1 });
  });
});

describe('npm run check-content on a broken file', () => {
  it.each(cases)('$fixture gives one clear message', ({ fixture, as, message }) => {
    expect(messages(contentWith(fixture, as))).toEqual([message]);
  });
});

describe('the planner on a broken file', () => {
  it.each(cases)('$fixture stops the plan with the same message', async ({ fixture, as, message }) => {
    const dir = contentWith(fixture, as);
    const plan = runPlan({ contentDir: join(dir, 'content'), weeks: 2, today: '2026-11-24', dryRun: true });
    const error = await plan.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message.replaceAll(`${dir}/`, '')).toBe(message);
  });
});

describe('files with a byte-order mark or CRLF line endings', () => {
  it.each(accepted)('$fixture is accepted', ({ fixture, as }) => {
    expect(messages(contentWith(fixture, as))).toEqual([]);
  });

  it('read to the same data as their clean versions', () => {
    const read = (path: string) => readFileSync(path, 'utf8');
    const paper = (path: string) => ({ ...paperFormat.read(read(path), 'content/papers/2404.01399.md'), data: parsePaperFile(read(path), 'content/papers/2404.01399.md').data });
    const session = (path: string) => ({ ...sessionFormat.read(read(path), 'content/sessions/2026-11-19.md'), data: parseSessionFile(read(path), 'content/sessions/2026-11-19.md').data });
    const clean = paper(join(BROKEN, 'base', PAPER));
    expect(clean.data.title).toMatch(/^Developing Safe/);
    expect(paper(join(BROKEN, 'papers', 'bom.md'))).toEqual(clean);
    expect(paper(join(BROKEN, 'papers', 'crlf.md'))).toEqual(clean);
    expect(session(join(BROKEN, 'sessions', 'bom-crlf.md'))).toEqual(session(join(BROKEN, 'base', 'sessions', '2026-11-19.md')));
    expect(parseGroup(read(join(BROKEN, 'group', 'bom-crlf.yaml')), 'g')).toEqual(parseGroup(read(join(BROKEN, 'base', 'group.yaml')), 'g'));
  });

  it('keep their byte-order mark and CRLF line endings when the planner rewrites them', async () => {
    const dir = contentWith('papers/crlf.md', PAPER);
    // A shortlisted paper no session has had yet, with both: the planner schedules it and rewrites its status line.
    const path = join(dir, 'content', 'papers', '2402.00001.md');
    const crlf = readFileSync(join(BROKEN, 'papers', 'crlf.md'), 'utf8');
    writeFileSync(path, `\uFEFF${crlf.replace('"2404.01399"', '"2402.00001"').replace('status: discussed', 'status: shortlisted')}`);
    await runPlan({ contentDir: join(dir, 'content'), weeks: 1, today: '2026-11-24' });
    const after = readFileSync(path, 'utf8');
    expect(after).toMatch(/^\uFEFF---\r\nid: "2402\.00001"\r\n/);
    expect(after).toContain('\r\nstatus: scheduled\r\n');
    expect(after).not.toMatch(/[^\r]\n/);
  });
});

describe('the command line', () => {
  it('passes the shipped content', async () => {
    const out = await command(ROOT, 'check-content.ts');
    const count = (folder: string) => readdirSync(join(ROOT, 'content', folder)).filter((n) => n.endsWith('.md')).length;
    const [papers, sessions] = [count('papers'), count('sessions')];
    expect(out).toEqual({ code: 0, stdout: `content/ is fine: ${papers} paper${papers === 1 ? '' : 's'}, ${sessions} session${sessions === 1 ? '' : 's'}\n`, stderr: '' });
  });

  it('prints every problem, one per line, and exits with 1', async () => {
    const dir = contentWith('papers/votes-many.md', PAPER);
    copyFileSync(join(BROKEN, 'sessions', 'missing-presenter.md'), join(dir, 'content', NEXT));
    const out = await command(dir, 'check-content.ts', '--content', 'content');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      [
        'content/papers/2404.01399.md: votes: expected a number of votes (0 or more) or a list of who voted, e.g. [alice, bruno] (found "many")',
        'content/sessions/2026-11-26.md: papers[1].presenter: expected the id of a member in content/group.yaml: alice, bruno or chen (found "zoe")',
        '2 problems in content/',
        '',
      ].join('\n'),
    );
  });

  const reader = (fixture: string, as: string, script: string, args: string[], prepare: (dir: string) => void = () => {}) =>
    it(`${script.replace('.ts', '')} gives the same message for ${fixture}`, async () => {
      const { message } = cases.find((c) => c.fixture === fixture)!;
      const dir = contentWith(fixture, as);
      prepare(dir);
      const out = await command(dir, script, ...args);
      expect(out.code).toBe(1);
      expect(out.stderr).toBe(`error: ${message}\n`);
    });
  const digest = join(ROOT, 'tests', 'fixtures', 'digests', '000_98283bd719537a1c.txt');
  reader('papers/yaml-tab.md', PAPER, 'import.ts', ['--content', 'content', '--today', '2026-11-24', digest]);
  reader('group/bad-timezone.yaml', 'group.yaml', 'import.ts', ['--content', 'content', digest]);
  // Offline, add only reads a paper's file when it has fields to merge: here from a BibTeX entry.
  const bibtex =
    '@article{raza2024,\n  title = {Developing Safe and Responsible Large Language Models},\n  author = {Raza, Shaina},\n  eprint = {2404.01399},\n  archivePrefix = {arXiv},\n  year = {2024}\n}\n';
  reader('papers/yaml-unclosed-quote.md', PAPER, 'add.ts', ['--offline', '--content', 'content', '--today', '2026-11-24', '--bibtex', 'refs.bib'], (dir) =>
    writeFileSync(join(dir, 'refs.bib'), bibtex),
  );
});
