/**
 * js-yaml's syntax errors, told the way a person editing the file needs them: the line where the
 * mistake is, what was expected there and the text found. js-yaml reports a forgotten closing quote
 * where the parser gets lost (lines later, or at the end); this points at the line that opened it.
 */
import type { ContentProblem } from '../domain/content-problem.ts';

interface YamlException {
  reason?: string;
  mark?: { line?: number };
}

/** A line as shown after "found": quoted, tabs visible, a long line cut in the middle (its end shows a missing quote). */
export function shownLine(line: string): string {
  const text = line.replace(/\r$/, '');
  return JSON.stringify(text.length > 72 ? `${text.slice(0, 44)}…${text.slice(-24)}` : text);
}

/**
 * The first line (0-based) whose quoted value is not closed on that line, or undefined. A quote
 * opens a value only where YAML lets it: after `key: `, after `- `, or at the start of a line. A
 * quoted value may run over several lines in YAML, but in these files that is nearly always a
 * forgotten closing quote, which makes the parser fail lines later.
 */
export function unclosedQuoteLine(lines: string[]): { line: number; quote: '"' | "'" } | undefined {
  for (const [index, line] of lines.entries()) {
    const start = /^(\s*(?:-\s+)*(?:[^\s#'"][^#]*?:\s+(?:-\s+)*)?)(["'])/.exec(line);
    if (!start) continue;
    const quote = start[2] as '"' | "'";
    let closed = false;
    for (let i = start[1]!.length + 1; i < line.length && !closed; i++) {
      if (quote === '"' && line[i] === '\\') i++;
      else if (line[i] === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else closed = true;
      }
    }
    if (!closed) return { line: index, quote };
  }
  return undefined;
}

/** What was expected, in words, for the js-yaml reasons people run into when editing by hand. */
function expectation(reason: string, lineText: string): string {
  if (reason.startsWith('bad indentation of a mapping entry')) {
    return /:\s.*:\s/.test(lineText)
      ? 'expected one `key: value` per line; a value containing ": " must be in quotes'
      : 'expected this `key: value` line to start in the same column as the keys it belongs with';
  }
  if (reason.startsWith('bad indentation of a sequence entry')) return 'expected this line to be indented like the other lines of its list item';
  if (reason.startsWith('tab characters must not be used in indentation')) return 'expected spaces for indentation; YAML does not allow tabs there';
  if (reason.startsWith('duplicated mapping key')) return 'expected each key once in its mapping';
  if (reason.startsWith('end of the stream or a document separator is expected')) return 'expected `key: value` lines';
  return `expected valid YAML (the parser says: ${reason})`;
}

/**
 * Turns a js-yaml error on `text` into a problem. `firstLine` is the file line of the text's first
 * line (2 for frontmatter after its `---`); `what` names the text ("the frontmatter").
 */
export function yamlProblem(error: unknown, text: string, file: string, firstLine: number, what: string): ContentProblem {
  const { reason = String((error as Error).message).split('\n')[0]!, mark } = error as YamlException;
  const lines = text.split('\n');
  const before = typeof mark?.line === 'number' ? lines.slice(0, mark.line + 1) : lines;
  const open = unclosedQuoteLine(before.map((l) => l.replace(/\r$/, '')));
  if (open) {
    return {
      file,
      line: open.line + firstLine,
      message: `${what} is not valid YAML: expected a closing ${open.quote} at the end of the value quoted on this line (found ${shownLine(lines[open.line]!)})`,
    };
  }
  const index = typeof mark?.line === 'number' ? Math.min(mark.line, lines.length - 1) : undefined;
  if (index === undefined) return { file, message: `${what} is not valid YAML: ${expectation(reason, '')}` };
  const lineText = lines[index]!;
  return { file, line: index + firstLine, message: `${what} is not valid YAML: ${expectation(reason, lineText)} (found ${shownLine(lineText)})` };
}
