/**
 * Before each page or endpoint renders (at build time for this static site, on each request in
 * `astro dev`): the page context (src/site/data/page-context.ts) goes into `Astro.locals`.
 */
import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async ({ locals }, next) => {
  // Imported at each request, not once: `astro dev` keeps the middleware loaded while an edit to a
  // content file reloads the site's data (the build imports it once all the same).
  const { getSite } = await import('./site/data/site-data.ts');
  Object.assign(locals, (await getSite()).context);
  return next();
});
