/**
 * iCalendar files for the sessions: the feed people subscribe to (`/calendar.ics`) and one file per
 * session. The file format (escaping, line folding, CRLF) is ical-generator's; the VTIMEZONE block
 * comes from timezones-ical-library.
 *
 * - Times are the group's local wall-clock times with `TZID=<group time zone>` and a VTIMEZONE, so a
 *   16:00 meeting in Europe/Berlin stays 16:00 local on both sides of a daylight-saving change.
 * - UID is `session-<date>@<site host>`: stable for as long as the session keeps its date.
 * - SEQUENCE, DTSTAMP and LAST-MODIFIED come from the session file (see sessions/fingerprint.ts),
 *   never from the clock: the same content gives the same bytes.
 * - Cancelled sessions stay in the feed with STATUS:CANCELLED (and "Cancelled:" in the summary), so
 *   subscribed calendars show the change instead of silently losing the event.
 */
import ical, { escape, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Group } from '../../schemas/group.ts';
import type { SessionStatus } from '../../schemas/session.ts';
import { arxivLinks } from '../../domain/arxiv-id.ts';
import { sessionRevision } from '../../domain/sessions/fingerprint.ts';
import { utcInstant, wallClock } from './wall-clock.ts';

/** A session as the site's catalog holds it (validated frontmatter, optionally with its body). */
export type CalendarSession = Record<string, unknown> & {
  date: string;
  time?: string | undefined;
  minutes?: number | undefined;
  location?: string | undefined;
  status: SessionStatus;
  title?: string | undefined;
  papers: { id: string; presenter?: string | undefined }[];
  body?: string;
};

export interface CalendarContext {
  group: Group;
  /** Paper titles by arXiv id; a paper missing here is shown by its id. */
  papersById: ReadonlyMap<string, { title: string }>;
  /** The site's absolute URL, e.g. `https://example.org/reading-group/`; its host goes into UIDs. */
  siteUrl: string;
  /** The absolute URL of a session's page. */
  sessionUrl: (date: string) => string;
}

// Control characters other than tab and line breaks: iCalendar text may not hold them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text as an iCalendar value can hold it. ical-generator escapes `\`, `;`, `,` and line breaks (so a
 * title cannot start a property or an event of its own); control characters are dropped here.
 */
export function calendarText(text: string): string {
  return text.replace(CONTROL, '');
}

/** How often subscribed calendars should fetch the feed again. */
const REFRESH_SECONDS = 6 * 60 * 60;

/** The TZID and VTIMEZONE for a zone, or undefined when the library does not know it. */
function zoneBlock(timeZone: string): { tzid: string; vtimezone: string } | undefined {
  const known = tzlib_get_timezones();
  if (!(Array.isArray(known) ? known : []).includes(timeZone)) return undefined;
  const block = tzlib_get_ical_block(timeZone);
  if (!Array.isArray(block) || !block[0] || !block[1]) return undefined;
  return { vtimezone: block[0], tzid: block[1].replace(/^TZID=/, '') };
}

/** A calendar, and the TZID its events use (undefined: the zone has no VTIMEZONE, so times go in UTC). */
function newCalendar(context: CalendarContext, name: string): { calendar: ICalCalendar; tzid: string | undefined } {
  const zone = zoneBlock(context.group.timezone);
  const calendar = ical({
    prodId: '//reading-group-planner//calendar//EN',
    // ical-generator writes the calendar's name and description without escaping them.
    name: escape(calendarText(name), false),
    ...(context.group.description ? { description: escape(calendarText(context.group.description), false) } : {}),
    url: context.siteUrl,
    ttl: REFRESH_SECONDS,
  });
  // No calendar-wide zone name: ical-generator would then write DTSTAMP in local time without `Z`.
  if (zone) calendar.timezone({ name: null, generator: (tz) => (tz === zone.tzid ? zone.vtimezone : null) });
  return { calendar, tzid: zone?.tzid };
}

function memberName(group: Group, id: string | undefined): string | undefined {
  return id ? (group.members.find((m) => m.id === id)?.name ?? id) : undefined;
}

function summaryOf(session: CalendarSession, context: CalendarContext): string {
  const titles = session.papers.map((p) => context.papersById.get(p.id)?.title ?? `arXiv:${p.id}`);
  const topic = session.title || titles.join(' · ');
  const text = topic ? `${context.group.name}: ${topic}` : context.group.name;
  return session.status === 'cancelled' ? `Cancelled: ${text}` : text;
}

function descriptionOf(session: CalendarSession, context: CalendarContext): string {
  const lines: string[] = [];
  if (session.status === 'cancelled') lines.push('This meeting is cancelled.', '');
  if (session.title) lines.push(session.title, '');
  session.papers.forEach((p, i) => {
    const title = context.papersById.get(p.id)?.title ?? p.id;
    const presenter = memberName(context.group, p.presenter);
    lines.push(`${i + 1}. ${title} (arXiv:${p.id})${presenter ? `, presented by ${presenter}` : ''}`);
    lines.push(`   ${arxivLinks(p.id).abs}`);
  });
  if (session.papers.length) lines.push('');
  lines.push(`Details: ${context.sessionUrl(session.date)}`);
  return lines.join('\n');
}

function addEvent(calendar: ICalCalendar, tzid: string | undefined, session: CalendarSession, context: CalendarContext): void {
  const { group } = context;
  const time = session.time ?? group.meeting.time;
  const minutes = session.minutes ?? group.meeting.minutes;
  const revision = sessionRevision(session);
  const stamp = new Date(`${revision.stamp}T00:00:00Z`);
  const location = session.location ?? group.meeting.location;
  calendar.createEvent({
    id: `session-${session.date}@${new URL(context.siteUrl).host}`,
    sequence: revision.sequence,
    stamp,
    lastModified: stamp,
    ...(tzid
      ? { start: wallClock(session.date, time), end: wallClock(session.date, time, minutes), timezone: tzid }
      : { start: utcInstant(session.date, time, group.timezone), end: utcInstant(session.date, time, group.timezone, minutes) }),
    summary: calendarText(summaryOf(session, context)),
    description: calendarText(descriptionOf(session, context)),
    ...(location ? { location: calendarText(location) } : {}),
    url: context.sessionUrl(session.date),
    status: session.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** The subscription feed: every session (past, planned and cancelled), oldest first. */
export function calendarFeed(context: CalendarContext & { sessions: readonly CalendarSession[] }): string {
  const { calendar, tzid } = newCalendar(context, context.group.name);
  const sessions = [...context.sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const session of sessions) addEvent(calendar, tzid, session, context);
  return calendar.toString();
}

/** A file with one session, for "add to my calendar"; same UID and SEQUENCE as in the feed. */
export function sessionCalendar(context: CalendarContext & { session: CalendarSession }): string {
  const { calendar, tzid } = newCalendar(context, `${context.group.name} ${context.session.date}`);
  addEvent(calendar, tzid, context.session, context);
  return calendar.toString();
}
