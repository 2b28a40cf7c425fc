import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeDigest } from '../../src/lib/digest/write-digest.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Builds `content` into `out` with its own cache; returns the build's log without colours (CI may force them). */
function build(content: string, out: string, cache: string): string {
  const log = execFileSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: cache, SITE_TODAY: '2026-11-24', SITE_URL: 'https://example.org', BASE_PATH: '/' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stripVTControlCharacters(log);
}

describe('a rebuild after a change', () => {
  it('restores unchanged paper pages from the last build and never serves a stale one', () => {
    const work = mkdtempSync(join(tmpdir(), 'rg-incremental-'));
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const out = join(work, 'dist');
    const cache = join(work, 'cache');
    const first = build(content, out, cache);
    expect(first).not.toMatch(/\(restored\)/);

    // A person writes a note on one paper; a new paper arrives from a digest; a paper is deleted.
    rmSync(join(content, 'papers', '2308.16458.md'));
    const edited = join(content, 'papers', '2402.14776.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('## Notes\n', '## Notes\n\nA fresh note about nested embeddings.\n'));
    const digest = join(work, 'new.md');
    writeFileSync(
      digest,
      writeDigest([
        {
          id: '2611.00001',
          title: 'A Brand New Paper on Matryoshka Embeddings',
          titleZh: '新论文',
          summaryZh: '总结。',
          summaryEn: '',
          abstractZh: '摘要。',
          abstract: 'We study nested embeddings. It works.',
        },
      ]),
    );
    execFileSync('node', ['src/cli/import.ts', digest, '--content', content, '--today', '2026-11-30'], { cwd: ROOT });

    const second = build(content, out, cache);
    // Pages kept in place from the last build say "(cached)", pages copied from the cache "(restored)".
    const restored = [...second.matchAll(/\/papers\/([\d.]+)\/index\.html \((?:restored|cached)\)/g)].map((m) => m[1]);
    expect(existsSync(join(out, 'papers', '2308.16458', 'index.html'))).toBe(false);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).not.toContain('2308.16458');
    // Most pages are copied, but not the edited one, nor the one whose "next paper" is now the new paper.
    expect(restored.length).toBeGreaterThanOrEqual(5);
    expect(second).toMatch(/index\.html \(cached\)/);
    expect(restored).not.toContain('2402.14776');
    expect(readFileSync(join(out, 'papers', '2402.14776', 'index.html'), 'utf8')).toContain('A fresh note about nested embeddings.');
    expect(readFileSync(join(out, 'papers', '2611.00001', 'index.html'), 'utf8')).toContain('A Brand New Paper on Matryoshka Embeddings');
    for (const id of ['2404.01399', '2403.20041']) {
      const page = readFileSync(join(out, 'papers', id, 'index.html'), 'utf8');
      const neighbours = /aria-label="More papers"[\s\S]*?<\/nav>/.exec(page)![0];
      if (neighbours.includes('2611.00001')) expect(restored).not.toContain(id);
    }
    // The newest paper is listed first and the search index knows it.
    expect(readFileSync(join(out, 'papers', 'index.html'), 'utf8').indexOf('2611.00001')).toBeGreaterThan(0);
    expect((JSON.parse(readFileSync(join(out, 'pagefind', 'shards.json'), 'utf8')) as string[])[0]).toBe('2026-q4');
  });
});
