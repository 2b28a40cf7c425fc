import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openPage, useBuiltSites } from './browser.ts';
import { SUB_PATH } from './global-setup.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const env = useBuiltSites({ site: { dir: 'dist' }, subSite: { dir: 'dist-base', base: SUB_PATH } });

function firstDir(path: string): string | undefined {
  try {
    return readdirSync(join(ROOT, 'dist', path), { withFileTypes: true }).find((d) => d.isDirectory() && d.name !== 'page')?.name;
  } catch {
    return undefined;
  }
}

const session = firstDir('sessions');
const tag = firstDir('tags');
const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['papers index', 'papers/'],
  ['papers filtered by status', 'papers/status/scheduled/oldest/'],
  ['paper with math', 'papers/2404.01399/'],
  ['paper with an old-style title', 'papers/2401.01854/'],
  ['tags', 'tags/'],
  ['inbox', 'inbox/'],
  ['schedule', 'sessions/'],
  ['members', 'members/'],
  ['404', 'no-such-page/'],
  ...(session ? [['session', `sessions/${session}/`] as [string, string]] : []),
  ...(tag ? [['tag', `tags/${tag}/`] as [string, string]] : []),
];

describe('every page type', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGE_TYPES)(`%s passes axe (WCAG 2.2 AA) in ${scheme} mode and requests nothing from other origins`, async (name, path) => {
      const { page, foreign } = await openPage(env.browser, env.sites.site.url, { colorScheme: scheme });
      const response = await page.goto(env.sites.site.url + path);
      expect(response?.status()).toBe(name === '404' ? 404 : 200);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }

  it.each([360, 1280])('lays out every page type at %i px without sideways scrolling', async (width) => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await openPage(env.browser, env.sites.site.url, { width, colorScheme: scheme });
      for (const [, path] of PAGE_TYPES) {
        await page.goto(env.sites.site.url + path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width}px (${scheme})`).toBeLessThanOrEqual(0);
      }
      await page.context().close();
    }
  });
});

describe('navigation', () => {
  it('fits the main navigation on one line of a 360 px phone, leaving Home to the group name', async () => {
    for (const [width, expected] of [
      [360, ['Papers', 'New papers', 'Schedule', 'Members']],
      [1280, ['Home', 'Papers', 'New papers', 'Schedule', 'Members']],
    ] as const) {
      const { page } = await openPage(env.browser, env.sites.site.url, { width });
      await page.goto(env.sites.site.url + 'papers/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      const shown = await nav.getByRole('link').evaluateAll((links) => links.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.textContent?.trim()));
      expect(shown, `${width} px`).toEqual(expected);
      const { scroll, client } = await nav.evaluate((n) => ({ scroll: n.scrollWidth, client: n.clientWidth }));
      expect(scroll, `${width} px: the navigation scrolls sideways`).toBeLessThanOrEqual(client);
      await page.context().close();
    }
  });

  it('goes from the home page to the papers, a paper and its neighbour', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(env.sites.site.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Papers', exact: true }).click();
    await page.waitForURL('**/papers/');
    expect(await page.locator('h1').textContent()).toBe('Papers');
    await page.locator('main li h2 a').first().click();
    await page.waitForURL(/\/papers\/[\d.]+\/$/);
    const first = await page.locator('h1').textContent();
    const url = page.url();
    await page.getByRole('link', { name: /Next paper/ }).click();
    await page.waitForURL((u) => u.href !== url);
    expect(await page.locator('h1').textContent()).not.toBe(first);
    await page.getByRole('link', { name: /Previous paper/ }).click();
    await page.waitForURL(url);
    expect(await page.locator('h1').textContent()).toBe(first);
    await page.context().close();
  });

  it('filters the papers by status and sorts them by date added', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}papers/`);
    const filters = page.getByRole('navigation', { name: 'Filter by status' });
    await filters.getByRole('link', { name: /^Scheduled/ }).click();
    await page.waitForURL('**/papers/status/scheduled/');
    const badges = await page.locator('main li p span.rounded-full').allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(['Scheduled']));
    const newest = await page.locator('main li h2').allTextContents();
    await page.getByRole('navigation', { name: 'Sort' }).getByRole('link', { name: 'Oldest first' }).click();
    await page.waitForURL('**/papers/status/scheduled/oldest/');
    const oldest = await page.locator('main li h2').allTextContents();
    expect(oldest).toEqual([...newest].reverse());
    await page.context().close();
  });
});

describe('the theme switch', () => {
  it('toggles dark mode, remembers the choice across pages, and applies it before the first paint', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url, { colorScheme: 'light' });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody = document.documentElement.dataset.theme ?? 'system';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(env.sites.site.url);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(`${env.sites.site.url}papers/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtFirstBody: string }).themeAtFirstBody)).toBe('dark');
    expect(await background()).toBe(dark);
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.reload();
    expect(await background()).toBe(light);
    await page.context().close();
  });

  it('follows the system setting when nobody chose, with JavaScript off too', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url, { colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(env.sites.site.url);
    const rgb = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await page.context().close();
  });
});

describe('a build under a sub-path', () => {
  it('resolves every internal link on every page', async () => {
    const { page } = await openPage(env.browser, env.sites.subSite.url);
    const origin = new URL(env.sites.subSite.url).origin;
    const seen = new Set<string>();
    const queue = [env.sites.subSite.url];
    while (queue.length > 0 && seen.size < 400) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(200);
      if (!(res.headers()['content-type'] ?? '').startsWith('text/html')) continue;
      const html = await res.text();
      for (const m of html.matchAll(/href="([^"#]+)/g)) {
        const href = new URL(m[1]!.replace(/&amp;/g, '&'), url);
        if (href.origin !== origin) continue;
        expect(href.pathname.startsWith(SUB_PATH), `${href.pathname} on ${url}`).toBe(true);
        if (!seen.has(href.href)) queue.push(href.href);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
    await page.context().close();
  });
});

describe('paper lists', () => {
  it('use the width at 1280 px: two columns of papers side by side', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url, { width: 1280 });
    await page.goto(env.sites.site.url + 'papers/');
    const items = page.locator('ul.paper-list > li');
    const [first, second] = [(await items.nth(0).boundingBox())!, (await items.nth(1).boundingBox())!];
    expect(second.x).toBeGreaterThan(first.x + first.width);
    expect(second.y).toBe(first.y);
    expect(first.width + second.width).toBeGreaterThan(900);
    // 18 papers in nine rows, not eighteen.
    const last = (await items.last().boundingBox())!;
    expect(last.y - first.y).toBeLessThan(9 * 260);
    await page.context().close();
  });

  it('link each tag chip to the tag’s page, above the link that covers the item', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url);
    await page.goto(env.sites.site.url + 'papers/');
    const chip = page.locator('ul.paper-list > li', { hasText: 'Developing Safe and Responsible' }).getByRole('link', { name: '#safety' });
    expect(await chip.getAttribute('href')).toBe('/tags/safety/');
    await chip.click();
    await page.waitForURL('**/tags/safety/');
    expect(await page.locator('h1').textContent()).toBe('Tagged “safety”');
    await page.context().close();
  });
});

describe('typography', () => {
  it('keeps a word and its inline formula on one line, and takes Latin glyphs from a Latin font', async () => {
    const { page } = await openPage(env.browser, env.sites.site.url, { width: 360 });
    await page.goto(env.sites.site.url + 'sessions/2026-11-19/');
    expect(
      await page
        .locator('.math-nowrap')
        .first()
        .evaluate((e) => getComputedStyle(e).whiteSpace),
    ).toBe('nowrap');
    const serif = await page
      .locator('h3')
      .first()
      .evaluate((e) => getComputedStyle(e).fontFamily);
    expect(serif.indexOf('Liberation Serif')).toBeLessThan(serif.indexOf('Noto Serif CJK SC'));
    await page.context().close();
  });
});
