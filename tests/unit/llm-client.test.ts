import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chatComplete, chatCompletionsUrl, endpointFromEnv, type ChatEndpoint } from '../../src/lib/questions/llm-client.ts';
import { llmQuestions, parseQuestions, questionsPrompt } from '../../src/lib/questions/llm-questions.ts';
import { runQuestions } from '../../src/lib/questions/run-questions.ts';
import { parsePaperBody } from '../../src/lib/paper-body.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { UserError } from '../../src/lib/errors.ts';
import { tempContent, shippedWithoutQuestions } from '../helpers/content.ts';

interface Seen {
  method?: string;
  url?: string;
  headers?: IncomingMessage['headers'];
  body?: { model?: string; messages?: { role: string; content: string }[] };
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

let server: Server | undefined;
afterEach(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  }
  server = undefined;
});

/** A chat-completions server on 127.0.0.1 (port 0: any free port). */
async function serve(handler: Handler): Promise<{ base: string; seen: Seen }> {
  const seen: Seen = {};
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      seen.method = req.method;
      seen.url = req.url;
      seen.headers = req.headers;
      try {
        seen.body = JSON.parse(raw) as Seen['body'];
      } catch {
        seen.body = undefined;
      }
      handler(req, res, seen);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}/v1`, seen };
}

function completion(content: string): string {
  return JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion', model: 'test', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });
}

const QUESTIONS = [
  'Why does the intermediate CTC output make a good criterion for skipping frames?',
  'What explains 31 times on Aishell-1 but 22 times on Librispeech?',
  'How would Skipformer behave on noisy, far-field speech?',
  'Which Conformer baseline was used, and was it tuned as carefully?',
  'What is lost when frames are ignored rather than skipped?',
];

function endpoint(base: string, extra: Partial<ChatEndpoint> = {}): ChatEndpoint {
  return { url: chatCompletionsUrl(base), model: 'test-model', timeoutMs: 2000, ...extra };
}

async function userError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

const paper = {
  id: '2403.08258',
  title: 'Skipformer: A Skip-and-Recover Strategy for Efficient Speech Recognition',
  abstract: 'Conformer-based attention models have become the de facto backbone model for Automatic Speech Recognition tasks.',
};

describe('configuration from the environment', () => {
  it('is off without a base URL, and needs a model with one', () => {
    expect(endpointFromEnv({})).toBeUndefined();
    expect(() => endpointFromEnv({ QUESTIONS_API_BASE: 'http://localhost:11434/v1' })).toThrow(/QUESTIONS_API_MODEL/);
    expect(() => endpointFromEnv({ QUESTIONS_API_BASE: 'not a url', QUESTIONS_API_MODEL: 'm' })).toThrow(/QUESTIONS_API_BASE: expected a URL/);
    expect(() => endpointFromEnv({ QUESTIONS_API_BASE: 'http://x/v1', QUESTIONS_API_MODEL: 'm', QUESTIONS_API_TIMEOUT_MS: 'soon' })).toThrow(/QUESTIONS_API_TIMEOUT_MS/);
    expect(endpointFromEnv({ QUESTIONS_API_BASE: 'http://localhost:11434/v1', QUESTIONS_API_MODEL: 'llama3.1:8b', QUESTIONS_API_KEY: 'k' })).toEqual({
      url: 'http://localhost:11434/v1/chat/completions',
      model: 'llama3.1:8b',
      key: 'k',
      timeoutMs: 60_000,
    });
  });

  it('finds the chat-completions route from the usual base URLs', () => {
    expect(chatCompletionsUrl('http://localhost:11434')).toBe('http://localhost:11434/v1/chat/completions');
    expect(chatCompletionsUrl('http://localhost:8080/v1/')).toBe('http://localhost:8080/v1/chat/completions');
    expect(chatCompletionsUrl('https://api.openai.com/v1')).toBe('https://api.openai.com/v1/chat/completions');
    expect(chatCompletionsUrl('https://openrouter.ai/api/v1')).toBe('https://openrouter.ai/api/v1/chat/completions');
    expect(chatCompletionsUrl('http://h/v1/chat/completions')).toBe('http://h/v1/chat/completions');
  });
});

describe('talking to a chat-completions server', () => {
  it('posts the model and messages with the key, and reads the questions back', async () => {
    const { base, seen } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(completion(`\`\`\`json\n${JSON.stringify(QUESTIONS)}\n\`\`\``));
    });
    const questions = await llmQuestions(endpoint(base, { key: 'sk-test' }), paper, 'en');
    expect(questions).toEqual(QUESTIONS);
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/v1/chat/completions');
    expect(seen.headers?.authorization).toBe('Bearer sk-test');
    expect(seen.body?.model).toBe('test-model');
    expect(seen.body?.messages?.[1]?.content).toContain('Skipformer');
    expect(seen.body?.messages?.[1]?.content).toContain('in English');
  });

  it('asks for Chinese for a zh-CN group and sends no key when there is none', async () => {
    const { base, seen } = await serve((_req, res) => {
      res.end(completion(JSON.stringify({ questions: QUESTIONS.map((q) => `${q}（中文）`) })));
    });
    expect(await llmQuestions(endpoint(base), paper, 'zh-CN')).toHaveLength(5);
    expect(seen.headers?.authorization).toBeUndefined();
    expect(seen.body?.messages?.[1]?.content).toContain('Simplified Chinese');
  });

  it('reports a server error with its own message', async () => {
    const { base } = await serve((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'model crashed while loading' } }));
    });
    const message = await userError(chatComplete(endpoint(base), [{ role: 'user', content: 'hi' }]));
    expect(message).toMatch(/answered 500/);
    expect(message).toMatch(/model crashed while loading/);
  });

  it('says the key was refused on 401', async () => {
    const { base } = await serve((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'Incorrect API key provided' } }));
    });
    const message = await userError(chatComplete(endpoint(base, { key: 'wrong' }), [{ role: 'user', content: 'hi' }]));
    expect(message).toMatch(/401/);
    expect(message).toMatch(/QUESTIONS_API_KEY/);
  });

  it('points at the base URL and the model on 404', async () => {
    const { base } = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'model "test-model" not found, try pulling it first' }));
    });
    const message = await userError(chatComplete(endpoint(base), [{ role: 'user', content: 'hi' }]));
    expect(message).toMatch(/404 Not Found/);
    expect(message).toMatch(/QUESTIONS_API_BASE/);
    expect(message).toMatch(/QUESTIONS_API_MODEL \("test-model"\)/);
    expect(message).toMatch(/try pulling it first/);
  });

  it('rejects an answer that is not JSON, or JSON that is not a chat completion', async () => {
    const { base } = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.headers['x-case'] === 'shape' ? '{"result": "ok"}' : '{"choices": [ {"message": ');
    });
    expect(await userError(chatComplete(endpoint(base), [{ role: 'user', content: 'hi' }]))).toMatch(/not JSON/);
    const shaped = await userError(
      chatComplete(endpoint(base), [{ role: 'user', content: 'hi' }], { fetch: (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-case': 'shape' } }) }),
    );
    expect(shaped).toMatch(/not a chat completion/);
  });

  it('gives up after the timeout when the server is slow', async () => {
    const { base } = await serve((_req, res) => {
      setTimeout(() => {
        if (!res.destroyed) res.end(completion(JSON.stringify(QUESTIONS)));
      }, 3000);
    });
    const started = performance.now();
    const message = await userError(chatComplete(endpoint(base, { timeoutMs: 300 }), [{ role: 'user', content: 'hi' }]));
    expect(message).toMatch(/no answer within 0.3 s/);
    expect(message).toMatch(/QUESTIONS_API_TIMEOUT_MS|--offline/);
    expect(performance.now() - started).toBeLessThan(2500);
  });

  it('gives up when the server stalls halfway through its answer', async () => {
    const { base } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices": [');
    });
    expect(await userError(chatComplete(endpoint(base, { timeoutMs: 300 }), [{ role: 'user', content: 'hi' }]))).toMatch(/no answer within/);
  });

  it('says when nothing listens', async () => {
    const { base } = await serve(() => undefined);
    server!.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    expect(await userError(chatComplete(endpoint(base), [{ role: 'user', content: 'hi' }]))).toMatch(/connection refused; is the server running\?/);
  });

  it('needs at least four usable questions', async () => {
    const { base } = await serve((_req, res) => res.end(completion('1. Only one question here?\n2. And a second one?')));
    expect(await userError(llmQuestions(endpoint(base), paper, 'en'))).toMatch(/gave 2 usable questions for 2403.08258; expected 4 to 6/);
  });
});

describe('reading a model’s answer', () => {
  it('takes JSON, fenced JSON, an object, or a numbered list; drops thinking and duplicates', () => {
    expect(parseQuestions(JSON.stringify(QUESTIONS))).toEqual(QUESTIONS);
    expect(parseQuestions(`<think>hmm</think>\nHere you go:\n${QUESTIONS.map((q, i) => `${i + 1}. **${q}**`).join('\n')}`)).toEqual(QUESTIONS);
    expect(parseQuestions(`- ${QUESTIONS[0]}\n- ${QUESTIONS[0]}\n- ${QUESTIONS[1]}`)).toEqual(QUESTIONS.slice(0, 2));
    expect(parseQuestions(JSON.stringify([...QUESTIONS, ...QUESTIONS.map((q) => `${q} (again)`)]))).toHaveLength(6);
    expect(parseQuestions('["Has <b>html</b>? <!-- x -->", "short"]')).toEqual(['Has \\<b>html\\</b>? \\<!-- x -->']);
  });

  it('the prompt carries the paper and asks for four to six questions', () => {
    const [system, user] = questionsPrompt({ ...paper, titleZh: 'Skipformer：跳过和恢复' }, 'en', [{ id: '2403.20041', title: 'Transformer-Lite' }]);
    expect(system!.content).toMatch(/specific to this paper/);
    expect(user!.content).toContain('Chinese title: Skipformer：跳过和恢复');
    expect(user!.content).toContain('Transformer-Lite (2403.20041)');
    expect(user!.content).toMatch(/4 to 6 discussion questions in English/);
  });
});

describe('npm run questions with an endpoint', () => {
  it('writes the model’s questions as starter questions, and later runs keep a person’s edit', async () => {
    const { base } = await serve((_req, res) => res.end(completion(JSON.stringify(QUESTIONS))));
    const dir = shippedWithoutQuestions();
    const file = join(dir, 'papers', '2403.08258.md');
    const report = await runQuestions({ ids: ['2403.08258'], contentDir: dir, endpoint: endpoint(base) });
    expect(report.generator).toContain('test-model');
    const items = parsePaperBody(readFrontmatter(readFileSync(file, 'utf8'), file).body).questionItems;
    expect(items).toEqual(QUESTIONS.map((text) => ({ text, starter: true })));

    // A person edits the second question; the offline generator then replaces only the other four.
    writeFileSync(file, readFileSync(file, 'utf8').replace('but 22 times on Librispeech?', 'but 22 times on Librispeech? Check Table 2.'));
    await runQuestions({ ids: ['2403.08258'], contentDir: dir, force: true });
    const after = parsePaperBody(readFrontmatter(readFileSync(file, 'utf8'), file).body).questionItems;
    expect(after.filter((q) => !q.starter).map((q) => q.text)).toEqual(['What explains 31 times on Aishell-1 but 22 times on Librispeech? Check Table 2.']);
    expect(after.filter((q) => q.starter).length).toBeGreaterThanOrEqual(4);
    expect(after.some((q) => q.text === QUESTIONS[0])).toBe(false);
  });

  it('writes nothing when the endpoint fails', async () => {
    const { base } = await serve((_req, res) => {
      res.writeHead(500);
      res.end('overloaded');
    });
    const dir = shippedWithoutQuestions();
    const before = readFileSync(join(dir, 'papers', '2403.08258.md'), 'utf8');
    expect(await userError(runQuestions({ ids: ['2403.20041', '2403.08258'], contentDir: dir, endpoint: endpoint(base) }))).toMatch(/500/);
    expect(readFileSync(join(dir, 'papers', '2403.08258.md'), 'utf8')).toBe(before);
  });
});
