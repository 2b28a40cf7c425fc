/**
 * Reading and surgically editing YAML frontmatter.
 *
 * Reading goes through gray-matter with js-yaml 4, the same YAML parser Astro uses, so the CLI and the
 * site see the same values. Editing never re-serialises the whole document: the frontmatter is cut into
 * top-level blocks (a key with everything indented under it; comments and blank lines on their own)
 * and only the blocks being changed are rewritten. Every other byte of the file stays as it was.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { UserError } from './errors.ts';

export interface FrontmatterFile {
  /** The parsed frontmatter. */
  data: Record<string, unknown>;
  /** The YAML between the delimiters, each line ending in `\n`. */
  yaml: string;
  /** Everything after the closing `---` line, byte for byte. */
  body: string;
  /** The delimiter lines as written (`---\n`, or with `\r\n` or trailing spaces). */
  delimiters: { open: string; close: string };
}

/** Parses YAML the way Astro does (js-yaml 4, default schema). */
export function loadYaml(text: string): unknown {
  return yaml.load(text);
}

/** Serialises one top-level key as a YAML block, on as few lines as its value allows. */
export function dumpKey(key: string, value: unknown): string {
  return yaml.dump({ [key]: value }, { lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false });
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/** Where a YAML error happened, as a line number in the whole file (the frontmatter starts at line 2). */
function yamlErrorLine(error: unknown): number | undefined {
  const mark = (error as { mark?: { line?: number } }).mark;
  return typeof mark?.line === 'number' ? mark.line + 2 : undefined;
}

/**
 * Splits and parses a file with frontmatter. Throws a {@link UserError} naming the file and line when
 * the delimiters are missing or the YAML does not parse.
 */
export function readFrontmatter(text: string, file: string): FrontmatterFile {
  const open = OPEN.exec(text);
  if (!open) throw new UserError(`${file}:1: expected the file to start with a \`---\` line opening its frontmatter`);
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new UserError(`${file}: expected a closing \`---\` line after the frontmatter`);
  const yamlText = rest.slice(0, close.index);
  let afterClose = rest.slice(close.index + close[0].length);
  let closeLine = close[0];
  const newline = /^\r?\n/.exec(afterClose);
  if (newline) {
    closeLine += newline[0];
    afterClose = afterClose.slice(newline[0].length);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: (s: string) => (loadYaml(s) ?? {}) as object } });
  } catch (error) {
    const line = yamlErrorLine(error);
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    throw new UserError(`${file}${line ? `:${line}` : ''}: the frontmatter is not valid YAML (${reason})`);
  }
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`${file}:2: expected the frontmatter to be a mapping of \`key: value\` lines`);
  }
  return {
    data: data as Record<string, unknown>,
    yaml: yamlText,
    body: afterClose,
    delimiters: { open: open[0], close: closeLine },
  };
}

/** One top-level piece of a YAML mapping: a key and its value lines, or a run of comments/blank lines. */
export interface YamlBlock {
  key?: string;
  text: string;
}

const KEY_LINE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*?))\s*:(?:\s|$)/;

/** Cuts a YAML mapping into blocks; joining the blocks' text gives back the input exactly. */
export function splitBlocks(yamlText: string): YamlBlock[] {
  const lines = yamlText.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const blocks: YamlBlock[] = [];
  let current: YamlBlock | undefined;
  let pending: string[] = [];
  const flushPending = () => {
    for (const line of pending) blocks.push({ text: line });
    pending = [];
  };
  for (const line of lines) {
    const key = KEY_LINE.exec(line);
    if (key) {
      flushPending();
      current = { key: key[1] ?? key[2]?.replace(/''/g, "'") ?? key[3]!.trim(), text: line };
      blocks.push(current);
    } else if (/^[ \t-]/.test(line) && line.trim() !== '' && current) {
      current.text += pending.join('') + line;
      pending = [];
    } else {
      pending.push(line);
    }
  }
  flushPending();
  return blocks;
}

/**
 * Rewrites the given keys of a frontmatter, leaving every other block byte for byte. Keys set to
 * `undefined` are removed; keys not present are inserted after the block named by `insertAfter(key)`
 * (or at the end).
 */
export function editYaml(
  yamlText: string,
  changes: Record<string, unknown>,
  insertAfter: (key: string, present: Set<string>) => string | undefined = () => undefined,
): string {
  const blocks = splitBlocks(yamlText);
  if (blocks.length > 0 && !blocks.at(-1)!.text.endsWith('\n')) blocks.at(-1)!.text += '\n';
  const present = new Set(blocks.flatMap((b) => (b.key ? [b.key] : [])));
  for (const [key, value] of Object.entries(changes)) {
    const index = blocks.findIndex((b) => b.key === key);
    if (value === undefined) {
      if (index >= 0) blocks.splice(index, 1);
      continue;
    }
    const text = dumpKey(key, value);
    if (index >= 0) {
      blocks[index] = { key, text };
      continue;
    }
    const after = insertAfter(key, present);
    const afterIndex = after ? blocks.findIndex((b) => b.key === after) : -1;
    blocks.splice(afterIndex >= 0 ? afterIndex + 1 : blocks.length, 0, { key, text });
    present.add(key);
  }
  return blocks.map((b) => b.text).join('');
}

/** Assembles a file from its frontmatter YAML and body, with the given (or standard) delimiters. */
export function joinFrontmatter(
  yamlText: string,
  body: string,
  delimiters: FrontmatterFile['delimiters'] = { open: '---\n', close: '---\n' },
): string {
  const gap = yamlText.endsWith('\n') || yamlText === '' ? '' : '\n';
  return `${delimiters.open}${yamlText}${gap}${delimiters.close}${body}`;
}
