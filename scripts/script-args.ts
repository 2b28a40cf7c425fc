/**
 * Arguments of the scripts in scripts/, declared and parsed like the commands' (src/cli/command.ts):
 * `-h/--help` prints the help rendered from the declaration, and a wrong flag or value prints
 * `error: …` (with the usage for a wrong flag) and exits with status 2, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import type { ArgsDef, CommandDef } from 'citty';
import { parseCommandLine, renderHelp, type CliValues } from '../src/cli/command.ts';
import { UserError } from '../src/domain/errors.ts';
import { reportUserError } from '../src/cli/run-command.ts';

const fail = (error: unknown): never => process.exit(reportUserError(error));

export function scriptArgs<T extends ArgsDef>(command: CommandDef<T>): CliValues<T> {
  let values;
  try {
    values = parseCommandLine(command, process.argv.slice(2));
  } catch (error) {
    fail(error);
  }
  if (values) return values;
  console.log(renderHelp(command));
  process.exit(0);
}

/** A positive whole number given as `flag`, or an error that says so. */
export function positiveWholeNumber(flag: string, text: string | undefined): number {
  const n = /^\d+$/.test(text ?? '') ? Number(text) : NaN;
  if (!(n >= 1)) fail(new UserError(`${flag}: expected a positive whole number (found "${text}")`, 2));
  return n;
}

/** A day as `YYYY-MM-DD` that the calendar has, or undefined when the flag was not given. */
export function optionalDay(flag: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== text) fail(new UserError(`${flag}: expected a day as YYYY-MM-DD, e.g. 2026-11-24 (found "${text}")`, 2));
  return text;
}

/**
 * Stops a script that shoots pages for the README when the system has no font for Chinese: Chromium would
 * draw the papers' Chinese titles and abstracts as empty boxes, and the images would be written over the
 * README's. `fc-list :lang=zh` lists the fonts fontconfig knows for Chinese (Debian's `fonts-noto-cjk`).
 */
export function requireChineseFont(list: () => string = () => spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout ?? ''): void {
  if (list().trim() === '')
    fail(new UserError('no font for Chinese text (`fc-list :lang=zh` lists none), so the screenshots would show boxes: install one first, e.g. `apt-get install -y fonts-noto-cjk`', 1));
}
