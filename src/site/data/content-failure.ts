/**
 * How `astro build` stops on broken content: the problems, one per line, naming each file and its
 * line or field, then one hint, and no stack trace (Astro prints an error's stack only when it has
 * one; a stack into the loaders would only push the problems off the screen).
 */
import { UserError } from '../../domain/errors.ts';

export function contentFailure(problems: string[]): Error {
  const error = new Error(`${problems.join('\n')}\n\nThe site was not built: fix the content above (\`npm run check-content\` lists every problem).`);
  error.name = 'InvalidContent';
  error.stack = '';
  return error;
}

/** Runs a content reader for the build; a user error (a broken file) becomes a {@link contentFailure}. */
export function readForBuild<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UserError) throw contentFailure([error.message]);
    throw error;
  }
}
