/**
 * Test helper: runs a command (`src/cli/<name>.ts`) in its own Node process, asynchronously, so that
 * an HTTP server in the test's own process keeps answering while the command runs.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts a command; `done` resolves when it exits. */
export function startCli(command: string, args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [join('src', 'cli', `${command}.ts`), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(command: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return startCli(command, args, env).done;
}

/** A user error as the commands print it: one `error: …` message, no stack trace. */
export function expectUserError(result: CliResult): string {
  if (result.code === 0 || result.code === null) throw new Error(`expected a failing exit code, got ${result.code} (${result.signal ?? 'no signal'})\n${result.stderr}`);
  if (!result.stderr.startsWith('error: ')) throw new Error(`expected stderr to start with "error: ", got:\n${result.stderr}`);
  if (/^\s+at /m.test(result.stderr)) throw new Error(`expected no stack trace, got:\n${result.stderr}`);
  return result.stderr;
}
