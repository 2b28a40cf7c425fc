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
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
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
