import { describe, expect, it } from 'vitest';
import { LONG_QUOTE_MAX_EN, QUOTE_MAX_EN, quotableEn, quotableZh, safeInline, splitSentencesEn, splitSentencesZh, wholeSentencesEn, wholeSentencesZh } from '../../src/domain/questions/text.ts';

describe('splitting an abstract into whole sentences, exactly as written', () => {
  it('does not end a sentence at e.g., i.e., et al., a decimal point or inside $…$ math', () => {
    const text =
      'Prior work (Kusupati et al., 2022) encodes information at finer granularities, i.e., with lower dimensions. We propose X, e.g. for retrieval, with a loss of $\\mathcal{O}(n. \\log n)$ and reach 0.524 MRR@5 on MS MARCO. It works.';
    expect(splitSentencesEn(text).map((s) => s.text)).toEqual([
      'Prior work (Kusupati et al., 2022) encodes information at finer granularities, i.e., with lower dimensions.',
      'We propose X, e.g. for retrieval, with a loss of $\\mathcal{O}(n. \\log n)$ and reach 0.524 MRR@5 on MS MARCO.',
      'It works.',
    ]);
  });

  it('gives exact slices of the text, with their positions', () => {
    const text = 'First sentence here.  Second one? Third!';
    for (const s of splitSentencesEn(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('marks a cut-off last sentence, and leaves it out of the whole sentences', () => {
    const text = 'We propose a method. Experiments show that it reduces the error by 3';
    expect(splitSentencesEn(text).at(-1)).toMatchObject({ text: 'Experiments show that it reduces the error by 3', complete: false });
    expect(wholeSentencesEn(text)).toEqual(['We propose a method.']);
    // A digest that says it cut the abstract: a last sentence that ends in a word and its full stop is whole
    // (the cut fell after it); one that ends in a number, an abbreviation or a capitalised word may be cut inside.
    expect(wholeSentencesEn('One thing is shown. The other is proved.', true)).toEqual(['One thing is shown.', 'The other is proved.']);
    for (const last of ['The effect is about 0.', 'It is compared with Smith et al.', 'It beats the baseline (0.61 vs.', 'The results are in Fig.'])
      expect(wholeSentencesEn(`One thing is shown. ${last}`, true)).toEqual(['One thing is shown.']);
  });

  it('splits Chinese after 。！？ only, and drops a cut last sentence', () => {
    const text = '我们提出了一种方法；它很快。实验表明，准确率提高了12%！然而还有';
    expect(splitSentencesZh(text).map((s) => s.text)).toEqual(['我们提出了一种方法；它很快。', '实验表明，准确率提高了12%！', '然而还有']);
    expect(wholeSentencesZh(text)).toEqual(['我们提出了一种方法；它很快。', '实验表明，准确率提高了12%！']);
  });
});

describe('which sentences a question may quote', () => {
  it('English: no TeX, no unreadable length, no pronoun whose referent is in the sentence before', () => {
    expect(quotableEn('We propose a retriever that scores passages with a small model.')).toBe(true);
    expect(quotableEn('We introduce SR$_{\\text{LLM}}$, a model designed to enhance safety.')).toBe(false);
    expect(quotableEn('It also outperforms every baseline on the five benchmarks we tried.')).toBe(false);
    expect(quotableEn('In this work, we propose to mitigate this issue at the pre-training stage.')).toBe(false);
    expect(quotableEn('We introduce a new task, "less likely brainstorming," that asks a model to generate outputs.')).toBe(false);
    expect(quotableEn('Short.')).toBe(false);
    expect(quotableEn(`We propose ${'a very long sentence '.repeat(20)}.`)).toBe(false);
  });

  it('English: short inline math may be quoted, as the pages render it; TeX commands, long formulas and math glued to a word may not', () => {
    expect(quotableEn('We prove that the $H^{-1}$ norm of any functional is equivalent to its expected squared evaluation against a random test function.')).toBe(true);
    expect(quotableEn('We propose a model of sampling bias called conditional $\\Gamma$-biased sampling, where observed covariates affect selection.')).toBe(true);
    // Glued to a word, a formula is a name (SR$_{LLM}$); `<` inside would be escaped by the question's markdown; a long formula is no quote.
    expect(quotableEn('We introduce SR$_{\\text{LLM}}$, a model designed to enhance safety.')).toBe(false);
    expect(quotableEn('We find that the effect is significant at $p<0.05$ in every one of the five cohorts.')).toBe(false);
    expect(quotableEn('We prove a bound of $O\\big((\\alpha_n n)^{-1/2} \\log n + \\sqrt{d/n} + \\varepsilon^{2}\\big)$ on the error of the estimator.')).toBe(false);
    // TeX outside math still keeps a sentence out: an accent, a thin space.
    expect(quotableEn('On connectivity-2 (Erd\\H{o}s graphs), the aligned arm gains $+35$\\,pp balanced accuracy.')).toBe(false);
  });

  it('English: a sentence of up to 350 characters is quotable in a short frame, not in the full frames', () => {
    const long =
      'This work proposes a training based framework that finetunes MLLMs to improve their calibration using a composite loss function combining a Brier style calibration term, an anchor regularizer that prevents confidence collapse toward extreme values, a contrastive image text alignment term, and a KL based model stabilization term.';
    expect(long.length).toBeGreaterThan(QUOTE_MAX_EN);
    expect(quotableEn(long)).toBe(false);
    expect(quotableEn(long, LONG_QUOTE_MAX_EN)).toBe(true);
    expect(quotableEn(`${long.slice(0, -1)}, with a top K KL divergence regularizer that protects the answers of the base model.`, LONG_QUOTE_MAX_EN)).toBe(false);
  });

  it('Chinese: mostly Chinese, English only as names or terms', () => {
    expect(quotableZh('我们提出了一种名为DRO（定向表示优化）的方法，用于自动安全提示优化。')).toBe(true);
    expect(quotableZh('我们提出了 a method that works on many tasks 的方法，用于优化。')).toBe(false);
    expect(quotableZh('然而，这一问题至今没有被很好地解决过。')).toBe(false);
  });
});

describe('safeInline', () => {
  it('keeps a question on one markdown line and escapes raw HTML', () => {
    expect(safeInline('Is <b>this</b>\nsafe?')).toBe('Is \\<b>this\\</b> safe?');
  });
});
