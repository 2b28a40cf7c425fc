/**
 * Nothing is ever written outside the content folder, whatever a digest says, and a batch of writes
 * that fails halfway leaves no temporary file behind.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertInside, writeAllOrNothing } from '../../src/files/atomic-write.ts';
import { contentPaths, paperPath } from '../../src/files/content-paths.ts';
import { runImport } from '../../src/files/import/run-import.ts';
import { writeDigest } from '../../src/domain/digest/write-digest.ts';
import { UserError } from '../../src/domain/errors.ts';
import { snapshot } from '../helpers/content.ts';

function nestedContent(): { parent: string; content: string } {
  const parent = mkdtempSync(join(tmpdir(), 'rg-contain-'));
  const content = join(parent, 'group', 'content');
  mkdirSync(content, { recursive: true });
  return { parent, content };
}

describe('paths', () => {
  it('assertInside accepts paths strictly inside the folder and refuses everything else', () => {
    const root = join(tmpdir(), 'content');
    for (const ok of [join(root, 'papers', 'a.md'), join(root, 'x'), `${root}/papers/../digests/d.md`, join(root, '..x.md')]) expect(() => assertInside(root, ok), ok).not.toThrow();
    for (const bad of [root, join(root, '..', 'x'), `${root}/papers/../../x`, '/etc/passwd', `${root}-evil/x`, join(root, '..')]) {
      expect(() => assertInside(root, bad), bad).toThrow(UserError);
    }
  });

  it('a paper path is made only from a bare arXiv id', () => {
    const paths = contentPaths('content');
    expect(paperPath(paths, 'hep-th/9901001')).toBe(join('content', 'papers', 'hep-th_9901001.md'));
    for (const id of ['../../etc/x', 'hep-th/../../x', '2404.01399/../../x', '2404.01399v2', '', '/etc/passwd', 'hep-th/9901001/x']) {
      expect(() => paperPath(paths, id), id).toThrow(/is not an arXiv id/);
    }
  });
});

describe('writeAllOrNothing', () => {
  it('refuses a batch with one path outside the folder, writing none of it', async () => {
    const { parent, content } = nestedContent();
    const before = snapshot(parent);
    const batch = [
      { path: join(content, 'papers', 'ok.md'), content: 'fine' },
      { path: join(content, 'papers', '..', '..', 'escaped.md'), content: 'evil' },
    ];
    await expect(writeAllOrNothing(batch, { within: content })).rejects.toThrow(/refusing to write .*escaped\.md: it is outside/);
    expect(snapshot(parent)).toEqual(before);
  });

  it('a rename that fails halfway removes the temporary files it had not renamed yet', async () => {
    const { content } = nestedContent();
    mkdirSync(join(content, 'papers', 'in-the-way.md', 'sub'), { recursive: true });
    const batch = [
      { path: join(content, 'papers', 'first.md'), content: 'first' },
      { path: join(content, 'papers', 'in-the-way.md'), content: 'cannot replace a folder' },
      { path: join(content, 'papers', 'third.md'), content: 'third' },
    ];
    await expect(writeAllOrNothing(batch)).rejects.toThrow();
    expect(readdirSync(join(content, 'papers')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a hostile digest', () => {
  const entry = (id: string, linkBase = 'https://arxiv.org/abs/') => ({
    id,
    linkBase,
    title: `A title for ${id}`,
    titleZh: '标题',
    summaryZh: '摘要',
    summaryEn: 'A summary.',
    abstract: 'An abstract.',
    abstractZh: '中文摘要。',
  });

  it('whose links climb out of the papers folder writes nothing outside content/ and skips those entries', async () => {
    const { parent, content } = nestedContent();
    writeFileSync(join(parent, 'keep.txt'), 'untouched');
    const digest = join(parent, 'hostile.md');
    writeFileSync(
      digest,
      writeDigest([
        entry('../../../escaped'),
        entry('hep-th/../../../escaped'),
        entry('hep-th%2F..%2F..%2Fescaped'),
        entry('2404.01399/../../../../escaped'),
        entry('..%2F..%2Fescaped'),
        entry('etc/passwd', 'https://arxiv.org/abs/../../../'),
        entry('2401.18018'),
      ]),
    );
    const before = snapshot(parent);
    const report = await runImport({ inputs: [digest], contentDir: content, today: '2026-11-24' });
    expect(report.added).toEqual(['2401.18018']);
    expect(report.skipped).toHaveLength(6);
    for (const s of report.skipped) expect(s.reason).toMatch(/expected an arXiv link/);
    const after = snapshot(parent);
    const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(changed.sort()).toEqual([join('group', 'content', 'digests', 'hostile.md'), join('group', 'content', 'papers', '2401.18018.md')]);
    expect(existsSync(join(parent, 'escaped.md'))).toBe(false);
  });
});
