/**
 * Builds the Pagefind search index after `astro build`, into `<outDir>/pagefind/`. Only the parts of
 * pages marked `data-pagefind-body` are indexed (papers and sessions); MathML is left out so that TeX
 * markup does not pollute the index (MathText adds a plain-text twin for the indexer instead).
 *
 * The index uses Pagefind's Chinese segmentation (the extended binary) for every page: paper pages
 * mix English and Chinese, and segmenting Chinese is what lets `安全` find `安全性`; English words
 * are still split on spaces and matched by prefix.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SEARCH_INDEX === '0') return logger.info('SEARCH_INDEX=0: no search index');
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh', excludeSelectors: ['math', 'annotation', '[data-pagefind-ignore]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
