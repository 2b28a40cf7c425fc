import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { DIST, distFiles, readDist, rel } from './dist.ts';

describe('links', () => {
  it('every internal link and fragment of the built site resolves', async () => {
    const result = await check({
      path: DIST,
      recurse: true,
      checkFragments: true,
      concurrency: 32,
      // Only the site itself is checked: the tests run offline.
      linksToSkip: (link) => Promise.resolve(!/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link)),
    });
    const broken = result.links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status} ${l.url} (from ${l.parent})`);
    expect(broken).toEqual([]);
    // Every paper page links to arXiv (skipped) and to other pages of the site (checked).
    expect(result.links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(40);
  });
});

/** The stylesheets a page links to, read from dist/. */
function stylesheets(html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => readDist(join(DIST, m[1]!.replace(/^\//, ''))));
}

describe('page weight and scripts', () => {
  it('a paper page is under 15 KB of HTML and CSS, gzipped (fonts aside)', () => {
    for (const id of ['2404.01399', '2402.14776']) {
      const html = readDist(`papers/${id}/index.html`);
      const css = stylesheets(html).join('\n');
      const size = gzipSync(html).length + gzipSync(css).length;
      expect(size, `${id}: ${size} bytes`).toBeLessThan(15 * 1024);
    }
  });

  it('no page ships a script file, and inline scripts are only the theme switch', () => {
    for (const file of distFiles('.html')) {
      const html = readDist(file);
      if (rel(file).startsWith('search/')) continue;
      expect(html, rel(file)).not.toMatch(/<script[^>]+src=/);
      const inline = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      for (const code of inline) expect(code, rel(file)).toMatch(/theme/);
      expect(inline.join('').length, rel(file)).toBeLessThan(1500);
    }
  });
});
