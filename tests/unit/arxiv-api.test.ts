import { afterEach, describe, expect, it } from 'vitest';
import { ArxivApiError, ArxivUnavailableError, DEFAULT_ARXIV_API_URL, USER_AGENT, fetchArxivEntries, parseArxivFeed, queryArxiv, queryUrl } from '../../src/net/arxiv-api.ts';
import { ERROR_FIXTURE, QUERY_FIXTURE, refusedUrl, replayQuery, startFakeArxiv, type FakeArxiv } from './arxiv-api-server.ts';

let server: FakeArxiv | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('reading the API answer', () => {
  it('reads every field of the fixture, undoing the line wrapping', () => {
    const feed = parseArxivFeed(QUERY_FIXTURE);
    expect(feed.errors).toEqual([]);
    expect(feed.entries.map((e) => e.id)).toEqual(['2404.01399', '2401.18018']);
    const [safe, prompts] = feed.entries;
    expect(safe).toMatchObject({
      id: '2404.01399',
      version: 1,
      title: 'Developing Safe and Responsible Large Language Models -- A Comprehensive Framework',
      authors: ['Shaina Raza', 'Oluwanifemi Bamgbose', 'Shardul Ghuge', 'Fatemeh Tavakoli', 'Deepak John Reji'],
      categories: ['cs.CL', 'cs.AI'],
      published: '2024-04-01T18:31:34Z',
    });
    expect(safe!.abstract).toMatch(/^Given the growing concerns around the safety and risks of Large Language Models \(LLMs\), it is/);
    expect(safe!.abstract).toContain('(SR$_{\\text{LLM}}$)');
    expect(safe!.abstract).not.toMatch(/\n| {2}/);
    expect(safe!.abstract.endsWith('in the generation of unsafe content.')).toBe(true);
    expect(prompts!.categories).toEqual(['cs.CL', 'cs.AI', 'cs.LG']);
    expect(prompts!.authors).toHaveLength(8);
  });

  it('reads the error the API sends with status 200 as an error, not as a paper titled "Error"', () => {
    expect(parseArxivFeed(ERROR_FIXTURE)).toEqual({ entries: [], errors: ['incorrect id format for 2404.013'] });
  });

  it('rejects what is not an Atom feed, quoting it', () => {
    expect(() => parseArxivFeed('Rate exceeded.')).toThrow(ArxivApiError);
    expect(() => parseArxivFeed('Rate exceeded.')).toThrow(/expected an Atom feed.*Rate exceeded/);
    expect(() => parseArxivFeed('')).toThrow(/empty answer/);
  });

  it('decodes entities and keeps an empty feed empty', () => {
    const xml = QUERY_FIXTURE.replace('A Comprehensive\n  Framework', 'A &amp; B &#x3B1; &#946;');
    expect(parseArxivFeed(xml).entries[0]!.title).toBe('Developing Safe and Responsible Large Language Models -- A & B α β');
    expect(parseArxivFeed(replayQuery([])).entries).toEqual([]);
  });
});

describe('one request', () => {
  it('asks for the ids with max_results, names itself, and reads the answer', async () => {
    server = await startFakeArxiv();
    const entries = await queryArxiv(['2404.01399', '2401.18018'], { baseUrl: server.url });
    expect(entries.map((e) => e.id)).toEqual(['2404.01399', '2401.18018']);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.url.searchParams.get('id_list')).toBe('2404.01399,2401.18018');
    expect(server.requests[0]!.url.searchParams.get('max_results')).toBe('2');
    expect(server.requests[0]!.userAgent).toBe(USER_AGENT);
  });

  it('turns the API error into an ArxivApiError with its message', async () => {
    server = await startFakeArxiv();
    const request = queryArxiv(['2404.013'], { baseUrl: server.url });
    await expect(request).rejects.toThrow(ArxivApiError);
    await expect(queryArxiv(['2404.013'], { baseUrl: server.url })).rejects.toThrow('incorrect id format for 2404.013');
  });

  it('reports an HTTP error (arXiv throttling) as unavailable', async () => {
    server = await startFakeArxiv(() => ({ status: 503, body: 'Rate exceeded.' }));
    await expect(queryArxiv(['2404.01399'], { baseUrl: server.url })).rejects.toThrow(ArxivUnavailableError);
    await expect(queryArxiv(['2404.01399'], { baseUrl: server.url })).rejects.toThrow(/HTTP 503.*Rate exceeded/);
  });

  it('says "connection refused" when nothing listens', async () => {
    const url = await refusedUrl();
    const request = queryArxiv(['2404.01399'], { baseUrl: url });
    await expect(request).rejects.toThrow(ArxivUnavailableError);
    await expect(queryArxiv(['2404.01399'], { baseUrl: url })).rejects.toThrow(`could not reach the arXiv API at ${url} (connection refused)`);
  });

  it('gives up on a slow answer after the timeout', async () => {
    // The server answers only after ten minutes: the test ends (and passes) only because the client gives up.
    server = await startFakeArxiv(() => ({ body: QUERY_FIXTURE, delayMs: 600_000 }));
    await expect(queryArxiv(['2404.01399'], { baseUrl: server.url, timeoutMs: 200 })).rejects.toThrow(/no answer within 0.2 s/);
  });

  it('uses ARXIV_API_URL when no base URL is given', async () => {
    server = await startFakeArxiv();
    const saved = process.env.ARXIV_API_URL;
    process.env.ARXIV_API_URL = server.url;
    try {
      expect(queryUrl(['2404.01399'])).toBe(`${server.url}?id_list=2404.01399&max_results=1`);
      expect(await queryArxiv(['2404.01399'])).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.ARXIV_API_URL;
      else process.env.ARXIV_API_URL = saved;
    }
    expect(queryUrl(['hep-th/9901001'], {})).toBe(`${process.env.ARXIV_API_URL ?? DEFAULT_ARXIV_API_URL}?id_list=hep-th%2F9901001&max_results=1`);
  });
});

describe('many papers', () => {
  const many = Array.from({ length: 45 }, (_, i) => `2402.${String(10000 + i)}`);

  it('asks one batch at a time, pausing between requests, and reports the papers arXiv lacks', async () => {
    server = await startFakeArxiv((url) => ({ body: replayQuery(url.searchParams.get('id_list')!.split(',')), delayMs: 20 }));
    const events: string[] = [];
    const lookup = await fetchArxivEntries(['2404.01399', ...many, '2401.18018', '2404.01399'], {
      baseUrl: server.url,
      delayMs: 60,
      onRequest: (ids) => events.push(`request ${ids.length}`),
      sleep: async (ms) => {
        events.push(`pause ${ms}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    expect(events).toEqual(['request 20', 'pause 60', 'request 20', 'pause 60', 'request 7']);
    expect(server.requests).toHaveLength(3);
    expect(server.maxInFlight).toBe(1);
    expect([...lookup.entries.keys()].sort()).toEqual(['2401.18018', '2404.01399']);
    expect(lookup.notFound).toEqual(many);
    expect(lookup.failed).toEqual([]);
  });

  it('stops asking after the first failure to connect, reporting every remaining id', async () => {
    const url = await refusedUrl();
    const requests: string[][] = [];
    const lookup = await fetchArxivEntries(many, { baseUrl: url, delayMs: 0, onRequest: (ids) => requests.push(ids) });
    expect(requests).toHaveLength(1);
    expect(lookup.entries.size).toBe(0);
    expect(lookup.failed).toEqual([{ ids: many, reason: expect.stringContaining('connection refused') as string, unavailable: true }]);
  });

  it('goes on after a refused batch', async () => {
    server = await startFakeArxiv((url) => (url.searchParams.get('id_list')!.startsWith('2402.') ? { body: ERROR_FIXTURE } : { body: replayQuery(url.searchParams.get('id_list')!.split(',')) }));
    const lookup = await fetchArxivEntries([...many.slice(0, 20), '2404.01399'], { baseUrl: server.url, delayMs: 0 });
    expect(lookup.failed).toEqual([{ ids: many.slice(0, 20), reason: expect.stringContaining('incorrect id format') as string, unavailable: false }]);
    expect([...lookup.entries.keys()]).toEqual(['2404.01399']);
  });
});
