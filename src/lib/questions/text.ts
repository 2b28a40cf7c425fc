/**
 * Small text tools for the question generator: sentence splitting (English and Chinese), turning an
 * abstract's sentence into a clause that reads well inside a question, and deterministic choice.
 */
import { textHash } from '../paper-body.ts';

/** Picks one of `options` from a seed; the same seed always gives the same option. */
export function pick<T>(options: readonly T[], seed: string): T {
  return options[Number.parseInt(textHash(seed), 16) % options.length]!;
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Figs|Eq|Eqs|Sec|approx|resp|No|Dr|Mr|Ms|Prof|St|incl)|\b[A-Z])\.$/;

/** Undoes TeX that digests leave outside math: accents (`R\'enyi`), `\ie`, `\eg`. */
export function cleanTex(text: string): string {
  const accents: Record<string, Record<string, string>> = {
    "'": { e: 'é', a: 'á', o: 'ó', i: 'í', u: 'ú', E: 'É' },
    '`': { e: 'è', a: 'à', o: 'ò' },
    '"': { o: 'ö', u: 'ü', a: 'ä', O: 'Ö', U: 'Ü', A: 'Ä' },
    '^': { e: 'ê', o: 'ô', i: 'î' },
  };
  return text
    .replace(/\\(['`"^])\{?([A-Za-z])\}?/g, (all, accent: string, letter: string) => accents[accent]?.[letter] ?? all)
    .replace(/(^|[\s.])%[A-Za-z][^.]*\.?/g, '$1')
    .replace(/\\(?:textbf|textsf|textit|texttt|textsc|emph|underline)\{([^{}$]*)\}/g, (all, inner: string, at: number, whole: string) => ((whole.slice(0, at).match(/\$/g)?.length ?? 0) % 2 === 1 ? all : inner))
    .replace(/\\ie\b\s*/g, 'i.e. ')
    .replace(/\\eg\b\s*/g, 'e.g. ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Hides `$…$` math so that punctuation inside it is not taken for sentence ends; `restore` undoes it. */
function protectMath(text: string): { text: string; restore: (s: string) => string } {
  const math: string[] = [];
  const hidden = text.replace(/\$[^$]{1,200}\$/g, (m) => `\u0000${math.push(m) - 1}\u0000`);
  return { text: hidden, restore: (s) => s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => math[Number(i)]!) };
}

/**
 * The sentences of an English abstract. When the digest cut the abstract, the last, unfinished
 * sentence is left out.
 */
export function sentencesEn(abstract: string, truncated: boolean): string[] {
  return splitEn(abstract, truncated).sentences;
}

/** The unfinished last sentence of a cut abstract (useful for names, not for quoting). */
export function truncatedTail(abstract: string, truncated: boolean): string {
  return splitEn(abstract, truncated).tail;
}

/** The finished clauses at the start of a cut sentence: up to its last `:`, `;` or `,` (or empty). */
export function completeClauses(tail: string, min = 40): string {
  const protectedTail = protectMath(tail);
  const at = Math.max(...[...protectedTail.text.matchAll(/[:;,]\s|\s(?=and (?:whether|how|if|why)\s)/g)].map((m) => m.index), -1);
  const head = at >= 0 ? protectedTail.restore(protectedTail.text.slice(0, at)).trim() : '';
  return head.length >= min ? head : '';
}

function splitEn(abstract: string, truncated: boolean): { sentences: string[]; tail: string } {
  const { text, restore } = protectMath(cleanTex(abstract));
  const sentences: string[] = [];
  let start = 0;
  const end = /[.!?](?=["”')\]]?\s+(?:["“(\[]?[A-Z0-9$\u0000]))/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const candidate = text.slice(start, m.index + 1);
    if (ABBREVIATIONS.test(candidate) || /\d\.$/.test(candidate) && /^\s*\d/.test(text.slice(m.index + 1))) continue;
    sentences.push(candidate.trim());
    start = m.index + 1;
  }
  const last = text.slice(start).trim();
  const cut = truncated && !/[.!?]["”')]?$/.test(last);
  if (last && !cut) sentences.push(last);
  return {
    sentences: sentences
      .map((s) => restore(s).replace(/^(?:Purpose|Background|Methods?|Results?|Conclusions?|Objective|Aims?)\s*:\s*/i, ''))
      .filter((s) => s.length > 0),
    tail: cut ? restore(last).replace(/\s*\S*$/, '') : '',
  };
}

/** The sentences of a Chinese text (split at 。！？；), without a cut-off last one. */
export function sentencesZh(text: string, truncated: boolean): string[] {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  const parts = cleaned.match(/[^。！？；]+[。！？；]?/g) ?? [];
  const sentences = parts.map((p) => p.trim()).filter((p) => p.length > 0);
  if (sentences.length > 0 && (truncated || /(?:\.\.\.|…)$/.test(sentences.at(-1)!)) && !/[。！？；]$/.test(sentences.at(-1)!)) sentences.pop();
  return sentences.map((s) => s.replace(/(?:\.\.\.|…)+$/, ''));
}

const LEAD_INS =
  /^(?:however|but|yet|moreover|furthermore|further|additionally|in addition|unfortunately|nevertheless|nonetheless|notably|importantly|specifically|in particular|in practice|in general|in this (?:paper|work|study)|here|to this end|to address (?:this|these)(?: \w+)?|as a result|thus|hence|therefore|finally|first|second|third|overall|meanwhile|consequently|accordingly|instead|indeed|crucially|interestingly|surprisingly|recently|currently)\s*,?\s+/i;

/** Drops connectives at the start of a sentence ("However, ", "To this end, "). */
export function dropLeadIn(sentence: string): string {
  let s = sentence.trim();
  for (let i = 0; i < 3; i++) {
    const next = s.replace(LEAD_INS, '');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Rewrites the authors' first person into the third: we → they, our → their, us → them. */
export function thirdPerson(clause: string): string {
  return clause
    .replace(/\bWe\b/g, 'They')
    .replace(/\bwe\b/g, 'they')
    .replace(/\bOur\b/g, 'Their')
    .replace(/\bour\b/g, 'their')
    .replace(/\bours\b/g, 'theirs')
    .replace(/\bus\b/g, 'them')
    .replace(/\bourselves\b/g, 'themselves');
}

/** Whether a word looks like a name or acronym that must keep its capitals (DRO, BioCoder, GPT-4). */
export function keepsCase(word: string): boolean {
  return /^.[^\s]*[A-Z0-9$]/.test(word) || /^[A-Z]{2,}/.test(word);
}

/** Lowercases a clause's first letter unless it starts with a name ("The model" → "the model"). */
export function lowerFirst(clause: string): string {
  const first = clause.split(/\s/, 1)[0] ?? '';
  if (keepsCase(first) || /^I\b/.test(first)) return clause;
  return clause.charAt(0).toLowerCase() + clause.slice(1);
}

/** Uppercases the first letter of a text. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the comma at `i` separates items of a list ("unseen, diverse, and unpredictable"), not clauses. */
function listCommaAt(text: string, i: number): boolean {
  // Between compound modifiers of one noun: "a 400B-token, 553M-document mixture".
  const before = /(\S+)$/.exec(text.slice(0, i))?.[1] ?? '';
  const after = /^,\s*(\S+)/.exec(text.slice(i))?.[1] ?? '';
  if (/\w-\w/.test(before) && /\w-\w/.test(after)) return true;
  const next = /^,\s*(?:and\s+|or\s+)?([^,;:.]{1,40}?)(?:,|\s(?:and|or)\s)/.exec(text.slice(i));
  if (!next || /^,\s*(?:and|but|which|where|while|whereas)\s/.test(text.slice(i))) return false;
  const words = next[1]!.trim().split(/\s+/);
  return words.length <= 2 || (words.length <= 3 && /^[A-Z0-9]/.test(words[0]!));
}

/** Whether the comma at `i` is the last one of a list ("unseen, diverse, and unpredictable"). */
function oxfordCommaAt(text: string, i: number): boolean {
  if (!/^,\s+(?:and|or)\s/.test(text.slice(i))) return false;
  const before = text.slice(0, i);
  const previous = before.slice(before.lastIndexOf(',') + 1).trim();
  return before.includes(',') && previous.split(/\s+/).length <= 2;
}

/**
 * Shortens a clause to at most `max` characters, cutting at a clause boundary (`;`, `:`, a comma that
 * does not sit inside a list, a dash, "which", "while") and never inside `$…$`; returns undefined when
 * no cut leaves enough text. A clause that opens with "By …," or "Although …," is not cut at its first
 * comma, which would leave only the opener.
 */
export function shorten(clause: string, max: number, min = 30): string | undefined {
  const text = clause.replace(/[.;:,]\s*$/, '').trim();
  if (text.length <= max) return text;
  const math = [...text.matchAll(/\$[^$]+\$/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const inMath = (i: number) => math.some(([a, b]) => i > a && i < b);
  const opener = /^(?:by|using|through|with|to|in order to|although|while|since|despite|given|as|when|if|because|after|before|unlike|for)\b/i.test(text);
  const firstComma = text.indexOf(',');
  const isListComma = (i: number) => listCommaAt(text, i);
  const cuts = [...text.matchAll(/\s*(?:;|:|,|\s--?\s|\s—\s|\s\((?!\w+\))|\s(?:which|while|whereas|where|so that|thereby|leading to|resulting in)\s)/g)]
    .map((m) => m.index)
    .filter((i) => i >= min && i <= max && !inMath(i))
    .filter((i) => !(text[i] === ',' && isListComma(i)))
    .filter((i) => !(opener && i === firstComma));
  const cut = cuts.at(-1) ?? [...text.matchAll(/\s(?:and|but)\s/g)].map((m) => m.index).filter((i) => i >= min && i <= max && !inMath(i))[0];
  return cut === undefined ? undefined : text.slice(0, cut).replace(/[\s.;:,]+$/, '').trim();
}

/** Shortens a Chinese clause at a comma (，、：) to at most `max` characters. */
export function shortenZh(clause: string, max: number, min = 8): string | undefined {
  const text = clause.replace(/[。；，、：！？]$/, '').trim();
  if (text.length <= max) return text;
  let cut: number | undefined;
  for (const m of text.matchAll(/[，、：；]/g)) if (m.index >= min && m.index <= max) cut = m.index;
  return cut === undefined ? undefined : text.slice(0, cut);
}

/** Makes generated text safe as one markdown list item: no raw HTML, no line breaks. */
export function safeInline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/</g, '\\<').trim();
}

const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** A small count in words ("four"), a larger one in digits. */
export function countWord(n: number): string {
  return NUMBERS[n] ?? String(n);
}

/** Lists names the way people write them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[], and = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** Lists names in Chinese: "A、B和C". */
export function joinNamesZh(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join('、')}和${names.at(-1)}`;
}

export const STOPWORDS = new Set(
  `a about above across after again against all almost also although am among an and any are as at be because been before
being below between both but by can could did do does doing down during each either else even every few for from further
had has have having he her here hers him his how however i if in into is it its itself just least less like made make
many may me might more most much must my neither no nor not now of off often on once one only or other our ours out over
own per rather same she should since so some such than that the their them then there these they this those though through
thus to too toward towards under until up upon us use used using very via was we were what when where whether which while
who whom whose why will with within without would yet you your new novel based approach approaches method methods paper
work study studies propose proposed proposes present presents introduce introduces show shows results result model models
task tasks towards toward vs versus`.split(/\s+/),
);

/** The clause of a sentence around a position (between the nearest `,`, `;`, `:` or brackets), in the third person. */
export function clauseAround(sentence: string, index: number, max = 110): string {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(/[,;:(]\s|\s[—–-]\s|\)\s/g)) {
    if (m[0].startsWith(',') && (listCommaAt(sentence, m.index) || oxfordCommaAt(sentence, m.index))) continue;
    if (m.index < index) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  let clause = sentence.slice(start, end).replace(/[.;:,]$/, '').trim();
  if (clause.length > max) {
    const words = clause.split(/\s+/);
    const at = clause.slice(0, Math.max(0, index - start)).split(/\s+/).length - 1;
    const from = Math.max(0, at - 6);
    const to = Math.min(words.length, at + 10);
    clause = `${from > 0 ? '… ' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
  }
  clause = clause.replace(/^(?:and|or|but|while|whereas)\s+/i, '');
  return thirdPerson(clause);
}

/** Escapes a text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A sentence's first independent clause when another follows after ", and they …" (and the first is long enough). */
export function firstClause(text: string, min = 40): string {
  const m = /,\s+(?:and|but|while)\s+(?:they|we|it|this|these|the authors)\b/i.exec(text);
  return m && m.index >= min ? text.slice(0, m.index) : text;
}
