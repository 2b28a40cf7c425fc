/**
 * Completing paper files from the arXiv API: the step the import, `npm run add` and
 * `npm run metadata` share. It asks arXiv about many papers per request, politely (the client's pause
 * between requests, a timeout), and merges what arXiv says into the files' text with
 * {@link mergeArxivMetadata}, so only importer fields change. It never fails for network trouble:
 * papers arXiv could not describe keep their text and are reported as still waiting.
 */
import { fetchArxivEntries, type ArxivClientOptions } from '../../net/arxiv-api.ts';
import { mergeArxivMetadata } from './merge-paper.ts';

/** Ids per request for imports: arXiv serves many ids per query, and a digest brings hundreds. */
export const METADATA_BATCH_SIZE = 100;

export interface PaperFileText {
  id: string;
  /** The file's path, for messages. */
  file: string;
  text: string;
}

export interface MetadataOutcome {
  /** The new text of each paper whose file changed, by id. */
  texts: Map<string, string>;
  /** The importer fields that changed, by id. */
  changed: Map<string, string[]>;
  /** Papers arXiv described. */
  described: string[];
  /** Papers arXiv has no record of. */
  notFound: string[];
  /** Papers that still wait for metadata: arXiv could not be reached or refused the request. */
  waiting: string[];
  /** Why some papers are waiting, one line per failed request or run. */
  problems: string[];
  /** Requests made. */
  requests: number;
}

/**
 * Asks arXiv about the given papers and merges the answers into their texts. Every id is asked about
 * once, in batches of {@link METADATA_BATCH_SIZE} unless the client options say otherwise.
 */
export async function completeFromArxiv(papers: readonly PaperFileText[], api: ArxivClientOptions = {}): Promise<MetadataOutcome> {
  const outcome: MetadataOutcome = { texts: new Map(), changed: new Map(), described: [], notFound: [], waiting: [], problems: [], requests: 0 };
  if (papers.length === 0) return outcome;
  const onRequest = api.onRequest;
  const lookup = await fetchArxivEntries(
    papers.map((p) => p.id),
    {
      batchSize: METADATA_BATCH_SIZE,
      ...api,
      onRequest: (ids, request, requests) => {
        outcome.requests++;
        onRequest?.(ids, request, requests);
      },
    },
  );
  const failed = new Set(lookup.failed.flatMap((f) => f.ids));
  const notFound = new Set(lookup.notFound);
  for (const paper of papers) {
    const entry = lookup.entries.get(paper.id);
    if (!entry) {
      if (notFound.has(paper.id)) outcome.notFound.push(paper.id);
      else if (failed.has(paper.id)) outcome.waiting.push(paper.id);
      continue;
    }
    outcome.described.push(paper.id);
    const merged = mergeArxivMetadata(paper.text, paper.file, entry);
    if (merged.changed.length) {
      outcome.texts.set(paper.id, merged.text);
      outcome.changed.set(paper.id, merged.changed);
    }
  }
  outcome.problems = lookup.failed.map((f) => f.reason);
  return outcome;
}

/** The lines a command prints about the metadata step (empty when nothing was asked). */
export function formatMetadataOutcome(outcome: MetadataOutcome, retry: string): string[] {
  const lines: string[] = [];
  const asked = outcome.described.length + outcome.notFound.length + outcome.waiting.length;
  if (asked === 0) return lines;
  lines.push(`arXiv metadata: ${outcome.described.length} of ${asked} paper${asked === 1 ? '' : 's'} described (${outcome.requests} request${outcome.requests === 1 ? '' : 's'})`);
  for (const problem of [...new Set(outcome.problems)]) lines.push(`warning: ${problem}`);
  if (outcome.notFound.length) lines.push(`  arXiv has no record of: ${outcome.notFound.slice(0, 8).join(', ')}${outcome.notFound.length > 8 ? ` and ${outcome.notFound.length - 8} more` : ''}`);
  if (outcome.waiting.length) {
    lines.push(`${outcome.waiting.length} paper${outcome.waiting.length === 1 ? ' still waits' : 's still wait'} for metadata (authors, full abstract, dates); ${retry}`);
  }
  return lines;
}
