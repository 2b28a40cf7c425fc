import type { APIRoute } from 'astro';
import { getSite } from '../site/data/site-data.ts';
import { streamedResponse } from '../site/views/streamed-response.ts';

/** Every paper as CSL-JSON, for reference managers: one paper per line (those without a page without their abstract). */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return streamedResponse({
    items: site.exportItems('csl'),
    render: (item) => item,
    ...site.exportLayout('csl'),
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  });
};
