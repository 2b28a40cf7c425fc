/**
 * Field-level cleaning of digest text: control characters, arXiv suffixes and prefixes, truncation.
 * Each function takes one field's raw text and returns what the paper file stores.
 */

import { ARXIV_NEW_STYLE } from '../../schemas/common.ts';
import { ANNOUNCE_TYPES, type AnnounceType } from '../../schemas/paper.ts';

// C0 controls except tab and newline, DEL, C1 controls, zero-width characters and the BOM.
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

/** Removes control and zero-width characters, turns tabs into spaces and trims the ends. */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(/\t/g, ' ').trim();
}

// The Chinese title carries the same suffix in full-width brackets: "……建图系统（arXiv:2209.08258v3 [cs.RO] UPDATED）".
const TITLE_SUFFIX = /[.。]?\s*[(（]arXiv:\s*([^\s()（）[\]]+?)(?:v(\d+))?\s*\[([^\]]+)\](?:\s*(UPDATED|CROSS LISTED))?\s*[)）]\s*$/;

export interface CleanTitle {
  title: string;
  /** The primary category the suffix named (`[cs.CL]`), when there was a suffix. */
  category?: string;
  version?: number;
  announceType?: AnnounceType;
}

/**
 * Strips the old arXiv RSS suffix `Title. (arXiv:2307.03691v1 [cs.CL] UPDATED)` and keeps what it
 * said as data. The period before the suffix was added by the feed, so it goes with the suffix.
 */
export function cleanTitle(raw: string): CleanTitle {
  const text = cleanText(raw);
  const match = TITLE_SUFFIX.exec(text);
  if (!match) return { title: text };
  const flag = match[4];
  return {
    title: text.slice(0, match.index).trim(),
    category: match[3]!.trim(),
    ...(match[2] ? { version: Number(match[2]) } : {}),
    announceType: flag === 'UPDATED' ? 'replace' : flag === 'CROSS LISTED' ? 'cross' : 'new',
  };
}

/**
 * A Chinese title the translator left wrapped in a note about itself ("《多方面密集检索器……》的翻译标题",
 * "the translated title of …"): the title is inside the brackets.
 */
export function withoutTranslatorNote(title: string): string {
  return /^《([^《》]+)》的?(?:中文)?(?:翻译标题|标题翻译|译名|中文标题)$/.exec(title)?.[1]?.trim() ?? title;
}

const EN_PREFIX = /^arXiv:\s*(\S+?)(?:v(\d+))?\s+Announce Type:\s*([A-Za-z-]+)\s+Abstract:\s*/;
const ZH_PREFIX = /^(?:摘要\s*[:：]\s*)?(?:arXiv\s*[:：]\s*\S+?\s*)?(?:公告类型\s*[:：]\s*\S+\s*)(?:摘要\s*[:：]\s*)?/;
const ZH_ARXIV_ONLY = new RegExp(String.raw`^(?:摘要\s*[:：]\s*)?arXiv\s*[:：]\s*${ARXIV_NEW_STYLE}(?:v\d+)?\s*(?:摘要\s*[:：]\s*)?`);

/** Abstracts are cut by the digest generator at this many characters (prefix included). */
export const ABSTRACT_CUT = 1000;

export interface CleanAbstract {
  abstract: string;
  truncated: boolean;
  /** The id the prefix named, when there was one. */
  id?: string;
  version?: number;
  announceType?: AnnounceType;
}

/**
 * Removes `arXiv:2404.01399v1 Announce Type: new  Abstract: ` and reports whether the generator's
 * 1,000-character cut shortened the text (it cuts mid-word, without an ellipsis).
 */
export function cleanEnglishAbstract(raw: string): CleanAbstract {
  const text = cleanText(raw);
  const truncated = [...text].length >= ABSTRACT_CUT - 2;
  const match = EN_PREFIX.exec(text);
  if (!match) return { abstract: text, truncated };
  const type = match[3]!.toLowerCase() as AnnounceType;
  return {
    abstract: text.slice(match[0].length).trim(),
    truncated,
    id: match[1]!,
    ...(match[2] ? { version: Number(match[2]) } : {}),
    ...(ANNOUNCE_TYPES.includes(type) ? { announceType: type } : {}),
  };
}

const LEADING_LABEL = /^摘要\s*[:：]\s*/;
/**
 * A translator's note that the text was cut: （摘要截断）, （原文截断）, （此处原文截断）, （注：原文截断）,
 * （部分被截断）, （截断）. Usually at the end, sometimes mid-sentence ("改善跨b（原文截断）的执行能力。").
 */
export const ZH_CUT_NOTE = /[（(][^（()）]{0,10}截断[^（()）]{0,4}[)）]/;
const ZH_TRUNCATION_NOTE = new RegExp(`${ZH_CUT_NOTE.source}\\s*[。.]?\\s*$`);
const ELLIPSIS_END = /(?:\.\.\.|…|……)\s*$/;

/** The text without the ellipsis or `（摘要截断）`-like note a translation ends with when it was cut. */
export function withoutTruncationMark(text: string): string {
  return text.replace(ZH_TRUNCATION_NOTE, '').replace(ELLIPSIS_END, '').trimEnd();
}

/** Whether a text has an unclosed `$…$` (a translation cut mid-formula). */
function hasOpenMath(text: string): boolean {
  const dollars = text.replace(/\\\$/g, '').match(/\$/g);
  return (dollars?.length ?? 0) % 2 === 1;
}

/**
 * Removes the translated prefix (`arXiv:ID 公告类型：新 摘要：`, sometimes preceded by `摘要：`) and
 * reports truncation: an ellipsis, a note such as `（摘要截断）`, or a formula cut open.
 */
export function cleanChineseAbstract(raw: string): CleanAbstract {
  let text = cleanText(raw);
  const prefix = ZH_PREFIX.exec(text) ?? ZH_ARXIV_ONLY.exec(text);
  if (prefix) text = text.slice(prefix[0].length).trim();
  text = text.replace(LEADING_LABEL, '');
  const truncated = ZH_TRUNCATION_NOTE.test(text) || ELLIPSIS_END.test(text) || hasOpenMath(text);
  return { abstract: text, truncated };
}

/** Summaries may carry the same translated prefix as abstracts; otherwise they are plain text. */
export function cleanSummary(raw: string): string {
  return cleanText(raw);
}
