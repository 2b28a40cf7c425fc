// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { searchIndex } from './src/site/integrations/search-index.ts';
import { sitemap } from './src/site/integrations/sitemap.ts';
import { pruneOutput } from './src/site/integrations/prune-output.ts';
import { buildFlag } from './src/site/integrations/build-flag.ts';
import { buildProfile } from './src/site/integrations/build-profile.ts';
import { contentStoreFromDisk } from './src/site/integrations/content-store.ts';

/**
 * Where the site is published. Both come from the environment so that one checkout can be deployed
 * anywhere: SITE_URL is the origin (https://org.github.io), BASE_PATH the sub-path (/reading-group/).
 * Markdown in paper and session files is rendered by src/render/markdown.ts, not by Astro's pipeline.
 */
const site = process.env.SITE_URL || 'https://example.org';
const base = process.env.BASE_PATH || '/';
/** CONTENT_DIR and ASTRO_CACHE_DIR let the benchmark build a generated group without touching this one. */
const contentDir = process.env.CONTENT_DIR || 'content';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages are rendered eight at a time so that writing one overlaps rendering the next. On 2 cores
  // (cold builds of the 2,670 papers `npm run bench -- --papers 2000 --keep` leaves) it is no slower
  // than one at a time and was faster in 3 of 4 back-to-back pairs (16.5/19.2/24.9/15.1 s against
  // 19.2/18.4/28.3/20.6 s), within the machine's noise. Astro's list of routes comes out garbled with
  // it, so src/site/integrations/log.mjs writes one summary line in its place (README, Performance).
  build: { format: 'directory', concurrency: 8 },
  // The terminal log: Astro's own, without the garbled route list and without repeating a broken
  // content file's message on every request in `astro dev` (see src/site/integrations/log.mjs).
  logger: { entrypoint: './src/site/integrations/log.mjs' },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Paper pages whose view and code did not change are copied from the last build (their cacheKey
  // hashes the view they render: src/site/views/paper-page-view.ts, src/site/views/view-key.ts); every other page
  // is rendered each time. `parallelPrerender` stays off: measured slower on 2 cores (README, Performance).
  experimental: { incrementalBuild: true },
  // The content store is read from its file when pages render, not bundled (src/site/integrations/content-store.ts).
  integrations: [buildFlag(), contentStoreFromDisk(), searchIndex(contentDir), sitemap(`${contentDir}/group.yaml`), pruneOutput(), buildProfile()],
  // The search island imports Pagefind's own script at run time; Vite's preload wrapper around such
  // imports does not survive Astro inlining the island, so scripts stay files (only /search/ has one).
  vite: { plugins: [tailwindcss()], build: { modulePreload: false, assetsInlineLimit: 0 } },
});
