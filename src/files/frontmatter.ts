/**
 * Reading and surgically editing YAML frontmatter.
 *
 * Reading goes through gray-matter, which here parses the YAML between the `---` lines with js-yaml 4
 * (the parser Astro uses) and its core schema: a date written `2026-12-01` stays that text, so a date that does not exist
 * (`2026-02-30`) is reported instead of silently becoming another day. A UTF-8 byte-order mark and
 * CRLF line endings are accepted. Editing never re-serialises the whole document: the frontmatter is
 * cut into top-level blocks (a key with everything indented under it; comments and blank lines on
 * their own) and only the blocks being changed are rewritten. Every other byte of the file stays as
 * it was, the byte-order mark and line endings included.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { ContentError } from '../domain/content-problem.ts';
import { shownLine, yamlProblem } from './yaml-errors.ts';

export interface FrontmatterFile {
  /** The parsed frontmatter. */
  data: Record<string, unknown>;
  /** The YAML between the delimiters, each line ending in `\n`. */
  yaml: string;
  /** Everything after the closing `---` line, byte for byte. */
  body: string;
  /** The delimiter lines as written (`---\n`, or with `\r\n` or trailing spaces; a byte-order mark is part of `open`). */
  delimiters: { open: string; close: string };
}

/** Parses YAML the way every reader of the group's files does (js-yaml 4, core schema: dates stay text). */
export function loadYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** The error js-yaml reports for a YAML text, if any. */
function yamlError(text: string): yaml.YAMLException | undefined {
  try {
    loadYaml(text);
    return undefined;
  } catch (error) {
    return error instanceof yaml.YAMLException ? error : undefined;
  }
}

/** Serialises one top-level key as a YAML block, on as few lines as its value allows. */
export function dumpKey(key: string, value: unknown): string {
  return yaml.dump({ [key]: value }, { lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false });
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*\r?$/m;

/** The first line that looks like the start of the markdown body (a heading), for a missing `---`. */
function bodyStart(lines: string[]): number {
  return lines.findIndex((line, i) => i > 0 && /^#{1,6}\s+\S/.test(line) && !/^#\s/.test(line));
}

/**
 * Splits and parses a file with frontmatter. Throws a {@link ContentError} naming the file and line
 * when the file is empty, the delimiters are missing or the YAML does not parse.
 */
export function readFrontmatter(text: string, file: string): FrontmatterFile {
  const open = OPEN.exec(text);
  if (!open) {
    if (text.replace(/^\uFEFF/, '').trim() === '') {
      throw new ContentError([{ file, message: 'expected frontmatter between two `---` lines at the top of the file (found an empty file)' }]);
    }
    const first = text.replace(/^\uFEFF/, '').split('\n')[0]!;
    throw new ContentError([{ file, line: 1, message: `expected a \`---\` line opening the frontmatter (found ${shownLine(first)})` }]);
  }
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    const heading = bodyStart(text.split('\n'));
    const found = heading > 0 ? `found ${shownLine(text.split('\n')[heading]!)} on line ${heading + 1} before any closing \`---\`` : 'found none before the end of the file';
    throw new ContentError([{ file, line: 1, message: `expected a \`---\` line closing the frontmatter this line opens (${found})` }]);
  }
  const yamlText = rest.slice(0, close.index);
  let afterClose = rest.slice(close.index + close[0].length);
  let closeLine = close[0];
  const newline = /^\n/.exec(afterClose);
  if (newline) {
    closeLine += newline[0];
    afterClose = afterClose.slice(newline[0].length);
  }
  let data: unknown;
  try {
    // gray-matter with our YAML reading; the delimiters were checked above for clear messages.
    data = matter(text, { engines: { yaml: (source: string) => loadYaml(source) ?? {} } }).data;
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // Parsed again on its own so that the reported line counts from the top of the file.
    throw new ContentError([yamlProblem(yamlError(yamlText) ?? error, yamlText, file, 2, 'the frontmatter')]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([{ file, line: 2, message: `expected the frontmatter to be a mapping of \`key: value\` lines (found ${shownLine(yamlText.split('\n')[0]!)})` }]);
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
export function editYaml(yamlText: string, changes: Record<string, unknown>, insertAfter: (key: string, present: Set<string>) => string | undefined = () => undefined): string {
  const blocks = splitBlocks(yamlText);
  // New blocks take the file's line endings, so a CRLF file stays CRLF.
  const eol = yamlText.includes('\r\n') ? '\r\n' : '\n';
  if (blocks.length > 0 && !blocks.at(-1)!.text.endsWith('\n')) blocks.at(-1)!.text += eol;
  const present = new Set(blocks.flatMap((b) => (b.key ? [b.key] : [])));
  for (const [key, value] of Object.entries(changes)) {
    const index = blocks.findIndex((b) => b.key === key);
    if (value === undefined) {
      if (index >= 0) blocks.splice(index, 1);
      continue;
    }
    const text = eol === '\n' ? dumpKey(key, value) : dumpKey(key, value).replace(/\n/g, eol);
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
export function joinFrontmatter(yamlText: string, body: string, delimiters: FrontmatterFile['delimiters'] = { open: '---\n', close: '---\n' }): string {
  const gap = yamlText.endsWith('\n') || yamlText === '' ? '' : '\n';
  return `${delimiters.open}${yamlText}${gap}${delimiters.close}${body}`;
}
