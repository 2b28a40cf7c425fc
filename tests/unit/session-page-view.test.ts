import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildCatalog } from '../../src/domain/catalog.ts';
import { parseGroup } from '../../src/files/load-group.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { sessionPageView, type SessionPageSource } from '../../src/site/views/session-page-view.ts';
import { canonicalJson, viewKeys } from '../../src/site/views/view-key.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const group = parseGroup(
  'name: G\ntimezone: Europe/Berlin\nmeeting: { weekday: thursday, time: "16:00", location: "Room 1" }\npapersPerSession: 2\nrepository: { url: "https://github.com/lab/reading", branch: main }\nmembers: [{ id: alice, name: Alice }, { id: bob, name: Bob }]\n',
  'group.yaml',
);
const paper = (id: string, extra: Record<string, unknown> = {}) => ({
  ...paperSchema.parse({ id, title: `Paper ${id}`, abstract: 'We show that it works.', sources: [{ digest: 'd.md', ref: 1, imported: '2026-01-01' }], ...extra }),
  body: '## Notes\n\nA note.\n\n## Discussion questions\n\n1. Why?\n2. How?\n',
  filePath: `content/papers/${id}.md`,
});
const session = (date: string, papers: { id: string; presenter?: string }[], status: 'planned' | 'done' = 'planned', body = '') => ({
  ...sessionSchema.parse({ date, papers, status }),
  body,
  filePath: `content/sessions/${date}.md`,
});

function source(today = '2026-11-24'): SessionPageSource {
  const catalog = buildCatalog({
    papers: [paper('2401.00001', { summaryZh: '它有效。' }), paper('2401.00002')],
    sessions: [
      session('2026-11-19', [{ id: '2401.00001', presenter: 'alice' }], 'done', '## Minutes\n\nWe met.\n'),
      session('2026-12-03', [{ id: '2401.00002', presenter: 'bob' }], 'planned', '## Agenda\n\n- Talk\n'),
    ],
    group,
  });
  return { ...catalog, today, context: { base: '/rg/' } };
}

describe("a session page's view", () => {
  it('holds the session, its papers with summaries and questions, the notes, the links and what depends on today', () => {
    const view = sessionPageView(source(), '2026-12-03', 'https://example.org');
    expect(view.date).toBe('2026-12-03');
    expect([view.start, view.end, view.zone, view.location]).toEqual(['16:00', '17:00', 'GMT+1', 'Room 1']);
    expect(view.items.map((i) => [i.paper.id, i.presenter?.name, i.summary.lang, i.questions.map((q) => q.text)])).toEqual([['2401.00002', 'Bob', 'en', ['Why?', 'How?']]]);
    // The leading heading repeats the section's and is left out.
    expect(view.notes.trim()).toBe('- Talk');
    expect(view.pageUrl).toBe('https://example.org/rg/sessions/2026-12-03/');
    expect(view.editUrl).toBe('https://github.com/lab/reading/edit/main/content/sessions/2026-12-03.md');
    // Today decides whether the session lies ahead and shows its open places.
    expect([view.ahead, view.openPlaces]).toEqual([true, 1]);
    const later = sessionPageView(source('2026-12-04'), '2026-12-03', 'https://example.org');
    expect([later.ahead, later.openPlaces]).toEqual([false, 0]);
    const held = sessionPageView(source(), '2026-11-19', 'https://example.org');
    expect([held.ahead, held.openPlaces, held.notes.trim()]).toEqual([false, 0, 'We met.']);
    expect(() => sessionPageView(source(), '2026-12-10', 'https://example.org')).toThrow(/no session on 2026-12-10/);
  });

  it('gives equal views equal keys, and a different key when any field changes, a field is added, or today moves', () => {
    const key = viewKeys({ code: 'abc', group });
    const view = sessionPageView(source(), '2026-12-03', 'https://example.org');
    expect(key(sessionPageView(source(), '2026-12-03', 'https://example.org'))).toBe(key(view));
    expect(key(Object.fromEntries(Object.entries(view).reverse()))).toBe(key(view));

    const keys = new Set([key(view)]);
    const changed = (other: unknown) => {
      const k = key(other);
      expect(keys.has(k), canonicalJson(other)).toBe(false);
      keys.add(k);
    };
    changed({ ...view, shownLater: 'a new line on the page' });
    changed({ ...view, session: { ...view.session, newField: 1 } });
    changed({ ...view, items: view.items.map((i) => ({ ...i, rank: 1 })) });
    changed({ ...view, notes: `${view.notes}More.\n` });
    changed({ ...view, items: view.items.map((i) => ({ ...i, paper: { ...i.paper, title: 'Renamed' } })) });
    changed({ ...view, items: view.items.map((i) => ({ ...i, presenter: undefined })) });
    changed({ ...view, items: view.items.map((i) => ({ ...i, questions: [] })) });
    changed({ ...view, session: { ...view.session, rsvp: ['alice'] } });
    changed({ ...view, pageUrl: 'https://example.org/other/' });
    changed({ ...view, editUrl: undefined });
    changed(sessionPageView(source('2026-12-04'), '2026-12-03', 'https://example.org'));
    changed(sessionPageView(source(), '2026-12-03', 'https://example.com'));
  });

  it('is all the session page reads: its layout and components take no site data besides the page context', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/^import [^'"]*['"](\.[^'"]+\.astro)['"]/gm)) visit(resolve(dirname(file), spec!));
    };
    visit(join(ROOT, 'src', 'layouts', 'SessionPage.astro'));
    expect([...seen].map((f) => f.slice(ROOT.length + 1)).sort()).toEqual(expect.arrayContaining(['src/components/SessionActions.astro', 'src/layouts/BaseLayout.astro']));
    for (const file of seen) expect(readFileSync(file, 'utf8'), file).not.toMatch(/site-data|getSite|getCollection|astro:content/);
    const route = readFileSync(join(ROOT, 'src', 'pages', 'sessions', '[date].astro'), 'utf8');
    expect(route).toMatch(/const view = sessionPageView\(site, session\.date, import\.meta\.env\.SITE\);[\s\S]*props: \{ view \}, cacheKey: site\.viewKey\(view\)/);
  });
});
