/**
 * Debian's Chromium driven by playwright-core, with the flags this machine needs (no sandbox as root,
 * no background networking). Every page records requests that leave the site's origin.
 */
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveStatic, type StaticSite } from './static-server.ts';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface TrackedPage {
  page: Page;
  /** URLs requested from any origin other than the site's. */
  foreign: string[];
}

export async function openPage(
  browser: Browser,
  siteUrl: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<TrackedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) foreign.push(url);
  });
  return { page, foreign };
}

/**
 * For a test file: one Chromium and the built sites it needs, served on 127.0.0.1 for the whole
 * file (started before the first test, stopped after the last). Read them from the returned object
 * inside tests: `env.browser`, `env.site`.
 */
export function useBuiltSites<const K extends string>(builds: Record<K, { dir: string; base?: string }>) {
  const env = { sites: {} } as { browser: Browser; sites: Record<K, StaticSite> };
  beforeAll(async () => {
    env.browser = await launch();
    for (const [key, build] of Object.entries(builds) as [K, { dir: string; base?: string }][]) {
      env.sites[key] = await serveStatic(join(import.meta.dirname, '..', '..', build.dir), build.base);
    }
  });
  afterAll(async () => {
    await env.browser?.close();
    await Promise.all(Object.values<StaticSite>(env.sites).map((s) => s.close()));
  });
  return env;
}
