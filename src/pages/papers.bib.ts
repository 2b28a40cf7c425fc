import type { APIRoute } from 'astro';
import { getSite } from '../data/site-data.ts';
import { paperBibtex } from '../lib/bibtex.ts';
import { streamedResponse } from '../lib/streamed-response.ts';

/** Every paper as BibTeX. */
export const GET: APIRoute = async () => {
  const { papers } = await getSite();
  return streamedResponse({ items: papers, render: paperBibtex, separator: '\n', contentType: 'application/x-bibtex; charset=utf-8' });
};
