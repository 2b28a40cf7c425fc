/**
 * The terminal log (src/site/integrations/log.mjs): the build's route list, which Astro writes as two
 * pieces per route and which eight routes rendered at a time garbled, becomes one summary line; a
 * broken content file's message is not repeated at every request of `astro dev`; the rest passes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import readingGroupLog from '../../src/site/integrations/log.mjs';
import config from '../../astro.config.mjs';

type Event = { label: string | null; level: 'info' | 'warn' | 'error'; message: string; newLine: boolean };
const info = (label: string | null, message: string, newLine = true): Event => ({ label, level: 'info', message, newLine });

let out = '';
beforeEach(() => {
  out = '';
  const capture = (chunk: string | Uint8Array) => ((out += String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterEach(() => vi.restoreAllMocks());

describe('the terminal log', () => {
  it('is the one astro.config.mjs configures', () => {
    expect(config.logger?.entrypoint).toBe('./src/site/integrations/log.mjs');
  });

  it('replaces the interleaved route list of a build with one summary line', () => {
    const log = readingGroupLog(undefined);
    const events = [
      info('build', 'Rearranging server assets...'),
      info('SKIP_FORMAT', '\n\u001b[42m generating static routes \u001b[49m'),
      // Eight at a time: names are written before any of their times.
      info(null, '  \u001b[34m├─\u001b[39m \u001b[2m/404.html\u001b[22m', false),
      info(null, '  \u001b[34m├─\u001b[39m \u001b[2m/papers/2404.01399/index.html\u001b[22m', false),
      info('SKIP_FORMAT', ' \u001b[2m(+96ms)\u001b[22m '),
      info(null, '  \u001b[32m├─\u001b[39m \u001b[2m/papers/2403.20041/index.html\u001b[22m', false),
      info('SKIP_FORMAT', ' \u001b[32m(restored)\u001b[39m'),
      info('SKIP_FORMAT', ' \u001b[31m(+1.20s)\u001b[39m '),
      info(null, '\u001b[32m✓ Completed in 548ms.\n\u001b[39m'),
      info('build', '42 page(s) built in 2.80s'),
    ];
    for (const event of events) log.write(event);
    const text = stripVTControlCharacters(out);
    expect(text).not.toMatch(/├─|\(\+\d|\(restored\)/);
    expect(text).toContain(' generating static routes ');
    expect(text).toMatch(/ {2}3 routes: 2 rendered, 1 copied from the last build\n.*✓ Completed in 548ms\./);
    expect(text).toContain('[build] 42 page(s) built in 2.80s');
    // Every line is whole: no two log lines run together.
    for (const line of text.split('\n')) expect(line.match(/\d\d:\d\d:\d\d/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('leaves out the repeats of a broken content file in astro dev, and nothing else', () => {
    const log = readingGroupLog(undefined);
    const problem = 'content/papers/2404.01399.md: status: expected one of candidate, shortlisted, scheduled, discussed or archived (found "maybe")';
    log.write({ label: 'markdown-folder', level: 'error', message: problem, newLine: true });
    // What Astro logs for each request that fails with the list of broken files (see broken-files.ts).
    log.write({ label: null, level: 'error', message: `A content file is invalid; fix it and reload:\n\n${problem}`, newLine: true });
    log.write({ label: null, level: 'error', message: `2 content files are invalid; fix them and reload:\n\n${problem}\n\nx`, newLine: true });
    log.write({ label: null, level: 'error', message: 'Something else failed', newLine: true });
    log.write({ label: 'sitemap', level: 'warn', message: 'SITE_URL is not set', newLine: true });
    const text = stripVTControlCharacters(out);
    expect(text.split('(found "maybe")')).toHaveLength(2);
    expect(text).toContain('Something else failed');
    expect(text).toContain('SITE_URL is not set');
  });
});
