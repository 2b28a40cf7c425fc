/**
 * Per member: the papers they presented (held sessions before today) and their next planned turn.
 * Members are listed by next turn, soonest first; those without one follow in the group's order.
 */
import type { Catalog, PaperRecord, SessionRecord } from './catalog.ts';
import type { Member } from '../schemas/group.ts';

export interface MemberStats {
  member: Member;
  presented: { session: SessionRecord; paper: PaperRecord }[];
  next?: { session: SessionRecord; paper: PaperRecord };
  /** Absences that have not ended yet. */
  away: Member['away'];
}

export function memberStats(catalog: Pick<Catalog, 'group' | 'sessions' | 'byId'>, today: string): MemberStats[] {
  const stats = catalog.group.members.map((member) => {
    const presented: MemberStats['presented'] = [];
    let next: MemberStats['next'];
    for (const session of catalog.sessions) {
      if (session.status === 'cancelled') continue;
      for (const item of session.papers) {
        if (item.presenter !== member.id) continue;
        const paper = catalog.byId.get(item.id);
        if (!paper) continue;
        if (session.date < today) presented.push({ session, paper });
        else if (!next) next = { session, paper };
      }
    }
    return {
      member,
      presented: presented.reverse(),
      ...(next ? { next } : {}),
      away: member.away.filter((r) => (r.to ?? r.from) >= today),
    };
  });
  const order = (s: MemberStats) => s.next?.session.date ?? '9999-12-31';
  return stats.sort((a, b) => order(a).localeCompare(order(b)));
}
