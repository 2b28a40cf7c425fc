/**
 * `npm run plan`: fills the coming weeks with sessions (src/domain/planner/, written by src/files/planner/).
 */
import { defineCommand } from 'citty';
import { runPlan, type PlanOptions } from '../files/planner/run-plan.ts';
import { formatPlanSummary, formatPlanTable } from '../files/planner/format-plan.ts';
import { contentArg, parseToday, parseWeeks, todayArg } from './args.ts';
import { runCommandLine } from './command.ts';
import { withContentLock } from '../files/content-lock.ts';

export const planCommand = defineCommand({
  meta: {
    name: 'plan',
    description: 'Plan the next meetings: papers and presenters, written to content/sessions/.',
    notes: 'The planner never changes a session on or before today, nor one a person has edited.',
    examples: ['npm run plan -- --dry-run', 'npm run plan -- --weeks 8 --today 2026-11-24'],
  },
  args: {
    weeks: { type: 'string', valueHint: 'N', default: '8', description: 'how many meeting dates to fill' },
    today: todayArg('plan after this day'),
    'dry-run': { type: 'boolean', description: 'print the plan as a table; write nothing' },
    content: contentArg,
  },
});

if (import.meta.main) {
  await runCommandLine(planCommand, async (values) => {
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
}
