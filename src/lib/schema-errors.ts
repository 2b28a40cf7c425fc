/**
 * Turns a zod validation failure into lines a person can act on: the file, the field path, what was
 * expected, and the value found.
 */
import type { z } from 'astro/zod';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
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

/** One line per issue: `content/group.yaml: members[2].id: expected … (found "Bob Smith")`. */
export function formatSchemaError(file: string, error: z.ZodError, data: unknown): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      return `${file}: ${path || '(top level)'}: ${issue.message} (found ${describe(valueAt(data, issue.path))})`;
    })
    .join('\n');
}
