/**
 * How a command ends: a user error (src/domain/errors.ts) prints as `error: …` and sets the exit code;
 * anything else is a bug and keeps its stack trace. The commands (command.ts) and the scripts in
 * scripts/ end this way; the domain only throws.
 */
import { UserError } from '../domain/errors.ts';

/** Prints a user error as `error: …` and returns its exit code; anything else is a bug and is thrown on. */
export function reportUserError(error: unknown): number {
  if (!(error instanceof UserError)) throw error;
  process.stderr.write(`error: ${error.message}\n`);
  return error.exitCode;
}

/** Runs a command's main function (synchronous or not): user errors become a message and an exit code, not a stack trace. */
export async function runCommand(main: () => Promise<number | void> | number | void): Promise<void> {
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (error) {
    process.exitCode = reportUserError(error);
  }
}
