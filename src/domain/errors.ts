/**
 * One error type for every mistake a user can fix (a bad digest, a broken file, a wrong flag).
 * Commands print its message and exit with its code (src/cli/run-command.ts); anything else is a bug
 * and keeps its stack trace.
 */
export class UserError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
