import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site-data.ts';
import { sessionCalendar } from '../../lib/calendar/calendar.ts';
import { routes, withBase } from '../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const { sessions } = await getSite();
  return sessions.map((s) => ({ params: { date: s.date } }));
}) satisfies GetStaticPaths;

/** One session as a calendar file to download. */
export const GET: APIRoute = async ({ params, site: origin }) => {
  const { group, sessions, byId, base } = await getSite();
  const session = sessions.find((s) => s.date === params.date)!;
  const url = (path: string) => new URL(withBase(base, path), origin).href;
  const body = sessionCalendar({ group, session, papersById: byId, siteUrl: url('/'), sessionUrl: (date) => url(routes.session(date)) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
