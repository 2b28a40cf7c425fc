/**
 * Reading one paper file, `content/papers/<arxiv-id>.md`, the same way for the site build, the
 * planner and `npm run check-content`: frontmatter, schema, and a file name that matches the id
 * (the importer finds a paper by that name, so a copy or a misnamed file would become a second paper).
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readFrontmatter, type FrontmatterFile } from './frontmatter.ts';
import { ContentError, type ContentProblem } from '../domain/content-problem.ts';
import { validateContent } from './schema-errors.ts';
import { slugForId } from '../domain/arxiv-id.ts';
import { paperSchema, type PaperData } from '../schemas/paper.ts';

export interface PaperFile {
  frontmatter: FrontmatterFile;
  /** The validated frontmatter (defaults filled in, extra keys kept). */
  data: PaperData;
}

/** The problem when a paper's file is not named after its id; `exists` looks for the file it should be. */
export function paperFileNameProblem(file: string, id: string, exists: (path: string) => boolean = existsSync): ContentProblem | undefined {
  const expected = `${slugForId(id)}.md`;
  if (basename(file) === expected) return undefined;
  const owner = join(dirname(file), expected);
  if (exists(owner)) {
    return { file, field: 'id', message: `expected an id no other paper has (found "${id}", the id of ${owner} too); keep one file per paper` };
  }
  return { file, field: 'id', message: `expected the file to be named after the id, ${expected} (found "${id}" in ${basename(file)}); rename the file or correct the id` };
}

/** Parses and validates a paper file; throws a {@link ContentError} naming the file and the line or field. */
export function parsePaperFile(text: string, file: string, exists?: (path: string) => boolean): PaperFile {
  const frontmatter = readFrontmatter(text, file);
  const data = validateContent(paperSchema, frontmatter.data, file);
  const misnamed = paperFileNameProblem(file, data.id, exists);
  if (misnamed) throw new ContentError([misnamed]);
  return { frontmatter, data };
}
