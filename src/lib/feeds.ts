/**
 * Atom feeds of the newest papers and of the sessions, written by the `feed` library. Every date
 * comes from the content (date added, session date), so the same content gives the same bytes.
 */
import { Feed } from 'feed';
import type { Catalog, PaperRecord, SessionRecord } from './catalog.ts';
import { mathToPlainText } from './math.ts';
import { zonedInstant } from './zoned-time.ts';

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
    title: `${group.name}: new papers`,
    id: context.url('/papers/'),
    link: context.url('/papers/'),
    language: group.locale,
    description: group.description || undefined,
    updated: items[0] ? day(items[0].added) : day('2000-01-01'),
    generator: 'reading-group-planner',
    feedLinks: { atom: context.url(selfPath) },
  });
  for (const paper of items) {
    const summary = [paper.summaryEn, paper.summaryZh].filter(Boolean).join(' — ');
    feed.addItem({
      title: mathToPlainText(paper.title),
      id: context.url(context.paperPath(paper.id)),
      link: context.url(context.paperPath(paper.id)),
      date: day(paper.added),
      description: mathToPlainText(summary || paper.abstract.slice(0, 300)),
      content: mathToPlainText(paper.abstract),
      category: [...paper.categories, ...paper.tags].map((name) => ({ name })),
      ...(paper.authors?.length ? { author: paper.authors.map((name) => ({ name })) } : {}),
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
    title: `${group.name}: sessions`,
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
      const who = item.presenter ? members.get(item.presenter) ?? item.presenter : undefined;
      return `${mathToPlainText(title)}${who ? ` (${who})` : ''}`;
    });
    const time = session.time ?? group.meeting.time;
    feed.addItem({
      title: `${session.status === 'cancelled' ? 'Cancelled: ' : ''}${session.date} ${time}${session.title ? ` · ${session.title}` : ''}`,
      id: context.url(context.sessionPath(session.date)),
      link: context.url(context.sessionPath(session.date)),
      date: day(updatedOf(session)),
      published: zonedInstant(session.date, time, group.timezone),
      description: papers.join('; ') || session.status,
    });
  }
  return feed.atom1();
}
