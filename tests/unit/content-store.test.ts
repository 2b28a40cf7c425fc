import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentStoreFromDisk, contentStoreModule, RESOLVED_CONTENT_STORE_ID } from '../../src/site/integrations/content-store.ts';

type Load = { order: string; handler: (id: string) => { code: string; meta: unknown } | undefined };

/** The Vite plugins the integration adds for a command and a storage setting. */
function pluginsFor(command: string, cacheDir: string, collectionStorage?: unknown): { name: string; load: Load }[] {
  let added: { name: string; load: Load }[] = [];
  const setup = contentStoreFromDisk().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: { collectionStorage } },
    updateConfig: (config: { vite: { plugins: { name: string; load: Load }[] } }) => (added = config.vite.plugins),
  });
  return added;
}

describe('the content store read from its file when the pages render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("replaces Astro's inlined store module in a build, before Astro's own loader, marked as content data", () => {
    const [plugin] = pluginsFor('build', dir);
    expect(plugin?.load.order).toBe('pre');
    // No store file yet: Astro's own module handles it.
    expect(plugin!.load.handler(RESOLVED_CONTENT_STORE_ID)).toBeUndefined();
    writeFileSync(join(dir, 'data-store.json'), '[]');
    const loaded = plugin!.load.handler(RESOLVED_CONTENT_STORE_ID);
    expect(loaded?.code).toBe(contentStoreModule(join(dir, 'data-store.json')));
    expect(loaded?.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
    // Its text names only the file: the same from one build to the next, and never the store itself.
    expect(loaded!.code.length).toBeLessThan(300);
    expect(plugin!.load.handler('\0astro:content')).toBeUndefined();
    expect(plugin!.load.handler('/src/pages/index.astro')).toBeUndefined();
    expect(pluginsFor('build', dir, 'single-file')).toHaveLength(1);
  });

  it('leaves `astro dev` and chunked storage to Astro', () => {
    expect(pluginsFor('dev', dir)).toEqual([]);
    expect(pluginsFor('build', dir, 'chunked')).toEqual([]);
  });

  it('gives the pages the value Astro would: the store file parsed', async () => {
    const store = ['Map', 1, 'papers', { title: 'Gödel — "quoted" \\ and 安全' }];
    const file = join(dir, 'data-store.json');
    writeFileSync(file, JSON.stringify(store));
    const module = join(dir, 'store-module.mjs');
    writeFileSync(module, contentStoreModule(file));
    const { default: value } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(value).toEqual(store);
  });
});
