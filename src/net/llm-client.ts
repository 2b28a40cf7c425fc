/**
 * A minimal client for any OpenAI-compatible chat endpoint (`POST …/v1/chat/completions`): OpenAI,
 * a hosted router, or a local server such as Ollama (`http://localhost:11434/v1`) or llama.cpp's
 * `llama-server` (`http://localhost:8080/v1`). Configured from the environment:
 *
 * - `QUESTIONS_API_BASE`  the base URL, e.g. `http://localhost:11434/v1` (required to use a model);
 * - `QUESTIONS_API_MODEL` the model name, e.g. `llama3.1:8b` (required with a base URL);
 * - `QUESTIONS_API_KEY`   sent as `Authorization: Bearer …` when set (local servers need none);
 * - `QUESTIONS_API_TIMEOUT_MS` how long to wait for one answer (default 60000);
 * - `QUESTIONS_API_CONCURRENCY` how many papers to ask about at once (default 4).
 *
 * GitHub Models (`https://models.github.ai/inference`, model names such as `openai/gpt-4.1-mini`)
 * takes the workflow's `GITHUB_TOKEN` as its key when the workflow has `permissions: models: read`.
 *
 * Every failure a user can fix (server down, wrong URL or model, bad key, an answer that is not a
 * chat completion, no answer in time) becomes a {@link ChatRequestError} (a {@link UserError}) that
 * says which, and whether asking again may help ({@link chatCompleteRetrying} does, within bounds).
 */
import { UserError } from '../domain/errors.ts';

export const ENV_BASE = 'QUESTIONS_API_BASE';
export const ENV_MODEL = 'QUESTIONS_API_MODEL';
export const ENV_KEY = 'QUESTIONS_API_KEY';
export const ENV_MODEL_TIMEOUT = 'QUESTIONS_API_TIMEOUT_MS';
export const ENV_CONCURRENCY = 'QUESTIONS_API_CONCURRENCY';
export const MODEL_TIMEOUT_MS = 60_000;
export const DEFAULT_CONCURRENCY = 4;
const MAX_CONCURRENCY = 32;

/** GitHub Models' OpenAI-compatible inference endpoint (its chat route is `…/inference/chat/completions`). */
export const GITHUB_MODELS_BASE = 'https://models.github.ai/inference';

export interface ChatEndpoint {
  /** The full URL of the chat-completions route. */
  url: string;
  model: string;
  key?: string;
  timeoutMs: number;
  /** How many papers may be asked about at once (default {@link DEFAULT_CONCURRENCY}). */
  concurrency?: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * The chat-completions URL for a base URL: `…/v1` (also `…/v1beta`, `…/openai`) and GitHub Models'
 * `…/inference` get `/chat/completions`, a bare host gets `/v1/chat/completions` (GitHub Models'
 * older Azure host `models.inference.ai.azure.com` gets `/chat/completions`), and a URL that already
 * ends in `/chat/completions` is kept.
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
  else if (/\/v\d+[a-z]*$/.test(path) || /\/openai$/.test(path) || /\/inference$/.test(path)) url.pathname = `${path}/chat/completions`;
  else if (path === '' && url.hostname === 'models.inference.ai.azure.com') url.pathname = '/chat/completions';
  else url.pathname = `${path}/v1/chat/completions`;
  return url.toString();
}

/** The endpoint the environment names, or undefined when `QUESTIONS_API_BASE` is not set. */
export function endpointFromEnv(env: Record<string, string | undefined> = process.env): ChatEndpoint | undefined {
  const base = env[ENV_BASE]?.trim();
  if (!base) return undefined;
  const model = env[ENV_MODEL]?.trim();
  if (!model) throw new UserError(`${ENV_MODEL}: set it to the model to ask (e.g. llama3.1:8b for Ollama, gpt-4o-mini for OpenAI), or unset ${ENV_BASE} to use the offline generator`, 2);
  const timeoutText = env[ENV_MODEL_TIMEOUT]?.trim();
  const timeoutMs = timeoutText ? Number(timeoutText) : MODEL_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UserError(`${ENV_MODEL_TIMEOUT}: expected a number of milliseconds such as 60000 (found "${timeoutText}")`, 2);
  const concurrencyText = env[ENV_CONCURRENCY]?.trim();
  const concurrency = concurrencyText ? Number(concurrencyText) : DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw new UserError(`${ENV_CONCURRENCY}: expected a whole number of papers from 1 to ${MAX_CONCURRENCY} such as 4 (found "${concurrencyText}")`, 2);
  }
  const key = env[ENV_KEY]?.trim();
  return { url: chatCompletionsUrl(base), model, timeoutMs, concurrency, ...(key ? { key } : {}) };
}

/**
 * A failed chat request. `retryable`: asking again later may succeed (429, 5xx, a dropped
 * connection, a timeout); `fatal`: no request to this endpoint can succeed as configured (wrong
 * address, model or key; nothing listening), so there is no point asking about other papers.
 */
export class ChatRequestError extends UserError {
  readonly retryable: boolean;
  readonly fatal: boolean;
  /** The wait the server asked for (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** The HTTP status, when the server answered. */
  readonly status: number | undefined;

  constructor(message: string, kind: { retryable?: boolean; fatal?: boolean; retryAfterMs?: number; status?: number } = {}) {
    super(message);
    this.name = 'ChatRequestError';
    this.retryable = kind.retryable ?? false;
    this.fatal = kind.fatal ?? false;
    this.retryAfterMs = kind.retryAfterMs;
    this.status = kind.status;
  }
}

/** A `Retry-After` header in milliseconds: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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

function connectionProblem(error: unknown, endpoint: ChatEndpoint): ChatRequestError {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ChatRequestError(`${endpoint.url}: no answer within ${endpoint.timeoutMs / 1000} s; a local model may need longer (set ${ENV_MODEL_TIMEOUT}), or use --offline`, { retryable: true });
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') return new ChatRequestError(`${endpoint.url}: connection refused; is the server running? (check ${ENV_BASE}, or use --offline)`, { fatal: true });
  if (code === 'ENOTFOUND') return new ChatRequestError(`${endpoint.url}: host not found; check ${ENV_BASE}`, { fatal: true });
  if (code === 'EAI_AGAIN') return new ChatRequestError(`${endpoint.url}: host not found (the name lookup failed for now); check ${ENV_BASE} and the network`, { retryable: true });
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return new ChatRequestError(`${endpoint.url}: the server closed the connection before answering`, { retryable: true });
  return new ChatRequestError(`${endpoint.url}: could not reach the server (${cause?.message ?? (error as Error).message})`, { retryable: true });
}

/**
 * Sends one chat request and returns the assistant's text. Throws a {@link ChatRequestError} for
 * anything short of a chat completion with text in `choices[0].message.content`.
 */
export async function chatComplete(endpoint: ChatEndpoint, messages: readonly ChatMessage[], options: { temperature?: number; fetch?: typeof fetch } = {}): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const signal = AbortSignal.timeout(endpoint.timeoutMs);
  let status: number;
  let statusText: string;
  let body: string;
  let retryAfter: string | null;
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
    retryAfter = response.headers.get('retry-after');
    body = await response.text();
  } catch (error) {
    throw connectionProblem(error, endpoint);
  }
  if (status === 401 || status === 403) {
    throw new ChatRequestError(`${endpoint.url} answered ${status} ${statusText}: the key was refused; check ${ENV_KEY} (${serverMessage(body)})`, { fatal: true });
  }
  if (status === 404) {
    throw new ChatRequestError(
      `${endpoint.url} answered 404 Not Found: check ${ENV_BASE} (the server's OpenAI-compatible base, e.g. http://localhost:11434/v1) and ${ENV_MODEL} ("${endpoint.model}")${body.trim() ? ` (${serverMessage(body)})` : ''}`,
      { fatal: true },
    );
  }
  if (status < 200 || status >= 300) {
    const retryable = status === 429 || status === 408 || status >= 500;
    const wait = parseRetryAfter(retryAfter);
    throw new ChatRequestError(`${endpoint.url} answered ${status} ${statusText}${body.trim() ? `: ${serverMessage(body)}` : ''}`, {
      retryable,
      status,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    // A body cut short is usually the connection's fault: worth another try.
    throw new ChatRequestError(`${endpoint.url}: the answer is not JSON; expected a chat completion (it starts with "${body.trim().slice(0, 60)}")`, { retryable: true });
  }
  const content = (data as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || content.trim() === '') {
    throw new ChatRequestError(`${endpoint.url}: the answer is JSON but not a chat completion with text (no choices[0].message.content)`);
  }
  return content;
}

export interface RetryOptions {
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  temperature?: number;
  /** How to wait between tries; injected by tests so that nothing waits in real time. */
  sleep?: (ms: number) => Promise<void>;
  /** Tries for a 429 or 5xx answer, the first included (default 4). */
  maxAttempts?: number;
  /** Tries after a timeout or a dropped connection, the first included (default 3). */
  maxNetworkAttempts?: number;
  /** The longest single wait, also when `Retry-After` asks for more (default 60 s). */
  maxWaitMs?: number;
  /** Called before each wait, e.g. to say "rate-limited; trying again in 20 s". */
  onRetry?: (info: { attempt: number; waitMs: number; error: ChatRequestError }) => void;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * {@link chatComplete}, asked again after an answer that may change: a 429 or 5xx (waiting as long
 * as its `Retry-After` says, up to `maxWaitMs`, else 2, 4, 8 … s) and a timeout or dropped
 * connection, each a bounded number of times. Anything else, and the last failure, is thrown.
 */
export async function chatCompleteRetrying(endpoint: ChatEndpoint, messages: readonly ChatMessage[], options: RetryOptions = {}): Promise<string> {
  const sleep = options.sleep ?? realSleep;
  const maxWait = options.maxWaitMs ?? 60_000;
  const maxHttp = options.maxAttempts ?? 4;
  const maxNetwork = options.maxNetworkAttempts ?? 3;
  let http = 0;
  let network = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await chatComplete(endpoint, messages, { ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.temperature === undefined ? {} : { temperature: options.temperature }) });
    } catch (error) {
      if (!(error instanceof ChatRequestError) || !error.retryable) throw error;
      const isHttp = error.status !== undefined;
      if (isHttp ? ++http >= maxHttp : ++network >= maxNetwork) {
        const tries = isHttp ? http : network;
        throw new ChatRequestError(`${error.message} (gave up after ${tries} tr${tries === 1 ? 'y' : 'ies'})`, error.status === undefined ? {} : { status: error.status });
      }
      const backoff = 2000 * 2 ** ((isHttp ? http : network) - 1);
      const waitMs = Math.min(maxWait, error.retryAfterMs ?? backoff);
      options.onRetry?.({ attempt, waitMs, error });
      await sleep(waitMs);
    }
  }
}
