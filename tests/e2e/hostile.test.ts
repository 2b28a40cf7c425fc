/**
 * Hostile content, end to end: a digest whose titles, summaries and abstracts (in both languages) are
 * script tags, event handlers, `javascript:` and `data:` links, element breakouts, quotes meant for
 * attributes, CDATA and BibTeX breakouts and TeX that abuses KaTeX, imported with the real command,
 * plus a hostile paper body, hostile sessions and a hostile group file (tests/helpers/hostile-content.ts).
 * The site is built from it, every page is opened in Chromium, and every export is read back with a
 * real parser: the payloads must show up as text and nowhere as markup.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import matter from 'gray-matter';
import { launch, CHROMIUM } from './browser.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { injectedElements, recordEvents, type PageEvents } from './page-audit.ts';
import { buildContent } from '../helpers/build-site.ts';
import { BODY_PAPER, FOREIGN_LINK_IDS, GROUP_NAME, HOSTILE_IDS, MEMBER_NAME, hostileContent } from '../helpers/hostile-content.ts';
import { INLINE_SCRIPTS } from '../../src/site/views/inline-scripts.ts';
import { mathToPlainText } from '../../src/render/math.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'node_modules', '.astro-test', 'hostile-dist');
let content: string;
let site: StaticSite;
let browser: Browser;
let page: Page;
let events: PageEvents;
const foreign: string[] = [];

/** The frontmatter of a paper in the hostile content. */
function paper(id: string): Record<'title' | 'titleZh' | 'summaryEn', string> {
  return matter(readFileSync(join(content, 'papers', `${id}.md`), 'utf8')).data as Record<'title' | 'titleZh' | 'summaryEn', string>;
}

function htmlPages(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlPages(path);
    return name.endsWith('.html') ? [relative(DIST, path)] : [];
  });
}

function python(script: string, file: string): unknown {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

beforeAll(async () => {
  content = await hostileContent();
  await buildContent(content, DIST, { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'hostile' });
  site = await serveStatic(DIST);
  browser = await launch();
  page = await (await browser.newContext()).newPage();
  events = await recordEvents(page);
  const origin = new URL(site.url).origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreign.push(`${page.url()} → ${request.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`hostile content (Chromium at ${CHROMIUM})`, () => {
  it("imports the hostile papers and skips every entry whose link is not arXiv's", () => {
    for (const id of HOSTILE_IDS) expect(existsSync(join(DIST, 'papers', id, 'index.html')), id).toBe(true);
    for (const id of FOREIGN_LINK_IDS) expect(existsSync(join(content, 'papers', `${id}.md`)), id).toBe(false);
  });

  it("opens every page: no dialog, no script but the site's own, no injected element, no foreign request, no CSP violation", async () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const file of pages) {
      const path = file === 'index.html' ? '' : file.replace(/index\.html$/, '').replace(/\.html$/, '/');
      await page.goto(site.url + path, { waitUntil: 'load' });
      problems.push(...(await injectedElements(page, INLINE_SCRIPTS)).map((p) => `${file}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(events.dialogs).toEqual([]);
    expect(events.cspViolations).toEqual([]);
    expect(events.errors).toEqual([]);
    expect(foreign).toEqual([]);
    // Links built from digests point at arXiv only, from the validated id.
    const hrefs = pages.flatMap((file) => [...readFileSync(join(DIST, file), 'utf8').matchAll(/href="([^"]*arxiv[^"]*)"/gi)].map((m) => m[1]!));
    // Request links go to the group's own repository's issue forms, with the validated id as a field.
    const requestLink = (h: string) => h.startsWith('https://github.com/example-lab/reading-group/issues/new?');
    for (const href of hrefs.filter((h) => /^https?:/.test(h) && !requestLink(h))) expect(new URL(href).hostname, href).toBe('arxiv.org');
    for (const id of FOREIGN_LINK_IDS) expect(hrefs.join(' ')).not.toContain(id);
  });

  it('shows the payloads as text: titles, summaries, notes, questions, meta tags', async () => {
    const first = paper('2611.00001');
    await page.goto(`${site.url}papers/2611.00001/`);
    expect(await page.locator('h1').textContent()).toBe(first.title);
    expect(first.title).toContain('<script>');
    expect(await page.locator('p[lang="zh-CN"]').first().textContent()).toBe(first.titleZh);
    expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBe(first.title);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(first.title);
    expect(await page.title()).toBe(`${first.title} · ${GROUP_NAME}`);
    const notes = await page.locator('section[aria-labelledby="notes"]').textContent();
    for (const text of [
      `<script>alert('notes')</script>`,
      `</p></div><script>alert('breakout')</script>`,
      `<a href="javascript:alert('anchor')" onclick="alert('onclick')">raw anchor</a>`,
      "$\\href{javascript:alert('math')}{x}$",
    ]) {
      expect(notes).toContain(text);
    }
    expect(notes).not.toContain('a comment');
    expect(await page.locator('a', { hasText: 'javascript link' }).getAttribute('href')).toBeNull();
    expect(await page.locator('a', { hasText: 'remote image' }).getAttribute('href')).toBe('https://evil.example/tracker.png');
    expect(await page.locator('section[aria-labelledby="questions"] li').first().textContent()).toContain(`Why <script>alert('question')</script>?`);

    const tex = paper('2611.00002');
    await page.goto(`${site.url}papers/2611.00002/`);
    expect(await page.locator('h1').textContent()).toBe(tex.title);

    const quotes = paper('2611.00003');
    await page.goto(`${site.url}papers/2611.00003/`);
    expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBe(quotes.title);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(quotes.summaryEn);

    await page.goto(`${site.url}sessions/2026-11-12/`);
    const session = await page.locator('main').textContent();
    expect(session).toContain(`<script>alert('minutes')</script>`);
    expect(session).toContain(`javascript:alert('location')`);
    await page.goto(`${site.url}sessions/2026-11-26/`);
    expect(await page.locator('main a', { hasText: 'evil.example/meet' }).getAttribute('href')).toBe(`https://evil.example/meet" onmouseover="alert('location-link')`);
    await page.goto(`${site.url}members/`);
    expect(await page.locator('main').textContent()).toContain(MEMBER_NAME);
    expect(events.dialogs).toEqual([]);
  });

  it('lists search results as text, with nothing injected', async () => {
    await page.goto(`${site.url}search/?q=script`);
    await page.locator('#search-results li').first().waitFor();
    const titles = await page.locator('#search-results li a').allTextContents();
    expect(titles).toContain(mathToPlainText(paper(BODY_PAPER).title));
    expect(await injectedElements(page, INLINE_SCRIPTS)).toEqual([]);
    expect(events.dialogs).toEqual([]);
    expect(events.cspViolations).toEqual([]);
    expect(events.errors).toEqual([]);
  });

  it('searches under the CSP also where Pagefind cannot start its worker and compiles WebAssembly in the page', async () => {
    const noWorker = await (await browser.newContext()).newPage();
    await noWorker.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
    const noWorkerEvents = await recordEvents(noWorker);
    await noWorker.goto(`${site.url}search/?q=alert`);
    await noWorker.locator('#search-results li').first().waitFor();
    expect(noWorkerEvents.cspViolations).toEqual([]);
    expect(noWorkerEvents.dialogs).toEqual([]);
    await noWorker.context().close();
  });
});

describe('hostile content in the exports', () => {
  const titles = () => HOSTILE_IDS.map((id) => mathToPlainText(paper(id).title));

  it.each(['feeds/papers.xml', 'feeds/sessions.xml'])('%s is well-formed Atom whose entries hold the payloads as escaped text', (file) => {
    const xml = readFileSync(join(DIST, file), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(JSON.stringify(new XMLParser({ ignoreAttributes: false }).parse(xml))).not.toMatch(/"evil"|"script"|"img"/);
    const feed = python(
      'import sys, json, html, feedparser; f = feedparser.parse(sys.argv[1]); print(json.dumps({"bozo": f.bozo, "entries": [{"raw": e.title + e.get("summary", "") + e.get("content", [{"value": ""}])[0]["value"], "title": html.unescape(e.title)} for e in f.entries]}))',
      join(DIST, file),
    ) as { bozo: number; entries: { raw: string; title: string }[] };
    expect(Boolean(feed.bozo)).toBe(false);
    for (const entry of feed.entries) expect(entry.raw).not.toMatch(/<(script|img|iframe|svg|a|object|style)\b/i);
    if (file.includes('papers')) for (const title of titles()) expect(feed.entries.map((e) => e.title)).toContain(title);
    else expect(feed.entries.map((e) => e.title).join('\n')).toContain(`<script>alert('session')</script>`);
  });

  it('calendar.ics keeps every payload inside its own property of its own event', () => {
    const events = python(
      'import sys, json, icalendar; c = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()); print(json.dumps([{k: str(e.get(k)) for k in ["uid", "summary", "location", "description"]} for e in c.walk("VEVENT")]))',
      join(DIST, 'calendar.ics'),
    ) as { uid: string; summary: string; location: string; description: string }[];
    expect(events.map((e) => e.uid).sort()).toEqual(['2026-11-12', '2026-11-19', '2026-11-26'].map((d) => `session-${d}@example.org`));
    const held = events.find((e) => e.uid.startsWith('session-2026-11-12'))!;
    expect(held.summary).toContain(`<script>alert('session')</script>`);
    expect(held.summary).toMatch(/Line one\r?\nBEGIN:VEVENT\r?\nUID:evil\r?\nSUMMARY:injected$/);
    expect(held.location).toBe(`javascript:alert('location')`);
    expect(events.some((e) => e.summary === 'injected')).toBe(false);
  });

  it('papers.bib parses into one entry per paper, each title read back exactly', () => {
    const library = parseBibtex(readFileSync(join(DIST, 'papers.bib'), 'utf8'), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(readdirSync(join(content, 'papers')).length);
    expect(library.entries.map((e) => e.key)).not.toContain('evil');
    const breakout = library.entries.find((e) => e.key === 'arxiv2611.00004')!;
    expect(Object.keys(breakout.fields).sort()).toEqual(['archiveprefix', 'eprint', 'month', 'title', 'url', 'year']);
    expect(breakout.fields.title).toBe(paper('2611.00004').title);
    expect(library.entries.find((e) => e.key === 'arxiv2611.00001')!.fields.title).toBe(paper('2611.00001').title);
  });

  it('papers.json holds the payloads as JSON strings, and citation.js formats them as escaped HTML', () => {
    const items = JSON.parse(readFileSync(join(DIST, 'papers.json'), 'utf8')) as { id: string; title: string }[];
    for (const [i, id] of HOSTILE_IDS.entries()) expect(items.find((item) => item.id === `arxiv${id}`)!.title).toBe(titles()[i]);
    const html = new Cite(items.filter((item) => HOSTILE_IDS.some((id) => item.id === `arxiv${id}`))).format('bibliography', { format: 'html', template: 'apa', lang: 'en-US' });
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toMatch(/<(script|img|iframe|svg|object|style)\b/i);
  });
});
