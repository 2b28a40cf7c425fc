/**
 * Writes `sitemap.xml` after the build, listing every page Astro built (with the site's base path),
 * with the `sitemap` library doing the XML. Private groups (group.yaml `private: true`) get none.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';
import { loadGroup } from '../../files/load-group.ts';
import { withBase } from '../../domain/routes.ts';

export function sitemap(groupFile: string): AstroIntegration {
  let site = 'https://example.org';
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        base = config.base;
      },
      // Only a build is published; the dev server's links are for the one person looking at it.
      'astro:build:start': ({ logger }) => {
        if (!process.env.SITE_URL) {
          logger.warn(
            `SITE_URL is not set, so calendar, feed and QR-code links point at ${site}. Set SITE_URL (and BASE_PATH) to the address the site is published at; the GitHub Pages workflow does this for you.`,
          );
        }
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (loadGroup(groupFile).private) {
          logger.info('private group: no sitemap');
          return;
        }
        const paths = pages
          .map((p) => `/${p.pathname}`)
          .filter((p) => p !== '/404/' && !p.startsWith('/404'))
          .sort();
        const links = paths.map((p) => ({ url: withBase(base, p.endsWith('/') ? p : `${p}/`) }));
        const xml = await streamToPromise(Readable.from(links).pipe(new SitemapStream({ hostname: site })));
        await writeFile(join(fileURLToPath(dir), 'sitemap.xml'), xml.toString());
        logger.info(`sitemap.xml lists ${links.length} pages`);
      },
    },
  };
}
