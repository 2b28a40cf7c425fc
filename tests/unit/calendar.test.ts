import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import { calendarFeed, sessionCalendar, type CalendarContext, type CalendarSession } from '../../src/render/calendar/calendar.ts';
import { renderPlannerSession } from '../../src/files/session-file.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { groupSchema } from '../../src/schemas/group.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import type { SessionRecord } from '../../src/domain/catalog.ts';

const group = groupSchema.parse({
  name: 'LLM Reading Group, Berlin; Room 3',
  description: 'Papers, weekly.',
  timezone: 'Europe/Berlin',
  meeting: { weekday: 'thursday', time: '16:00', minutes: 90, location: 'Room 3.14, Informatics Building' },
  members: [
    { id: 'alice', name: 'Alice Zhang' },
    { id: 'bruno', name: 'Bruno Keller' },
  ],
});

const LONG_TITLE = 'Scaling laws; or: why $\\alpha$, $\\beta$ matter — a very long title that needs folding (多语言标题) "quoted"';
const papersById = new Map([
  ['2401.01854', { title: LONG_TITLE }],
  ['2402.00024', { title: 'Comparative Analysis of LLaMA and ChatGPT Embeddings' }],
]);

function record(text: string): CalendarSession {
  const fm = readFrontmatter(text, 'session');
  return { ...sessionSchema.parse(fm.data), body: fm.body };
}

/** The planner's output for a date, so SEQUENCE and DTSTAMP come from real files. */
function planned(date: string, extra: Partial<{ status: 'planned' | 'cancelled'; sequence: number }> = {}): CalendarSession {
  const text = renderPlannerSession(
    {
      date,
      time: '16:00',
      status: extra.status ?? 'planned',
      papers: [
        { id: '2401.01854', presenter: 'alice' },
        { id: '2402.00024', presenter: 'bruno' },
      ],
      restore: {},
    },
    { sequence: extra.sequence ?? 0, updated: '2026-02-01' },
  );
  return record(text);
}

const context: CalendarContext = {
  group,
  papersById,
  siteUrl: 'https://example.org/reading-group/',
  sessionUrl: (date) => `https://example.org/reading-group/sessions/${date}/`,
};

// Both sides of each daylight-saving change in 2026 (29 March, 25 October), all Thursdays at 16:00 local.
const sessions: CalendarSession[] = [
  planned('2026-03-26'),
  planned('2026-04-02', { sequence: 2 }),
  planned('2026-10-22'),
  record('---\ndate: 2026-10-29\nstatus: cancelled\nsequence: 1\nupdated: 2026-10-20\nlocation: "https://meet.example.org/abc?x=1,2;y=3"\ntitle: "Cancelled: strike, again"\n---\n'),
];
const feed = calendarFeed({ ...context, sessions });

const PYTHON = `
import json, sys
from datetime import timezone
import icalendar
cal = icalendar.Calendar.from_ical(sys.stdin.read())
events = []
for ev in cal.walk('VEVENT'):
    start, end = ev.decoded('dtstart'), ev.decoded('dtend')
    events.append({
        'uid': str(ev['uid']),
        'start': start.strftime('%Y-%m-%d %H:%M'),
        'end': end.strftime('%H:%M'),
        'tzid': ev['dtstart'].params.get('TZID'),
        'utc': start.astimezone(timezone.utc).strftime('%Y-%m-%d %H:%MZ'),
        'sequence': int(ev['sequence']),
        'stamp': ev.decoded('dtstamp').astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%MZ'),
        'status': str(ev.get('status')),
        'summary': str(ev['summary']),
        'description': str(ev['description']),
        'location': str(ev.get('location')),
    })
print(json.dumps({'name': str(cal.get('x-wr-calname')), 'events': events}))
`;

function parseWithPython(ics: string) {
  const out = execFileSync('/usr/bin/python3', ['-c', PYTHON], { input: ics, encoding: 'utf8' });
  return JSON.parse(out) as { name: string; events: Record<string, string | number>[] };
}

describe('the calendar feed, read by Python icalendar (an independent client)', () => {
  const parsed = parseWithPython(feed);

  it('keeps a 16:00 Europe/Berlin meeting at 16:00 local on both sides of both daylight-saving changes', () => {
    expect(parsed.events.map((e) => [e.start, e.end, e.tzid, e.utc])).toEqual([
      ['2026-03-26 16:00', '17:30', 'Europe/Berlin', '2026-03-26 15:00Z'],
      ['2026-04-02 16:00', '17:30', 'Europe/Berlin', '2026-04-02 14:00Z'],
      ['2026-10-22 16:00', '17:30', 'Europe/Berlin', '2026-10-22 14:00Z'],
      ['2026-10-29 16:00', '17:30', 'Europe/Berlin', '2026-10-29 15:00Z'],
    ]);
  });

  it('gives stable UIDs, and SEQUENCE and DTSTAMP from the files', () => {
    expect(parsed.events.map((e) => [e.uid, e.sequence, e.stamp])).toEqual([
      ['session-2026-03-26@example.org', 0, '2026-02-01T00:00Z'],
      ['session-2026-04-02@example.org', 2, '2026-02-01T00:00Z'],
      ['session-2026-10-22@example.org', 0, '2026-02-01T00:00Z'],
      ['session-2026-10-29@example.org', 1, '2026-10-20T00:00Z'],
    ]);
  });

  it('marks cancelled sessions cancelled', () => {
    expect(parsed.events.map((e) => e.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'CANCELLED']);
    expect(parsed.events[3]!.summary).toBe('Cancelled: LLM Reading Group, Berlin; Room 3: Cancelled: strike, again');
  });

  it('escapes and folds text so it reads back exactly', () => {
    expect(parsed.name).toBe(group.name);
    expect(parsed.events[0]!.summary).toBe(`${group.name}: ${LONG_TITLE} · Comparative Analysis of LLaMA and ChatGPT Embeddings`);
    expect(parsed.events[0]!.description).toBe(
      [
        `1. ${LONG_TITLE} (arXiv:2401.01854), presented by Alice Zhang`,
        '   https://arxiv.org/abs/2401.01854',
        '2. Comparative Analysis of LLaMA and ChatGPT Embeddings (arXiv:2402.00024), presented by Bruno Keller',
        '   https://arxiv.org/abs/2402.00024',
        '',
        'Details: https://example.org/reading-group/sessions/2026-03-26/',
      ].join('\n'),
    );
    expect(parsed.events[0]!.location).toBe('Room 3.14, Informatics Building');
    expect(parsed.events[3]!.location).toBe('https://meet.example.org/abc?x=1,2;y=3');
  });
});

describe('the calendar file format', () => {
  it('uses CRLF line ends and folds every line to at most 75 octets', () => {
    expect(feed.endsWith('END:VCALENDAR')).toBe(true);
    const lines = feed.split('\r\n');
    expect(lines.some((l) => l.includes('\n'))).toBe(false);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(0);
  });

  it('carries the group time zone as a VTIMEZONE and times as TZID local times', () => {
    expect(feed).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(feed).toContain('DTSTART;TZID=Europe/Berlin:20260326T160000\r\n');
    expect(feed).toContain('DTSTAMP:20260201T000000Z\r\n');
  });

  it('gives the same bytes for the same content, whatever the machine’s time zone or clock', () => {
    const previous = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Auckland';
      const elsewhere = calendarFeed({ ...context, sessions });
      process.env.TZ = 'America/Los_Angeles';
      expect(calendarFeed({ ...context, sessions })).toBe(elsewhere);
      expect(elsewhere).toBe(feed);
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('shows a person’s edit of a planner session as an update (SEQUENCE goes up)', () => {
    const edited = { ...planned('2026-04-02', { sequence: 2 }), location: 'Room 0.01' };
    expect(sessionCalendar({ ...context, session: edited })).toContain('\r\nSEQUENCE:3\r\n');
  });

  it('offers one file per session with the same UID and SEQUENCE as the feed', () => {
    const one = sessionCalendar({ ...context, session: sessions[1]! });
    expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(one).toContain('UID:session-2026-04-02@example.org\r\nSEQUENCE:2\r\n');
    expect(parseWithPython(one).events[0]).toMatchObject({ start: '2026-04-02 16:00', utc: '2026-04-02 14:00Z' });
  });

  it('accepts the site catalog’s session records as they are', () => {
    const fromCatalog: SessionRecord = { ...sessionSchema.parse({ date: '2026-05-07', papers: [] }), body: '', filePath: 'content/sessions/2026-05-07.md' };
    expect(calendarFeed({ ...context, sessions: [fromCatalog] })).toContain('UID:session-2026-05-07@example.org');
  });
});

describe('the calendar feed, read by ical.js', () => {
  it('resolves the same instants from the VTIMEZONE', () => {
    const root = ICAL.Component.fromString(feed);
    for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.startDate.zone.tzid, new Date(e.startDate.toUnixTime() * 1000).toISOString()])).toEqual([
      ['2026-03-26T16:00:00', 'Europe/Berlin', '2026-03-26T15:00:00.000Z'],
      ['2026-04-02T16:00:00', 'Europe/Berlin', '2026-04-02T14:00:00.000Z'],
      ['2026-10-22T16:00:00', 'Europe/Berlin', '2026-10-22T14:00:00.000Z'],
      ['2026-10-29T16:00:00', 'Europe/Berlin', '2026-10-29T15:00:00.000Z'],
    ]);
  });
});
