/**
 * The content store read from disk when the pages render, instead of inlined into their bundle.
 *
 * Astro hands its content store (every entry's data and body: 52 MB of JSON for the 14,818 papers with
 * a page in a year of full digests) to the pages as one module, `export default JSON.parse("…")`, with
 * the whole store as one string literal in it. The bundler parses, transforms and writes that module
 * like any other, and at that size it is the build's largest cost in memory: in a year's cold build
 * the Astro process grew by 1.2 GB while bundling, to 2.9–3.1 GB, and V8 kept a copy of the literal in
 * the bundle's source besides the parsed store.
 *
 * During `astro build` this plugin loads that module first (`order: 'pre'`) as two lines that read
 * Astro's own store file (`data-store.json` in the cache folder, written by the content sync before
 * anything is bundled) when the bundle runs. The pages get the same value: `JSON.parse` of the same
 * text, as Astro's module gives them. The module's text names only the file, so it is the same from
 * one build to the next and, marked as content data as Astro marks its own, never counts as a code
 * change for the incremental build (pages keep their own keys). `astro dev`, and a project that sets
 * `experimental.collectionStorage` to chunks, keep Astro's module.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The store's virtual module, as Astro resolves it (astro/dist/content/consts.js). */
export const RESOLVED_CONTENT_STORE_ID = '\0astro:data-layer-content';

/** The module that reads the store file when the bundle runs. */
export function contentStoreModule(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        // Chunked storage imports its parts as modules of their own; only the single store is replaced.
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'reading-group:content-store-from-disk',
                enforce: 'pre',
                load: {
                  order: 'pre',
                  // Without a store file (no content synced) Astro's own module says so: it is left to it.
                  handler: (id: string) =>
                    id === RESOLVED_CONTENT_STORE_ID && existsSync(storeFile)
                      ? // Astro's mark for content data (astro/dist/core/build/incremental-metadata.js).
                        { code: contentStoreModule(storeFile), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } }
                      : undefined,
                },
              },
            ],
          },
        });
      },
    },
  };
}
