/**
 * Turns a zod validation failure into lines a person can act on: the file, the field path, what was
 * expected, and the value found. Schemas carry their own messages where a field needs one; every
 * other failure is worded here ({@link readableIssue}) instead of zod's "Invalid input".
 */
import type { z } from 'astro/zod';
import { ContentError, fieldPath, formatProblem, type ContentProblem } from '../domain/content-problem.ts';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  // JSON has no form for a function or a symbol; every value parsed from YAML or JSON has one.
  const text = typeof value === 'function' || typeof value === 'symbol' ? String(value) : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (`[a, b]`, or one `- item` per line)',
  object: 'a mapping of `key: value` lines',
};

function list(values: readonly unknown[]): string {
  const words = values.map(String);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : (words[0] ?? '');
}

/** Words for the failures schemas leave to zod's defaults; undefined keeps the schema's own message. */
export function readableIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${KINDS[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.length > 1 ? 'one of ' : ''}${list(issue.values)}`;
    case 'too_small':
      if (issue.origin === 'array') return `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'expected some text, not an empty value';
      return `expected a number of at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${issue.maximum} items`;
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      return `expected a number of at most ${issue.maximum}`;
    case 'invalid_union':
      return 'expected one of the forms this field accepts (see src/schemas/)';
    default:
      return undefined;
  }
}

/** One problem per issue: `content/group.yaml: members[2].id: expected … (found "Bob Smith")`. */
export function schemaProblems(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    return { file, field: field || '(top level)', message: `${issue.message} (found ${describe(valueAt(data, issue.path))})` };
  });
}

/** One line per issue: `content/group.yaml: members[2].id: expected … (found "Bob Smith")`. */
export function formatSchemaError(file: string, error: z.ZodError, data: unknown): string {
  return schemaProblems(file, error, data).map(formatProblem).join('\n');
}

/** Validates a file's data; throws a {@link ContentError} with one problem per issue. */
export function validateContent<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { error: readableIssue });
  if (!result.success) throw new ContentError(schemaProblems(file, result.error, data));
  return result.data;
}
