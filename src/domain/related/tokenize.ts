/**
 * Text to index terms, for both languages of a paper.
 *
 * - TeX math is reduced to its words first: `SR$_{\text{LLM}}$` gives "SR LLM", `$\mathcal{O}(n^2)$`
 *   gives nothing worth indexing; commands outside math (`\emph{x}`) keep only their argument.
 * - Latin-script words are lowercased, stripped of accents, filtered through stopwords and stemmed
 *   ({@link lightStem}); pure numbers and single letters are dropped.
 * - Chinese is cut into overlapping character bigrams (`大型语言模型` → 大型 型语 语言 言模 模型), the
 *   runs first cut at a few function characters and stopwords (`我们提出` gives nothing), or (`'words'`) into words of two or more characters by
 *   `Intl.Segmenter('zh')`. Measured by scripts/related-bench.ts on the fixture digests, words relate
 *   papers slightly better (60% vs 58% of related papers share the digest's category; a difference
 *   within the noise of 177 papers) but cut Chinese about 8 times slower (several seconds more at
 *   20,000 papers) and need a Node built with full ICU, so bigrams are the default.
 */
import { splitMath } from '../../render/math.ts';
import { lightStem } from './stem.ts';
import { CHINESE_BREAK_CHARS, CHINESE_STOPWORDS, ENGLISH_STOPWORDS, TOOL_TOKEN } from './stopwords.ts';

export type ChineseTokens = 'bigrams' | 'words';

/** Commands whose argument is prose (`\text{LLM}`): the argument is kept, the command dropped. */
const TEXT_COMMAND = /\\(?:text|textrm|textbf|textit|texttt|textsc|mathrm|mathbf|mathit|mathsf|mathtt|operatorname|emph|mbox)\s*\{([^{}]*)\}/g;

/** An accent command on one letter (`Fr\\'echet`, `\\"{o}`): the letter is kept, so that the word stays whole. */
const TEX_ACCENT = /\\['"`^~=.]\{?([a-zA-Z])\}?/g;

/** Removes TeX markup: math keeps only the words of its text commands; other commands lose their names. */
export function stripTex(text: string): string {
  if (!text.includes('$') && !text.includes('\\')) return text;
  return splitMath(text)
    .map((segment) => {
      if (segment.kind === 'text')
        return segment.value
          .replace(TEX_ACCENT, '$1')
          .replace(TEXT_COMMAND, ' $1 ')
          .replace(/\\[a-zA-Z]+\*?/g, ' ');
      const words = [...segment.value.matchAll(TEXT_COMMAND)].map((m) => m[1]);
      return ` ${words.join(' ')} `;
    })
    .join('');
}

const LATIN_WORD = /[a-z0-9]+/g;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Where a Han run is cut before bigrams: function characters and whole stopwords. */
const BREAK = new RegExp(`[${CHINESE_BREAK_CHARS}]|${[...CHINESE_STOPWORDS].join('|')}`, 'u');
const HAS_LETTER = /[a-z]/;

/** Letters that fold to ASCII: accented Latin and full-width forms. */
const FOLDABLE = /[\u00c0-\u024f\u1e00-\u1eff\uff01-\uff5e]/;
/** Word → term ('' for a word that is dropped); the vocabulary of abstracts is small, so this stays small. */
const termOfWord = new Map<string, string>();

function termOf(word: string): string {
  let term = termOfWord.get(word);
  if (term === undefined) {
    term = '';
    if (word.length >= 2 && word.length <= 30 && HAS_LETTER.test(word) && !ENGLISH_STOPWORDS.has(word) && !TOOL_TOKEN.test(word)) {
      const stem = lightStem(word);
      if (!ENGLISH_STOPWORDS.has(stem)) term = stem;
    }
    if (termOfWord.size > 500_000) termOfWord.clear();
    termOfWord.set(word, term);
  }
  return term;
}

/** English (and other Latin-script) terms of a text, in order, repeats kept. */
export function latinTerms(text: string, out: string[] = []): string[] {
  const lower = text.toLowerCase();
  const folded = FOLDABLE.test(lower) ? lower.normalize('NFKD').replace(/\p{M}+/gu, '') : lower;
  for (const match of folded.matchAll(LATIN_WORD)) {
    const term = termOf(match[0]);
    if (term) out.push(term);
  }
  return out;
}

/** Between two words of a phrase only spaces and hyphens may stand; any other mark ends the phrase. */
const PHRASE_GAP = /^[\s-]*$/;

/**
 * English terms and two-word phrases of a text: each term as {@link latinTerms} gives it, and after it
 * the phrase it makes with the term before (`"knowledg distil"` for "knowledge distillation"). A
 * phrase never spans a dropped word (stopword, number, single letter) or punctuation, so "learning of
 * models" and "learning. Models" give no phrase.
 */
export function latinTermsAndPhrases(text: string, out: string[] = []): string[] {
  const lower = text.toLowerCase();
  const folded = FOLDABLE.test(lower) ? lower.normalize('NFKD').replace(/\p{M}+/gu, '') : lower;
  let previous = '';
  let previousEnd = 0;
  for (const match of folded.matchAll(LATIN_WORD)) {
    const term = termOf(match[0]);
    if (term && previous && PHRASE_GAP.test(folded.slice(previousEnd, match.index))) out.push(term, `${previous} ${term}`);
    else if (term) out.push(term);
    previous = term;
    previousEnd = match.index + match[0].length;
  }
  return out;
}

/**
 * Each English term and phrase of a text with the words it was made from, as written (the first time
 * it occurs), for showing why two papers match: `lora` → "LoRA", `knowledg distil` → "knowledge
 * distillation". Words are lowercased unless they carry a capital after their first letter.
 */
export function termSurfaces(text: string): Map<string, string> {
  const plain = stripTex(text);
  const surfaces = new Map<string, string>();
  const shown = (word: string) => (/^.[^A-Z]*$/.test(word) ? word.toLowerCase() : word);
  let previous = '';
  let previousWord = '';
  let previousEnd = 0;
  for (const match of plain.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = match[0]
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '');
    const term = /^[a-z0-9]+$/.test(folded) ? termOf(folded) : '';
    const word = shown(match[0]);
    if (term && !surfaces.has(term)) surfaces.set(term, word);
    if (term && previous && PHRASE_GAP.test(plain.slice(previousEnd, match.index))) {
      const phrase = `${previous} ${term}`;
      if (!surfaces.has(phrase)) surfaces.set(phrase, `${previousWord} ${word}`);
    }
    previous = term;
    previousWord = word;
    previousEnd = match.index + match[0].length;
  }
  return surfaces;
}

let segmenter: Intl.Segmenter | undefined;
let segmenterHasWords: boolean | undefined;

/** Whether `Intl.Segmenter('zh')` finds Chinese words here (a Node built with small ICU would not). */
export function chineseWordsAvailable(): boolean {
  if (segmenterHasWords === undefined) {
    segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    segmenterHasWords = [...segmenter.segment('大型语言模型')].some((s) => s.segment.length >= 2);
  }
  return segmenterHasWords;
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** Chinese terms of a text: bigrams of each Han run, or dictionary words of two or more characters (falling back to bigrams without ICU's Chinese dictionary). */
export function chineseTerms(text: string, mode: ChineseTokens = 'bigrams', out: string[] = []): string[] {
  if (mode === 'words' && chineseWordsAvailable()) {
    for (const s of segmenter!.segment(text)) {
      if (s.isWordLike && HAN_WORD.test(s.segment) && !CHINESE_STOPWORDS.has(s.segment)) out.push(s.segment);
    }
    return out;
  }
  for (const match of text.matchAll(HAN_RUN)) {
    for (const piece of match[0].split(BREAK)) {
      for (let i = 0; i + 1 < piece.length; i++) out.push(piece.slice(i, i + 2));
    }
  }
  return out;
}

/** The related-papers engine's terms of a text: {@link terms} plus English two-word phrases. */
export function indexTerms(text: string, chinese: ChineseTokens = 'bigrams', phrases = true): string[] {
  if (!text) return [];
  const plain = stripTex(text);
  const out = phrases ? latinTermsAndPhrases(plain) : latinTerms(plain);
  return chineseTerms(plain, chinese, out);
}

/** All index terms of a text in either language, after TeX is stripped. */
export function terms(text: string, chinese: ChineseTokens = 'bigrams'): string[] {
  if (!text) return [];
  const plain = stripTex(text);
  const out = latinTerms(plain);
  return chineseTerms(plain, chinese, out);
}
