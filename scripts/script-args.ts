/**
 * Arguments of the scripts in scripts/, declared and parsed like the commands' (src/cli/command.ts):
 * `-h/--help` prints the help rendered from the declaration, and a wrong flag or value prints
 * `error: …` (with the usage for a wrong flag) and exits with status 2, never a stack trace.
 */
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
