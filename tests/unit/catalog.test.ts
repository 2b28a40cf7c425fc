import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog.ts';
import { parseGroup } from '../../src/files/load-group.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { UserError } from '../../src/domain/errors.ts';
import { memberStats } from '../../src/domain/member-stats.ts';
import { keepMonthDayTogether } from '../../src/domain/zoned-time.ts';

const group = parseGroup('name: G\ntimezone: Europe/Berlin\nmeeting: { weekday: thursday, time: "16:00" }\nmembers: [{ id: alice, name: Alice }, { id: bob, name: Bob }]\n', 'group.yaml');
const paper = (id: string, imported: string, extra: Record<string, unknown> = {}) => ({
  ...paperSchema.parse({ id, title: `Paper ${id}`, sources: [{ digest: 'd.md', ref: 1, imported }], ...extra }),
  body: '',
  filePath: `content/papers/${id}.md`,
});
const session = (date: string, papers: { id: string; presenter?: string }[]) => ({ ...sessionSchema.parse({ date, papers }), body: '', filePath: `content/sessions/${date}.md` });

describe('the catalog', () => {
  it('orders papers newest first and links each to its neighbours', () => {
    const catalog = buildCatalog({ papers: [paper('2401.00001', '2026-01-01'), paper('2401.00003', '2026-03-01'), paper('2401.00002', '2026-03-01')], sessions: [], group });
    expect(catalog.papers.map((p) => p.id)).toEqual(['2401.00003', '2401.00002', '2401.00001']);
    expect(catalog.neighbours('2401.00002')).toMatchObject({ previous: { id: '2401.00003' }, next: { id: '2401.00001' } });
    expect(catalog.neighbours('2401.00003').previous).toBeUndefined();
  });

  it('groups tags case-insensitively under one page', () => {
    const catalog = buildCatalog({ papers: [paper('2401.00001', '2026-01-01', { tags: ['Safety'] }), paper('2401.00002', '2026-01-02', { tags: ['safety', 'RL'] })], sessions: [], group });
    expect([...catalog.tags.keys()]).toEqual(['rl', 'safety']);
    expect(catalog.tags.get('safety')!.papers.map((p) => p.id)).toEqual(['2401.00002', '2401.00001']);
  });

  it('stops with the file and the id when a session names an unknown paper or member', () => {
    const run = () => buildCatalog({ papers: [paper('2401.00001', '2026-01-01')], sessions: [session('2026-12-03', [{ id: '2401.00001', presenter: 'zoe' }, { id: '2499.99999' }])], group });
    expect(run).toThrow(UserError);
    expect(run).toThrow(
      'content/sessions/2026-12-03.md: papers[0].presenter: expected the id of a member in content/group.yaml: alice or bob (found "zoe")\n' +
        'content/sessions/2026-12-03.md: papers[1].id: expected the id of a paper in content/papers/ (found "2499.99999"; there is no content/papers/2499.99999.md)',
    );
  });

  it('counts the papers of a session marked done as discussed, unless archived, without a second edit', () => {
    const held = { ...session('2026-11-19', [{ id: '2401.00001' }, { id: '2401.00002' }, { id: '2401.00003' }]), status: 'done' as const };
    const catalog = buildCatalog({
      papers: [
        paper('2401.00001', '2026-01-01', { status: 'scheduled' }),
        paper('2401.00002', '2026-01-01', { status: 'archived' }),
        paper('2401.00003', '2026-01-01', { status: 'candidate' }),
        paper('2401.00004', '2026-01-01', { status: 'scheduled' }),
      ],
      sessions: [held, session('2026-12-03', [{ id: '2401.00004' }])],
      group,
    });
    const status = (id: string) => catalog.byId.get(id)!.status;
    expect([status('2401.00001'), status('2401.00002'), status('2401.00003'), status('2401.00004')]).toEqual(['discussed', 'archived', 'discussed', 'scheduled']);
  });

  it('lists members by their next turn, with what each presented', () => {
    const catalog = buildCatalog({
      papers: [paper('2401.00001', '2026-01-01'), paper('2401.00002', '2026-01-01'), paper('2401.00003', '2026-01-01')],
      sessions: [session('2026-11-19', [{ id: '2401.00001', presenter: 'alice' }]), session('2026-12-03', [{ id: '2401.00002', presenter: 'bob' }])],
      group,
    });
    const stats = memberStats(catalog, '2026-11-24');
    expect(stats.map((s) => s.member.id)).toEqual(['bob', 'alice']);
    expect(stats[0]!.next?.session.date).toBe('2026-12-03');
    expect(stats[1]!.presented.map((p) => p.paper.id)).toEqual(['2401.00001']);
  });

  it("keeps a date's month and day together", () => {
    expect(keepMonthDayTogether('Thursday, November 26, 2026')).toBe('Thursday, November\u00a026, 2026');
  });
});
