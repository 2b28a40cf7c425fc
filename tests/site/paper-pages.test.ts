/**
 * The site grows with what the group does: an old candidate nobody touched has no page and is not
 * listed, yet search finds it (linking to arXiv) and the exports hold it; an old paper someone voted
 * for keeps its page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildContent, demoContent } from '../helpers/build-site.ts';
import { addOldPaper } from '../helpers/content.ts';

const UNTOUCHED = '2311.99001';
const VOTED = '2311.99002';
let out: string;
let content: string;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-pages-'));
  content = join(work, 'content');
  cpSync(await demoContent(), content, { recursive: true });
  addOldPaper(content, UNTOUCHED);
  addOldPaper(content, VOTED, (t) => t.replace('votes: 0', 'votes: [alice]'));
  out = join(work, 'dist');
  await buildContent(content, out, { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'paper-pages' });
}, 600_000);

describe('papers without a page of their own', () => {
  it('an old candidate nobody touched has no page; one somebody voted for keeps its page', () => {
    expect(existsSync(join(out, 'papers', UNTOUCHED, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'papers', VOTED, 'index.html'))).toBe(true);
  });

  it('the papers list leaves it out and says how many are not listed and where they are', () => {
    const list = readFileSync(join(out, 'papers', 'index.html'), 'utf8');
    expect(list).not.toContain(`/papers/${UNTOUCHED}/`);
    expect(list).toContain(`/papers/${VOTED}/`);
    expect(list).toContain('1 older candidate nobody has voted for, tagged or written about in the 28 days since its import has no page here');
  });

  it('the exports still hold every paper', () => {
    const bib = readFileSync(join(out, 'papers.bib'), 'utf8');
    const csl = JSON.parse(readFileSync(join(out, 'papers.json'), 'utf8')) as { number: string }[];
    for (const id of [UNTOUCHED, VOTED]) {
      expect(bib).toContain(`eprint = {${id}}`);
      expect(csl.some((item) => item.number === id)).toBe(true);
    }
    expect(csl).toHaveLength(20);
  });

  it('search finds it: a heading of its own, named by its arXiv id, on an index page of papers without a page', () => {
    const fragments = files(join(out, 'pagefind')).filter((f) => f.endsWith('.pf_fragment'));
    const texts = fragments.map((f) => gunzipSync(readFileSync(f)).toString('utf8'));
    // The search page turns the anchor into the arXiv link (tests/unit/search-page.test.ts, tests/e2e/search.test.ts).
    const archived = texts.filter((t) => t.includes(`"id":"arxiv-${UNTOUCHED}"`));
    expect(archived).toHaveLength(1);
    expect(archived[0]).toContain('"archived":"1"');
    expect(archived[0]).toContain('Concept-1K');
    expect(texts.some((t) => t.includes(`/papers/${VOTED}/`))).toBe(true);
    expect(texts.some((t) => t.includes(`"id":"arxiv-${VOTED}"`))).toBe(false);
  });

  it('the exports hold it without its abstract, and the papers with a page with theirs', () => {
    const csl = JSON.parse(readFileSync(join(out, 'papers.json'), 'utf8')) as { number: string; abstract?: string }[];
    expect(csl.find((item) => item.number === UNTOUCHED)?.abstract).toBeUndefined();
    expect(csl.find((item) => item.number === VOTED)?.abstract).toMatch(/\w/);
  });
});

describe("a rebuild that reuses the last build's scan", () => {
  it('writes the same exports and search index as the build before, which made them from the files', async () => {
    const again = `${out}-again`;
    await buildContent(content, again, { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'paper-pages' });
    for (const name of ['papers.bib', 'papers.json', join('pagefind', 'shards.json')]) expect(readFileSync(join(again, name), 'utf8')).toBe(readFileSync(join(out, name), 'utf8'));
    const fragments = (dir: string) =>
      files(join(dir, 'pagefind'))
        .filter((f) => f.endsWith('.pf_fragment'))
        .map((f) => gunzipSync(readFileSync(f)).toString('utf8'))
        .sort();
    expect(fragments(again)).toEqual(fragments(out));
    expect(fragments(again).some((t) => t.includes(`"id":"arxiv-${UNTOUCHED}"`))).toBe(true);
  }, 600_000);
});
