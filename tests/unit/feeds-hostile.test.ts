import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { categoryLabel, papersFeed, sessionsFeed, xmlText, type FeedContext } from '../../src/render/feeds.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { sessionSchema } from '../../src/schemas/session.ts';
import { groupSchema } from '../../src/schemas/group.ts';
import type { PaperRecord, SessionRecord } from '../../src/domain/catalog.ts';

const TITLE = `<script>alert(1)</script> ]]> ]]><evil/> & &amp; "q" 'a' \u0001end`;
const group = groupSchema.parse({
  name: `Group <b onmouseover=x()> ]]>`,
  description: `<script>alert('d')</script>`,
  timezone: 'Europe/Berlin',
  meeting: { weekday: 'thursday', time: '16:00' },
  members: [{ id: 'alice', name: `Alice <img src=x onerror=alert(1)>` }],
});
const paper = {
  ...paperSchema.parse({
    id: '2611.00001',
    title: TITLE,
    summaryEn: `<img src=x onerror=alert(2)>`,
    abstract: `</content><evil/> <iframe src="javascript:alert(3)">`,
    tags: [`<img src=x onerror=alert('tag')>`, `" onmouseover="x`],
    authors: [`Mallory <script>alert(4)</script>`],
    sources: [{ digest: 'hostile.md', ref: 1, imported: '2026-11-24' }],
  }),
  body: '',
  filePath: 'content/papers/2611.00001.md',
  slug: '2611.00001',
  added: '2026-11-24',
  voteCount: 0,
} as PaperRecord;
const session = { ...sessionSchema.parse({ date: '2026-11-26', title: TITLE, papers: [{ id: '2611.00001', presenter: 'alice' }] }), body: '', filePath: 'x' } as SessionRecord;
const context: FeedContext = {
  catalog: { group, byId: new Map([[paper.id, paper]]) },
  url: (path) => `https://example.org${path}`,
  paperPath: (id) => `/papers/${id}/`,
  sessionPath: (date) => `/sessions/${date}/`,
};

/** Decodes the HTML an Atom `type="html"` field holds into the text a reader shows. */
const htmlToText = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata', isArray: (name) => name === 'entry' || name === 'category' }).parse(xml) as {
    feed: { title: string; entry: { title: { '#cdata': string }; summary?: { '#cdata': string }; content?: { '#cdata': string }; category?: { '@_label': string }[]; author?: { name: string } }[] };
  };
}

describe('Atom feeds from hostile text', () => {
  it('the papers feed is well-formed XML, and each field holds no markup, only the text', () => {
    const xml = papersFeed([paper], context, '/feeds/papers.xml');
    const entry = parse(xml).feed.entry[0]!;
    for (const html of [entry.title['#cdata'], entry.summary!['#cdata'], entry.content!['#cdata']]) expect(html).not.toMatch(/<[a-z/!]/i);
    expect(htmlToText(entry.title['#cdata'])).toBe(xmlText(TITLE));
    expect(htmlToText(entry.content!['#cdata'])).toBe(paper.abstract);
    expect(entry.category!.map((c) => c['@_label'])).toEqual(["＜img src=x onerror=alert('tag')>", '" onmouseover="x']);
    expect(xml).not.toContain('<evil');
    expect(xml).not.toContain('\u0001');
  });

  it('the sessions feed is well-formed XML with the session title as text', () => {
    const entry = parse(sessionsFeed([session], context, '/feeds/sessions.xml')).feed.entry[0]!;
    expect(htmlToText(entry.title['#cdata'])).toBe(`2026-11-26 16:00 · ${xmlText(TITLE)}`);
    expect(entry.summary!['#cdata']).toContain('Alice &lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops characters XML cannot hold and writes < in category labels as a fullwidth ＜', () => {
    expect(xmlText('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f\u{1F600}g\tj\nk')).toBe('abcdef\u{1F600}g\tj\nk');
    expect(categoryLabel('<b>')).toBe('＜b>');
  });
});
