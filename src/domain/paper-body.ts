/**
 * The body of a paper file belongs to people: `## Notes` and `## Discussion questions`, plus any
 * section they add. This module writes the template for new papers and reads the sections back for
 * the pages (the questions as a list, so sessions can gather them).
 *
 * Starter questions. A new paper's questions are generated (src/domain/questions) and each list item
 * ends in a marker holding a hash of its own text:
 *
 *     1. What does DRO optimise, exactly? <!-- starter:1a2b3c4d -->
 *
 * An item is a starter question while its text still hashes to its marker. Any edit by a person
 * (a word, a letter, a line added to the item) breaks the match, and the item is then the person's:
 * no command replaces or removes it. Deleting the marker, or writing a new item, has the same effect.
 * The marker is an HTML comment, so it shows in no rendered view; {@link parsePaperBody} strips it.
 *
 * The notes template is a `### ` heading per prompt with a hint in an HTML comment. Headings left
 * empty are dropped by {@link parsePaperBody}, so an untouched template reads as no notes at all.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Locale } from '../schemas/common.ts';

export const NOTES_HEADING = '## Notes';
export const QUESTIONS_HEADING = '## Discussion questions';

const NOTES_TITLES = /^(notes?|笔记)$/i;
const QUESTIONS_TITLES = /^(discussion questions|questions|讨论问题|问题)$/i;

/** The languages a body template can be written in (the group's `locale`). */
export type BodyLocale = Locale;

/** The prompts of the notes template: a heading and the hint shown (as a comment) under it. */
export const NOTES_PROMPTS: Record<BodyLocale, readonly { title: string; hint: string }[]> = {
  en: [
    { title: 'Problem', hint: 'The problem the paper tackles, in one sentence.' },
    { title: 'Key idea', hint: 'What the authors do about it, and why it might work.' },
    { title: 'Evidence', hint: 'The experiments, data or figures that carry the claims.' },
    { title: 'Doubts', hint: 'What you do not believe yet, and what would convince you.' },
  ],
  'zh-CN': [
    { title: '要解决的问题', hint: '用一句话说清论文要解决的问题。' },
    { title: '核心思路', hint: '作者怎么做，为什么可能有效。' },
    { title: '证据', hint: '支撑结论的实验、数据或图表。' },
    { title: '疑问', hint: '你还不相信什么，什么能说服你。' },
  ],
};

const TEMPLATE_TITLES = new Set(Object.values(NOTES_PROMPTS).flatMap((prompts) => prompts.map((p) => p.title)));

export interface NewPaperBodyOptions {
  /** Language of the notes prompts (default `en`); headings stay `## Notes` / `## Discussion questions`. */
  locale?: BodyLocale;
  /** Generated questions to start the list with; each is written as a marked starter question. */
  questions?: readonly string[];
}

/** The body a new paper file starts with: the notes template, then the (starter) questions. */
export function newPaperBody(options: NewPaperBodyOptions = {}): string {
  const prompts = NOTES_PROMPTS[options.locale ?? 'en'];
  const notes = prompts.map((p) => `### ${p.title}\n\n<!-- ${p.hint} -->\n`).join('\n');
  const questions = (options.questions ?? []).map((q, i) => `${starterItem(q, i + 1)}\n`).join('');
  return `\n${NOTES_HEADING}\n\n${notes}\n${QUESTIONS_HEADING}\n${questions ? `\n${questions}` : ''}`;
}

export interface BodySection {
  /** The heading text, e.g. "Notes". */
  title: string;
  /** The markdown under the heading (up to the next `## `). */
  markdown: string;
}

export interface PaperQuestion {
  /** The question as markdown, without its starter marker. */
  text: string;
  /** True while the item is a generated starter question nobody has edited. */
  starter: boolean;
}

export interface PaperBody {
  /**
   * Markdown under `## Notes`, trimmed, without HTML comments and without template headings left
   * empty; empty when nobody wrote any notes.
   */
  notes: string;
  /** One markdown string per list item under `## Discussion questions` (starter markers removed). */
  questions: string[];
  /** The same items, each saying whether it is still an unedited starter question. */
  questionItems: PaperQuestion[];
  /** Any other sections people added, in order; text before the first heading is one untitled section. */
  extra: BodySection[];
}

/** A line of a body and whether it is a `## ` heading (outside fenced code), with its title. */
interface BodyLine {
  text: string;
  heading?: string;
}

function classifyLines(body: string): BodyLine[] {
  let fence: string | undefined;
  return body.split(/\r?\n/).map((text) => {
    const fenceMatch = /^\s{0,3}(```+|~~~+)/.exec(text);
    if (fenceMatch) {
      fence = fence ? (text.trim().startsWith(fence) ? undefined : fence) : fenceMatch[1];
      return { text };
    }
    const heading = !fence && /^##\s+(.+?)\s*#*\s*$/.exec(text);
    return heading ? { text, heading: heading[1]! } : { text };
  });
}

/** Splits a body at its `## ` headings (outside fenced code). */
export function splitSections(body: string): BodySection[] {
  const sections: BodySection[] = [];
  let current: BodySection = { title: '', markdown: '' };
  for (const line of classifyLines(body)) {
    if (line.heading !== undefined) {
      if (current.title || current.markdown.trim()) sections.push(current);
      current = { title: line.heading, markdown: '' };
    } else {
      current.markdown += `${line.text}\n`;
    }
  }
  if (current.title || current.markdown.trim()) sections.push(current);
  return sections.map((s) => ({ ...s, markdown: s.markdown.trim() }));
}

interface ItemSpan {
  /** Index of the item's first line. */
  start: number;
  /** Index of its last non-blank line. */
  end: number;
  text: string;
}

const markdownParser = unified().use(remarkParse);

/**
 * The items of the top-level lists in some lines, with the lines each one covers, as remark reads
 * them: a fenced code block, a nested list or a quote inside an item stays part of that item. An
 * item's text is its content with the item's indentation taken off its continuation lines.
 */
export function itemSpansByParser(lines: readonly string[]): ItemSpan[] {
  const source = lines.join('\n');
  const tree = markdownParser.parse(source);
  const spans: ItemSpan[] = [];
  for (const node of tree.children) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const first = item.children[0]?.position;
      const { start, end } = item.position!;
      if (!first) continue;
      const indent = first.start.column - 1;
      const text = source
        .slice(first.start.offset, end.offset)
        .split('\n')
        .map((line, i) => (i === 0 ? line : line.replace(new RegExp(`^ {0,${indent}}`), '')))
        .join('\n')
        .trim();
      let last = end.line - 1;
      while (last > start.line - 1 && lines[last]!.trim() === '') last--;
      if (text !== '') spans.push({ start: start.line - 1, end: last, text });
    }
  }
  return spans;
}

/** A line that is one whole list item by itself, with nothing that could open a block spanning lines. */
const SIMPLE_ITEM = /^(?:[-*+]|\d{1,3}[.)]) +(?![-*+] |\d{1,9}[.)] |>|#|`{3}|~{3}|<(?!!--))(\S.*)$/;

/**
 * The same spans, read line by line when every non-blank line is a simple one-line item (as starter
 * questions and most questions people write are): then each line is one item, which is what remark
 * reads too (tests/unit/paper-body-parser.test.ts checks the two agree). Anything else goes to remark.
 */
export function itemSpans(lines: readonly string[]): ItemSpan[] {
  const spans: ItemSpan[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const item = SIMPLE_ITEM.exec(line);
    if (!item) return itemSpansByParser(lines);
    spans.push({ start: index, end: index, text: item[1]!.trim() });
  }
  return spans;
}

/** The items of a markdown list (ordered or not); text outside the list is ignored. */
export function listItems(markdown: string): string[] {
  return itemSpans(markdown.split('\n')).map((s) => s.text);
}

/** A short, stable hash of a text (FNV-1a over its UTF-8 bytes), as 8 hex digits. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const MARKER = /\s*<!--\s*starter:([0-9a-f]{8})\s*-->\s*$/;

/** A list item's text split into the question and whether it is an unedited starter question. */
export function readQuestionItem(item: string): PaperQuestion {
  const marker = MARKER.exec(item);
  if (!marker) return { text: item, starter: false };
  const text = item.slice(0, marker.index).trim();
  return { text, starter: text !== '' && textHash(text) === marker[1] };
}

/** A question as a starter item holds it: one line, single spaces (what its hash is taken of). */
export function starterText(question: string): string {
  return question.replace(/\s+/g, ' ').trim();
}

/** The markdown line of a starter question: `N. question <!-- starter:hash -->`. */
export function starterItem(question: string, number: number): string {
  const text = starterText(question);
  return `${number}. ${text} <!-- starter:${textHash(text)} -->`;
}

/** Removes HTML comments outside fenced code. */
function stripComments(markdown: string): string {
  return markdown
    .split(/^(\s{0,3}(?:```|~~~)[\s\S]*?^\s{0,3}(?:```|~~~)[^\n]*$)/m)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/<!--[\s\S]*?-->/g, '')))
    .join('');
}

/** The notes as people wrote them: without the template's hints and its headings left empty. */
function cleanNotes(markdown: string): string {
  const parts = stripComments(markdown).split(/^(?=###\s)/m);
  return parts
    .filter((part) => {
      const heading = /^###\s+(.+?)\s*#*\s*(?:\n|$)/.exec(part);
      return !(heading && TEMPLATE_TITLES.has(heading[1]!) && part.slice(heading[0].length).trim() === '');
    })
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function parsePaperBody(body: string): PaperBody {
  const result: PaperBody = { notes: '', questions: [], questionItems: [], extra: [] };
  for (const section of splitSections(body)) {
    if (NOTES_TITLES.test(section.title)) result.notes = cleanNotes(section.markdown);
    else if (QUESTIONS_TITLES.test(section.title)) {
      result.questionItems = listItems(section.markdown).map(readQuestionItem);
      result.questions = result.questionItems.map((q) => q.text);
    } else result.extra.push(section);
  }
  return result;
}

/** What a body's questions section holds, as far as regenerating starter questions is concerned. */
export interface QuestionsState {
  /** Whether the body has a questions section at all. */
  hasSection: boolean;
  /** Unedited starter questions. */
  starter: number;
  /** Items a person wrote or edited. */
  person: number;
  /** True when the section has text outside its list items (ignoring HTML comments). */
  otherText: boolean;
}

interface QuestionsSection {
  lines: string[];
  /** Index of the heading line; -1 when there is none. */
  heading: number;
  /** Index one past the section's last line. */
  end: number;
}

function findQuestionsSection(body: string): QuestionsSection {
  const classified = classifyLines(body);
  const lines = classified.map((l) => l.text);
  const heading = classified.findIndex((l) => l.heading !== undefined && QUESTIONS_TITLES.test(l.heading));
  if (heading < 0) return { lines, heading, end: lines.length };
  let end = heading + 1;
  while (end < lines.length && classified[end]!.heading === undefined) end++;
  return { lines, heading, end };
}

/** Counts the starter and person-written questions of a body. */
export function questionsState(body: string): QuestionsState {
  const { lines, heading, end } = findQuestionsSection(body);
  if (heading < 0) return { hasSection: false, starter: 0, person: 0, otherText: false };
  const sectionLines = lines.slice(heading + 1, end);
  const spans = itemSpans(sectionLines);
  const items = spans.map((s) => readQuestionItem(s.text));
  const covered = new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start + 1 }, (_, i) => s.start + i)));
  const rest = sectionLines.filter((_, i) => !covered.has(i)).join('\n');
  return {
    hasSection: true,
    starter: items.filter((q) => q.starter).length,
    person: items.filter((q) => !q.starter).length,
    otherText: stripComments(rest).trim() !== '',
  };
}

/**
 * Replaces a body's unedited starter questions with `questions` (written as starter questions) and
 * keeps every other byte: questions a person wrote or edited stay exactly where and as they are. New
 * items go where the first starter question was, else after the last item, else under the heading.
 * A body without a questions section gets one at its end.
 */
export function replaceStarterQuestions(body: string, questions: readonly string[]): string {
  const { lines, heading, end } = findQuestionsSection(body);
  if (heading < 0) {
    const base = body.replace(/\s*$/, '');
    const items = questions.map((q, i) => starterItem(q, i + 1)).join('\n');
    return `${base}${base ? '\n\n' : '\n'}${QUESTIONS_HEADING}\n${items ? `\n${items}\n` : ''}`;
  }
  const newline = /\r\n/.test(body) ? '\r\n' : '\n';
  const offset = heading + 1;
  const spans = itemSpans(lines.slice(offset, end)).map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
  const starters = spans.filter((s) => readQuestionItem(s.text).starter);
  const kept = spans.filter((s) => !starters.includes(s));
  const removed = new Set(starters.flatMap((s) => Array.from({ length: s.end - s.start + 1 }, (_, i) => s.start + i)));

  if (spans.length === 0) {
    // An empty section: the list goes under the heading; comments or blank lines left there follow it.
    const rest = lines.slice(offset, end);
    while (rest.length > 0 && rest[0]!.trim() === '') rest.shift();
    const items = questions.map((q, i) => starterItem(q, i + 1));
    const section = ['', ...items, ...(rest.length > 0 ? ['', ...rest] : [])];
    if (end < lines.length && section.at(-1)!.trim() !== '') section.push('');
    const out = [...lines.slice(0, offset), ...section, ...lines.slice(end)];
    let text = out.join(newline);
    if (end === lines.length) text = text.replace(/\s*$/, '') + newline;
    return text;
  }
  const insertAt = starters.length > 0 ? starters[0]!.start : kept.at(-1)!.end + 1;
  const numberBefore = kept.filter((s) => s.start < insertAt).length;
  const items = questions.map((q, i) => starterItem(q, numberBefore + i + 1));
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (index === insertAt) out.push(...items);
    if (!removed.has(index)) out.push(line);
  });
  if (insertAt >= lines.length) out.push(...items);
  let text = out.join(newline);
  if (end === lines.length && !text.endsWith(newline)) text += newline;
  return collapseBlankRuns(text, body, newline);
}

/** Removing items can leave blank lines next to each other; keep at most as many as the body had. */
function collapseBlankRuns(text: string, original: string, newline: string): string {
  const longest = Math.max(2, ...(original.match(/(?:\r?\n){2,}/g) ?? []).map((m) => m.split(/\r?\n/).length - 1));
  const pattern = new RegExp(`(?:${newline === '\r\n' ? '\\r\\n' : '\\n'}){${longest + 1},}`, 'g');
  return text.replace(pattern, newline.repeat(longest));
}

const ITEM_MARKER = /^(\s{0,3})(?:([-*+])|(\d{1,9})([.)]))\s+/;

/**
 * Adds `question` (one line of markdown) as the last item of a body's questions list and keeps every
 * other byte: the existing questions, starter or not, stay exactly as they are. The new item follows
 * the list's style (the next number of an ordered list, or the same bullet). A body without a
 * questions section gets one at its end.
 */
export function appendQuestion(body: string, question: string): string {
  const { lines, heading, end } = findQuestionsSection(body);
  const newline = /\r\n/.test(body) ? '\r\n' : '\n';
  if (heading < 0) {
    const base = body.replace(/\s*$/, '');
    return `${base}${base ? newline + newline : newline}${QUESTIONS_HEADING}${newline}${newline}1. ${question}${newline}`;
  }
  const offset = heading + 1;
  const spans = itemSpans(lines.slice(offset, end)).map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
  if (spans.length === 0) {
    // An empty section: the item goes under the heading; comments or text left there follow it.
    const rest = lines.slice(offset, end);
    while (rest.length > 0 && rest[0]!.trim() === '') rest.shift();
    const section = ['', `1. ${question}`, ...(rest.length > 0 ? ['', ...rest] : [])];
    if (end < lines.length && section.at(-1)!.trim() !== '') section.push('');
    let text = [...lines.slice(0, offset), ...section, ...lines.slice(end)].join(newline);
    if (end === lines.length) text = text.replace(/\s*$/, '') + newline;
    return text;
  }
  const last = spans.at(-1)!;
  const marker = ITEM_MARKER.exec(lines[last.start]!)!;
  const bullet = marker[2] ?? `${Number(marker[3]) + 1}${marker[4]}`;
  const out = [...lines.slice(0, last.end + 1), `${marker[1]}${bullet} ${question}`, ...lines.slice(last.end + 1)];
  let text = out.join(newline);
  if (last.end + 1 >= lines.length) text += newline;
  return text;
}
