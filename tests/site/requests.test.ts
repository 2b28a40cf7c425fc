/**
 * The site's "take part" links, built from a group whose group.yaml names no repository: the
 * repository comes from REPOSITORY_URL, as the deploy workflow sets it. Each action link is a plain
 * link to the right issue form with its fields filled in; the paper page names who voted, the session
 * page who is coming and who has read what.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContent, demoContent } from '../helpers/build-site.ts';

const REPO = 'https://github.com/example-lab/reading-group-fork';
let out: string;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-site-requests-'));
  const content = join(work, 'content');
  cpSync(await demoContent(), content, { recursive: true });
  const group = join(content, 'group.yaml');
  const text = readFileSync(group, 'utf8');
  writeFileSync(group, text.slice(0, text.indexOf('# Where these files live')).replace('    name: Alice Zhang\n', '    name: Alice Zhang\n    github: alice-zhang\n'));
  const paper = join(content, 'papers', '2404.01399.md');
  writeFileSync(paper, readFileSync(paper, 'utf8').replace('votes: 0', 'votes: [alice, bruno]'));
  const session = join(content, 'sessions', '2026-11-26.md');
  const planned = readFileSync(session, 'utf8');
  const first = /- id: "([^"]+)"/.exec(planned)![1]!;
  writeFileSync(session, planned.replace('papers:\n', `rsvp: [chen, fatima]\nread:\n  "${first}": [dana]\npapers:\n`));
  out = join(work, 'dist');
  const previous = process.env.REPOSITORY_URL;
  process.env.REPOSITORY_URL = REPO;
  try {
    await buildContent(content, out, { SITE_URL: 'https://example.org', BASE_PATH: '/', cacheName: 'requests' });
  } finally {
    if (previous === undefined) delete process.env.REPOSITORY_URL;
    else process.env.REPOSITORY_URL = previous;
  }
}, 600_000);

const page = (path: string) => readFileSync(join(out, path), 'utf8');

/** The action link of a page marked `data-request="<kind>"`, as a URL. */
function actionLink(html: string, kind: string): URL {
  const tag = new RegExp(`<a[^>]*data-request="${kind}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no ${kind} link on the page`);
  return new URL(/href="([^"]+)"/.exec(tag)![1]!.replace(/&amp;/g, '&'));
}

describe('the take-part links', () => {
  it('on a paper page: vote, withdraw and question forms with the paper filled in; the voters by name', () => {
    const html = page('papers/2404.01399/index.html');
    const vote = actionLink(html, 'vote');
    expect(`${vote.origin}${vote.pathname}`).toBe(`${REPO}/issues/new`);
    expect(Object.fromEntries(vote.searchParams)).toEqual({ template: 'vote.yml', title: 'Vote for arXiv:2404.01399', paper: '2404.01399' });
    expect(Object.fromEntries(actionLink(html, 'withdraw-vote').searchParams)).toMatchObject({ template: 'withdraw-vote.yml', paper: '2404.01399' });
    expect(Object.fromEntries(actionLink(html, 'question').searchParams)).toMatchObject({ template: 'question.yml', paper: '2404.01399' });
    expect(html).toMatch(/<span class="voters[^"]*">Alice Zhang, Bruno Keller<\/span>/);
    // "Edit this page" follows the same repository.
    expect(html).toContain(`href="${REPO}/edit/main/`);
    expect(html).toContain('href="/take-part/"');
  });

  it("on an upcoming session page: coming, can't come and read links; who is coming and who has read what", () => {
    const html = page('sessions/2026-11-26/index.html');
    expect(Object.fromEntries(actionLink(html, 'rsvp').searchParams)).toEqual({ template: 'rsvp.yml', title: "I'm coming on 2026-11-26", session: '2026-11-26' });
    expect(Object.fromEntries(actionLink(html, 'away').searchParams)).toEqual({ template: 'away.yml', title: "I can't come on 2026-11-26", from: '2026-11-26' });
    // Either taken back from the same page.
    expect(Object.fromEntries(actionLink(html, 'cancel-rsvp').searchParams)).toEqual({ template: 'cancel-rsvp.yml', title: "I'm not coming on 2026-11-26 after all", session: '2026-11-26' });
    expect(Object.fromEntries(actionLink(html, 'not-away').searchParams)).toEqual({ template: 'not-away.yml', title: 'I can come on 2026-11-26 after all', from: '2026-11-26' });
    const read = Object.fromEntries(actionLink(html, 'read').searchParams);
    expect(read).toMatchObject({ template: 'read.yml', session: '2026-11-26' });
    expect(read.paper).toMatch(/^\d{4}\.\d{4,5}$/);
    expect(html).toContain('Coming:</span> Chen Wei, Fatima Haddad');
    expect(html).toMatch(/Read by<\/span> Dana Okafor/);
  });

  it('not on a session that was held', () => {
    expect(page('sessions/2026-11-19/index.html')).not.toContain('data-request=');
  });

  it('on the take-part page, linked from the members page: suggest and away forms', () => {
    const html = page('take-part/index.html');
    expect(html).toContain('How to take part');
    expect(Object.fromEntries(actionLink(html, 'suggest').searchParams)).toEqual({ template: 'suggest.yml', title: 'Suggest a paper' });
    expect(actionLink(html, 'away').searchParams.get('template')).toBe('away.yml');
    expect(actionLink(html, 'not-away').searchParams.get('template')).toBe('not-away.yml');
    expect(page('members/index.html')).toContain('href="/take-part/"');
  });

  it('in the footer of every page', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      // The page's own footer, the last one (a session's handout has its own footer for print).
      const footer = [...readFileSync(join(out, file), 'utf8').matchAll(/<footer[\s\S]*?<\/footer>/g)].at(-1)?.[0] ?? '';
      expect(footer, file).toContain('<a href="/take-part/">Take part from this site: vote, suggest papers, say whether you are coming</a>');
    }
  });
});
