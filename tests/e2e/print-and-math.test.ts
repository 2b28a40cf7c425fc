/**
 * Pages people print and read: the handout prints black on white whatever the reader's system
 * theme, math draws ℝ in Chromium (which ignores MathML's mathvariant), a long display equation
 * scrolls in its own box on a phone, TeX accents in running text become letters, notes' tables are
 * styled, and the agenda of an English-language group shows English summaries.
 *
 * The demo group plus tests/fixtures/typography/ (a paper written for this), built once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildContent, demoContent } from '../helpers/build-site.ts';
import { FIXTURES } from '../helpers/content.ts';
import { launch, openPage } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { englishOneLine } from '../../src/render/excerpt.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';

const PAPER = '2312.99901';
let browser: Browser;
let site: StaticSite;
let content: string;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-typography-'));
  content = join(work, 'content');
  cpSync(await demoContent(), content, { recursive: true });
  cpSync(join(FIXTURES, 'typography', `${PAPER}.md`), join(content, 'papers', `${PAPER}.md`));
  // The paper is on the next session's agenda, so the handout has math, accents and a Chinese-only summary.
  const session = join(content, 'sessions', '2026-11-26.md');
  writeFileSync(session, readFileSync(session, 'utf8').replace(/^papers:\n/m, `papers:\n  - id: "${PAPER}"\n    presenter: alice\n`));
  const out = join(work, 'dist');
  await buildContent(content, out, { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'typography' });
  site = await serveStatic(out);
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('print', () => {
  it('prints the handout black on white even when the system is dark', async () => {
    const { page } = await openPage(browser, site.url, { colorScheme: 'dark' });
    await page.goto(`${site.url}sessions/2026-11-26/`);
    const screen = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(screen).not.toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.body).color,
      title: getComputedStyle(document.querySelector('h1')!).color,
    }));
    expect(printed).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', title: 'rgb(0, 0, 0)' });
    await page.context().close();
  });

  it('prints black on white when dark was chosen with the theme switch', async () => {
    const { page } = await openPage(browser, site.url, { colorScheme: 'light' });
    await page.goto(`${site.url}sessions/2026-11-26/`);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});

describe('math and text', () => {
  it('draws ℝ for \\mathbb{R} and turns TeX accents into letters', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto(`${site.url}papers/${PAPER}/`);
    expect(await page.locator('h1 math').first().textContent()).toContain('ℝ');
    const abstract = (await page.locator('#abstract-en + p').textContent())!;
    expect(abstract).toContain('Poincaré section');
    expect(abstract).toContain('Erdős');
    expect(abstract).toContain('Gödel');
    expect(abstract).not.toContain("\\'");
    expect(await page.title()).toContain('Poincaré Sections');
    await page.context().close();
  });

  it('keeps a long display equation in its own scrolling box on a phone', async () => {
    const { page } = await openPage(browser, site.url, { width: 360, height: 800 });
    await page.goto(`${site.url}papers/${PAPER}/`);
    const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
    const box = await page
      .locator('.katex:has(> math[display="block"])')
      .first()
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, overflow: getComputedStyle(el).overflowX }));
    expect(box.overflow).toBe('auto');
    expect(box.scroll).toBeGreaterThan(box.client);
    await page.context().close();
  });

  it('styles a table in the notes', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto(`${site.url}papers/${PAPER}/`);
    const cell = await page
      .locator('.prose-text td')
      .first()
      .evaluate((el) => ({ border: getComputedStyle(el).borderTopStyle, padding: getComputedStyle(el).paddingLeft }));
    expect(cell.border).toBe('solid');
    expect(cell.padding).not.toBe('0px');
    await page.context().close();
  });
});

describe('the agenda of an English-language group', () => {
  it('shows each paper’s summary in English, not only the Chinese one', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto(`${site.url}sessions/2026-11-26/`);
    const blocks = page.locator('section.paper-block');
    expect(await blocks.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const href = (await blocks.nth(i).locator('h3 a').getAttribute('href'))!;
      const id = /papers\/([^/]+)\//.exec(href)![1]!;
      const { data } = readFrontmatter(readFileSync(join(content, 'papers', `${id}.md`), 'utf8'), id);
      const english = englishOneLine({ id, title: String(data.title), abstract: String(data.abstract), summaryEn: typeof data.summaryEn === 'string' ? data.summaryEn : '' });
      expect(english, id).not.toBe('');
      const summary = blocks.nth(i).locator('p[lang="en"]');
      expect(await summary.count(), id).toBe(1);
      expect(await blocks.nth(i).locator('p[lang="zh-CN"]').count(), id).toBe(data.titleZh ? 1 : 0);
    }
    await page.context().close();
  });
});
