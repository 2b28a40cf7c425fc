/**
 * Checks a content folder the way the site build reads it: `group.yaml`, every paper and session
 * file (frontmatter, schema, file names), and what sessions say about papers and members. Returns
 * every problem instead of stopping at the first. `npm run check-content` prints them; the build's
 * content loaders read files through the same {@link ContentFormat}s, so it stops with the same
 * messages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../domain/errors.ts';
import { problemsOf, type ContentProblem } from '../domain/content-problem.ts';
import { contentPaths, paperPath, type ContentPaths } from './content-paths.ts';
import { loadGroup } from './load-group.ts';
import { parsePaperFile } from './paper-file.ts';
import { parseSessionFile } from './session-file.ts';
import { sessionReferenceProblems, type SessionReferences } from '../domain/cross-references.ts';
import type { Group } from '../schemas/group.ts';
import { sessionSchema, type SessionData } from '../schemas/session.ts';
import { paperSchema } from '../schemas/paper.ts';
import { misplacedContentWarnings } from './misplaced-content.ts';

/** How one folder's files are read; shared by this check and the site's content loaders. */
export interface ContentFormat {
  /**
   * Reads one file; throws a UserError naming the file and the line or field when it is broken.
   * Returns the frontmatter as written (for the collection's schema) and the body with `\n` line ends.
   */
  read(text: string, file: string): { data: Record<string, unknown>; body: string; warnings: ContentProblem[] };
}

/** Keys a session file may have besides its schema's: the planner's own block and the calendar's sequence. */
const SESSION_EXTRA_KEYS = ['planner', 'sequence'];

const lf = (text: string) => text.replace(/\r\n?/g, '\n');

export const paperFormat: ContentFormat = {
  read(text, file) {
    const { frontmatter } = parsePaperFile(text, file);
    const warnings = misplacedContentWarnings(file, frontmatter.data, Object.keys(paperSchema.shape), frontmatter.yaml, 'paper');
    return { data: frontmatter.data, body: lf(frontmatter.body), warnings };
  },
};

export const sessionFormat: ContentFormat = {
  read(text, file) {
    const { frontmatter } = parseSessionFile(text, file);
    const warnings = misplacedContentWarnings(file, frontmatter.data, [...Object.keys(sessionSchema.shape), ...SESSION_EXTRA_KEYS], frontmatter.yaml, 'session');
    return { data: frontmatter.data, body: lf(frontmatter.body), warnings };
  },
};

/** The markdown files of a folder, sorted; hidden files (editor locks, swap files) are not content. */
export function markdownFileNames(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
      .sort();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw new UserError(`${folder}: cannot read the folder (${(error as Error).message})`);
  }
}

/**
 * Problems between files: sessions naming a paper without a file, a presenter who is not a member
 * (unchecked when the group file is itself broken), two sessions on one day.
 */
export function crossFileProblems(paths: ContentPaths, sessions: readonly SessionReferences[], group: Group | undefined): ContentProblem[] {
  return sessionReferenceProblems(sessions, {
    hasPaper: (id) => existsSync(paperPath(paths, id)),
    papersDir: paths.papers,
    groupFile: paths.group,
    ...(group ? { members: group.members.map((m) => m.id) } : {}),
  });
}

/** The session fields cross-checks need, from validated session data. */
export function sessionReferences(file: string, data: Pick<SessionData, 'date' | 'papers'>): SessionReferences {
  return { file, date: data.date, papers: data.papers };
}

/**
 * The build's check between session files, over every loaded session: the group is read again here
 * and, when broken, left to the group's own loader to report.
 */
export function sessionsCrossCheck(paths: ContentPaths) {
  return (entries: { file: string; data: Record<string, unknown> }[]): ContentProblem[] => {
    let group: Group | undefined;
    try {
      group = loadGroup(paths.group);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
    }
    return crossFileProblems(
      paths,
      entries.map((e) => sessionReferences(e.file, e.data as SessionData)),
      group,
    );
  };
}

export interface ContentReport {
  problems: ContentProblem[];
  /** Things that are valid but probably not what was meant (text typed into a frontmatter). */
  warnings: ContentProblem[];
  /** Files read without a problem. */
  papers: number;
  sessions: number;
}

function attempt<T>(file: string, problems: ContentProblem[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    problems.push(...problemsOf(error, file));
    return undefined;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`${file}: cannot read the file (${(error as { code?: string }).code ?? (error as Error).message})`);
  }
}

/** Reads every file of the content folder `root` and lists every problem, in file order. */
export function checkContent(root = 'content'): ContentReport {
  const paths = contentPaths(root);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const group = attempt(paths.group, problems, () => loadGroup(paths.group));
  let papers = 0;
  for (const name of markdownFileNames(paths.papers)) {
    const file = join(paths.papers, name);
    const paper = attempt(file, problems, () => parsePaperFile(readText(file), file));
    if (!paper) continue;
    papers++;
    warnings.push(...misplacedContentWarnings(file, paper.frontmatter.data, Object.keys(paperSchema.shape), paper.frontmatter.yaml, 'paper'));
  }
  const sessions: SessionReferences[] = [];
  for (const name of markdownFileNames(paths.sessions)) {
    const file = join(paths.sessions, name);
    const session = attempt(file, problems, () => parseSessionFile(readText(file), file));
    if (!session) continue;
    sessions.push(sessionReferences(file, session.data));
    warnings.push(...misplacedContentWarnings(file, session.frontmatter.data, [...Object.keys(sessionSchema.shape), ...SESSION_EXTRA_KEYS], session.frontmatter.yaml, 'session'));
  }
  problems.push(...crossFileProblems(paths, sessions, group));
  const order = (p: ContentProblem) => (p.file === paths.group ? '' : p.file);
  problems.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return { problems, warnings, papers, sessions: sessions.length };
}
