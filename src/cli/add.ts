/**
 * npm run add -- <arXiv id or URL>... [--bibtex refs.bib] [--dry-run] [--offline] [--today YYYY-MM-DD] [--content <dir>]
 */
import { existsSync } from 'node:fs';
import { runCommand, UserError } from '../lib/errors.ts';
import { addPapers, formatAddReport, type AddOptions } from '../lib/import/add-papers.ts';
import { arxivProgress } from './arxiv-progress.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { loadGroup } from '../lib/load-group.ts';
import { todayIn } from '../lib/dates.ts';
import { parseToday, parseCommand } from './args.ts';
import { withContentLock } from '../lib/content-lock.ts';

const HELP = `Add papers that are not in a digest, by arXiv id or link, or from a BibTeX file.

Usage: npm run add -- <arXiv id or link>... [options]

Title, authors, abstract and categories come from the arXiv API (one request per 20 papers, 3 s apart).
Offline, each paper still gets its page with the id and arXiv links; run the same command again later
to fill in the details. Papers that already have a file are merged as the digest import merges them:
your status, tags, votes and notes are never touched.

Options:
  --bibtex <file>     add the arXiv papers of a BibTeX file (repeatable); other entries are listed as skipped
  --dry-run           show what would change; write nothing
  --offline           do not contact arXiv (BibTeX fields or placeholder pages only)
  --today YYYY-MM-DD  the date to record (default: today in the group's time zone)
  --content <dir>     the content folder (default: content)
  -h, --help          show this help

Environment:
  ARXIV_API_URL       the API's query address (default http://export.arxiv.org/api/query)

Examples:
  npm run add -- 2404.01399 https://arxiv.org/abs/2401.18018v2
  npm run add -- --bibtex refs.bib --dry-run`;

await runCommand(async () => {
  const parsed = parseCommand(
    HELP,
    {
      bibtex: { type: 'string', multiple: true, default: [] },
      'dry-run': { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      today: { type: 'string' },
      content: { type: 'string', default: 'content' },
    },
    true,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0 && values.bibtex.length === 0) throw new UserError(`give at least one arXiv id or link, or --bibtex <file>\n\n${HELP}`, 2);
  const paths = contentPaths(values.content);
  const group = existsSync(paths.group) ? loadGroup(paths.group) : undefined;
  const timezone = group?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const dryRun = values['dry-run'];
  const options: AddOptions = {
    ...(group ? { locale: group.locale } : {}),
    inputs: positionals,
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
