/**
 * Small text tools for the question generator: splitting an abstract into whole sentences (English
 * and Chinese) exactly as written, deciding which sentences can be quoted in a question, and
 * deterministic choice.
 */
import { textHash } from '../paper-body.ts';
import { ZH_CUT_NOTE } from '../digest/clean-text.ts';
import { texAccentsToUnicode } from '../../render/math.ts';

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
/** The words that open a sentence run into the one before it without a space (not a name with a dot in it: "Fledge.Love"). */
const RUN_TOGETHER_EN = /^(?:The|This|These|Those|We|Our|It|Its|In|To|However|Moreover|Furthermore|Additionally|Finally|Specifically|Experiments|Results|Extensive|Here)\b/;

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
    // Two sentences the digest ran together without a space ("… threat intelligence.The methodology …") are two.
    // ("… for learningenabled CPS.We begin by …": an acronym before the dot, the same.)
    if (ch === '.' && closers === 0 && /[a-z]{2}$|[A-Z]{2}$/.test(text.slice(Math.max(0, i - 2), i)) && RUN_TOGETHER_EN.test(text.slice(after, after + 20))) {
      push(after, true);
      continue;
    }
    const next = /^\s+(\S)/.exec(text.slice(after, after + 20));
    if (!next || !/[A-Z0-9("“'‘$\\[]/.test(next[1]!)) continue;
    // "… mail redirection, entity resolution, etc. Our work defines …": "etc." ends a list, and here the sentence too.
    const endsWithEtc = /\betc\.$/.test(text.slice(Math.max(0, i - 4), i + 1)) && /^\s+(?:We|Our|This|These|However|Moreover|Furthermore|Finally|Here|In this)\b/.test(text.slice(after, after + 20));
    if (ch === '.' && !endsWithEtc && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i + 1))) continue;
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

/**
 * TeX's text-formatting commands (`\emph{entire}`, `\textbf{not}`, `{\em entire}`), words set in math
 * only to format them (`$\textbf{RL-Index}$`, `$\textit{a posteriori}$`), a number set in math
 * (`$768,826$`), a character by its code (`$\unicode{x2013}$`), braces that only keep a title's case
 * (`{tree MDPs}`), TeX's dashes (`--`, `---`), a citation marker, or else a span of math, which is left as it is: the formatted
 * words are the paper's, the markup is not.
 */
const TEXT_FORMATTING = new RegExp(
  [
    String.raw`\$\\(?:textbf|textit|textrm|text|mathrm|mathbf|texttt|textsc)\{(?<mathWords>[A-Za-z][\w'-]*(?: [\w'-]+){0,5})\}\$`,
    String.raw`\$(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\$`,
    String.raw`\$\\unicode\{x(?<code>[0-9A-Fa-f]{4})\}\$`,
    String.raw`(?<math>\$[^$]*\$)`,
    String.raw`\\(?:emph|textit|textbf|textsc|texttt|textsl|underline)\{(?<command>[^{}$\\]*)\}`,
    String.raw`\{\\(?:em|it|bf|sc|tt|sl)\s+(?<group>[^{}$\\]*)\}`,
    String.raw`(?<citation>\s*~?\\(?:cite|citep)\{[^{}$\\]*\})`,
    String.raw`(?<![\\\w])\{(?<braced>[A-Za-z][^{}$\\]*)\}`,
    String.raw`(?<=\w)(?<dashes>---?)(?=\w)|(?<=\s)(?<spaced>---?)(?=\s)`,
  ].join('|'),
  'g',
);

/**
 * The text with TeX's text-formatting commands outside math replaced by the words they format, and
 * bare citation markers (`\cite{du2024}`, `\citep{…}`, which render as a bracketed number) left out;
 * `\citet{…}` stays, as it stands for the cited authors' names.
 */
export function withoutTextFormatting(text: string): string {
  // Nested commands (`\textit{\textbf{OBCD}}`) come off one layer at a time.
  let out = text;
  for (let layer = 0; layer < 3; layer++) {
    const next = withoutOneLayer(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function withoutOneLayer(text: string): string {
  return text.replace(TEXT_FORMATTING, (all: string, ...rest: unknown[]) => {
    const g = rest.at(-1) as Record<string, string | undefined>;
    if (g.citation !== undefined) return '';
    if (g.code !== undefined) return String.fromCodePoint(Number.parseInt(g.code, 16));
    // TeX's dashes: "Backus--Naur", "the test -- the function …", "---" for an em dash.
    const dashes = g.dashes ?? g.spaced;
    if (dashes !== undefined) return dashes.length === 3 ? '—' : '–';
    return g.mathWords ?? g.number ?? g.math ?? g.command ?? g.group ?? g.braced ?? all;
  });
}

/** A sentence that ends in a lowercase word of three letters or more and its full stop, not an abbreviation. */
const ENDS_WHOLE_EN = /(?<![\w.-])(?!(?:etc|approx|resp|incl|viz|cf|al|eq|eqs|fig|figs|sec|ch|vol|pp|no|nos)\.)[a-z]{3,}[.!?]$/;
/**
 * Sentences to read facts from: the complete ones (a cut abstract's last sentence says too little for
 * sure, unless the cut fell just after its full stop), each without the section label of a structured abstract ("Aim: This article examines …"
 * gives "This article examines …", still the paper's own words).
 */
export function wholeSentencesEn(text: string | undefined, truncated = false): string[] {
  const sentences = splitSentencesEn(readableText(text ?? ''));
  // A cut that fell just after a sentence's full stop leaves it whole; a stop after a number ("approximately 0."),
  // an abbreviation ("vs.", "etc.") or a capitalised word ("Fig.") may be the cut inside it.
  if (truncated && sentences.length > 0 && !ENDS_WHOLE_EN.test(sentences.at(-1)!.text)) sentences.pop();
  return sentences.filter((s) => s.complete).map((s) => withoutLabel(s.text, LABEL_EN));
}

/** The whole sentences of a Chinese text, without section labels; when the digest cut it, the last one is left out. */
export function wholeSentencesZh(text: string | undefined, truncated = false): string[] {
  const sentences = splitSentencesZh(readableText(text ?? ''));
  if (truncated && sentences.length > 0 && !sentences.at(-1)!.complete) sentences.pop();
  return sentences.filter((s) => s.complete).map((s) => withoutLabel(s.text, LABEL_ZH));
}

/** A sentence without a leading section label, when what follows is a sentence of its own (a capital, or Chinese). */
function withoutLabel(sentence: string, label: RegExp): string {
  const m = label.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length).trimStart();
  return /^[A-Z\u4e00-\u9fff]/.test(rest) ? rest : sentence;
}

/** A section label opening a structured abstract ("Background:", "Results:", "背景：", "结果："): boilerplate, not the paper's words. */
const LABEL_EN =
  /^(?:Background|Motivation|Context|Objectives?|Aims?|Purpose|Goals?|Problem|Methods?|Methodology|Approach|Design|Setting|Results?|Findings|Conclusions?|Implications|Significance|Contributions?|Introduction|Summary)\s*:/i;
const LABEL_ZH = /^(?:研究)?(?:背景|动机|目的|目标|问题|方法|方法论|设计|结果|发现|结论|意义|启示|贡献|引言|摘要)\s*[：:]/;

/** "To address this issue, we propose X": the opening clause may point back; the rest must stand alone. */
const PREFACE_EN =
  /^(?:To|In order to) [^,]{1,60}, |^(?:Inspired|Motivated|Guided|Informed|Driven) by [^,]{1,60}, |^(?:Building|Based|Drawing) on [^,]{1,60}, |^(?:To this end|For this purpose|With this in mind|Against this backdrop), |^In (?:the )?light of (?:this|these|that|those)(?: [a-z][^,]{0,40})?, |^(?:In|Within) (?:this|the present|our) (?:paper|work|study|article|note|thesis), /i;
const PREFACE_ZH =
  /^(?:受到?[^，。]{0,20}(?:启发|启示|激励)，|基于(?:这些|这一|上述|此)[^，。]{0,15}，|针对这(?:个|一)问题，|为了?(?:解决|应对|弥补|克服|纠正|缓解|填补|回答|处理|实现)[^，。]{0,20}，|为此，|基于此，|针对(?:这一|这些|上述|此|该)[^，。]{0,15}，|在本(?:文|研究|工作)中，)/;
/** Words between "this" and "paper" that still name the paper itself: "This position paper argues …". */
export const PAPER_ITSELF_EN =
  '(?:position|perspective|vision|short|brief|technical|research|present|retrospective|prospective|empirical|systematic|comparative|pilot|exploratory|qualitative|quantitative|longitudinal|observational|theoretical|experimental|preliminary|case)';
/** Opening with a pronoun or demonstrative (after any connective): the referent lies in the sentence before. */
const POINTS_BACK_EN = new RegExp(
  String.raw`^(?:(?:However|Moreover|Furthermore|Additionally|In addition|Yet|Still|Thus|Hence|Therefore|Consequently|As a result|Unfortunately|Importantly|Notably|Crucially|Nevertheless|Nonetheless|Meanwhile|Instead|In particular|Specifically|Finally|First|Second|Third),?\s+)?(?!It (?:turns out|is (?:\w+ly )?(?:shown|proved|proven|found|known|demonstrated|established|observed) that)\b)(?:It|Its|They|Their|Them|This|These|Those|That|Such|He|She|Both|And|But|Or)\b(?!\s+(?:` +
    PAPER_ITSELF_EN +
    String.raw`\s+)?(?:paper|work|study|article|note|thesis|survey|review|tutorial|primer|overview|monograph|roadmap|chapter|essay|letter|report|manuscript|lecture notes)\b)`,
  'i',
);
const POINTS_BACK_ZH =
  /^(?:(?:然而|但是|此外|另外|同时|因此|而且|并且|不过|但|尤其是|具体而言|最后|首先|其次)，?)?(?:这|此|它|它们|其|他们|上述|该(?!(?:研究|论文|文章?|工作|方法|框架|模型|系统|数据集|基准|算法)))(?!篇论文|篇文章|项工作|项研究|项调查|篇综述|项综述)/;
/** Nouns a "this" may name without pointing back: the paper itself, or a set phrase. */
const SELF_EN =
  /^(?:paper|work|study|article|note|notes|thesis|survey|review|tutorial|primer|overview|monograph|roadmap|chapter|essay|letter|report|manuscript|end|purpose|way|regard|respect|is|was|are|were|can|could|may|might|will|would|allows?|enables?|makes?|leads?|means|has|have|yields?|gives?|results|as)$/i;

/** Whether a demonstrative inside the sentence ("exploit this asymmetry", "这一结果") names something the sentence never mentioned. */
function danglingEn(sentence: string): boolean {
  // "This position paper argues …" names the paper itself.
  const body = sentence
    .replace(PREFACE_EN, '')
    .replace(new RegExp(String.raw`\b(this) (?:${PAPER_ITSELF_EN} )?(?:literature |mapping |scoping )?(paper|work|study|article|note|report|essay|review|survey)\b`, 'gi'), '$1 $2');
  for (const m of body.matchAll(/\b(?:this|these|those|such)\s+([A-Za-z][\w-]*)/gi)) {
    const noun = m[1]!;
    if (/^such$/i.test(m[0].split(/\s/)[0]!) && /^(?:as|that)$/i.test(noun)) continue;
    if (SELF_EN.test(noun)) continue;
    // "…, achieving this without requiring additional training": a pronoun after the participle names the clause before it.
    if (/^(?:without|by|with|through|via|while|using|in)$/i.test(noun) && /,\s+(?:\w+ly\s+)?[a-z]+ing\s+$/i.test(body.slice(0, m.index))) continue;
    const stem = noun.toLowerCase().slice(0, Math.max(4, noun.length - 2));
    if (!body.slice(0, m.index).toLowerCase().includes(stem)) return true;
  }
  return false;
}

function danglingZh(sentence: string): boolean {
  const body = sentence.replace(PREFACE_ZH, '');
  if (/这一点|这样做|上述/.test(body)) return true;
  for (const m of body.matchAll(/(?:这一|这些|这个|这种|这类|这两|这三|此类|该)([A-Za-z][\w-]*|[\u4e00-\u9fff]{2})/g)) {
    const noun = m[1]!;
    if (/^(?:论文|文章|工作|研究)/.test(noun) && /^这|^该/.test(m[0])) continue;
    if (!body.slice(0, m.index).includes(/^[A-Za-z]/.test(noun) ? noun : noun.slice(0, 2))) return true;
  }
  return false;
}

/** A contribution that promises content without giving it: "addresses this gap through two contributions", "this study aims to accomplish two main objectives". */
const PROMISE_EN = /\b(?:two|three|four|several|multiple) (?:main |key |major |primary )?(?:contributions|objectives|goals|aims)\b(?![^.]*:)|\bcontributions? (?:is|are) (?:two|three|four)fold\b/i;
const PROMISE_ZH = /(?:两|三|四|几|多)(?:个|项|方面)(?:主要|关键)?贡献(?![^。]*：)/;

/**
 * A span of inline math that reads as one symbol when said aloud (`$\Gamma$`, `$n$`, `$H^{-1}$`,
 * `$\epsilon$`, `$28$`): a sentence holding one may be quoted. Anything more (`$O(\epsilon^{-3})$`,
 * `$\mathbb{E}\|\nabla F(x)\|\leq \epsilon$`, `$K=2$`) is TeX a listener cannot follow, and the
 * sentence is not quoted. No `<` or `>` inside, as the question's markdown escapes them.
 */
const INLINE_MATH = /(?<![\w$\\])\$(?![\s$])[^$<>]{1,40}(?<![\s\\])\$(?![\w$])/g;
const SYMBOL_MATH = /^(?:\\?[A-Za-z]+(?:\s*[_^]\s*(?:\{[-+A-Za-z0-9]{1,4}\}|[-+A-Za-z0-9]))?|[-+]?\d+(?:\.\d+)?)$/;
/** Whether the inside of a `$…$` span reads as one symbol (see {@link INLINE_MATH}); a multi-letter name must be a TeX command (`\alpha`), not a product of letters. */
export function symbolMath(inner: string): boolean {
  const t = inner.trim();
  return SYMBOL_MATH.test(t) && (/^\\|^[-+]?\d/.test(t) || /^[A-Za-z](?![A-Za-z])/.test(t));
}
/** The sentence with each readable one-symbol math span replaced by a letter, so that only TeX beyond those is left to find. */
function withoutSymbolMath(sentence: string): string {
  return sentence.replace(INLINE_MATH, (span) => (symbolMath(span.slice(1, -1)) ? 'x' : span));
}
/** The longest English sentence a question quotes in any of its frames. */
export const QUOTE_MAX_EN = 300;
/**
 * The longest English sentence a question may quote in a short frame ("“…” What supports this most
 * directly?"), which keeps the whole question within what can be read aloud: a contribution stated
 * in one long sentence is asked about whole rather than not at all.
 */
export const LONG_QUOTE_MAX_EN = 350;

/** "Then, we define …", "Next, …": a step after one the question does not show. */
const STEP_AFTER_EN = /^(?:Then|Next|Afterwards|Subsequently|Thereafter),?\s/;
const STEP_AFTER_ZH = /^(?:然后|接着|随后|之后|然后再|于是|进而)，?/;

/**
 * "We address this gap in the current literature by investigating …": what follows "by" says what the authors
 * do, so the gap it points back to is not needed to follow the sentence.
 */
export const ADDRESSING_EN = String.raw`(?:address|fill|close|bridge|tackle)(?:es|s|ed)? (?:this|these|that|the) (?:gap|issue|problem|limitation|shortcoming)s?(?: in [^,.;]{1,40})? by `;
function withoutAddressing(sentence: string): string {
  return sentence.replace(new RegExp(String.raw`\b${ADDRESSING_EN}(?=[a-z]+ing\b)`, 'i'), '');
}

/** Whether every "this …" of the sentence names what the sentence itself says (see {@link quotableEn}). */
function referencesResolvedEn(sentence: string): boolean {
  // "we propose to mitigate this issue": the issue is in the sentence before, which the question does not show.
  // ("To address these issues, we propose X" still says what X is.)
  return (
    !/\b(?:this|that|these|those|such|the above)\s+(?:issues?|problems?|gaps?|limitations?|challenges?|shortcomings?|drawbacks?|questions?)\b|\bone such\b/i.test(
      withoutAddressing(sentence.replace(PREFACE_EN, '')),
    ) && !danglingEn(withoutAddressing(sentence))
  );
}

/**
 * Whether an English sentence can stand inside a question as a quote: a readable length (at most
 * `max` characters, {@link QUOTE_MAX_EN} unless a short frame is meant), no TeX commands and no math
 * but one-symbol inline spans ({@link INLINE_MATH}),
 * no quotation marks of its own, no section label ("Background:"), not opening with a pronoun or
 * demonstrative whose referent lies in the sentence before, no "this …" naming what the sentence
 * never said, not a step after one it does not show ("Then, …"), and not a promise of content it does
 * not give. `loose` lets a "this …" that points back, or a "Then, …", through (never a sentence that
 * opens with a pronoun): the generator quotes such a sentence only when nothing else specific is left.
 */
export function quotableEn(sentence: string, max: number = QUOTE_MAX_EN, loose = false): boolean {
  return (
    sentence.length >= 40 &&
    sentence.length <= max &&
    /[.!?]$/.test(sentence) &&
    // A percent sign after a number is a figure; elsewhere it may be a TeX comment.
    !/[$\\{}“”<>~^]|(?<!\d\s?)%/.test(withoutSymbolMath(sentence)) &&
    // Straight quotes inside are fine in pairs, unless punctuation sits inside them ("less likely brainstorming,").
    (sentence.split('"').length - 1) % 2 === 0 &&
    !/[,.;:!?]"/.test(sentence) &&
    !LABEL_EN.test(sentence) &&
    // "…, which has been recently proposed in under the GLM framework": a citation the digest dropped (\cite{…}).
    !/\b(?:proposed|introduced|studied|shown|defined|described|considered|developed|given) (?:in|by)\s+(?:under|in|by|for|with|on|at|and|or|[,.;])/.test(sentence) &&
    !POINTS_BACK_EN.test(sentence) &&
    (loose || (!STEP_AFTER_EN.test(sentence) && referencesResolvedEn(sentence))) &&
    !PROMISE_EN.test(sentence) &&
    // "To do so, we propose a different approach.": a contribution that says nothing of itself.
    !/^[^.]{0,40}\b(?:propose|present|introduce|develop|take|adopt)s? (?:a|an) (?:(?:new|novel|different|simple|better|alternative) )?(?:approach|method|framework|solution|technique|strategy)\.$/i.test(
      sentence,
    ) &&
    // A sentence run into an acronym without a space ("… an adaptable solution.RL algorithms are …"): two, broken.
    !/[a-z]{2}\.[A-Z]{2,}\b/.test(sentence) &&
    // A word the PDF broke at its fi or fl ligature ("task-specifi c models", "modifi cations") reads as a typo too.
    !/[a-z]{2}f[il] [a-z]/.test(sentence) &&
    // A word broken at a line end by the PDF ("en- ables") reads as a typo in a quote; "pre- and post-" is fine.
    !/\b[a-z]{2,}- (?!(?:and|or|to|nor|as well as|versus|vs\.?)\b)[a-z]{2,}/.test(sentence) &&
    balanced(sentence)
  );
}

/** The longest run of Latin-script words a Chinese question may carry: a name or a term ("Retrieval-Augmented Generation"), not a clause. */
const ENGLISH_RUN = /[A-Za-z][\w'’-]*(?:[\s,]+[A-Za-z][\w'’-]*){3,}/g;
/**
 * Whether a Chinese sentence carries an English clause: a run of four or more Latin words that is not a
 * name ("Robust and Accurate REcommendations for Medication", "Long Range Arena": every word capitalised
 * but for of, and, for, the …), as checks.ts reads a name too.
 */
function hasEnglishClause(sentence: string): boolean {
  return [...sentence.matchAll(ENGLISH_RUN)].some((m) => !m[0].split(/[\s,]+/).every((w) => /^[A-Z0-9]/.test(w) || /^(?:of|and|for|the|a|an|in|on|with|to|via|by)$/.test(w)));
}

/** "……的性能与正向相关。": a relation whose other side the translation lost (the English was cut before "local homophily"). */
const LOST_OBJECT_ZH = /[与和跟同](?:正向|负向|正|负|显著|强烈|密切)?(?:相关|有关|无关|成正比|成反比)(?=[。；，！？]|$)/;

/** Whether a Chinese sentence can be quoted: mostly Chinese, English only as names or short terms, no TeX, a readable length, no word doubled by the translation, and the same boilerplate, pointing-back and `loose` rules as {@link quotableEn}. */
export function quotableZh(sentence: string, loose = false): boolean {
  const han = sentence.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  return (
    sentence.length >= 16 &&
    sentence.length <= 130 &&
    han >= sentence.length * 0.5 &&
    /[。！？]$/.test(sentence) &&
    !/[$\\{}<>]|(?<!\d\s?)[%％]/.test(sentence) &&
    (sentence.split('"').length - 1) % 2 === 0 &&
    // Curly quotes only in pairs, none inside another ("生成的“非成员”数据"): the question shows them as 「」.
    /^[^“”]*(?:“[^“”]*”[^“”]*)*$/.test(sentence) &&
    !hasEnglishClause(sentence) &&
    // "在不同配置下（高度、）": a list the digest's cut emptied, carried into the translation.
    // ("experience()和activate()" names functions.)
    !/[、，][）]|（[、，]?）/.test(sentence) &&
    !LABEL_ZH.test(sentence) &&
    // "因此，我们引入了……", "因此，在此调查中，我们提供了……" open with a connective but say who does what; "因此，它……" points back.
    !/^(?:它|它们|其|他们|但|而|并且|此外|因此)(?!，?(?:在[^，。；]{1,12}(?:中|里)，)?(?:我们|本文|本研究|本论文))/.test(sentence) &&
    !POINTS_BACK_ZH.test(sentence) &&
    (loose || (!STEP_AFTER_ZH.test(sentence) && !/(?:这一|这个|这些|上述|该)(?:问题|挑战|局限|不足|缺陷|空白|差距|限制)/.test(sentence.replace(PREFACE_ZH, '')) && !danglingZh(sentence))) &&
    // A translation that ends in the word the digest cut the English in ("……要好于p。", "……等价于neg。", from
    // "compared to p", "equivalent to the neg…"), or in an English word left untranslated ("……选择 procedures。"): broken.
    !/[\u4e00-\u9fff](?:[a-z]{1,3}| [a-z]+)[。！？]$/.test(sentence) &&
    // A word doubled by the translation ("为众包配送配送支付") reads as a typo in a quote; "本研究研究了" is a subject and its verb.
    !/(?<![本该此])([\u4e00-\u9fff]{2,4})\1/.test(sentence) &&
    // "安全性和安全性挑战": two English words ("safety and security") the translation made one.
    // ("债券和债券期权", "图像、图像对": a word, then a compound of it.)
    !/(?<![不非无])([\u4e00-\u9fff]{1,3}性)[和与及、]\1/.test(sentence) &&
    // "跨三个参数范围从70亿到70亿个变量的模型": a range whose ends the translation made one ("7 to 70 billion").
    !/从\s?(\d+(?:\.\d+)?\s?[万亿千百]?)[^，。；\d]{0,3}到\s?\1(?![\d.])/.test(sentence) &&
    // "高斯橄榄模型": "copula" rendered as the fruit, a term the translation made nonsense of.
    !/橄榄(?:模型|函数|结构|族)|高斯橄榄|阿基米德橄榄/.test(sentence) &&
    // "不同ially private": an English word the translation cut in half.
    !/[\u4e00-\u9fff](?:ially|ically|ally|tion|tions|ment|ments|ness|ities|ized|izing|ised|ising)\b/.test(sentence) &&
    !PROMISE_ZH.test(sentence) &&
    !LOST_OBJECT_ZH.test(sentence) &&
    // "受[1]最近提出的……的启发": a bare citation number, which a question cannot resolve.
    !/\[\d+(?:\s?[,，–-]\s?\d+)*\]/.test(sentence) &&
    // "……以保护医疗系统并使其最小化": the translation dropped what is minimised, and "it" is what is protected.
    !/(?:保护|维护|保障|支持)[^，。；]{1,20}?并(?:使|将)其(?:最小化|降低|减少|降到最低)/.test(sentence) &&
    // "改善跨b（原文截断）的执行能力。": the translator says the sentence is cut.
    !ZH_CUT_NOTE.test(sentence) &&
    balanced(sentence)
  );
}

/** Words that say nothing of what a summary is about: the paper itself, its verbs, function words. */
const SUMMARY_FILLER_EN =
  /^(?:this|that|these|paper|study|work|article|authors?|we|our|propos\w*|present\w*|introduc\w*|the|and|for|with|from|which|its|their|can|both|into|onto|than|are|was|were|has|have|been)$/i;

/** The content words of an English text, cut to a stem of five letters ("algorithmic" and "algorithm" meet). */
function stemsEn(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length >= 3 && !SUMMARY_FILLER_EN.test(w)).map((w) => w.slice(0, 5));
}

/** The pairs of Han characters (and Latin names) of a Chinese text, without the paper's own verbs. */
function bigramsZh(text: string): string[] {
  const plain = text.replace(/本文|本研究|该论文|这篇论文|我们|提出了?|介绍了?|一种|一个|一套/g, ' ');
  const out: string[] = [...(plain.match(/[A-Za-z][\w-]+/g) ?? [])];
  for (const run of plain.match(/[\u4e00-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

/**
 * Whether a digest's one-line summary only restates a sentence another question quotes. In English,
 * when the head of the summary (what it says the paper is, up to the first comma or clause) is all in
 * that sentence, or most of its words are: "This paper proposes a more practical label-agnostic
 * setting to …" restates "we propose and promote a more practical label-agnostic setting, where …".
 * A Chinese summary is a one-line digest that its question checks against the paper ("总结有没有说得比论文更满？"),
 * read as useful even where it starts as the contribution sentence does: only one that is nearly all
 * in that sentence restates it.
 */
export function restates(summary: string, sentence: string): boolean {
  const zh = /[\u4e00-\u9fff]/.test(summary);
  const words = zh ? bigramsZh : stemsEn;
  const head = words(summary.split(zh ? /[，,；;：:]/ : /,\s|;\s|:\s|\s(?:to|which|that|by|through|via|using|where|so that)\s/)[0] ?? '');
  const all = words(summary);
  const known = new Set(words(sentence));
  const share = (list: string[]) => (list.length === 0 ? 0 : list.filter((w) => known.has(w)).length / list.length);
  return zh ? share(all) >= 0.85 : (head.length >= 3 && share(head) >= 0.8) || share(all) >= 0.6;
}

/** A phrase the digest's machine summary garbled by doubling a word round a modifier ("flipping or horizontally flipping"). */
export function garbled(text: string): boolean {
  return /\b([a-z]{4,})\s+(?:or|and)\s+[a-z]+ly\s+\1\b/i.test(text) || /([\u4e00-\u9fff]{2,4})\1/.test(text);
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

/**
 * A title as a reader writes it: TeX accents as letters (`G\"odel` → Gödel), text formatting as its
 * words (`\textsc{TestifAI}` → TestifAI), single spaces; empty when math is left that a question
 * cannot show (`hint$^2$`), so that the question is not asked.
 */
export function plainTitle(title: string): string {
  const plain = readableText(title).replace(/\s+/g, ' ').trim();
  return /[$\\{}]/.test(plain) ? '' : plain;
}

/**
 * A text as a page shows it, for reading and quoting: TeX text formatting read as its words
 * ({@link withoutTextFormatting}), TeX accents as letters (`It\\^o` → Itô, as src/render/math.ts
 * renders them) and words the PDF broke at a ligature joined ({@link LIGATURE_BREAK}).
 */
export function readableText(text: string): string {
  return texAccentsToUnicode(withoutTextFormatting(text)).replace(LIGATURE_BREAK, '$1$2');
}

/**
 * A word the PDF's text broke after its fi or fl ligature ("a unifi ed model", "task-specifi c",
 * "modifi cations", "fl ow"): joined again when what follows is one of the endings such breaks leave.
 */
const LIGATURE_BREAK =
  /\b([A-Za-z]*f[il]) (c|cs|ed|es|er|ers|cation|cations|cally|cant|cantly|ne|nes|ned|nement|nements|nal|nally|nite|nitely|nd|nds|rst|xed|eld|elds|gure|gures|lter|lters|ltering|ow|ows|uence|uences|exible|exibility|at|ag|ags|ts|le|les|lled|cial|ciency|cient|ciently)\b/g;
