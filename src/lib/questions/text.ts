/**
 * Small text tools for the question generator: splitting an abstract into whole sentences (English
 * and Chinese) exactly as written, deciding which sentences can be quoted in a question, and
 * deterministic choice.
 */
import { textHash } from '../paper-body.ts';

/** Picks one of `options` from a seed; the same seed always gives the same option. */
export function pick<T>(options: readonly T[], seed: string): T {
  return options[Number.parseInt(textHash(seed), 16) % options.length]!;
}

/** A sentence of a text: its exact characters and where they are. */
export interface Sentence {
  text: string;
  start: number;
  /** Whether it ends with its own full stop, question or exclamation mark (a cut-off last sentence does not). */
  complete: boolean;
}

// Words whose full stop ends no sentence: "e.g.", "et al.", "Fig.", "vs.", single initials ("J. Smith").
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|et al|al|etc|vs|cf|viz|Fig|Figs|Eq|Eqs|Sec|Secs|Ref|Refs|Tab|Thm|Def|Prop|Lem|Cor|Alg|App|Appx|approx|resp|incl|No|Nos|Vol|pp|Ch|Dr|Mr|Ms|Mrs|Prof|St|Inc|Ltd|Corp|Jr|Sr|w\.r\.t|a\.k\.a|Ph\.D|U\.S)|(?:^|[\s(])[A-Z])\.$/;
const CLOSERS = /^[)"'”’\]]*/;

/**
 * The sentences of an English text, each an exact slice of it (only trimmed): ends are `.`, `!` or
 * `?` followed by a space and a capital, digit, bracket, quote or math; never inside `$…$`, never after
 * an abbreviation such as "e.g." or "et al.", never at a decimal point. The last sentence is marked
 * incomplete when it does not end with its own stop (a digest that cut the abstract).
 */
export function splitSentencesEn(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let inMath = false;
  const push = (end: number, complete: boolean) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + lead, complete });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '$') {
      inMath = !inMath;
      continue;
    }
    if (inMath || (ch !== '.' && ch !== '!' && ch !== '?')) continue;
    const closers = CLOSERS.exec(text.slice(i + 1))![0].length;
    const after = i + 1 + closers;
    if (after >= text.length) continue;
    const next = /^\s+(\S)/.exec(text.slice(after, after + 20));
    if (!next || !/[A-Z0-9("“'‘$\\[]/.test(next[1]!)) continue;
    if (ch === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1))) continue;
    push(after, true);
  }
  const rest = text.slice(start).trim();
  if (rest) push(text.length, /[.!?][)"'”’\]]*$/.test(rest) && !/(?:\.\.\.|…)$/.test(rest));
  return out;
}

/**
 * The sentences of a Chinese text, split after 。！？ (with any closing quote or bracket); a ！ or ？
 * inside brackets ("（例如，你为什么撒谎？）") ends nothing. A last one without its stop is incomplete.
 */
export function splitSentencesZh(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let depth = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const body = raw.trim();
    if (body) out.push({ text: body, start: start + raw.length - raw.trimStart().length, complete: /[。！？!?][”’」』）)]*$/.test(body) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (ch === '。' || (depth === 0 && /[！？!?]/.test(ch))) {
      let end = i + 1;
      while (end < text.length && /[。！？!?”’」』）)]/.test(text[end]!)) end++;
      depth = 0;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

/** Sentences to read facts from: the complete ones (a cut abstract's last sentence says too little for sure). */
export function wholeSentencesEn(text: string | undefined, truncated = false): string[] {
  const sentences = splitSentencesEn(text ?? '');
  if (truncated && sentences.length > 0) sentences.pop();
  return sentences.filter((s) => s.complete).map((s) => s.text);
}

/** The whole sentences of a Chinese text; when the digest cut it, the last one is left out. */
export function wholeSentencesZh(text: string | undefined, truncated = false): string[] {
  const sentences = splitSentencesZh(text ?? '');
  if (truncated && sentences.length > 0 && !sentences.at(-1)!.complete) sentences.pop();
  return sentences.filter((s) => s.complete).map((s) => s.text);
}

/**
 * Whether an English sentence can stand inside a question as a quote: a readable length, no TeX
 * (math or commands), no quotation marks of its own, and not opening with a pronoun whose referent
 * lies in the sentence before.
 */
export function quotableEn(sentence: string): boolean {
  return (
    sentence.length >= 40 &&
    sentence.length <= 300 &&
    /[.!?]$/.test(sentence) &&
    // A percent sign after a number is a figure; elsewhere it may be a TeX comment.
    !/[$\\{}“”<>~^]|(?<!\d\s?)%/.test(sentence) &&
    // Straight quotes inside are fine in pairs, unless punctuation sits inside them ("less likely brainstorming,").
    (sentence.split('"').length - 1) % 2 === 0 &&
    !/[,.;:!?]"/.test(sentence) &&
    !/^(?:It|Its|They|Their|Them|He|She|Both|Such|And|But|Or)\b/.test(sentence) &&
    // "we propose to mitigate this issue": the issue is in the sentence before, which the question does not show.
    // ("To address these issues, we propose X" still says what X is.)
    !/\b(?:this|that|these|those|such|the above)\s+(?:issues?|problems?|gaps?|limitations?|challenges?|shortcomings?|drawbacks?|questions?)\b|\bone such\b/i.test(sentence.replace(/^(?:To|In order to) [^,]{1,60}, /, '')) &&
    balanced(sentence)
  );
}

/** The longest run of Latin-script words a Chinese question may carry: a name or a term ("Retrieval-Augmented Generation"), not a clause. */
const ENGLISH_CLAUSE = /[A-Za-z][\w'’-]*(?:[\s,]+[A-Za-z][\w'’-]*){3,}/;

/** Whether a Chinese sentence can be quoted: mostly Chinese, English only as names or short terms, no TeX, a readable length. */
export function quotableZh(sentence: string): boolean {
  const han = sentence.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return (
    sentence.length >= 16 &&
    sentence.length <= 130 &&
    han >= sentence.length * 0.5 &&
    /[。！？]$/.test(sentence) &&
    !/[$\\{}“”<>]|(?<!\d\s?)[%％]/.test(sentence) &&
    (sentence.split('"').length - 1) % 2 === 0 &&
    !ENGLISH_CLAUSE.test(sentence) &&
    !/^(?:它|它们|其|他们|但|而|并且|此外|因此)/.test(sentence) &&
    !/(?:这一|这个|这些|上述|该)(?:问题|挑战|局限|不足|缺陷|空白)/.test(sentence) &&
    balanced(sentence)
  );
}

/** Whether every bracket a sentence opens it also closes. */
function balanced(sentence: string): boolean {
  let depth = 0;
  for (const ch of sentence) {
    if (ch === '(' || ch === '（' || ch === '[') depth++;
    else if (ch === ')' || ch === '）' || ch === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Makes generated text safe as one markdown list item: no raw HTML, no line breaks. */
export function safeInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/</g, '\\<').trim();
}
