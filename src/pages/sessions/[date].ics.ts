import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/data/site-data.ts';
import { sessionCalendar } from '../../render/calendar/calendar.ts';
import { routes } from '../../domain/routes.ts';

export const getStaticPaths = (async () => {
  const { sessions } = await getSite();
  return sessions.map((s) => ({ params: { date: s.date } }));
}) satisfies GetStaticPaths;

/** One session as a calendar file to download. */
export const GET: APIRoute = async ({ params, site: origin, locals: { group, href } }) => {
  const { sessions, byId } = await getSite();
  const session = sessions.find((s) => s.date === params.date)!;
  const url = (path: string) => new URL(href(path), origin).href;
  const body = sessionCalendar({ group, session, papersById: byId, siteUrl: url('/'), sessionUrl: (date) => url(routes.session(date)) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
