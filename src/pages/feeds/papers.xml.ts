import type { APIRoute } from 'astro';
import { getSite } from '../../site/data/site-data.ts';
import { papersFeed } from '../../render/feeds.ts';
import { routes } from '../../domain/routes.ts';

/** Atom feed of the newest papers. */
export const GET: APIRoute = async ({ site: origin, locals: { href } }) => {
  const site = await getSite();
  const url = (path: string) => new URL(href(path), origin).href;
  const body = papersFeed(site.papers, { catalog: site, url, paperPath: routes.paper, sessionPath: routes.session }, routes.papersFeed());
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
