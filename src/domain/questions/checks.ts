/**
 * Checks for one discussion question against the paper it is about: the one engine that judges
 * starter questions, whoever wrote them (the offline generator, a language model, a report script).
 *
 * Each check names a way a question can be wrong without reading the paper's full text:
 *
 * - `cut-clause`: the question, or a passage it quotes, stops mid-phrase ("… under?", "… of the?",
 *   a quote ending in "and"), or its quotes or brackets do not balance;
 * - `leftover-tex`: TeX outside `$…$` math (`\textbf`, `\cite`, `R\'enyi`, `{\em …}`, a stray `$`), or math
 *   inside a quoted passage beyond one readable symbol (`$O(\epsilon^{-3})$`, said aloud, is noise);
 * - `wrong-language`: Chinese (or other CJK) text beyond a short term in an English question; an
 *   English run longer than a name or term in a Chinese one, or hardly any Chinese at all;
 * - `unsupported-number`: a figure ("12%", "8,830", "3.5x", "2024") the paper's text does not have;
 * - `unsupported-name`: a capitalised, CamelCase or acronym name ("BERT", "LoRA", "Transformer-XL")
 *   the paper's text does not have;
 * - `misquote`: a quoted passage that is not, word for word, in the paper's text;
 * - `duplicate`: the question says nearly what another of the paper's questions says;
 * - `not-a-question`: it does not end in a question mark, or does not ask anything;
 * - `length`: too short to be specific, or too long to be read aloud.
 *
 * Comparisons with the paper ignore case, spacing, full-width forms and TeX accents; numbers are
 * compared by value ("8,830" = "8830", "１２％" = "12%", "三十一" = "31").
 */
import type { Locale } from '../../schemas/common.ts';
import { readableText, symbolMath } from './text.ts';
import { ZH_CUT_NOTE } from '../digest/clean-text.ts';

export type QuestionFlag = 'cut-clause' | 'leftover-tex' | 'wrong-language' | 'unsupported-number' | 'unsupported-name' | 'misquote' | 'duplicate' | 'not-a-question' | 'length';

export interface PaperSourceText {
  title: string;
  titleZh?: string;
  summaryEn?: string;
  summaryZh?: string;
  abstract?: string;
  abstractZh?: string;
}

export interface FlagHit {
  flag: QuestionFlag;
  detail: string;
}

/** A hit with the piece of the question it is about (a number, a name, a quote), for callers that weigh it. */
export interface CheckHit extends FlagHit {
  subject?: string;
}

export interface CheckOptions {
  /** The paper's other questions (for duplicates). */
  others?: readonly string[];
  /**
   * More text the question may draw on besides the paper's own, such as the titles and ids of the
   * related papers a model was offered: names, numbers and quotes found there are supported too.
   */
  alsoKnown?: readonly string[];
}

/** Every flag, in the order the checks run. */
export const QUESTION_FLAGS: readonly QuestionFlag[] = ['length', 'not-a-question', 'cut-clause', 'leftover-tex', 'wrong-language', 'misquote', 'unsupported-number', 'unsupported-name', 'duplicate'];

export const LENGTH_LIMITS = { en: { min: 25, max: 400 }, 'zh-CN': { min: 10, max: 400 } } as const;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const HAN = /\p{Script=Han}/gu;

/** `$$…$$`, `$…$` and `\(…\)` math, which may hold anything TeX allows. */
const MATH = /\$\$[^$]{1,400}?\$\$|\$[^$\n]{1,300}?\$|\\\([^\n]{1,300}?\\\)/g;

function stripMath(text: string): string {
  return text.replace(MATH, ' ');
}

/**
 * A text as the comparisons see it: TeX accents resolved, text formatting (`\emph{…}`) read as its
 * words, full-width forms made ASCII (NFKC), curly quotes straight, dashes plain, lower case, single spaces.
 */
export function normalizeText(text: string): string {
  return readableText(text)
    .normalize('NFKC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/…/g, '...')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `needle` occurs in `haystack` as whole words (not inside a longer word or number). */
function containsWord(haystack: string, needle: string): boolean {
  if (!needle) return false;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    const edge = (c: string, inner: string) => !/[\p{L}\p{N}]/u.test(c) || !/[\p{L}\p{N}]/u.test(inner) || CJK.test(c) || CJK.test(inner);
    if (edge(before, needle[0]!) && edge(after, needle.at(-1)!)) return true;
    from = at + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?/g;

/** The value of a Chinese numeral ("三十一" → 31, "一万二千" → 12000, "三点五" → 3.5); undefined when it is not one. */
export function chineseNumeral(text: string): number | undefined {
  const [whole, fraction] = text.split('点') as [string, string | undefined];
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of whole) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch]!;
    } else if (ch in CN_UNITS) {
      section += (digit ?? 1) * CN_UNITS[ch]!;
      digit = undefined;
    } else if (ch === '万' || ch === '亿') {
      total = (total + section + (digit ?? 0)) * (ch === '万' ? 10_000 : 100_000_000);
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  let value = total + section + (digit ?? 0);
  if (fraction) value = Number(`${value}.${[...fraction].map((c) => CN_DIGITS[c]).join('')}`);
  return Number.isFinite(value) ? value : undefined;
}

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_NUMBER = new RegExp(`\\b(?:(${EN_TENS.slice(2).join('|')})(?:[- ](${EN_UNITS.slice(1, 10).join('|')}))?|(${EN_UNITS.join('|')}))\\b(?:\\s+(hundred|thousand|million|billion))?`, 'gi');
const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** A number's canonical form: no thousands separators, no leading zeros, no trailing decimal zeros. */
export function canonicalNumber(integer: string, fraction = ''): string {
  const int = integer.replace(/[,\s]/g, '').replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** Digits as written: `8,830`, `3.5`, `12`; a leading `.5` is read as 0.5. */
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/g;

/** Every number a source text gives, by value: digits (also inside names and math), Chinese numerals, English number words. */
export function numbersOf(text: string): Set<string> {
  const found = new Set<string>();
  const normal = text.normalize('NFKC');
  for (const m of normal.matchAll(DIGITS)) {
    const [int, frac] = m[0].split('.') as [string, string | undefined];
    found.add(canonicalNumber(int || '0', frac));
    // "8,830" may also be a list ("8,830 and 12"): keep the parts too.
    if (int.includes(',')) for (const part of int.split(',')) found.add(canonicalNumber(part));
  }
  for (const m of normal.matchAll(CN_NUMERAL)) {
    const value = chineseNumeral(m[0]);
    if (value !== undefined) found.add(String(value));
  }
  for (const m of normal.matchAll(EN_NUMBER)) {
    const base = m[1] ? EN_TENS.indexOf(m[1].toLowerCase()) * 10 + (m[2] ? EN_UNITS.indexOf(m[2].toLowerCase()) : 0) : EN_UNITS.indexOf(m[3]!.toLowerCase());
    found.add(String(base));
    if (m[4]) found.add(String(base * EN_SCALE[m[4].toLowerCase()]!));
  }
  if (/\bhalf\b|一半/i.test(normal)) found.add('50');
  if (/\btwice\b|\bdouble/i.test(normal)) found.add('2');
  return found;
}

/**
 * The numbers a question states, with how it wrote them. Digits that are part of a name ("GPT-4",
 * "Aishell-1", "v2") are left to the name check; in Chinese, numerals count when they are figures
 * ("三十一倍", "百分之十二"), not when they are ordinary words ("一个", "三种").
 */
function questionNumbers(text: string): { written: string; value: string }[] {
  const normal = stripMath(text).normalize('NFKC');
  const found: { written: string; value: string }[] = [];
  for (const m of normal.matchAll(/(?<![\p{Script=Latin}\p{N}_.,])(?<!\p{Script=Latin}[-_/])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\s?[%x×]|(?=[\p{L}\p{N}]))?/gu)) {
    const written = m[0].trim();
    // Glued to letters that make a name ("3D", "4o"), not a unit ("7B", "31x", "1st", "1990s"): a name.
    const after = normal.slice(m.index + m[0].length);
    if (/^[A-Za-z]/.test(after) && !/^(?:[kKMBx]|st|nd|rd|th|s|ms|h|GB|TB|M|K)\b/.test(after)) continue;
    if (/^[-_][A-Za-z]/.test(after)) continue;
    const [int, frac] = m[1]!.split('.') as [string, string | undefined];
    found.push({ written, value: canonicalNumber(int, frac) });
  }
  for (const m of normal.matchAll(CN_NUMERAL)) {
    const before = normal.slice(Math.max(0, m.index - 3), m.index);
    const after = normal.slice(m.index + m[0].length, m.index + m[0].length + 4);
    const figure = /[十百千万亿点]/.test(m[0]) || /^(?:倍|%|个百分点)/.test(after) || before.endsWith('百分之');
    if (!figure || (m[0].length === 1 && m[0] === '十' && !/^(?:倍|%)/.test(after))) continue;
    const value = chineseNumeral(m[0]);
    if (value !== undefined) found.push({ written: m[0], value: String(value) });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Names

/** Capitalised words that name nothing in particular, and acronyms any paper may use without defining. */
const COMMON_NAMES = new Set(
  `I i.e e.g English Chinese Mandarin Western Eastern European American Asian African Bayesian Gaussian Euclidean Markov Monte Carlo
Python AI ML NLP LLM LLMs LM LMs GPU GPUs CPU CPUs API APIs PhD OK US UK EU USA TV PC 2D 3D 1D`.split(/\s+/),
);

/** What comes before a word that starts a sentence or clause, and is capitalised for that reason alone. */
const CLAUSE_START = /(?:^|[.?!。？！][”’"'」』)）]*\s*|[:;：；"“‘'(（「『《—–-]\s*)$/;

/** Everyday words, capitalised when they start a quoted sentence ("They train…") and no names. */
const EVERYDAY = new Set(
  `the a an this that these those they their them we our us it its he she his her you your i my
what which who whom whose why how when where whether if before after while although though because since
does do did is are was were be can could would will should shall may might must has have had
in on at for with by from to of as and or but not no yes so then there here such both each every all any some most many few
first second third finally however moreover thus hence also only even just given assume suppose imagine consider compared
let note see think`.split(/\s+/),
);

/**
 * The tokens of a question that look like names: CamelCase or inner capitals ("LoRA", "iPhone"),
 * acronyms ("BERT"), letters with digits ("GPT-4", "Aishell-1"), hyphenated capitals
 * ("Transformer-XL"), and capitalised words that do not start a clause ("Conformer").
 */
function questionNames(text: string, locale: Locale): string[] {
  const plain = stripMath(text).normalize('NFKC');
  const found: string[] = [];
  for (const m of plain.matchAll(/(?<![\p{Script=Latin}\p{N}_\\])[A-Za-z][A-Za-z0-9]*(?:[-+./][A-Za-z0-9]+)*\+*/gu)) {
    const token = m[0].replace(/[.]+$/, '');
    if (COMMON_NAMES.has(token) || COMMON_NAMES.has(token.replace(/s$/, ''))) continue;
    const inner = /[a-z0-9][A-Z]|[A-Z]{2}/.test(token) || /^[a-z]+[A-Z]/.test(token);
    const mixed = /[A-Za-z]/.test(token) && /\d/.test(token) && !/^\d/.test(token);
    const capital = /^[A-Z]/.test(token);
    if (!inner && !mixed && !capital) continue;
    if (!inner && !mixed) {
      // A capitalised word: a name unless it is an everyday word or starts a sentence or a quote.
      if (EVERYDAY.has(token.toLowerCase())) continue;
      const before = plain.slice(0, m.index);
      if (CLAUSE_START.test(before) && (locale === 'en' || /[“"'‘「『(（]\s*$/.test(before))) continue;
      if (/^[A-Z][a-z]?$/.test(token)) continue; // "A", "X", "Go": too short to judge.
    }
    if (/^[IVX]+$/.test(token) && token.length <= 3) continue;
    found.push(token);
  }
  return found;
}

function nameIsKnown(name: string, known: string): boolean {
  const forms = new Set<string>();
  const lower = normalizeText(name);
  forms.add(lower);
  forms.add(lower.replace(/'s$/, ''));
  if (/[a-z]s$/.test(lower) && lower.length > 3) forms.add(lower.slice(0, -1));
  if (/[a-z]es$/.test(lower)) forms.add(lower.slice(0, -2));
  forms.add(lower.replace(/-/g, ' '));
  forms.add(lower.replace(/-/g, ''));
  for (const form of forms) if (containsWord(known, form)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Quotes, cut clauses, TeX

const QUOTE_PAIRS: readonly [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['«', '»'],
];
const BRACKET_PAIRS: readonly [string, string][] = [['(', ')'], ['[', ']'], ['（', '）'], ['【', '】'], ...QUOTE_PAIRS];

/** The passages a question quotes: in “”, "", 「」, 『』, 《》 or «». */
function quotedPassages(text: string): string[] {
  const passages: string[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    const pattern = new RegExp(`${open}([^${open}${close}]+)${close}`, 'g');
    for (const m of text.matchAll(pattern)) passages.push(m[1]!);
  }
  for (const m of stripMath(text).matchAll(/(?<![\p{L}\p{N}])"([^"]+)"/gu)) passages.push(m[1]!);
  return passages.map((p) => p.trim()).filter(Boolean);
}

/** Words that never end a finished phrase. */
const NEVER_LAST = new Set(
  'the a an and or but nor of its their our your his her my than as via per whereas while because although though if whether such e.g i.e versus vs both either neither whose'.split(' '),
);
/** Prepositions, which may end a question only when it asks "what/which/who … to?". */
const PREPOSITIONS = new Set(
  'to in on for with by from under at into onto over about between among against through upon within without across after before toward towards beyond behind like during'.split(' '),
);

// A character that ends no finished phrase, unless it ends a word: 方向 (direction), 存在 (existence), 面对, 总和, 参与, 合并 (merging).
const ZH_NEVER_LAST =
  /[，、：；及或而从把被将]$|(?<![合兼吞归])并$|(?<![总求调缓柔温平])和$|(?<![参给授])与$|(?<![存现潜内外所实自])在$|(?<![面相绝成配核应针])对$|(?<![方倾意动走志取导定转纵横双单反正逆])向$|以及$|例如$|比如$|包括$/;

function lastWord(text: string): string {
  return (
    /([\p{L}.]+)\W*$/u
      .exec(text.replace(/[.…]+$|\.\.\.$/, '').trim())?.[1]
      ?.toLowerCase()
      .replace(/\.$/, '') ?? ''
  );
}

function cutClauseHits(question: string, locale: Locale): CheckHit[] {
  const hits: CheckHit[] = [];
  const plain = stripMath(question).trim();
  const body = plain.replace(/[?？]+[\s"”’」』)）]*$/, '').trim();
  if (/(?:\.\.\.|…)\s*$/.test(body)) hits.push({ flag: 'cut-clause', detail: 'ends in an ellipsis' });
  else if (/[,;:，、；：\-–—]\s*$/.test(body)) hits.push({ flag: 'cut-clause', detail: `ends in "${body.at(-1)}"` });
  else if (CJK.test(body.slice(-1))) {
    if (ZH_NEVER_LAST.test(body)) hits.push({ flag: 'cut-clause', detail: `ends in "${/[\p{Script=Han}，、：；]{1,2}$/u.exec(body)?.[0]}"` });
  } else if (locale === 'en' || /[A-Za-z]$/.test(body)) {
    const word = lastWord(body);
    const strandable = /\b(?:what|which|who|whom|where)\b/i.test(body);
    if (NEVER_LAST.has(word) || (PREPOSITIONS.has(word) && !strandable)) hits.push({ flag: 'cut-clause', detail: `ends in "${word}"` });
  }
  for (const passage of quotedPassages(question)) {
    const inner = stripMath(passage).trim();
    const word = lastWord(inner);
    if (/(?:\.\.\.|…)\s*$/.test(inner)) hits.push({ flag: 'cut-clause', detail: `the quote "${shortText(passage)}" ends in an ellipsis`, subject: passage });
    else if (ZH_CUT_NOTE.test(inner)) hits.push({ flag: 'cut-clause', detail: `the quote "${shortText(passage)}" carries the translator's note that it is cut`, subject: passage });
    else if (/[,;:，、；：\-–—]\s*$/.test(inner) || (/[A-Za-z]$/.test(inner) && (NEVER_LAST.has(word) || PREPOSITIONS.has(word))) || (CJK.test(inner.slice(-1)) && ZH_NEVER_LAST.test(inner))) {
      hits.push({ flag: 'cut-clause', detail: `the quote "${shortText(passage)}" stops mid-phrase`, subject: passage });
    }
  }
  for (const [open, close] of BRACKET_PAIRS) {
    const opened = plain.split(open).length - 1;
    const closed = plain.split(close).length - 1;
    if (opened !== closed) hits.push({ flag: 'cut-clause', detail: `unbalanced ${open}${close}` });
  }
  const straight = stripMath(question).split('"').length - 1;
  if (straight % 2 === 1) hits.push({ flag: 'cut-clause', detail: 'unbalanced "' });
  return hits;
}

function leftoverTexHits(question: string): CheckHit[] {
  const outside = question.replace(MATH, ' ');
  const hits: CheckHit[] = [];
  const command = /\\(?:[A-Za-z]+|['`"^~=.,;!%&#_{}$])/.exec(outside);
  if (command) hits.push({ flag: 'leftover-tex', detail: `"${command[0]}" outside math`, subject: command[0] });
  const group = /\{\\?(?:em|it|bf|sc|tt|rm|sf)\b|[{}]/.exec(outside);
  if (group && !command) hits.push({ flag: 'leftover-tex', detail: `"${group[0]}" outside math`, subject: group[0] });
  if (outside.includes('$')) hits.push({ flag: 'leftover-tex', detail: 'a stray "$"' });
  // A quote is read aloud: math in it may be one symbol ("$\\Gamma$", "$n$"), not a formula.
  for (const passage of quotedPassages(question)) {
    const formula = [...passage.matchAll(/\$\$([^$]+)\$\$|\$([^$\n]+)\$|\\\(([^\n]+?)\\\)/g)].find((m) => !symbolMath(m[1] ?? m[2] ?? m[3] ?? ''));
    if (formula) {
      hits.push({ flag: 'leftover-tex', detail: `TeX math "${shortText(formula[0], 40)}" in a quote`, subject: formula[0] });
      break;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Language

function languageHits(question: string, locale: Locale, known: string, title: string): CheckHit[] {
  const plain = stripMath(question);
  if (locale === 'en') {
    const runs = plain.match(CJK_RUN) ?? [];
    const total = runs.reduce((n, r) => n + r.length, 0);
    const foreign = runs.filter((r) => r.length > 4 && !known.includes(normalizeText(r)));
    if (total > 8 || foreign.length > 0) return [{ flag: 'wrong-language', detail: `has ${total} Chinese or other CJK characters ("${shortText(runs.join(' '))}")` }];
    return [];
  }
  const han = plain.match(HAN)?.length ?? 0;
  if (han < 4) return [{ flag: 'wrong-language', detail: `has ${han} Chinese characters; expected a question in Chinese` }];
  const normalTitle = normalizeText(title);
  const hits: CheckHit[] = [];
  // Runs of Latin words joined by spaces or light punctuation; quoted names and titles included.
  for (const m of plain.normalize('NFKC').matchAll(/[A-Za-z][A-Za-z0-9'’+.-]*(?:[ \t,:]+[A-Za-z][A-Za-z0-9'’+.-]*)*/g)) {
    const words = m[0].split(/[ \t,:]+/).filter(Boolean);
    if (words.length <= 3) continue;
    const run = normalizeText(m[0]);
    const inTitle = normalTitle.includes(run);
    const nameLike = words.every((w) => /^[A-Z0-9]/.test(w) || /^(?:of|and|for|the|a|an|in|on|with|to|via|by)$/.test(w)) && known.includes(run);
    if (!inTitle && !nameLike) hits.push({ flag: 'wrong-language', detail: `an English run of ${words.length} words ("${shortText(m[0])}")`, subject: m[0] });
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Interrogatives, duplicates

const EN_QUESTION = /\b(?:what|why|how|which|who|whom|whose|where|when|whether|to what extent)\b/i;
/** An auxiliary opening a yes/no question: at the start, after a comma or colon, after a sentence the question quotes ("“…” Can this …?"), or after a conjunction. */
const EN_AUX =
  /(?:^|[,;:]\s*|[.!?]["”’)]*\s+|\b(?:and|or|but|then|so)\s+)(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|must|has|have|had|isn't|aren't|doesn't|don't|didn't|wouldn't|couldn't|shouldn't)\b/i;
const ZH_QUESTION = /谁|什么|啥|怎|为什么|为何|怎么|怎样|如何|哪|是否|吗|呢|多少|几|何|能否|可否|有没有|是不是|会不会|能不能|还是|多大|多高|多远|多久/;

function questionHits(question: string, locale: Locale): CheckHit[] {
  const trimmed = question.trim().replace(/[\s"”’」』)）]+$/, '');
  if (!/[?？]$/.test(trimmed)) return [{ flag: 'not-a-question', detail: 'does not end in a question mark' }];
  const plain = stripMath(question);
  const asks = locale === 'zh-CN' ? ZH_QUESTION.test(plain) || EN_QUESTION.test(plain) : EN_QUESTION.test(plain) || EN_AUX.test(plain.trim());
  return asks ? [] : [{ flag: 'not-a-question', detail: 'ends in a question mark but asks nothing (no question word)' }];
}

const STOP = new Set(
  'a an the of to in on for with by from and or but is are was were be been do does did can could would will should how what why which who whom whose where when whether this that these those it its their they them as at than such into over under about paper authors author study work method approach model results result'.split(
    ' ',
  ),
);

function tokens(text: string): Set<string> {
  const normal = normalizeText(stripMath(text));
  const set = new Set<string>();
  for (const w of normal.match(/[a-z0-9][a-z0-9'-]*/g) ?? []) {
    const word = w.replace(/'s$/, '').replace(/(?<=[a-z]{3})s$/, '');
    if (!STOP.has(word) && word.length > 1) set.add(word);
  }
  for (const run of normal.match(CJK_RUN) ?? []) {
    if (run.length === 1) set.add(run);
    for (let i = 0; i + 1 < run.length; i++) set.add(run.slice(i, i + 2));
  }
  return set;
}

/** Whether two questions say nearly the same: one holds the other, or their words overlap heavily. */
export function nearDuplicate(a: string, b: string): boolean {
  const na = normalizeText(a).replace(/[?？.。!！\s]+$/, '');
  const nb = normalizeText(b).replace(/[?？.。!！\s]+$/, '');
  if (na === nb) return true;
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
  if (short.length >= 12 && long.includes(short)) return true;
  const ta = tokens(a);
  const tb = tokens(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  const union = ta.size + tb.size - shared;
  const smaller = Math.min(ta.size, tb.size);
  return (union >= 3 && shared / union >= 0.6) || (smaller >= 5 && shared / smaller >= 0.85);
}

// ---------------------------------------------------------------------------------------------

function shortText(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

interface Known {
  text: string;
  /** The text with every quote mark made `"`, for quotes within quotes. */
  quoting: string;
  numbers: Set<string>;
  title: string;
}

const knownCache = new Map<string, Known>();

function knownText(paper: PaperSourceText, alsoKnown: readonly string[]): Known {
  const parts = [paper.title, paper.titleZh, paper.summaryEn, paper.summaryZh, paper.abstract, paper.abstractZh, ...alsoKnown].filter((p): p is string => !!p);
  const key = parts.join('\u0000');
  const cached = knownCache.get(key);
  if (cached) return cached;
  // Math is kept for numbers and quotes, and also compared without its `$` signs and braces.
  const raw = parts.join('\n');
  const known: Known = {
    text: `${normalizeText(raw)}\n${normalizeText(raw.replace(/[${}]/g, ''))}`,
    numbers: numbersOf(raw),
    quoting: '',
    title: paper.title,
  };
  known.quoting = unifyQuotes(known.text);
  if (knownCache.size > 200) knownCache.clear();
  knownCache.set(key, known);
  return known;
}

function unifyQuotes(text: string): string {
  return text.replace(/['"「」『』]/g, '"');
}

function quoteIsKnown(passage: string, known: Known): boolean {
  const parts = passage
    .split(/\.\.\.|…|\[\.\.\.\]/)
    .map((p) => normalizeText(p).replace(/^[\s,.;:，。；：]+|[\s,.;:!?，。；：！？]+$/g, ''))
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => known.text.includes(p) || known.text.includes(normalizeText(p.replace(/[${}]/g, ''))) || known.quoting.includes(unifyQuotes(p)));
}

/**
 * Every flag for one question, with the piece of the question each is about. `alsoKnown` texts
 * (the related papers a model was offered) support names, numbers and quotes like the paper's own.
 */
export function checkQuestion(question: string, paper: PaperSourceText, locale: Locale, options: CheckOptions = {}): CheckHit[] {
  const known = knownText(paper, options.alsoKnown ?? []);
  const hits: CheckHit[] = [];
  const length = [...question.trim()].length;
  const limits = LENGTH_LIMITS[locale];
  if (length < limits.min) hits.push({ flag: 'length', detail: `${length} characters; expected at least ${limits.min}` });
  if (length > limits.max) hits.push({ flag: 'length', detail: `${length} characters; expected at most ${limits.max}` });
  hits.push(...questionHits(question, locale));
  hits.push(...cutClauseHits(question, locale));
  hits.push(...leftoverTexHits(question));
  hits.push(...languageHits(question, locale, known.text, known.title));

  const quotes = quotedPassages(question);
  for (const passage of quotes) {
    if (!quoteIsKnown(passage, known)) hits.push({ flag: 'misquote', detail: `"${shortText(passage)}" is not in the paper's text`, subject: passage });
  }
  // Numbers and names inside a verbatim quote are the paper's own; outside, each must be found.
  const unquoted = quotes.reduce((text, q) => (quoteIsKnown(q, known) ? text.split(q).join(' ') : text), question);
  const seenNumbers = new Set<string>();
  for (const n of questionNumbers(unquoted)) {
    if (known.numbers.has(n.value) || seenNumbers.has(n.value)) continue;
    seenNumbers.add(n.value);
    hits.push({ flag: 'unsupported-number', detail: `"${n.written}" is not in the paper's text`, subject: n.written });
  }
  const seenNames = new Set<string>();
  for (const name of questionNames(unquoted, locale)) {
    if (seenNames.has(name) || nameIsKnown(name, known.text)) continue;
    seenNames.add(name);
    hits.push({ flag: 'unsupported-name', detail: `"${name}" is not in the paper's text`, subject: name });
  }
  for (const other of options.others ?? []) {
    if (nearDuplicate(question, other)) {
      hits.push({ flag: 'duplicate', detail: `nearly the same as "${shortText(other)}"`, subject: other });
      break;
    }
  }
  return hits;
}

/** Flags for one question; `others` are the paper's other questions (for duplicates). */
export function questionFlags(question: string, paper: PaperSourceText, locale: Locale, others?: readonly string[]): FlagHit[] {
  return checkQuestion(question, paper, locale, others ? { others } : {}).map(({ flag, detail }) => ({ flag, detail }));
}
