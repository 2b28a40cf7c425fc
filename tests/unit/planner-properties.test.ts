import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupSchema, WEEKDAYS, type Group } from '../../src/schemas/group.ts';
import type { PaperStatus } from '../../src/schemas/paper.ts';
import { addDays } from '../../src/domain/dates.ts';
import type { PlannerPaper } from '../../src/domain/planner/paper-order.ts';
import { planSessions, type ExistingSession, type PlanInput } from '../../src/domain/planner/plan.ts';
import { apply } from '../helpers/planner.ts';

const BASE = '2026-01-01';
const day = (offset: number) => addDays(BASE, offset);
const range = fc.record({ start: fc.integer({ min: 0, max: 300 }), length: fc.integer({ min: 0, max: 20 }) }).map((r) => ({ from: day(r.start), to: day(r.start + r.length) }));

const groupArb: fc.Arbitrary<Group> = fc
  .record({
    weekday: fc.constantFrom(...WEEKDAYS),
    papersPerSession: fc.integer({ min: 1, max: 3 }),
    members: fc.array(fc.record({ presents: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), away: fc.array(range, { maxLength: 3 }) }), {
      minLength: 1,
      maxLength: 7,
    }),
    holidays: fc.array(range, { maxLength: 3 }),
  })
  .map((g) =>
    groupSchema.parse({
      name: 'G',
      timezone: 'Europe/Berlin',
      meeting: { weekday: g.weekday, time: '16:00' },
      papersPerSession: g.papersPerSession,
      members: g.members.map((m, i) => ({ id: `m${i}`, name: `M${i}`, ...m })),
      holidays: g.holidays.map((h) => ({ ...h, name: 'Holiday' })),
    }),
  );

const papersArb: fc.Arbitrary<PlannerPaper[]> = fc
  .array(
    fc.record({
      status: fc.constantFrom<PaperStatus>('candidate', 'candidate', 'shortlisted', 'discussed', 'archived'),
      votes: fc.integer({ min: 0, max: 4 }),
      added: fc.integer({ min: 0, max: 200 }).map(day),
    }),
    { maxLength: 40 },
  )
  .map((ps) => ps.map((p, i) => ({ ...p, id: `2401.${String(i).padStart(5, '0')}` })));

const inputArb: fc.Arbitrary<PlanInput> = fc.record({
  group: groupArb,
  papers: papersArb,
  sessions: fc.constant([]),
  today: fc.integer({ min: 0, max: 250 }).map(day),
  weeks: fc.integer({ min: 1, max: 12 }),
});

function assignments(sessions: { date: string; status: string; papers: { id: string; presenter?: string }[] }[]) {
  return sessions.filter((s) => s.status !== 'cancelled').flatMap((s) => s.papers.map((p) => ({ date: s.date, ...p })));
}

/** Members who present and are available on every date with a presentation; counts per member. */
function fairness(group: Group, sessions: ExistingSession[]) {
  const list = assignments(sessions);
  const dates = [...new Set(list.map((a) => a.date))];
  const presenting = group.members.filter((m) => m.presents);
  const always = presenting.filter((m) => dates.every((d) => canPresent(m, d)));
  const count = (id: string) => list.filter((a) => a.presenter === id).length;
  return { presenting, always, count };
}

function expectFair(group: Group, sessions: ExistingSession[]) {
  const { presenting, always, count } = fairness(group, sessions);
  const counts = always.map((m) => count(m.id));
  if (counts.length) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  for (const m of presenting) for (const f of always) expect(count(m.id)).toBeLessThanOrEqual(count(f.id) + 1);
}

/** The group meets on `date`: its weekday, outside every holiday (written here, not imported). */
function isMeetingDate(group: Group, date: string): boolean {
  const weekday = WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
  return weekday === group.meeting.weekday && group.holidays.every((h) => date < h.from || date > (h.to ?? h.from));
}

/** Written here rather than imported, so the test does not trust the code it checks. */
function canPresent(member: Group['members'][number], date: string): boolean {
  return member.presents && member.away.every((r) => date < r.from || date > (r.to ?? r.from));
}

const RUNS = { numRuns: 300 };

describe('planner properties', () => {
  it('schedules only meeting dates after today, only members who can present that day, each paper once', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = planSessions(input);
        const seen = new Set<string>();
        for (const { session } of plan.decisions) {
          expect(session.date > input.today).toBe(true);
          expect(isMeetingDate(input.group, session.date)).toBe(true);
          for (const p of session.papers) {
            expect(seen.has(p.id)).toBe(false);
            seen.add(p.id);
            const member = input.group.members.find((m) => m.id === p.presenter);
            if (p.presenter) expect(member && canPresent(member, session.date)).toBe(true);
          }
        }
        for (const change of plan.statusChanges) expect([change.from, change.to]).toEqual([expect.stringMatching(/^(candidate|shortlisted)$/), 'scheduled']);
      }),
      RUNS,
    );
  });

  it('keeps presentations per available member within one of each other', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const after = apply(input, planSessions(input));
        expectFair(input.group, after.sessions);
      }),
      RUNS,
    );
  });

  it('stays fair and keeps what it planned when run again later with the same inputs', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 60 }), (input, days) => {
        const first = apply(input, planSessions(input));
        const later = { ...first, today: addDays(input.today, days) };
        const second = planSessions(later);
        for (const d of second.decisions) if (first.sessions.some((s) => s.date === d.session.date)) expect(d.action).toBe('keep');
        expectFair(input.group, apply(later, second).sessions);
      }),
      RUNS,
    );
  });

  it('is idempotent: planning its own output changes nothing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const once = apply(input, planSessions(input));
        const twice = planSessions(once);
        expect(twice.decisions.filter((d) => d.action !== 'keep')).toEqual([]);
        expect(twice.statusChanges).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never touches past sessions, today’s session or sessions people own', () => {
    const existingArb = (input: PlanInput) =>
      fc
        .array(
          fc.record({
            offset: fc.integer({ min: -60, max: 60 }),
            owner: fc.constantFrom<'planner' | 'people'>('planner', 'people'),
            status: fc.constantFrom<'planned' | 'done' | 'cancelled'>('planned', 'done', 'cancelled'),
            paper: fc.nat(),
            presenter: fc.nat(),
          }),
          { maxLength: 6 },
        )
        .map((rows) => {
          const byDate = new Map<string, ExistingSession>();
          for (const r of rows) {
            const date = addDays(input.today, r.offset);
            if (r.offset > 0 && r.owner === 'planner') continue;
            const paper = input.papers[r.paper % Math.max(1, input.papers.length)];
            const member = input.group.members[r.presenter % input.group.members.length]!;
            byDate.set(date, { date, status: r.status, owner: r.owner, restore: {}, papers: paper ? [{ id: paper.id, presenter: member.id }] : [] });
          }
          return [...byDate.values()];
        });
    fc.assert(
      fc.property(
        inputArb.chain((input) => existingArb(input).map((sessions) => ({ ...input, sessions }))),
        (input) => {
          const plan = planSessions(input);
          const fixed = new Set(input.sessions.map((s) => s.date));
          for (const d of plan.decisions) expect(fixed.has(d.session.date)).toBe(false);
          const planned = plan.decisions.flatMap((d) => d.session.papers.map((p) => p.id));
          const taken = assignments(input.sessions).map((a) => a.id);
          for (const id of planned) expect(taken).not.toContain(id);
          const again = planSessions(apply(input, plan));
          expect(again.decisions.filter((d) => d.action !== 'keep')).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it('after a new absence, moves only the presentations the absence forbids', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), range, (input, who, away) => {
        const first = apply(input, planSessions(input));
        const index = who % input.group.members.length;
        const members = input.group.members.map((m, i) => (i === index ? { ...m, away: [...m.away, away] } : m));
        const changed = { ...first, group: { ...input.group, members } };
        const plan = planSessions(changed);
        const before = new Map(assignments(first.sessions).map((a) => [`${a.date} ${a.id}`, a.presenter]));
        const after = assignments(plan.decisions.map((d) => d.session));
        expect(after.map((a) => `${a.date} ${a.id}`).sort()).toEqual([...before.keys()].sort());
        for (const a of after) {
          const old = before.get(`${a.date} ${a.id}`);
          const oldMember = members.find((m) => m.id === old);
          if (oldMember && canPresent(oldMember, a.date)) expect(a.presenter).toBe(old);
          const member = members.find((m) => m.id === a.presenter);
          if (member) expect(canPresent(member, a.date)).toBe(true);
        }
        expect(planSessions(apply(changed, plan)).decisions.filter((d) => d.action !== 'keep')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('after a new holiday, cancels only the sessions it covers and keeps the others (only filling their gaps)', () => {
    fc.assert(
      fc.property(inputArb, range, (input, holiday) => {
        const first = apply(input, planSessions(input));
        const group = { ...input.group, holidays: [...input.group.holidays, { ...holiday, name: 'New' }] };
        const plan = planSessions({ ...first, group });
        for (const s of first.sessions) {
          const d = plan.decisions.find((x) => x.session.date === s.date)!;
          const full = s.papers.length === group.papersPerSession && s.papers.every((p) => p.presenter);
          if (!isMeetingDate(group, s.date)) expect(d.session).toMatchObject({ status: 'cancelled', papers: [] });
          else if (full) expect(d.action).toBe('keep');
          else expect(d.session.papers.slice(0, s.papers.length).map((p) => p.id)).toEqual(s.papers.map((p) => p.id));
        }
      }),
      RUNS,
    );
  });
});
