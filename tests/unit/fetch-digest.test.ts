/**
 * Importing from a URL against a real server on 127.0.0.1 that misbehaves: every failure is a clear
 * UserError naming the address, nothing hangs past the deadline, nothing is read past the size cap,
 * and the content folder is left as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { digestNameFromUrl, digestUrl, downloadLimitsFromEnv, fetchDigest } from '../../src/net/fetch-digest.ts';
import { runImport } from '../../src/files/import/run-import.ts';
import { UserError } from '../../src/domain/errors.ts';
import { DIGESTS, snapshot, tempContent } from '../helpers/content.ts';
import { startMisbehavingServer, type Misbehaving } from '../helpers/misbehaving-server.ts';
import { expectUserError, runCli } from '../helpers/cli.ts';

const DIGEST = readFileSync(join(DIGESTS, 'cs.IR-2026-08-21.md'));
let server: Misbehaving;
const url = (path: string) => `${server.base}${path}`;

beforeAll(async () => {
  server = await startMisbehavingServer(DIGEST);
});
afterAll(() => server.close());

async function failure(path: string, options: Parameters<typeof fetchDigest>[1] = {}): Promise<string> {
  const error = await fetchDigest(url(path), { timeoutMs: 5_000, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const message = (error as Error).message;
  expect(message).toContain(url(path));
  return message;
}

describe('downloads that work', () => {
  it.each(['/ok/cs.IR.md', '/plain.md', '/octet.md', '/untyped.md', '/redirect'])('%s gives the digest byte for byte', async (path) => {
    const { text } = await fetchDigest(url(path));
    expect(text).toBe(DIGEST.toString('utf8'));
  });

  it('names the digest after the address the user gave, not the one redirected to', async () => {
    expect((await fetchDigest(url('/redirect'))).name).toBe('redirect.md');
    expect((await fetchDigest(url('/ok/cs.IR.md'))).name).toBe('cs.IR.md');
  });
});

describe('servers that misbehave', () => {
  it('404 and 500 give the status and its text', async () => {
    expect(await failure('/missing.md')).toBe(`${url('/missing.md')} returned HTTP 404 Not Found; expected the digest's markdown`);
    expect(await failure('/broken.md')).toMatch(/returned HTTP 500 Internal Server Error/);
  });

  it('a web page, an image and bytes that are not UTF-8 are refused', async () => {
    expect(await failure('/html')).toMatch(/sent a web page \(text\/html\), not the digest's markdown/);
    expect(await failure('/png')).toMatch(/sent image\/png; expected a markdown digest/);
    expect(await failure('/latin1.md')).toMatch(/not UTF-8 text/);
  });

  it('a redirect loop, too many redirects and a redirect to file: are named', async () => {
    expect(await failure('/loop-a')).toBe(`${url('/loop-a')}: redirect loop (${url('/loop-a')} → ${url('/loop-b')} → ${url('/loop-a')})`);
    expect(await failure('/chain/1')).toMatch(/more than 5 redirects/);
    expect(await failure('/to-file')).toMatch(/redirected to file:\/\/\/etc\/passwd; only http:\/\/ and https:\/\/ addresses are followed/);
  });

  it('a server that never answers, or stops halfway through the body, hits the deadline', async () => {
    expect(await failure('/slow-headers', { timeoutMs: 300 })).toMatch(/no complete answer within 0\.3 s/);
    expect(await failure('/slow-body', { timeoutMs: 300 })).toMatch(/no complete answer within 0\.3 s/);
  });

  it('an endless body without Content-Length is read only until it passes the cap, then the connection is closed', async () => {
    const closed = server.hungUp('/huge-chunked');
    // The deadline is far away: only the cap can end this download with this message.
    expect(await failure('/huge-chunked', { maxBytes: 1024 * 1024, timeoutMs: 20_000 })).toMatch(/the download passed 1 MB, the most a digest may have.*; stopped reading/);
    await closed;
    expect(server.sent.get('/huge-chunked')).toBeGreaterThan(1024 * 1024);
  });

  it('a Content-Length above the cap is refused before reading the body', async () => {
    const closed = server.hungUp('/huge-with-length');
    expect(await failure('/huge-with-length', { maxBytes: 1024 * 1024, timeoutMs: 20_000 })).toMatch(/announces 51200 MB, more than the 1 MB a digest may have/);
    await closed;
  });

  it('a closed port is a clear error', async () => {
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const { port } = spare.address() as AddressInfo;
    await new Promise((resolve) => spare.close(resolve));
    const address = `http://127.0.0.1:${port}/x.md`;
    const error = await fetchDigest(address, { timeoutMs: 5_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(new RegExp(`^${address.replace(/\./g, '\\.')}: could not download the digest \\(.*ECONNREFUSED`));
  });
});

describe('addresses', () => {
  it('only http and https; a plain path is not a URL', () => {
    expect(digestUrl('digests/cs.CL.md')).toBeUndefined();
    expect(digestUrl('C:\\digests\\cs.CL.md')).toBeUndefined();
    expect(digestUrl('HTTPS://example.org/a.md')?.href).toBe('https://example.org/a.md');
    for (const bad of ['file:///etc/passwd', 'ftp://example.org/a.md', 'data:text/markdown,%23%20摘要', 'javascript:alert(1)']) {
      expect(() => digestUrl(bad), bad).toThrow(/only http:\/\/ and https:\/\/ addresses can be imported/);
    }
  });

  it('a name taken from the address never leaves the digests folder', () => {
    expect(digestNameFromUrl(new URL('http://x/..%2F..%2Fetc%2Fpasswd'))).toBe('_.._etc_passwd');
    expect(digestNameFromUrl(new URL('http://x/%2Fetc%2Fcron.d%2Fx'))).toBe('_etc_cron.d_x');
    expect(digestNameFromUrl(new URL('http://x/a/%E0%A4%A'))).toBe('%E0%A4%A.md');
    expect(digestNameFromUrl(new URL('http://x/'))).toBe('digest.md');
    expect(digestNameFromUrl(new URL('http://x/..'))).toBe('digest.md');
    expect(digestNameFromUrl(new URL('http://x/%2e%2e'))).toBe('digest.md');
  });

  it('limits from the environment are checked', () => {
    expect(downloadLimitsFromEnv({ IMPORT_TIMEOUT_MS: '500', IMPORT_MAX_BYTES: '1000' })).toEqual({ timeoutMs: 500, maxBytes: 1000 });
    expect(downloadLimitsFromEnv({})).toEqual({});
    expect(() => downloadLimitsFromEnv({ IMPORT_TIMEOUT_MS: 'soon' })).toThrow(/IMPORT_TIMEOUT_MS: expected a whole number above 0/);
  });
});

describe('the import from a URL', () => {
  it('keeps a digest whose address tries to climb out under the digests folder', async () => {
    const dir = tempContent();
    const report = await runImport({ inputs: [url('/..%2F..%2Fevil.md')], contentDir: dir, today: '2026-11-24' });
    expect(report.added).toHaveLength(29);
    expect(readdirSync(join(dir, 'digests'))).toEqual(['_.._evil.md']);
    expect(existsSync(join(dir, '..', 'evil.md'))).toBe(false);
  });
});

describe('the import command', () => {
  const cases: [string, string, Record<string, string>, RegExp][] = [
    ['404', '/missing.md', {}, /returned HTTP 404 Not Found/],
    ['a web page', '/html', {}, /sent a web page \(text\/html\)/],
    ['a redirect loop', '/loop-a', {}, /redirect loop/],
    ['a stalled body', '/slow-body', { IMPORT_TIMEOUT_MS: '500' }, /no complete answer within 0\.5 s/],
    ['an endless body', '/huge-chunked', { IMPORT_MAX_BYTES: '1000000' }, /the download passed 0\.95 MB/],
  ];
  it.each(cases)('%s: exit code 1, one message on stderr, content unchanged', async (_name, path, env, message) => {
    const dir = tempContent({ papers: true });
    const before = snapshot(dir);
    const result = await runCli('import', [url(path), '--content', dir, '--today', '2026-11-24'], env);
    const stderr = expectUserError(result);
    expect(result.code).toBe(1);
    expect(stderr).toContain(url(path));
    expect(stderr).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });

  it('file: is refused, and a working address imports', async () => {
    const dir = tempContent();
    const before = snapshot(dir);
    expect(expectUserError(await runCli('import', ['file:///etc/passwd', '--content', dir]))).toMatch(/not file:/);
    expect(snapshot(dir)).toEqual(before);
    const ok = await runCli('import', [url('/redirect'), '--offline', '--content', dir, '--today', '2026-11-24']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(readdirSync(join(dir, 'papers'))).toHaveLength(29);
  });
});
