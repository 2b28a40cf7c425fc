/**
 * `npm run plan` without the command line: reads the group, the papers and the sessions, asks
 * {@link planSessions} for the plan and turns it into file writes. Every file is read and checked
 * before anything is written; then all changed files are written at once (temp file + rename), or,
 * with `dryRun`, none. Only files whose content changes are written, so a second run writes nothing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentPaths, sessionPath, type ContentPaths } from '../content-paths.ts';
import { writeAllOrNothing, type PlannedWrite } from '../atomic-write.ts';
import { UserError } from '../../domain/errors.ts';
import { editYaml, joinFrontmatter, readFrontmatter } from '../frontmatter.ts';
import { loadGroup } from '../load-group.ts';
import { parsePaperFile } from '../paper-file.ts';
import { crossFileProblems, sessionReferences } from '../check-content.ts';
import { formatProblem } from '../../domain/content-problem.ts';
import { todayIn } from '../../domain/dates.ts';
import { dateAdded, voteCount, type PaperData, type PaperStatus } from '../../schemas/paper.ts';
import type { Group } from '../../schemas/group.ts';
import { parseSessionFile, renderPlannerSession, type SessionFile } from '../session-file.ts';
import { planSessions, type ExistingSession, type Plan } from '../../domain/planner/plan.ts';

export interface PlanOptions {
  /** The content folder (default `content`). */
  contentDir?: string;
  /** `YYYY-MM-DD`; default: today in the group's time zone. */
  today?: string;
  /** How many meeting dates to fill. */
  weeks: number;
  dryRun?: boolean;
}

export interface PlanReport {
  group: Group;
  today: string;
  weeks: number;
  plan: Plan;
  /** Paper titles by id, for tables. */
  titles: Map<string, string>;
  writes: PlannedWrite[];
}

interface PaperFile {
  file: string;
  text: string;
  data: PaperData;
}

async function markdownFiles(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((n) => n.endsWith('.md') && !n.startsWith('.')).sort();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw new UserError(`${folder}: cannot read the folder (${(error as Error).message})`);
  }
}

async function readPapers(folder: string): Promise<PaperFile[]> {
  const papers: PaperFile[] = [];
  const problems: string[] = [];
  for (const name of await markdownFiles(folder)) {
    const file = join(folder, name);
    const text = await readFile(file, 'utf8');
    try {
      papers.push({ file, text, data: parsePaperFile(text, file).data });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length) throw new UserError(problems.join('\n'));
  return papers;
}

async function readSessions(paths: ContentPaths, group: Group): Promise<SessionFile[]> {
  const sessions: SessionFile[] = [];
  const problems: string[] = [];
  for (const name of await markdownFiles(paths.sessions)) {
    const file = join(paths.sessions, name);
    try {
      sessions.push(parseSessionFile(await readFile(file, 'utf8'), file));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problems.push(error.message);
    }
  }
  problems.push(
    ...crossFileProblems(
      paths,
      sessions.map((s) => sessionReferences(s.file, s.data)),
      group,
    ).map(formatProblem),
  );
  if (problems.length) throw new UserError(problems.join('\n'));
  return sessions;
}

/** `status:` rewritten in a paper file; every other byte stays. */
function withStatus(paper: PaperFile, status: PaperStatus): string {
  const fm = readFrontmatter(paper.text, paper.file);
  const yaml = editYaml(fm.yaml, { status }, (_key, present) => (present.has('sources') ? 'sources' : undefined));
  return joinFrontmatter(yaml, fm.body, fm.delimiters);
}

/** Plans, and writes the result unless `dryRun`; see the module comment. */
export async function runPlan(options: PlanOptions): Promise<PlanReport> {
  const paths = contentPaths(options.contentDir);
  const group = loadGroup(paths.group);
  const today = options.today ?? todayIn(group.timezone);
  const papers = await readPapers(paths.papers);
  const sessionFiles = await readSessions(paths, group);

  const existing: ExistingSession[] = sessionFiles.map((s) => ({
    date: s.data.date,
    status: s.data.status,
    ...(s.data.time ? { time: s.data.time } : {}),
    ...(s.data.title ? { title: s.data.title } : {}),
    papers: s.data.papers,
    owner: s.owner,
    restore: s.restore,
  }));
  const plan = planSessions({
    group,
    today,
    weeks: options.weeks,
    sessions: existing,
    papers: papers.map((p) => ({
      id: p.data.id,
      status: p.data.status,
      votes: voteCount(p.data.votes),
      added: dateAdded(p.data),
      ...(Array.isArray(p.data.votes) ? { voters: p.data.votes } : {}),
    })),
  });

  const writes: PlannedWrite[] = [];
  const fileByDate = new Map(sessionFiles.map((s) => [s.data.date, s]));
  for (const decision of plan.decisions) {
    if (decision.action === 'keep') continue;
    const previous = fileByDate.get(decision.session.date);
    const content = renderPlannerSession(decision.session, {
      ...(previous ? { previous } : {}),
      sequence: previous ? previous.sequence + 1 : 0,
      updated: today,
    });
    writes.push({ path: sessionPath(paths, decision.session.date), content });
  }
  const paperById = new Map(papers.map((p) => [p.data.id, p]));
  for (const change of plan.statusChanges) {
    const paper = paperById.get(change.id)!;
    writes.push({ path: paper.file, content: withStatus(paper, change.to) });
  }
  if (!options.dryRun) await writeAllOrNothing(writes);
  return { group, today, weeks: options.weeks, plan, titles: new Map(papers.map((p) => [p.data.id, p.data.title])), writes };
}
