/**
 * Downloading a digest from an http(s) address, defensively: a server may be slow, huge, send a web
 * page or loop through redirects. Every such case ends in a {@link UserError} naming the address and
 * the problem, never a hang or a half-read digest.
 *
 * - Only `http:` and `https:`; any other scheme (`file:`, `ftp:`, `data:` …) is refused.
 * - One deadline for everything (connecting, every redirect, the whole body): 30 s by default.
 * - At most 20 MB (digests are about 2 MB): a larger Content-Length is refused at once, and without
 *   one the body is read only until it passes the cap.
 * - Types: `text/markdown`, `text/x-markdown` and `text/plain` are digests. `application/octet-stream`
 *   and a missing type are what some static hosts send for `.md` files, so they are accepted too, as
 *   long as the body is UTF-8 text (the parser then refuses anything that is not a digest). Every other
 *   type (a `text/html` page, an image, a PDF, JSON …) is refused.
 * - At most 5 redirects, each to an http(s) address; a loop is named as one.
 */
import { STATUS_CODES } from 'node:http';
import { extname } from 'node:path';
import { UserError } from '../domain/errors.ts';

export const DIGEST_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
export const ENV_DIGEST_TIMEOUT = 'IMPORT_TIMEOUT_MS';
export const ENV_MAX_BYTES = 'IMPORT_MAX_BYTES';

const DIGEST_TYPES = new Set(['text/markdown', 'text/x-markdown', 'text/plain']);
/** Types that say nothing about the content; accepted when the body is UTF-8 text. */
const UNLABELLED_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

export interface FetchDigestOptions {
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** The deadline for the whole download, redirects included (default 30 s). */
  timeoutMs?: number;
  /** The largest body accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

export interface DownloadedDigest {
  /** A safe file name for the digest, from the last segment of the address. */
  name: string;
  text: string;
}

/**
 * Whether an input names a URL rather than a file. Returns the URL for `http:`/`https:`, undefined for
 * a plain path, and throws for any other scheme (a one-letter scheme is a Windows drive, not a URL).
 */
export function digestUrl(input: string): URL | undefined {
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(input)?.[1]?.toLowerCase();
  if (!scheme) return undefined;
  if (scheme !== 'http' && scheme !== 'https') {
    throw new UserError(`${input}: only http:// and https:// addresses can be imported, not ${scheme}:; for a file on this machine, give its path`);
  }
  try {
    return new URL(input);
  } catch {
    throw new UserError(`${input}: not a valid address; expected e.g. https://example.org/cs.CL.md`);
  }
}

/** The file name to keep a downloaded digest under: the address's last segment, made safe. */
export function digestNameFromUrl(url: URL): string {
  let last = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // A malformed escape: keep the segment as it was written.
  }
  let name = last
    .replace(/[/\\\u0000-\u001f\u007f]/g, '_')
    .replace(/^[.\s]+/, '')
    .slice(0, 120);
  if (!name) name = 'digest.md';
  if (!extname(name)) name += '.md';
  return name;
}

/** Reads the download limits from the environment (`IMPORT_TIMEOUT_MS`, `IMPORT_MAX_BYTES`). */
export function downloadLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<FetchDigestOptions, 'timeoutMs' | 'maxBytes'> {
  const read = (name: string, example: string) => {
    const text = env[name]?.trim();
    if (!text) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0) throw new UserError(`${name}: expected a whole number above 0, e.g. ${example} (found "${text}")`, 2);
    return value;
  };
  const timeoutMs = read(ENV_DIGEST_TIMEOUT, '30000');
  const maxBytes = read(ENV_MAX_BYTES, '20971520');
  return { ...(timeoutMs ? { timeoutMs } : {}), ...(maxBytes ? { maxBytes } : {}) };
}

export function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;
}

function checkType(input: string, contentType: string | null): void {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' || DIGEST_TYPES.has(type) || UNLABELLED_TYPES.has(type)) return;
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    throw new UserError(`${input}: the server sent a web page (${type}), not the digest's markdown; give the address of the raw file (on GitHub, its "Raw" link)`);
  }
  throw new UserError(`${input}: the server sent ${type}; expected a markdown digest (text/markdown or text/plain)`);
}

/** Reads a body (a download or a file) up to `maxBytes`; past it, stops reading at once and calls `tooLarge`. */
export async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, tooLarge: () => never): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

/** Downloads a digest; see the module comment for the limits. */
export async function fetchDigest(input: string, options: FetchDigestOptions = {}): Promise<DownloadedDigest> {
  const first = digestUrl(input);
  if (!first) throw new UserError(`${input}: expected an http:// or https:// address`);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DIGEST_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const tooLarge = (): never => {
    controller.abort();
    throw new UserError(`${input}: the download passed ${megabytes(maxBytes)}, the most a digest may have (about 2 MB is usual); stopped reading (${ENV_MAX_BYTES} raises the limit)`);
  };
  try {
    let url = first;
    const visited = [url.href];
    let response: Response;
    for (;;) {
      response = await doFetch(url, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: 'text/markdown, text/plain;q=0.9, */*;q=0.1', 'user-agent': 'reading-group-planner (digest import)' },
      });
      if (!isRedirect(response.status)) break;
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location) throw new UserError(`${input}: ${url.href} answered with a redirect (HTTP ${response.status}) but no address to go to`);
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new UserError(`${input}: redirected to ${next.href}; only http:// and https:// addresses are followed`);
      if (visited.includes(next.href)) throw new UserError(`${input}: redirect loop (${[...visited, next.href].join(' → ')})`);
      if (visited.length > MAX_REDIRECTS) throw new UserError(`${input}: more than ${MAX_REDIRECTS} redirects (${visited.join(' → ')} → …); expected the digest's address`);
      visited.push(next.href);
      url = next;
    }
    const where = url.href === first.href ? input : `${input} (redirected to ${url.href})`;
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = response.statusText || STATUS_CODES[response.status] || '';
      throw new UserError(`${where} returned HTTP ${response.status}${text ? ` ${text}` : ''}; expected the digest's markdown`);
    }
    checkType(where, response.headers.get('content-type'));
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      controller.abort();
      throw new UserError(`${where}: the server announces ${megabytes(length)}, more than the ${megabytes(maxBytes)} a digest may have (about 2 MB is usual; ${ENV_MAX_BYTES} raises the limit)`);
    }
    const bytes = await readCapped(response.body, maxBytes, tooLarge);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new UserError(`${where}: the server sent something that is not UTF-8 text; expected the digest's markdown`);
    }
    return { name: digestNameFromUrl(first), text };
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (timedOut) throw new UserError(`${input}: no complete answer within ${timeoutMs / 1000} s; stopped waiting (${ENV_DIGEST_TIMEOUT} changes the limit)`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(`${input}: could not download the digest (${cause?.message ?? (error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}
