/**
 * Test helpers: temporary content folders and the fixture digests.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readFrontmatter, splitBlocks } from '../../src/files/frontmatter.ts';
import { IMPORTER_FIELDS } from '../../src/schemas/paper.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const DIGESTS = join(FIXTURES, 'digests');
export const SEED_DIGEST = join(DIGESTS, '000_98283bd719537a1c.txt');
export const REAL_DIGESTS = ['cs.CL-2023-06-01.md', 'cs.LG-2024-06-12.md', 'cs.IR-2026-08-21.md'].map((n) => join(DIGESTS, n));
export const PROJECT_CONTENT = join(import.meta.dirname, '..', '..', 'content');

export function readDigest(name: string): string {
  return readFileSync(join(DIGESTS, name), 'utf8');
}

/** A fresh content folder with the shipped group.yaml and, optionally, the shipped papers. */
export function tempContent(options: { papers?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-content-'));
  cpSync(join(PROJECT_CONTENT, 'group.yaml'), join(dir, 'group.yaml'));
  if (options.papers) cpSync(join(PROJECT_CONTENT, 'papers'), join(dir, 'papers'), { recursive: true });
  return dir;
}

/** Every file under a folder with its bytes, to compare trees before and after a command. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  return files;
}

/** The shipped papers with their questions sections emptied, as they were before starter questions. */
export function shippedWithoutQuestions(): string {
  const dir = tempContent({ papers: true });
  for (const name of readdirSync(join(dir, 'papers'))) {
    const path = join(dir, 'papers', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n## Notes\n[\s\S]*$/, '\n## Notes\n\n## Discussion questions\n'));
  }
  return dir;
}

/** Everything people own in a paper file: the blocks of keys outside IMPORTER_FIELDS, comments, and the body. */
export function peoplesPart(text: string): string {
  const { yaml, body } = readFrontmatter(text, 'x.md');
  const importer: readonly string[] = IMPORTER_FIELDS;
  return `${splitBlocks(yaml)
    .filter((b) => !b.key || !importer.includes(b.key))
    .map((b) => b.text)
    .join('')}\n---\n${body}`;
}

/**
 * Adds a copy of a shipped paper under another id to a content folder, first imported long before
 * the demo's today and untouched (a candidate nobody voted for or tagged), so that it gets no page;
 * `edit` changes its text further (votes, to keep its page).
 */
export function addOldPaper(content: string, id: string, edit: (text: string) => string = (t) => t): void {
  const text = readFileSync(join(content, 'papers', '2402.08526.md'), 'utf8')
    .replace(/^id: .*$/m, `id: "${id}"`)
    .replace(/^sources:\n(?: {2}.*\n)+/m, 'sources:\n  - digest: old.md\n    ref: 1\n    imported: "2026-01-05"\n')
    .replace(/^status: .*$/m, 'status: candidate')
    .replace(/^votes: .*$/m, 'votes: 0')
    .replace(/^tags: .*$/m, 'tags: []');
  writeFileSync(join(content, 'papers', `${id}.md`), edit(text));
}
