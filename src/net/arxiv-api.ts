/**
 * A polite client for the arXiv API (`/api/query?id_list=…`, an Atom feed): title, authors, abstract
 * and categories of papers by id.
 *
 * Politeness, as arXiv asks of API users: one request at a time, ids batched (up to 20 per request),
 * a pause between requests (3 s by default), a timeout, and a User-Agent naming this tool. When arXiv
 * cannot be reached (no network, DNS failure, timeout, an HTTP error such as 503 while it throttles),
 * the client stops asking and reports the remaining ids as unavailable instead of failing, so callers
 * can go on offline.
 *
 * The API reports a bad request with HTTP status 200 and a single entry whose id is
 * `http://arxiv.org/api/errors#…` and whose summary holds the message; that is reported as an error of
 * the batch, never taken for a paper.
 */
import { XMLParser } from 'fast-xml-parser';
import { arxivIdFromUrl } from '../domain/arxiv-id.ts';
import { UserError } from '../domain/errors.ts';

/** The API's address; the environment variable `ARXIV_API_URL` overrides it (tests point it at 127.0.0.1). */
export const DEFAULT_ARXIV_API_URL = 'http://export.arxiv.org/api/query';
export const USER_AGENT = 'reading-group-planner/0.1 (npm run add; one request at a time)';

/** One paper as the API describes it. */
export interface ArxivEntry {
  /** The id without version, e.g. `2404.01399`. */
  id: string;
  version?: number;
  /** Title with the API's line wrapping undone. */
  title: string;
  /** Abstract with the line wrapping undone; TeX math stays as written (`$…$`). */
  abstract: string;
  authors: string[];
  /** The primary category first, then the others, each once. */
  categories: string[];
  /** `YYYY-MM-DDThh:mm:ssZ` of version 1, when given. */
  published?: string;
  /** `YYYY-MM-DDThh:mm:ssZ` of this version, when given. */
  updated?: string;
  /** arXiv's primary category (`cs.CL`), when given. */
  primaryCategory?: string;
  /** The authors' comment: pages, figures, venue ("Accepted at ACL 2024; 12 pages"). */
  comment?: string;
  /** The journal reference, once the paper is published. */
  journalRef?: string;
  /** The DOI of the published version (not arXiv's own 10.48550 DOI). */
  doi?: string;
}

export interface ArxivFeed {
  entries: ArxivEntry[];
  /** Messages of the API's error entries (e.g. `incorrect id format for 2404.013`). */
  errors: string[];
}

/** The API answered, but not with something usable (an error entry, or not an Atom feed). */
export class ArxivApiError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ArxivApiError';
  }
}

/** The API could not be reached or did not answer in time. */
export class ArxivUnavailableError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'ArxivUnavailableError';
  }
}

export interface ArxivClientOptions {
  /** The query URL; default `ARXIV_API_URL` from the environment, else {@link DEFAULT_ARXIV_API_URL}. */
  baseUrl?: string;
  /** Injected for tests; default the global fetch. */
  fetch?: typeof fetch;
  /** Per request, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /** Pause between two requests, in milliseconds (default 3,000; tests use 0). */
  delayMs?: number;
  /** Ids per request (default 20). */
  batchSize?: number;
  userAgent?: string;
  /** Called before each request, e.g. to print progress. */
  onRequest?: (ids: string[], request: number, requests: number) => void;
  /** Waits between requests; injected by tests to see the pauses without waiting. */
  sleep?: (ms: number) => Promise<void>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  htmlEntities: true,
  isArray: (name) => ['entry', 'author', 'category', 'link'].includes(name),
});

type Node = Record<string, unknown>;

/** The text of an element that may carry attributes (`{ '#text': …, type: … }`). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return '';
}

/** Undoes the API's hard line wrapping. */
function unwrap(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string, max = 80): string {
  const flat = unwrap(text);
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * Reads an API response. Throws {@link ArxivApiError} when the text is not an Atom feed (arXiv
 * answers "Rate exceeded." in plain text when it throttles).
 */
export function parseArxivFeed(xml: string): ArxivFeed {
  let parsed: Node;
  try {
    parsed = parser.parse(xml) as Node;
  } catch (error) {
    throw new ArxivApiError(`the arXiv API sent something that is not XML (${(error as Error).message}); found "${shorten(xml)}"`);
  }
  const feed = parsed.feed as Node | undefined;
  if (!feed || typeof feed !== 'object') {
    throw new ArxivApiError(`expected an Atom feed from the arXiv API; found "${shorten(xml) || '(an empty answer)'}"`);
  }
  const result: ArxivFeed = { entries: [], errors: [] };
  for (const entry of (feed.entry as Node[] | undefined) ?? []) {
    const rawId = unwrap(textOf(entry.id));
    if (/\/api\/errors/.test(rawId)) {
      result.errors.push(unwrap(textOf(entry.summary)) || rawId);
      continue;
    }
    const parsedId = arxivIdFromUrl(rawId);
    const title = unwrap(textOf(entry.title));
    if (!parsedId || !title) continue; // not a paper (an empty entry for an id arXiv does not have)
    const primary = (entry.primary_category as Node | undefined)?.term;
    const optional = (key: 'comment' | 'journal_ref' | 'doi') => unwrap(textOf(entry[key]));
    const comment = optional('comment');
    const journalRef = optional('journal_ref');
    const doi = optional('doi');
    const terms = ((entry.category as Node[] | undefined) ?? []).map((c) => c.term);
    const categories = [...new Set([primary, ...terms].filter((t): t is string => typeof t === 'string' && t !== ''))];
    result.entries.push({
      id: parsedId.id,
      ...(parsedId.version ? { version: parsedId.version } : {}),
      title,
      abstract: unwrap(textOf(entry.summary)),
      authors: ((entry.author as Node[] | undefined) ?? []).map((a) => unwrap(textOf(a.name))).filter(Boolean),
      categories,
      ...(textOf(entry.published) ? { published: unwrap(textOf(entry.published)) } : {}),
      ...(textOf(entry.updated) ? { updated: unwrap(textOf(entry.updated)) } : {}),
      ...(typeof primary === 'string' && primary ? { primaryCategory: primary } : {}),
      ...(comment ? { comment } : {}),
      ...(journalRef ? { journalRef } : {}),
      ...(doi ? { doi } : {}),
    });
  }
  return result;
}

export function apiBaseUrl(options: Pick<ArxivClientOptions, 'baseUrl'> = {}): string {
  return options.baseUrl ?? process.env.ARXIV_API_URL ?? DEFAULT_ARXIV_API_URL;
}

/** The request URL for a batch of ids (versions are left off: the newest version is wanted). */
export function queryUrl(ids: string[], options: Pick<ArxivClientOptions, 'baseUrl'> = {}): string {
  const url = new URL(apiBaseUrl(options));
  url.searchParams.set('id_list', ids.join(','));
  url.searchParams.set('max_results', String(ids.length));
  return url.toString();
}

/** Why a request failed, in words a user can act on. */
function networkReason(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const code = err.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found; are you offline?';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'the connection timed out';
  return err.cause?.message ?? err.message ?? String(error);
}

/**
 * One request for up to `batchSize` ids. Throws {@link ArxivUnavailableError} when arXiv cannot be
 * reached or answers with an HTTP error, {@link ArxivApiError} when it answers with an error entry or
 * something that is not a feed.
 */
export async function queryArxiv(ids: string[], options: ArxivClientOptions = {}): Promise<ArxivEntry[]> {
  const url = queryUrl(ids, options);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;
  let body: string;
  let status: number;
  try {
    const response = await doFetch(url, {
      headers: { 'User-Agent': options.userAgent ?? USER_AGENT, Accept: 'application/atom+xml' },
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    throw new ArxivUnavailableError(`could not reach the arXiv API at ${apiBaseUrl(options)} (${networkReason(error, timeoutMs)})`);
  }
  if (status < 200 || status >= 300) {
    throw new ArxivUnavailableError(`the arXiv API answered HTTP ${status}${body.trim() ? ` ("${shorten(body, 60)}")` : ''}; try again later`);
  }
  const feed = parseArxivFeed(body);
  if (feed.errors.length) throw new ArxivApiError(`the arXiv API refused the request for ${ids.join(', ')}: ${feed.errors.join('; ')}`);
  return feed.entries;
}

export interface ArxivLookup {
  /** What arXiv said, by id without version. */
  entries: Map<string, ArxivEntry>;
  /** Ids arXiv answered for but has no paper for. */
  notFound: string[];
  /** Ids not looked up or refused, with the reason; `unavailable` when arXiv could not be reached. */
  failed: { ids: string[]; reason: string; unavailable: boolean }[];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Looks up papers by id (without version), one request at a time, pausing `delayMs` between requests.
 * Never throws for network or API trouble: a refused batch is reported and the next one is tried; when
 * arXiv cannot be reached, the remaining ids are reported unavailable without further requests.
 */
export async function fetchArxivEntries(ids: string[], options: ArxivClientOptions = {}): Promise<ArxivLookup> {
  const unique = [...new Set(ids)];
  const size = Math.max(1, Math.min(options.batchSize ?? 20, 100));
  const batches: string[][] = [];
  for (let i = 0; i < unique.length; i += size) batches.push(unique.slice(i, i + size));
  const lookup: ArxivLookup = { entries: new Map(), notFound: [], failed: [] };
  for (const [i, batch] of batches.entries()) {
    if (i > 0 && (options.delayMs ?? 3000) > 0) await (options.sleep ?? sleep)(options.delayMs ?? 3000);
    options.onRequest?.(batch, i + 1, batches.length);
    try {
      const entries = await queryArxiv(batch, options);
      for (const entry of entries) if (batch.includes(entry.id)) lookup.entries.set(entry.id, entry);
      lookup.notFound.push(...batch.filter((id) => !lookup.entries.has(id)));
    } catch (error) {
      if (error instanceof ArxivUnavailableError) {
        lookup.failed.push({ ids: batches.slice(i).flat(), reason: error.message, unavailable: true });
        break;
      }
      if (error instanceof ArxivApiError) {
        lookup.failed.push({ ids: batch, reason: error.message, unavailable: false });
        continue;
      }
      throw error;
    }
  }
  return lookup;
}
