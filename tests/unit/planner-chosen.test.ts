/**
 * The planner with votes as lists of members and the group's `onlyChosenPapers`: only chosen papers
 * are planned (other places stay open), and presenters get a paper they voted for when that is fair.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupSchema, type Group } from '../../src/schemas/group.ts';
import type { PaperStatus } from '../../src/schemas/paper.ts';
import type { PlannerPaper } from '../../src/domain/planner/paper-order.ts';
import { pairByVotes, planSessions, type PlanInput } from '../../src/domain/planner/plan.ts';
import { apply } from '../helpers/planner.ts';

function group(overrides: Record<string, unknown> = {}): Group {
  return groupSchema.parse({
    name: 'Test group',
    timezone: 'Europe/Berlin',
    meeting: { weekday: 'thursday', time: '16:00' },
    papersPerSession: 2,
    members: [{ id: 'ann' }, { id: 'ben' }, { id: 'cat' }].map((m) => ({ ...m, name: m.id.toUpperCase() })),
    ...overrides,
  });
}

function paper(n: number, status: PaperStatus, voters?: string[], votes = voters?.length ?? 0): PlannerPaper {
  return { id: `2401.${String(n).padStart(5, '0')}`, status, votes, added: `2026-01-${String(n).padStart(2, '0')}`, ...(voters ? { voters } : {}) };
}

const table = (input: PlanInput) => planSessions(input).decisions.map((d) => [d.session.date, d.session.papers.map((p) => `${p.id}:${p.presenter ?? '-'}`)]);

describe('onlyChosenPapers', () => {
  it('is off by default: the other places are filled with the oldest candidates', () => {
    expect(group().onlyChosenPapers).toBe(false);
    const plan = planSessions({ group: group(), papers: [paper(1, 'candidate'), paper(2, 'candidate'), paper(3, 'shortlisted')], sessions: [], today: '2026-11-24', weeks: 2 });
    expect(plan.decisions.flatMap((d) => d.session.papers.map((p) => p.id))).toEqual(['2401.00003', '2401.00001', '2401.00002']);
  });

  it('plans only shortlisted papers and papers with a vote, and leaves the other places open', () => {
    const papers = [paper(1, 'candidate'), paper(2, 'candidate', ['ben']), paper(3, 'shortlisted'), paper(4, 'candidate', undefined, 2), paper(5, 'candidate')];
    const input: PlanInput = { group: group({ onlyChosenPapers: true }), papers, sessions: [], today: '2026-11-24', weeks: 3 };
    const plan = planSessions(input);
    expect(plan.decisions.map((d) => [d.session.date, d.session.papers.map((p) => p.id)])).toEqual([
      ['2026-11-26', ['2401.00003', '2401.00004']],
      ['2026-12-03', ['2401.00002']],
      ['2026-12-10', []],
    ]);
    expect(plan.warnings).toEqual([
      { date: '2026-12-03', message: '1 of 2 places left to be chosen: no other paper is shortlisted or voted for' },
      { date: '2026-12-10', message: '2 of 2 places left to be chosen: no other paper is shortlisted or voted for' },
    ]);
    expect(plan.statusChanges.map((c) => c.id)).toEqual(['2401.00002', '2401.00003', '2401.00004']);
  });

  it('fills an open place once a paper is shortlisted, and changes nothing else', () => {
    const g = group({ onlyChosenPapers: true });
    const first: PlanInput = { group: g, papers: [paper(1, 'shortlisted'), paper(2, 'candidate'), paper(3, 'candidate')], sessions: [], today: '2026-11-24', weeks: 2 };
    const after = apply(first, planSessions(first));
    const later = { ...after, papers: after.papers.map((p) => (p.id === '2401.00002' ? { ...p, status: 'shortlisted' as const } : p)) };
    const plan = planSessions(later);
    expect(plan.decisions.map((d) => [d.action, d.session.date, d.session.papers.map((p) => p.id)])).toEqual([
      ['update', '2026-11-26', ['2401.00001', '2401.00002']],
      ['keep', '2026-12-03', []],
    ]);
    // Planning its own output again changes nothing.
    expect(planSessions(apply(later, plan)).decisions.every((d) => d.action === 'keep')).toBe(true);
  });
});

describe('presenters and their votes', () => {
  it('pairs the session’s presenters with papers they voted for', () => {
    // Ann and Ben are due (in group.yaml order); Ann voted for the second paper, Ben for the first.
    const papers = [paper(1, 'shortlisted', ['ben']), paper(2, 'shortlisted', ['ann'])];
    expect(table({ group: group(), papers, sessions: [], today: '2026-11-24', weeks: 1 })).toEqual([['2026-11-26', ['2401.00001:ben', '2401.00002:ann']]]);
  });

  it('prefers a voter only between members equally due: the rotation decides who presents', () => {
    // Cat voted, but has presented more than Ann and Ben: she does not present this time.
    const past = { date: '2026-11-19', status: 'done' as const, papers: [{ id: '2301.00001', presenter: 'cat' }], owner: 'people' as const, restore: {} };
    const papers = [paper(1, 'shortlisted', ['cat']), paper(2, 'shortlisted')];
    expect(table({ group: group(), papers, sessions: [past], today: '2026-11-24', weeks: 1 })).toEqual([['2026-11-26', ['2401.00001:ann', '2401.00002:ben']]]);
    // Nobody has presented: all are equally due, and Cat, who voted for a paper, is picked first.
    expect(table({ group: group(), papers: [paper(1, 'shortlisted', ['cat'])], sessions: [], today: '2026-11-24', weeks: 1 })).toEqual([['2026-11-26', ['2401.00001:cat']]]);
  });

  it('pairByVotes finds the most matches, and keeps the order when nobody voted', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(pairByVotes(items, ['x', 'y', 'z'], new Map())).toEqual(['x', 'y', 'z']);
    // x likes a and b, y likes only a: greedy x→a would leave y without; the matching gives y a.
    expect(
      pairByVotes(
        items,
        ['x', 'y', 'z'],
        new Map([
          ['a', ['x', 'y']],
          ['b', ['x']],
        ]),
      ),
    ).toEqual(['y', 'x', 'z']);
    expect(pairByVotes(items, ['x'], new Map([['c', ['x']]]))).toEqual([undefined, undefined, 'x']);
  });
});

describe('properties with voters and onlyChosenPapers', () => {
  const members = ['m0', 'm1', 'm2', 'm3', 'm4'];
  const inputArb = fc
    .record({
      only: fc.boolean(),
      perSession: fc.integer({ min: 1, max: 3 }),
      weeks: fc.integer({ min: 1, max: 10 }),
      papers: fc.array(fc.record({ status: fc.constantFrom<PaperStatus>('candidate', 'candidate', 'shortlisted', 'discussed'), voters: fc.subarray(members) }), { maxLength: 25 }),
    })
    .map((r): PlanInput => ({
      group: group({ onlyChosenPapers: r.only, papersPerSession: r.perSession, members: members.map((id) => ({ id, name: id })) }),
      papers: r.papers.map((p, i) => paper(i + 1, p.status, p.voters)),
      sessions: [],
      today: '2026-11-24',
      weeks: r.weeks,
    }));

  it('plans only chosen papers when asked, keeps presentations within one of each other, and is idempotent', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planSessions(input);
        const byId = new Map(input.papers.map((p) => [p.id, p]));
        const items = plan.decisions.flatMap((d) => d.session.papers);
        if (input.group.onlyChosenPapers) {
          for (const item of items) expect(byId.get(item.id)!.status === 'shortlisted' || byId.get(item.id)!.votes > 0).toBe(true);
          expect(plan.decisions.map((d) => d.session.date)).toHaveLength(input.weeks);
        }
        for (const d of plan.decisions) expect(d.session.papers.length).toBeLessThanOrEqual(input.group.papersPerSession);
        const counts = members.map((m) => items.filter((p) => p.presenter === m).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        expect(planSessions(apply(input, plan)).decisions.every((d) => d.action === 'keep')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
