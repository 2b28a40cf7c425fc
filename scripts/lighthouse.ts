/**
 * Lighthouse (mobile, Debian's Chromium) on the main page types of the built site, printing the four
 * category scores: `npm run lighthouse` after `npm run build`. Offline; nothing leaves the machine.
 * Each page is measured three times and the median is printed, as Lighthouse's own guidance on
 * score variability advises (a single run on a busy 2-core machine can drop a few points).
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
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const path of pages) {
    const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
    for (let i = 0; i < 3; i++) {
      runs.push((await lighthouse(site.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }))!.lhr);
    }
    const score = (key: string) => String(Math.round(median(runs.map((r) => r.categories[key]?.score ?? 0)) * 100));
    rows.push([`/${path}`, score('performance'), score('accessibility'), score('best-practices'), score('seo')]);
    for (const [id, audit] of Object.entries(runs[0]!.audits)) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.error(`  /${path}: ${id}: ${audit.title}`);
    }
  }
} finally {
  chrome.kill();
  await site.close();
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
