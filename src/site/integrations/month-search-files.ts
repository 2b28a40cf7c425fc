/**
 * The files through which the build's scan (build-worker.ts) hands each month's papers to the search
 * worker (search-worker.ts), one JSON line per paper, so that neither holds a year of papers at once:
 * a month's papers with a page, whole ({@link pageLine}), and the index text of its other papers
 * ({@link archivedLine}).
 */
import type { PaperData } from '../../schemas/paper.ts';
import { archivedPaperHtml } from '../../render/search-records.ts';
import { scanFileLines } from './scan-files.ts';
import type { ShardedPaper } from './search-shards.ts';

/** A paper with a page as its month's file holds it until its search record is made: one JSON line. */
export const pageLine = (added: string, paper: PaperData, body: string) => JSON.stringify([added, paper, body]);

/** The papers with a page of a month's file ({@link pageLine}), a line at a time. */
export async function* readPages(file: string): AsyncGenerator<{ added: string; paper: PaperData; body: string }> {
  for await (const line of scanFileLines(file, 'papers with a page of a month')) {
    const [added, paper, body] = JSON.parse(line) as [string, PaperData, string];
    yield { added, paper, body };
  }
}

/** A paper without a page as its month's index file holds it: one JSON line, `[id, index html]`. */
export const archivedLine = (paper: PaperData) => JSON.stringify([paper.id, archivedPaperHtml(paper)]);

/** The papers without a page of a month's index file ({@link archivedLine}), read a line at a time. */
export async function readArchived(file: string, month: string): Promise<ShardedPaper[]> {
  const papers: ShardedPaper[] = [];
  for await (const line of scanFileLines(file, 'index text of a month')) {
    const [id, archived] = JSON.parse(line) as [string, string];
    papers.push({ added: month, id, archived });
  }
  return papers;
}
