/**
 * A hash of the site's code: its source (src/), the installed packages (package-lock.json) and the
 * Astro configuration. What a build keeps from the last one (pages, the scan's months) is reused only
 * under the same code, so a change to a template, a string, a style or a package never leaves an
 * outdated page or search bundle behind. Read from the project the build runs in (the working folder).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function codeVersion(root = process.cwd()): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(root, 'src'));
  for (const file of ['package-lock.json', 'astro.config.mjs']) if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex');
}
