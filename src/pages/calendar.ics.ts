import type { APIRoute } from 'astro';
import { getSite } from '../site/data/site-data.ts';
import { calendarFeed } from '../render/calendar/calendar.ts';
import { routes } from '../domain/routes.ts';

/** The feed people subscribe to once: every session, cancelled ones marked cancelled. */
export const GET: APIRoute = async ({ site: origin, locals: { group, href } }) => {
  const { sessions, byId } = await getSite();
  const url = (path: string) => new URL(href(path), origin).href;
  const body = calendarFeed({ group, sessions, papersById: byId, siteUrl: url('/'), sessionUrl: (date) => url(routes.session(date)) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
