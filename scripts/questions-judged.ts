/**
 * The current starter questions against the ones a person judged (tests/fixtures/questions-judged):
 * `npm run questions-judged -- [<judged file>...]` (default: every judged sample there, *.json).
 *
 * For every paper of a judged file it regenerates the questions with the current offline generator,
 * exactly as `npm run questions-report` does for the same digests (the papers of all the sample's
 * digests stand for the group's papers, for the "relates to" question), and prints:
 *   - papers and questions now;
 *   - how many of the current questions match a judged one verbatim (judged) and how many are new
 *     (unjudged, listed with their paper so that someone can judge them);
 *   - over the judged questions the generator still writes: usable % (grammatical, faithful and
 *     worth asking), embarrassing %, and grammatical / specific / faithful / worthAsking %;
 *   - papers with at least one usable question among the papers whose abstract states a clear claim,
 *     and the papers with no usable question; all of it per digest category too;
 *   - every judged-embarrassing question the generator still writes;
 * and, for several files, their questions pooled per language as they were judged.
 * The exit status is 0 whatever the rates; a wrong flag or an unreadable judged file exits with 2.
 *
 * {@link compareJudged} is the pure part (judged file + current questions in, counts out), used by
 * tests/unit/questions-judged.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defineCommand } from 'citty';
import { renderHelp } from '../src/cli/command.ts';
import { categoryFromDigestName, parseDigest, type DigestEntry } from '../src/domain/digest/parse-digest.ts';
import { UserError } from '../src/domain/errors.ts';
import { reportUserError } from '../src/cli/run-command.ts';
import type { BodyLocale } from '../src/domain/paper-body.ts';
import { starterQuestions } from '../src/domain/questions/generate.ts';
import { indexKnownPapers, knownPaperOf } from '../src/domain/questions/related.ts';
import { scriptArgs } from './script-args.ts';

const command = defineCommand({
  meta: {
    name: 'questions-judged',
    description: 'Regenerates the starter questions of the papers in each judged file with the current generator\nand compares them with the judgements.',
  },
  args: {
    files: { type: 'positional', required: false, multiple: true, valueHint: 'judged file', description: 'judged samples (default: every one in tests/fixtures/questions-judged, *.json)' },
  },
});

const ROOT = join(import.meta.dirname, '..');
export const JUDGED_DIR = join(ROOT, 'tests', 'fixtures', 'questions-judged');
/** Every judged sample in the folder, the first one (en.json) first: a new sample is compared, and guarded, as soon as it is added. */
export const DEFAULT_FILES = [
  join(JUDGED_DIR, 'en.json'),
  ...readdirSync(JUDGED_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'en.json')
    .sort()
    .map((name) => join(JUDGED_DIR, name)),
];

export const SCORES = ['grammatical', 'specific', 'faithful', 'worthAsking', 'embarrassing'] as const;
export type Score = (typeof SCORES)[number];

export interface JudgedQuestion {
  text: string;
  grammatical: number;
  specific: number;
  faithful: number;
  worthAsking: number;
  embarrassing: number;
  note?: string;
  /**
   * On an embarrassing question only: why nothing in the paper's text lets a generator tell (a digest
   * summary that is garbled yet reads like any other). Still counted embarrassing in every rate, but
   * listed apart from the regressions the generator must fix.
   */
  beyondText?: string;
}

export interface JudgedPaper {
  id: string;
  digest: string;
  title: string;
  clearClaim: number;
  questions: JudgedQuestion[];
}

export interface JudgedFile {
  locale: string;
  generator: string;
  sample: { command: string; digests: string[]; seed: number | string; papers: number };
  rubric: string;
  judge: string;
  papers: JudgedPaper[];
}

export const isUsable = (q: JudgedQuestion): boolean => q.grammatical === 1 && q.faithful === 1 && q.worthAsking === 1;

/** What is wrong with a judged file, one line per problem; empty when it is well formed. */
export function judgedFileProblems(data: unknown): string[] {
  const problems: string[] = [];
  const file = data as Partial<JudgedFile> | null;
  if (!file || typeof file !== 'object') return ['not a JSON object'];
  for (const key of ['locale', 'generator', 'rubric', 'judge'] as const) {
    if (typeof file[key] !== 'string' || !file[key]) problems.push(`"${key}" should be a non-empty string`);
  }
  const sample = file.sample;
  if (!sample || typeof sample !== 'object') problems.push('"sample" should be an object');
  else {
    if (typeof sample.command !== 'string') problems.push('"sample.command" should be a string');
    if (!Array.isArray(sample.digests) || sample.digests.length === 0 || sample.digests.some((d) => typeof d !== 'string')) problems.push('"sample.digests" should list the digest files');
    if (typeof sample.papers !== 'number') problems.push('"sample.papers" should be a number');
  }
  if (!Array.isArray(file.papers)) return [...problems, '"papers" should be an array'];
  if (sample && typeof sample.papers === 'number' && sample.papers !== file.papers.length) problems.push(`"sample.papers" is ${sample.papers} but ${file.papers.length} papers are judged`);
  const ids = new Set<string>();
  for (const [i, paper] of file.papers.entries()) {
    const where = `papers[${i}]${paper && typeof paper.id === 'string' ? ` (${paper.id})` : ''}`;
    if (!paper || typeof paper !== 'object') {
      problems.push(`${where}: not an object`);
      continue;
    }
    for (const key of ['id', 'digest', 'title'] as const) if (typeof paper[key] !== 'string' || !paper[key]) problems.push(`${where}: "${key}" should be a non-empty string`);
    if (ids.has(paper.id)) problems.push(`${where}: judged twice`);
    ids.add(paper.id);
    if (paper.clearClaim !== 0 && paper.clearClaim !== 1) problems.push(`${where}: "clearClaim" should be 0 or 1`);
    if (!Array.isArray(paper.questions) || paper.questions.length === 0) {
      problems.push(`${where}: "questions" should be a non-empty array`);
      continue;
    }
    for (const [j, q] of paper.questions.entries()) {
      const at = `${where} question ${j + 1}`;
      if (!q || typeof q !== 'object' || typeof q.text !== 'string' || !q.text.trim()) {
        problems.push(`${at}: "text" should be a non-empty string`);
        continue;
      }
      for (const score of SCORES) if (q[score] !== 0 && q[score] !== 1) problems.push(`${at}: "${score}" should be 0 or 1 (found ${JSON.stringify(q[score])})`);
      if (q.note !== undefined && typeof q.note !== 'string') problems.push(`${at}: "note" should be a string`);
      if (q.beyondText !== undefined && (typeof q.beyondText !== 'string' || !q.beyondText.trim() || q.embarrassing !== 1))
        problems.push(`${at}: "beyondText" is for an embarrassing question only, saying why the text cannot show it`);
      const needsNote = q.embarrassing === 1 || SCORES.some((s) => s !== 'embarrassing' && q[s] === 0);
      if (needsNote && !q.note?.trim()) problems.push(`${at}: a 0 or an embarrassing 1 needs a "note" saying why`);
    }
  }
  return problems;
}

/** The generator's locale for a judged file's `locale` (`zh` is taken as `zh-CN`). */
export function generatorLocale(locale: string): BodyLocale {
  if (locale === 'en') return 'en';
  if (locale === 'zh-CN' || locale === 'zh') return 'zh-CN';
  throw new UserError(`unknown locale "${locale}" in a judged file (expected en or zh-CN)`, 2);
}

/** The category a digest file is for (`cs.LG-2026-06-27.md` → `cs.LG`, `econ-2024-04-02.md` → `econ`), or its name. */
export const categoryOf = (digest: string): string => {
  const name = basename(digest);
  return categoryFromDigestName(name) ?? /^(.+?)-\d{4}-\d{2}-\d{2}\b/.exec(name)?.[1] ?? name;
};

/** A digest file named by a judged file: as written (from the project root), else in tests/fixtures/digests. */
function digestPath(name: string): string {
  for (const path of [join(ROOT, name), join(ROOT, 'tests', 'fixtures', 'digests', basename(name))]) if (existsSync(path)) return path;
  throw new UserError(`cannot find the digest ${name} (looked in the project and in tests/fixtures/digests)`, 2);
}

/**
 * The current generator's questions for every paper of a judged file, as `npm run questions-report`
 * writes them for the same digests: the same entries and the same related-papers index (all the
 * papers of the digests its `sample.command` read), so the questions are identical. Papers not found in the digests
 * are left out of the map.
 */
export function currentQuestions(file: JudgedFile): CurrentQuestions {
  // The index holds the papers of every digest the sample's command read, not only of those that gave judged papers.
  const commandDigests = file.sample.command.split(/\s+/).filter((word) => /\.(?:md|txt)$/.test(word));
  const names = [...new Set([...commandDigests, ...file.sample.digests, ...file.papers.map((p) => p.digest)].map((d) => basename(d)))];
  const byName = new Map([...commandDigests, ...file.sample.digests].map((d) => [basename(d), d]));
  const all: { digest: string; entry: DigestEntry }[] = [];
  for (const name of names) {
    const path = digestPath(byName.get(name) ?? name);
    const parsed = parseDigest(readFileSync(path, 'utf8'), { category: categoryFromDigestName(name) });
    if (parsed.fatal) throw new UserError(`${path}: not a digest (${parsed.fatal.message})`, 2);
    for (const entry of parsed.entries) all.push({ digest: name, entry });
  }
  // The same index as scripts/questions-report.ts builds (tests/unit/questions-judged.test.ts checks the questions agree).
  const related = indexKnownPapers(all.map(({ entry }) => knownPaperOf(entry)));
  const locale = generatorLocale(file.locale);
  const out: CurrentQuestions = new Map();
  const cut = new Set<string>();
  for (const paper of file.papers) {
    const found = all.find((p) => p.entry.id === paper.id && p.digest === basename(paper.digest)) ?? all.find((p) => p.entry.id === paper.id);
    if (!found) continue;
    out.set(paper.id, starterQuestions(found.entry, { locale, related }));
    // The abstract the group's questions are read from: the English one, or in Chinese the Chinese one.
    if (locale === 'en' ? found.entry.abstractTruncated : found.entry.abstractZhTruncated || found.entry.abstractTruncated) cut.add(paper.id);
  }
  out.cut = cut;
  return out;
}

/** Each paper's current questions, and which papers had an abstract the digest cut (see {@link currentQuestions}). */
export type CurrentQuestions = Map<string, string[]> & { cut?: ReadonlySet<string> };

export interface Rates {
  /** Judged questions the rates are over. */
  questions: number;
  usable: number;
  embarrassing: number;
  grammatical: number;
  specific: number;
  faithful: number;
  worthAsking: number;
}

export interface GroupComparison {
  papers: number;
  questions: number;
  /** Current questions that match a judged question of their paper verbatim. */
  judged: number;
  /** Current questions nobody has judged yet. */
  unjudged: number;
  /** Fractions (0–1) over the judged current questions; 0 when there are none. */
  rates: Rates;
  clearClaimPapers: number;
  /** Papers with a clear claim and at least one usable current question. */
  clearClaimWithUsable: number;
  /** Papers none of whose current questions is judged usable (their unjudged questions may be). */
  noUsable: string[];
  /**
   * The clear-claim papers apart by their abstract, when the caller knows which the digest cut: with the
   * whole abstract, and with the cut one (how many, how many with a usable current question).
   */
  byAbstract?: { whole: { papers: number; withUsable: number }; cut: { papers: number; withUsable: number } };
}

export interface Comparison extends GroupComparison {
  locale: string;
  /** The same counts for each digest category, in the order the categories first appear. */
  byCategory: Map<string, GroupComparison>;
  /** The current questions with no judgement, with their paper. */
  unjudgedQuestions: { id: string; digest: string; title: string; text: string }[];
  /** The current questions that were judged embarrassing: a regression for the generator. */
  embarrassingNow: { id: string; text: string; note: string }[];
  /** The current questions judged embarrassing for a reason no text shows ({@link JudgedQuestion.beyondText}). */
  embarrassingBeyondText: { id: string; text: string; note: string }[];
  /** Judged papers the generator was not run on (not found in the digests). */
  missing: string[];
  /** The rates of the judged file itself, over all its questions (the generator as it was judged). */
  asJudged: Rates;
}

function rates(questions: readonly JudgedQuestion[]): Rates {
  const n = questions.length;
  const share = (pick: (q: JudgedQuestion) => boolean) => (n === 0 ? 0 : questions.filter(pick).length / n);
  return {
    questions: n,
    usable: share(isUsable),
    embarrassing: share((q) => q.embarrassing === 1),
    grammatical: share((q) => q.grammatical === 1),
    specific: share((q) => q.specific === 1),
    faithful: share((q) => q.faithful === 1),
    worthAsking: share((q) => q.worthAsking === 1),
  };
}

interface PaperResult {
  paper: JudgedPaper;
  current: string[];
  matched: JudgedQuestion[];
}

function group(results: readonly PaperResult[], cut?: ReadonlySet<string>): GroupComparison {
  const matched = results.flatMap((r) => r.matched);
  const clear = results.filter((r) => r.paper.clearClaim === 1);
  const count = (list: readonly PaperResult[]) => ({ papers: list.length, withUsable: list.filter((r) => r.matched.some(isUsable)).length });
  return {
    ...(cut ? { byAbstract: { whole: count(clear.filter((r) => !cut.has(r.paper.id))), cut: count(clear.filter((r) => cut.has(r.paper.id))) } } : {}),
    papers: results.length,
    questions: results.reduce((n, r) => n + r.current.length, 0),
    judged: matched.length,
    unjudged: results.reduce((n, r) => n + r.current.length - r.matched.length, 0),
    rates: rates(matched),
    clearClaimPapers: clear.length,
    clearClaimWithUsable: clear.filter((r) => r.matched.some(isUsable)).length,
    noUsable: results.filter((r) => !r.matched.some(isUsable)).map((r) => r.paper.id),
  };
}

/**
 * The comparison of a judged file with the current questions (paper id → questions). Pure: the
 * questions are passed in, so a test can hand-make both sides.
 */
export function compareJudged(file: JudgedFile, current: ReadonlyMap<string, readonly string[]> & { cut?: ReadonlySet<string> }): Comparison {
  const results: PaperResult[] = [];
  const missing: string[] = [];
  const unjudgedQuestions: Comparison['unjudgedQuestions'] = [];
  const embarrassingNow: Comparison['embarrassingNow'] = [];
  const embarrassingBeyondText: Comparison['embarrassingBeyondText'] = [];
  for (const paper of file.papers) {
    const questions = current.get(paper.id);
    if (!questions) {
      missing.push(paper.id);
      continue;
    }
    const byText = new Map(paper.questions.map((q) => [q.text, q]));
    const matched: JudgedQuestion[] = [];
    for (const text of questions) {
      const judged = byText.get(text);
      if (!judged) {
        unjudgedQuestions.push({ id: paper.id, digest: paper.digest, title: paper.title, text });
        continue;
      }
      matched.push(judged);
      if (judged.embarrassing === 1) (judged.beyondText ? embarrassingBeyondText : embarrassingNow).push({ id: paper.id, text, note: judged.beyondText ?? judged.note ?? '' });
    }
    results.push({ paper, current: [...questions], matched });
  }
  const categories = [...new Set(results.map((r) => categoryOf(r.paper.digest)))];
  return {
    locale: file.locale,
    ...group(results, current.cut),
    byCategory: new Map(categories.map((c) => [c, group(results.filter((r) => categoryOf(r.paper.digest) === c))])),
    unjudgedQuestions,
    embarrassingNow,
    embarrassingBeyondText,
    missing,
    asJudged: rates(file.papers.flatMap((p) => p.questions)),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function rateLine(r: Rates): string {
  return `usable ${pct(r.usable)}, embarrassing ${pct(r.embarrassing)}; grammatical ${pct(r.grammatical)}, specific ${pct(r.specific)}, faithful ${pct(r.faithful)}, worthAsking ${pct(r.worthAsking)} (over ${r.questions} judged questions)`;
}

/** The comparison as the lines the script prints. */
export function formatComparison(c: Comparison, name: string): string[] {
  const lines = [`=== ${name} (${c.locale})`];
  lines.push(`papers: ${c.papers}${c.missing.length ? ` (not found in the digests: ${c.missing.join(', ')})` : ''}`);
  lines.push(`questions: ${c.questions} — judged (verbatim match): ${c.judged}, new (unjudged): ${c.unjudged}`);
  lines.push(`rates: ${rateLine(c.rates)}`);
  lines.push(`papers with a clear claim and at least one usable question: ${c.clearClaimWithUsable} of ${c.clearClaimPapers}`);
  if (c.byAbstract)
    lines.push(
      `  of them, with the whole abstract: ${c.byAbstract.whole.withUsable} of ${c.byAbstract.whole.papers}; with an abstract the digest cut: ${c.byAbstract.cut.withUsable} of ${c.byAbstract.cut.papers}`,
    );
  lines.push(`papers with no usable question: ${c.noUsable.length}${c.noUsable.length ? ` (${c.noUsable.join(', ')})` : ''}`);
  lines.push('by category:');
  for (const [category, g] of c.byCategory) {
    lines.push(
      `  ${category}: ${g.papers} papers, ${g.questions} questions (${g.unjudged} unjudged); usable ${pct(g.rates.usable)}, embarrassing ${pct(g.rates.embarrassing)}; clear-claim papers with a usable question ${g.clearClaimWithUsable} of ${g.clearClaimPapers}`,
    );
  }
  lines.push(`as judged (every question in the file): ${rateLine(c.asJudged)}`);
  if (c.embarrassingNow.length) {
    lines.push(`judged embarrassing and still written (${c.embarrassingNow.length}):`);
    for (const q of c.embarrassingNow) lines.push(`  ${q.id}: ${q.text}`, `      why: ${q.note}`);
  }
  if (c.embarrassingBeyondText.length) {
    lines.push(`judged embarrassing for a reason the text cannot show (${c.embarrassingBeyondText.length}), counted in the rates:`);
    for (const q of c.embarrassingBeyondText) lines.push(`  ${q.id}: ${q.text}`, `      why: ${q.note}`);
  }
  if (c.unjudgedQuestions.length) {
    lines.push(`unjudged questions (${c.unjudgedQuestions.length}), to judge:`);
    for (const q of c.unjudgedQuestions) lines.push(`  ${q.id} (${q.digest}) ${q.title}`, `      ${q.text}`);
  }
  return lines;
}

/** Several judged files taken together, as they were judged (every question in them), per language. */
export interface Pooled {
  locale: string;
  files: number;
  questions: number;
  embarrassing: number;
  usable: number;
  clearClaimPapers: number;
  clearClaimWithUsable: number;
}

/**
 * The judged files pooled per language, as judged (the generators of their time, not today's): the
 * figures a report over many held-out samples quotes. Pure; files in the order given.
 */
export function poolAsJudged(files: readonly JudgedFile[]): Pooled[] {
  const pools = new Map<string, Pooled>();
  for (const file of files) {
    let pool = pools.get(file.locale);
    if (!pool) pools.set(file.locale, (pool = { locale: file.locale, files: 0, questions: 0, embarrassing: 0, usable: 0, clearClaimPapers: 0, clearClaimWithUsable: 0 }));
    pool.files++;
    for (const paper of file.papers) {
      pool.questions += paper.questions.length;
      pool.embarrassing += paper.questions.filter((q) => q.embarrassing === 1).length;
      pool.usable += paper.questions.filter(isUsable).length;
      if (paper.clearClaim === 1) {
        pool.clearClaimPapers++;
        if (paper.questions.some(isUsable)) pool.clearClaimWithUsable++;
      }
    }
  }
  return [...pools.values()];
}

/** A pool as the line the script prints. */
export function formatPooled(p: Pooled): string {
  const share = (n: number, of: number) => (of === 0 ? '–' : pct(n / of));
  return `pooled as judged, ${p.locale} (${p.files} files): ${p.embarrassing} of ${p.questions} questions embarrassing (${share(p.embarrassing, p.questions)}), usable ${share(p.usable, p.questions)}; clear-claim papers with a usable question ${p.clearClaimWithUsable} of ${p.clearClaimPapers} (${share(p.clearClaimWithUsable, p.clearClaimPapers)})`;
}

/** A judged file read and checked, or a UserError that says what is wrong with it. */
export function readJudgedFile(path: string): JudgedFile {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code ? `cannot read ${path}: ${code}` : `${path}: not JSON (${(error as Error).message})`, 2);
  }
  const problems = judgedFileProblems(data);
  if (problems.length) throw new UserError(`${path}: not a judged file:\n  ${problems.slice(0, 10).join('\n  ')}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''}`, 2);
  return data as JudgedFile;
}

function main(): void {
  const given = scriptArgs(command).files;
  const files = given.length ? given : DEFAULT_FILES.filter((f) => existsSync(f));
  if (files.length === 0) throw new UserError(`no judged files given and none in ${JUDGED_DIR}\n\n${renderHelp(command)}`, 2);
  const judged = files.map((path) => ({ path, file: readJudgedFile(path) }));
  for (const [i, { path, file }] of judged.entries()) {
    if (i > 0) console.log('');
    for (const line of formatComparison(compareJudged(file, currentQuestions(file)), basename(path))) console.log(line);
  }
  if (judged.length > 1) {
    console.log('');
    for (const pool of poolAsJudged(judged.map((j) => j.file))) console.log(formatPooled(pool));
  }
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    process.exit(reportUserError(error));
  }
}
