/**
 * Renders pages on more than one core. Astro 7.3 renders every page on the main thread; its
 * prerenderer API (`setPrerenderer` in `astro:build:start`) lets an integration decide how a page is
 * rendered. This one wraps Astro's own renderer and hands pages to worker threads
 * (render-worker.ts) that import the same prerender bundle, while the main thread renders the rest
 * and writes every file, exactly as before: Astro still decides what is built, writes the output and
 * keeps its incremental-build cache (each worker returns the metadata Astro records for a page).
 *
 * A page goes to a worker when that worker has fewer than WORKER_QUEUE pages in hand; otherwise the
 * main thread renders it. RENDER_WORKERS sets the number of workers (default: one less than the
 * machine's cores, at most 3; 0 renders everything on the main thread).
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { RELATED_KEY } from './related-key.ts';
import type { RenderWorkerInput, RenderWorkerMessage, RenderWorkerRequest } from './render-worker.ts';

const WORKER_QUEUE = 2;

/** How many render workers to start: RENDER_WORKERS, or one less than the cores (at most 3). */
export function renderWorkerCount(env: string | undefined = process.env.RENDER_WORKERS, cores = availableParallelism()): number {
  if (env === undefined || env === '') return Math.min(3, Math.max(0, cores - 1));
  const n = Number(env);
  if (!Number.isInteger(n) || n < 0) throw new Error(`RENDER_WORKERS: expected a whole number of worker threads, 0 or more (found "${env}")`);
  return n;
}

type Render = AstroPrerenderer['render'];
type Rendered = Awaited<ReturnType<Render>>;
type Logged = { write(event: unknown): boolean };

class RenderWorker {
  readonly thread: Worker;
  inHand = 0;
  ready = false;
  #next = 0;
  #waiting = new Map<number, { resolve: (r: Rendered) => void; reject: (e: Error) => void }>();

  constructor(input: RenderWorkerInput, log: (event: unknown) => void) {
    this.thread = new Worker(fileURLToPath(new URL('./render-worker.ts', import.meta.url)), { workerData: input });
    this.thread.on('message', (message: RenderWorkerMessage) => {
      if (message.type === 'ready') this.ready = true;
      else if (message.type === 'log') log(message.event);
      else this.#settle(message);
    });
    this.thread.on('error', (error) => this.#failAll(error));
    this.thread.on('exit', (code) => this.#failAll(new Error(`a render worker stopped (exit code ${code})`)));
  }

  send(request: RenderWorkerRequest): void {
    this.thread.postMessage(request);
  }

  render(url: string, route: { route: string; component: string }, collectMetadata: boolean): Promise<Rendered> {
    const id = this.#next++;
    this.inHand++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.send({ type: 'render', id, url, route: route.route, component: route.component, collectMetadata });
    });
  }

  #settle(message: Extract<RenderWorkerMessage, { type: 'rendered' | 'failed' }>): void {
    const waiting = this.#waiting.get(message.id);
    if (!waiting) return;
    this.#waiting.delete(message.id);
    this.inHand--;
    if (message.type === 'failed') {
      const error = new Error(message.message);
      error.name = message.name;
      if (message.stack) error.stack = message.stack;
      return waiting.reject(error);
    }
    const response = new Response(message.body, { status: message.status, headers: message.headers });
    waiting.resolve(message.metadata === undefined ? response : ({ response, metadata: message.metadata } as Rendered));
  }

  #failAll(error: Error): void {
    this.ready = false;
    for (const { reject } of this.#waiting.values()) reject(error);
    this.#waiting.clear();
  }
}

interface PageData {
  styles: unknown[];
}

function prerenderEntry(dir: string): string {
  const entries = readdirSync(dir).filter((name) => name.startsWith('prerender-entry.') && name.endsWith('.mjs'));
  if (entries.length !== 1) throw new Error(`expected one prerender entry in ${dir} (found ${entries.length})`);
  return pathToFileURL(join(dir, entries[0]!)).href;
}

export function parallelRender(): AstroIntegration {
  let pages: Map<string, PageData> | undefined;
  let prerenderDir: string | undefined;
  return {
    name: 'parallel-render',
    hooks: {
      'astro:build:setup': ({ pages: buildPages, vite, target }) => {
        if (target !== 'server') return;
        pages = buildPages as unknown as Map<string, PageData>;
        const outDir = (vite.environments as Record<string, { build?: { outDir?: string } }> | undefined)?.prerender?.build?.outDir;
        if (outDir) prerenderDir = outDir;
      },
      'astro:build:start': ({ setPrerenderer, logger }) => {
        const count = renderWorkerCount();
        if (count === 0) return;
        setPrerenderer((fallback) => {
          const workers: RenderWorker[] = [];
          const app = () => (fallback as AstroPrerenderer & { app?: { getSettings(): { scripts: { stage: string }[] }; getOptions(): { logger: { options: { destination: Logged } } } } }).app;
          return {
            name: 'parallel-render',
            async setup() {
              await fallback.setup?.();
              const scripts = app()?.getSettings().scripts ?? [];
              if (!pages || !prerenderDir) return logger.warn('pages are rendered on one core: the build did not say where its prerender bundle is');
              if (scripts.some((s) => s.stage === 'page')) return logger.warn('pages are rendered on one core: an integration injects a page script');
              const input: RenderWorkerInput = { entry: prerenderEntry(prerenderDir), styles: [...pages].map(([key, data]) => [key, data.styles]), scripts };
              const destination = app()?.getOptions().logger.options.destination;
              for (let i = 0; i < count; i++) workers.push(new RenderWorker(input, (event) => destination?.write(event)));
              const related = (globalThis as Record<symbol, unknown>)[RELATED_KEY] as Promise<unknown> | undefined;
              related?.then(
                (lists) => workers.forEach((w) => w.send({ type: 'related', lists })),
                (error: Error) => workers.forEach((w) => w.send({ type: 'related-failed', message: error.message })),
              );
              logger.info(`rendering on ${count + 1} threads`);
            },
            getStaticPaths: () => fallback.getStaticPaths(),
            render(request, options) {
              const worker = workers.find((w) => w.ready && w.inHand < WORKER_QUEUE);
              if (!worker) return fallback.render(request, options);
              return worker.render(request.url, options.routeData, options.collectMetadata === true);
            },
            async teardown() {
              await Promise.all(workers.map((w) => w.thread.terminate()));
              await fallback.teardown?.();
            },
          };
        });
      },
    },
  };
}
