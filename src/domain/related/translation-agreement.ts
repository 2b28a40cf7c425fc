/**
 * Whether two papers' Chinese translations agree that the papers are about the same thing. The English
 * match of the related-papers engine can rest on words of two senses: "parent", "tree" and "children"
 * are shared by a study of family trees and a graph network over metapath trees, and "black box" by
 * an attack and an optimiser. The digests' translations tell the senses apart (家谱 and 父母, not 父节点;
 * 黑盒攻击, not 黑盒优化), so two papers whose translations share almost nothing of their own are not
 * clearly related, whatever their English shares.
 *
 * The measure is the cosine of the papers' Chinese character bigrams (titles, summaries, abstracts; no
 * Latin words, which translations keep as they are), weighted by their rarity in the engine's fixed
 * background of real arXiv papers (background.ts), so that 模型 or 数据 weigh little. Pairwise: no index.
 */
import { BACKGROUND, type Background } from './background.ts';
import { terms } from './tokenize.ts';
import type { PaperText } from '../paper-text.ts';

/** Fewer Chinese characters than this in a paper's Chinese fields: nothing to compare, no verdict. */
const MIN_HAN = 40;
const HAN_BIGRAM = /^[\u4e00-\u9fff]{2}$/;

/** A paper's Chinese bigrams with their weights, or undefined when it has too little Chinese text. */
function chineseVector(paper: PaperText, background: Background): Map<string, number> | undefined {
  const text = [paper.titleZh, paper.summaryZh, paper.abstractZh].filter(Boolean).join('\n');
  if ((text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < MIN_HAN) return undefined;
  const tf = new Map<string, number>();
  for (const term of terms(text, 'bigrams')) if (HAN_BIGRAM.test(term)) tf.set(term, (tf.get(term) ?? 0) + 1);
  const n = background.papers;
  const vector = new Map<string, number>();
  for (const [term, count] of tf) {
    const df = background.df.get(term) ?? 0;
    vector.set(term, (1 + Math.log(count)) * Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return vector;
}

/**
 * The cosine, in [0, 1], of the two papers' Chinese texts, or undefined when either has too little
 * Chinese text to say (then the English match stands alone).
 */
export function translationAgreement(a: PaperText, b: PaperText, background: Background = BACKGROUND): number | undefined {
  const va = chineseVector(a, background);
  const vb = chineseVector(b, background);
  if (!va || !vb) return undefined;
  let dot = 0;
  for (const [term, w] of va) dot += w * (vb.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return dot / (norm(va) * norm(vb) || 1);
}
