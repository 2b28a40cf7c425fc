/**
 * Runs the walkthrough's steps (steps.ts) in a scratch folder instead of the project's content/:
 * the real `npm run` commands, a person's edits made to the files' text, and a digest host on
 * 127.0.0.1 that serves the day's digest at one address, as a group's digest URL does.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveStatic, type StaticSite } from '../../tests/e2e/static-server.ts';
import { FRONTMATTER_END, type Action, type Step } from './steps.ts';

const run = promisify(execFile);
export const ROOT = join(import.meta.dirname, '..', '..');

/** Where the walkthrough runs: a copy of the project's content/ (as a fresh copy of the template has it). */
export interface Workspace {
  content: string;
  dist: string;
  cache: string;
  digests: DigestHost;
  /** The built site, once a `preview` action served it. */
  site?: StaticSite;
}

/** Serves one digest at a time at `url`, with the content type digest hosts send. */
export interface DigestHost {
  /** What `$DIGEST` stands for. */
  url: string;
  serve(file: string): void;
  close(): Promise<void>;
}

async function digestHost(): Promise<DigestHost> {
  let body: Buffer | undefined;
  const server: Server = createServer((req, res) => {
    if (req.url !== '/cs.IR.md' || !body) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cs.IR.md`,
    serve: (file) => (body = readFileSync(join(ROOT, file))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A scratch copy of the project's content/. `$DIGEST` is the digest host's address (`http`, as the
 * scenario test imports), or the sample file itself (`file`, as a reader following the README does).
 */
export async function createWorkspace(options: { digest?: 'http' | 'file' } = {}): Promise<Workspace> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-week-'));
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const digests = options.digest === 'file' ? sampleFiles() : await digestHost();
  return { content, dist: join(dir, 'dist'), cache: join(dir, 'cache'), digests };
}

/** `$DIGEST` is the sample file, as in the README. */
function sampleFiles(): DigestHost {
  const host = { url: '', serve: (file: string) => void (host.url = file), close: async () => {} };
  return host;
}

export async function closeWorkspace(ws: Workspace): Promise<void> {
  await Promise.all([ws.digests.close(), ws.site?.close()]);
}

/** What an action printed (commands) or wrote (edits: the file's new text). */
export interface ActionResult {
  action: Action;
  output: string;
}

/** `npm run x -- …` with `--content <dir>` added; the build with its output and cache folders. */
function commandFor(argv: string[], ws: Workspace): string[] {
  const args = argv.map((a) => (a === '$DIGEST' ? ws.digests.url : a));
  const extra = args[2] === 'build' ? ['--outDir', ws.dist] : ['--content', ws.content];
  return [...args, ...(args.includes('--') ? [] : ['--']), ...extra];
}

/**
 * Replaces each `from` line (exactly one in the file) with `to`, then appends `append` below the
 * frontmatter's closing line, which must end the file (as the README's diff shows it).
 */
export function applyEdit(text: string, replace: [string, string][], append = ''): string {
  let out = text;
  for (const [from, to] of replace) {
    const lines = out.split('\n');
    const at = lines.flatMap((line, i) => (line === from ? [i] : []));
    if (at.length !== 1) throw new Error(`expected one line "${from}", found ${at.length}`);
    lines[at[0]!] = to;
    out = lines.join('\n');
  }
  if (append && !out.endsWith(`\n${FRONTMATTER_END}\n`)) throw new Error(`expected the file to end with its frontmatter's closing ${FRONTMATTER_END} line, where the README's diff appends`);
  return out + append;
}

export async function runAction(action: Action, ws: Workspace): Promise<ActionResult> {
  switch (action.kind) {
    case 'digest':
      ws.digests.serve(action.sample);
      return { action, output: '' };
    case 'edit': {
      const file = join(ws.content, action.file);
      const text = applyEdit(readFileSync(file, 'utf8'), action.replace, action.append);
      writeFileSync(file, text);
      return { action, output: text };
    }
    case 'preview':
      await ws.site?.close();
      ws.site = await serveStatic(ws.dist);
      return { action, output: `serving ${ws.site.url}` };
    case 'command': {
      const [command, ...args] = commandFor(action.argv, ws);
      const env = { ...process.env, ...action.env, CONTENT_DIR: ws.content, ASTRO_CACHE_DIR: ws.cache, FORCE_COLOR: '0' };
      try {
        const { stdout } = await run(command!, args, { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 });
        return { action, output: stdout };
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string; message: string };
        throw new Error(`${[command, ...args].join(' ')} failed:\n${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, { cause: error });
      }
    }
  }
}

/** Runs a step's actions in order. */
export async function runStep(step: Step, ws: Workspace): Promise<ActionResult[]> {
  const results: ActionResult[] = [];
  for (const action of step.actions) results.push(await runAction(action, ws));
  return results;
}

/** The program's own lines of an `npm run` output, without npm's banner (`> name@version script`). */
export function commandOutput(stdout: string): string {
  return stdout.replace(/^(?:\n|> [^\n]*\n)*/, '').replace(/\n+$/, '');
}
