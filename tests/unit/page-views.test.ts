/**
 * Every page renders one view built by a pure function in src/site/views, and the routes that Astro
 * can key (those with getStaticPaths) are keyed by a hash of that same view. The paper and session
 * pages have tests of their own (paper-page-view.test.ts, session-page-view.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildCatalog } from '../../src/domain/catalog.ts';
import { parseGroup } from '../../src/files/load-group.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { homePageView } from '../../src/site/views/home-page-view.ts';
import { membersPageView } from '../../src/site/views/members-page-view.ts';
import { inboxPageViews, papersPageViews, tagPageViews, tagsPageView } from '../../src/site/views/listing-page-views.ts';
import { schedulePageView, termPageViews } from '../../src/site/views/schedule-page-views.ts';
import { canonicalJson, viewKeys } from '../../src/site/views/view-key.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const group = parseGroup(
  'name: G\ntimezone: Europe/Berlin\nmeeting: { weekday: thursday, time: "16:00" }\npapersPerSession: 2\nholidays: [{ name: Winter break, from: "2026-12-21", to: "2027-01-03" }]\nmembers: [{ id: alice, name: Alice }, { id: bob, name: Bob, away: [{ from: "2026-11-01", to: "2026-12-31" }] }]\n',
  'group.yaml',
);
const paper = (id: string, added: string, extra: Record<string, unknown> = {}) => ({
  ...paperSchema.parse({ id, title: `Paper ${id}`, sources: [{ digest: 'd.md', ref: 1, imported: added }], ...extra }),
  body: '',
  filePath: `content/papers/${id}.md`,
});
const session = (date: string, papers: { id: string; presenter?: string }[], status: 'planned' | 'done' = 'planned', body = '') => ({
  ...sessionSchema.parse({ date, papers, status }),
  body,
  filePath: `content/sessions/${date}.md`,
});

function site(today: string, second: Record<string, unknown> = {}, secondBody = '') {
  const catalog = buildCatalog({
    papers: [
      paper('2401.00001', '2026-01-01', { tags: ['rl'], status: 'discussed' }),
      { ...paper('2401.00002', '2026-11-01', { tags: ['rl', 'safety'], ...second }), body: secondBody },
      paper('2401.00003', '2026-11-20', { tags: ['safety'] }),
      paper('2401.00004', '2026-11-25'),
    ],
    sessions: [
      session('2026-05-14', [{ id: '2401.00001', presenter: 'alice' }], 'done', '## Minutes\n\nWe met.\n\nAction: read more.\n'),
      session('2026-11-19', [{ id: '2401.00001', presenter: 'alice' }], 'done', '## Minutes\n\nWe met again.\n'),
      session('2026-12-03', [{ id: '2401.00002', presenter: 'bob' }]),
      session('2026-12-17', []),
    ],
    group,
  });
  return { ...catalog, today, context: { base: '/' }, papersWithoutPage: 7 };
}

/** Each view of a page, built for a given today (the views that do not depend on it ignore it). */
const views: Record<string, (today: string) => unknown[]> = {
  home: (today) => [homePageView(site(today))],
  members: (today) => [membersPageView(site(today))],
  schedule: (today) => [schedulePageView(site(today), 'https://example.org')],
  terms: (today) => termPageViews(site(today)),
  papers: (today) => papersPageViews(site(today)),
  tags: (today) => [tagsPageView(site(today))],
  tag: (today) => tagPageViews(site(today)),
  inbox: (today) => inboxPageViews(site(today)),
};

describe('the listing pages (all papers, a tag, the inbox)', () => {
  const listings = (today: string, second: Record<string, unknown> = {}, secondBody = '') => {
    const built = site(today, second, secondBody);
    return [...papersPageViews(built), ...tagPageViews(built), ...inboxPageViews(built)];
  };
  const keysOf = (views: unknown[]) => views.map(viewKeys({ code: 'abc', group }));

  it('keep their keys when a paper changes in what no list shows: its notes and questions, its arXiv comment and DOI', () => {
    const before = keysOf(listings('2026-11-24'));
    const body = '## Notes\n\nAlice: read section 3 first.\n\n## Discussion questions\n\n- Why does it work?\n';
    expect(keysOf(listings('2026-11-24', { comment: '12 pages, accepted at ACL', doi: '10.1000/xyz123' }, body))).toEqual(before);
  });

  it('change their keys when a paper changes in what a list shows: title, summary, authors, status, votes, tags', () => {
    const before = keysOf(listings('2026-11-24'));
    for (const change of [{ title: 'Another title' }, { summaryZh: '新的一句话总结。' }, { authors: ['Ada Lovelace'] }, { status: 'shortlisted' }, { votes: ['alice'] }, { tags: ['rl'] }]) {
      const after = keysOf(listings('2026-11-24', change));
      expect(after.filter((key, i) => key !== before[i]).length, JSON.stringify(change)).toBeGreaterThan(0);
    }
  });
});

describe('the views of the other pages', () => {
  it('hold what the pages show, what depends on today included', () => {
    const home = homePageView(site('2026-11-24'));
    expect(home.next?.date).toBe('2026-12-03');
    expect(home.next?.daysAway).toBe(9);
    expect(home.next?.openPlaces).toBe(1);
    expect(home.later.map((s) => [s.date, s.openPlaces])).toEqual([['2026-12-17', 2]]);
    expect(home.last?.date).toBe('2026-11-19');
    expect(home.last?.recap.lines).toEqual(['We met again.']);
    expect(home.inbox).toEqual({ count: 2, sinceLastSession: true });
    expect(home.recent.map((p) => p.id)).toEqual(['2401.00004', '2401.00003', '2401.00002', '2401.00001']);

    const members = membersPageView(site('2026-11-24')).members;
    expect(members.map((m) => [m.member.id, m.presented.length, m.next?.session.date])).toEqual([
      ['bob', 0, '2026-12-03'],
      ['alice', 2, undefined],
    ]);

    const schedule = schedulePageView(site('2026-11-24'), 'https://example.org');
    expect(schedule.rows.map((r) => [r.kind, r.date])).toEqual([
      ['session', '2026-12-03'],
      ['session', '2026-12-17'],
      ['break', '2026-12-21'],
    ]);
    expect(schedule.recent.map((term) => [term.key, term.items.map((s) => s.date)])).toEqual([
      ['2026-autumn', ['2026-11-19']],
      ['2026-spring', ['2026-05-14']],
    ]);
    expect(schedule.webcal).toBe('webcal://example.org/calendar.ics');
    expect(termPageViews(site('2026-11-24')).map((v) => v.term.key)).toEqual(['2026-autumn', '2026-spring']);

    const papers = papersPageViews(site('2026-11-24'));
    const all = papers.find((v) => !v.key.status && v.key.order === 'newest')!;
    expect([all.total, all.papersWithoutPage, all.counts.discussed, all.counts.candidate]).toEqual([4, 7, 1, 3]);
    // Said on the first page of all papers, newest or oldest first.
    expect(papers.filter((v) => v.papersWithoutPage > 0).map((v) => v.param)).toEqual([undefined, 'oldest']);
    expect(tagsPageView(site('2026-11-24')).tags).toEqual([
      { slug: 'rl', name: 'rl', count: 2 },
      { slug: 'safety', name: 'safety', count: 2 },
    ]);
    expect(tagPageViews(site('2026-11-24')).map((v) => [v.slug, v.slice.items.length])).toEqual([
      ['rl', 2],
      ['safety', 2],
    ]);
    const inbox = inboxPageViews(site('2026-11-24'));
    expect(inbox.map((v) => [v.since, v.total, v.slice.items.map((p) => p.id)])).toEqual([['2026-11-19', 4, ['2401.00004', '2401.00003']]]);
  });

  it('give a different key when a field is added or changed, and when today changes what a page shows', () => {
    const key = viewKeys({ code: 'abc', group });
    for (const [page, build] of Object.entries(views)) {
      for (const view of build('2026-11-24')) {
        expect(key(build('2026-11-24')[build('2026-11-24').length - 1]), page).toBeTypeOf('string');
        const same = JSON.parse(canonicalJson(view)) as Record<string, unknown>;
        // Equal data in another order is the same view; any field added or changed is another.
        expect(key(Object.fromEntries(Object.entries(view as object).reverse())), page).toBe(key(view));
        expect(key({ ...(view as object), shownLater: 1 }), page).not.toBe(key(view));
        for (const field of Object.keys(same)) expect(key({ ...(view as object), [field]: 'changed' }), `${page}.${field}`).not.toBe(key(view));
      }
    }
    // Today moves the sessions, the inbox and the members' turns.
    const moved = (page: string, from: string, to: string) => expect(views[page]!(to).map(key), page).not.toEqual(views[page]!(from).map(key));
    for (const page of ['home', 'members', 'schedule']) moved(page, '2026-11-24', '2026-12-04');
    moved('terms', '2026-11-24', '2026-12-04');
    moved('inbox', '2026-11-18', '2026-11-24');
    // The listings do not depend on today: their pages are kept from one day to the next.
    for (const page of ['papers', 'tags', 'tag']) expect(views[page]!('2026-12-04').map(key), page).toEqual(views[page]!('2026-11-24').map(key));
  });

  it('are all the pages read: routes build one view, layouts and components take nothing from the site data', () => {
    const pages = join(ROOT, 'src', 'pages');
    const routes = readdirSync(pages, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.astro'))
      .map((f) => join(pages, f));
    const seen = new Set<string>();
    const visit = (file: string) => {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import [^'"]*['"](\.[^'"]+\.astro)['"]/gm)) {
        const imported = resolve(dirname(file), spec!);
        if (seen.has(imported)) continue;
        seen.add(imported);
        visit(imported);
      }
    };
    routes.forEach(visit);
    expect(seen.size).toBeGreaterThan(10);
    for (const file of seen) expect(readFileSync(file, 'utf8'), file).not.toMatch(/site-data|getSite|getCollection|astro:content/);

    const withData = routes.filter((f) => /getSite/.test(readFileSync(f, 'utf8')));
    expect(withData.map((f) => f.slice(pages.length + 1)).sort()).toEqual([
      'inbox/[...page].astro',
      'index.astro',
      'members.astro',
      'papers/[...list].astro',
      'papers/[slug].astro',
      'search.astro',
      'sessions/[date].astro',
      'sessions/index.astro',
      'sessions/term/[term].astro',
      'tags/[tag]/[...page].astro',
      'tags/index.astro',
    ]);
    for (const file of withData) {
      const text = readFileSync(file, 'utf8');
      // One view per page, from src/site/views, and nothing else from the site's data.
      expect(text, file).toMatch(/import \{ \w+(?:Page)?Views? \} from '(?:\.\.\/)+site\/views\/[\w-]+-views?\.ts'/);
      expect(text.match(/getSite\(\)/g), file).toHaveLength(1);
      // The route computes nothing from the site's data itself.
      expect(text, file).not.toMatch(/viewSession|statusCounts|paginate\(|timeline\(|byTerm\(|memberStats\(|minutesRecap\(/);
      // A route Astro can key is keyed by its view.
      if (/export const getStaticPaths/.test(text)) expect(text, file).toMatch(/props: \{ view \},\s*cacheKey: site\.viewKey\(view\)/);
    }
  });
});
