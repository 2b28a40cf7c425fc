import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildCatalog } from '../../src/domain/catalog.ts';
import { parseGroup } from '../../src/files/load-group.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { paperPageView, type PaperPageSource } from '../../src/site/views/paper-page-view.ts';
import { canonicalJson, viewKeys } from '../../src/site/views/view-key.ts';
import { relatedLinks } from '../../src/domain/related/discussed.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const group = parseGroup(
  'name: G\ntimezone: Europe/Berlin\nmeeting: { weekday: thursday, time: "16:00" }\nrepository: { url: "https://github.com/lab/reading", branch: main }\nmembers: [{ id: alice, name: Alice }, { id: bob, name: Bob }]\n',
  'group.yaml',
);
const paper = (id: string, imported: string, extra: Record<string, unknown> = {}) => ({
  ...paperSchema.parse({ id, title: `Paper ${id}`, sources: [{ digest: 'd.md', ref: 1, imported }], ...extra }),
  body: '## Notes\n\nA note.\n',
  filePath: `content/papers/${id}.md`,
});
const session = (date: string, papers: { id: string; presenter?: string }[], status: 'planned' | 'done' = 'planned') => ({
  ...sessionSchema.parse({ date, papers, status }),
  body: '',
  filePath: `content/sessions/${date}.md`,
});

function source(): PaperPageSource {
  const catalog = buildCatalog({
    papers: [paper('2401.00001', '2026-01-01', { votes: ['alice', 'carol'], suggestedBy: 'bob' }), paper('2401.00002', '2026-02-01'), paper('2401.00003', '2026-03-01', { titleZh: '论文三' })],
    sessions: [session('2026-11-19', [{ id: '2401.00003', presenter: 'alice' }], 'done'), session('2026-12-03', [{ id: '2401.00002', presenter: 'bob' }])],
    group,
  });
  const lists: Record<string, { id: string; score: number }[]> = {
    '2401.00002': [
      { id: '2401.00003', score: 0.4 },
      { id: '2499.99999', score: 0.3 },
    ],
  };
  return { ...catalog, today: '2026-11-24', related: (id) => relatedLinks(lists[id] ?? [], catalog, '2026-11-24') };
}

describe("a paper page's view", () => {
  it('holds the paper and what the page shows from elsewhere: neighbours, related papers, sessions, names, links', () => {
    const view = paperPageView(source(), '2401.00002');
    expect(view.paper.id).toBe('2401.00002');
    expect(view.previous).toEqual({ id: '2401.00003', title: 'Paper 2401.00003' });
    expect(view.next).toEqual({ id: '2401.00001', title: 'Paper 2401.00001' });
    // Only related papers with a page, marked when discussed; no score.
    expect(view.related).toEqual([{ id: '2401.00003', title: 'Paper 2401.00003', titleZh: '论文三', discussed: true, discussedOn: '2026-11-19' }]);
    expect(view.sessions).toEqual([{ date: '2026-12-03', held: false, presenter: 'Bob' }]);
    expect(view.editUrl).toBe('https://github.com/lab/reading/edit/main/content/papers/2401.00002.md');
    expect(view.arxiv.abs).toBe('https://arxiv.org/abs/2401.00002');
    const voted = paperPageView(source(), '2401.00001');
    expect(voted.voters).toEqual(['Alice', 'carol']);
    expect(voted.suggestedBy).toBe('Bob');
  });

  it('gives equal views equal keys, and a different key when any field changes or a field is added', () => {
    const key = viewKeys({ code: 'abc', group });
    const view = paperPageView(source(), '2401.00002');
    expect(key(paperPageView(source(), '2401.00002'))).toBe(key(view));
    // The same data built in another order is the same view.
    const reordered = Object.fromEntries(Object.entries(view).reverse());
    expect(key(reordered)).toBe(key(view));

    const keys = new Set([key(view)]);
    const changed = (other: unknown) => {
      const k = key(other);
      expect(keys.has(k), canonicalJson(other)).toBe(false);
      keys.add(k);
    };
    // A field added to the view, at the top or deep inside.
    changed({ ...view, shownLater: 'a new line on the page' });
    changed({ ...view, paper: { ...view.paper, newField: 1 } });
    changed({ ...view, related: view.related.map((r) => ({ ...r, rank: 1 })) });
    // Any field's value.
    changed({ ...view, paper: { ...view.paper, body: `${view.paper.body}More.\n` } });
    changed({ ...view, paper: { ...view.paper, tags: ['new'] } });
    changed({ ...view, previous: { id: '2401.00003', title: 'Renamed' } });
    changed({ ...view, next: undefined });
    changed({ ...view, sessions: [{ ...view.sessions[0]!, held: true }] });
    changed({ ...view, related: [{ ...view.related[0]!, discussed: false, discussedOn: undefined }] });
    changed({ ...view, related: [] });
    // And what every page shares: the code, the group.
    expect(viewKeys({ code: 'abd', group })(view)).not.toBe(key(view));
    expect(viewKeys({ code: 'abc', group: { ...group, name: 'H' } })(view)).not.toBe(key(view));
  });

  it('counts the content of Maps and Sets, and refuses what is not data', () => {
    const key = viewKeys({});
    expect(key({ names: new Map([['a', 1]]) })).not.toBe(key({ names: new Map([['a', 2]]) }));
    expect(key({ ids: new Set(['a']) })).not.toBe(key({ ids: new Set(['b']) }));
    expect(() => key({ render: () => 'html' })).toThrow(/data only.*"render" is a function/);
    class Tag {
      name = 'rl';
    }
    expect(() => key({ tag: new Tag() })).toThrow(/plain data only; "tag" is a Tag/);
    // What has a JSON form (a URL, a date) counts by it.
    expect(key({ at: new URL('https://example.org/a') })).not.toBe(key({ at: new URL('https://example.org/b') }));
  });

  it('is all the paper page reads: its layout and components take no site data besides the page context', () => {
    // Every .astro file the paper page renders, following imports from the route.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, spec] of text.matchAll(/^import [^'"]*['"](\.[^'"]+\.astro)['"]/gm)) visit(resolve(dirname(file), spec!));
    };
    const route = join(ROOT, 'src', 'pages', 'papers', '[slug].astro');
    visit(join(ROOT, 'src', 'layouts', 'PaperPage.astro'));
    expect([...seen].map((f) => f.slice(ROOT.length + 1)).sort()).toContain('src/layouts/BaseLayout.astro');
    for (const file of seen) expect(readFileSync(file, 'utf8'), file).not.toMatch(/site-data|getSite|getCollection|astro:content/);
    // The route builds the view once, renders it, and keys the page by it.
    expect(readFileSync(route, 'utf8')).toMatch(
      /const source = \{ \.\.\.site, related: await site\.relatedPapers\(\) \};[\s\S]*const view = paperPageView\(source, paper\.id\);[\s\S]*props: \{ view \}, cacheKey: site\.viewKey\(view\)/,
    );
  });
});
