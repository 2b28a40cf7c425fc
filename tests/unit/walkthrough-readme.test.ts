/**
 * The README's walkthrough shows exactly the steps the scenario test runs (scripts/walkthrough/steps.ts):
 * the same headings, the same shell lines and the same edits, in the same order, and a picture each.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editDiff, picturePath, shellLines, STEPS } from '../../scripts/walkthrough/steps.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = /^## Walkthrough: your first week\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
const blocks = (lang: string) => [...section.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]!.replace(/\n$/, ''));

describe("the README's walkthrough", () => {
  it('comes right after "The week of a reading group"', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings[headings.indexOf('The week of a reading group') + 1]).toBe('Walkthrough: your first week');
  });

  it('has one numbered heading per step, in order', () => {
    expect([...section.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual(STEPS.map((s, i) => `${i + 1}. ${s.title}`));
  });

  it('shows every command the scenario runs, and no other, in order', () => {
    const shown = blocks('sh').flatMap((b) => b.split('\n'));
    const run = STEPS.flatMap((s) => s.actions.flatMap((a) => shellLines(a) ?? []));
    expect(shown).toEqual(run);
  });

  it('shows every edit the scenario makes as a diff, in order', () => {
    const run = STEPS.flatMap((s) => s.actions.flatMap((a) => (a.kind === 'edit' ? [editDiff(a)] : [])));
    expect(blocks('diff')).toEqual(run);
  });

  it('has a picture for each step, made by the screenshot script', () => {
    const pictures = [...section.matchAll(/!\[[^\]]+\]\((docs\/walkthrough\/[^)]+\.png)\)/g)].map((m) => m[1]!);
    expect(pictures).toEqual(STEPS.map((_, i) => picturePath(i)));
    for (const picture of pictures) expect(existsSync(join(ROOT, picture)), picture).toBe(true);
  });
});
