import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { categoryFromDigestName, parseDigest, type DigestEntry } from '../../src/domain/digest/parse-digest.ts';
import { contributionSentence, contributionSentenceZh } from '../../src/domain/contribution-sentence.ts';
import { splitSentencesEn } from '../../src/domain/questions/text.ts';
import { DIGESTS, REAL_DIGESTS, SEED_DIGEST } from '../helpers/content.ts';

const entries: DigestEntry[] = [SEED_DIGEST, ...REAL_DIGESTS, `${DIGESTS}/cs.IR-2026-08-28.md`].flatMap(
  (path) => parseDigest(readFileSync(path, 'utf8'), { category: categoryFromDigestName(basename(path)) }).entries,
);
const byId = (id: string) => entries.find((e) => e.id === id)!;

describe('contributionSentence on real abstracts', () => {
  it('finds the sentence that states the contribution, whole and as written', () => {
    expect(contributionSentence(byId('2403.08258').abstract)).toBe(
      'In this work, we propose a "Skip-and-Recover" Conformer architecture, named Skipformer, to squeeze sequence input length dynamically and inhomogeneously.',
    );
    expect(contributionSentence(byId('2401.18018').abstract)).toBe(
      'Inspired by these findings, we propose a method called DRO (Directed Representation Optimization) for automatic safety prompt optimization.',
    );
    expect(contributionSentence(byId('2312.11805').abstract)).toBe(
      'This report introduces a new family of multimodal models, Gemini, that exhibit remarkable capabilities across image, audio, video, and text understanding.',
    );
  });

  it('keeps TeX math whole', () => {
    expect(contributionSentence(byId('2404.01399').abstract)).toBe(
      'We introduce Safe and Responsible Large Language Model (SR$_{\\text{LLM}}$) , a model designed to enhance the safety of language generation using LLMs.',
    );
    expect(contributionSentence(byId('2402.14730').abstract)).toBe('We present Clifford-Steerable Convolutional Neural Networks (CS-CNNs), a novel class of $\\mathrm{E}(p, q)$-equivariant CNNs.');
  });

  it('does not end a sentence at "e.g.", "i.e.", "et al." or a question inside brackets', () => {
    expect(contributionSentence(byId('2212.10409').abstract)).toBe(
      'We present ClarifyDelphi, an interactive system that learns to ask clarification questions (e.g., why did you lie to your friend?) in order to elicit additional salient contexts of a social or moral situation.',
    );
    expect(contributionSentence(byId('2305.19419').abstract)).toBe(
      'In this paper, we approach propaganda technique classification as a Multi-Instance Multi-Label (MIML) learning problem (Zhou et al., 2012) and propose a simple RoBERTa-based model (Zhuang et al., 2021) for classifying all spans in an article simultaneously.',
    );
    expect(contributionSentence(byId('2402.09591').abstract)).toMatch(
      /^In this work, we show how to efficiently reconstruct .* under the manifold assumption, i\.e\., assuming .* in \$\\mathbb\{R\}\^N\$\.$/,
    );
  });

  it('does not split at decimal points', () => {
    const sentences = splitSentencesEn(byId('2608.20210').abstract).map((s) => s.text);
    expect(sentences).toContain('Trained from scratch on 59.9B tokens, the model scores 47.31 on a five-task benchmark against a bar of 42.20 that was fixed before training began.');
    expect(sentences).toContain('Validation bits-per-byte is 0.8685.');
  });

  it('is undefined when no sentence clearly states the contribution, or only a cut-off one would', () => {
    // 2D Matryoshka: the digest cut the abstract before the authors say what they do.
    expect(contributionSentence(byId('2402.14776').abstract)).toBeUndefined();
    // "However, we found that … remains challenging" states a problem; "We introduce …" is cut off.
    expect(contributionSentence(byId('2402.19267').abstract)).toBeUndefined();
    expect(contributionSentence('Large language models are widely used. They are expensive to run.')).toBeUndefined();
    expect(contributionSentence('')).toBeUndefined();
  });

  it('always returns a whole sentence of the abstract, exactly as written', () => {
    let found = 0;
    for (const e of entries) {
      const s = contributionSentence(e.abstract);
      if (!s) continue;
      found++;
      expect(e.abstract.includes(s), e.id).toBe(true);
      expect(s, e.id).toMatch(/[.!]["”')\]]*$/);
      expect(
        splitSentencesEn(e.abstract).map((x) => x.text),
        e.id,
      ).toContain(s);
    }
    // Most abstracts state their contribution; the rest were cut by the digest or never say it outright.
    expect(found).toBeGreaterThan(entries.length * 0.8);
  });
});

describe('contributionSentenceZh on real Chinese abstracts', () => {
  it('finds 本文提出…, 我们提出…, 在这项工作中…', () => {
    expect(contributionSentenceZh(byId('2403.08258').abstractZh)).toBe('在这项工作中，我们提出了一种名为Skipformer的“跳过和恢复”Conformer架构，以动态和不均匀地压缩序列输入长度。');
    expect(contributionSentenceZh(byId('2305.19769').abstractZh)).toBe('本文提出了基于自注意力和交叉注意力的神经网络体系结构，用于音频问答任务。');
    expect(contributionSentenceZh(byId('2401.18018').abstractZh)).toBe('受到这些发现的启发，我们提出了一种名为DRO（定向表示优化）的方法，用于自动安全提示优化。');
    expect(contributionSentenceZh(byId('2312.11805').abstractZh)).toBe('本报告介绍了一种新的多模态模型系列Gemini，展示出在图像、音频、视频和文本理解方面的显著能力。');
  });

  it('takes no problem statement for the contribution', () => {
    expect(contributionSentenceZh(byId('2402.19267').abstractZh)).toBe('我们引入了一种新颖的无监督数据选择方法，‘Capturing Perplexing Named Entities’。');
    expect(contributionSentenceZh('大型语言模型被广泛使用。然而，它们的运行成本很高。')).toBeUndefined();
  });

  it('always returns a whole sentence of the Chinese abstract', () => {
    for (const e of entries) {
      const s = contributionSentenceZh(e.abstractZh);
      if (!s) continue;
      expect(e.abstractZh.includes(s), e.id).toBe(true);
      expect(s, e.id).toMatch(/[。！]$/);
    }
  });
});
