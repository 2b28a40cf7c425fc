/**
 * The schedule as a dated list, on a variant of the demo group (seen on 2026-11-24): one planned
 * session cancelled, one moved to another time and room, one with a place left open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { buildContent, demoContent } from '../helpers/build-site.ts';

let browser: Browser;
let site: StaticSite;

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`nothing changed in ${file}`);
  writeFileSync(file, after);
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-schedule-'));
  const content = join(work, 'content');
  cpSync(await demoContent(), content, { recursive: true });
  edit(join(content, 'sessions', '2026-12-03.md'), (s) => s.replace('status: planned', 'status: cancelled\ntitle: Department retreat'));
  edit(join(content, 'sessions', '2026-12-10.md'), (s) => s.replace('time: "16:00"', 'time: "17:00"\nlocation: Seminar room 1.01'));
  edit(join(content, 'sessions', '2027-01-28.md'), (s) => s.replace(/ {2}- id: "[^"]+"\n {4}presenter: \w+\n(?=sequence)/, ''));
  await buildContent(content, join(work, 'dist'), { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'schedule-variant' });
  browser = await launch();
  site = await serveStatic(join(work, 'dist'));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the schedule', () => {
  it('is a dated list: the usual time and room said once, a different one on its date, the break and the cancelled date in place, an open place "to be chosen"', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto(`${site.url}sessions/`);
    const rows = page.locator('#upcoming ~ ol > li');
    const kinds = await rows.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.session ?? `break ${(li as HTMLElement).dataset.break}`));
    expect(kinds).toEqual(['2026-11-26', '2026-12-03', '2026-12-10', '2026-12-17', 'break 2026-12-21', '2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28']);
    const list = (await page.locator('#upcoming ~ ol').textContent())!;
    expect(await page.locator('#upcoming ~ p').first().textContent()).toContain('16:00–17:30 Europe/Berlin, Room 3.14, Informatics Building');
    // The usual room is never repeated on a row; the moved session shows its own time and room.
    expect(list).not.toContain('Room 3.14');
    expect(await page.locator('li[data-session="2026-12-10"]').textContent()).toMatch(/17:00–18:30 GMT\+1,\s*Seminar room 1\.01/);
    expect(await page.locator('li[data-session="2026-11-26"]').textContent()).not.toMatch(/16:00/);
    expect(await page.locator('li[data-break="2026-12-21"]').textContent()).toMatch(/Mon, Dec 21, 2026\s*–\s*Sun, Jan 3, 2027\s*Winter break · No meeting/);
    const cancelled = (await page.locator('li[data-session="2026-12-03"]').textContent())!;
    expect(cancelled).toContain('Cancelled');
    expect(cancelled).toContain('Department retreat');
    expect(await page.locator('li[data-session="2027-01-28"] li').allTextContents()).toContainEqual('Paper to be chosen');
    await page.context().close();
  });

  it('keeps the titles of past sessions in the archive', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto(`${site.url}sessions/`);
    expect(await page.locator('#archive ~ section li[data-session="2026-11-19"]').textContent()).toContain('Safety week');
    await page.context().close();
  });

  it('shows the cancellation on the home page list of sessions coming up', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto(site.url);
    expect(await page.locator('#upcoming ~ ol li[data-session="2026-12-03"]').textContent()).toContain('Cancelled');
    await page.context().close();
  });
});
