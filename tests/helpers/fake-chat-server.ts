/**
 * Test helper: an OpenAI-compatible chat-completions server on 127.0.0.1 whose every answer a test
 * scripts: questions as a chat completion, an HTTP error with headers (429 with `Retry-After`, 503),
 * a body that is not JSON, no answer at all, or a dropped connection. It records each request with
 * the paper it is about and whether it is the repair round.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  /** 1-based, in arrival order. */
  n: number;
  model: string;
  messages: { role: string; content: string }[];
  /** The paper's title, read from the `Title:` line of the first user message. */
  title: string;
  /** The repair round (the request carries the model's earlier answer). */
  repair: boolean;
  authorization: string | undefined;
}

export type Reply =
  /** A chat completion whose message is this text. */
  | { content: string; finishReason?: string }
  /** An HTTP error (or any status) with this body and headers. */
  | { status: number; body?: string; headers?: Record<string, string> }
  /** A 200 whose body is this raw text. */
  | { raw: string }
  /** Never answers (the client's timeout ends it). */
  | 'hang'
  /** Drops the connection without answering. */
  | 'reset';

export interface FakeChat {
  /** The base URL to give as QUESTIONS_API_BASE (`http://127.0.0.1:<port>/v1`). */
  base: string;
  requests: ChatRequest[];
  /** Requests about the paper with this title (in arrival order). */
  about(title: string): ChatRequest[];
  /** Resolves at the first request for which `test` holds (also one already received). */
  waitFor(test: (request: ChatRequest) => boolean): Promise<ChatRequest>;
  close(): Promise<void>;
}

export function completion(content: string, finishReason = 'stop'): string {
  return JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion', model: 'test', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason }] });
}

export async function startFakeChat(answer: (request: ChatRequest) => Reply | Promise<Reply>): Promise<FakeChat> {
  const requests: ChatRequest[] = [];
  const waiters: { test: (r: ChatRequest) => boolean; resolve: (r: ChatRequest) => void }[] = [];
  const hanging = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    const respond = async () => {
      let body: { model?: string; messages?: { role: string; content: string }[] } = {};
      try {
        body = JSON.parse(raw) as typeof body;
      } catch {
        // Recorded as a request without messages.
      }
      const messages = body.messages ?? [];
      const firstUser = messages.find((m) => m.role === 'user')?.content ?? '';
      const request: ChatRequest = {
        n: requests.length + 1,
        model: body.model ?? '',
        messages,
        title: /^Title: (.*)$/m.exec(firstUser)?.[1]?.trim() ?? '',
        repair: messages.some((m) => m.role === 'assistant'),
        authorization: req.headers.authorization,
      };
      requests.push(request);
      for (const w of [...waiters]) {
        if (w.test(request)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(request);
        }
      }
      const reply = await answer(request);
      if (reply === 'hang') return void hanging.add(res);
      if (reply === 'reset') return void req.socket.destroy();
      if ('content' in reply) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(completion(reply.content, reply.finishReason));
      }
      if ('raw' in reply) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(reply.raw);
      }
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body ?? '');
    };
    // A failing `answer` is an unhandled rejection, which fails the test it belongs to.
    req.on('end', () => void respond());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/v1`,
    requests,
    about: (title) => requests.filter((r) => r.title === title),
    waitFor: (test) => {
      const seen = requests.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
