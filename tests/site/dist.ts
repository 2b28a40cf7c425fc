/** Helpers to read the built site in dist/. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export function distFiles(ext: string, dir = DIST): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...distFiles(ext, path));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

export function readDist(path: string): string {
  return readFileSync(path.startsWith(DIST) ? path : join(DIST, path), 'utf8');
}

export function rel(path: string): string {
  return relative(DIST, path);
}
