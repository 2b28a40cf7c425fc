/**
 * Test helper: a real HTTP server on 127.0.0.1 (port 0) standing in for export.arxiv.org, replaying
 * the fixtures in tests/fixtures/arxiv/. It records every request and how many were in flight at once.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARXIV_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'arxiv');
export const QUERY_FIXTURE = readFileSync(join(ARXIV_FIXTURES, 'api-query-2404.01399-2401.18018.xml'), 'utf8');
export const ERROR_FIXTURE = readFileSync(join(ARXIV_FIXTURES, 'api-error-incorrect-id.xml'), 'utf8');

export interface Reply {
  status?: number;
  body: string;
  /** Wait this long before answering. */
  delayMs?: number;
}

export interface RecordedRequest {
  url: URL;
  userAgent?: string;
}

export interface FakeArxiv {
  /** The query URL to give the client (`http://127.0.0.1:<port>/api/query`). */
  url: string;
  requests: RecordedRequest[];
  /** The most requests that were ever open at the same time. */
  maxInFlight: number;
  close(): Promise<void>;
}

/** The entries of the query fixture for the requested ids (the rest left out, as arXiv would). */
export function replayQuery(ids: string[]): string {
  const entries = QUERY_FIXTURE.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
  const kept = entries.filter((e) => ids.some((id) => e.includes(`<id>http://arxiv.org/abs/${id}v`)));
  const head = QUERY_FIXTURE.slice(0, QUERY_FIXTURE.indexOf('<entry>'));
  return `${head.replace(/<opensearch:totalResults([^>]*)>\d+</, `<opensearch:totalResults$1>${kept.length}<`)}${kept.map((e) => `  ${e}\n`).join('')}</feed>\n`;
}

/** Answers queries for the fixture's papers from the fixture, and a malformed id with the error fixture. */
export function fixtureReplies(url: URL): Reply {
  const ids = (url.searchParams.get('id_list') ?? '').split(',').filter(Boolean);
  if (ids.some((id) => !/^(\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/.test(id))) return { body: ERROR_FIXTURE };
  return { body: replayQuery(ids) };
}

export async function startFakeArxiv(reply: (url: URL, request: IncomingMessage) => Reply = fixtureReplies): Promise<FakeArxiv> {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ url, ...(request.headers['user-agent'] ? { userAgent: request.headers['user-agent'] } : {}) });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    const answer = reply(url, request);
    const send = () => {
      inFlight--;
      if (response.destroyed) return;
      response.writeHead(answer.status ?? 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
      response.end(answer.body);
    };
    if (answer.delayMs) {
      // A client that gave up closes the connection; the timer must not outlive it.
      const timer = setTimeout(send, answer.delayMs);
      response.on('close', () => clearTimeout(timer));
    } else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/query`,
    requests,
    get maxInFlight() {
      return state.maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens (a server was started there and closed). */
export async function refusedUrl(): Promise<string> {
  const server = await startFakeArxiv();
  await server.close();
  return server.url;
}

/** What a synthetic feed says about one paper. */
export interface SyntheticPaper {
  id: string;
  version?: number;
  title: string;
  abstract: string;
  authors: string[];
  categories: string[];
  published: string;
  updated?: string;
  comment?: string;
  journalRef?: string;
  doi?: string;
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Hard-wraps text at about 76 columns, as the API does. */
function wrap(text: string): string {
  return text.replace(/(.{1,76})(?:\s+|$)/g, '$1\n').trim();
}

/**
 * An API answer in the documented layout (the one the fixtures show) for papers described by
 * `describe`; ids it returns undefined for are left out, as arXiv leaves out ids it has no paper for.
 */
export function syntheticFeed(ids: string[], describe: (id: string) => SyntheticPaper | undefined): string {
  const papers = ids.map(describe).filter((p): p is SyntheticPaper => p !== undefined);
  const ns = 'xmlns:arxiv="http://arxiv.org/schemas/atom"';
  const entries = papers.map((p) => {
    const abs = `http://arxiv.org/abs/${p.id}v${p.version ?? 1}`;
    return [
      '  <entry>',
      `    <id>${abs}</id>`,
      `    <updated>${p.updated ?? p.published}</updated>`,
      `    <published>${p.published}</published>`,
      `    <title>${xmlEscape(wrap(p.title))}</title>`,
      `    <summary>  ${xmlEscape(wrap(p.abstract))}\n</summary>`,
      ...p.authors.map((a) => `    <author>\n      <name>${xmlEscape(a)}</name>\n    </author>`),
      ...(p.doi ? [`    <arxiv:doi ${ns}>${xmlEscape(p.doi)}</arxiv:doi>`] : []),
      ...(p.comment ? [`    <arxiv:comment ${ns}>${xmlEscape(wrap(p.comment))}</arxiv:comment>`] : []),
      ...(p.journalRef ? [`    <arxiv:journal_ref ${ns}>${xmlEscape(p.journalRef)}</arxiv:journal_ref>`] : []),
      `    <link href="${abs}" rel="alternate" type="text/html"/>`,
      `    <arxiv:primary_category ${ns} term="${p.categories[0]}" scheme="http://arxiv.org/schemas/atom"/>`,
      ...p.categories.map((c) => `    <category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`),
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title type="html">ArXiv Query: search_query=&amp;id_list=${ids.join(',')}&amp;start=0&amp;max_results=${ids.length}</title>`,
    `  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${papers.length}</opensearch:totalResults>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
