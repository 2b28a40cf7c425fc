import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site-data.ts';
import { paperBibtex } from '../../lib/bibtex.ts';

export const getStaticPaths = (async () => {
  const { papers } = await getSite();
  return papers.map((paper) => ({ params: { slug: paper.slug }, props: { id: paper.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { byId } = await getSite();
  return new Response(paperBibtex(byId.get(props.id as string)!), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
};
