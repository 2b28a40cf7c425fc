import type { APIRoute } from 'astro';
import { getSite } from '../data/site-data.ts';
import { paperBibtex } from '../lib/bibtex.ts';
import { streamedResponse } from '../lib/streamed-response.ts';

/** Every paper as BibTeX. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return streamedResponse({ items: site.allPapers(), render: paperBibtex, separator: '\n', contentType: 'application/x-bibtex; charset=utf-8' });
};
