/**
 * Reads and validates `content/group.yaml`, for the commands and the site alike.
 */
import { readFileSync } from 'node:fs';
import { groupSchema, type Group } from '../schemas/group.ts';
import { UserError } from './errors.ts';
import { loadYaml } from './frontmatter.ts';
import { formatSchemaError } from './schema-errors.ts';

export function parseGroup(text: string, file: string): Group {
  let data: unknown;
  try {
    data = loadYaml(text);
  } catch (error) {
    const line = (error as { mark?: { line: number } }).mark?.line;
    throw new UserError(`${file}${line !== undefined ? `:${line + 1}` : ''}: not valid YAML (${(error as { reason?: string }).reason ?? (error as Error).message})`);
  }
  const result = groupSchema.safeParse(data);
  if (!result.success) throw new UserError(formatSchemaError(file, result.error, data));
  return result.data;
}

export function loadGroup(file: string): Group {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`${file}: cannot read the group file; copy the example from the README and edit it`);
  }
  return parseGroup(text, file);
}
