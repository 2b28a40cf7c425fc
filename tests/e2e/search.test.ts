import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launch, openPage, useBuiltSites } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { buildContent, demoContent } from '../helpers/build-site.ts';
import { addOldPaper } from '../helpers/content.ts';

const env = useBuiltSites({ site: { dir: 'dist' } });

async function resultPaths(page: Page): Promise<string[]> {
  await page
    .locator('#search-status-line')
    .filter({ hasText: /result|Nothing|结果|没有/ })
    .waitFor();
  return page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('finds the safety papers for the Chinese query 安全', async () => {
    const { page, foreign } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}search/`);
    await page.getByLabel('Search papers, notes and sessions').fill('安全');
    const paths = await resultPaths(page);
    expect(paths.slice(0, 2).sort()).toEqual(['/papers/2401.18018/', '/papers/2404.01399/']);
    // The index keeps Chinese words apart; what the page shows reads as normal Chinese again.
    const excerpts = await page.locator('#search-results li p').allTextContents();
    expect(excerpts.join('\n')).toMatch(/安全/);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('finds the embedding paper first for Matryoshka', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}search/?q=Matryoshka`);
    const paths = await resultPaths(page);
    expect(paths[0]).toBe('/papers/2402.14776/');
    await page.context().close();
  });

  it('indexes the words of formulas, not their TeX markup', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}search/?q=SR`);
    expect(await resultPaths(page)).toContain('/papers/2404.01399/');
    const excerpts = await page.locator('#search-results li p').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) expect(text).not.toMatch(/\\text|_\{|\$|mathrm|Candidate ?Papers/);
    await page.context().close();
  });

  it('starts every excerpt at a word: "…" where it starts inside the text, never half a word', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}search/?q=model`);
    await resultPaths(page);
    const english = await page.locator('#search-results li p').allTextContents();
    expect(english.filter((e) => e.startsWith('… ')).length).toBeGreaterThan(5);
    // A digest cuts English abstracts mid-word ("to solve thi"): the index ends them at a whole word.
    for (const e of english) expect(e).not.toMatch(/ (?:thi|feas|Perplexi)(?: |$)/);
    await page.goto(`${env.sites.site.url}search/?q=${encodeURIComponent('模型')}`);
    await resultPaths(page);
    const chinese = await page.locator('#search-results li p').allTextContents();
    expect(chinese.length).toBeGreaterThan(5);
    // 态 is the end of 多模态, 化 of 优化: a cut excerpt does not open with them.
    for (const e of chinese) expect(e).not.toMatch(/^… [态化法上]/);
    await page.context().close();
  });

  it('filters results by status', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}search/?q=language&status=Archived`);
    expect(await resultPaths(page)).toEqual([]);
    await page.goto(`${env.sites.site.url}search/?q=language&status=Scheduled`);
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('works from the keyboard alone, starting at the header field', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(env.sites.site.url);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'header-search')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    await page.keyboard.type('Matryoshka');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=Matryoshka');
    await resultPaths(page);
    const focusFirstResult = async () => {
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)) return;
      }
    };
    await focusFirstResult();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/papers/2402.14776/');
    await page.context().close();
  });

  it('passes axe with results shown', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}search/?q=safety`);
    await resultPaths(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.context().close();
  });
});

describe('search over papers without a page of their own', () => {
  const OLD = '2311.99001';
  let site: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    const content = join(mkdtempSync(join(tmpdir(), 'rg-search-archived-')), 'content');
    cpSync(await demoContent(), content, { recursive: true });
    addOldPaper(content, OLD);
    const out = join(dirname(content), 'dist');
    await buildContent(content, out, { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'search-archived' });
    site = await serveStatic(out);
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds an old untouched candidate by its title as a result of its own, linking to its arXiv abstract', async () => {
    const { page, foreign } = await openPage(browser, site.url);
    await page.goto(`${site.url}search/?q=Concept-1K`);
    await page
      .locator('#search-status-line')
      .filter({ hasText: /result|Nothing/ })
      .waitFor();
    const links = await page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent })));
    // Beside it: the paper it was copied from (which has its page) and the session that lists that one.
    expect(links.map((l) => l.href).sort()).toEqual([`${site.url}papers/2402.08526/`, `${site.url}sessions/2027-01-14/`, `https://arxiv.org/abs/${OLD}`].sort());
    expect(links.find((l) => l.href.includes(OLD))?.text).toContain('Concept-1K');
    const archived = await page.locator('#search-results li', { has: page.locator(`a[href$="${OLD}"]`) }).textContent();
    expect(archived).toContain('Candidate · arXiv');
    expect(await page.locator('#search-status-line').textContent()).toContain('3 results');
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
