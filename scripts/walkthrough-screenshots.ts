/**
 * The pictures of the README's walkthrough (docs/walkthrough/*.png): `npm run walkthrough-screenshots`
 * runs the walkthrough's steps (scripts/walkthrough/steps.ts) in a scratch folder, as a reader
 * following the README does (the sample digests as files), and after each step shoots what the reader
 * sees, in Debian's Chromium at desktop width: the terminal (commands and their real output, or the
 * edit as a diff) or the site.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launch, openPage } from '../tests/e2e/browser.ts';
import { requireChineseFont } from './script-args.ts';
import { editDiff, FIRST_MEETING, picturePath, shellLines, SHORTLISTED, STEPS } from './walkthrough/steps.ts';
import { closeWorkspace, commandOutput, createWorkspace, ROOT, runStep, type ActionResult, type Workspace } from './walkthrough/run-step.ts';

const OUT = join(ROOT, 'docs', 'walkthrough');
const WIDTH = 1200;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A terminal window: each command after a prompt, then what it printed; diffs coloured. */
function terminalHtml(results: ActionResult[], ws: Workspace): string {
  const lines: string[] = [];
  for (const { action, output } of results) {
    if (action.kind === 'edit') {
      for (const line of editDiff(action).split('\n')) {
        const cls = line.startsWith('#') ? 'file' : line.startsWith('-') ? 'del' : 'add';
        lines.push(`<span class="${cls}">${escape(line)}</span>`);
      }
      lines.push('');
      continue;
    }
    lines.push(`<span class="prompt">$</span> <span class="cmd">${escape(shellLines(action)!)}</span>`);
    const shown = commandOutput(output).split(ws.content).join('content');
    if (shown) lines.push(escape(shown));
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 24px; background: #eef0f3; font: 14px/1.5 "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; }
    .term { width: ${WIDTH - 48}px; box-sizing: border-box; border-radius: 10px; overflow: hidden; background: #1d1f23; color: #e3e5e8; box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); }
    .bar { display: flex; gap: 7px; padding: 11px 14px; background: #2b2e33; }
    .bar i { width: 12px; height: 12px; border-radius: 50%; background: #ff5f57; } .bar i + i { background: #febc2e; } .bar i + i + i { background: #28c840; }
    pre { margin: 0; padding: 16px 20px 20px; white-space: pre-wrap; font: inherit; }
    .prompt { color: #7ee787; } .cmd { color: #fff; font-weight: bold; }
    .file { color: #9aa4b2; } .del { color: #ff8a80; } .add { color: #7ee787; }
  </style></head><body><div class="term"><div class="bar"><i></i><i></i><i></i></div><pre>${lines.join('\n').replace(/\n+$/, '')}</pre></div></body></html>`;
}

async function shootTerminal(browser: Browser, results: ActionResult[], ws: Workspace, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 400 } });
  await page.setContent(terminalHtml(results, ws));
  await page.locator('body').screenshot({ path: file });
  await page.close();
}

async function shootSite(browser: Browser, ws: Workspace, path: string, file: string, prepare?: (page: Page) => Promise<void>): Promise<void> {
  const { page } = await openPage(browser, ws.site!.url, { width: WIDTH, height: 780 });
  await page.goto(ws.site!.url + path, { waitUntil: 'networkidle' });
  await prepare?.(page);
  await page.screenshot({ path: file });
  await page.context().close();
}

/** The session page printed to PDF, its pages drawn side by side as the handout looks on paper. */
async function shootHandout(browser: Browser, ws: Workspace, file: string): Promise<void> {
  const { page } = await openPage(browser, ws.site!.url, { width: WIDTH, height: 780 });
  await page.goto(`${ws.site!.url}sessions/${FIRST_MEETING}/`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(await page.pdf({ format: 'A4' }), 1.1);
  const images = pages.map((png) => `<img alt="" src="data:image/png;base64,${png.toString('base64')}">`).join('');
  await page.context().close();
  // A page of its own: the site's Content-Security-Policy would stay in force after setContent.
  const sheet = await browser.newPage({ viewport: { width: WIDTH, height: 400 } });
  await sheet.setContent(`<!doctype html><html><head><style>
    body { margin: 0; padding: 28px; background: #e7e9ee; display: flex; gap: 28px; justify-content: center; align-items: flex-start; }
    img { width: ${Math.floor((WIDTH - 28 * (pages.length + 1)) / 2)}px; background: #fff; box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); }
  </style></head><body>${images}</body></html>`);
  await sheet.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  await sheet.locator('body').screenshot({ path: file });
  await sheet.close();
}

/** Each page of a PDF as a PNG, drawn by PDF.js. */
async function pdfPages(pdf: Uint8Array, scale: number): Promise<Buffer[]> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(type: 'image/png'): Buffer }; context: unknown } } }).canvasFactory;
  const out: Buffer[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const pdfPage = await doc.getPage(i);
    const viewport = pdfPage.getViewport({ scale });
    const { canvas, context } = factory.create(viewport.width, viewport.height);
    await pdfPage.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    out.push(canvas.toBuffer('image/png'));
  }
  await task.destroy();
  return out;
}

/** What to show after each step; command and edit steps show the terminal. */
const SITE_SHOTS: Record<string, { path: string; prepare?: (page: Page) => Promise<void> }> = {
  site: { path: '' },
  agenda: { path: `sessions/${FIRST_MEETING}/` },
  minutes: { path: `sessions/${FIRST_MEETING}/`, prepare: async (page) => page.locator('#minutes, h2:has-text("Minutes")').first().scrollIntoViewIfNeeded() },
  discussed: { path: `papers/${SHORTLISTED[0]}/` },
};

mkdirSync(OUT, { recursive: true });
requireChineseFont();
const ws = await createWorkspace({ digest: 'file' });
const browser = await launch();
try {
  for (const [i, step] of STEPS.entries()) {
    const results = await runStep(step, ws);
    const file = join(ROOT, picturePath(i));
    const site = SITE_SHOTS[step.id];
    if (step.id === 'handout') await shootHandout(browser, ws, file);
    else if (site) await shootSite(browser, ws, site.path, file, site.prepare);
    else await shootTerminal(browser, results, ws, file);
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
  await closeWorkspace(ws);
}
