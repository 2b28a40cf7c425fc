/**
 * Whether a Chinese sentence the questions would quote says what the English sentence it translates
 * says, as far as a few cheap tests can tell. The digest's Chinese abstract is a machine translation,
 * and a translator can drop a negation ("that are disentangled from utility-relevant regions" rendered
 * "与效用相关的区域", related to them; "unlabeled" rendered 标记), turn a tentative step into a proposal
 * ("We move toward a standard approach" rendered "本文提出了一种标准方法"), or leave a "which" clause
 * dangling after the wrong subject. A Chinese question that quotes such a sentence tells the group the
 * opposite of the paper, so the sentence is never quoted.
 *
 * The sentences are paired by position: the translations keep the English sentences one for one in
 * 87% of 3,653 digest papers, and a pair is trusted only where the counts agree (or the English was
 * cut and the translation runs on) and, when both sentences carry Latin words or numbers, they share
 * one. A sentence without a trusted partner is never vetoed.
 */
import { readableText, splitSentencesEn, splitSentencesZh } from './text.ts';

export type TranslationProblem = 'negation-lost' | 'proposal-added' | 'referent-lost';

/**
 * An English negation or separation that a faithful translation carries in some form ("gradient-free" as
 * 无梯度 or 免梯度, never 基于梯度的). Lower case, or
 * opening the sentence: "Neither" in "(Favor, Against or Neither)" or "NOR" is a label, "Flux NO" a name.
 * Not the additive "not only", "not least", the contrast "instead of", "rather than" (a translation may
 * drop the road not taken and still say what the paper did), nor "without compromising" (rendered
 * "在保持……的前提下").
 */
const NEGATION_EN =
  /(?:^|(?<![\w-]))(?:not(?! only| just| merely| least| simply| limited to)|no(?![\w-]| matter)|never|none|neither|nor|without(?! (?:compromising|sacrificing|hurting|harming|degrading|losing|affecting|impacting|reducing))|cannot|can't|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|unrelated|uncorrelated|independent(?:ly)? of|disentangled from|decoupled from|separated? from|orthogonal to|lacks?|lacking|absen(?:t|ce)|fail(?:s|ed)? to|unable|[a-z]+-free)(?![\w-])|^(?:No|Not|Neither|None|Never|Without)\b/;
/** The forms a negation or a separation takes in Chinese: 不, 没有, 无, 未, 非, 缺乏, 独立于, 解耦, 分离, 正交, 而不是, … */
const NEGATION_ZH = /[不没无未非否缺免错]|自由|独立|分离|解耦|解缠|脱离|正交|难以|而是|避免|排除|去除|摆脱|区分|分开|隔离|失败|很少|较少|鲜|少有|仅|只/;

/** Chinese that says the authors proposed something: "本文提出了一种……", "我们提出一个……". */
const PROPOSES_ZH = /^(?:[^，。；]{0,12}[，,])?(?:本文|本研究|本工作|这篇论文|该论文|我们|作者)(?:[^，。；]{0,6})?(?:提出|引入)了?(?:一[种个套项类]|新的|[一二三四五六七八九十两几多]+[种个套项类])/;
/**
 * The verbs of the authors' own clauses ("We move toward …", "This paper conditions …", "we then ask …"),
 * each with the word after it (for "we have developed"); none where the authors are not the subject.
 */
function authorsVerbs(en: string): string[][] {
  const verbs: string[][] = [];
  // A lookahead, so that "In this paper we present" yields both "this paper" and "we" with what follows.
  const subject =
    /\b(?:[Ww]e|I|[Tt]his (?:paper|work|study|article|note|report|research))\s+(?:(?:\w+ly|also|then|further|furthermore|moreover|first|here|now|instead|thus|therefore|hence|next|finally|additionally|in this (?:paper|work|study|article))\s+){0,2}(?=([A-Za-z]+)(?:\s+([A-Za-z]+))?)/g;
  for (const m of en.matchAll(subject)) if (!/^(?:we|I|in|this)$/i.test(m[1]!)) verbs.push([m[1]!, m[2] ?? '']);
  return verbs;
}

/** A verb of making anywhere in the sentence ("we overcome this barrier by introducing …", "… is proposed"). */
const MAKING_VERB_EN =
  /\b(?:propos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|develop(?:s|ed|ing)?|devis(?:e|es|ed|ing)|formulat(?:e|es|ed|ing)|construct(?:s|ed|ing)?|buil(?:d|ds|t|ding)|creat(?:e|es|ed|ing)|design(?:s|ed|ing))\b/;

/**
 * What the authors do in verbs a translator may render as 提出 or 引入: making, giving, claiming, asking,
 * positing, advancing, hypothesising, setting a task. Where the authors only "move toward a standard
 * approach", "cover five approaches" or "condition" a process, the Chinese proposal is the translator's.
 */
const RENDERED_AS_PROPOSAL_EN =
  /^(?:propos|introduc|present|develo?p|design|build|built|construct|creat|devis|formulat|put|offer|provid|describ|releas|contribut|establish|curat|collect|compil|assembl|train|implement|extend|adapt|appl(?:y|ies|ied|ying)|use|using|utili[sz]|employ|leverag|deriv|defin|suggest|recommend|argu|rais|pose|posit|outlin|call|advocat|advanc|formali[sz]|generali[sz]|lay|laid|produc|generat|augment|enhanc|improv|modif|refin|combin|integrat|unif|incorporat|add|equip|initiat|launch|pioneer|craft|tailor|engineer|synthesi[sz]|instantiat|model|cast|ask|claim|give|gave|mak|made|hypothesi[sz]|sketch|devot|set|suppl|explor|find|found|show|observ|reveal|demonstrat|prov|discover|note|overcom|approach|term|name|conceptuali[sz]|delineat|deploy|score|stud|investigat|examin|analy[sz]|consider|discuss|identif|specif|seek|aim|re(?:visit|think|formulat|fram|cast|design))/i;

/** Auxiliaries before the verb that says what the authors do ("we have developed", "we are proposing"). */
const AUXILIARY_EN = /^(?:have|has|had|are|is|were|was|will|can|could|would|may|might|must|shall|should|do|does|did)$/i;

/** How long a translation runs against its English, in characters, where sentences pair one for one. */
const TRANSLATION_LENGTH = [0.2, 0.5] as const;

function withinTranslationLength(zhChars: number, enChars: number): boolean {
  const ratio = zhChars / enChars;
  return ratio >= TRANSLATION_LENGTH[0] && ratio <= TRANSLATION_LENGTH[1];
}

/** Latin words with a capital or digit, and numbers: the words a translation keeps as they are. */
function anchors(sentence: string): Set<string> {
  return new Set((sentence.match(/[A-Za-z][A-Za-z0-9-]+|\d+(?:\.\d+)?/g) ?? []).filter((t) => /[A-Z0-9]/.test(t)));
}

/** How many of the Chinese sentence's Latin words and numbers the English one has; undefined when either has none. */
function sharedAnchors(en: string | undefined, zh: string): number | undefined {
  if (en === undefined) return 0;
  const a = anchors(en);
  const b = anchors(zh);
  if (a.size === 0 || b.size === 0) return undefined;
  let shared = 0;
  for (const t of b) if (a.has(t)) shared++;
  return shared;
}

/**
 * For each sentence of the Chinese abstract (as {@link splitSentencesZh} splits it), the whole English
 * sentence it translates, where the pairing can be trusted.
 */
export function pairedEnglish(abstractEn: string | undefined, abstractZh: string | undefined): Map<string, string> {
  const en = splitSentencesEn(readableText(abstractEn ?? ''));
  const zh = splitSentencesZh(readableText(abstractZh ?? ''));
  const pairs = new Map<string, string>();
  if (en.length === 0 || zh.length === 0) return pairs;
  const cut = !en.at(-1)!.complete;
  // One for one, or an English abstract the digest cut with a translation of all of it.
  if (!(en.length === zh.length || (cut && zh.length >= en.length))) return pairs;
  let zhSoFar = 0;
  let enSoFar = 0;
  for (let i = 0; i < zh.length && i < en.length; i++) {
    if (!en[i]!.complete) continue;
    // Where the sentences carry names or numbers, they share one, and no more with a neighbour of the English.
    const shared = sharedAnchors(en[i]!.text, zh[i]!.text);
    if (shared === 0) continue;
    if (shared !== undefined && [en[i - 1]?.text, en[i + 1]?.text].some((next) => (sharedAnchors(next, zh[i]!.text) ?? 0) > shared)) continue;
    // A translation runs to 0.2–0.5 of the English's characters (0.29 at the median, 0.21 and 0.53 at the
    // 1st and 99th percentiles): outside that, one side holds two sentences the other splits.
    // The same holds for all the sentences up to this one, or a merge and a split before it put the pairs out of step.
    zhSoFar += zh[i]!.text.length;
    enSoFar += en[i]!.text.length;
    if (!withinTranslationLength(zh[i]!.text.length, en[i]!.text.length) || !withinTranslationLength(zhSoFar, enSoFar)) continue;
    pairs.set(zh[i]!.text, en[i]!.text);
  }
  return pairs;
}

/**
 * "Underrepresented sample regions" rendered 代表性样本区域 ("representative regions"): a shortfall a faithful
 * translation keeps (代表性不足, 欠代表, 较少), which NEGATION_ZH's 不 in any other word (不确定性) does not show.
 */
const TOO_LITTLE_EN = /\bunder-?(?:represented|served|resourced)\b/i;
const TOO_LITTLE_ZH = /不足|欠|较少|很少|少数|稀|缺|低|匮乏|不够|未|鲜|弱势|边缘|忽视|忽略/;

/** "using unlabeled test inputs" rendered 使用标记测试输入 ("labeled"): the "un-" a faithful translation keeps (无标签, 未标注). */
const UNLABELED_EN = /\bun(?:labell?ed|annotated)\b/i;
const UNLABELED_ZH = /[无未非没不](?:需|带|经)?(?:标签|标记|标注)|无监督|没有(?:标签|标注)/;
/**
 * ", which often overlook students' needs" said of traditional teaching methods, rendered "……为传统教学方法带来了
 * 革命性的变革，通常忽视个别学生的多样化需求": the clause loses what it is said of, and reads as said of the subject.
 */
const RELATIVE_DIAGNOSIS_EN = /,\s+which (?:\w+ly |often |still |tend to )?(?:overlook|ignore|neglect|fail|lack|suffer|struggle|cannot|do not|does not|are unable)\w*/i;
// Only after a clause that praises: "……带来了革命性的变革，通常忽视……" says the opposite of itself. ("……依赖隐式嵌入交互，缺乏……推理能力" still says it of the methods.)
const DANGLING_DIAGNOSIS_ZH = /(?:带来了?|革命|变革|推动|促进|成功|进步|显著提升)[^，。；]{0,30}，(?:通常|往往|常常|经常|却|而)?(?:忽视|忽略|缺乏|无法|未能|难以|不能)/;

/** What a Chinese sentence gets wrong about the English it translates, if either test sees it. */
export function translationProblem(zh: string, en: string): TranslationProblem | undefined {
  if (NEGATION_EN.test(en) && !NEGATION_ZH.test(zh)) return 'negation-lost';
  if (TOO_LITTLE_EN.test(en) && !TOO_LITTLE_ZH.test(zh)) return 'negation-lost';
  if (UNLABELED_EN.test(en) && !UNLABELED_ZH.test(zh)) return 'negation-lost';
  if (RELATIVE_DIAGNOSIS_EN.test(en) && DANGLING_DIAGNOSIS_ZH.test(zh)) return 'referent-lost';
  if (PROPOSES_ZH.test(zh)) {
    const verbs = authorsVerbs(en).map(([verb, next]) => (AUXILIARY_EN.test(verb!) ? next! : verb!));
    if (verbs.length > 0 && !verbs.some((v) => RENDERED_AS_PROPOSAL_EN.test(v)) && !MAKING_VERB_EN.test(en)) return 'proposal-added';
  }
  return undefined;
}
