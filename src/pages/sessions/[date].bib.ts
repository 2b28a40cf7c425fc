import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/data/site-data.ts';
import { paperBibtex } from '../../render/bibtex.ts';

export const getStaticPaths = (async () => {
  const { sessions } = await getSite();
  return sessions.map((s) => ({ params: { date: s.date } }));
}) satisfies GetStaticPaths;

/** The papers of one session as BibTeX. */
export const GET: APIRoute = async ({ params }) => {
  const { sessions, byId } = await getSite();
  const session = sessions.find((s) => s.date === params.date)!;
  const entries = session.papers.flatMap((item) => {
    const paper = byId.get(item.id);
    return paper ? [paperBibtex(paper)] : [];
  });
  return new Response(entries.join('\n'), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
};
