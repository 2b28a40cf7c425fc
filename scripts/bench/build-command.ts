/**
 * The build as `npm run build` runs it (its V8 flags included), for the scripts that time or profile
 * it without npm around it: the Node arguments after `node` in package.json's build script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildNodeArgs(root: string): string[] {
  const words = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build.split(/\s+/);
  if (words[0] !== 'node') throw new Error(`expected package.json's build script to start with "node" (found "${words.join(' ')}")`);
  return words.slice(1);
}
