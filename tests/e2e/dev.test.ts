/**
 * `npm run dev` as a live preview: `astro dev` on a copy of the content outside the project (through
 * CONTENT_DIR), an edit to a paper file showing on reload, a broken file shown clearly in the browser
 * and the terminal without stopping the server, and the page back once the file is fixed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, Page, Response } from 'playwright-core';
import { launch, openPage } from './browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAPER = '2404.01399';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The environment without vitest's own variables: with NODE_ENV=test, `astro dev` serves nothing. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
}

/** Retries `check` until it passes (the dev server notices file changes a moment after they happen). */
async function eventually(check: () => Promise<void>, tries = 40): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      return await check();
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

let server: ChildProcess;
let log = '';
let url = '';
let browser: Browser;
let page: Page;
let contentDir = '';
let paperFile = '';
let original = '';

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-dev-'));
  const content = join(work, 'content');
  contentDir = content;
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  paperFile = join(content, 'papers', `${PAPER}.md`);
  original = readFileSync(paperFile, 'utf8');
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  // Its own process group, so that the server and every process it starts are stopped together.
  server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...userEnv(), CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), SITE_TODAY: '2026-11-24', FORCE_COLOR: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await eventually(async () => {
    if (server.exitCode !== null) throw new Error(`astro dev exited:\n${log}`);
    expect((await fetch(url)).status).toBe(200);
  }, 240);
  browser = await launch();
  ({ page } = await openPage(browser, url));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
});

const text = async () => stripVTControlCharacters(await page.locator('body').innerText());
/**
 * Loads a page and returns the message of Astro's error overlay (drawn by a script, in a shadow
 * root), or '' when the page was served normally.
 */
async function overlay(load: () => Promise<Response | null>): Promise<string> {
  if ((await load())?.status() !== 500) return '';
  const message = () => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent ?? '';
  const shown = await page.waitForFunction(message, null, { timeout: 5000 }).catch(() => undefined);
  return shown ? String(await shown.jsonValue()) : '';
}

describe('npm run dev', () => {
  it('starts without warnings meant for a published build', () => {
    expect(stripVTControlCharacters(log)).not.toContain('SITE_URL is not set');
  });

  it('shows an edit to a session file on reload', async () => {
    const sessionFile = join(contentDir, 'sessions', '2026-11-19.md');
    await page.goto(`${url}sessions/2026-11-19/`);
    expect(await text()).not.toContain('Minutes amended while the preview runs.');
    writeFileSync(sessionFile, `${readFileSync(sessionFile, 'utf8')}\nMinutes amended while the preview runs.\n`);
    await eventually(async () => {
      await page.reload();
      expect(await text()).toContain('Minutes amended while the preview runs.');
    });
  });

  it('shows an edit to a paper file on reload', async () => {
    await page.goto(`${url}papers/${PAPER}/`);
    expect(await page.locator('main h1').innerText()).toContain('Developing Safe and Responsible Large Language Models');
    writeFileSync(paperFile, original.replace('### Key idea\n', '### Key idea\n\nA note written while the preview runs.\n'));
    await eventually(async () => {
      await page.reload();
      expect(await text()).toContain('A note written while the preview runs.');
    });
  });

  it('follows edits to group.yaml too, and shows a mistake in it until it is fixed', async () => {
    const groupFile = join(contentDir, 'group.yaml');
    const group = readFileSync(groupFile, 'utf8');
    writeFileSync(groupFile, group.replace(/^name: .*$/m, 'name: LLM Reading Circle'));
    await eventually(async () => {
      await page.goto(url);
      expect(await page.locator('main h1').innerText()).toBe('LLM Reading Circle');
    });
    const logBefore = log.length;
    writeFileSync(groupFile, group.replace(/^timezone: .*$/m, 'timezone: Mars/Olympus'));
    await eventually(async () => {
      const shown = await overlay(() => page.reload());
      expect(shown).toContain('group.yaml');
      expect(shown).toContain('timezone');
    });
    await overlay(() => page.reload());
    const terminal = stripVTControlCharacters(log.slice(logBefore));
    expect(terminal.split('Mars/Olympus')).toHaveLength(2);
    expect(terminal).not.toContain('Stack trace:');
    writeFileSync(groupFile, group);
    await eventually(async () => {
      expect((await page.goto(url))?.status()).toBe(200);
      expect(await page.locator('main h1').innerText()).toBe('LLM Reading Group');
    });
  });

  it('shows a broken file clearly in the browser and the terminal, keeps serving, and recovers once it is fixed', async () => {
    const logBefore = log.length;
    writeFileSync(paperFile, original.replace(/^status: \w+$/m, 'status: maybe'));
    await eventually(async () => {
      const shown = await overlay(() => page.reload());
      expect(shown).toContain(`papers/${PAPER}.md`);
      expect(shown).toMatch(/status/);
      expect(shown).toMatch(/candidate.*shortlisted.*scheduled.*discussed.*archived/s);
    });
    expect(server.exitCode).toBeNull();
    // Other pages say the same, rather than showing stale content.
    expect(await overlay(() => page.goto(url))).toContain(`papers/${PAPER}.md`);
    expect(await overlay(() => page.goto(`${url}sessions/`))).toContain(`papers/${PAPER}.md`);
    // The terminal says it once, with the file, the field and what was expected, however many pages
    // failed with it, and without an empty "Stack trace:".
    const terminal = stripVTControlCharacters(log.slice(logBefore));
    expect(terminal).toContain(`papers/${PAPER}.md: status: expected one of candidate, shortlisted, scheduled, discussed or archived (found "maybe")`);
    expect(terminal.split('(found "maybe")')).toHaveLength(2);
    expect(terminal).not.toContain('Stack trace:');

    writeFileSync(paperFile, original);
    await eventually(async () => {
      const response = await page.goto(`${url}papers/${PAPER}/`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('main h1').innerText()).toContain('Developing Safe and Responsible Large Language Models');
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
    });
    expect(server.exitCode).toBeNull();
  });
});
