/**
 * What `npm run plan` prints: the plan as a table, then a summary with warnings.
 */
import type { PlanReport } from './run-plan.ts';
import type { SessionPaper } from '../../domain/planner/plan.ts';

const CHANGE_LABEL = { create: 'new', update: 'updated', keep: 'kept' } as const;

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The sessions after `today` as a table: date, time, paper, presenter, title, what changes. */
export function formatPlanTable(report: PlanReport): string {
  const { group, plan, titles } = report;
  const rows: string[][] = [['Date', 'Time', 'Paper', 'Presenter', 'Title', 'Change']];
  const entries = [
    ...plan.decisions.map((d) => ({ date: d.session.date, time: d.session.time, status: d.session.status, title: d.session.title, papers: d.session.papers, change: CHANGE_LABEL[d.action] })),
    ...plan.peoples.map((s) => ({ date: s.date, time: s.time ?? group.meeting.time, status: s.status, title: s.title, papers: s.papers, change: 'left to people' })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const e of entries) {
    const lines: SessionPaper[] = e.papers.length ? e.papers : [{ id: '' }];
    lines.forEach((p, i) => {
      const first = i === 0;
      const title = p.id ? (titles.get(p.id) ?? '') : e.status === 'cancelled' ? `(cancelled${e.title ? `: ${e.title}` : ''})` : '(no papers)';
      rows.push([first ? e.date : '', first ? e.time : '', p.id, p.presenter ?? (p.id ? '—' : ''), cut(title, 48), first ? e.change : '']);
    });
  }
  const heading = `Plan for ${group.name}: ${report.weeks} meeting${report.weeks === 1 ? '' : 's'} after ${report.today} (${group.meeting.weekday}s ${group.meeting.time}, ${group.timezone})`;
  return `${heading}\n\n${rows.length > 1 ? table(rows) : '(no sessions to show)'}`;
}

/** Counts of sessions and papers changed, warnings, and what was (or would be) written. */
export function formatPlanSummary(report: PlanReport, dryRun: boolean): string {
  const { plan } = report;
  const count = (action: string) => plan.decisions.filter((d) => d.action === action).length;
  const scheduled = plan.statusChanges.filter((c) => c.to === 'scheduled').length;
  const restored = plan.statusChanges.length - scheduled;
  const lines = [
    `Sessions: ${count('create')} created, ${count('update')} updated, ${count('keep')} kept, ${plan.peoples.length} left to people.`,
    `Papers: ${scheduled} marked scheduled, ${restored} given back their earlier status.`,
  ];
  if (plan.warnings.length) {
    lines.push('Could not fill:');
    for (const w of plan.warnings) lines.push(`  ${w.date}: ${w.message}`);
  }
  const files = report.writes.length;
  lines.push(
    dryRun
      ? `Dry run: ${files} file${files === 1 ? '' : 's'} would change; nothing written.`
      : files === 0
        ? 'Nothing to change: the plan is up to date.'
        : `Wrote ${files} file${files === 1 ? '' : 's'}.`,
  );
  return lines.join('\n');
}
