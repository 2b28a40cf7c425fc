/**
 * Figures a question may ask about: only those whose measure the sentence names right next to them
 * ("improves accuracy by 12%", "3.1x faster", "准确率提高了12%"). A number whose meaning is not that
 * plain (a count of responses, a share of variance, a score without its metric) gives no figure.
 */

/** A figure and what it measures, as the sentence writes them. */
export interface Figure {
  /** The number with its unit, as written: "12%", "3.1x", "2.5 倍". */
  figure: string;
  /** What it measures, as written: "accuracy", "latency", "准确率"; "speed" for "… faster". */
  measure: string;
  /** `change`: an improvement or reduction; `value`: a level reached ("92.3% accuracy"). */
  kind: 'change' | 'value' | 'speed';
}

const MEASURE_EN =
  '(?:top-\\d+ accuracy|accuracy|macro[- ]F1|micro[- ]F1|F1(?:[- ]scores?)?|precision|recall(?:@\\d+)?|BLEU|ROUGE(?:-[\\dL])?|METEOR|perplexity|AUROC|AUPRC|AUC|nDCG(?:@\\d+)?|NDCG(?:@\\d+)?|MRR(?:@\\d+)?|mAP|HR@\\d+|Hit@\\d+|success rate|win rate|pass@\\d+|exact match|(?:word |character )?error rate|WER|CER|latency|throughput|inference (?:time|latency|cost)|training (?:time|cost)|memory(?: usage| footprint| consumption)?|energy(?: consumption| use)?|FLOPs|index size|storage)';
const APPROX = '(?:(?:up to|about|around|approximately|over|more than|nearly|almost|roughly|an average of|on average|as much as)\\s+)?';
const CHANGE_NUM = '\\d+(?:\\.\\d+)?\\s?(?:%|percentage points?|points?|pp\\b|x\\b|×|times\\b|-fold\\b)';
const VALUE_NUM = '\\d+(?:\\.\\d+)?\\s?%|\\d+\\.\\d+';
const FACTOR = '\\d+(?:\\.\\d+)?\\s?(?:x|×|times|-fold)';

const EN: { re: RegExp; kind: Figure['kind']; figure: number; measure?: number }[] = [
  // "improves accuracy on MMLU by 12%", "reduces the latency by up to 40%"
  {
    re: new RegExp(
      `\\b(?:improv|increas|boost|rais|enhanc|reduc|decreas|cut|lower|lift)\\w*\\s+(?:(?:the|its|their|our|average|overall|mean|relative|absolute)\\s+){0,2}(${MEASURE_EN})\\s+(?:(?!(?:and|or|but|while|whereas|which|that)\\b)[\\w-]+\\s+){0,3}?by\\s+${APPROX}(${CHANGE_NUM})`,
      'i',
    ),
    kind: 'change',
    measure: 1,
    figure: 2,
  },
  // "12% higher accuracy", "a 40% reduction in latency", "3x less memory"
  {
    re: new RegExp(
      `(${CHANGE_NUM})\\s+(?:(?:relative|absolute|average)\\s+)?(?:higher|lower|better|fewer|less|more|improvements?\\s+in|gains?\\s+in|increases?\\s+in|reductions?\\s+in|decreases?\\s+in|drops?\\s+in)\\s+(?:the\\s+)?(${MEASURE_EN})\\b`,
      'i',
    ),
    kind: 'change',
    figure: 1,
    measure: 2,
  },
  // "3.1x faster", "a speedup of up to 5x"
  { re: new RegExp(`(${FACTOR})\\s+(?:faster|speed-?ups?)\\b`, 'i'), kind: 'speed', figure: 1 },
  { re: new RegExp(`\\bspeed-?ups?\\s+of\\s+${APPROX}(${FACTOR})`, 'i'), kind: 'speed', figure: 1 },
  // "by 2.3 BLEU", "by 4 points of accuracy" is left alone (the words between are not the measure)
  { re: new RegExp(`\\bby\\s+${APPROX}(\\d+(?:\\.\\d+)?\\s?%?)\\s+(?:absolute\\s+)?(${MEASURE_EN})\\b`, 'i'), kind: 'change', figure: 1, measure: 2 },
  // "18.14 BLEU points improvement", "a 3.2 BLEU gain", "a 2.5% accuracy gain": a change, however the number is written.
  {
    re: new RegExp(`(?:^|\\s)(\\d+(?:\\.\\d+)?\\s?%?)\\s+(${MEASURE_EN})(?:\\s+points?)?\\s+(?:improvements?|gains?|increases?|drops?|reductions?|decreases?|higher|lower|better|worse)\\b`, 'i'),
    kind: 'change',
    figure: 1,
    measure: 2,
  },
  // "92.3% accuracy", "an accuracy of 92.3%"
  { re: new RegExp(`(?:^|\\s)(${VALUE_NUM})\\s+(?:(?:top-1|average|overall|mean)\\s+)?(${MEASURE_EN})\\b`, 'i'), kind: 'value', figure: 1, measure: 2 },
  { re: new RegExp(`\\b(${MEASURE_EN})\\s+(?:of|at)\\s+(${VALUE_NUM})`, 'i'), kind: 'value', measure: 1, figure: 2 },
];

/** The first figure of an English sentence whose measure is plain, or undefined. */
export function figureEn(sentence: string): Figure | undefined {
  // "For 22% latency reduction, X surpasses …": a figure in the opening condition is where the result is read, not the result.
  const condition = CONDITION_EN.exec(sentence)?.[0].length ?? 0;
  const text = ' '.repeat(condition) + sentence.slice(condition);
  for (const rule of EN) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length);
    if (CONTRASTED_AFTER_EN.test(after) || (rule.kind === 'value' && LISTED_AFTER_EN.test(after))) return undefined;
    // "3.60-4.41x faster": the end of a range is not the result; "faster than the materialized …" names its baseline.
    const before = text.slice(0, m.index + m[0].indexOf(m[rule.figure]!));
    if (/\d\s?(?:-|–|to)\s?$/.test(before)) return undefined;
    // "(77.25 mAP compared to 83.50 mAP)": the figure after "compared to" is the reference, not the result.
    if (/\b(?:compared (?:to|with)|versus|vs\.?|against|relative to)\s*$/i.test(before)) return undefined;
    // "it overcame a 1.25% error rate mislabeled contracts": a condition the method withstood, not what it measured.
    if (/\b(?:overc[ao]me|overcomes|overcoming|despite|tolerat(?:es?|ing)|robust (?:to|against)|in the presence of)\s+(?:an?\s+|the\s+)?(?:up to\s+)?$/i.test(before)) return undefined;
    if (rule.kind === 'speed' && /^\s*(?:than|over|relative to|compared (?:with|to))\b/i.test(after)) return undefined;
    return { figure: m[rule.figure]!.trim(), measure: rule.measure ? m[rule.measure]! : 'speed', kind: rule.kind };
  }
  return undefined;
}

/** An opening condition clause: "For 22% latency reduction, …", "At 90% recall, …". */
const CONDITION_EN = /^(?:For|At|Under|With|Given|Assuming)\b[^,;.]{0,80},/i;

/**
 * A figure set against another right after it ("the row-level protocol scores 0.905 macro-F1 where
 * holding whole files out leaves 0.594", "53.4% accuracy and a Ranked Probability Score of 0.1972
 * against the market's 0.1905"): which one is the paper's result, and against what, is for the reader
 * to say, not for a "how does it compare with the baseline" question. A decimal point is no sentence's end.
 */
const CONTRASTED_AFTER_EN = /^(?:(?:[^.;]|\.(?=\d)){0,60}?\b(?:where|whereas|versus|vs\.?|against|compared (?:with|to)|relative to)\s(?:[^.;]|\.(?=\d)){0,40}?\d)/;
/** A level listed with others ("a top-1 and top-5 accuracy of 57.9% and 99.8%"): which is which, only their order says. */
const LISTED_AFTER_EN = /^\s*(?:,|and)\s*\d/;
const CONTRASTED_AFTER_ZH = /^[^。；]{0,20}?(?:而|但仅|相比之下)[^。；]{0,20}?\d/;

const MEASURE_ZH =
  '(?:准确率|准确度|精确率|精度|召回率|F1(?:分数|值)?|BLEU|ROUGE|困惑度|AUC|nDCG|NDCG|MRR|成功率|胜率|词错误率|字错误率|错误率|延迟|时延|吞吐量|推理速度|训练时间|推理时间|内存占用|内存消耗|显存占用|能耗|存储开销)';
const NUM_ZH = '\\d+(?:\\.\\d+)?\\s?(?:%|％|个百分点|倍)';
const ZH: { re: RegExp; kind: Figure['kind']; figure: number; measure?: number }[] = [
  // "准确率提高了12%", "延迟平均降低了40%"
  { re: new RegExp(`(${MEASURE_ZH})[^，。；、\\d]{0,4}?(?:提高|提升|增加|降低|减少|下降|缩短|改善)了?(?:约|高达|超过|近|多达|平均)?\\s*(${NUM_ZH})`), kind: 'change', measure: 1, figure: 2 },
  // "提高了准确率12%"
  { re: new RegExp(`(?:提高|提升|降低|减少|改善)了?(${MEASURE_ZH})\\s*(?:约|高达|超过|近|多达)?\\s*(${NUM_ZH})`), kind: 'change', measure: 1, figure: 2 },
  // "3倍的加速", "加速了2.5倍"
  { re: /(\d+(?:\.\d+)?\s?倍)的?(?:加速|速度提升|提速)/, kind: 'speed', figure: 1 },
  { re: /(?:加速|提速)了?(?:约|高达|超过)?\s*(\d+(?:\.\d+)?\s?倍)/, kind: 'speed', figure: 1 },
  // "准确率达到92.3%"
  { re: new RegExp(`(${MEASURE_ZH})(?:达到|为|高达)了?\\s*(\\d+(?:\\.\\d+)?\\s?(?:%|％))`), kind: 'value', measure: 1, figure: 2 },
];

/** A measure joined to the one a figure follows ("准确性和F1分数提高了4.46%"). */
const TWO_MEASURES_BEFORE_ZH = new RegExp(`(?:${MEASURE_ZH}|准确性)(?:和|与|及|以及)$`);

/** The first figure of a Chinese sentence whose measure is plain, or undefined. */
export function figureZh(sentence: string): Figure | undefined {
  for (const rule of ZH) {
    const m = rule.re.exec(sentence);
    if (!m) continue;
    if (CONTRASTED_AFTER_ZH.test(sentence.slice(m.index + m[0].length))) return undefined;
    // "将预测的准确性和F1分数提高了4.46%": two measures, one figure (the English gives one for each): which goes with which is unknown.
    if (rule.measure && TWO_MEASURES_BEFORE_ZH.test(sentence.slice(0, m.index))) return undefined;
    return { figure: m[rule.figure]!.trim(), measure: rule.measure ? m[rule.measure]! : '速度', kind: rule.kind };
  }
  return undefined;
}
