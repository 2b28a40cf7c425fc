/**
 * Assumptions and limits an abstract gives away by its wording: synthetic data, a model as judge,
 * proprietary data, one language or one kind of hardware, proofs that rest on assumptions, and so on.
 * Each cue comes with the clause around it, so a question can quote what the paper actually says.
 */
import { clauseAround } from './text.ts';

export type LimitKey =
  | 'assumption'
  | 'theory'
  | 'synthetic'
  | 'judge'
  | 'contamination'
  | 'proprietary'
  | 'annotation'
  | 'hardware'
  | 'privacy'
  | 'clinical'
  | 'language'
  | 'simulation'
  | 'scale'
  | 'domain'
  | 'participants'
  | 'unsupervised'
  | 'generalization';

/** A hint of an assumption or limit, found by a cue in the text. */
export interface LimitCue {
  key: LimitKey;
  /** The words that triggered it, e.g. "synthetic data", "proprietary datasets". */
  phrase: string;
  /** The clause around the cue, in the third person. */
  clause: string;
}

interface LimitRule {
  key: LimitKey;
  re: RegExp;
  /** Only for benchmark and dataset papers. */
  dataOnly?: boolean;
}

/** In order of how much a question about them usually tells: the first cues found come first. */
const RULES: LimitRule[] = [
  { key: 'assumption', re: /\b(?:assum(?:e|es|ed|ing|ption|ptions)|under the (?:condition|premise))\b/i },
  { key: 'theory', re: /\b(?:prove that|proves that|we prove (?:a|an|the|new|tight|upper|lower)\b|theorem|upper bound|lower bound|regret bound|regret|sample complexity|convergence rate|minimax|guarantees?)\b/i },
  { key: 'synthetic', re: /\b(?:synthetic(?! aperture)|synthesi[sz]ed|synthesi[sz]e|silver data|(?:generated|produced) by (?:GPT|ChatGPT|an? LLM|LLMs|a language model)|pseudo-label\w*)\b/i },
  { key: 'judge', re: /\b(?:judged by|as (?:a |the )?(?:judge|evaluator)s?|LLM-as-a-judge|GPT-4 (?:as|to) (?:evaluate|judge|score|rate)|(?:automatic|automated) (?:evaluation|metrics?) (?:with|using|by) (?:GPT|an? LLM))\b/i },
  { key: 'contamination', re: /\b(?:(?:from|using|on) (?:GitHub|Wikipedia|the web|Reddit|Stack Overflow|StackOverflow|Common Crawl)|Wikipedia (?:documents|articles|category|pages)|(?:crawled|scraped) from)\b/i, dataOnly: true },
  { key: 'proprietary', re: /\b(?:proprietary|in-house|internal|private|closed-source|non-public)\s+(?:\w+\s+)?(?:data|datasets?|models?|benchmarks?|platforms?|corpora|logs)\b/i },
  { key: 'annotation', re: /\b(?:annotated by|(?:human|expert|manual|crowd[- ]?sourced)\s+(?:annotat\w+|labell?\w+|evaluation|judg\w+|ratings?)|annotators|crowd ?workers|rigorously annotate\w*|hand-label\w*|dataset annotated)\b/i },
  { key: 'hardware', re: /\b(?:Qualcomm|MTK|MediaTek|Snapdragon|Apple M\d|Raspberry Pi|Jetson)\b/ },
  { key: 'hardware', re: /\b(?:mobile phones?|on-device|edge devices?|edge nodes?|CPU inference|smartphones?|microcontrollers?|extreme edge|FPGA|memory-constrained)\b/i },
  { key: 'privacy', re: /\b(?:differential(?:ly)? priva\w+|membership inference|privacy budget|privacy)\b/i },
  { key: 'clinical', re: /\b(?:clinical|patients?|medical|hospitals?|diagnos\w+|ICU|health records?|healthcare|patholog\w+)\b/i },
  { key: 'language', re: /\b(?:Chinese|Spanish|Arabic|Swiss German|German|Greek|Russian|Mandarin|French|Japanese|Korean|Hindi|Islamic|low-resource languages?|English-only|monolingual)\b/ },
  { key: 'simulation', re: /\b(?:simulat\w+|toy (?:tasks?|settings?|problems?|models?)|NetHack|Atari|MuJoCo|grid ?worlds?|video games?|synthetic environments?)\b/i },
  { key: 'unsupervised', re: /\b(?:unsupervised|without (?:any )?(?:labels|supervision|ground-truth)|self-supervised)\b/i },
  { key: 'generalization', re: /\b(?:unseen|out-of-distribution|out of distribution|held-out|zero-shot|novel (?:domains|tasks|languages)|generali[sz]\w* to (?:new|unseen|other))\b/i },
  { key: 'scale', re: /\b(?:\d+(?:\.\d+)?[BM](?![\w/])|billion-parameter|\d+ ?billion|small(?:er)? (?:language )?models|medium-size|reduced scale)\b/i },
  { key: 'domain', re: /\b(?:domain-specific|specialized domains?|closed domain|single domain|(?:in|for) the \w+ domain)\b/i },
  { key: 'participants', re: /\b(?:participants|respondents|survey data|user study|N\s?=\s?[\d,]+|interviews?)\b/i },
];

/** The limit cues of an abstract, in the order of {@link RULES}, at most one per kind. */
export function limitsOf(sentences: readonly string[], dataPaper: boolean): LimitCue[] {
  const cues: LimitCue[] = [];
  for (const rule of RULES) {
    if ((rule.dataOnly && !dataPaper) || cues.some((c) => c.key === rule.key)) continue;
    for (const sentence of sentences) {
      const m = rule.re.exec(sentence);
      if (m) {
        cues.push({ key: rule.key, phrase: m[0], clause: clauseAround(sentence, m.index) });
        break;
      }
    }
  }
  return cues;
}
