import type { APIRoute } from 'astro';
import { getSite } from '../site/data/site-data.ts';
import { streamedResponse } from '../site/views/streamed-response.ts';

/** Every paper as BibTeX. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return streamedResponse({ items: site.exportItems('bibtex'), render: (entry) => entry, ...site.exportLayout('bibtex'), contentType: 'application/x-bibtex; charset=utf-8' });
};
