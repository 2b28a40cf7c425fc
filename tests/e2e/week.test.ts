/**
 * The team's week, end to end: the README's walkthrough (scripts/walkthrough/steps.ts) run step by
 * step in a scratch copy of the project's content, with the real commands, a digest served over HTTP,
 * edits made to the files' text as a person makes them, and the built site opened in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './browser.ts';
import { pdfText } from './pdf-text.ts';
import { AFTER_FIRST_MEETING, FIRST_MEETING, GROUP, MATCH, SHORTLISTED, STEPS, type Step } from '../../scripts/walkthrough/steps.ts';
import { closeWorkspace, commandOutput, createWorkspace, runStep, type Workspace } from '../../scripts/walkthrough/run-step.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { parseDigest } from '../../src/domain/digest/parse-digest.ts';

const step = (id: string): Step => STEPS.find((s) => s.id === id)!;
let ws: Workspace;
let browser: Browser;
const output: Record<string, string> = {};

beforeAll(async () => {
  ws = await createWorkspace();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (ws) await closeWorkspace(ws);
});

async function run(id: string): Promise<string> {
  const results = await runStep(step(id), ws);
  output[id] = results.flatMap((r) => (r.action.kind === 'command' ? [commandOutput(r.output)] : [])).join('\n');
  return output[id];
}
const paperFile = (id: string) => join(ws.content, 'papers', `${id}.md`);
const read = (path: string) => readFileSync(path, 'utf8');
/** The numbered questions of a paper file, without their starter markers. */
function questions(id: string): string[] {
  const section = read(paperFile(id)).split('## Discussion questions')[1] ?? '';
  return [...section.matchAll(/^\d+\. (.+?)(?: <!-- starter:\w+ -->)?$/gm)].map((m) => m[1]!);
}
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
/** The plain-text parts of a question (its TeX math renders as MathML, whose text differs). */
const questionText = (q: string) =>
  q
    .split(/\$[^$]*\$/)
    .map(squash)
    .filter((part) => part.length > 8);

describe("the team's week, end to end", () => {
  it('starts a new group with npm run init: its name, time zone and three members, and no sample papers', async () => {
    const out = await run('init');
    expect(out).toContain(`"${GROUP.name}" (3 members, thursdays at 19:30, Asia/Shanghai)`);
    const group = read(join(ws.content, 'group.yaml'));
    expect(group).toContain(`timezone: ${GROUP.timezone}`);
    for (const m of GROUP.members) expect(group).toContain(`id: ${m.id}\n    name: ${m.name}`);
    expect(readdirSync(join(ws.content, 'papers'))).toEqual([]);
    expect(readdirSync(join(ws.content, 'sessions'))).toEqual([]);
  });

  it("imports the day's digest from its address, keeping the papers that match", async () => {
    const out = await run('import');
    expect(out).toMatch(/^Imported http:\/\/127\.0\.0\.1:\d+\/cs\.IR\.md: 29 entries, 14 kept/);
    const files = readdirSync(join(ws.content, 'papers'));
    expect(files).toHaveLength(14);
    const pattern = new RegExp(MATCH, 'iu');
    for (const name of files) {
      const { data } = readFrontmatter(read(join(ws.content, 'papers', name)), name);
      expect(data.status).toBe('candidate');
      expect(pattern.test([data.title, data.titleZh, data.summaryZh, data.abstract, data.abstractZh].join(' '))).toBe(true);
    }
    // The offline generator writes one to five questions, fewer when it has less to quote.
    expect(questions(SHORTLISTED[0]).length).toBeGreaterThanOrEqual(1);
  });

  it('plans four weeks after members shortlist and vote in the files: the shortlisted papers come first', async () => {
    await run('shortlist');
    expect(readFrontmatter(read(paperFile(SHORTLISTED[0])), 'p').data).toMatchObject({ status: 'shortlisted', votes: ['li', 'maria'] });
    const out = await run('plan');
    expect(out).toContain('Sessions: 4 created');
    expect(readdirSync(join(ws.content, 'sessions'))).toEqual(['2026-08-27.md', '2026-09-03.md', '2026-09-10.md', '2026-09-17.md']);
    const first = readFrontmatter(read(join(ws.content, 'sessions', `${FIRST_MEETING}.md`)), 's').data as { papers: { id: string; presenter: string }[] };
    expect(first.papers.map((p) => p.id)).toEqual([...SHORTLISTED]);
    expect(new Set(first.papers.map((p) => p.presenter)).size).toBe(2);
  });

  it('builds the site, whose home page shows the next session at its local time in Shanghai', async () => {
    await run('site');
    const { page, foreign } = await openPage(browser, ws.site!.url);
    await page.goto(ws.site!.url);
    const card = squash(await page.locator('section[aria-labelledby="next-session"] article').innerText());
    expect(card).toContain('Thursday, August 27, 2026');
    // 19:30 in Shanghai, not the machine's 11:30 UTC.
    expect(card).toMatch(/19:30–21:00 (GMT\+8|CST)/);
    expect(card).toContain(GROUP.location);
    expect(card).toContain('CrossQ: Task-Aligned Cross-Token Conditional Quantization');
    expect(card).toMatch(/Presenter: (Li Wei|Maria Rossi|Sam Okoye).*Presenter: (Li Wei|Maria Rossi|Sam Okoye)/);
    // Nobody has met yet: the papers are new, not new "since the last session".
    expect(squash(await page.locator('main aside').innerText())).toContain('6 new papers to choose from');
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('shows the agenda: the shortlisted papers with their presenters and questions; printed, a handout of one or two pages', async () => {
    const { page } = await openPage(browser, ws.site!.url);
    await page.goto(`${ws.site!.url}sessions/${FIRST_MEETING}/`);
    const session = readFrontmatter(read(join(ws.content, 'sessions', `${FIRST_MEETING}.md`)), 's').data as { papers: { id: string; presenter: string }[] };
    const blocks = page.locator('section.paper-block');
    expect(await blocks.count()).toBe(2);
    for (const [i, item] of session.papers.entries()) {
      const text = squash(await blocks.nth(i).innerText());
      expect(text).toContain(`Presenter: ${GROUP.members.find((m) => m.id === item.presenter)!.name}`);
      for (const q of questions(item.id)) for (const part of questionText(q)) expect(text).toContain(part);
    }

    await page.emulateMedia({ media: 'print' });
    const pdf = await pdfText(await page.pdf({ format: 'A4' }));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.text).toContain('Thursday, August 27, 2026');
    for (const item of session.papers) {
      for (const q of questions(item.id)) for (const part of questionText(q)) expect(pdf.text).toContain(part);
    }
    await page.context().close();
  });

  it('publishes the four sessions in calendar.ics at 19:30 Shanghai time', async () => {
    const ics = await (await fetch(`${ws.site!.url}calendar.ics`)).text();
    const root = ICAL.Component.fromString(ics);
    for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const events = root
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .sort((a, b) => a.startDate.compare(b.startDate));
    expect(events.map((e) => e.startDate.toString().slice(0, 16))).toEqual(['2026-08-27T19:30', '2026-09-03T19:30', '2026-09-10T19:30', '2026-09-17T19:30']);
    for (const event of events) {
      expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai');
      expect(event.endDate.toUnixTime() - event.startDate.toUnixTime()).toBe(90 * 60);
    }
    // The same instant everywhere: 11:30 UTC.
    expect(new Date(events[0]!.startDate.toUnixTime() * 1000).toISOString()).toBe('2026-08-27T11:30:00.000Z');
    expect(events[0]!.summary).toContain('CrossQ');
  });

  it('after the meeting, the minutes and "done" in the session file show in the archive, and its papers become discussed', async () => {
    await run('minutes');
    const { page } = await openPage(browser, ws.site!.url);
    await page.goto(`${ws.site!.url}sessions/`);
    const archive = page.locator('section[aria-labelledby="term-2026-autumn"]');
    expect(squash(await archive.innerText())).toContain('CrossQ');
    await archive.locator(`a[href$="/sessions/${FIRST_MEETING}/"]`).click();
    await page.waitForURL(`**/sessions/${FIRST_MEETING}/`, { waitUntil: 'load' });
    const main = squash(await page.locator('main').innerText());
    expect(main).toContain('Minutes');
    expect(main).toContain('Sam checks how many projected questions have more than one valid answer.');
    expect(main).toMatch(/Status\s*Held/);

    for (const id of SHORTLISTED) {
      await page.goto(`${ws.site!.url}papers/${id}/`);
      const facts = squash(await page.locator('dl').first().innerText());
      expect(facts).toMatch(/Status Discussed/);
      expect(facts).toMatch(/Discussed on Aug 27, 2026/);
      // Nobody had to edit the paper's own file.
      expect(readFrontmatter(read(paperFile(id)), 'p').data.status).toBe('scheduled');
    }
    await page.goto(`${ws.site!.url}papers/status/discussed/`);
    expect(await page.locator('main li h3, main li h2').count()).toBe(2);
    await page.context().close();
  });

  it('imports the next digest, which brings a new version of a discussed paper, and changes nothing people wrote', async () => {
    const owned = (path: string) => {
      const text = read(path);
      const { yaml, body } = readFrontmatter(text, path);
      const field = (key: string) => new RegExp(`^${key}:.*(?:\\n[ -].*)*`, 'm').exec(yaml)?.[0];
      return { body, status: field('status'), votes: field('votes'), tags: field('tags') };
    };
    const papers = readdirSync(join(ws.content, 'papers')).map((n) => join(ws.content, 'papers', n));
    const before = new Map(papers.map((p) => [p, owned(p)]));
    const sessionsBefore = readdirSync(join(ws.content, 'sessions')).map((n) => read(join(ws.content, 'sessions', n)));
    expect(before.get(paperFile(SHORTLISTED[0]))!.votes).toBe('votes: [li, maria]');

    const out = await run('next-digest');
    const next = parseDigest(read(join(import.meta.dirname, '..', 'fixtures', 'digests', 'cs.IR-2026-08-28.md'))).entries;
    expect(next.map((e) => e.id)).toContain(SHORTLISTED[0]);
    expect(out).toMatch(/3 entries, 2 kept/);
    expect(out).toMatch(/added\s+1\s+2305\.11694/);
    expect(out).toMatch(/updated\s+1\s/);
    expect(readFrontmatter(read(paperFile(SHORTLISTED[0])), 'p').data.version).toBe(2);
    for (const [path, parts] of before) expect(owned(path), path).toEqual(parts);
    expect(readdirSync(join(ws.content, 'sessions')).map((n) => read(join(ws.content, 'sessions', n)))).toEqual(sessionsBefore);
    // The same address served the next day's digest: it is kept beside the first, under its import day.
    expect(readdirSync(join(ws.content, 'digests')).sort()).toEqual([`cs.IR-${AFTER_FIRST_MEETING}.md`, 'cs.IR.md']);
  });
});
