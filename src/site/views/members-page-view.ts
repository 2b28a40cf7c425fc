/**
 * The members page as data: per member, the papers they presented, their next turn and the absences
 * not over yet (all of which move with today). src/pages/members.astro renders this view and the
 * page context and nothing else.
 */
import { memberStats, type MemberStats } from '../../domain/member-stats.ts';
import type { Catalog } from '../../domain/catalog.ts';

export interface MembersPageView {
  members: MemberStats[];
}

export function membersPageView(site: Pick<Catalog, 'group' | 'sessions' | 'byId'> & { today: string }): MembersPageView {
  return { members: memberStats(site, site.today) };
}
