/**
 * Builds the site for the site checks and browser tests, once per test run: vitest runs every
 * project's global setup in one process, so a shared promise keeps two builds from racing on dist/.
 *
 * The build uses the demo group: the shipped content plus the plan `npm run plan -- --weeks 8
 * --today 2026-11-24` makes, seen on 2026-11-24 (SITE_TODAY), so that pages with upcoming sessions
 * are tested and the results do not depend on the day the tests run. SKIP_BUILD=1 reuses a build.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
export const DEMO_TODAY = '2026-11-24';
const builds = new Map<string, Promise<void>>();
let demo: Promise<string> | undefined;

/** A copy of the shipped content with eight weeks planned from DEMO_TODAY. */
export function demoContent(): Promise<string> {
  demo ??= (async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rg-demo-')), 'content');
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    await run('node', ['src/cli/plan.ts', '--content', dir, '--weeks', '8', '--today', DEMO_TODAY], { cwd: ROOT });
    return dir;
  })();
  return demo;
}

export function buildSite(outDir: string, env: { SITE_URL: string; BASE_PATH: string }): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(ROOT, outDir, 'index.html'))) return Promise.resolve();
  let build = builds.get(outDir);
  if (!build) {
    build = demoContent().then((content) => buildContent(content, outDir, { ...env, cacheName: outDir }));
    builds.set(outDir, build);
  }
  return build;
}

/**
 * Builds the site of any content folder, as seen on DEMO_TODAY, into `outDir` (relative to the
 * project or absolute); `cacheName` keeps its Astro cache apart from the other test builds.
 */
export async function buildContent(content: string, outDir: string, env: { SITE_URL: string; BASE_PATH: string; cacheName: string }): Promise<void> {
  const { cacheName, ...siteEnv } = env;
  try {
    await run('npx', ['astro', 'build', '--silent', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, ...siteEnv, CONTENT_DIR: content, SITE_TODAY: DEMO_TODAY, ASTRO_CACHE_DIR: join(ROOT, 'node_modules', '.astro-test', cacheName) },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (caught) {
    const error = caught as { stdout?: string; stderr?: string; message?: string };
    throw new Error(`the site build failed:\n${error.message ?? ''}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`, { cause: caught });
  }
}
