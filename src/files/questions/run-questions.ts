/**
 * `npm run questions`: writes starter questions into existing paper files. A paper whose questions
 * section is empty gets them; with `force`, a paper's unedited starter questions are replaced.
 * Questions a person wrote or edited are never changed or removed (nor reordered among themselves),
 * and a file that changes while questions are being generated is left alone.
 *
 * Offline, all files are written at once, or none. With a model (see llm-questions.ts), papers are
 * asked about a few at a time and each file is written (atomically) as soon as its questions have
 * passed the checks, so a failure or a kill later in the run loses none of the papers already done.
 * A paper whose answer fails the checks after the repair round falls back to the offline generator.
 *
 * {@link writeModelQuestions} is the same model pass for the import, run on the papers it has just
 * written (under the content lock the import holds).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeAllOrNothing, writeAtomic, type PlannedWrite } from '../atomic-write.ts';
import { contentPaths, paperPath } from '../content-paths.ts';
import { arxivIdFromText } from '../../domain/arxiv-id.ts';
import { UserError } from '../../domain/errors.ts';
import { readFrontmatter } from '../frontmatter.ts';
import { questionsState, replaceStarterQuestions, type BodyLocale } from '../../domain/paper-body.ts';
import type { QuestionFlag } from '../../domain/questions/checks.ts';
import type { QuestionPaper } from '../../domain/questions/extract.ts';
import { starterQuestions } from '../../domain/questions/generate.ts';
import { ChatRequestError, DEFAULT_CONCURRENCY, type ChatEndpoint } from '../../net/llm-client.ts';
import { askModel, type Fallback } from '../../net/llm-questions.ts';
import { indexKnownPapers, findRelated, type KnownPaperIndex } from '../../domain/questions/related.ts';
import { knownPapersOfGroup } from './starter-body.ts';

export interface QuestionsOptions {
  /** Paper ids (or arXiv links) to work on. */
  ids: string[];
  /** Work on every paper in the papers folder. */
  all?: boolean;
  /** Replace unedited starter questions too (never a person's). */
  force?: boolean;
  dryRun?: boolean;
  contentDir?: string;
  locale?: BodyLocale;
  /** Ask this endpoint instead of the offline generator. */
  endpoint?: ChatEndpoint;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Injected for tests: how to wait before asking again (rate limits, 5xx). */
  sleep?: (ms: number) => Promise<void>;
  /** Called as each paper is done (with a model, papers finish in any order). */
  onPaper?: (outcome: PaperOutcome) => void;
  /** Called before the model is asked again after a 429, a 5xx or a timeout. */
  onRetry?: RetryNotice;
}

/** A paper's request is about to be tried again, after `waitMs`, because of `error`. */
export type RetryNotice = (info: { id: string; waitMs: number; error: ChatRequestError }) => void;

export interface PaperOutcome {
  id: string;
  file: string;
  /** `filled`: the section was empty; `replaced`: starter questions were regenerated; `kept`: nothing changed. */
  action: 'filled' | 'replaced' | 'kept';
  /** Why nothing changed, for `kept`. */
  reason?: string;
  /** The questions written (or that would be, with dryRun). */
  questions: string[];
  /** Questions by people left in place. */
  personQuestions: number;
  /** Where the questions come from, when the paper was asked about: the model, or the offline generator after a fallback. */
  source?: 'model' | 'offline';
  /** Why the model's questions were not used. */
  fallback?: Fallback;
  /** The model's questions needed the repair round. */
  repaired?: boolean;
  /** Questions of the model's answer left out for failing a check. */
  dropped?: number;
}

/** What the model pass did, counted. */
export interface ModelSummary {
  model: string;
  url: string;
  /** Papers asked about. */
  asked: number;
  /** Papers that got the model's questions. */
  used: number;
  /** Of those, how many needed the repair round. */
  repaired: number;
  /** Papers that fell back to the offline generator, by reason. */
  fellBack: { 'request-failed': number; 'unusable-answer': number; 'invalid-questions': number };
  /** How often each check failed, over the papers that fell back for invalid questions. */
  flags: Partial<Record<QuestionFlag, number>>;
}

export interface QuestionsReport {
  generator: string;
  papers: PaperOutcome[];
  writes: PlannedWrite[];
  /** With a model: what it did. */
  model?: ModelSummary;
  /** With a model: set when the run stopped asking (a refused key, a wrong address); papers not reached are unchanged. */
  stopped?: string;
}

interface PaperFile {
  id: string;
  path: string;
  text: string;
  body: string;
  paper: QuestionPaper;
}

async function readPaper(path: string): Promise<PaperFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw new UserError(`${relative('.', path)}: no such paper; give the id of a paper in the papers folder (or --all)`);
    throw new UserError(`${relative('.', path)}: cannot read it (${(error as Error).message})`);
  }
  const { data, body } = readFrontmatter(text, relative('.', path));
  if (typeof data.title !== 'string' || !data.title) throw new UserError(`${relative('.', path)}: expected a \`title\` in the frontmatter`);
  const str = (key: string) => (typeof data[key] === 'string' ? data[key] : '');
  const id = typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id) : path.replace(/^.*\//, '').replace(/\.md$/, '');
  return {
    id,
    path,
    text,
    body,
    paper: {
      id,
      title: data.title,
      titleZh: str('titleZh'),
      summaryZh: str('summaryZh'),
      summaryEn: str('summaryEn'),
      abstract: str('abstract'),
      abstractZh: str('abstractZh'),
      abstractTruncated: data.abstractTruncated === true,
      abstractZhTruncated: data.abstractZhTruncated === true,
    },
  };
}

/** What to do with a paper's questions section, and why. */
function decide(body: string, force: boolean): { act: 'fill' | 'replace' } | { act: 'keep'; reason: string; person: number } {
  const state = questionsState(body);
  if (!state.hasSection || (state.starter === 0 && state.person === 0 && !state.otherText)) return { act: 'fill' };
  if (state.starter > 0 && force) return { act: 'replace' };
  if (state.starter > 0) return { act: 'keep', reason: `has ${state.starter} starter question${state.starter === 1 ? '' : 's'} already (--force regenerates them)`, person: state.person };
  if (state.person > 0) return { act: 'keep', reason: `has ${state.person} question${state.person === 1 ? '' : 's'} written by people`, person: state.person };
  return { act: 'keep', reason: 'its questions section has text written by people', person: 0 };
}

export async function runQuestions(options: QuestionsOptions): Promise<QuestionsReport> {
  const paths = contentPaths(options.contentDir);
  const locale = options.locale ?? 'en';
  let allNames: string[] = [];
  try {
    allNames = (await readdir(paths.papers)).filter((n) => n.endsWith('.md')).sort();
  } catch {
    if (options.all) throw new UserError(`${paths.papers}: no papers folder; import a digest first (npm run import)`);
  }
  const targets: string[] = options.all ? allNames.map((n) => join(paths.papers, n)) : [];
  for (const text of options.ids) {
    const parsed = arxivIdFromText(text);
    if (!parsed) throw new UserError(`"${text}": expected an arXiv id such as 2404.01399 (or a link to one)`, 2);
    const path = paperPath(paths, parsed.id);
    if (!targets.includes(path)) targets.push(path);
  }
  if (targets.length === 0) throw new UserError('give at least one paper id, or --all', 2);

  // The papers with a page are the ones "the group already has" for the relates-to question, as at import.
  const index = indexKnownPapers(knownPapersOfGroup(paths));
  const files = new Map<string, PaperFile>();
  for (const path of targets) files.set(path, await readPaper(path));
  const targetFiles = [...files.values()];

  if (options.endpoint) {
    const pass = await modelPass(targetFiles, {
      endpoint: options.endpoint,
      locale,
      index,
      force: options.force ?? false,
      dryRun: options.dryRun ?? false,
      within: paths.papers,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.onPaper ? { onPaper: options.onPaper } : {}),
      ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    });
    return { generator: `${options.endpoint.model} at ${options.endpoint.url}`, ...pass };
  }

  const report: QuestionsReport = { generator: 'offline', papers: [], writes: [] };
  for (const file of targetFiles) {
    const path = file.path;
    const decision = decide(file.body, options.force ?? false);
    if (decision.act === 'keep') {
      report.papers.push({ id: file.id, file: relative('.', path), action: 'kept', reason: decision.reason, questions: [], personQuestions: decision.person });
      continue;
    }
    const questions = starterQuestions(file.paper, { locale, related: index });
    const text = withQuestions(file, questions);
    const outcome: PaperOutcome = {
      id: file.id,
      file: relative('.', path),
      action: decision.act === 'fill' ? 'filled' : 'replaced',
      questions,
      personQuestions: questionsState(file.body).person,
    };
    if (text === file.text) {
      report.papers.push({ ...outcome, action: 'kept', reason: 'its starter questions are already these' });
      continue;
    }
    report.papers.push(outcome);
    report.writes.push({ path, content: text });
  }

  if (!options.dryRun && report.writes.length > 0) {
    // A person may have edited a file while questions were generated: leave it.
    const stillSame: PlannedWrite[] = [];
    for (const write of report.writes) {
      const before = files.get(write.path)?.text ?? '';
      const now = await readFile(write.path, 'utf8').catch(() => undefined);
      if (now === before) stillSame.push(write);
      else {
        const outcome = report.papers.find((p) => p.file === relative('.', write.path))!;
        Object.assign(outcome, { action: 'kept', reason: CHANGED_MEANWHILE });
      }
    }
    report.writes = stillSame;
    await writeAllOrNothing(report.writes);
  }
  for (const p of report.papers) options.onPaper?.(p);
  return report;
}

const CHANGED_MEANWHILE = 'the file changed while questions were being generated; run again';

/** A paper file's text with its unedited starter questions replaced by `questions`. */
function withQuestions(file: PaperFile, questions: readonly string[]): string {
  return file.text.slice(0, file.text.length - file.body.length) + replaceStarterQuestions(file.body, questions);
}

interface ModelPassOptions {
  endpoint: ChatEndpoint;
  locale: BodyLocale;
  index: KnownPaperIndex;
  /** Replace unedited starter questions (not only fill empty sections). */
  force: boolean;
  dryRun: boolean;
  /** The folder every write must lie in. */
  within: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  onPaper?: (outcome: PaperOutcome) => void;
  onRetry?: RetryNotice;
}

/**
 * Runs `work` on every item, at most `limit` at a time; results in the items' order. After a failure
 * no new item is started, and the first failure is thrown once the items under way have finished
 * (so that nothing is still writing when the caller releases the content lock).
 */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await work(items[i]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}

function emptySummary(endpoint: ChatEndpoint): ModelSummary {
  return { model: endpoint.model, url: endpoint.url, asked: 0, used: 0, repaired: 0, fellBack: { 'request-failed': 0, 'unusable-answer': 0, 'invalid-questions': 0 }, flags: {} };
}

/**
 * Asks the model about each paper that needs questions, a few at a time, and writes each file as
 * soon as its questions are ready (unless the file changed meanwhile). A paper the model fails gets
 * the offline generator's questions when its section was empty, and keeps its starter questions
 * when it had some. A fatal endpoint error stops the asking: papers not reached are left unchanged.
 */
async function modelPass(files: readonly PaperFile[], options: ModelPassOptions): Promise<Omit<QuestionsReport, 'generator'>> {
  const { endpoint, locale } = options;
  const summary = emptySummary(endpoint);
  const writes: PlannedWrite[] = [];
  let stopped: string | undefined;

  const one = async (file: PaperFile): Promise<PaperOutcome> => {
    const base = { id: file.id, file: relative('.', file.path) };
    const decision = decide(file.body, options.force);
    if (decision.act === 'keep') return { ...base, action: 'kept', reason: decision.reason, questions: [], personQuestions: decision.person };
    const personQuestions = questionsState(file.body).person;
    if (stopped) return { ...base, action: 'kept', reason: `not asked: ${stopped}`, questions: [], personQuestions };

    const match = findRelated(options.index, file.paper);
    let answer;
    try {
      summary.asked++;
      answer = await askModel(endpoint, file.paper, locale, {
        ...(match ? { related: [{ id: match.id, title: match.title, ...(match.titleZh ? { titleZh: match.titleZh } : {}) }] } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.onRetry ? { onRetry: ({ waitMs, error }: { waitMs: number; error: ChatRequestError }) => options.onRetry!({ id: file.id, waitMs, error }) } : {}),
      });
    } catch (error) {
      if (!(error instanceof ChatRequestError)) throw error;
      summary.asked--;
      stopped ??= error.message;
      return { ...base, action: 'kept', reason: `not asked: ${error.message}`, questions: [], personQuestions };
    }

    let questions: string[];
    let extra: Partial<PaperOutcome>;
    if (answer.ok) {
      summary.used++;
      if (answer.repaired) summary.repaired++;
      questions = answer.questions;
      extra = { source: 'model', repaired: answer.repaired, dropped: answer.dropped.length };
    } else {
      summary.fellBack[answer.fallback.kind]++;
      for (const [flag, n] of Object.entries(answer.fallback.flags ?? {})) summary.flags[flag as QuestionFlag] = (summary.flags[flag as QuestionFlag] ?? 0) + n;
      extra = { source: 'offline', fallback: answer.fallback };
      if (decision.act === 'replace') {
        return { ...base, ...extra, action: 'kept', reason: `the model's questions were not usable (${answer.fallback.detail}); kept its starter questions`, questions: [], personQuestions };
      }
      questions = starterQuestions(file.paper, { locale, related: options.index });
    }

    const text = withQuestions(file, questions);
    const outcome: PaperOutcome = { ...base, ...extra, action: decision.act === 'fill' ? 'filled' : 'replaced', questions, personQuestions };
    if (text === file.text) return { ...outcome, action: 'kept', reason: 'its starter questions are already these' };
    if (options.dryRun) return outcome;
    // A person may have edited the file while the model was thinking: leave it.
    const now = await readFile(file.path, 'utf8').catch(() => undefined);
    if (now !== file.text) return { ...outcome, action: 'kept', reason: CHANGED_MEANWHILE };
    await writeAtomic(file.path, text, { within: options.within });
    writes.push({ path: file.path, content: text });
    return outcome;
  };

  const papers = await inPool(files, endpoint.concurrency ?? DEFAULT_CONCURRENCY, async (file) => {
    const outcome = await one(file);
    options.onPaper?.(outcome);
    return outcome;
  });
  return { papers, writes, model: summary, ...(stopped ? { stopped } : {}) };
}

export interface ModelQuestionsOptions {
  /** The content folder (its `papers/` holds the files). */
  contentDir: string;
  /** The papers to give model questions, e.g. those an import has just added. */
  ids: readonly string[];
  endpoint: ChatEndpoint;
  /** The group's language. */
  locale: BodyLocale;
  /** The import's day, for the group's page rule (see knownPapersOfGroup). */
  today?: string;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Injected for tests: how to wait before asking again (rate limits, 5xx). */
  sleep?: (ms: number) => Promise<void>;
  /** Called as each paper is done, with how many are done of how many. */
  onProgress?: (outcome: PaperOutcome, done: number, total: number) => void;
  /** Called before the model is asked again after a 429, a 5xx or a timeout. */
  onRetry?: RetryNotice;
}

/**
 * For the import, after it has written new papers (and while it holds the content lock): replaces
 * the unedited starter questions of papers `ids` with the model's questions, paper by paper, each
 * file written as soon as its questions pass the checks. Questions a person wrote or edited stay;
 * a paper the model fails keeps its offline starter questions (and one with an empty section gets
 * them); a file changed meanwhile is left alone. Never throws for the model's sake: a refused key or
 * a wrong address ends the pass with `stopped` set, and the papers not reached keep what they had.
 * Papers are related only to papers outside `ids`, as the import's offline questions are.
 */
export async function writeModelQuestions(options: ModelQuestionsOptions): Promise<QuestionsReport> {
  const paths = contentPaths(options.contentDir);
  const wanted = new Set(options.ids);
  const files: PaperFile[] = [];
  const missing: PaperOutcome[] = [];
  for (const id of wanted) {
    const path = paperPath(paths, id);
    const file = await readPaper(path).catch(() => undefined);
    if (file) files.push(file);
    else missing.push({ id, file: relative('.', path), action: 'kept', reason: 'no such paper file', questions: [], personQuestions: 0 });
  }
  const known = knownPapersOfGroup(paths, options.today).filter((k) => !wanted.has(k.id));
  let done = 0;
  const pass = await modelPass(files, {
    endpoint: options.endpoint,
    locale: options.locale,
    index: indexKnownPapers(known),
    force: true,
    dryRun: false,
    within: paths.papers,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    onPaper: (outcome) => options.onProgress?.(outcome, ++done, files.length),
    ...(options.onRetry ? { onRetry: options.onRetry } : {}),
  });
  return { generator: `${options.endpoint.model} at ${options.endpoint.url}`, ...pass, papers: [...pass.papers, ...missing] };
}

/** One line per fallback reason, e.g. "2 invalid questions (unsupported-number ×3, wrong-language ×2)". */
export function formatModelSummary(report: QuestionsReport): string {
  const m = report.model;
  if (!m) return '';
  const fell = m.fellBack['request-failed'] + m.fellBack['unusable-answer'] + m.fellBack['invalid-questions'];
  const out = [
    `Model ${m.model} (${m.url}): questions for ${m.used} of ${m.asked} paper${m.asked === 1 ? '' : 's'} asked${m.repaired ? ` (${m.repaired} after the repair round)` : ''}; ${fell} fell back to the offline generator${fell ? ':' : '.'}`,
  ];
  const flags = Object.entries(m.flags)
    .sort((a, b) => b[1] - a[1])
    .map(([f, n]) => `${f} ×${n}`)
    .join(', ');
  if (m.fellBack['invalid-questions']) out.push(`  ${m.fellBack['invalid-questions']} whose questions failed the checks${flags ? ` (${flags})` : ''}`);
  if (m.fellBack['unusable-answer']) out.push(`  ${m.fellBack['unusable-answer']} whose answer was not a JSON array of questions`);
  if (m.fellBack['request-failed']) out.push(`  ${m.fellBack['request-failed']} whose requests failed`);
  const where = report.papers.filter((p) => p.fallback).map((p) => p.id);
  if (where.length) out.push(`  fell back: ${where.join(', ')}`);
  if (report.stopped) out.push(`Stopped asking the model: ${report.stopped}`);
  return out.join('\n');
}

/** The command's summary: one line per paper, and with `showQuestions` the questions themselves. */
export function formatQuestionsReport(report: QuestionsReport, options: { dryRun?: boolean; showQuestions?: boolean } = {}): string {
  const out: string[] = [`Generator: ${report.generator}`];
  const verb = (action: PaperOutcome['action']) => (options.dryRun ? (action === 'filled' ? 'would write' : 'would replace with') : action === 'filled' ? 'wrote' : 'replaced with');
  const source = (p: PaperOutcome) =>
    p.source === 'model' ? ` from the model${p.repaired ? ' (after the repair round)' : ''}` : p.fallback ? ` from the offline generator (the model's: ${p.fallback.detail})` : '';
  for (const p of report.papers) {
    if (p.action === 'kept') {
      out.push(`  ${p.id}: unchanged, ${p.reason}`);
      continue;
    }
    const kept = p.personQuestions ? `; kept ${p.personQuestions} by people` : '';
    out.push(`  ${p.id}: ${verb(p.action)} ${p.questions.length} starter questions${source(p)}${kept}`);
    if (options.showQuestions) p.questions.forEach((q, i) => out.push(`      ${i + 1}. ${q}`));
  }
  const changed = report.papers.filter((p) => p.action !== 'kept').length;
  if (report.model) out.push(formatModelSummary(report));
  out.push(`${options.dryRun ? 'Would change' : 'Changed'} ${changed} of ${report.papers.length} paper${report.papers.length === 1 ? '' : 's'}.`);
  return out.join('\n');
}
