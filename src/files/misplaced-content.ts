/**
 * Text typed into a frontmatter by mistake. Minutes pasted above the closing `---` parse as YAML
 * ("Present: Li, Maria, Sam." is a key `Present`; "## Minutes" is a comment), pass the schema, since
 * people may add fields of their own, and never show on the page. A key that looks like prose rather
 * than a field name — a capital first letter, a space, a heading word such as `minutes` — is reported
 * as a warning with its line, so that `check-content` and the build can say where the text went.
 */
import type { ContentProblem } from '../domain/content-problem.ts';

/** Words that head a section of a paper's or a session's body, never a field. */
const SECTION_WORDS = new Set(['minutes', 'agenda', 'notes', 'note', 'action', 'actions', 'present', 'attendees', 'absent', 'summary', 'questions', 'discussion', 'decisions', 'next', 'todo']);

/** Whether a frontmatter key reads like text meant for the body. */
export function looksLikeBodyText(key: string): boolean {
  return /\s/.test(key) || /^[^\p{L}]/u.test(key) || /^\p{Lu}/u.test(key) || SECTION_WORDS.has(key.toLowerCase());
}

/**
 * Warnings for the keys of a frontmatter that are not among `known` and look like body text, each
 * with the line it is on (`yaml` is the text between the `---` lines; `firstLine` the file line of
 * its first line).
 */
export function misplacedContentWarnings(file: string, data: Record<string, unknown>, known: readonly string[], yaml: string, kind: 'paper' | 'session', firstLine = 2): ContentProblem[] {
  const lines = yaml.split('\n');
  return Object.keys(data)
    .filter((key) => !known.includes(key) && looksLikeBodyText(key))
    .map((key) => {
      const at = lines.findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`));
      return {
        file,
        ...(at >= 0 ? { line: firstLine + at } : {}),
        message: `"${key}" is not a ${kind} field and looks like text meant for the ${kind === 'session' ? 'agenda or minutes' : 'notes'}: it is inside the frontmatter, so the page never shows it; move it below the closing \`---\` line`,
      };
    });
}
