/**
 * A session as pages show it: its local start and end time in the group's zone, the place, each
 * paper with its presenter's name resolved, and what depends on today (whether it lies ahead, the
 * places the planner left open), so that a page rendering this view is never stale.
 */
import type { Catalog, PaperRecord, SessionRecord } from '../../domain/catalog.ts';
import { addMinutes, zonedInstant, zoneAbbreviation } from '../../domain/zoned-time.ts';

export interface SessionView {
  session: SessionRecord;
  date: string;
  start: string;
  end: string;
  /** e.g. "CET"; the zone's name where it has no abbreviation. */
  zone: string;
  /** ISO instant of the start, for `<time datetime>`. */
  startIso: string;
  location: string;
  items: { paper: PaperRecord; presenter?: { id: string; name: string } | undefined }[];
  /** Planned and today or later: members can still say they are coming, away, or have read a paper. */
  ahead: boolean;
  /** Places the planner left open in a session ahead (the group plans only papers people chose); 0 otherwise. */
  openPlaces: number;
}

/** What a session's view is built from: the catalog's group and papers, and today. */
export interface SessionSource extends Pick<Catalog, 'group' | 'byId'> {
  today: string;
}

export function viewSession(session: SessionRecord, site: SessionSource): SessionView {
  const { group } = site;
  const start = session.time ?? group.meeting.time;
  const minutes = session.minutes ?? group.meeting.minutes;
  const instant = zonedInstant(session.date, start, group.timezone);
  const members = new Map(group.members.map((m) => [m.id, m]));
  const items = session.papers.flatMap((item) => {
    const paper = site.byId.get(item.id);
    if (!paper) return [];
    const member = item.presenter ? members.get(item.presenter) : undefined;
    return [{ paper, presenter: member ? { id: member.id, name: member.name } : undefined }];
  });
  const ahead = session.status === 'planned' && session.date >= site.today;
  return {
    session,
    date: session.date,
    start,
    end: addMinutes(start, minutes),
    zone: zoneAbbreviation(instant, group.timezone, group.locale),
    startIso: instant.toISOString(),
    location: session.location ?? group.meeting.location,
    items,
    ahead,
    openPlaces: ahead ? Math.max(0, group.papersPerSession - items.length) : 0,
  };
}
