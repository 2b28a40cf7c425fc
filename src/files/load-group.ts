/**
 * Reads and validates `content/group.yaml`, for the commands and the site alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { groupSchema, type Group } from '../schemas/group.ts';
import { ContentError } from '../domain/content-problem.ts';
import { loadYaml } from './frontmatter.ts';
import { validateContent } from './schema-errors.ts';
import { yamlProblem } from './yaml-errors.ts';

export function parseGroup(text: string, file: string): Group {
  const source = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = loadYaml(source);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    throw new ContentError([yamlProblem(error, source, file, 1, 'the file')]);
  }
  if (data === undefined || data === null) {
    throw new ContentError([{ file, message: "expected the group's settings: name, timezone, meeting and members (found an empty file); see the example in the README" }]);
  }
  return validateContent(groupSchema, data, file);
}

export function loadGroup(file: string): Group {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([{ file, message: 'cannot read the group file; copy the example from the README and edit it' }]);
  }
  return parseGroup(text, file);
}

/** The group's settings, or undefined where there is no group file yet (a folder of papers only); a broken one stops with its error. */
export function loadGroupIfAny(file: string): Group | undefined {
  return existsSync(file) ? loadGroup(file) : undefined;
}
