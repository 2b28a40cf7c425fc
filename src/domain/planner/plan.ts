/**
 * The planner's decisions, as a pure function of the group, the papers, the existing sessions and
 * `today`. No files, no clock: the same input always gives the same plan.
 *
 * Which sessions it may change: only those it wrote itself that nobody has edited since (owner
 * `planner`) and that lie strictly after `today`. Everything else (past sessions, today's, sessions
 * people wrote or edited) is fixed: it still counts for the rotation and keeps its papers.
 *
 * How it re-plans with as little movement as possible:
 * 1. The slots are the next `weeks` meeting dates plus the dates of the planner's own upcoming
 *    sessions that are still meeting dates, minus the dates people's sessions already occupy.
 * 2. A planner session whose date stopped being a meeting date (a holiday was added, the weekday
 *    changed) is marked cancelled and its papers are released.
 * 3. In every other slot, each existing paper and presenter stays unless an input forces it out: the
 *    paper was removed, marked discussed/archived or put in a people's session; the presenter is away
 *    that day, no longer presents, or left the group.
 * 4. Only the holes are filled, in date order: papers by priority (see paper-order.ts), presenters by
 *    fair rotation (see rotation.ts), counting past and planned presentations. With the group's
 *    `onlyChosenPapers`, only papers people chose (shortlisted or voted for) are planned and the other
 *    places stay open ("to be chosen"); a session is planned even when all its places are open.
 * 5. Votes written as lists of member ids steer who presents what, never how often: between members
 *    equally due, a voter of one of the session's papers goes first, and the session's new presenters
 *    are paired with its new papers so that as many as possible present a paper they voted for.
 *
 * Paper statuses: planned papers become `scheduled`; the session records the status each had
 * before (`restore`). A paper the planner scheduled and that no planned or held session lists any
 * more gets that status back. Papers marked `discussed` or `archived` are never touched.
 */
import type { Group } from '../../schemas/group.ts';
import type { PaperStatus } from '../../schemas/paper.ts';
import type { SessionStatus } from '../../schemas/session.ts';
import { isMeetingDate, meetingDates, noMeetingReason } from './meeting-dates.ts';
import { comparePriority, isChosen, PLANNABLE_STATUSES, type PlannerPaper } from './paper-order.ts';
import { canPresent, Rotation } from './rotation.ts';

export interface SessionPaper {
  id: string;
  presenter?: string;
}

/** An existing session as the planner sees it. */
export interface ExistingSession {
  date: string;
  status: SessionStatus;
  time?: string;
  title?: string;
  papers: SessionPaper[];
  /** `planner` when the planner wrote it and nobody changed it since; `people` otherwise. */
  owner: 'planner' | 'people';
  /** For papers the planner scheduled here: their status before (paper id → status). */
  restore: Record<string, PaperStatus>;
}

/** A session as the planner wants it to be. */
export interface DesiredSession {
  date: string;
  time: string;
  status: 'planned' | 'cancelled';
  title?: string;
  papers: SessionPaper[];
  restore: Record<string, PaperStatus>;
}

export interface PlanInput {
  group: Group;
  papers: PlannerPaper[];
  sessions: ExistingSession[];
  /** `YYYY-MM-DD`; sessions on or before it are never changed. */
  today: string;
  /** How many meeting dates after `today` to fill. */
  weeks: number;
}

export interface SessionDecision {
  /** `create`: a new file; `update`: the planner's own session changes; `keep`: nothing to do. */
  action: 'create' | 'update' | 'keep';
  session: DesiredSession;
  previous?: ExistingSession;
}

export interface PlanWarning {
  date: string;
  message: string;
}

export interface Plan {
  /** The planner's sessions after `today` (created, updated or kept), oldest first. */
  decisions: SessionDecision[];
  /** Upcoming sessions within the horizon that belong to people and were left alone. */
  peoples: ExistingSession[];
  /** Paper status changes, in id order. */
  statusChanges: { id: string; from: PaperStatus; to: PaperStatus }[];
  /** Slots that could not be filled, with the reason. */
  warnings: PlanWarning[];
}

/** Sessions whose papers are taken and whose presenters count: planned and held ones. */
function isLive(status: SessionStatus): boolean {
  return status !== 'cancelled';
}

function sameSession(a: DesiredSession, b: ExistingSession): boolean {
  const papers = (ps: SessionPaper[]) => JSON.stringify(ps.map((p) => [p.id, p.presenter ?? null]));
  const restore = (r: Record<string, PaperStatus>) => JSON.stringify(Object.entries(r).sort(([x], [y]) => (x < y ? -1 : 1)));
  return a.status === b.status && a.time === b.time && (a.title ?? '') === (b.title ?? '') && papers(a.papers) === papers(b.papers) && restore(a.restore) === restore(b.restore);
}

/** Plans the sessions after `today`; see the module comment for the rules. */
export function planSessions(input: PlanInput): Plan {
  const { group, today } = input;
  const time = group.meeting.time;
  const membersById = new Map(group.members.map((m) => [m.id, m]));
  const papersById = new Map(input.papers.map((p) => [p.id, p]));
  const sessions = [...input.sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const mine = sessions.filter((s) => s.owner === 'planner' && s.date > today);
  const fixed = sessions.filter((s) => !(s.owner === 'planner' && s.date > today));
  const horizon = meetingDates(group, today, input.weeks);
  const fixedDates = new Set(fixed.map((s) => s.date));
  const slotDates = [...new Set([...horizon, ...mine.filter((s) => isMeetingDate(group, s.date)).map((s) => s.date)])].filter((d) => !fixedDates.has(d)).sort();
  const mineByDate = new Map(mine.map((s) => [s.date, s]));
  const lastHorizonDate = horizon.at(-1) ?? today;

  // What people's and past sessions already take.
  const taken = new Set<string>();
  const rotation = new Rotation(group.members);
  for (const s of fixed.filter((f) => isLive(f.status))) {
    for (const p of s.papers) {
      taken.add(p.id);
      if (p.presenter) rotation.record(p.presenter, s.date);
    }
  }

  // Step 3: keep what still holds in each slot.
  const slots = slotDates.map((date) => {
    const previous = mineByDate.get(date);
    const papers: SessionPaper[] = [];
    const restore: Record<string, PaperStatus> = {};
    if (previous && previous.status === 'planned') {
      for (const item of previous.papers) {
        const paper = papersById.get(item.id);
        if (!paper || taken.has(item.id) || !(paper.status === 'scheduled' || PLANNABLE_STATUSES.includes(paper.status))) continue;
        taken.add(item.id);
        const member = item.presenter ? membersById.get(item.presenter) : undefined;
        if (member && canPresent(member, date)) {
          papers.push({ id: item.id, presenter: member.id });
          rotation.record(member.id, date);
        } else {
          papers.push({ id: item.id });
        }
        const before = previous.restore[item.id] ?? (paper.status !== 'scheduled' ? paper.status : undefined);
        if (before) restore[item.id] = before;
      }
    }
    return { date, previous, papers, restore };
  });

  // Statuses to go back to, for papers the planner scheduled and nobody lists any more.
  const recorded = new Map<string, PaperStatus>();
  for (const s of sessions) for (const [id, status] of Object.entries(s.restore)) if (!recorded.has(id)) recorded.set(id, status);
  const effective = (p: PlannerPaper): PaperStatus => (p.status === 'scheduled' && !taken.has(p.id) && recorded.has(p.id) ? recorded.get(p.id)! : p.status);
  const pool = input.papers
    .filter((p) => !taken.has(p.id) && PLANNABLE_STATUSES.includes(effective(p)))
    .map((p) => ({ ...p, status: effective(p) }))
    .filter((p) => !group.onlyChosenPapers || isChosen(p))
    .sort(comparePriority);
  const votersById = new Map(input.papers.map((p) => [p.id, p.voters ?? []]));

  // Step 4: fill the holes in date order.
  const warnings: PlanWarning[] = [];
  const perSession = group.papersPerSession;
  for (const slot of slots) {
    while (slot.papers.length < perSession && pool.length > 0) {
      const paper = pool.shift()!;
      slot.papers.push({ id: paper.id });
      slot.restore[paper.id] = paper.status;
      taken.add(paper.id);
    }
    if (slot.papers.length < perSession) {
      const missing = perSession - slot.papers.length;
      const places = `${missing} of ${perSession} place${perSession === 1 ? '' : 's'}`;
      warnings.push({
        date: slot.date,
        message: group.onlyChosenPapers ? `${places} left to be chosen: no other paper is shortlisted or voted for` : `no papers left to plan: ${places} empty (shortlist or import more papers)`,
      });
    }
    const presenting = new Set(slot.papers.flatMap((p) => (p.presenter ? [p.presenter] : [])));
    const open = slot.papers.filter((item) => !item.presenter);
    const preferred = new Set(open.flatMap((item) => votersById.get(item.id) ?? []));
    const chosen: string[] = [];
    for (const item of open) {
      const member = rotation.next(slot.date, presenting, preferred);
      if (!member) {
        warnings.push({ date: slot.date, message: `nobody can present ${item.id}: every member who presents is away that day` });
        continue;
      }
      chosen.push(member.id);
      presenting.add(member.id);
      rotation.record(member.id, slot.date);
    }
    pairByVotes(open, chosen, votersById).forEach((member, i) => {
      if (member) open[i]!.presenter = member;
    });
  }

  const decisions: SessionDecision[] = [];
  for (const slot of slots) {
    if (!slot.previous && slot.papers.length === 0 && !group.onlyChosenPapers) continue;
    const session: DesiredSession = { date: slot.date, time, status: 'planned', papers: slot.papers, restore: slot.restore };
    decisions.push(decide(session, slot.previous));
  }
  // Step 2: the planner's sessions on days without a meeting.
  for (const previous of mine.filter((s) => !isMeetingDate(group, s.date))) {
    const session: DesiredSession = {
      date: previous.date,
      time: previous.time ?? time,
      status: 'cancelled',
      title: `No meeting: ${noMeetingReason(group, previous.date)}`,
      papers: [],
      restore: {},
    };
    decisions.push(decide(session, previous));
  }
  decisions.sort((a, b) => (a.session.date < b.session.date ? -1 : 1));

  const scheduled = new Set(decisions.flatMap((d) => (d.session.status === 'planned' ? d.session.papers.map((p) => p.id) : [])));
  const statusChanges: Plan['statusChanges'] = [];
  for (const paper of [...input.papers].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const to = scheduled.has(paper.id) ? 'scheduled' : effective(paper);
    if (to !== paper.status) statusChanges.push({ id: paper.id, from: paper.status, to });
  }

  const peoples = fixed.filter((s) => s.date > today && s.date <= lastHorizonDate);
  return { decisions, peoples, statusChanges, warnings };
}

/**
 * Gives each of `members` one of `items` (the session's papers without a presenter, in order) so that
 * as many as possible get a paper they voted for (a maximum bipartite matching, found in a fixed
 * order so that the result never varies); the others take the remaining papers in order. Without
 * votes, the i-th member gets the i-th paper. Returns the member of each item (undefined when there
 * are fewer members than items).
 */
export function pairByVotes(items: readonly SessionPaper[], members: readonly string[], voters: ReadonlyMap<string, readonly string[]>): (string | undefined)[] {
  const itemOf = new Array<number>(members.length).fill(-1);
  const memberOf = new Array<number>(items.length).fill(-1);
  const likes = (m: number, i: number) => voters.get(items[i]!.id)?.includes(members[m]!) ?? false;
  const augment = (m: number, seen: boolean[]): boolean => {
    for (let i = 0; i < items.length; i++) {
      if (seen[i] || !likes(m, i)) continue;
      seen[i] = true;
      if (memberOf[i] === -1 || augment(memberOf[i]!, seen)) {
        memberOf[i] = m;
        itemOf[m] = i;
        return true;
      }
    }
    return false;
  };
  for (let m = 0; m < members.length; m++) augment(m, new Array<boolean>(items.length).fill(false));
  const free = items.map((_, i) => i).filter((i) => memberOf[i] === -1);
  for (let m = 0; m < members.length; m++) {
    if (itemOf[m] !== -1) continue;
    const i = free.shift()!;
    memberOf[i] = m;
    itemOf[m] = i;
  }
  return memberOf.map((m) => (m === -1 ? undefined : members[m]));
}

function decide(session: DesiredSession, previous: ExistingSession | undefined): SessionDecision {
  if (!previous) return { action: 'create', session };
  return { action: sameSession(session, previous) ? 'keep' : 'update', session, previous };
}
