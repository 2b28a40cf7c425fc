/** Test helpers for the planner. */
import type { ExistingSession, Plan, PlanInput } from '../../src/domain/planner/plan.ts';

/** What the files would hold after writing a plan: the planner's sessions and the new paper statuses. */
export function apply(input: PlanInput, plan: Plan): PlanInput {
  const planned = new Map(plan.decisions.map((d) => [d.session.date, d.session]));
  const sessions: ExistingSession[] = [...input.sessions.filter((s) => !planned.has(s.date)), ...plan.decisions.map((d) => ({ ...d.session, owner: 'planner' as const }))];
  const status = new Map(plan.statusChanges.map((c) => [c.id, c.to]));
  return { ...input, sessions, papers: input.papers.map((p) => ({ ...p, status: status.get(p.id) ?? p.status })) };
}
