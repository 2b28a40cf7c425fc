/**
 * Minutes typed above a session's closing `---` (as following a diff too literally does) parse as
 * YAML keys and would never show: check-content and the build warn with the file and line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, sessionFormat } from '../../src/files/check-content.ts';
import { looksLikeBodyText } from '../../src/files/misplaced-content.ts';
import { runCli } from '../helpers/cli.ts';
import { tempContent, PROJECT_CONTENT } from '../helpers/content.ts';
import { cpSync } from 'node:fs';

function withSession(edit: (text: string) => string): string {
  const dir = tempContent({ papers: true });
  cpSync(join(PROJECT_CONTENT, 'sessions'), join(dir, 'sessions'), { recursive: true });
  const path = join(dir, 'sessions', '2026-11-19.md');
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

const MINUTES_IN_FRONTMATTER = (text: string) => text.replace('status: done\n', 'status: done\n\n## Minutes\n\nPresent: Li, Maria, Sam.\nAction: Sam checks the questions.\n');

describe('text typed into a frontmatter', () => {
  it('tells field names from prose', () => {
    for (const key of ['Present', 'Action', 'minutes', 'Notes', 'my notes', '**CrossQ**']) expect(looksLikeBodyText(key), key).toBe(true);
    for (const key of ['readingLead', 'priority', 'reviewer_2', 'seenAt']) expect(looksLikeBodyText(key), key).toBe(false);
  });

  it('check-content warns with the file and line of each key, and still passes', async () => {
    const dir = withSession(MINUTES_IN_FRONTMATTER);
    const report = checkContent(dir);
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => [w.line, w.message.slice(0, 60)])).toEqual([
      [7, '"Present" is not a session field and looks like text meant f'],
      [8, '"Action" is not a session field and looks like text meant fo'],
    ]);
    const result = await runCli('check-content', ['--content', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `warning: ${join(dir, 'sessions', '2026-11-19.md')}:7: "Present" is not a session field and looks like text meant for the agenda or minutes: it is inside the frontmatter, so the page never shows it; move it below the closing \`---\` line`,
    );
  });

  it('the build reads the same warnings', () => {
    const dir = withSession(MINUTES_IN_FRONTMATTER);
    const file = join(dir, 'sessions', '2026-11-19.md');
    expect(sessionFormat.read(readFileSync(file, 'utf8'), file).warnings).toHaveLength(2);
  });

  it('says nothing about the shipped content or fields people add', () => {
    expect(checkContent(withSession((t) => t.replace('status: done\n', 'status: done\nroom_booked: true\n'))).warnings).toEqual([]);
  });
});
