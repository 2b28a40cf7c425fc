/**
 * A second renderer of pages, in a worker thread (see parallel-render.ts). It imports the same
 * prerender bundle Astro's own renderer uses, gives it the few build facts a page's head needs (its
 * stylesheets and injected scripts), and then renders whatever the main thread sends: a URL and a
 * route, answered with the HTML and the incremental-build metadata Astro records for the page.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AsyncLocalStorage } from 'node:async_hooks';
import { installRenderScope, renderForPrerender } from 'astro/app';
import type { RouteData } from 'astro';
import { RELATED_KEY } from './related-key.ts';

export interface RenderWorkerInput {
  /** file: URL of the prerender bundle's entry. */
  entry: string;
  /** The build's page data, reduced to what the head of a page needs: [page key, its stylesheets]. */
  styles: [string, unknown[]][];
  /** Scripts injected by integrations (`head-inline` ones end up in every page). */
  scripts: unknown[];
}

export type RenderWorkerRequest =
  | { type: 'render'; id: number; url: string; route: string; component: string; collectMetadata: boolean }
  | { type: 'related'; lists: unknown }
  | { type: 'related-failed'; message: string };

export type RenderWorkerMessage =
  | { type: 'ready' }
  | { type: 'rendered'; id: number; status: number; headers: [string, string][]; body: ArrayBuffer | null; metadata?: unknown }
  | { type: 'failed'; id: number; name: string; message: string; stack?: string }
  | { type: 'log'; event: unknown };

interface BuildApp {
  manifest: { routes: { routeData: RouteData }[] };
  setInternals(internals: unknown): void;
  setOptions(options: unknown): void;
}

const input = workerData as RenderWorkerInput;
const port = parentPort!;
const post = (message: RenderWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

// Related papers come from the main thread once its side job has them; until then pages wait.
let giveRelated: (lists: unknown) => void = () => {};
let refuseRelated: (error: Error) => void = () => {};
const related = new Promise((resolve, reject) => ((giveRelated = resolve), (refuseRelated = reject)));
related.catch(() => {});
(globalThis as Record<symbol, unknown>)[RELATED_KEY] = related;

installRenderScope(new AsyncLocalStorage());
const { app } = (await import(input.entry)) as { app: BuildApp };
app.setInternals({
  pagesByKeys: new Map(input.styles.map(([key, styles]) => [key, { styles }])),
  entrySpecifierToBundleMap: new Map(),
});
app.setOptions({
  settings: { scripts: input.scripts },
  // Astro's log lines from this thread are printed by the main thread's logger.
  logger: { options: { destination: { write: (event: unknown) => (post({ type: 'log', event }), true) } } },
});
const routes = new Map(app.manifest.routes.map(({ routeData }) => [`${routeData.component}\0${routeData.route}`, routeData]));

port.on('message', async (request: RenderWorkerRequest) => {
  if (request.type === 'related') return giveRelated(request.lists);
  if (request.type === 'related-failed') return refuseRelated(new Error(request.message));
  const { id } = request;
  try {
    const routeData = routes.get(`${request.component}\0${request.route}`);
    if (!routeData) throw new Error(`the render worker has no route ${request.route} (${request.component})`);
    const { response, metadata } = await renderForPrerender(app as never, new Request(request.url), { routeData, collectMetadata: request.collectMetadata });
    const body = response.body === null ? null : await response.arrayBuffer();
    post({ type: 'rendered', id, status: response.status, headers: [...response.headers], body, metadata }, body ? [body] : []);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: 'failed', id, name: e.name, message: e.message, stack: e.stack });
  }
});
post({ type: 'ready' });
