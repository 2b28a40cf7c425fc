/**
 * The build's search worker (src/site/integrations/search-worker.ts) on its own: it builds the
 * Pagefind bundles of the months the scan planned, records them in the scan's cache, and, when what
 * the scan handed it is missing, ends with an error message instead of leaving the build waiting.
 */
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SearchPlan, SearchWorkerMessage } from '../../src/site/integrations/search-worker.ts';
import type { PaperData } from '../../src/schemas/paper.ts';
import { pageLine } from '../../src/site/integrations/month-search-files.ts';

const WORKER = fileURLToPath(new URL('../../src/site/integrations/search-worker.ts', import.meta.url));
const labels = { papers: 'Papers', sessions: 'Sessions', status: { candidate: 'Candidate' } };

function run(plan: SearchPlan): Promise<SearchWorkerMessage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: plan });
    worker.once('message', (message: SearchWorkerMessage) => resolve(message));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`exited with ${code} before a message`)));
  });
}

function planIn(dir: string, toIndex: SearchPlan['toIndex']): SearchPlan {
  return {
    cacheDir: dir,
    base: '/',
    labels,
    toIndex,
    reused: [],
    held: [],
    sessions: [],
    monthsCache: { file: join(dir, 'scan.json'), version: 'test', months: Object.fromEntries(toIndex.map((m) => [m.month, { signature: 'sig' }])) },
  };
}

describe('the search worker', () => {
  it('indexes a month from the file the scan wrote and records its bundle in the scan’s cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-search-worker-'));
    const paper = { id: '2401.00001', title: 'Sparse attention for long documents', status: 'candidate', tags: [], sources: [] } as unknown as PaperData;
    const pages = join(dir, '2024-01-pages');
    writeFileSync(pages, `${pageLine('2024-01-05', paper, '## Notes\n\nWhy sparse attention works.\n')}\n`);
    const message = await run(planIn(dir, [{ month: '2024-01', pages }]));
    expect(message).toMatchObject({ type: 'search', records: 1, rebuilt: 1 });
    if (message.type !== 'search') return;
    expect(message.shards.map((s) => s.key)).toEqual(['2024-01']);
    expect(existsSync(join(message.shards[0]!.dir, 'pagefind-entry.json'))).toBe(true);
    // The month's file is used up, and the cache names the bundle for the next build.
    expect(existsSync(pages)).toBe(false);
    const cache = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8')) as { months: Record<string, { shards: { key: string }[] }> };
    expect(cache.months['2024-01']!.shards.map((s) => s.key)).toEqual(['2024-01']);
  }, 60_000);

  it('ends with an error message, not a hang, when a file the scan wrote is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-search-worker-'));
    const message = await run(planIn(dir, [{ month: '2024-02', pages: join(dir, 'no-such-file') }]));
    expect(message.type).toBe('error');
    if (message.type === 'error') expect(message.message).toMatch(/no-such-file/);
    expect(existsSync(join(dir, 'scan.json'))).toBe(false);
  }, 60_000);
});
