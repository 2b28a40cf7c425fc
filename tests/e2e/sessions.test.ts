import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { openPage, useBuiltSites } from './browser.ts';
import { pdfText } from './pdf-text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const env = useBuiltSites({ site: { dir: 'dist' } });

describe('sessions on the site (the demo group, seen on 2026-11-24)', () => {
  it('the home page shows the next session with its time, place, papers and presenters', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(env.sites.site.url);
    const card = page.locator('section[aria-labelledby="next-session"] article');
    await expect(card.textContent()).resolves.toMatch(/Thursday, November 26, 2026/);
    const text = (await card.textContent())!;
    expect(text).toMatch(/16:00–17:30\s*GMT\+1|16:00–17:30\s*CET/);
    expect(text).toContain('Room 3.14, Informatics Building');
    expect(text).toContain('Leveraging text data for causal inference using electronic health records');
    expect(text).toMatch(/Presenter: Chen Wei/);
    expect(text).toMatch(/Presenter: Dana Okafor/);
    await page.context().close();
  });

  it('the home page recaps the last session next to the next one: its first lines of minutes and its action items', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(env.sites.site.url);
    const recap = page.locator('section[aria-labelledby="last-session"]');
    const text = (await recap.textContent())!;
    expect(text).toContain('Thu, Nov 19, 2026 · Safety week');
    expect(text).toContain('Present: Alice, Bruno, Chen, Dana, Fatima.');
    expect(await recap.locator('h3 + ul > li').allTextContents()).toEqual(['Dana looks for a benchmark that measures over-refusal.']);
    expect(await recap.locator('a[href$="/sessions/2026-11-19/#session-notes"]').count()).toBe(1);
    // Side by side at 1280 px: the recap's top is level with the next session's.
    const next = (await page.locator('section[aria-labelledby="next-session"] article').boundingBox())!;
    const box = (await recap.boundingBox())!;
    expect(box.x).toBeGreaterThan(next.x + next.width);
    expect(Math.abs(box.y - next.y)).toBeLessThan(120);
    // The header names the group; the page does not repeat it as a visible heading.
    const h1 = (await page.locator('h1').boundingBox())!;
    expect(h1.width).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it('a session page is the agenda: each paper with its summary, presenter and numbered questions', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}sessions/2026-11-26/`);
    expect((await page.locator('h1').textContent())!.replace(/\u00a0/g, ' ')).toBe('Thursday, November 26, 2026');
    const blocks = page.locator('section.paper-block');
    expect(await blocks.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const block = blocks.nth(i);
      // The paper's starter questions (one to five, as many as its abstract gives) as a numbered list.
      expect(await block.locator('ol > li').count()).toBeGreaterThanOrEqual(1);
      expect(await block.textContent()).toMatch(/Presenter: (Chen Wei|Dana Okafor)/);
    }
    expect(await page.locator('a[href$="2026-11-26.ics"]').count()).toBe(1);
    await page.context().close();
  });

  it('prints as a clean handout of at most two pages, with a QR code back to the page and no navigation', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}sessions/2026-11-26/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header nav').isVisible()).toBe(false);
    expect(await page.locator('.qr svg').isVisible()).toBe(true);
    const out = join(ROOT, 'test-results');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'session-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(join(out, 'session-handout.pdf'), pdf);
    const { pages } = await pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('a held two-paper session with minutes prints on at most two A4 pages: group, date, time, place, each paper and nothing meant for the screen', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url, { colorScheme: 'dark' });
    await page.goto(`${env.sites.site.url}sessions/2026-11-19/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(join(ROOT, 'test-results', 'session-minutes-handout.pdf'), pdf);
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('LLM Reading Group · Safety week');
    expect(text).toContain('Thursday, November 19, 2026');
    expect(text).toMatch(/16:00–17:30 GMT\+1/);
    expect(text).toContain('Room 3.14, Informatics Building');
    expect(text).toContain('Action: Dana looks for a benchmark that measures over-refusal.');
    for (const title of ['Developing Safe and Responsible Large Language Models', 'Prompt-Driven LLM Safeguarding via Directed Representation Optimization']) expect(text).toContain(title);
    expect(text).toContain('Presenter: Alice Zhang');
    expect(text).toContain('Presenter: Bruno Keller');
    expect(text).toMatch(/Discussion questions 1\. /);
    // Papers flow on: the second paper starts on the first page, right after the first one's questions.
    const firstPage = (await pdfText(await page.pdf({ format: 'A4', pageRanges: '1' }))).text;
    expect(firstPage).toContain('Presenter: Bruno Keller');
    for (const screenOnly of ['Status', 'Held', 'Print this page', 'Add to calendar', 'BibTeX', 'Edit this page', 'Skip to content']) expect(text).not.toContain(screenOnly);
    await page.context().close();
  });

  it('the schedule lists upcoming sessions and the winter break, archives past ones by term, and links the calendar', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}sessions/`);
    expect(await page.locator('#upcoming ~ ol > li[data-session]').count()).toBe(8);
    expect(await page.locator('#upcoming ~ ol > li[data-break]').textContent()).toContain('Winter break');
    expect(await page.locator('#term-2026-autumn').textContent()).toBe('Autumn 2026');
    expect(await page.locator('a[href^="webcal://"]').getAttribute('href')).toBe('webcal://example.org/calendar.ics');
    await page.context().close();
  });

  it('the members page shows who presented what and whose turn is next', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}members/`);
    const alice = page.locator('li', { has: page.locator('h2', { hasText: 'Alice Zhang' }) });
    const text = (await alice.textContent())!;
    expect(text).toContain('Developing Safe and Responsible Large Language Models');
    expect(text).toMatch(/Next turn.*Dec 3, 2026/s);
    await page.context().close();
  });
});
