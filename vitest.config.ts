import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` (in-process logic, fast), `process` (the tests of tests/unit/ that start
 * child processes — the commands, scripts, python3, bash, git — or local HTTP servers), `site`
 * (checks on a fresh build of the site in dist/, made once by tests/site/global-setup.ts) and `e2e`
 * (browser tests).
 *
 * No test reaches the real arXiv: commands started by tests (imports, add) ask a closed port on
 * 127.0.0.1 unless a test points them at its own fake API server.
 */
const env = { ARXIV_API_URL: 'http://127.0.0.1:9/api/query' };

/**
 * The files of tests/unit/ that start processes or servers, run by `npm run test:process` instead
 * of `npm run test:unit`. tests/unit/test-projects.test.ts keeps this list equal to the files that
 * import child_process, create a server or use the helpers that do.
 */
export const PROCESS_TESTS = [
  'add-papers',
  'arxiv-api',
  'arxiv-metadata',
  'broken-content',
  'calendar',
  'command-help',
  'content-lock',
  'fetch-digest',
  'import',
  'init',
  'kill-safety',
  'llm-client',
  'misplaced-content',
  'planner-cli',
  'questions-judged',
  'questions-model',
  'questions-report',
  'questions-run',
  'requests',
  'script-args',
  'search-worker',
  'workflows',
].map((name) => `tests/unit/${name}.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: [...configDefaults.exclude, ...PROCESS_TESTS], testTimeout: 60_000, env } },
      { test: { name: 'process', include: PROCESS_TESTS, testTimeout: 60_000, env } },
      {
        test: {
          name: 'site',
          env,
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'e2e',
          env,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
