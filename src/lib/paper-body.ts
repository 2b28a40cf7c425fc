/**
 * The body of a paper file belongs to people: `## Notes` and `## Discussion questions`, plus any
 * section they add. This module writes the template for new papers and reads the sections back for
 * the pages (the questions as a list, so sessions can gather them).
 */
export const NOTES_HEADING = '## Notes';
export const QUESTIONS_HEADING = '## Discussion questions';

const NOTES_TITLES = /^(notes?|笔记)$/i;
const QUESTIONS_TITLES = /^(discussion questions|questions|讨论问题|问题)$/i;

/** The body a new paper file starts with. */
export function newPaperBody(): string {
  return `\n${NOTES_HEADING}\n\n${QUESTIONS_HEADING}\n`;
}

export interface BodySection {
  /** The heading text, e.g. "Notes". */
  title: string;
  /** The markdown under the heading (up to the next `## `). */
  markdown: string;
}

export interface PaperBody {
  /** Markdown under `## Notes`, trimmed; empty when nobody wrote any. */
  notes: string;
  /** One markdown string per list item under `## Discussion questions`. */
  questions: string[];
  /** Any other sections people added, in order; text before the first heading is one untitled section. */
  extra: BodySection[];
}

/** Splits a body at its `## ` headings (outside fenced code). */
export function splitSections(body: string): BodySection[] {
  const sections: BodySection[] = [];
  let current: BodySection = { title: '', markdown: '' };
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s{0,3}(```+|~~~+)/.exec(line);
    if (fenceMatch) fence = fence ? (line.trim().startsWith(fence) ? undefined : fence) : fenceMatch[1];
    const heading = !fence && /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (current.title || current.markdown.trim()) sections.push(current);
      current = { title: heading[1]!, markdown: '' };
    } else {
      current.markdown += `${line}\n`;
    }
  }
  if (current.title || current.markdown.trim()) sections.push(current);
  return sections.map((s) => ({ ...s, markdown: s.markdown.trim() }));
}

const ITEM = /^(\s{0,3})(?:[-*+]|\d{1,3}[.)])\s+(.*)$/;

/** The items of a markdown list (ordered or not); text outside the list is ignored. */
export function listItems(markdown: string): string[] {
  const items: string[] = [];
  let current: string[] | undefined;
  for (const line of markdown.split('\n')) {
    const item = ITEM.exec(line);
    if (item) {
      if (current) items.push(current.join('\n').trim());
      current = [item[2]!];
    } else if (current && (/^\s+\S/.test(line) || (line.trim() !== '' && !/^#/.test(line)))) {
      current.push(line.trim());
    } else if (current && line.trim() === '') {
      current.push('');
    }
  }
  if (current) items.push(current.join('\n').trim());
  return items.filter((i) => i !== '');
}

export function parsePaperBody(body: string): PaperBody {
  const result: PaperBody = { notes: '', questions: [], extra: [] };
  for (const section of splitSections(body)) {
    if (NOTES_TITLES.test(section.title)) result.notes = section.markdown;
    else if (QUESTIONS_TITLES.test(section.title)) result.questions = listItems(section.markdown);
    else result.extra.push(section);
  }
  return result;
}
