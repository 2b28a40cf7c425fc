/**
 * The take-part links in a browser, on the demo group's site (its repository is on GitHub): the
 * /take-part/ page, a paper page and an upcoming session page pass axe (WCAG 2.2 AA) in light and
 * dark mode and request nothing from other origins; every action link opens one of the issue forms of
 * .github/ISSUE_TEMPLATE/ in the group's repository, and the fields it fills in — read back from the
 * decoded link — are field ids of that form's YAML, with the right values.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import AxeBuilder from '@axe-core/playwright';
import { openPage, useBuiltSites } from './browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const REPO = 'https://github.com/example-lab/reading-group';
const PAPER = '2404.01399';
const SESSION = '2026-11-26';
const env = useBuiltSites({ site: { dir: 'dist' } });

/** A form as its generated YAML says: its label and the ids of its fields. */
function form(file: string): { labels: string[]; fields: string[] } {
  expect(file, 'a template is a file name, nothing more').toMatch(/^[a-z-]+\.yml$/);
  const data = yaml.load(readFileSync(join(ROOT, '.github', 'ISSUE_TEMPLATE', file), 'utf8')) as { labels: string[]; body: { id?: string }[] };
  return { labels: data.labels, fields: data.body.flatMap((b) => (b.id ? [b.id] : [])) };
}

/** The pages with action links, and the links each must have: by kind, the fields each link fills in (a read link for each of the session's papers). */
const PAGES: { name: string; path: string; expected: (papers: string[]) => Record<string, Record<string, string | RegExp>[]> }[] = [
  {
    name: '/take-part/',
    path: 'take-part/',
    expected: () => ({ suggest: [{}], away: [{}], 'not-away': [{}] }),
  },
  {
    name: 'a paper page',
    path: `papers/${PAPER}/`,
    expected: () => ({ vote: [{ paper: PAPER }], 'withdraw-vote': [{ paper: PAPER }], question: [{ paper: PAPER }] }),
  },
  {
    name: 'an upcoming session page',
    path: `sessions/${SESSION}/`,
    expected: (papers) => ({
      rsvp: [{ session: SESSION }],
      'cancel-rsvp': [{ session: SESSION }],
      away: [{ from: SESSION }],
      'not-away': [{ from: SESSION }],
      read: papers.map((paper) => ({ session: SESSION, paper })),
    }),
  },
];

describe('take part from the site, in a browser', () => {
  for (const { name, path, expected } of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${name} passes axe (WCAG 2.2 AA) in ${scheme} mode and requests nothing from other origins`, async () => {
        const { page, foreign } = await openPage(env.browser, env.sites.site.url, { colorScheme: scheme });
        const response = await page.goto(env.sites.site.url + path);
        expect(response?.status()).toBe(200);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(foreign).toEqual([]);
        await page.context().close();
      });
    }

    it(`${name}: every action link opens the right form of the group's repository with its fields filled in`, async () => {
      const { page, foreign } = await openPage(env.browser, env.sites.site.url);
      await page.goto(env.sites.site.url + path);
      const links = await page
        .locator('a[href*="/issues/new"]')
        .evaluateAll((as) => as.map((a) => ({ kind: a.getAttribute('data-request'), href: (a as HTMLAnchorElement).href, text: a.textContent?.trim() ?? '' })));
      // The session's papers, as the page links them.
      const papers = await page
        .locator('main a[href*="/papers/"]')
        .evaluateAll((as) => [...new Set(as.flatMap((a) => /\/papers\/(\d{4}\.\d{4,5})\/$/.exec((a as HTMLAnchorElement).pathname)?.[1] ?? []))]);
      const want = expected(papers);
      const found: Record<string, Record<string, string>[]> = {};
      for (const link of links) {
        expect(link.kind, `${link.href} has no data-request`).toBeTruthy();
        expect(link.text, `${link.kind}: a link says what it does`).not.toBe('');
        const url = new URL(link.href);
        expect(`${url.origin}${url.pathname}`).toBe(`${REPO}/issues/new`);
        expect(url.hash).toBe('');
        const params = [...url.searchParams.entries()];
        // Each parameter once.
        expect(new Set(params.map(([key]) => key)).size, link.href).toBe(params.length);
        const { template, title, ...fields } = Object.fromEntries(params);
        const yamlForm = form(template!);
        expect(yamlForm.labels, `${link.kind} opens ${template}`).toEqual([`request:${link.kind}`]);
        expect(title, `${link.kind}: the issue's title`).toBeTruthy();
        for (const id of Object.keys(fields)) expect(yamlForm.fields, `${link.kind}: "${id}" is a field of ${template}`).toContain(id);
        (found[link.kind!] ??= []).push(fields);
      }
      expect(Object.keys(found).sort()).toEqual(Object.keys(want).sort());
      for (const [kind, values] of Object.entries(want)) expect(found[kind], kind).toEqual(values);
      if (path.startsWith('sessions/')) expect(papers.length).toBeGreaterThan(0);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }

  it('the footer of every page leads to /take-part/ on the same site', async () => {
    const { page, foreign } = await openPage(env.browser, env.sites.site.url);
    await page.goto(`${env.sites.site.url}papers/${PAPER}/`);
    await page
      .locator('footer')
      .last()
      .getByRole('link', { name: /^Take part from this site/ })
      .click();
    await page.waitForURL(`${env.sites.site.url}take-part/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('How to take part');
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
