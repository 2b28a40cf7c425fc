import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { calendarFeed, calendarText } from '../../src/render/calendar/calendar.ts';
import { groupSchema } from '../../src/schemas/group.ts';

const group = groupSchema.parse({
  name: 'Group; with, "specials"\nBEGIN:VEVENT',
  description: 'Line\r\nX-INJECTED:1',
  timezone: 'Europe/Berlin',
  meeting: { weekday: 'thursday', time: '16:00', location: 'Room\nATTACH:https://evil.example/x' },
  members: [{ id: 'alice', name: 'Alice\r\nATTENDEE:mailto:evil@example.org' }],
});
const TITLE = 'Week one\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:injected; a, b \\ c \u0001';

describe('calendars from hostile text', () => {
  it('keeps every line break, semicolon and comma inside its property: one event, no extra property', () => {
    const ics = calendarFeed({
      group,
      papersById: new Map([['2611.00001', { title: '<script>alert(1)</script>\nDESCRIPTION:x' }]]),
      siteUrl: 'https://example.org/',
      sessionUrl: (date) => `https://example.org/sessions/${date}/`,
      sessions: [{ date: '2026-11-26', status: 'planned', title: TITLE, papers: [{ id: '2611.00001', presenter: 'alice' }] }],
    });
    expect(ics).not.toContain('\u0001');
    const calendar = ICAL.Component.fromString(ics);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.getFirstPropertyValue('uid')).toBe('session-2026-11-26@example.org');
    expect(event.getFirstPropertyValue('summary')).toBe(`${group.name}: ${calendarText(TITLE)}`.replace(/\r\n/g, '\n'));
    expect(event.getFirstPropertyValue('location')).toBe('Room\nATTACH:https://evil.example/x');
    expect(String(event.getFirstPropertyValue('description'))).toContain('<script>alert(1)</script>\nDESCRIPTION:x');
    for (const name of ['attach', 'attendee', 'x-injected']) expect(event.getAllProperties(name), name).toEqual([]);
    expect(calendar.getAllProperties('x-injected')).toEqual([]);
  });
});
