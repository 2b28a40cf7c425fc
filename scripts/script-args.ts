/**
 * Arguments of the scripts in scripts/, parsed like the commands' (src/cli/args.ts): `-h/--help`
 * prints the help, and a wrong flag or value prints `error: …` with the help and exits with status 2,
 * never a stack trace.
 */
import type { ParseArgsConfig } from 'node:util';
import { parseCommand } from '../src/cli/args.ts';
import { reportUserError, UserError } from '../src/lib/errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

const fail = (error: unknown): never => process.exit(reportUserError(error));

export function scriptArgs<const O extends Options>(help: string, options: O) {
  let parsed;
  try {
    parsed = parseCommand(help, options);
  } catch (error) {
    fail(error);
  }
  if (!parsed) process.exit(0);
  return parsed.values;
}

/** A positive whole number given as `flag`, or an error that says so. */
export function positiveWholeNumber(flag: string, text: string | undefined): number {
  const n = /^\d+$/.test(text ?? '') ? Number(text) : NaN;
  if (!(n >= 1)) fail(new UserError(`${flag}: expected a positive whole number (found "${text}")`, 2));
  return n;
}
