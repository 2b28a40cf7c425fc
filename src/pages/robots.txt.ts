import type { APIRoute } from 'astro';
import { getSite } from '../data/site-data.ts';
import { withBase } from '../lib/routes.ts';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = async ({ site: origin }) => {
  const { group, base } = await getSite();
  const body = robotsTxt(group.private, new URL(withBase(base, '/sitemap.xml'), origin).href);
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
