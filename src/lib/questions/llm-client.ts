/**
 * A minimal client for any OpenAI-compatible chat endpoint (`POST …/v1/chat/completions`): OpenAI,
 * a hosted router, or a local server such as Ollama (`http://localhost:11434/v1`) or llama.cpp's
 * `llama-server` (`http://localhost:8080/v1`). Configured from the environment:
 *
 * - `QUESTIONS_API_BASE`  the base URL, e.g. `http://localhost:11434/v1` (required to use a model);
 * - `QUESTIONS_API_MODEL` the model name, e.g. `llama3.1:8b` (required with a base URL);
 * - `QUESTIONS_API_KEY`   sent as `Authorization: Bearer …` when set (local servers need none);
 * - `QUESTIONS_API_TIMEOUT_MS` how long to wait for one answer (default 60000).
 *
 * Every failure a user can fix (server down, wrong URL or model, bad key, an answer that is not a
 * chat completion, no answer in time) becomes a {@link UserError} that says which.
 */
import { UserError } from '../errors.ts';

export const ENV_BASE = 'QUESTIONS_API_BASE';
export const ENV_MODEL = 'QUESTIONS_API_MODEL';
export const ENV_KEY = 'QUESTIONS_API_KEY';
export const ENV_TIMEOUT = 'QUESTIONS_API_TIMEOUT_MS';
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ChatEndpoint {
  /** The full URL of the chat-completions route. */
  url: string;
  model: string;
  key?: string;
  timeoutMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * The chat-completions URL for a base URL: `…/v1` gets `/chat/completions`, a bare host gets
 * `/v1/chat/completions`, and a URL that already ends in `/chat/completions` is kept.
 */
export function chatCompletionsUrl(base: string): string {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    throw new UserError(`${ENV_BASE}: expected a URL such as http://localhost:11434/v1 (found "${base}")`, 2);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`${ENV_BASE}: expected an http(s) URL (found "${base}")`, 2);
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/chat\/completions$/.test(path)) url.pathname = path;
  else if (/\/v\d+[a-z]*$/.test(path) || /\/openai$/.test(path)) url.pathname = `${path}/chat/completions`;
  else url.pathname = `${path}/v1/chat/completions`;
  return url.toString();
}

/** The endpoint the environment names, or undefined when `QUESTIONS_API_BASE` is not set. */
export function endpointFromEnv(env: Record<string, string | undefined> = process.env): ChatEndpoint | undefined {
  const base = env[ENV_BASE]?.trim();
  if (!base) return undefined;
  const model = env[ENV_MODEL]?.trim();
  if (!model) throw new UserError(`${ENV_MODEL}: set it to the model to ask (e.g. llama3.1:8b for Ollama, gpt-4o-mini for OpenAI), or unset ${ENV_BASE} to use the offline generator`, 2);
  const timeoutText = env[ENV_TIMEOUT]?.trim();
  const timeoutMs = timeoutText ? Number(timeoutText) : DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UserError(`${ENV_TIMEOUT}: expected a number of milliseconds such as 60000 (found "${timeoutText}")`, 2);
  const key = env[ENV_KEY]?.trim();
  return { url: chatCompletionsUrl(base), model, timeoutMs, ...(key ? { key } : {}) };
}

/** The server's own words about an error, from an OpenAI-style `{ "error": { "message" } }` or plain text. */
function serverMessage(body: string): string {
  try {
    const data = JSON.parse(body) as { error?: { message?: string } | string; message?: string; detail?: string };
    const message = typeof data.error === 'string' ? data.error : (data.error?.message ?? data.message ?? data.detail);
    if (message) return String(message).slice(0, 300);
  } catch {
    // Not JSON: fall through to the text.
  }
  return body.trim().replace(/\s+/g, ' ').slice(0, 200);
}

function connectionProblem(error: unknown, endpoint: ChatEndpoint): UserError {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new UserError(`${endpoint.url}: no answer within ${endpoint.timeoutMs / 1000} s; a local model may need longer (set ${ENV_TIMEOUT}), or use --offline`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return new UserError(`${endpoint.url}: connection refused; is the server running? (check ${ENV_BASE}, or use --offline)`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new UserError(`${endpoint.url}: host not found; check ${ENV_BASE}`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new UserError(`${endpoint.url}: the server closed the connection before answering`);
  return new UserError(`${endpoint.url}: could not reach the server (${cause?.message ?? (error as Error).message})`);
}

/**
 * Sends one chat request and returns the assistant's text. Throws a {@link UserError} for anything
 * short of a chat completion with text in `choices[0].message.content`.
 */
export async function chatComplete(
  endpoint: ChatEndpoint,
  messages: readonly ChatMessage[],
  options: { temperature?: number; fetch?: typeof fetch } = {},
): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const signal = AbortSignal.timeout(endpoint.timeoutMs);
  let status: number;
  let statusText: string;
  let body: string;
  try {
    const response = await doFetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(endpoint.key ? { authorization: `Bearer ${endpoint.key}` } : {}),
      },
      body: JSON.stringify({ model: endpoint.model, messages, temperature: options.temperature ?? 0.2, stream: false }),
      signal,
    });
    status = response.status;
    statusText = response.statusText;
    body = await response.text();
  } catch (error) {
    throw connectionProblem(error, endpoint);
  }
  if (status === 401 || status === 403) {
    throw new UserError(`${endpoint.url} answered ${status} ${statusText}: the key was refused; check ${ENV_KEY} (${serverMessage(body)})`);
  }
  if (status === 404) {
    throw new UserError(
      `${endpoint.url} answered 404 Not Found: check ${ENV_BASE} (the server's OpenAI-compatible base, e.g. http://localhost:11434/v1) and ${ENV_MODEL} ("${endpoint.model}")${body.trim() ? ` (${serverMessage(body)})` : ''}`,
    );
  }
  if (status < 200 || status >= 300) {
    throw new UserError(`${endpoint.url} answered ${status} ${statusText}${body.trim() ? `: ${serverMessage(body)}` : ''}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new UserError(`${endpoint.url}: the answer is not JSON; expected a chat completion (it starts with "${body.trim().slice(0, 60)}")`);
  }
  const content = (data as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') {
    throw new UserError(`${endpoint.url}: the answer is JSON but not a chat completion with text (no choices[0].message.content)`);
  }
  return content;
}
