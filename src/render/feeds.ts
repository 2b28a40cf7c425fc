/**
 * Atom feeds of the newest papers and of the sessions, written by the `feed` library. Every date
 * comes from the content (date added, session date), so the same content gives the same bytes.
 *
 * The library writes entry titles, summaries and contents as `type="html"`, so the plain text given
 * to them is HTML-escaped first: a title reading `<script>` stays that text in a feed reader (and no
 * `]]>` can end the library's CDATA section early). Characters XML cannot hold are dropped everywhere.
 */
import { Feed } from 'feed';
import type { Catalog, PaperRecord, SessionRecord } from '../domain/catalog.ts';
import { escapeHtml, mathToPlainText } from './math.ts';
import { zonedInstant } from '../domain/zoned-time.ts';

// Control characters other than tab and line breaks, non-characters, and unpaired surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML can carry it. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Plain text for an Atom field the library marks `type="html"`. */
export function htmlField(text: string): string {
  return escapeHtml(xmlText(text));
}

/**
 * A category label: the library escapes only `&` and `"` in attributes, so `<` (which XML forbids
 * there) is written as the fullwidth `＜`.
 */
export function categoryLabel(name: string): string {
  return xmlText(name).replace(/</g, '\uFF1C');
}

export interface FeedContext {
  catalog: Pick<Catalog, 'group' | 'byId'>;
  /** Absolute URL of a site path (with the base). */
  url: (path: string) => string;
  paperPath: (id: string) => string;
  sessionPath: (date: string) => string;
}

const day = (date: string) => new Date(`${date}T00:00:00Z`);

export const FEED_SIZE = 50;

/** The newest papers (by date added), as Atom. */
export function papersFeed(papers: PaperRecord[], context: FeedContext, selfPath: string): string {
  const { group } = context.catalog;
  const items = papers.slice(0, FEED_SIZE);
  const feed = new Feed({
    title: xmlText(`${group.name}: new papers`),
    id: context.url('/papers/'),
    link: context.url('/papers/'),
    language: group.locale,
    description: group.description ? xmlText(group.description) : undefined,
    updated: items[0] ? day(items[0].added) : day('2000-01-01'),
    generator: 'reading-group-planner',
    feedLinks: { atom: context.url(selfPath) },
  });
  for (const paper of items) {
    const summary = [paper.summaryEn, paper.summaryZh].filter(Boolean).join(' — ');
    feed.addItem({
      title: htmlField(mathToPlainText(paper.title)),
      id: context.url(context.paperPath(paper.id)),
      link: context.url(context.paperPath(paper.id)),
      date: day(paper.added),
      description: htmlField(mathToPlainText(summary || paper.abstract.slice(0, 300))),
      content: htmlField(mathToPlainText(paper.abstract)),
      category: [...paper.categories, ...paper.tags].map((name) => ({ name: categoryLabel(name) })),
      ...(paper.authors?.length ? { author: paper.authors.map((name) => ({ name: xmlText(name) })) } : {}),
    });
  }
  return feed.atom1();
}

/** Every session, newest first, as Atom: an entry per meeting with its papers and presenters. */
export function sessionsFeed(sessions: SessionRecord[], context: FeedContext, selfPath: string): string {
  const { group, byId } = context.catalog;
  const members = new Map(group.members.map((m) => [m.id, m.name]));
  const ordered = [...sessions].reverse();
  const updatedOf = (s: SessionRecord) => (typeof s.updated === 'string' ? s.updated : s.date);
  const latest = ordered.map(updatedOf).sort().at(-1);
  const feed = new Feed({
    title: xmlText(`${group.name}: sessions`),
    id: context.url('/sessions/'),
    link: context.url('/sessions/'),
    language: group.locale,
    updated: day(latest ?? '2000-01-01'),
    generator: 'reading-group-planner',
    feedLinks: { atom: context.url(selfPath) },
  });
  for (const session of ordered) {
    const papers = session.papers.map((item) => {
      const title = byId.get(item.id)?.title ?? item.id;
      const who = item.presenter ? (members.get(item.presenter) ?? item.presenter) : undefined;
      return `${mathToPlainText(title)}${who ? ` (${who})` : ''}`;
    });
    const time = session.time ?? group.meeting.time;
    feed.addItem({
      title: htmlField(`${session.status === 'cancelled' ? 'Cancelled: ' : ''}${session.date} ${time}${session.title ? ` · ${session.title}` : ''}`),
      id: context.url(context.sessionPath(session.date)),
      link: context.url(context.sessionPath(session.date)),
      date: day(updatedOf(session)),
      published: zonedInstant(session.date, time, group.timezone),
      description: htmlField(papers.join('; ') || session.status),
    });
  }
  return feed.atom1();
}
