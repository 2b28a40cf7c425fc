import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigest, type DigestEntry } from '../../src/domain/digest/parse-digest.ts';
import { checkQuestion, chineseNumeral, nearDuplicate, normalizeText, questionFlags, type PaperSourceText, type QuestionFlag } from '../../src/domain/questions/checks.ts';
import { DIGESTS } from '../helpers/content.ts';

function entry(file: string, id: string): DigestEntry {
  const found = parseDigest(readFileSync(join(DIGESTS, file), 'utf8')).entries.find((e) => e.id === id);
  if (!found) throw new Error(`${id} is not in ${file}`);
  return found;
}

/** Black-Box $k$-to-$1$-PCA Reductions: math in the title and abstract, a Chinese abstract. */
const PCA = entry('cs.LG-2024-06-12.md', '2403.03905');
/** MAD Max: "14~32%", "2.24x and 5.27x", "2.24倍" in Chinese. */
const MADMAX = entry('cs.LG-2024-06-12.md', '2310.02784');
/** CrossQ: ColBERT, MRR@10, nDCG@10, BEIR, "winner" in quotes, a cut abstract. */
const CROSSQ = entry('cs.IR-2026-08-21.md', '2608.19204');
/** FFB: "45,079". */
const FFB = entry('cs.LG-2024-06-12.md', '2306.09468');

function flags(question: string, paper: PaperSourceText, locale: 'en' | 'zh-CN' = 'en', others?: readonly string[]): QuestionFlag[] {
  return questionFlags(question, paper, locale, others).map((h) => h.flag);
}

describe('questions that pass every check', () => {
  it('in English, quoting, citing figures and naming what the paper names', () => {
    const good = [
      'Why were black-box methods that call a $1$-PCA oracle $k$ times "previously poorly-understood"?',
      'How much of the 14~32% of GPU hours spent on communication could the co-design strategies recover?',
      'Would the 2.24x throughput improvement for pre-training survive on a smaller cluster?',
      'CrossQ conditions token codes on document context computed at indexing time: what does that cost when the collection changes?',
      'Is an improvement of +0.009 in nDCG@10 on the BEIR subset large enough to matter, compared with ColBERT?',
      'What is lost when scores of sparse “winner” tokens are not preserved?',
      'Which of the 45,079 items drive the benchmark’s conclusions?',
    ];
    expect(flags(good[0]!, PCA)).toEqual([]);
    expect(flags(good[1]!, MADMAX)).toEqual([]);
    expect(flags(good[2]!, MADMAX)).toEqual([]);
    expect(flags(good[3]!, CROSSQ)).toEqual([]);
    expect(flags(good[4]!, CROSSQ)).toEqual([]);
    expect(flags(good[5]!, CROSSQ)).toEqual([]);
    expect(flags(good[6]!, { ...FFB, abstract: FFB.abstract })).toEqual([]);
  });

  it('in Chinese, with math, the paper’s figures and its names', () => {
    expect(flags('对于$k$-PCA，黑盒缩减方法为什么以前很难理解？', PCA, 'zh-CN')).toEqual([]);
    expect(flags('在预训练场景中，2.24倍的吞吐量提升在更小的集群上还能保持吗？', MADMAX, 'zh-CN')).toEqual([]);
    expect(flags('CrossQ在4 B/token下实现的64倍存储缩减，代价是什么？', CROSSQ, 'zh-CN')).toEqual([]);
    expect(flags('为什么保留稀疏“胜出”令牌的分数对排序如此关键？', CROSSQ, 'zh-CN')).toEqual([]);
  });
});

describe('cut-clause', () => {
  it('flags a question or a quote that stops mid-phrase', () => {
    expect(flags('How sharp are the bounds on the approximation parameter degradation of $k$-PCA under?', PCA)).toContain('cut-clause');
    expect(flags('How does the performance modeling framework guide parallelization of the?', MADMAX)).toContain('cut-clause');
    expect(flags('Why do the authors claim that "Our main contribution is significantly sharper bounds on the approximation parameter degradation of"?', PCA)).toContain('cut-clause');
    expect(flags('What does the framework, which models access to the target matrix (via a black-box oracle, do?', PCA)).toContain('cut-clause');
    expect(flags('How does the method improve on "the strongest strictly footprint-matched quantization baseline?', CROSSQ)).toContain('cut-clause');
    expect(flags('What throughput improvement does the framework show for inference and…?', MADMAX)).toContain('cut-clause');
    expect(flags('为什么黑盒缩减方法通过递归调用$1$-PCA预言和？', PCA, 'zh-CN')).toContain('cut-clause');
    expect(flags('为什么这种方法能把信息传向？', PCA, 'zh-CN')).toContain('cut-clause');
    expect(flags('“我们通过黑盒$1$-PCA预言模拟对未知目标矩阵的访问，”这一设定为什么合理？', PCA, 'zh-CN')).toContain('cut-clause');
  });

  it('leaves finished questions alone, including ones ending in a preposition they ask about', () => {
    expect(flags('Which baseline does CrossQ compare its 64x reduction to?', CROSSQ)).not.toContain('cut-clause');
    expect(flags('What is the covariance matrix of a distribution made of, in the settings the paper has in mind?', PCA)).not.toContain('cut-clause');
    expect(flags('Why does $k$-PCA with a black-box $1$-PCA oracle need $k$ calls (and not fewer)?', PCA)).not.toContain('cut-clause');
    expect(flags('黑盒缩减方法为什么是设计$k$-PCA算法中最自然的方法？', PCA, 'zh-CN')).not.toContain('cut-clause');
    // A title ending in a word whose last character alone would be a preposition: 方向 (direction), 存在 (existence).
    expect(flags('这篇论文和组里已有的《图像数据增强方法：综述与未来方向》是什么关系？', PCA, 'zh-CN')).not.toContain('cut-clause');
    expect(flags('这篇论文和组里已有的《关于黑洞的存在》是什么关系？', PCA, 'zh-CN')).not.toContain('cut-clause');
    expect(flags('这篇论文和组里已有的《从数据到模型的走向》是什么关系？', PCA, 'zh-CN')).not.toContain('cut-clause');
    // 合并 (merging) ends a title (2406.09770); a bare 并 ("and") still ends nothing.
    expect(flags('这篇论文和组里已有的《多目标贝叶斯优化用于模型合并》是什么关系？', PCA, 'zh-CN')).not.toContain('cut-clause');
    expect(flags('摘要写道：“我们提出了一种方法并”这说明了什么？', PCA, 'zh-CN')).toContain('cut-clause');
  });
});

describe('leftover-tex', () => {
  it('flags TeX commands, accents, groups and stray dollars outside math', () => {
    expect(flags('Why does \\textbf{deflation} work better than the alternatives here?', PCA)).toContain('leftover-tex');
    expect(flags('How do the sharper bounds relate to earlier work \\cite{x} on $k$-PCA?', PCA)).toContain('leftover-tex');
    expect(flags("Does R\\'enyi differential privacy change how the $k$-PCA bounds behave?", PCA)).toContain('leftover-tex');
    expect(flags('Why is {\\em deflation} the most natural approach to $k$-PCA algorithm design?', PCA)).toContain('leftover-tex');
    expect(flags('Why does a $1-PCA oracle suffice for $k$-PCA algorithm design?', PCA)).toContain('leftover-tex');
  });

  it('accepts TeX inside math', () => {
    expect(flags('Why do black-box methods call a $1$-PCA oracle $k$ times, and how does $\\epsilon$ grow with $k$?', PCA)).not.toContain('leftover-tex');
  });
});

describe('wrong-language', () => {
  it('flags Chinese text in an English question beyond a short term', () => {
    expect(flags('Why is 黑盒缩减方法通过递归调用 the most natural approach to $k$-PCA?', PCA)).toContain('wrong-language');
    expect(flags('为什么黑盒缩减方法以前很难理解？', PCA)).toContain('wrong-language');
  });

  it('accepts a short term from the paper in an English question', () => {
    expect(flags('Is 黑盒 (black-box) the right word for how the $1$-PCA oracle is used in $k$-PCA?', PCA)).not.toContain('wrong-language');
  });

  it('flags English in a Chinese question beyond a name or term', () => {
    expect(flags('Why were black-box methods for $k$-PCA previously poorly understood?', PCA, 'zh-CN')).toContain('wrong-language');
    expect(flags('黑盒方法为什么 were previously poorly understood in practice？', PCA, 'zh-CN')).toContain('wrong-language');
  });

  it('accepts the paper’s names and title in a Chinese question', () => {
    expect(flags('CrossQ与ColBERT相比，在BEIR子集上的提升有多大？', CROSSQ, 'zh-CN')).not.toContain('wrong-language');
    expect(flags('《Black-Box $k$-to-$1$-PCA Reductions: Theory and Applications》的主要贡献是什么？', PCA, 'zh-CN')).not.toContain('wrong-language');
  });
});

describe('unsupported-number', () => {
  it('flags figures the paper does not give', () => {
    expect(flags('Does the performance modeling framework deliver a 12% gain on real hardware?', MADMAX)).toContain('unsupported-number');
    expect(flags('Would the 3.5x throughput improvement hold on smaller clusters?', MADMAX)).toContain('unsupported-number');
    expect(flags('How did the field understand black-box $k$-PCA methods before 2024?', PCA)).toContain('unsupported-number');
    expect(flags('Which of the 8,830 items drive the benchmark’s conclusions?', FFB)).toContain('unsupported-number');
    expect(flags('预训练场景中3.5倍的吞吐量提升从何而来？', MADMAX, 'zh-CN')).toContain('unsupported-number');
    expect(flags('预训练场景中三十五倍的吞吐量提升从何而来？', MADMAX, 'zh-CN')).toContain('unsupported-number');
    const hit = questionFlags('Would the 3.5x throughput improvement hold on smaller clusters?', MADMAX, 'en').find((h) => h.flag === 'unsupported-number');
    expect(hit?.detail).toMatch(/3\.5x/);
  });

  it('compares numbers by value: separators, spacing, full-width digits, Chinese numerals', () => {
    expect(flags('Which of the 45079 items drive the benchmark’s conclusions?', FFB)).not.toContain('unsupported-number');
    expect(flags('Would the 2.24 x improvement for pre-training hold on smaller clusters?', MADMAX)).not.toContain('unsupported-number');
    expect(flags('How much of the 14–32 % of GPU hours spent on communication can be overlapped?', MADMAX)).not.toContain('unsupported-number');
    expect(flags('预训练场景中２.２４倍的吞吐量提升从何而来？', MADMAX, 'zh-CN')).not.toContain('unsupported-number');
    const nine = { title: 'A benchmark', abstract: 'We evaluate on nine datasets and 31 languages.' };
    expect(flags('在九个数据集上的结果能推广到三十一种语言以外吗？', nine, 'zh-CN')).not.toContain('unsupported-number');
    expect(flags('Do results on the 9 datasets carry over to languages beyond these?', nine)).not.toContain('unsupported-number');
    expect(chineseNumeral('三十一')).toBe(31);
    expect(chineseNumeral('一万二千')).toBe(12000);
    expect(chineseNumeral('三点五')).toBe(3.5);
    expect(chineseNumeral('十')).toBe(10);
  });

  it('leaves digits inside names to the name check', () => {
    const paper = { title: 'Skipformer', abstract: 'Skipformer is 31 times faster than the Conformer baseline on Aishell-1.' };
    expect(flags('Why is Skipformer faster on Aishell-1 than the Conformer baseline?', paper)).toEqual([]);
    expect(flags('Is Skipformer also faster than GPT-4 on long audio?', paper)).toEqual(['unsupported-name']);
  });
});

describe('unsupported-name', () => {
  it('flags names, acronyms and CamelCase the paper does not have', () => {
    expect(flags('How would the deflation framework compare with LoRA on $k$-PCA?', PCA)).toContain('unsupported-name');
    expect(flags('Does CrossQ beat BERT on the nine-dataset BEIR subset?', CROSSQ)).toContain('unsupported-name');
    expect(flags('Could Transformer-XL replace ColBERT as the late-interaction retriever?', CROSSQ)).toContain('unsupported-name');
    expect(flags('Why does CrossQ outperform Contriever at 2 B/token?', CROSSQ)).toContain('unsupported-name');
    expect(flags('CrossQ与SPLADE相比，在BEIR子集上的提升有多大？', CROSSQ, 'zh-CN')).toContain('unsupported-name');
    const hit = questionFlags('Could Transformer-XL replace ColBERT as the late-interaction retriever?', CROSSQ, 'en').find((h) => h.flag === 'unsupported-name');
    expect(hit?.detail).toMatch(/Transformer-XL/);
  });

  it('accepts the paper’s names, plurals, possessives, and capitals that only start a sentence', () => {
    expect(flags('How does CrossQ’s conditioning differ from ColBERT’s multi-vector indices?', CROSSQ)).not.toContain('unsupported-name');
    expect(flags('Standard compression minimizes token reconstruction error: why is that the wrong target for ranking?', CROSSQ)).not.toContain('unsupported-name');
    expect(flags('What do the LLMs in the suite of real-world large ML models have in common?', MADMAX)).not.toContain('unsupported-name');
    expect(flags('The title asks “Black-Box $k$-to-$1$-PCA Reductions: Theory and Applications?” Before reading on, which reduction would you pick?', PCA)).toEqual([]);
    expect(flags('作者说“They analyze black-box deflation methods”，这个框架为什么自然？', PCA, 'zh-CN')).not.toContain('unsupported-name');
  });
});

describe('misquote', () => {
  it('flags a quoted passage that is not the paper’s words', () => {
    expect(flags('Why do the authors say that "black-box methods were always well understood"?', PCA)).toContain('misquote');
    expect(flags('What does “token fidelity across the whole corpus” mean in practice for CrossQ?', CROSSQ)).toContain('misquote');
    expect(flags('为什么作者认为「黑盒方法已经被充分理解」？', PCA, 'zh-CN')).toContain('misquote');
  });

  it('accepts a verbatim quote whatever its case, spacing, quote marks or TeX accents', () => {
    expect(flags('Why is "Standard  compression minimizes token reconstruction error" the wrong goal for ranking?', CROSSQ)).not.toContain('misquote');
    expect(flags("Why does ranking depend on “preserving scores of sparse 'winner' tokens”, and how much?", CROSSQ)).not.toContain('misquote');
    expect(flags('为什么作者认为这种方法「以前很难理解」？', PCA, 'zh-CN')).not.toContain('misquote');
    const renyi = { title: "Amplification by Subsampling for R\\'enyi Differential Privacy", abstract: "We study R\\'enyi differential privacy." };
    expect(flags('What does "Rényi differential privacy" add over the classical definition here?', renyi)).not.toContain('misquote');
  });
});

describe('duplicate', () => {
  const others = ['Why were black-box methods for $k$-PCA previously poorly understood?', 'How sharp are the new bounds on approximation parameter degradation?'];
  it('flags a near-copy of another question', () => {
    expect(flags('Why were black-box methods for $k$-PCA so poorly understood previously?', PCA, 'en', others)).toContain('duplicate');
    expect(flags('How sharp are the new bounds on approximation parameter degradation, really?', PCA, 'en', others)).toContain('duplicate');
    expect(nearDuplicate('为什么黑盒缩减方法以前很难理解？', '黑盒缩减方法为什么以前很难理解？')).toBe(true);
  });

  it('leaves different questions about the same paper alone', () => {
    expect(flags('What does a black-box $1$-PCA oracle return, and under which notions of approximation?', PCA, 'en', others)).not.toContain('duplicate');
    expect(nearDuplicate('为什么黑盒缩减方法以前很难理解？', '协方差矩阵的顶部特征空间如何通过样本隐式访问？')).toBe(false);
  });
});

describe('not-a-question', () => {
  it('flags statements and statements with a question mark', () => {
    expect(flags('Black-box methods for $k$-PCA were previously poorly understood.', PCA)).toContain('not-a-question');
    expect(flags('The deflation framework is the most natural reduction-based approach?', PCA)).toContain('not-a-question');
    expect(flags('黑盒缩减方法以前很难理解。', PCA, 'zh-CN')).toContain('not-a-question');
    expect(flags('黑盒缩减方法以前很难理解？', PCA, 'zh-CN')).toContain('not-a-question');
  });

  it('accepts questions with a question word or an auxiliary', () => {
    expect(flags('Given two popular notions of approximation, does either make the $k$-PCA bounds tight?', PCA)).not.toContain('not-a-question');
    // A yes/no question after the sentence it quotes asks something; a statement with a question mark after it does not.
    const quoted = '“In this paper, we study the black-box reduction from $k$-PCA to $1$-PCA.”';
    expect(flags(`${quoted} Can this setup carry the paper's conclusions?`, PCA)).not.toContain('not-a-question');
    expect(flags(`${quoted} The setup carries the paper's conclusions?`, PCA)).toContain('not-a-question');
    expect(flags('黑盒缩减方法为什么以前很难理解？', PCA, 'zh-CN')).not.toContain('not-a-question');
    expect(flags('黑盒缩减方法以前真的很难理解吗？', PCA, 'zh-CN')).not.toContain('not-a-question');
    expect(flags('如果黑盒缩减方法真如所说有效，谁会最先受益？', PCA, 'zh-CN')).not.toContain('not-a-question');
  });
});

describe('length', () => {
  it('flags questions too short or too long', () => {
    expect(flags('Why $k$-PCA?', PCA)).toContain('length');
    expect(flags('为什么？', PCA, 'zh-CN')).toContain('length');
    expect(flags(`Why were black-box methods poorly understood, ${'and why '.repeat(60)}?`, PCA)).toContain('length');
  });

  it('accepts the usual lengths', () => {
    expect(flags('Why were black-box methods poorly understood?', PCA)).not.toContain('length');
    expect(flags('黑盒方法为什么难以理解？', PCA, 'zh-CN')).not.toContain('length');
  });
});

describe('related papers offered to a model', () => {
  it('support names and numbers only when passed as known text', () => {
    const q = 'How does CrossQ relate to Skipformer (2403.08258), which also trades fidelity for speed?';
    expect(checkQuestion(q, CROSSQ, 'en').map((h) => h.flag)).toEqual(['unsupported-number', 'unsupported-name']);
    expect(checkQuestion(q, CROSSQ, 'en', { alsoKnown: ['Skipformer: A Skip-and-Recover Strategy for Efficient Speech Recognition (2403.08258)'] })).toEqual([]);
  });
});

describe('normalizeText', () => {
  it('folds case, width, quotes, dashes, spaces and TeX accents', () => {
    expect(normalizeText("R\\'enyi  “Winner” ＡＢＣ１２ – x")).toBe('rényi "winner" abc12 - x');
  });
});
