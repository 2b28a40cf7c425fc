/**
 * "In one sentence": the sentence of an abstract that states what the paper contributes ("We propose
 * …", "This paper shows …", "In this work, …"; "本文提出……", "我们介绍了……"), returned whole and
 * exactly as the abstract writes it. Sentences are split by src/domain/questions/text.ts, which keeps
 * `$…$` math whole and does not end a sentence at "e.g.", "i.e.", "et al." or a decimal point.
 */
import { splitSentencesEn, splitSentencesZh, type Sentence } from './questions/text.ts';

const PAPER = '(?:paper|work|study|article|note|letter|thesis|report|survey|review|tutorial|primer|overview|monograph|essay|chapter|position paper|manuscript|research)';
const ADVERBS = '(?:(?:also|first|further|then|here|now|therefore|thus|hence|instead|additionally|newly|formally|finally|\\w+ly)\\s+){0,2}';

/** Verbs that announce the contribution itself. */
const MAKE =
  '(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|prove[sdn]?|establish(?:es|ed)?|derive[sd]?|construct(?:s|ed)?|build|builds|built|release[sd]?|formulate[sd]?|formali[sz]e[sd]?|put forward|puts forward|contribute[sd]?|devise[sd]?|create[sd]?|curate[sd]?|offer(?:s|ed)?|provide[sd]?)';
/** Verbs that announce what the paper finds or does, weaker than {@link MAKE}. */
const FIND =
  '(?:show(?:s|ed|n)?|find|finds|found|demonstrate[sd]?|argue[sd]?|report(?:s|ed)?|describe[sd]?|stud(?:y|ies|ied)|investigate[sd]?|examine[sd]?|analy[sz]e[sd]?|explore[sd]?|identif(?:y|ies|ied)|characteri[sz]e[sd]?|obtain(?:s|ed)?|give[sn]?|address(?:es|ed)?|tackle[sd]?|consider(?:s|ed)?|extend(?:s|ed)?|revisit(?:s|ed)?|evaluate[sd]?|compare[sd]?|measure[sd]?|estimate[sd]?|quantif(?:y|ies|ied)|assess(?:es|ed)?|reveal(?:s|ed)?|uncover(?:s|ed)?|review(?:s|ed)?|survey(?:s|ed)?|discuss(?:es|ed)?|outline[sd]?|contrast(?:s|ed)?|embark(?:s|ed)? on|appl(?:y|ies|ied))';

/** What the authors study before they make something ("We investigate …, and propose …"); not "we evaluate on X and introduce Y". */
export const STUDY = '(?:stud(?:y|ies)|investigate[sd]?|analy[sz]e[sd]?|examine[sd]?|explore[sd]?|consider(?:s|ed)?|revisit(?:s|ed)?|identif(?:y|ies|ied)|characteri[sz]e[sd]?)';

/** Tier 1: the contribution announced outright. */
const STRONG = [
  new RegExp(`^(?:In|Within) (?:this|the present|our) ${PAPER}\\b`, 'i'),
  new RegExp(`^(?:Here|Herein),? we\\b`, 'i'),
  new RegExp(`\\b(?:this|the present|our) (?:working |short )?${PAPER},? ${ADVERBS}(?:${MAKE}|${FIND})\\b`, 'i'),
  new RegExp(`\\bwe ${ADVERBS}${MAKE}\\b`, 'i'),
  // "We investigate the interplay of … and propose a novel method …": what they make, after what they study.
  new RegExp(`\\bwe ${ADVERBS}${STUDY}\\b[^.;]{0,160}?,? and ${ADVERBS}${MAKE}\\b`, 'i'),
  /\b(?:our|the) (?:main |key |primary |central )?(?:contributions?|position|thesis) (?:is|are|of this paper)\b/i,
  // "The goal of this tutorial is to discuss …".
  new RegExp(`^The (?:main |primary |central |overall )?(?:goal|aim|purpose|objective)s? of (?:this|the present|our) ${PAPER} (?:is|are) to\\b`, 'i'),
];
/** Tier 2: what the authors find or study, when nothing is announced outright. */
const WEAK = [
  new RegExp(`\\bwe ${ADVERBS}${FIND}\\b`, 'i'),
  // "This study seeks to reduce …", "we make the first effort to propose …": what the authors set out to do.
  new RegExp(
    `\\b(?:we|(?:this|the present|our) ${PAPER}),? ${ADVERBS}(?:(?:aim|seek|attempt|strive)s?|set out|(?:make|makes|made|take|takes|took) (?:the|a) first (?:effort|attempt|step))(?: towards?| to)\\b`,
    'i',
  ),
  /\b(?:our|these) (?:main )?(?:results|findings|analys[ie]s|experiments) (?:show|suggest|reveal|indicate|demonstrate)\b/i,
];

/** A sentence that opens by turning against what came before states a problem, not a contribution. */
const TURN = /^(?:However|But|Yet|Although|Though|Despite|Unfortunately|Nevertheless|然而|但是|但|尽管|虽然|不过)/;

/** A sentence that presents results rather than what was made: "simple numerical results to demonstrate …". */
export const SIDE_RESULTS = /\b(?:numerical|experimental|empirical|simulation|illustrative) (?:results|experiments|examples|studies|simulations)\b/i;

/** A sentence that adds to what came before ("We also show …", "The paper also presents …", "我们还展示了……") states a side result, not the main one. */
export const ALSO =
  /^(?:(?:We|The (?:paper|authors|study|work|article)|This (?:paper|work|study|article)) (?:also|additionally)\b|Additionally\b|In addition\b|Moreover\b|Furthermore\b|此外|另外|我们(?:还|也))/;

/**
 * An add-on built for a goal on the side ("To navigate the drone along the shortest path, we also
 * built a 3D A* planner", "为了……，我们还建立了……"): never the paper's contribution, nor quoted as what
 * the authors made; nor is what they show "as an illustration" ("作为一个说明，我们介绍了……").
 */
export const ADD_ON =
  /^(?:To|In order to)\b[^,;.]{1,100},\s*we (?:also|additionally)\b|^为了[^，。；]{1,60}，\s*我们(?:还|也)|^As an? (?:illustration|example|demonstration)\b|^作为(?:一个|一种)?(?:说明|示例|例子|演示|例证)/;

/**
 * Index of the contribution sentence among `sentences`, by the first tier that has one, or -1. A side
 * result ("Additionally, we develop a … test") is the contribution only when the tier has nothing else.
 */
export function contributionIndex(sentences: readonly string[], tiers: readonly (readonly RegExp[])[] = [STRONG, WEAK]): number {
  for (const [t, tier] of tiers.entries()) {
    const fits = (s: string) => !/[?？]["”)]?$/.test(s) && s.length <= 600 && !(t > 0 && TURN.test(s)) && !ADD_ON.test(s) && tier.some((re) => re.test(s));
    const at = sentences.findIndex((s) => fits(s) && !ALSO.test(s));
    if (at >= 0) return at;
    // "The paper also presents simple numerical results to demonstrate …": results shown on the side, never the contribution.
    const side = t === 0 ? sentences.findIndex((s) => fits(s) && !SIDE_RESULTS.test(s)) : -1;
    if (side >= 0) return side;
  }
  return -1;
}

/** The complete sentences of a text, as written. */
function complete(sentences: Sentence[]): string[] {
  return sentences.filter((s) => s.complete).map((s) => s.text);
}

/**
 * The sentence of an English abstract that states the paper's contribution, whole and exactly as
 * written, or undefined when none does clearly. A cut-off last sentence is never returned.
 */
export function contributionSentence(abstract: string): string | undefined {
  const sentences = complete(splitSentencesEn(abstract));
  return sentences[contributionIndex(sentences)];
}

const STRONG_ZH = [
  /^(?:在|於)?(?:本文|本研究|本论文|本工作|本报告|本综述|这篇论文|这篇文章|这项工作|这项研究|该论文|本项工作|此项工作|此工作)(?:中)?/,
  /(?:本文|本研究|本论文|本报告|本综述|这篇论文|这篇文章|这项工作|这项研究|该论文)[^，。]{0,6}?(?:提出|介绍|引入|推出|开发|设计|构建|建立|证明|给出|发布|提供|展示|表明|研究|探讨|分析|论证|主张|认为)/,
  // 我 alone is a single author ("我提出了……的新证据"), never 自我 (self-).
  /(?:我们|(?<!自)我(?!们))(?:首先|还|也|进一步|同时|随后|因此|最后|在此|在这里|在本文中)?(?:提出|介绍|引入|推出|开发|设计|构建|建立|证明|推导|给出|发布|提供|创建)/,
  /我们的(?:主要)?(?:贡献|立场|观点)是/,
];
const WEAK_ZH = [
  /(?:我们|(?<!自)我(?!们))[^，。；]{0,6}?(?:发现|表明|展示|显示|研究|探讨|分析|考察|调查|论证|揭示|评估|比较)/,
  /(?<!静态|以往|传统|现有|先前|多项|许多|一些|大量|早期|已有|既有|过去的)(?:结果|实验|分析|研究)(?:表明|显示|证明|揭示)/,
];

/** Index of the contribution sentence among Chinese `sentences`, or -1. */
export function contributionIndexZh(sentences: readonly string[]): number {
  return contributionIndex(sentences, [STRONG_ZH, WEAK_ZH]);
}

/** The Chinese counterpart: the sentence of a Chinese abstract that says 本文提出…, 我们介绍…, whole and as written. */
export function contributionSentenceZh(abstractZh: string): string | undefined {
  const sentences = complete(splitSentencesZh(abstractZh));
  return sentences[contributionIndexZh(sentences)];
}
