/**
 * The line the commands that ask arXiv print before each request, on stderr, so that the polite
 * pause between requests is explained.
 */
import { apiBaseUrl } from '../net/arxiv-api.ts';

export function arxivProgress(ids: string[], request: number, requests: number): void {
  process.stderr.write(`Asking arXiv (${apiBaseUrl()}) about ${ids.length} paper${ids.length === 1 ? '' : 's'}${requests > 1 ? ` (request ${request} of ${requests})` : ''}…\n`);
}
