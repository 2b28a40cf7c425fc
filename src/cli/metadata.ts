/**
 * `npm run metadata`: completes paper files from the arXiv API.
 */
import { defineCommand } from 'citty';
import { withContentLock } from '../files/content-lock.ts';
import { formatMetadataOutcome } from '../files/import/arxiv-metadata.ts';
import { runMetadata } from '../files/import/run-metadata.ts';
import { displayPath } from '../files/display-path.ts';
import { contentPaths } from '../files/content-paths.ts';
import { loadGroupIfAny } from '../files/load-group.ts';
import { contentArg, dryRunArg } from './args.ts';
import { runCommandLine } from './command.ts';
import { arxivProgress } from './arxiv-progress.ts';

export const metadataCommand = defineCommand({
  meta: {
    name: 'metadata',
    description: `Complete paper files from the arXiv API: authors, the full abstract, submitted and updated
dates, the comment (pages, venue), journal reference, DOI and primary category.`,
    notes: `Without ids it asks about every paper that still waits for metadata (imported offline, or while
arXiv could not be reached). Only these importer fields change, and the starter questions of a paper
whose cut abstract is now whole, when they are still exactly the offline generator's (none edited, none
a model's): they are written again from the whole abstract. Your status, tags, votes, notes and your
own or edited questions are never touched. 100 papers per request, 3 s apart, 30 s timeout.

Environment:
  ARXIV_API_URL       the API's query address (default http://export.arxiv.org/api/query)`,
    examples: ['npm run metadata', 'npm run metadata -- 2404.01399 --refresh'],
  },
  args: {
    ids: { type: 'positional', multiple: true, required: false, valueHint: 'arXiv id', description: 'only these papers (default: every paper that still waits)' },
    refresh: { type: 'boolean', description: 'ask again about papers that already have metadata (all, or the ids given)' },
    'dry-run': dryRunArg,
    content: contentArg,
  },
});

if (import.meta.main) {
  await runCommandLine(metadataCommand, async (values) => {
    const dryRun = values['dry-run'];
    const report = await withContentLock(
      values.content,
      'metadata',
      () => {
        const locale = loadGroupIfAny(contentPaths(values.content).group)?.locale;
        return runMetadata({ ids: values.ids, refresh: values.refresh, dryRun, contentDir: values.content, api: { onRequest: arxivProgress }, ...(locale ? { locale } : {}) });
      },
      { dryRun },
    );
    const lines = formatMetadataOutcome(report.outcome, 'run npm run metadata again later');
    if (report.asked.length === 0) lines.push(`Every paper already has its arXiv metadata (${report.complete}); --refresh asks again.`);
    const rewritten = report.questionsRewritten.length;
    if (rewritten) {
      const ids = report.questionsRewritten.slice(0, 8).join(', ') + (rewritten > 8 ? ` and ${rewritten - 8} more` : '');
      lines.push(`Starter questions ${dryRun ? 'would be ' : ''}written again from the whole abstract for ${rewritten} paper${rewritten === 1 ? '' : 's'} (${ids}).`);
    }
    const files = report.writes.length;
    lines.push(
      dryRun
        ? `Dry run: ${files} file${files === 1 ? '' : 's'} would be written; nothing was changed.`
        : `${files} file${files === 1 ? '' : 's'} written under ${displayPath(contentPaths(values.content).papers)}.`,
    );
    console.log(lines.join('\n'));
    return report.outcome.waiting.length || report.outcome.notFound.length ? 1 : 0;
  });
}
