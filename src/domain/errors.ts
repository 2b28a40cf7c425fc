/**
 * One error type for every mistake a user can fix (a bad digest, a broken file, a wrong flag).
 * Commands print its message and exit with its code; anything else is a bug and keeps its stack trace.
 */
export class UserError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

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
