import { describe, expect, it } from 'vitest';
import { parseSessionFile, renderPlannerSession, type PlannerSessionContent } from '../../src/files/session-file.ts';
import { FALLBACK_STAMP, sessionRevision } from '../../src/domain/sessions/fingerprint.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { UserError } from '../../src/domain/errors.ts';

const FILE = 'content/sessions/2026-12-03.md';
const content: PlannerSessionContent = {
  date: '2026-12-03',
  time: '16:00',
  status: 'planned',
  papers: [
    { id: '2401.01854', presenter: 'alice' },
    { id: '2402.00024', presenter: 'bruno' },
  ],
  restore: { '2402.00024': 'shortlisted', '2401.01854': 'candidate' },
};
const written = renderPlannerSession(content, { sequence: 0, updated: '2026-11-24' });
const owner = (text: string) => parseSessionFile(text, FILE).owner;

/** What the site holds for a session: the schema's output plus body and path. */
function siteRecord(text: string) {
  const fm = readFrontmatter(text, FILE);
  return { ...sessionSchema.parse(fm.data), body: fm.body, filePath: FILE };
}

describe('a session the planner writes', () => {
  it('reads back as the planner’s own, with its restore record and sequence', () => {
    const file = parseSessionFile(written, FILE);
    expect(file.owner).toBe('planner');
    expect(file.restore).toEqual({ '2401.01854': 'candidate', '2402.00024': 'shortlisted' });
    expect(file.sequence).toBe(0);
    expect(file.data).toMatchObject({ date: '2026-12-03', time: '16:00', status: 'planned', papers: content.papers, updated: '2026-11-24' });
  });

  it('is plain, readable YAML starting with a note for people', () => {
    expect(written).toMatch(
      /^---\n# Planned by `npm run plan`\. Change anything in this file and the planner leaves this session to you\.\ndate: "2026-12-03"\ntime: "16:00"\nstatus: planned\npapers:\n {2}- id: "2401\.01854"\n {4}presenter: alice\n/,
    );
    expect(written).toMatch(/\nplanner:\n {2}fingerprint: [0-9a-f"]+\n {2}restore:\n {4}"2401\.01854": candidate\n {4}"2402\.00024": shortlisted\n---\n$/);
  });

  it('is rendered the same way every time (no clock, no randomness)', () => {
    expect(renderPlannerSession(content, { sequence: 0, updated: '2026-11-24' })).toBe(written);
  });
});

describe('telling untouched output from a person’s edit', () => {
  it.each([
    ['a presenter swapped', written.replace('presenter: alice', 'presenter: chen')],
    ['a paper removed', written.replace(/ {2}- id: "2402\.00024"\n {4}presenter: bruno\n/, '')],
    ['the status set to done', written.replace('status: planned', 'status: done')],
    ['the status set to cancelled', written.replace('status: planned', 'status: cancelled')],
    ['a location added', written.replace('status: planned\n', 'status: planned\nlocation: Room 1\n')],
    ['the time changed', written.replace('time: "16:00"', 'time: "17:00"')],
    ['agenda notes in the body', `${written}\n## Agenda\n\nWarm-up questions.\n`],
    ['the planner block deleted', written.replace(/planner:\n(?: .*\n)*/, '')],
  ])('counts %s as an edit by a person', (_what, text) => {
    expect(text).not.toBe(written);
    expect(owner(text)).toBe('people');
  });

  it.each([
    ['a YAML comment added', written.replace('papers:\n', '# two papers this week\npapers:\n')],
    ['the date unquoted', written.replace('date: "2026-12-03"', 'date: 2026-12-03')],
    ['keys reordered', written.replace('time: "16:00"\nstatus: planned\n', 'status: planned\ntime: "16:00"\n')],
    ['a blank line after the frontmatter', `${written}\n`],
  ])('does not count %s as an edit (it reads the same)', (_what, text) => {
    expect(text).not.toBe(written);
    expect(owner(text)).toBe('planner');
  });
});

describe('rewriting a session the planner owns', () => {
  it('changes only the planner’s keys and keeps YAML comments and the body', () => {
    const withComment = written.replace('papers:\n', '# two papers this week\npapers:\n') + '\n';
    const previous = parseSessionFile(withComment, FILE);
    const next = renderPlannerSession({ ...content, papers: [content.papers[0]!, { id: '2402.00024', presenter: 'chen' }] }, { previous, sequence: 1, updated: '2026-12-01' });
    expect(next).toContain('# two papers this week\npapers:\n');
    expect(next).toContain('presenter: chen');
    expect(next).toMatch(/\nsequence: 1\nupdated: "2026-12-01"\nplanner:/);
    expect(next.endsWith('---\n\n')).toBe(true);
    expect(owner(next)).toBe('planner');
  });

  it('adds a title after the status when it cancels a session, and removes it again', () => {
    const cancelled = renderPlannerSession(
      { ...content, status: 'cancelled', title: 'No meeting: Strike', papers: [], restore: {} },
      { previous: parseSessionFile(written, FILE), sequence: 1, updated: '2026-11-30' },
    );
    expect(cancelled).toContain('status: cancelled\ntitle: "No meeting: Strike"\npapers: []\n');
    expect(owner(cancelled)).toBe('planner');
    const again = renderPlannerSession(content, { previous: parseSessionFile(cancelled, FILE), sequence: 2, updated: '2026-12-01' });
    expect(again).not.toContain('title:');
  });
});

describe('calendar revision from the file', () => {
  it('is the stored sequence and the updated date for untouched output', () => {
    expect(sessionRevision(siteRecord(written))).toEqual({ sequence: 0, stamp: '2026-11-24', edited: false });
  });

  it('goes up by one once a person edits a planner session', () => {
    expect(sessionRevision(siteRecord(written.replace('status: planned', 'status: cancelled')))).toEqual({ sequence: 1, stamp: '2026-11-24', edited: true });
  });

  it('uses the sequence people write in their own sessions, and a fixed stamp without `updated`', () => {
    const text = '---\ndate: 2026-12-03\nstatus: cancelled\nsequence: 3\n---\nIll.\n';
    expect(sessionRevision(siteRecord(text))).toEqual({ sequence: 3, stamp: FALLBACK_STAMP, edited: false });
  });
});

describe('reading session files people wrote', () => {
  const error = (text: string, file = FILE) => {
    try {
      parseSessionFile(text, file);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as Error).message;
    }
    throw new Error('expected an error');
  };

  it('treats a session without a planner block as the people’s', () => {
    expect(owner('---\ndate: 2026-12-03\npapers:\n  - id: "2401.01854"\n---\n')).toBe('people');
  });

  it('names the file and field when the date does not match the file name', () => {
    expect(error('---\ndate: 2026-12-04\n---\n')).toBe('content/sessions/2026-12-03.md: date: expected 2026-12-03, the date in the file name (found 2026-12-04); rename the file or fix the date');
  });

  it('names the file and field for a bad status or sequence', () => {
    expect(error('---\ndate: 2026-12-03\nstatus: maybe\n---\n')).toMatch(/^content\/sessions\/2026-12-03\.md: status: .*\(found "maybe"\)$/);
    expect(error('---\ndate: 2026-12-03\nsequence: two\n---\n')).toMatch(/^content\/sessions\/2026-12-03\.md: sequence: expected a whole number ≥ 0/);
  });
});
