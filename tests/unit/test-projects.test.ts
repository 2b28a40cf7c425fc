/**
 * The `unit` project stays in-process: every file of tests/unit/ that starts a child process or a
 * local server is in the `process` project (vitest.config.ts), and only those are.
 */
import { expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCESS_TESTS } from '../../vitest.config.ts';

const STARTS_PROCESSES_OR_SERVERS = /node:child_process|node:worker_threads|createServer|helpers\/(cli|fake-chat-server|misbehaving-server|build-site|hostile-content)\.ts|arxiv-api-server\.ts/;

it('puts exactly the tests that start processes or servers in the process project', () => {
  const dir = join(import.meta.dirname);
  const starting = readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts') && name !== 'test-projects.test.ts')
    .filter((name) => STARTS_PROCESSES_OR_SERVERS.test(readFileSync(join(dir, name), 'utf8')))
    .map((name) => `tests/unit/${name}`);
  expect([...PROCESS_TESTS].sort()).toEqual(starting.sort());
});
