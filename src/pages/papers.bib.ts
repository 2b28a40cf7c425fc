import type { APIRoute } from 'astro';
import { getSite } from '../data/site-data.ts';
import { paperBibtex } from '../lib/bibtex.ts';

/** Every paper as BibTeX. */
export const GET: APIRoute = async () => {
  const { papers } = await getSite();
  return new Response(papers.map(paperBibtex).join('\n'), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
};
