/**
 * Short texts for lists and previews, cut where a reader expects a cut: at a sentence or a word.
 */
import { splitMath } from './math.ts';

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

/** Ends a text the digest cut mid-word at its last whole word (math kept whole), with no dangling punctuation. */
export function endAtWord(text: string, max = Infinity): string {
  let cut = text.length > max ? text.slice(0, max) : text;
  if (/[\p{L}\p{N}]$/u.test(cut) && /\s/.test(cut)) cut = cut.replace(/\s+\S*$/u, '');
  const open = (cut.replace(/\\\$/g, '').match(/\$/g)?.length ?? 0) % 2 === 1;
  if (open) cut = cut.slice(0, cut.lastIndexOf('$'));
  return cut.replace(/[\s,;:(\-–—]+$/u, '');
}
