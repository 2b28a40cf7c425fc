/**
 * Where the group's files live. Every command and the site take these from here, so the layout of
 * `content/` is defined once. `root` is the content folder (default: `content/` in the project).
 */
import { join } from 'node:path';
import { parseArxivId, slugForId } from '../domain/arxiv-id.ts';
import { UserError } from '../domain/errors.ts';

export interface ContentPaths {
  root: string;
  papers: string;
  sessions: string;
  digests: string;
  group: string;
}

export function contentPaths(root = 'content'): ContentPaths {
  return {
    root,
    papers: join(root, 'papers'),
    sessions: join(root, 'sessions'),
    digests: join(root, 'digests'),
    group: join(root, 'group.yaml'),
  };
}

/**
 * `content/papers/2404.01399.md`; old-style ids get `_` for `/`. Only a bare arXiv id makes a path,
 * so no id (`../../etc/x`, `hep-th/../../x`) can ever name a file outside the papers folder.
 */
export function paperPath(paths: ContentPaths, id: string): string {
  if (parseArxivId(id)?.id !== id) throw new UserError(`"${id}" is not an arXiv id such as 2404.01399 or hep-th/9901001; no paper file is named after it`);
  return join(paths.papers, `${slugForId(id)}.md`);
}

/** `content/sessions/2026-12-01.md`. */
export function sessionPath(paths: ContentPaths, date: string): string {
  return join(paths.sessions, `${date}.md`);
}
