import type { APIRoute } from 'astro';
import { getSite } from '../../data/site-data.ts';
import { sessionsFeed } from '../../lib/feeds.ts';
import { routes } from '../../lib/routes.ts';

/** Atom feed of the sessions. */
export const GET: APIRoute = async ({ site: origin, locals: { href } }) => {
  const site = await getSite();
  const url = (path: string) => new URL(href(path), origin).href;
  const body = sessionsFeed(site.sessions, { catalog: site, url, paperPath: routes.paper, sessionPath: routes.session }, routes.sessionsFeed());
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
