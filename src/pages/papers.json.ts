import type { APIRoute } from 'astro';
import { getSite } from '../data/site-data.ts';
import { paperCsl } from '../lib/csl.ts';

/** Every paper as CSL-JSON, for reference managers. */
export const GET: APIRoute = async () => {
  const { papers } = await getSite();
  return new Response(JSON.stringify(papers.map(paperCsl), null, 1), { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
