/**
 * Lighthouse (mobile, Debian's Chromium) on the main page types of the built site, printing the four
 * category scores: `npm run lighthouse` after `npm run build`. Offline; nothing leaves the machine.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../tests/e2e/static-server.ts';
import { CHROMIUM } from '../tests/e2e/browser.ts';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'papers/', 'papers/2404.01399/', 'sessions/', 'members/'];
const site = await serveStatic('dist');
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const rows: string[][] = [['page', 'performance', 'accessibility', 'best-practices', 'seo']];
try {
  for (const path of pages) {
    const result = await lighthouse(site.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const categories = result!.lhr.categories;
    const score = (key: string) => String(Math.round((categories[key]?.score ?? 0) * 100));
    rows.push([`/${path}`, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
    for (const [id, audit] of Object.entries(result!.lhr.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.error(`  /${path}: ${id}: ${audit.title}`);
    }
  }
} finally {
  chrome.kill();
  await site.close();
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
