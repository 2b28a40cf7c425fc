/**
 * A group whose content tries to inject markup everywhere (tests/fixtures/hostile/): the shipped
 * content, plus the hostile digest imported the way a member would, one of its papers given hostile
 * tags, notes, questions and an extra section, two hostile sessions, and a hostile group name,
 * description and member name.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
export const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile');
export const HOSTILE_TODAY = '2026-11-24';

/** The hostile papers the digest adds (its other five entries link elsewhere than arXiv and are skipped). */
export const HOSTILE_IDS = ['2611.00001', '2611.00002', '2611.00003', '2611.00004'] as const;
/** Ids of the digest's entries whose links are not arXiv's. */
export const FOREIGN_LINK_IDS = ['2611.00005', '2611.00006', '2611.00007', '2611.00008', '2611.00009'] as const;
/** The paper that gets the hostile body and tags. */
export const BODY_PAPER = '2611.00001';
export const HOSTILE_TAGS = [`<img src=x onerror=alert('tag')>`, `" onmouseover="alert('tag2')`, '..', `javascript:alert('tag3')`];
export const GROUP_NAME = `LLM <b onmouseover=alert('group')>Reading</b> "Group"`;
export const GROUP_DESCRIPTION = `<script>alert('description')</script> " ' --> ]]> }`;
export const MEMBER_NAME = `Chen <img src=x onerror=alert('member')> Wei`;

function replaceOnce(text: string, from: string | RegExp, to: string, what: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`hostile content: could not set ${what}`);
  return next;
}

/** Makes the hostile content folder and returns its path. */
export async function hostileContent(): Promise<string> {
  const content = join(mkdtempSync(join(tmpdir(), 'rg-hostile-')), 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  await run('node', ['src/cli/import.ts', join(HOSTILE, 'hostile-digest.md'), '--content', content, '--today', HOSTILE_TODAY], { cwd: ROOT });

  const paperFile = join(content, 'papers', `${BODY_PAPER}.md`);
  const paper = readFileSync(paperFile, 'utf8');
  const end = paper.indexOf('\n---\n', 4) + 5;
  const frontmatter = replaceOnce(paper.slice(0, end), /^tags: \[\]$/m, `tags: ${JSON.stringify(HOSTILE_TAGS)}`, 'tags');
  writeFileSync(paperFile, frontmatter + readFileSync(join(HOSTILE, 'hostile-body.md'), 'utf8'));

  for (const date of ['2026-11-12', '2026-11-26']) cpSync(join(HOSTILE, 'sessions', `${date}.md`), join(content, 'sessions', `${date}.md`));

  const groupFile = join(content, 'group.yaml');
  let group = readFileSync(groupFile, 'utf8');
  group = replaceOnce(group, /^name: .*$/m, `name: ${JSON.stringify(GROUP_NAME)}`, 'the group name');
  group = replaceOnce(group, /^description: .*$/m, `description: ${JSON.stringify(GROUP_DESCRIPTION)}`, 'the description');
  group = replaceOnce(group, /name: Chen Wei$/m, `name: ${JSON.stringify(MEMBER_NAME)}`, 'a member name');
  writeFileSync(groupFile, group);
  return content;
}
