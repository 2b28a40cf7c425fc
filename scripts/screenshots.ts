/**
 * Screenshots of the site for the README (docs/screenshots/), made in Debian's Chromium:
 * `npm run screenshots` builds the demo group (the shipped content with eight weeks planned, as seen
 * on 2026-11-24) into dist-demo/ and shoots it. With `--review <dir>`, it also shoots every page type
 * at 360 and 1280 px in light and dark mode into <dir>, for a designer's look.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { buildSite } from '../tests/helpers/build-site.ts';
import { defineCommand } from 'citty';
import { requireChineseFont, scriptArgs } from './script-args.ts';

const values = scriptArgs(
  defineCommand({
    meta: { name: 'screenshots', description: "Screenshots of the demo group's site for the README (docs/screenshots/), in Debian's Chromium." },
    args: {
      review: { type: 'string', valueHint: 'dir', description: 'also shoot every page type at 360 and 1280 px, light and dark, into this folder' },
      dist: { type: 'string', valueHint: 'dir', default: 'dist-demo', description: 'where to build the demo site' },
    },
  }),
);
requireChineseFont();
await buildSite(values.dist, { SITE_URL: 'https://example.org', BASE_PATH: '/' });
const site = await serveStatic(values.dist);
const browser = await launch();

async function shoot(path: string, file: string, options: { width: number; height: number; colorScheme: 'light' | 'dark'; fullPage?: boolean }) {
  const { page } = await openPage(browser, site.url, options);
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false });
  await page.context().close();
  console.log(`wrote ${file}`);
}

try {
  const out = 'docs/screenshots';
  mkdirSync(out, { recursive: true });
  await shoot('', join(out, 'home.png'), { width: 1280, height: 860, colorScheme: 'light' });
  await shoot('papers/2404.01399/', join(out, 'paper-light.png'), { width: 1280, height: 860, colorScheme: 'light' });
  await shoot('papers/2404.01399/', join(out, 'paper-dark.png'), { width: 1280, height: 860, colorScheme: 'dark' });
  await shoot('', join(out, 'phone.png'), { width: 390, height: 844, colorScheme: 'light' });

  if (values.review) {
    mkdirSync(values.review, { recursive: true });
    const pages = {
      home: '',
      papers: 'papers/',
      paper: 'papers/2404.01399/',
      tags: 'tags/',
      inbox: 'inbox/',
      schedule: 'sessions/',
      session: 'sessions/2026-11-26/',
      past: 'sessions/2026-11-19/',
      members: 'members/',
      search: 'search/?q=安全',
      notfound: 'nope/',
    };
    for (const [name, path] of Object.entries(pages)) {
      for (const width of [360, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await shoot(path, join(values.review, `${name}-${width}-${colorScheme}.png`), { width, height: 900, colorScheme, fullPage: true });
        }
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
