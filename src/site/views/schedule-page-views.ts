/**
 * The schedule as data: the schedule page (src/pages/sessions/index.astro: sessions to come with the
 * breaks among them, the two latest terms of the archive and links to the older ones, the calendar's
 * addresses) and the page of each older term (src/pages/sessions/term/[term].astro). Which sessions
 * and breaks lie ahead depends on today, and is here. Each page renders its view and the page context
 * and nothing else.
 */
import type { Catalog } from '../../domain/catalog.ts';
import { routes, withBase } from '../../domain/routes.ts';
import { byTerm, type Term } from '../../domain/terms.ts';
import { timeline } from '../../domain/timeline.ts';
import type { Group } from '../../schemas/group.ts';
import { viewSession, type SessionSource, type SessionView } from './session-view.ts';

export type ScheduleRow = { kind: 'session'; date: string; view: SessionView } | { kind: 'break'; date: string; holiday: Group['holidays'][number] };

export interface SchedulePageView {
  /** Whether any session lies ahead (today or later). */
  anyUpcoming: boolean;
  /** The sessions ahead, with the breaks not over yet among them at their first day. */
  rows: ScheduleRow[];
  /** The two latest terms of held and cancelled sessions, newest first. */
  recent: Term<SessionView>[];
  /** Older terms, each a page of its own. */
  earlier: { key: string; label: string; count: number }[];
  /** The calendar feed's address as webcal:, for a subscription. */
  webcal: string;
}

export interface SchedulePageSource extends SessionSource, Pick<Catalog, 'sessions'> {
  context: { base: string };
}

function pastTerms(site: SessionSource & Pick<Catalog, 'sessions'>): Term<SessionView>[] {
  return byTerm(timeline(site.sessions, site.today).past, site.group.locale).map((term) => ({ ...term, items: term.items.map((s) => viewSession(s, site)) }));
}

/** The schedule page; `siteUrl` is the site's origin (Astro's `site`). */
export function schedulePageView(site: SchedulePageSource, siteUrl: string | URL): SchedulePageView {
  const { upcoming } = timeline(site.sessions, site.today);
  const terms = pastTerms(site);
  const breaks = site.group.holidays.filter((h) => (h.to ?? h.from) >= site.today).map((h) => ({ kind: 'break' as const, date: h.from, holiday: h }));
  const rows: ScheduleRow[] = [...upcoming.map((s) => ({ kind: 'session' as const, date: s.date, view: viewSession(s, site) })), ...breaks].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'break' ? -1 : 1,
  );
  const feed = new URL(withBase(site.context.base, routes.calendar()), siteUrl).href;
  return {
    anyUpcoming: upcoming.length > 0,
    rows,
    recent: terms.slice(0, 2),
    earlier: terms.slice(2).map((term) => ({ key: term.key, label: term.label, count: term.items.length })),
    webcal: feed.replace(/^https?:/, 'webcal:'),
  };
}

/** The page of each past term. */
export interface TermPageView {
  term: Term<SessionView>;
}

export function termPageViews(site: SessionSource & Pick<Catalog, 'sessions'>): TermPageView[] {
  return pastTerms(site).map((term) => ({ term }));
}
