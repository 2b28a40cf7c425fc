import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic, fast) and `site` (checks on a fresh build of the site in dist/,
 * made once by tests/site/global-setup.ts). Browser tests live in tests/e2e (npm run test:e2e).
 *
 * No test reaches the real arXiv: commands started by tests (imports, add) ask a closed port on
 * 127.0.0.1 unless a test points them at its own fake API server.
 */
const env = { ARXIV_API_URL: 'http://127.0.0.1:9/api/query' };

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000, env } },
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
