/** A path as the user would type it: relative to the working folder when inside it, else absolute. */
import { relative, resolve } from 'node:path';

export function displayPath(path: string): string {
  const rel = relative('.', path);
  return rel && !rel.startsWith('..') ? rel : resolve(path);
}
