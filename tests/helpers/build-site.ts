/**
 * Builds the site for the site checks and browser tests, once per test run: vitest runs every
 * project's global setup in one process, so a shared promise keeps two builds from racing on dist/.
 * SKIP_BUILD=1 reuses an existing build.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const builds = new Map<string, Promise<void>>();

export function buildSite(outDir: string, env: { SITE_URL: string; BASE_PATH: string }): Promise<void> {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(outDir, 'index.html'))) return Promise.resolve();
  let build = builds.get(outDir);
  if (!build) {
    build = run('npx', ['astro', 'build', '--silent', '--outDir', outDir], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }).then(
      () => undefined,
      (error: { stdout?: string; stderr?: string }) => {
        throw new Error(`the site build failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
      },
    );
    builds.set(outDir, build);
  }
  return build;
}
