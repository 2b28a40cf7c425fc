/**
 * The search index of a group that imports whole digests: papers without a page are indexed fifty to
 * an index page, each under a heading named by its arXiv id, and the search page shows each match as
 * a result of its own linking to arXiv; bundles follow the month of import and are cut by size, in an
 * order that an unchanged month keeps.
 */
import { describe, expect, it } from 'vitest';
import { ARCHIVED_PER_PAGE, planShards, SHARD_CHARACTERS, type ShardedPaper } from '../../src/site/integrations/search-shards.ts';
import { archivedPaperHtml, archivedPapersPage, type SearchLabels, type SearchRecord } from '../../src/render/search-records.ts';
import { archivedAnchor, archivedPaperId } from '../../src/render/archived-anchor.ts';
import { hitsOf } from '../../src/scripts/search-page.ts';
import { scanWorkerHeapMb } from '../../src/site/integrations/search-index.ts';

const labels: SearchLabels = { papers: 'Papers', sessions: 'Schedule', status: { candidate: 'Candidate' } };

function record(id: string, characters = 100): SearchRecord {
  return { url: `/papers/${id}/`, content: 'x'.repeat(characters), language: 'en', meta: { title: id }, filters: { type: ['Papers'] } };
}

const archived = (id: string, added: string): ShardedPaper => ({
  id,
  added,
  archived: archivedPaperHtml({ id, title: `Title of ${id}`, summaryEn: 'A one-line summary.', authors: ['Ada Lovelace'] }),
});
const withPage = (id: string, added: string, characters = 100): ShardedPaper => ({ id, added, page: record(id, characters) });

describe('archived papers in the search index', () => {
  it('an index page holds each paper under a heading whose anchor names it, its text escaped', () => {
    const page = archivedPapersPage([archivedPaperHtml({ id: 'hep-th/9901001', title: 'Strings <b>&</b> $\\alpha$', titleZh: '弦理论', authors: ['A. B.'] })], '/search/archived/1999-01/1/', labels);
    expect(page.content).toContain('<h2 id="arxiv-hep-th/9901001">');
    expect(page.content).toContain('Strings &lt;b&gt;&amp;&lt;/b&gt;');
    expect(page.content).not.toContain('<b>');
    expect(page.content).toContain('弦 理论');
    expect(page.content).toContain('data-pagefind-meta="archived:1"');
    expect(page.content).toContain('data-pagefind-filter="status:Candidate"');
  });

  it('an anchor gives its arXiv id back, any other URL none', () => {
    for (const id of ['2401.10000', 'hep-th/9901001', '2401.10000v2']) expect(archivedPaperId(`/search/archived/2024-01/1/#${archivedAnchor(id)}`)).toBe(id);
    expect(archivedPaperId('/papers/2401.10000/')).toBeUndefined();
    expect(archivedPaperId('/search/archived/1/#arxiv-"><script>')).toBeUndefined();
    expect(archivedPaperId('/x/#arxiv-%E0%A4%A')).toBeUndefined();
  });

  it('the search page shows each matched paper of an index page as a result linking to arXiv', () => {
    const hits = hitsOf(
      {
        url: '/search/archived/2024-01/1/',
        excerpt: 'whole page',
        meta: { archived: '1', title: 'Papers' },
        sub_results: [
          { url: '/search/archived/2024-01/1/#arxiv-2401.10000', title: 'First', excerpt: 'about <mark>graphs</mark>' },
          { url: '/search/archived/2024-01/1/#arxiv-2401.10007', title: 'Second', excerpt: 'more <mark>graphs</mark>' },
          { url: '/search/archived/2024-01/1/', title: 'Papers', excerpt: 'the page itself' },
        ],
      },
      'Candidate',
    );
    expect(hits).toEqual([
      { url: 'https://arxiv.org/abs/2401.10000', title: 'First', status: 'Candidate', excerpt: 'about <mark>graphs</mark>' },
      { url: 'https://arxiv.org/abs/2401.10007', title: 'Second', status: 'Candidate', excerpt: 'more <mark>graphs</mark>' },
    ]);
    const own = hitsOf({ url: '/papers/2401.1/', excerpt: 'e', meta: { title: 'T', status: 'Shortlisted' } });
    expect(own).toEqual([{ url: '/papers/2401.1/', title: 'T', status: 'Shortlisted', excerpt: 'e' }]);
  });
});

describe('search shards', () => {
  it('one bundle per month of import, newest first, sessions last; fifty archived papers to an index page', () => {
    const papers = [withPage('2403.1', '2024-03-02'), ...Array.from({ length: ARCHIVED_PER_PAGE + 1 }, (_, i) => archived(`2401.${100 + i}`, '2024-01-15')), withPage('2401.9', '2024-01-03')];
    const shards = planShards(papers, [record('session')], '/', labels);
    expect(shards.map((s) => s.key)).toEqual(['2024-03', '2024-01', 'sessions']);
    const january = shards[1]!.items;
    expect(january).toHaveLength(3);
    expect('record' in january[0]! && january[0].record.url).toBe('/papers/2401.9/');
    expect(january.slice(1).map((item) => 'html' in item && item.html.url)).toEqual(['/search/archived/2024-01/1/', '/search/archived/2024-01/2/']);
  });

  it('a month with more text than a bundle should hold is cut into parts, each under the limit', () => {
    const big = SHARD_CHARACTERS / 4;
    const papers = Array.from({ length: 10 }, (_, i) => withPage(`2402.${i}`, '2024-02-10', big));
    const shards = planShards(papers, [], '/', labels);
    expect(shards.map((s) => s.key)).toEqual(['2024-02', '2024-02.2', '2024-02.3']);
    for (const shard of shards) expect(shard.items.reduce((sum, item) => sum + ('record' in item ? item.record.content.length : 0), 0)).toBeLessThanOrEqual(SHARD_CHARACTERS);
  });

  it('the plan depends on the papers, not on the order the files were read in', () => {
    const papers = [withPage('2403.1', '2024-03-02'), archived('2401.7', '2024-01-15'), archived('2401.3', '2024-01-20'), withPage('2401.9', '2024-01-03')];
    expect(planShards([...papers].reverse(), [], '/', labels)).toEqual(planShards(papers, [], '/', labels));
  });
});

describe("the scan worker's memory", () => {
  it('is 512 MB unless SCAN_WORKER_MEMORY_MB says otherwise, and a wrong setting is refused by name', () => {
    expect(scanWorkerHeapMb(undefined)).toBe(512);
    expect(scanWorkerHeapMb('')).toBe(512);
    expect(scanWorkerHeapMb('2048')).toBe(2048);
    for (const wrong of ['1.5', 'lots', '-1', '10']) expect(() => scanWorkerHeapMb(wrong)).toThrow(`SCAN_WORKER_MEMORY_MB: expected a whole number of megabytes, at least 64 (found "${wrong}")`);
  });
});
