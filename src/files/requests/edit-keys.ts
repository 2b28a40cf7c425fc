/**
 * Setting one frontmatter key of a paper or session file to a list or mapping of ids, written in
 * flow style (`votes: [alice, bruno]`), as people write them by hand. Only that key's block changes
 * (see frontmatter.ts); a comment at the end of a one-line block (`votes: 0  # who voted`) is kept.
 */
import yaml from 'js-yaml';
import { splitBlocks } from '../frontmatter.ts';

/** `key: value` on one line for a list (`[alice, bruno]`), or with each entry on its own line for a mapping of lists. */
export function flowKeyText(key: string, value: unknown): string {
  const nested = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
  // js-yaml quotes whatever would read back as something else (`null`, `123`, `yes`, `a: b`).
  return yaml.dump({ [key]: value }, { flowLevel: nested ? 2 : 1, lineWidth: -1, quotingType: '"', forceQuotes: false });
}

/**
 * Rewrites (or adds, after the key `after` when present, else at the end) one top-level key of a
 * frontmatter; every other block stays byte for byte, and the file's line endings are kept.
 */
export function setFlowKey(yamlText: string, key: string, value: unknown, after?: string): string {
  const blocks = splitBlocks(yamlText);
  const eol = yamlText.includes('\r\n') ? '\r\n' : '\n';
  if (blocks.length > 0 && !blocks.at(-1)!.text.endsWith('\n')) blocks.at(-1)!.text += eol;
  let text = flowKeyText(key, value);
  const index = blocks.findIndex((b) => b.key === key);
  if (index >= 0) {
    const comment = /^[^\n#]*?[^\s#]?(\s+#[^\n]*?)\r?\n$/.exec(blocks[index]!.text);
    if (comment && !blocks[index]!.text.trimEnd().includes('\n') && !text.trimEnd().includes('\n')) text = `${text.trimEnd()}${comment[1]}\n`;
  }
  if (eol !== '\n') text = text.replace(/\n/g, eol);
  if (index >= 0) blocks[index] = { key, text };
  else {
    const afterIndex = after ? blocks.findIndex((b) => b.key === after) : -1;
    blocks.splice(afterIndex >= 0 ? afterIndex + 1 : blocks.length, 0, { key, text });
  }
  return blocks.map((b) => b.text).join('');
}
