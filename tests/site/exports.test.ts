import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { DIST, readDist } from './dist.ts';

const paperIds = readdirSync(join(import.meta.dirname, '..', '..', 'content', 'papers')).map((f) => f.replace(/\.md$/, ''));

function python(script: string, file: string): unknown {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('feeds', () => {
  it.each(['feeds/papers.xml', 'feeds/sessions.xml'])('%s is a valid Atom feed for feedparser', (path) => {
    const result = python(
      'import sys, json, feedparser; f = feedparser.parse(sys.argv[1]); print(json.dumps({"bozo": f.bozo, "version": f.version, "title": f.feed.get("title"), "entries": [{"title": e.title, "link": e.link} for e in f.entries]}))',
      join(DIST, path),
    ) as { bozo: number; version: string; title: string; entries: { title: string; link: string }[] };
    expect(Boolean(result.bozo)).toBe(false);
    expect(result.version).toBe('atom10');
    expect(result.title).toMatch(/LLM Reading Group/);
    for (const e of result.entries) expect(e.link).toMatch(/^https:\/\/example\.org\/(papers|sessions)\/[\w.-]+\/$/);
    if (path.includes('papers')) {
      expect(result.entries).toHaveLength(Math.min(50, paperIds.length));
      expect(result.entries.map((e) => e.title)).toContain('2D Matryoshka Sentence Embeddings');
    }
  });
});

describe('sitemap.xml', () => {
  it('lists every page with an absolute URL, and every URL is a built page', () => {
    const xml = new XMLParser().parse(readDist('sitemap.xml')) as { urlset: { url: { loc: string }[] } };
    const locs = xml.urlset.url.map((u) => u.loc);
    for (const id of paperIds) expect(locs).toContain(`https://example.org/papers/${id}/`);
    for (const loc of locs) {
      const path = new URL(loc).pathname;
      expect(existsSync(join(DIST, path, 'index.html')), loc).toBe(true);
    }
    expect(locs.some((l) => l.endsWith('/404/'))).toBe(false);
    expect(readDist('robots.txt')).toContain('Sitemap: https://example.org/sitemap.xml');
  });
});

describe('BibTeX', () => {
  it('papers.bib parses with a BibTeX parser into one entry per paper', () => {
    const library = parseBibtex(readDist('papers.bib'), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(paperIds.length);
    const matryoshka = library.entries.find((e) => e.key === 'arxiv2402.14776')!;
    expect(matryoshka.fields.title).toBe('2D Matryoshka Sentence Embeddings');
    expect(matryoshka.fields.eprint).toBe('2402.14776');
  });

  it('the entry shown on a paper page parses', () => {
    const html = readDist('papers/2404.01399/index.html');
    const code = /<code class="bibtex">([\s\S]*?)<\/code>/
      .exec(html)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const library = parseBibtex(code, { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries[0]!.key).toBe('arxiv2404.01399');
    expect(library.entries[0]!.fields.eprint).toBe('2404.01399');
  });

  it("each session's .bib lists its papers", () => {
    const sessions = existsSync(join(DIST, 'sessions')) ? readdirSync(join(DIST, 'sessions')).filter((f) => f.endsWith('.bib')) : [];
    for (const file of sessions) {
      const library = parseBibtex(readDist(`sessions/${file}`));
      expect(library.errors).toEqual([]);
      expect(library.entries.length, file).toBeGreaterThan(0);
    }
  });
});

describe('CSL-JSON', () => {
  it('papers.json is read by citation.js and formats into a bibliography', () => {
    const items = JSON.parse(readDist('papers.json')) as { id: string; type: string; DOI?: string }[];
    expect(items).toHaveLength(paperIds.length);
    expect(items.every((i) => i.type === 'article')).toBe(true);
    const cite = new Cite(items);
    const bibliography = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    expect(bibliography).toContain('2D Matryoshka Sentence Embeddings');
    expect(bibliography).toContain('https://doi.org/10.48550/arXiv.2402.14776');
  });
});

describe('the shared link', () => {
  it('previews with Open Graph and Twitter meta', () => {
    const page = readDist('papers/2402.14776/index.html');
    expect(page).toContain('<meta property="og:title" content="2D Matryoshka Sentence Embeddings">');
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toMatch(/<meta name="twitter:card" content="summary">/);
    expect(page).toMatch(/<meta property="og:description" content="[^"]{20,}">/);
    expect(page).not.toContain('noindex');
  });
});

describe('calendar feed', () => {
  it('parses with Python icalendar and has one event per session', () => {
    const sessions = existsSync(join(DIST, 'sessions')) ? readdirSync(join(DIST, 'sessions')).filter((f) => f.endsWith('.ics')) : [];
    const events = python(
      'import sys, json, icalendar; c = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()); print(json.dumps([str(e.get("uid")) for e in c.walk("VEVENT")]))',
      join(DIST, 'calendar.ics'),
    ) as string[];
    expect(events).toHaveLength(sessions.length);
  });
});
