/**
 * A problem in one of the group's files, as every reader of `content/` reports it: the file, the
 * line or the field, and a message saying what was expected and what was found.
 *
 *     content/papers/2404.01399.md:4: the frontmatter is not valid YAML: expected … (found "…")
 *     content/sessions/2026-11-26.md: papers[1].presenter: expected … (found "zoe")
 */
import { UserError } from './errors.ts';

export interface ContentProblem {
  /** The file as the user named it (`content/papers/2404.01399.md`). */
  file: string;
  /** 1-based line in the file, when the problem sits on one line. */
  line?: number;
  /** The field, written `papers[1].presenter`. */
  field?: string;
  message: string;
}

/** `file:line: field: message`, leaving out what is unknown. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** A field path as people write it: `papers[1].presenter`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** A user error carrying its problems, so a checker can list them and a command can print them. */
export class ContentError extends UserError {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The problems of a user error thrown while reading a file: a ContentError's own, or its message. */
export function problemsOf(error: UserError, file: string): ContentProblem[] {
  if (error instanceof ContentError) return error.problems;
  const own = error.message.startsWith(`${file}:`) ? /^:(?:(\d+):)? ([\s\S]*)$/.exec(error.message.slice(file.length)) : null;
  if (!own) return [{ file, message: error.message }];
  return [{ file, ...(own[1] ? { line: Number(own[1]) } : {}), message: own[2]! }];
}
