import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/views/robots.ts';

export const GET: APIRoute = ({ site: origin, locals: { group, href } }) => {
  const body = robotsTxt(group.private, new URL(href('/sitemap.xml'), origin).href);
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
