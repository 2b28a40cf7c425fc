/**
 * `npm run questions`: writes starter questions into existing paper files. A paper whose questions
 * section is empty gets them; with `force`, a paper's unedited starter questions are replaced.
 * Questions a person wrote or edited are never changed or removed (nor reordered among themselves),
 * and a file that changes while questions are being generated is left alone. All files are written
 * at once, or none.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeAllOrNothing, type PlannedWrite } from '../atomic-write.ts';
import { contentPaths, paperPath } from '../content-paths.ts';
import { arxivIdFromText } from '../arxiv-id.ts';
import { UserError } from '../errors.ts';
import { readFrontmatter } from '../frontmatter.ts';
import { questionsState, replaceStarterQuestions, type BodyLocale } from '../paper-body.ts';
import type { QuestionPaper } from './extract.ts';
import { starterQuestions } from './generate.ts';
import type { ChatEndpoint } from './llm-client.ts';
import { llmQuestions } from './llm-questions.ts';
import { buildRelatedIndex, findRelated, type KnownPaper } from './related.ts';

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
}

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
}

export interface QuestionsReport {
  generator: string;
  papers: PaperOutcome[];
  writes: PlannedWrite[];
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
  const str = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
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

  // Every paper (not only the targets) is a paper "the group already has" for the relates-to question.
  const known: KnownPaper[] = [];
  const files = new Map<string, PaperFile>();
  for (const name of allNames) {
    const path = join(paths.papers, name);
    const file = targets.includes(path) ? await readPaper(path) : await readPaper(path).catch(() => undefined);
    if (!file) continue;
    files.set(path, file);
    known.push({ id: file.id, title: file.paper.title, ...(file.paper.titleZh ? { titleZh: file.paper.titleZh } : {}) });
  }
  const index = buildRelatedIndex(known);

  const report: QuestionsReport = { generator: options.endpoint ? `${options.endpoint.model} at ${options.endpoint.url}` : 'offline', papers: [], writes: [] };
  for (const path of targets) {
    const file = files.get(path) ?? (await readPaper(path));
    const decision = decide(file.body, options.force ?? false);
    if (decision.act === 'keep') {
      report.papers.push({ id: file.id, file: relative('.', path), action: 'kept', reason: decision.reason, questions: [], personQuestions: decision.person });
      continue;
    }
    let questions: string[];
    if (options.endpoint) {
      const match = findRelated(index, file.paper);
      questions = await llmQuestions(options.endpoint, file.paper, locale, { ...(match ? { known: [match] } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) });
    } else {
      questions = starterQuestions(file.paper, { locale, related: index });
    }
    const body = replaceStarterQuestions(file.body, questions);
    const text = file.text.slice(0, file.text.length - file.body.length) + body;
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
    // A person may have edited a file while questions were generated (a model can be slow): leave it.
    const stillSame: PlannedWrite[] = [];
    for (const write of report.writes) {
      const before = files.get(write.path)?.text ?? '';
      const now = await readFile(write.path, 'utf8').catch(() => undefined);
      if (now === before) stillSame.push(write);
      else {
        const outcome = report.papers.find((p) => p.file === relative('.', write.path))!;
        Object.assign(outcome, { action: 'kept', reason: 'the file changed while questions were being generated; run again' });
      }
    }
    report.writes = stillSame;
    await writeAllOrNothing(report.writes);
  }
  return report;
}

/** The command's summary: one line per paper, and with `showQuestions` the questions themselves. */
export function formatQuestionsReport(report: QuestionsReport, options: { dryRun?: boolean; showQuestions?: boolean } = {}): string {
  const out: string[] = [`Generator: ${report.generator}`];
  const verb = (action: PaperOutcome['action']) => (options.dryRun ? (action === 'filled' ? 'would write' : 'would replace with') : action === 'filled' ? 'wrote' : 'replaced with');
  for (const p of report.papers) {
    if (p.action === 'kept') {
      out.push(`  ${p.id}: unchanged, ${p.reason}`);
      continue;
    }
    const kept = p.personQuestions ? `; kept ${p.personQuestions} by people` : '';
    out.push(`  ${p.id}: ${verb(p.action)} ${p.questions.length} starter questions${kept}`);
    if (options.showQuestions) p.questions.forEach((q, i) => out.push(`      ${i + 1}. ${q}`));
  }
  const changed = report.papers.filter((p) => p.action !== 'kept').length;
  out.push(`${options.dryRun ? 'Would change' : 'Changed'} ${changed} of ${report.papers.length} paper${report.papers.length === 1 ? '' : 's'}.`);
  return out.join('\n');
}
