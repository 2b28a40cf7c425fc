import { describe, expect, it } from 'vitest';
import { groupSchema, type Group } from '../../src/schemas/group.ts';
import type { PaperStatus } from '../../src/schemas/paper.ts';
import { meetingDates, isMeetingDate } from '../../src/domain/planner/meeting-dates.ts';
import { comparePriority, type PlannerPaper } from '../../src/domain/planner/paper-order.ts';
import { planSessions, type ExistingSession, type Plan, type PlanInput } from '../../src/domain/planner/plan.ts';
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

function papers(count: number, status: PaperStatus = 'candidate'): PlannerPaper[] {
  return Array.from({ length: count }, (_, i) => ({ id: `2401.${String(i + 1).padStart(5, '0')}`, status, votes: 0, added: '2026-01-01' }));
}

const presenters = (plan: Plan) => plan.decisions.flatMap((d) => d.session.papers.map((p) => `${d.session.date} ${p.id} ${p.presenter ?? '-'}`));

describe('meeting dates', () => {
  it('are the group weekday strictly after today, so a meeting today is left alone', () => {
    expect(meetingDates(group(), '2026-11-26', 2)).toEqual(['2026-12-03', '2026-12-10']);
    expect(meetingDates(group(), '2026-11-25', 1)).toEqual(['2026-11-26']);
  });

  it('skip holidays, both ends of a holiday included', () => {
    const g = group({ holidays: [{ from: '2026-12-21', to: '2026-12-31', name: 'Winter break' }, { date: '2027-01-07' }] });
    expect(meetingDates(g, '2026-12-15', 3)).toEqual(['2026-12-17', '2027-01-14', '2027-01-21']);
    expect(isMeetingDate(g, '2026-12-31')).toBe(false);
  });
});

describe('paper priority', () => {
  it('puts shortlisted before candidates, then more votes, then the oldest, then the id', () => {
    const list: PlannerPaper[] = [
      { id: 'c-new', status: 'candidate', votes: 1, added: '2026-02-01' },
      { id: 'c-old', status: 'candidate', votes: 1, added: '2026-01-01' },
      { id: 'c-votes', status: 'candidate', votes: 5, added: '2026-03-01' },
      { id: 's', status: 'shortlisted', votes: 0, added: '2026-03-01' },
      { id: 'c-old-b', status: 'candidate', votes: 1, added: '2026-01-01' },
    ];
    expect([...list].sort(comparePriority).map((p) => p.id)).toEqual(['s', 'c-votes', 'c-old', 'c-old-b', 'c-new']);
  });
});

describe('planning from scratch', () => {
  const input: PlanInput = { group: group(), papers: papers(8), sessions: [], today: '2026-11-24', weeks: 4 };

  it('fills the next N dates with papersPerSession papers each, in priority order', () => {
    const plan = planSessions(input);
    expect(plan.decisions.map((d) => [d.action, d.session.date, d.session.time, d.session.papers.map((p) => p.id)])).toEqual([
      ['create', '2026-11-26', '16:00', ['2401.00001', '2401.00002']],
      ['create', '2026-12-03', '16:00', ['2401.00003', '2401.00004']],
      ['create', '2026-12-10', '16:00', ['2401.00005', '2401.00006']],
      ['create', '2026-12-17', '16:00', ['2401.00007', '2401.00008']],
    ]);
  });

  it('rotates presenters fairly: least presented first, then longest ago, then group order', () => {
    expect(presenters(planSessions(input))).toEqual([
      '2026-11-26 2401.00001 ann',
      '2026-11-26 2401.00002 ben',
      '2026-12-03 2401.00003 cat',
      '2026-12-03 2401.00004 ann',
      '2026-12-10 2401.00005 ben',
      '2026-12-10 2401.00006 cat',
      '2026-12-17 2401.00007 ann',
      '2026-12-17 2401.00008 ben',
    ]);
  });

  it('counts past presentations, so whoever presented least goes first', () => {
    const past: ExistingSession = {
      date: '2026-11-19',
      status: 'done',
      papers: [
        { id: 'x', presenter: 'ann' },
        { id: 'y', presenter: 'ben' },
      ],
      owner: 'people',
      restore: {},
    };
    const plan = planSessions({ ...input, sessions: [past], weeks: 1 });
    expect(plan.decisions[0]!.session.papers.map((p) => p.presenter)).toEqual(['cat', 'ann']);
  });

  it('never gives a presentation to a member who does not present or is away that day', () => {
    const g = group({
      members: [
        { id: 'ann', name: 'Ann', presents: false },
        { id: 'ben', name: 'Ben', away: [{ from: '2026-11-26', to: '2026-12-03' }] },
        { id: 'cat', name: 'Cat' },
        { id: 'dan', name: 'Dan' },
      ],
    });
    const plan = planSessions({ ...input, group: g });
    expect(presenters(plan).filter((p) => p.endsWith('ann'))).toEqual([]);
    expect(plan.decisions.filter((d) => d.session.date <= '2026-12-03').flatMap((d) => d.session.papers.map((p) => p.presenter))).not.toContain('ben');
  });

  it('marks the planned papers scheduled and records their earlier status', () => {
    const list = [...papers(2, 'candidate'), { id: '2402.00001', status: 'shortlisted' as const, votes: 0, added: '2026-05-01' }];
    const plan = planSessions({ ...input, papers: list, weeks: 1 });
    expect(plan.decisions[0]!.session.papers.map((p) => p.id)).toEqual(['2402.00001', '2401.00001']);
    expect(plan.decisions[0]!.session.restore).toEqual({ '2402.00001': 'shortlisted', '2401.00001': 'candidate' });
    expect(plan.statusChanges).toEqual([
      { id: '2401.00001', from: 'candidate', to: 'scheduled' },
      { id: '2402.00001', from: 'shortlisted', to: 'scheduled' },
    ]);
  });

  it('warns, naming the date, when no papers are left, and creates no empty session', () => {
    const plan = planSessions({ ...input, papers: papers(3) });
    expect(plan.decisions.map((d) => [d.session.date, d.session.papers.length])).toEqual([
      ['2026-11-26', 2],
      ['2026-12-03', 1],
    ]);
    expect(plan.warnings.map((w) => w.date)).toEqual(['2026-12-03', '2026-12-10', '2026-12-17']);
    expect(plan.warnings[0]!.message).toMatch(/no papers left to plan: 1 of 2 places empty/);
  });

  it('warns, naming the date and paper, when everyone who presents is away', () => {
    const g = group({
      members: [
        { id: 'ann', name: 'Ann', away: ['2026-11-26'] },
        { id: 'ben', name: 'Ben', presents: false },
      ],
    });
    const plan = planSessions({ ...input, group: g, weeks: 1 });
    expect(plan.decisions[0]!.session.papers).toEqual([{ id: '2401.00001' }, { id: '2401.00002' }]);
    expect(plan.warnings).toEqual([
      { date: '2026-11-26', message: 'nobody can present 2401.00001: every member who presents is away that day' },
      { date: '2026-11-26', message: 'nobody can present 2401.00002: every member who presents is away that day' },
    ]);
  });

  it('lets one person present twice only when nobody else can that day', () => {
    const g = group({
      members: [
        { id: 'ann', name: 'Ann' },
        { id: 'ben', name: 'Ben', away: ['2026-11-26'] },
      ],
    });
    const plan = planSessions({ ...input, group: g, weeks: 2 });
    expect(presenters(plan)).toEqual(['2026-11-26 2401.00001 ann', '2026-11-26 2401.00002 ann', '2026-12-03 2401.00003 ben', '2026-12-03 2401.00004 ann']);
  });
});

describe('re-planning', () => {
  const base: PlanInput = { group: group(), papers: papers(12), sessions: [], today: '2026-11-24', weeks: 4 };
  const planned = apply(base, planSessions(base));

  it('changes nothing when run again on its own output', () => {
    const again = planSessions(planned);
    expect(again.decisions.every((d) => d.action === 'keep')).toBe(true);
    expect(again.statusChanges).toEqual([]);
  });

  it('moves only the assignment of a member who becomes away', () => {
    const g = group({
      members: [
        { id: 'ann', name: 'Ann' },
        { id: 'ben', name: 'Ben', away: ['2026-12-10'] },
        { id: 'cat', name: 'Cat' },
      ],
    });
    const plan = planSessions({ ...planned, group: g });
    expect(plan.decisions.map((d) => d.action)).toEqual(['keep', 'keep', 'update', 'keep']);
    const before = presenters(planSessions(planned));
    const after = presenters(plan);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toEqual(['2026-12-10 2401.00005 ann']);
    expect(before).toContain('2026-12-10 2401.00005 ben');
  });

  it('cancels its own session on a new holiday, releases its papers and plans one more date', () => {
    const g = group({ holidays: [{ date: '2026-12-03', name: 'Strike' }] });
    const plan = planSessions({ ...planned, group: g });
    const byDate = new Map(plan.decisions.map((d) => [d.session.date, d]));
    expect(byDate.get('2026-12-03')!.session).toMatchObject({ status: 'cancelled', title: 'No meeting: Strike', papers: [] });
    expect(['2026-11-26', '2026-12-10', '2026-12-17'].map((d) => byDate.get(d)!.action)).toEqual(['keep', 'keep', 'keep']);
    expect(byDate.get('2026-12-24')!.session.papers.map((p) => p.id)).toEqual(['2401.00003', '2401.00004']);
    expect(plan.statusChanges).toEqual([]);
  });

  it('gives a dropped paper its earlier status back when nothing plans it again', () => {
    const g = group({ holidays: [{ date: '2026-12-03', name: 'Strike' }] });
    const plan = planSessions({ ...planned, group: g, weeks: 3 });
    expect(plan.statusChanges).toEqual([
      { id: '2401.00003', from: 'scheduled', to: 'candidate' },
      { id: '2401.00004', from: 'scheduled', to: 'candidate' },
    ]);
  });

  it('never changes a session on or before today, nor one a person edited', () => {
    const edited = planned.sessions.map((s) => (s.date === '2026-12-10' ? { ...s, owner: 'people' as const, papers: [{ id: '2401.00005', presenter: 'ben' }] } : s));
    const g = group({
      members: [
        { id: 'ann', name: 'Ann', away: [{ from: '2026-11-01', to: '2026-12-31' }] },
        { id: 'ben', name: 'Ben', away: [{ from: '2026-11-01', to: '2026-12-31' }] },
        { id: 'cat', name: 'Cat' },
      ],
    });
    const plan = planSessions({ ...planned, sessions: edited, group: g, today: '2026-11-26' });
    const dates = plan.decisions.map((d) => d.session.date);
    expect(dates).not.toContain('2026-11-26');
    expect(dates).not.toContain('2026-12-10');
    expect(plan.peoples.map((s) => s.date)).toEqual(['2026-12-10']);
  });

  it('replaces a paper a person marked discussed, without touching that paper', () => {
    const list = planned.papers.map((p) => (p.id === '2401.00003' ? { ...p, status: 'discussed' as const } : p));
    const plan = planSessions({ ...planned, papers: list });
    const session = plan.decisions.find((d) => d.session.date === '2026-12-03')!;
    expect(session.action).toBe('update');
    expect(session.session.papers.map((p) => p.id)).toEqual(['2401.00004', '2401.00009']);
    expect(plan.statusChanges).toEqual([{ id: '2401.00009', from: 'candidate', to: 'scheduled' }]);
  });

  it('puts back papers from a session a person cancelled and plans them again', () => {
    const sessions = planned.sessions.map((s) => (s.date === '2026-11-26' ? { ...s, status: 'cancelled' as const, owner: 'people' as const } : s));
    const plan = planSessions({ ...planned, sessions, weeks: 5 });
    expect(plan.decisions.at(-1)!.session).toMatchObject({ date: '2026-12-24', papers: [{ id: '2401.00001' }, { id: '2401.00002' }] });
  });
});
