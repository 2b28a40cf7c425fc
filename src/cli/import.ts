/**
 * `npm run import`: digests into paper files (src/files/import/), then the model's starter questions.
 */
import { defineCommand } from 'citty';
import { runImport, type ImportOptions } from '../files/import/run-import.ts';
import { downloadLimitsFromEnv, ENV_MAX_BYTES, ENV_DIGEST_TIMEOUT } from '../net/fetch-digest.ts';
import { withContentLock } from '../files/content-lock.ts';
import { formatImportReport } from '../files/import/format-report.ts';
import { contentPaths } from '../files/content-paths.ts';
import { loadGroupIfAny } from '../files/load-group.ts';
import { todayIn } from '../domain/dates.ts';
import { contentArg, dryRunArg, parseRefs, parseRegex, parseToday, todayArg } from './args.ts';
import { runCommandLine } from './command.ts';
import { arxivProgress } from './arxiv-progress.ts';
import { endpointFromEnv, ENV_BASE, ENV_MODEL } from '../net/llm-client.ts';
import { formatModelSummary, writeModelQuestions } from '../files/questions/run-questions.ts';

export const importCommand = defineCommand({
  meta: {
    name: 'import',
    description: 'Import arXiv digests into content/papers/.',
    notes: `New and updated papers are completed from the arXiv API (100 papers per request, 3 s apart, 30 s
timeout); when arXiv cannot be reached the import still writes every paper and says how many wait.
  ARXIV_API_URL       the API's query address (default http://export.arxiv.org/api/query)

Starter questions: the offline generator writes them; with ${ENV_BASE} and ${ENV_MODEL} set (see
npm run questions -- --help), the model is then asked for the new papers' questions, each checked
before it is written, and a paper it fails keeps the offline ones.

Downloads: http(s) only, text/markdown or text/plain (or unlabelled) UTF-8 text, at most 5 redirects.
  ${ENV_DIGEST_TIMEOUT}   deadline for a whole download (default 30000)
  ${ENV_MAX_BYTES}    the largest digest accepted (default 20971520, 20 MB)`,
    examples: ['npm run import -- ~/Downloads/cs.CL.md', 'npm run import -- https://example.org/cs.AI.md --match "safety|alignment"', 'npm run import -- digest.md --only 1,4,7 --dry-run'],
  },
  args: {
    digests: { type: 'positional', multiple: true, valueHint: 'digest file or URL', description: 'a digest file, or its http(s) address' },
    'dry-run': dryRunArg,
    match: { type: 'string', valueHint: 'regex', description: 'keep papers whose titles, summaries or abstracts match (case-insensitive)' },
    only: { type: 'string', valueHint: 'refs', description: 'keep these entries, e.g. --only 1,4,7 or --only 3-9' },
    strict: { type: 'boolean', description: 'stop at the first unreadable entry instead of skipping it' },
    offline: { type: 'boolean', description: 'ask neither arXiv (authors, full abstracts, dates; npm run metadata can later)\nnor a language model' },
    today: todayArg('the import date to record'),
    content: contentArg,
  },
});

if (import.meta.main) {
  await runCommandLine(importCommand, async (values) => {
    const paths = contentPaths(values.content);
    const group = loadGroupIfAny(paths.group);
    const timezone = group?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const dryRun = values['dry-run'];
    const options: ImportOptions = {
      ...downloadLimitsFromEnv(),
      inputs: values.digests,
      contentDir: values.content,
      today: values.today ? parseToday(values.today) : todayIn(timezone),
      dryRun,
      strict: values.strict,
      arxiv: values.offline ? false : { onRequest: arxivProgress },
      ...(group ? { locale: group.locale } : {}),
      ...(values.match ? { match: parseRegex(values.match) } : {}),
      ...(values.only ? { only: parseRefs(values.only) } : {}),
    };
    // The model is asked after the import has written every paper, under the same lock: a model that
    // fails costs no paper, and each paper's questions are written as soon as they pass the checks.
    const endpoint = values.offline || dryRun ? undefined : endpointFromEnv();
    // A dry run writes nothing, so it needs no lock.
    await withContentLock(
      values.content,
      'import',
      async () => {
        const report = await runImport(options);
        console.log(formatImportReport(report, dryRun));
        if (!endpoint || report.added.length === 0) return;
        process.stderr.write(`Asking ${endpoint.model} for the starter questions of ${report.added.length} new paper${report.added.length === 1 ? '' : 's'}…\n`);
        const questions = await writeModelQuestions({ contentDir: values.content, ids: report.added, endpoint, locale: group?.locale ?? 'en', today: options.today });
        console.log(formatModelSummary(questions));
      },
      { dryRun },
    );
    return 0;
  });
}
