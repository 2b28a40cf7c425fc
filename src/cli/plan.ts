/**
 * npm run plan -- [--weeks N] [--today YYYY-MM-DD] [--dry-run] [--content <dir>]
 */
import { runCommand, UserError } from '../lib/errors.ts';
import { runPlan, type PlanOptions } from '../lib/planner/run-plan.ts';
import { formatPlanSummary, formatPlanTable } from '../lib/planner/format-plan.ts';
import { parseToday, parseCommand } from './args.ts';
import { withContentLock } from '../lib/content-lock.ts';

const HELP = `Plan the next meetings: papers and presenters, written to content/sessions/.

Usage: npm run plan -- [options]

Options:
  --weeks N           how many meeting dates to fill (default 8)
  --today YYYY-MM-DD  plan after this day (default: today in the group's time zone)
  --dry-run           print the plan as a table; write nothing
  --content <dir>     the content folder (default: content)
  -h, --help          show this help

The planner never changes a session on or before today, nor one a person has edited.

Examples:
  npm run plan -- --dry-run
  npm run plan -- --weeks 8 --today 2026-11-24`;

function parseWeeks(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 520) {
    throw new UserError(`--weeks: expected a whole number of meetings from 1 to 520, e.g. --weeks 8 (found "${text}")`, 2);
  }
  return Number(text);
}

await runCommand(async () => {
  const parsed = parseCommand(HELP, {
    weeks: { type: 'string', default: '8' },
    today: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  });
  if (!parsed) return 0;
  const { values } = parsed;
  const dryRun = values['dry-run'];
  const options: PlanOptions = {
    contentDir: values.content,
    weeks: parseWeeks(values.weeks),
    ...(values.today ? { today: parseToday(values.today) } : {}),
    dryRun,
  };
  const report = await withContentLock(values.content, 'plan', () => runPlan(options), { dryRun });
  console.log(`${formatPlanTable(report)}\n\n${formatPlanSummary(report, dryRun)}`);
  return 0;
});
