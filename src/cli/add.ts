/**
 * `npm run add`: papers that are not in a digest, by arXiv id or link, or from a BibTeX file.
 */
import { defineCommand } from 'citty';
import { UserError } from '../domain/errors.ts';
import { addPapers, formatAddReport, type AddOptions } from '../files/import/add-papers.ts';
import { arxivProgress } from './arxiv-progress.ts';
import { contentPaths } from '../files/content-paths.ts';
import { loadGroupIfAny } from '../files/load-group.ts';
import { todayIn } from '../domain/dates.ts';
import { contentArg, dryRunArg, parseToday, todayArg } from './args.ts';
import { renderHelp, runCommandLine } from './command.ts';
import { withContentLock } from '../files/content-lock.ts';

export const addCommand = defineCommand({
  meta: {
    name: 'add',
    description: 'Add papers that are not in a digest, by arXiv id or link, or from a BibTeX file.',
    usage: ['<arXiv id or link>... [options]', '--bibtex <file> [options]'],
    notes: `Title, authors, abstract and categories come from the arXiv API (one request per 20 papers, 3 s apart).
Offline, each paper still gets its page with the id and arXiv links; run the same command again later
to fill in the details. Papers that already have a file are merged as the digest import merges them:
your status, tags, votes and notes are never touched.

Environment:
  ARXIV_API_URL       the API's query address (default http://export.arxiv.org/api/query)`,
    examples: ['npm run add -- 2404.01399 https://arxiv.org/abs/2401.18018v2', 'npm run add -- --bibtex refs.bib --dry-run'],
  },
  args: {
    papers: {
      type: 'positional',
      multiple: true,
      required: false,
      valueHint: 'arXiv id or link',
      description: 'an arXiv id (2404.01399, hep-th/9901001), an abs or pdf link, an arXiv: id or an arXiv DOI',
    },
    bibtex: { type: 'string', multiple: true, valueHint: 'file', description: 'add the arXiv papers of a BibTeX file (repeatable); other entries are listed as skipped' },
    'dry-run': dryRunArg,
    offline: { type: 'boolean', description: 'do not contact arXiv: use the BibTeX fields, else write a page titled arXiv:<id> that a later run completes' },
    today: todayArg('the date to record'),
    content: contentArg,
  },
});

if (import.meta.main) {
  await runCommandLine(addCommand, async (values) => {
    if (values.papers.length === 0 && values.bibtex.length === 0) throw new UserError(`give at least one arXiv id or link, or --bibtex <file>\n\n${renderHelp(addCommand)}`, 2);
    const paths = contentPaths(values.content);
    const group = loadGroupIfAny(paths.group);
    const timezone = group?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const dryRun = values['dry-run'];
    const options: AddOptions = {
      ...(group ? { locale: group.locale } : {}),
      inputs: values.papers,
      bibtex: values.bibtex,
      contentDir: values.content,
      today: values.today ? parseToday(values.today) : todayIn(timezone),
      dryRun,
      offline: values.offline,
      api: { onRequest: arxivProgress },
    };
    const report = await withContentLock(values.content, 'add', () => addPapers(options), { dryRun });
    console.log(formatAddReport(report, dryRun));
    const refused = report.arxivProblems.some((p) => !p.unavailable);
    return report.notFound.length > 0 || refused ? 1 : 0;
  });
}
