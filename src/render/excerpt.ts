/**
 * Short texts for lists and previews, cut where a reader expects a cut: at a sentence or a word.
 */
import { splitMath } from './math.ts';
import { withoutTruncationMark } from '../domain/digest/clean-text.ts';
import type { PaperText } from '../domain/paper-text.ts';
import type { Locale } from '../schemas/common.ts';
import { contributionSentence } from '../domain/contribution-sentence.ts';

const sentences = new Map<string, string>();

/** The first sentence of an abstract (math kept whole), or its first `max` characters at a word. */
export function firstSentence(text: string, max = 220): string {
  const key = `${max}\u0000${text}`;
  const known = sentences.get(key);
  if (known !== undefined) return known;
  const found = findFirstSentence(text, max);
  if (sentences.size > 100_000) sentences.clear();
  sentences.set(key, found);
  return found;
}

function findFirstSentence(text: string, max: number): string {
  let out = '';
  for (const segment of splitMath(text)) {
    if (segment.kind === 'math') {
      out += `$${segment.value}$`;
      continue;
    }
    const end = /[.!?](?=\s+[A-Z(]|$)/.exec(segment.value);
    if (end) return (out + segment.value.slice(0, end.index + 1)).trim();
    out += segment.value;
    if (out.length > max) break;
  }
  return endAtWord(out.trim(), max);
}

/**
 * Ends a text the digest cut mid-word at its last whole word (math kept whole), with no dangling
 * punctuation. `words: false` is for Chinese, which has no spaces between words to cut at.
 */
export function endAtWord(text: string, max = Infinity, { words = true } = {}): string {
  let cut = text.length > max ? text.slice(0, max) : text;
  if (words && /[\p{L}\p{N}]$/u.test(cut) && /\s/.test(cut)) cut = cut.replace(/\s+\S*$/u, '');
  const open = (cut.replace(/\\\$/g, '').match(/\$/g)?.length ?? 0) % 2 === 1;
  if (open) cut = cut.slice(0, cut.lastIndexOf('$'));
  return cut.replace(/[\s,;:(\-–—]+$/u, '');
}

const contributions = new Map<string, string>();

/**
 * A paper's one English line: its English summary, or else the sentence of its abstract that states
 * the contribution ("We propose …", "This paper shows …"), or else the abstract's first sentence.
 */
export function englishOneLine(paper: PaperText): string {
  if (paper.summaryEn) return paper.summaryEn;
  if (!paper.abstract) return '';
  let line = contributions.get(paper.abstract);
  if (line === undefined) {
    line = contributionSentence(paper.abstract) ?? firstSentence(paper.abstract);
    if (contributions.size > 100_000) contributions.clear();
    contributions.set(paper.abstract, line);
  }
  return line;
}

/** The summary a list shows under a title: in the interface's language when the paper has one. */
export function listSummary(paper: PaperText, locale: string): { text: string; lang: Locale } {
  const english = englishOneLine(paper);
  const chinese = paper.summaryZh ?? '';
  if (locale === 'zh-CN') return chinese ? { text: chinese, lang: 'zh-CN' } : { text: english, lang: 'en' };
  return english ? { text: english, lang: 'en' } : { text: chinese, lang: 'zh-CN' };
}

/** An abstract as the page shows it: a cut one ends at a whole word, without the digest's ellipsis or note. */
export function shownAbstract(text: string, truncated: boolean, lang: Locale): string {
  if (!truncated) return text;
  return lang === 'en' ? endAtWord(text) : endAtWord(withoutTruncationMark(text), Infinity, { words: false });
}
