/**
 * The home page as data: the next session (with the days until it), the three after it, how many
 * papers wait in the inbox, the last meeting recapped from its minutes, and the six newest papers.
 * Everything that depends on today is here, so the page is never stale. src/pages/index.astro renders
 * this view and the page context and nothing else.
 */
import type { Catalog } from '../../domain/catalog.ts';
import { daysBetween } from '../../domain/dates.ts';
import { strings } from '../../domain/i18n.ts';
import { minutesRecap, type MinutesRecap } from '../../domain/minutes-recap.ts';
import { inbox, timeline } from '../../domain/timeline.ts';
import { withoutLeadingHeading } from '../../render/markdown-headings.ts';
import { paperListItems, type PaperListItemView } from './paper-list-item-view.ts';
import { viewSession, type SessionSource, type SessionView } from './session-view.ts';

export interface HomePageView {
  /** The next session that is not cancelled, and the days until it. */
  next?: (SessionView & { daysAway: number }) | undefined;
  /** Up to three sessions after it. */
  later: SessionView[];
  /** The inbox: how many candidates came since the last held session (or at all, when there was none). */
  inbox: { count: number; sinceLastSession: boolean };
  /** The last meeting, recapped: the first lines of its minutes and its action items. */
  last?: (SessionView & { recap: MinutesRecap }) | undefined;
  /** The newest papers. */
  recent: PaperListItemView[];
}

export interface HomePageSource extends SessionSource, Pick<Catalog, 'papers' | 'sessions'> {}

export function homePageView(site: HomePageSource): HomePageView {
  const { next, upcoming, last } = timeline(site.sessions, site.today);
  const box = inbox(site.papers, site.sessions, site.today);
  const t = strings(site.group.locale);
  return {
    next: next && { ...viewSession(next, site), daysAway: daysBetween(site.today, next.date) },
    later: upcoming
      .filter((s) => s !== next)
      .slice(0, 3)
      .map((s) => viewSession(s, site)),
    inbox: { count: box.papers.length, sinceLastSession: box.since !== undefined },
    last: last && { ...viewSession(last, site), recap: minutesRecap(withoutLeadingHeading(last.body, [t.session.minutes, 'Minutes', '会议记录'])) },
    recent: paperListItems(site.papers.slice(0, 6), site.group.locale),
  };
}
