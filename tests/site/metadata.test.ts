/**
 * Once arXiv's metadata has arrived (here through `npm run metadata` against a fake arXiv API on
 * 127.0.0.1), every list, paper page, handout and export shows the authors, and the paper page its
 * dates, comment and DOI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContent, demoContent } from '../helpers/build-site.ts';
import { runCli } from '../helpers/cli.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { startFakeArxiv, syntheticFeed, type FakeArxiv, type SyntheticPaper } from '../unit/arxiv-api-server.ts';

const AUTHORS = ['Alice Zhang', 'Bruno Keller', 'Chen Li', 'Dana de la Cruz'];
let server: FakeArxiv;
let out: string;
let content: string;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-metadata-'));
  content = join(work, 'content');
  cpSync(await demoContent(), content, { recursive: true });
  const titles = new Map(
    readdirSync(join(content, 'papers')).map((name) => {
      const { data } = readFrontmatter(readFileSync(join(content, 'papers', name), 'utf8'), name);
      return [String(data.id), { title: String(data.title), abstract: String(data.abstract) }];
    }),
  );
  const describe = (id: string): SyntheticPaper | undefined => {
    const known = titles.get(id);
    return (
      known && {
        id,
        title: known.title,
        abstract: known.abstract,
        authors: AUTHORS,
        categories: ['cs.CL'],
        published: '2024-02-22T10:00:00Z',
        updated: '2024-03-01T10:00:00Z',
        comment: 'Accepted at ACL 2024; 12 pages',
        doi: `10.18653/v1/${id}`,
      }
    );
  };
  server = await startFakeArxiv((url) => ({ body: syntheticFeed((url.searchParams.get('id_list') ?? '').split(','), describe) }));
  const filled = await runCli('metadata', ['--content', content], { ARXIV_API_URL: server.url });
  expect(filled.stdout).toContain(`arXiv metadata: ${titles.size} of ${titles.size} papers described (1 request)`);
  out = join(work, 'dist');
  await buildContent(content, out, { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'metadata' });
}, 600_000);

afterAll(() => server?.close());

const page = (path: string) => readFileSync(join(out, path), 'utf8');

describe('a site whose papers arXiv has described', () => {
  it('lists papers with their authors in short form', () => {
    expect(page('papers/index.html')).toContain('A. Zhang, B. Keller et al.');
    expect(page('index.html')).toContain('A. Zhang, B. Keller et al.');
  });

  it('shows every author, the dates, the comment and the DOI on the paper page, with citation tags', () => {
    const html = page('papers/2402.14776/index.html');
    expect(html).toContain('Alice Zhang, Bruno Keller, Chen Li, Dana de la Cruz');
    expect(html).toMatch(/Submitted<\/dt><dd><time datetime="2024-02-22">/);
    expect(html).toMatch(/Updated<\/dt><dd><time datetime="2024-03-01">/);
    expect(html).toContain('Accepted at ACL 2024; 12 pages');
    expect(html).toContain('href="https://doi.org/10.18653/v1/2402.14776"');
    for (const author of AUTHORS) expect(html).toContain(`<meta name="citation_author" content="${author}">`);
    expect(html).toContain('<meta name="citation_date" content="2024/02/22">');
  });

  it('puts the authors on the handout', () => {
    const session = readdirSync(join(content, 'sessions'))
      .map((n) => n.replace(/\.md$/, ''))
      .find((date) => date > '2026-11-24')!;
    expect(page(`sessions/${session}/index.html`)).toContain('A. Zhang, B. Keller et al.');
  });

  it('exports the authors to BibTeX and CSL-JSON', () => {
    expect(page('papers.bib')).toContain('author = {Alice Zhang and Bruno Keller and Chen Li and Dana de la Cruz}');
    const items = JSON.parse(page('papers.json')) as { author?: unknown[] }[];
    expect(
      items.every(
        (item) =>
          JSON.stringify(item.author) ===
          JSON.stringify([
            { family: 'Zhang', given: 'Alice' },
            { family: 'Keller', given: 'Bruno' },
            { family: 'Li', given: 'Chen' },
            { family: 'de la Cruz', given: 'Dana' },
          ]),
      ),
    ).toBe(true);
  });
});
