/**
 * A session's page as data: the session as pages show it (src/site/views/session-view.ts: times,
 * place, papers with their presenters, whether it lies ahead and the places left open), each paper's
 * one-line summary and discussion questions, the notes (agenda or minutes) without their leading
 * heading, the page's own address (for the handout's QR code) and its "Edit this page" link.
 * src/layouts/SessionPage.astro renders this view and the page context and nothing else; the page's
 * incremental-build key is a hash of this same view (src/site/views/view-key.ts).
 */
import type { SessionRecord } from '../../domain/catalog.ts';
import { strings, type Locale } from '../../domain/i18n.ts';
import { parsePaperBody, type PaperQuestion } from '../../domain/paper-body.ts';
import { routes, withBase } from '../../domain/routes.ts';
import { listSummary } from '../../render/excerpt.ts';
import { withoutLeadingHeading } from '../../render/markdown-headings.ts';
import { editLink } from './edit-link.ts';
import { viewSession, type SessionSource, type SessionView } from './session-view.ts';

export interface SessionPageView extends SessionView {
  /** Each paper with its one line in the group's language (the other language when it has none) and its discussion questions. */
  items: (SessionView['items'][number] & { summary: { text: string; lang: Locale }; questions: PaperQuestion[] })[];
  /** The agenda or the minutes (markdown), without a leading heading that repeats the section's. */
  notes: string;
  /** The page's address, printed with its QR code on the handout. */
  pageUrl: string;
  /** "Edit this page": the session's file on the group's repository, when it has one. */
  editUrl?: string | undefined;
}

/** What the view is built from: the catalog, today, and the site's base path. */
export interface SessionPageSource extends SessionSource {
  sessions: readonly SessionRecord[];
  context: { base: string };
}

/** The page of the session on `date`; `siteUrl` is the site's origin (Astro's `site`). */
export function sessionPageView(site: SessionPageSource, date: string, siteUrl: string | URL): SessionPageView {
  const session = site.sessions.find((s) => s.date === date);
  if (!session) throw new Error(`no session on ${date}`);
  const { group } = site;
  const t = strings(group.locale);
  const view = viewSession(session, site);
  return {
    ...view,
    items: view.items.map((item) => ({ ...item, summary: listSummary(item.paper, group.locale), questions: parsePaperBody(item.paper.body).questionItems })),
    notes: withoutLeadingHeading(session.body, [t.session.minutes, t.session.agenda, 'Minutes', 'Agenda', '会议记录', '议程']),
    pageUrl: new URL(withBase(site.context.base, routes.session(date)), siteUrl).href,
    editUrl: editLink(group.repository, session.filePath),
  };
}
