import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writeDigest } from '../../src/domain/digest/write-digest.ts';

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
    // The log sums the routes up in one line: "N routes: X rendered, Y copied from the last build".
    const routes = (log: string) => {
      const line = /(\d+) routes?: (\d+) rendered(?:, (\d+) copied from the last build)?/.exec(log);
      expect(line, 'the build log has its one-line summary of the routes').not.toBeNull();
      return { total: Number(line![1]), rendered: Number(line![2]), copied: Number(line![3] ?? 0) };
    };
    expect(routes(first).copied).toBe(0);
    const again = routes(second);
    // The scan parses every file once in a cold build, and again only what a month made again needs
    // (here the one month of every paper, which the edit, the deletion and the new paper all touch).
    const scanned = (log: string) => {
      const line = /scanned (\d+) papers \(\d+ with a page; (\d+) files parsed, (\d+) of (\d+) months made again\)/.exec(log);
      expect(line, 'the build log says what the scan read').not.toBeNull();
      return { papers: Number(line![1]), parsed: Number(line![2]), monthsRedone: Number(line![3]), months: Number(line![4]) };
    };
    expect(scanned(first).parsed).toBe(scanned(first).papers);
    expect(scanned(second).monthsRedone).toBe(1);
    expect(existsSync(join(out, 'papers', '2308.16458', 'index.html'))).toBe(false);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).not.toContain('2308.16458');
    // Most pages are copied; the edited paper, the new one and the lists that show them are rendered again.
    expect(again.copied).toBeGreaterThanOrEqual(5);
    expect(again.rendered).toBeGreaterThanOrEqual(3);
    expect(again.copied + again.rendered).toBe(again.total);
    expect(readFileSync(join(out, 'papers', '2402.14776', 'index.html'), 'utf8')).toContain('A fresh note about nested embeddings.');
    expect(readFileSync(join(out, 'papers', '2611.00001', 'index.html'), 'utf8')).toContain('A Brand New Paper on Matryoshka Embeddings');
    // No page is stale: every page is what a cold build of the same content writes.
    const fresh = join(work, 'fresh');
    build(content, fresh, join(work, 'fresh-cache'));
    const pages = readdirSync(fresh, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(readFileSync(join(out, page), 'utf8'), page).toBe(readFileSync(join(fresh, page), 'utf8'));
    expect(
      readdirSync(out, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.html'))
        .sort(),
    ).toEqual(pages.sort());
    // And the same files besides: the copies of public/ (favicon.svg) stay, nothing stale is left.
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => !f.startsWith('pagefind') && statSync(join(dir, f)).isFile())
        .sort();
    expect(files(out)).toContain('favicon.svg');
    expect(files(out)).toEqual(files(fresh));
    // The newest paper is listed first and the search index knows it.
    expect(readFileSync(join(out, 'papers', 'index.html'), 'utf8').indexOf('2611.00001')).toBeGreaterThan(0);
    const shards = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'shards.json'), 'utf8')) as string[];
    expect(shards(out)[0]).toBe('2026-11');
    expect(shards(out)).toEqual(shards(fresh));
    // Every search record too, those of the month made again from files this rebuild had not parsed among them.
    const fragments = (dir: string) =>
      readdirSync(join(dir, 'pagefind'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pf_fragment'))
        .map((f) => gunzipSync(readFileSync(join(dir, 'pagefind', f))).toString('utf8'))
        .sort();
    expect(fragments(out).length).toBeGreaterThan(5);
    expect(fragments(out)).toEqual(fragments(fresh));
    // The exports, partly made from the last build's scan, are those of a cold build.
    for (const name of ['papers.bib', 'papers.json']) expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(fresh, name), 'utf8'));

    // Built again with nothing changed, the scan parses nothing: what each file said, its text for the
    // related papers and each month's bundles all come from its cache.
    const unchanged = scanned(build(content, out, cache));
    expect(unchanged).toMatchObject({ parsed: 0, monthsRedone: 0 });
    expect(unchanged.papers).toBe(scanned(second).papers);
  });

  it('never keeps a page another build wrote into the folder since (the test suite into dist/, another content folder)', () => {
    const work = mkdtempSync(join(tmpdir(), 'rg-foreign-'));
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const other = join(work, 'other');
    cpSync(content, other, { recursive: true });
    const paper = join(other, 'papers', '2402.14776.md');
    writeFileSync(paper, readFileSync(paper, 'utf8').replace(/^title: .*$/m, 'title: A Title Only The Other Build Has'));
    const out = join(work, 'dist');
    build(content, out, join(work, 'cache'));
    // Another build, with its own cache and content, writes the same folder…
    build(other, out, join(work, 'other-cache'));
    expect(readFileSync(join(out, 'papers', '2402.14776', 'index.html'), 'utf8')).toContain('A Title Only The Other Build Has');
    // …and the first one builds again: nothing changed for its cache, yet no page of the other build stays.
    const log = build(content, out, join(work, 'cache'));
    const fresh = join(work, 'fresh');
    build(content, fresh, join(work, 'fresh-cache'));
    const pages = readdirSync(fresh, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const page of pages) expect(readFileSync(join(out, page), 'utf8'), page).toBe(readFileSync(join(fresh, page), 'utf8'));
    expect(readFileSync(join(out, 'papers', 'index.html'), 'utf8')).not.toContain('A Title Only The Other Build Has');
    expect(log).toMatch(/not written by this cache's last build/);
  });
});
