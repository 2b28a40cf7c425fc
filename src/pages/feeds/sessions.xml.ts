import type { APIRoute } from 'astro';
import { getSite } from '../../site/data/site-data.ts';
import { sessionsFeed } from '../../render/feeds.ts';
import { routes } from '../../domain/routes.ts';

/** Atom feed of the sessions. */
export const GET: APIRoute = async ({ site: origin, locals: { href } }) => {
  const site = await getSite();
  const url = (path: string) => new URL(href(path), origin).href;
  const body = sessionsFeed(site.sessions, { catalog: site, url, paperPath: routes.paper, sessionPath: routes.session }, routes.sessionsFeed());
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
