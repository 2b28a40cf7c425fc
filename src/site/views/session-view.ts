/**
 * A session as pages show it: its local start and end time in the group's zone, the place, and each
 * paper with its presenter's name resolved.
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
}

export function viewSession(session: SessionRecord, catalog: Pick<Catalog, 'group' | 'byId'>): SessionView {
  const { group } = catalog;
  const start = session.time ?? group.meeting.time;
  const minutes = session.minutes ?? group.meeting.minutes;
  const instant = zonedInstant(session.date, start, group.timezone);
  const members = new Map(group.members.map((m) => [m.id, m]));
  return {
    session,
    date: session.date,
    start,
    end: addMinutes(start, minutes),
    zone: zoneAbbreviation(instant, group.timezone, group.locale),
    startIso: instant.toISOString(),
    location: session.location ?? group.meeting.location,
    items: session.papers.flatMap((item) => {
      const paper = catalog.byId.get(item.id);
      if (!paper) return [];
      const member = item.presenter ? members.get(item.presenter) : undefined;
      return [{ paper, presenter: member ? { id: member.id, name: member.name } : undefined }];
    }),
  };
}
