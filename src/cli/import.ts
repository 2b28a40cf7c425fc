/**
 * npm run import -- <digest file or URL>... [--dry-run] [--match <regex>] [--only <refs>] [--today YYYY-MM-DD]
 */
import { existsSync } from 'node:fs';
import { runCommand, UserError } from '../lib/errors.ts';
import { runImport } from '../lib/import/run-import.ts';
import { formatImportReport } from '../lib/import/format-report.ts';
import { contentPaths } from '../lib/content-paths.ts';
import { loadGroup } from '../lib/load-group.ts';
import { todayIn } from '../lib/dates.ts';
import { parseRefs, parseRegex, parseToday, parseCommand } from './args.ts';

const HELP = `Import arXiv digests into content/papers/.

Usage: npm run import -- <digest file or http(s) URL>... [options]

Options:
  --dry-run           show what would change; write nothing
  --match <regex>     keep papers whose titles, summaries or abstracts match (case-insensitive)
  --only <refs>       keep these entries, e.g. --only 1,4,7 or --only 3-9
  --strict            stop at the first unreadable entry instead of skipping it
  --today YYYY-MM-DD  the import date to record (default: today in the group's time zone)
  --content <dir>     the content folder (default: content)
  -h, --help          show this help

Examples:
  npm run import -- ~/Downloads/cs.CL.md
  npm run import -- https://example.org/cs.AI.md --match "safety|alignment"
  npm run import -- digest.md --only 1,4,7 --dry-run`;

await runCommand(async () => {
  const parsed = parseCommand(
    HELP,
    {
      'dry-run': { type: 'boolean', default: false },
      match: { type: 'string' },
      only: { type: 'string' },
      strict: { type: 'boolean', default: false },
      today: { type: 'string' },
      content: { type: 'string', default: 'content' },
    },
    true,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UserError(`give at least one digest file or URL\n\n${HELP}`, 2);
  const paths = contentPaths(values.content);
  const group = existsSync(paths.group) ? loadGroup(paths.group) : undefined;
  const timezone = group?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const report = await runImport({
    inputs: positionals,
    contentDir: values.content,
    today: values.today ? parseToday(values.today) : todayIn(timezone),
    dryRun: values['dry-run'],
    strict: values.strict,
    ...(group ? { locale: group.locale } : {}),
    ...(values.match ? { match: parseRegex(values.match) } : {}),
    ...(values.only ? { only: parseRefs(values.only) } : {}),
  });
  console.log(formatImportReport(report, values['dry-run']));
  return 0;
});
