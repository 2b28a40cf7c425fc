import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launch, openPage } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { SUB_PATH } from './global-setup.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let browser: Browser;
let site: StaticSite;
let subSite: StaticSite;

beforeAll(async () => {
  browser = await launch();
  site = await serveStatic(join(ROOT, 'dist'));
  subSite = await serveStatic(join(ROOT, 'dist-base'), SUB_PATH);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await subSite?.close();
});

const PAGE_TYPES = [
  ['home', ''],
  ['papers index', 'papers/'],
  ['paper with math', 'papers/2404.01399/'],
  ['paper with an old-style title', 'papers/2401.01854/'],
];

describe('every page type', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGE_TYPES)(`%s passes axe (WCAG 2.2 AA) in ${scheme} mode and requests nothing from other origins`, async (_name, path) => {
      const { page, foreign } = await openPage(browser, site.url, { colorScheme: scheme });
      const response = await page.goto(site.url + path);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }
});

describe('a build under a sub-path', () => {
  it('resolves every internal link of the home page and a paper page', async () => {
    const { page } = await openPage(browser, subSite.url);
    for (const path of ['', 'papers/2404.01399/']) {
      await page.goto(subSite.url + path);
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      const internal = [...new Set(hrefs.filter((h) => h.startsWith(new URL(subSite.url).origin)))];
      expect(internal.length).toBeGreaterThan(3);
      for (const href of internal) {
        expect(new URL(href).pathname.startsWith(SUB_PATH), href).toBe(true);
        const res = await page.request.get(href);
        expect(res.status(), href).toBe(200);
      }
    }
    await page.context().close();
  });
});
