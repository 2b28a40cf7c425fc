import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { categoryFromDigestName, parseDigest } from '../../src/domain/digest/parse-digest.ts';
import { cleanTitle, withoutTranslatorNote } from '../../src/domain/digest/clean-text.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { questionFlags } from '../../src/domain/questions/checks.ts';
import { MAX_LENGTH, en as writerEn } from '../../src/domain/questions/compose-en.ts';
import { zh as writerZh } from '../../src/domain/questions/compose-zh.ts';
import { authorsVoice, contributionName, motivation, readPaper, roleEn, roleZh, titleClaimOf, titleQuestionOf, type QuestionPaper } from '../../src/domain/questions/extract.ts';
import { isGenericQuestion, MAX_QUESTIONS, MIN_QUESTIONS, starterQuestions } from '../../src/domain/questions/generate.ts';
import { translationProblem } from '../../src/domain/questions/translation-check.ts';
import { plainTitle } from '../../src/domain/questions/text.ts';
import { figureEn } from '../../src/domain/questions/figures.ts';
import { contributionIndex, contributionIndexZh } from '../../src/domain/contribution-sentence.ts';
import { indexKnownPapers, knownPaperOf, type KnownPaperMatch } from '../../src/domain/questions/related.ts';
import { garbled, quotableEn, quotableZh, restates, splitSentencesEn, splitSentencesZh, readableText, withoutTextFormatting } from '../../src/domain/questions/text.ts';
import { PROJECT_CONTENT, REAL_DIGESTS } from '../helpers/content.ts';

// The tuning set: the shipped papers and the real digests the generator was developed against.
// (The held-out digests in tests/fixtures/digests/ are for judging it, not for these tests.)
const seeds: QuestionPaper[] = readdirSync(join(PROJECT_CONTENT, 'papers'))
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((n) => readFrontmatter(readFileSync(join(PROJECT_CONTENT, 'papers', n), 'utf8'), n).data as unknown as QuestionPaper);
const fixtures: QuestionPaper[] = REAL_DIGESTS.flatMap((path) => parseDigest(readFileSync(path, 'utf8'), { category: categoryFromDigestName(basename(path)) }).entries);
const papers = [...seeds, ...fixtures];
const index = indexKnownPapers(seeds);

const en = papers.map((p) => starterQuestions(p, { related: index }));
const zh = papers.map((p) => starterQuestions(p, { locale: 'zh-CN', related: index }));

/** The passages a question quotes in “…”. */
const quotes = (q: string) => [...q.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!);
/** A question with its quotes taken out: the generator's own words. */
const ownWords = (q: string) => q.replace(/“[^“”]*”/g, '“”').replace(/《[^《》]*》/g, '《》');
/** Whether a question quotes the other paper of a "relates to" question. */
const isRelated = (q: string) => /“[^“”]*” \(\d{4}\.\d{4,5}\)|(?:《[^》]*》（|论文 )\d{4}\.\d{4,5}/.test(q);

/** Whether a question's own words (outside quotes) carry a run of `n` words of the text: a spliced fragment. */
function splices(q: string, text: string, n = 5): string | undefined {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const source = ` ${words(text).join(' ')} `;
  const own = words(ownWords(q));
  for (let i = 0; i + n <= own.length; i++) {
    const run = own.slice(i, i + n).join(' ');
    if (source.includes(` ${run} `)) return run;
  }
  return undefined;
}

/** A paper to try one failure on: only an English (and, if given, Chinese) abstract. */
function paper(id: string, title: string, abstract: string, extra: Partial<QuestionPaper> = {}): QuestionPaper {
  return { id, title, abstract, ...extra };
}

describe('the offline question generator on the tuning set (shipped papers and real digests)', () => {
  it('reads all 18 + 177 papers', () => {
    expect(seeds).toHaveLength(18);
    expect(fixtures).toHaveLength(89 + 59 + 29);
  });

  // One to five: the judges counted generic filler as not worth asking, so a paper with little to quote gets fewer.
  it('gives every paper one to five different questions, in both languages', () => {
    expect([MIN_QUESTIONS, MAX_QUESTIONS]).toEqual([1, 5]);
    for (const [i, p] of papers.entries()) {
      for (const set of [en[i]!, zh[i]!]) {
        expect(set.length, p.id).toBeGreaterThanOrEqual(MIN_QUESTIONS);
        expect(set.length, p.id).toBeLessThanOrEqual(MAX_QUESTIONS);
        expect(new Set(set).size, p.id).toBe(set.length);
      }
    }
  });

  it('raises no automated flag (cut clause, TeX, wrong language, misquote, unsupported figure or name, …)', () => {
    for (const [i, p] of papers.entries()) {
      for (const [locale, set] of [
        ['en', en[i]!],
        ['zh-CN', zh[i]!],
      ] as const) {
        for (const q of set) {
          // The title of a related paper is that paper's text, not this one's.
          if (isRelated(q)) continue;
          expect(
            questionFlags(
              q,
              p,
              locale,
              set.filter((x) => x !== q),
            ),
            `${p.id}: ${q}`,
          ).toEqual([]);
        }
      }
    }
  });

  it('quotes only whole sentences, exactly as the paper writes them (TeX text formatting read as its words, TeX accents as letters, a section label left out)', () => {
    // A structured abstract's "Results: We find …" is quoted from "We find …".
    const unlabelled = (t: string) => [t, t.replace(/^[A-Z][a-z]+(?: [a-z]+)?:\s+(?=[A-Z])/, ''), t.replace(/^(?:研究)?[\u4e00-\u9fff]{2,3}[：:]\s*/, '')];
    for (const [i, p] of papers.entries()) {
      const wholeEn = new Set([...splitSentencesEn(readableText(p.abstract ?? '')), ...splitSentencesEn(p.summaryEn ?? '')].filter((s) => s.complete).flatMap((s) => unlabelled(s.text)));
      const wholeZh = new Set([...splitSentencesZh(readableText(p.abstractZh ?? '')), ...splitSentencesZh(p.summaryZh ?? '')].filter((s) => s.complete).flatMap((s) => unlabelled(s.text)));
      for (const q of en[i]!) {
        if (isRelated(q)) continue;
        for (const quoted of quotes(q)) expect(wholeEn.has(quoted) || quoted === p.title, `${p.id}: ${quoted}`).toBe(true);
      }
      for (const q of zh[i]!) {
        if (isRelated(q)) continue;
        // A sentence's own “…” is shown as 「…」 inside the question's quote.
        for (const quoted of quotes(q)) expect(wholeZh.has(quoted) || wholeZh.has(quoted.replace(/「/g, '“').replace(/」/g, '”')) || quoted === p.titleZh, `${p.id}: ${quoted}`).toBe(true);
      }
    }
  });

  it('splices no fragment of the abstract into its own words', () => {
    for (const [i, p] of papers.entries()) {
      for (const q of en[i]!) expect(splices(q, p.abstract ?? ''), `${p.id}: ${q}`).toBeUndefined();
    }
  });

  it('most papers get at least one question built around their own words', () => {
    const quoting = (sets: string[][]) => sets.filter((set) => set.some((q) => !isRelated(q) && quotes(q).length > 0)).length / sets.length;
    // Boilerplate, pointing-back and role-less sentences are no longer quoted, so fewer English papers qualify.
    expect(quoting(en)).toBeGreaterThan(0.7);
    expect(quoting(zh)).toBeGreaterThan(0.85);
  });

  it('asks in Chinese for a zh-CN group, with English only as names and terms', () => {
    for (const [i, set] of zh.entries()) {
      // The paper's own name for its contribution ("BioCoder") is a name, not an English clause.
      const name = readPaper(papers[i]!).name;
      for (const q of set) {
        expect(q).toMatch(/[\u4e00-\u9fff]/);
        expect(name ? ownWords(q).replaceAll(name, '') : ownWords(q)).not.toMatch(/[A-Za-z]{3,}/);
        expect(q).not.toMatch(/[A-Za-z][\w'-]*(?:[\s,]+[A-Za-z][\w'-]*){3,}/);
      }
    }
  });

  it('is deterministic', () => {
    const again = papers.map((p) => starterQuestions(p, { related: indexKnownPapers(seeds) }));
    expect(again).toEqual(en);
  });

  it('question sets of different papers overlap little', () => {
    const all = en.flat().filter((q) => quotes(q).length > 0);
    expect(new Set(all).size).toBe(all.length);
  });

  it('quotes the specifics a member would pick up in the seed papers', () => {
    const bySeed = new Map(seeds.map((p, i) => [p.id, en[i]!.join('\n')]));
    expect(bySeed.get('2403.08258')).toMatch(/31 times on Aishell-1 and 22 times on Librispeech/);
    expect(bySeed.get('2403.08258')).toMatch(/named Skipformer/);
    expect(bySeed.get('2404.01399')).toMatch(/two proprietary datasets/);
    expect(bySeed.get('2401.18018')).toMatch(/DRO \(Directed Representation Optimization\)/);
    expect(bySeed.get('2402.00559')).toMatch(/We introduce Reveal/);
  });

  it('reads the kinds of paper it can tell apart, and leaves the rest unclear', () => {
    const kind = (id: string) => readPaper(papers.find((p) => p.id === id)!).kind;
    expect(kind('2401.18018')).toBe('method'); // "we propose a method called DRO"
    expect(kind('2402.00559')).toBe('benchmark'); // "a new dataset to benchmark automatic verifiers"
    expect(kind('2305.18703')).toBe('survey'); // "A Survey of Domain Specialization …"
    expect(kind('2402.17732')).toBe('theory'); // minimax regret lower bound
    expect(kind('2305.19555')).toBe('unclear'); // an evaluation, neither method nor resource
  });
});

describe('each failure class of the review (issue 13) stays fixed', () => {
  it('no clause is cut mid-phrase: a long sentence is quoted whole or not at all', () => {
    const p = paper(
      'f.cut',
      'Geodesic Flows on Statistical Manifolds',
      'Learning on curved spaces is hard. We propose a sampler whose proposals follow geodesic flows defined by Riemannian metrics under mild curvature conditions, with step sizes adapted online to the local geometry of the target. Experiments on three posteriors show faster mixing than Hamiltonian Monte Carlo.',
    );
    const questions = starterQuestions(p);
    for (const q of questions) {
      expect(q).not.toMatch(/\bunder\.”|\bunder\?/);
      expect(splices(q, p.abstract!)).toBeUndefined();
      for (const quoted of quotes(q)) expect(p.abstract).toContain(quoted);
      for (const quoted of quotes(q)) expect(quoted).toMatch(/[.!?]$/);
    }
  });

  it('never builds a label out of the title', () => {
    const cases = [
      paper(
        'f.t1',
        'To Sample Better: Tempered Proposals for Discrete Diffusion',
        'We propose tempered proposals for discrete diffusion models. Experiments show that tempered proposals improve sample quality on text and images.',
      ),
      paper(
        'f.t2',
        'Does the Heart Show Your Pain? Cardiac Signals and Self-Reported Pain',
        'We study whether heart-rate variability tracks self-reported pain. We find that the association is weak once movement is controlled for.',
      ),
    ];
    for (const p of cases) {
      for (const q of [...starterQuestions(p), ...starterQuestions(p, { locale: 'zh-CN' })]) {
        expect(q).not.toMatch(/the authors' approach to|this study of|this analysis of|this survey of|the benchmark for/i);
        // Title words appear only inside a quote of the whole title or of a whole sentence.
        expect(ownWords(q)).not.toMatch(/sample better|heart show|tempered proposals/i);
      }
    }
  });

  it('asks about a number only when the sentence says what it measures', () => {
    const variance = paper(
      'f.n1',
      'What Drives Ratings of Chatbot Answers?',
      'We analyse ratings of chatbot answers. Our regression model explains 41% of the variance in ratings across all prompts. We collected 8,830 model responses from 12 language models to 500 prompts.',
    );
    for (const q of starterQuestions(variance)) {
      expect(ownWords(q)).not.toMatch(/error rate|participants|people|41%|8,830/i);
    }
    const accuracy = paper('f.n2', 'Sharper Retrieval', 'We propose a reranker for passage retrieval. Our reranker improves accuracy by 12% over the strongest baseline on MS MARCO.');
    const figure = starterQuestions(accuracy).find((q) => /12%/.test(ownWords(q)));
    expect(figure).toMatch(/^“Our reranker improves accuracy by 12% over the strongest baseline on MS MARCO\.” The accuracy figure \(12%\): what is it measured against/);
  });

  it('does not read a list of open challenges as the method’s parts', () => {
    const p = paper(
      'f.list',
      'Open Problems in Retrieval-Augmented Generation',
      'Retrieval-augmented generation is now widely deployed. We identify three open challenges: (1) attribution of generated claims; (2) freshness of the index; (3) evaluation without gold passages. We discuss how current systems address each and where they fall short.',
    );
    for (const q of starterQuestions(p)) {
      expect(q).not.toMatch(/three (?:pieces|components|techniques|ways|steps)|rests on/i);
      expect(ownWords(q)).not.toMatch(/attribution of generated claims|freshness of the index/);
    }
  });

  it('asks no keyword-cued question that does not fit: no clinical validation for maths, no privacy budget for a density theorem', () => {
    const maths = paper(
      'f.k1',
      'A Density Theorem for Smooth Privacy Functionals',
      'We prove that smooth functionals are dense in the space of privacy loss distributions under the Wasserstein metric. The proof rests on a new lemma on tail bounds. As a corollary we obtain upper bounds for composition that are tight up to constants, with applications to medical imaging pipelines.',
    );
    expect(readPaper(maths).kind).toBe('theory');
    for (const q of [...starterQuestions(maths), ...starterQuestions(maths, { locale: 'zh-CN' })]) {
      expect(ownWords(q)).not.toMatch(/clinical|patients|privacy budget|threat model|attacker|training time|training cost|compute|baselines?|临床|患者|隐私预算|训练时间|基线/i);
    }
  });

  it('relates papers by the other paper’s title, never by "both touch on <word>"', () => {
    const reading = readPaper(seeds[0]!);
    const match = {
      id: '2401.18018',
      title: 'Prompt-Driven LLM Safeguarding via Directed Representation Optimization',
      titleZh: '通过定向表示优化实现提示驱动的大模型安全防护',
      shared: ['safeguarding'],
      score: 0.5,
    };
    const q = writerEn.related(match, 'x')!.text;
    expect(q).toContain('“Prompt-Driven LLM Safeguarding via Directed Representation Optimization” (2401.18018)');
    expect(q).not.toMatch(/both touch on|also deals with|safeguarding\b(?!.*”)/i);
    const qZh = writerZh.related(match, 'x')!.text;
    expect(qZh).toContain('《通过定向表示优化实现提示驱动的大模型安全防护》（2401.18018）');
    expect(qZh).not.toMatch(/Prompt-Driven/);
    // Without a Chinese title, the other paper goes by its id, not its English title.
    const noZh: KnownPaperMatch = { ...match };
    delete noZh.titleZh;
    expect(writerZh.related(noZh, 'x')!.text).toMatch(/^(?:组里已有论文 2401\.18018。|这篇论文和组里已有的论文 2401\.18018是)/);
    expect(reading).toBeDefined();
  });

  it('asks no training-cost or baseline filler on theory papers, surveys and lecture notes', () => {
    const cases = [
      paper(
        'f.s1',
        'Graph Neural Networks: A Survey',
        'This survey reviews graph neural networks for molecules. We organise existing methods into three families and compare their assumptions. We find that most benchmarks favour message passing.',
      ),
      paper('f.s2', 'Lecture Notes on Optimal Transport', 'These lecture notes introduce optimal transport for statisticians. We cover the Kantorovich problem, duality and entropic regularisation.'),
      paper('f.s3', 'Sharp Rates for Kernel Ridge Regression', 'We establish minimax convergence rates for kernel ridge regression under source conditions. We prove matching upper and lower bounds.'),
    ];
    expect(cases.map((p) => readPaper(p).kind)).toEqual(['survey', 'survey', 'theory']);
    for (const p of cases) {
      for (const q of [...starterQuestions(p), ...starterQuestions(p, { locale: 'zh-CN' })]) {
        expect(ownWords(q)).not.toMatch(/training time|training cost|cost in|compute|hardware|baselines?|outperform|method fail|训练|算力|基线|硬件/i);
      }
    }
  });

  it('in Chinese, quotes the Chinese abstract, not English clauses', () => {
    const p = paper(
      'f.zh',
      'Sharper Retrieval',
      'We propose a reranker for passage retrieval that conditions on query intent. Our reranker improves accuracy by 12% over the strongest baseline on MS MARCO.',
      { abstractZh: '我们提出了一种以查询意图为条件的段落检索重排序器。我们的重排序器在MS MARCO上的准确率提高了12%。', summaryZh: '该论文提出了一种以查询意图为条件的重排序器，提升了检索准确率。' },
    );
    const questions = starterQuestions(p, { locale: 'zh-CN' });
    expect(questions.join('\n')).toContain('“我们提出了一种以查询意图为条件的段落检索重排序器。”');
    expect(questions.join('\n')).toContain('准确率上的12%');
    for (const q of questions) {
      expect(q).not.toMatch(/reranker|passage retrieval|improves accuracy/);
      expect(ownWords(q)).not.toMatch(/[A-Za-z]+ [A-Za-z]+/);
    }
  });

  it('asks fewer questions when the kind of paper is unclear, and never none', () => {
    const vague = paper('f.v', 'Notes on Things', 'Language models are widely used. Their behaviour is studied by many groups. Some results are surprising.');
    expect(readPaper(vague).kind).toBe('unclear');
    const questions = starterQuestions(vague);
    expect(questions.length).toBeGreaterThanOrEqual(1);
    expect(questions.length).toBeLessThanOrEqual(3);
    // Nothing to quote: one generic question, so the section is never empty.
    const empty = starterQuestions({ id: 'f.empty', title: 'Untitled' }, { locale: 'zh-CN' });
    expect(empty).toHaveLength(1);
  });
});

describe('the judges’ failure patterns (zh-CN judgement of sample A) stay fixed', () => {
  it('1. a method paper with "we argue" is no position paper; a "-Bench" paper about theorem provers is no theory', () => {
    const method = paper(
      'f.p1',
      'Gradient Anchoring for Noisy Labels',
      'Learning with noisy labels remains hard. Existing methods mainly filter suspicious samples. We argue that filtering discards informative hard samples. We propose \\textit{Gradient Anchoring} (GA), a plug-in framework that projects conflicting gradients onto an admissible region.',
      {
        abstractZh: '带噪声标签的学习仍然困难。现有方法主要过滤可疑样本。我们认为过滤会丢弃信息丰富的困难样本。我们提出了《梯度锚定》（GA），这是一个即插即用的框架，它将冲突的梯度投影到可接受区域。',
      },
    );
    expect(readPaper(method).kind).toBe('method');
    for (const q of [...starterQuestions(method), ...starterQuestions(method, { locale: 'zh-CN' })]) {
      expect(q).not.toMatch(/position|立场|If the authors are right|如果作者是对的/);
    }
    const bench = paper(
      'f.p2',
      'Can LLMs Reason Like Automated Theorem Provers? ProofTrace-Bench',
      'Large language models increasingly assist verification. We introduce ProofTrace-Lift, a framework that lifts solver traces into readable steps. Using it we build ProofTrace-Bench from 1,988 verified functions. Models struggle to follow the proofs.',
    );
    expect(readPaper(bench).kind).toBe('benchmark');
    for (const q of [...starterQuestions(bench), ...starterQuestions(bench, { locale: 'zh-CN' })]) expect(q).not.toMatch(/whiteboard|白板|main result|主要结果/);
  });

  it('2. a frame is used only on a sentence of a role it fits', () => {
    // A study-design sentence is not asked for "the strongest evidence".
    const design = paper(
      'f.r1',
      'Comparing Code Quality of Three Tools',
      'AI coding tools are increasingly popular. This study compares the code produced by three widely adopted tools from a single prompt. Preliminary results show that the tools differ in smell density.',
      {
        abstractZh: 'AI编码工具日益普及。本研究比较了三种广泛采用的工具从单一提示开始生成的代码质量。初步结果显示，这些工具在代码异味密度上存在差异。',
      },
    );
    for (const q of [...starterQuestions(design), ...starterQuestions(design, { locale: 'zh-CN' })]) {
      if (/This study compares|本研究比较了/.test(q)) expect(q).not.toMatch(/strongest evidence|supports? (?:it|this)|最有力的证据|最直接地支持/);
    }
    // A research gap is not "the real obstacle in practice".
    const gap = paper(
      'f.r2',
      'Sharpness under Overparameterization',
      'Sharpness-aware minimization is widely used. However, the effect of overparameterization on sharpness-aware minimization remains largely unexplored. In this work, we show that overparameterization makes sharpness-aware minimization more effective.',
      {
        abstractZh: '锐度感知最小化被广泛使用。然而，至今为止，关于过参数化对锐度感知最小化的影响的研究还不多。在这项工作中，我们表明过参数化使锐度感知最小化更加有效。',
      },
    );
    for (const q of [...starterQuestions(gap), ...starterQuestions(gap, { locale: 'zh-CN' })]) expect(q).not.toMatch(/real obstacle|主要障碍/);
    // A theorem is not checked against "our own experience".
    const theorem = paper(
      'f.r3',
      'Sequential Estimators',
      'Treatment effects under staggered adoption are hard to estimate. We propose a sequential estimator for staggered adoption. We show that the OLS estimator has a sequential representation and is asymptotically equivalent to the sequential estimator.',
      {
        abstractZh: '交错采纳下的处理效应难以估计。我们提出了一种用于交错采纳的序贯估计量。我们证明了OLS估计量具有序贯表示，并且与序贯估计量渐近等价。',
      },
    );
    for (const q of [...starterQuestions(theorem), ...starterQuestions(theorem, { locale: 'zh-CN' })]) expect(q).not.toMatch(/own experience|自己的经验|else could explain|别的原因/);
    // "The authors introduce their dataset" only on a sentence that introduces one.
    const dataset = paper(
      'f.r4',
      'Claim Detection in Finance: A New Financial Dataset',
      'In this paper, we study the influence of claims in analyst reports on market returns. We construct a new financial dataset of 2,000 annotated sentences. We find that weak supervision beats fine-tuned models on it.',
      {
        abstractZh: '在本文中，我们研究了分析师报告中的论断对市场回报的影响。我们构建了一个包含2000个标注句子的新金融数据集。我们发现弱监督优于微调模型。',
      },
    );
    for (const q of [...starterQuestions(dataset), ...starterQuestions(dataset, { locale: 'zh-CN' })]) {
      if (/introduce their|介绍他们的/.test(q)) expect(q).toMatch(/construct a new financial dataset|构建了一个包含/);
    }
  });

  it('3. section labels, pointing-back openings and promises without content are never quoted', () => {
    const p = paper(
      'f.b1',
      'Rethinking Program Repair',
      'Background: Software bugs remain a critical challenge in development. Training such models needs massive budgets. This limits access for under-resourced groups. We propose AuditKit, a meta-audit framework that addresses this gap through two contributions. Results: Repair success rates depend on bug complexity.',
      {
        abstractZh:
          '背景：软件错误仍然是开发中的关键挑战。训练这样的模型需要巨大的预算。这限制了资源不足群体的使用。我们提出了AuditKit，一个元审计框架，通过两个贡献来解决这一差距。结果：修复成功率取决于错误复杂度。',
      },
    );
    for (const q of [...starterQuestions(p), ...starterQuestions(p, { locale: 'zh-CN' })]) {
      for (const quoted of quotes(q)) expect(quoted).not.toMatch(/^(?:Background|Results):|^(?:背景|结果)：|^This limits|^这限制了|two contributions|两个贡献/);
    }
    // A generic opening line is no premise when the paper gives no specific diagnosis.
    const opener = paper(
      'f.b2',
      'Multi-Scale Forecasting',
      'Time series forecasting faces persistent challenges in modeling complex temporal dependencies across scales. We propose a multi-scale coordination framework with three modules.',
      {
        abstractZh: '时间序列预测在建模跨不同尺度的复杂时间依赖关系方面持续面临挑战。我们提出了一种包含三个模块的多尺度协调框架。',
      },
    );
    for (const q of [...starterQuestions(opener), ...starterQuestions(opener, { locale: 'zh-CN' })]) expect(q).not.toMatch(/persistent challenges|持续面临挑战/);
  });

  it('4. no generic filler: every question carries something of the paper unless nothing can be asked', () => {
    const generic =
      /would we expect the method to fail|would most convince a sceptic|leaked into a model's training data|score well on .* without having the ability|whiteboard|If the authors are right|should our group read next|预计这个方法会在哪些情形下失效|最能说服持怀疑态度的人|泄露进了模型的训练数据|却照样拿到高分|白板|如果作者是对的|下一篇最该读/;
    for (const set of [...en, ...zh]) for (const q of set) expect(q).not.toMatch(generic);
    // A generic question appears only as a paper's single question.
    // A question about the contribution by the name the authors give it carries the paper's own word.
    const specific = (q: string, name: string | undefined) => quotes(q).length > 0 || isRelated(q) || /《/.test(q) || (name !== undefined && q.includes(name));
    for (const [i, p] of papers.entries()) {
      const name = readPaper(p).name;
      for (const set of [en[i]!, zh[i]!]) if (set.some((q) => !specific(q, name))) expect(set).toHaveLength(1);
    }
  });
});

describe('questions about the contribution by its own name', () => {
  it("takes the name only from before the title's colon, written as a name, and used by the contribution sentence", () => {
    const uses = ['We propose ProtoKV, a constant-footprint memory for streaming video.'];
    expect(contributionName('ProtoKV: Streaming Video Understanding', uses)).toBe('ProtoKV');
    expect(contributionName('KG-TRACE: A Neuro-Symbolic Framework', ['We present KG-TRACE, a framework.'])).toBe('KG-TRACE');
    // Not a name: a plain word, a word the contribution does not use, a label made from the title's description.
    expect(contributionName('Position: Align AI to Our Aspirations', ['We argue Position matters.'])).toBeUndefined();
    expect(contributionName('Chisme: Heterogeneity-Aware Gossip Learning', ['We introduce Chisme, a gossip algorithm.'])).toBeUndefined();
    expect(contributionName('ProtoKV: Streaming Video Understanding', ['We propose a summary-state memory.'])).toBeUndefined();
    expect(contributionName('Streaming Video Understanding with ProtoKV', uses)).toBeUndefined();
    expect(contributionName('LLMs: Are They Reasoners?', ['We show LLMs fail.'])).toBeUndefined();
    // A name inside a longer word is no use of it.
    expect(contributionName('KV: Caches', ['We propose ProtoKV.'])).toBeUndefined();
  });

  it('asks where a named method breaks, what a named benchmark really tests, and nothing of the kind for theory', () => {
    const method = paper(
      'n.1',
      'ProtoKV: Streaming Video Understanding under Delayed Query',
      'Streaming video models must answer questions long after the evidence appeared. We propose ProtoKV, a constant-footprint memory that represents far history as a fixed-capacity summary state. Experiments on three benchmarks show gains over token-retention baselines.',
    );
    const named = starterQuestions(method).filter((q) => q.includes('ProtoKV') && quotes(q).every((x) => !x.includes('ProtoKV')) && !/“/.test(q));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(/^(?:Where would we expect ProtoKV to break down|What would ProtoKV need from our data)/);
    const bench = paper(
      'n.2',
      'GreekBarRetrieval: A Benchmark for Greek Statutory Retrieval',
      'Legal retrieval in Greek lacks evaluation data. We introduce GreekBarRetrieval, a benchmark of 1,000 bar-exam questions linked to statutes. Dense retrievers trail BM25 on it.',
    );
    expect(starterQuestions(bench).filter((q) => /Could a model score well on GreekBarRetrieval without the ability it is meant to measure/.test(q))).toHaveLength(1);
    const theory = paper(
      'n.3',
      'SGDBound: Sharp Rates for Markovian SGD',
      'We prove a high-probability bound for SGD under Markovian noise. We establish that the rate is minimax optimal. The proof rests on a new concentration inequality.',
    );
    for (const q of starterQuestions(theory)) expect(q).not.toMatch(/SGDBound/);
  });

  it('in Chinese, names the contribution only when the Chinese abstract uses the name too', () => {
    const base = { abstract: 'We propose ProtoKV, a constant-footprint memory for streaming video. Experiments show gains.' };
    const withName = paper('n.4', 'ProtoKV: Streaming Video', base.abstract, { abstractZh: '我们提出了ProtoKV，一种用于流式视频的恒定占用记忆。实验显示了提升。' });
    const without = paper('n.5', 'ProtoKV: Streaming Video', base.abstract, { abstractZh: '我们提出了一种用于流式视频的恒定占用记忆。实验显示了提升。' });
    expect(starterQuestions(withName, { locale: 'zh-CN' }).some((q) => /^ProtoKV(?:在什么条件下可能失效|要达到论文报告的效果)/.test(q))).toBe(true);
    expect(starterQuestions(without, { locale: 'zh-CN' }).some((q) => /ProtoKV/.test(q))).toBe(false);
  });
});

describe('other explanations are asked of findings, not of demonstrations or theorems', () => {
  it('asks "what else could explain" a finding, and about the evidence for a demonstration', () => {
    const finding = paper(
      'o.1',
      'Task Alignment',
      'We propose a task alignment score based on clustering. Our experiments on text classification validate our hypothesis by showing that task alignment can explain the classification performance of a given representation.',
    );
    expect(starterQuestions(finding).some((q) => /What else could explain this result/.test(q))).toBe(true);
    const demo = paper(
      'o.2',
      'Variational QA',
      'We propose a variational open-domain question answering framework. We demonstrate its versatility by training reader-retriever models on three datasets of multiple-choice medical exam questions.',
    );
    const qs = starterQuestions(demo);
    expect(qs.some((q) => /What else could explain/.test(q))).toBe(false);
    expect(qs.some((q) => /versatility.*How strong is the evidence for this in the paper/.test(q))).toBe(true);
  });

  it('asks a claim of a paper with no experiments for its assumptions', () => {
    const analytic = paper(
      'o.4',
      'Facility Location',
      'We analyze the problem of locating a public facility with single-peaked and single-dipped preferences. Finally, we show that all strategy-proof rules are also group strategy-proof and analyze the implications of Pareto efficiency.',
    );
    const qs = starterQuestions(analytic);
    expect(qs.some((q) => /What else could explain|How strong is the evidence/.test(q))).toBe(false);
    expect(qs.some((q) => /group strategy-proof.*Which assumptions does this rest on/.test(q))).toBe(true);
  });

  it('treats a theoretical "we show" as a result, asked for its assumptions', () => {
    const theory = paper(
      'o.3',
      'Decoder-Only Transformers',
      'We study the computational power of decoder-only transformers. From the theoretical analysis, we show sparsity of the word embedding to be a necessary condition for Turing completeness to hold.',
    );
    for (const q of starterQuestions(theory)) expect(q).not.toMatch(/What else could explain/);
    expect(readPaper(theory).en.roles.find((r) => /necessary condition/.test(r.text))?.role).toBe('result');
  });
});

describe('sentence roles from the held-out samples B and C', () => {
  it('reads a named "Bench" as a resource, not a method', () => {
    const bench = paper(
      'r.1',
      'LongRCA Bench: Root Causes in Long Agent Runs',
      'When a long-horizon agent execution fails, outcome-level evaluation reveals the unsuccessful result but not where the decisive error entered the trajectory. We introduce LongRCA Bench, comprising 1,140 failed trajectories with annotated root causes. Frontier models localise fewer than half of the decisive errors.',
    );
    const r = readPaper(bench);
    expect(r.kind).toBe('benchmark');
    expect(r.en.roles.find((x) => x.text.startsWith('We introduce LongRCA Bench'))?.role).toBe('dataset');
    for (const q of starterQuestions(bench))
      expect(q).not.toMatch(/part of the method|What in the paper supports this most directly.*When a long-horizon|When a long-horizon.*What in the paper supports/);
  });

  it("does not read a premise about others, or a conditional one, as the paper's claim", () => {
    expect(
      readPaper(paper('r.2', 'T', 'When a long-horizon agent execution fails, outcome-level evaluation reveals the unsuccessful result but not where the decisive error entered the trajectory.')).en
        .roles[0]?.role,
    ).not.toBe('claim');
    expect(
      readPaper(paper('r.3', 'T', "Traditional evaluations measure a learning algorithm's final performance on an i.i.d. test set, reducing learning to a single aggregate score.")).en.roles[0]?.role,
    ).not.toBe('claim');
    expect(readPaper(paper('r.4', 'T', 'Our experiments on three benchmarks show that the method reduces memory by half.')).en.roles[0]?.role).toBe('claim');
  });

  it('reads reproductions and studies introduced by what they use as study designs and claims', () => {
    const roles = readPaper(
      paper(
        'r.5',
        'T',
        "In this work, we present a reproducibility study of AlphaEdit under the original experimental setup. We successfully reproduce AlphaEdit's reported metrics across the original models. Using 596 human-labeled completions from a validation set, we compare the two judge families against human majority votes.",
      ),
    ).en.roles.map((x) => x.role);
    expect(roles).toEqual(['design', 'claim', 'design']);
  });
});

describe('sentence roles from the held-out sample D', () => {
  it('reads a gym or evaluation environment as a resource, and asks how close it is to the real setting', () => {
    const gym = paper(
      'd.1',
      'OpenFinGym: A Verifiable Multi-Task Gym Environment for Evaluating Quant Agents',
      'Quantitative-finance agents are evaluated on disjoint tasks. We introduce OpenFinGym, a unified gym environment for quantitative-finance agent development that covers forecasting, trading and fraud detection. Agents that forecast well trade poorly in our experiments.',
    );
    const r = readPaper(gym);
    expect(r.kind).toBe('benchmark');
    expect(r.en.roles.find((x) => x.text.startsWith('We introduce OpenFinGym'))?.role).toBe('dataset');
    const questions = starterQuestions(gym);
    expect(questions.join('\n')).not.toMatch(/part of the method|work as well as reported|How was it collected/);
    expect(questions.some((q) => /real setting/.test(q))).toBe(true);
    // A policy for a changing environment is still a method.
    expect(readPaper(paper('d.2', 'T', 'We propose a policy that adapts to a changing environment.')).en.roles[0]?.role).toBe('artefact');
  });

  it('does not read a statement of what is now common as a problem, nor "pass/fail" as a failure', () => {
    const context = 'LLM-as-judge components are now standard in evaluation harnesses, including safety evaluations where a pass/fail verdict may gate deployment decisions.';
    expect(readPaper(paper('d.3', 'T', context)).en.roles[0]?.role).not.toBe('problem');
    expect(readPaper(paper('d.4', 'T', 'Existing methods fail to scale to long documents.')).en.roles[0]?.role).toBe('problem');
  });
});

describe('sentence roles from the held-out samples E and zh-C', () => {
  it('reads a survey announced by the gap it fills as a survey, and never asks whether a missing survey is an obstacle', () => {
    const survey = paper(
      'e.1',
      'From Structure to Synergy: Vision-Language Perception in Multimodal Models',
      'Multimodal large language models perceive images and text. However, there remains a lack of systematic surveys that examine perception from a truly unified vision-language perspective. To bridge this gap, we present the first systematic survey of unified vision-language perception in MLLMs.',
      {
        abstractZh: '多模态大语言模型能感知图像和文本。然而，目前仍缺乏从统一的视觉-语言视角来审视感知的系统性综述。为弥补这一空白，我们首次提出了对MLLMs中统一视觉-语言感知的系统性综述。',
      },
    );
    const r = readPaper(survey);
    expect(r.kind).toBe('survey');
    expect(r.en.roles.map((x) => x.role)).toEqual(['other', 'background', 'survey']);
    expect(r.zh.roles.map((x) => x.role).slice(1)).toEqual(['background', 'survey']);
    for (const q of [...starterQuestions(survey), ...starterQuestions(survey, { locale: 'zh-CN' })]) expect(q).not.toMatch(/real obstacle|主要障碍/);
  });

  it('reads a Chinese abstract that calls itself a survey as one, though it introduces a taxonomy', () => {
    const r = readPaper(
      paper('e.2', 'Quantization in Federated Learning: Methods, Challenges and Future Directions', '', {
        abstractZh: '联邦学习已成为基础范式。本文提供了首个以联邦学习为中心的系统性量化综述，引入了一种新分类法。',
      }),
    );
    expect(r.kind).toBe('survey');
  });

  it('asks a theoretical analysis what it covers, not whether its setup supports the conclusions', () => {
    const theory = paper(
      'e.3',
      'Decentralized Learning in Zero-Sum Games: A Finite-Sample Analysis',
      'We present a finite-sample analysis of decentralized learning in two-player zero-sum matrix games. We prove a sample complexity of O(1/eps) for finding an eps-Nash distribution. The upper bound is tight up to log factors.',
    );
    expect(readPaper(theory).en.roles[0]?.role).toBe('setting');
    expect(starterQuestions(theory).join('\n')).not.toMatch(/setup support|this design leave out/);
  });

  it('does not take others\' results, in brackets or after "Inspired by", for the paper\'s claim, nor equivalence queries for a theorem', () => {
    expect(
      readPaper(paper('e.4', 'T', 'Inspired by recent results that show that augmented ensembles are exactly equivariant, we study data augmentation for Bayesian networks.')).en.roles[0]?.role,
    ).not.toBe('claim');
    const zh = (text: string) => readPaper(paper('e.5', 'T', '', { abstractZh: text })).zh.roles[0]?.role;
    expect(zh('受近期研究结果（表明增强的无限深度集成具有完全等变性）的启发，我们研究了贝叶斯神经网络的数据增强问题。')).toBe('setting');
    expect(zh('受此场景启发，我们重新审视了由Angluin（1988）提出的经典基于等价查询的学习模型。')).not.toBe('result');
    expect(roleZh('我们证明了在温和的条件下，这两种学习模型在样本复杂度的意义下是等价的。')).toBe('result');
    // 发现 inside a noun (药物发现, drug discovery) is no finding of the paper's.
    expect(roleZh('以此方法论为基础，我们考察了十二个应用领域，包括推荐与社交网络、药物发现与分子性质学习、计算机视觉等。')).not.toBe('claim');
    expect(roleZh('我们发现，模型在长文本上的表现明显下降。')).toBe('claim');
  });

  it("asks a demonstration of the authors' own model for its evidence, not what else could explain it", () => {
    const zh = starterQuestions(
      paper('e.6', 'T', 'We train a surrogate model on phase separation.', {
        abstractZh: '我们在相分离数据上训练了一个代理模型。结果表明，我们训练的代理模型在长时间演化中的预测保持稳定且准确。',
      }),
      { locale: 'zh-CN' },
    );
    expect(zh.join('\n')).not.toMatch(/别的原因/);
    const en = starterQuestions(paper('e.7', 'T', 'We train a surrogate model on phase separation. We show that predictions from our trained surrogate model remain stable over long rollouts.'));
    expect(en.join('\n')).not.toMatch(/What else could explain|check it by hand/);
  });

  it('quotes a sentence with TeX text formatting as its plain words, and the checks find the quote in the paper', () => {
    const p = paper(
      'e.8',
      'Explaining Temporal Graph Networks',
      'Existing explanation methods focus only on a subset of the information flow. To overcome this limitation, we propose a novel attribution method that analyzes the \\emph{entire} information flow through all event-associated variables.',
    );
    const [lead] = starterQuestions(p);
    expect(lead).toContain('“To overcome this limitation, we propose a novel attribution method that analyzes the entire information flow through all event-associated variables.”');
    expect(questionFlags(lead!, p, 'en', [])).toEqual([]);
    // Math is left alone: a formatting command inside $…$ is part of the formula.
    expect(withoutTextFormatting('the \\textbf{whole} flow of $\\emph{x}$ and {\\em all} of it')).toBe('the whole flow of $\\emph{x}$ and all of it');
    // A bare citation marker renders as a number in brackets: it is left out; \\citet names the authors, so it stays (and the sentence is not quoted).
    expect(withoutTextFormatting('an energy-based model \\cite{du2024ired} augmented with memory, as in~\\citep{a,b}.')).toBe('an energy-based model augmented with memory, as in.');
    expect(withoutTextFormatting('as shown by \\citet{ru2024}.')).toBe('as shown by \\citet{ru2024}.');
  });

  it('reads more of what authors say they did: a diagnostic proposed, an algorithm obtained, experiments that show, an algorithm said to be fast', () => {
    expect(roleEn('We propose a simple diagnostic to test whether reliability information is used during inference.')).toBe('artefact');
    expect(roleEn('However, by leveraging the adjoint system, we obtain an efficient method of training the network parameters.')).toBe('artefact');
    expect(roleEn('Experiments on StressID for stress recognition and CMU-MOSEI for sentiment analysis show that permuting reliability scores leaves performance unchanged.')).toBe('claim');
    expect(roleEn('Our algorithm is also fast: its runtime is dominated by the cost of computing the empirical covariance matrix.')).toBe('claim');
    expect(roleEn('We use a large program space to explore the behaviour of automated code-evolution systems.')).toBe('design');
    // Others' experiments, or a method merely mentioned, stay what they were.
    expect(roleEn('Previous experiments on these benchmarks show that transformers overfit small datasets.')).not.toBe('claim');
    expect(roleEn('We provide a comprehensive comparison of retrieval models on five benchmarks.')).not.toBe('artefact');
  });

  it('reads "we present the first systematic analysis of …" as a study, not a method with parts, and a named contribution as one', () => {
    const analysis =
      'In this work, we present the first systematic analysis of evaluation pitfalls in multimedia event extraction and identify three major sources of issues: inconsistent data processing, inconsistent task assumptions, and overly relaxed evaluation settings.';
    expect(roleEn(analysis)).toBe('design');
    expect(starterQuestions(paper('e.9', 'Evaluation Pitfalls in Multimedia Event Extraction', analysis)).join('\n')).not.toMatch(/part of the method/);
    expect(roleEn('We present ProtoKV, a streaming memory for long videos.')).toBe('artefact');
    expect(roleEn('We introduce parametric open-source games, a continuous analogue of program equilibria.')).toBe('artefact');
  });
});

describe('papers with a clear claim that got only a generic question (held-out sample F)', () => {
  /** The generic questions asked when nothing specific can be. */
  const GENERIC = /^(?:Which result in this paper would we most want to check|What would we need to know before relying)/;

  it('quotes a contribution stated in one sentence too long for the full frames whole, in a short frame', () => {
    // 2606.27023, as the digest cut it: the contribution sentence has 330 characters, the next one math, the last is cut.
    const calibration = paper(
      'f2.1',
      'Just how sure are you? Improving Verbalized Uncertainty Calibration in Medical VQA',
      'Multimodal large language models (MLLMs) applied to Medical Visual Question Answering (VQA) tend to produce overconfident outputs regardless of actual correctness, and existing verbalized confidence calibration methods, developed primarily for text only LLMs, do not account for the multimodal nature of medical image understanding.   This work proposes a training based framework that finetunes MLLMs to improve their calibration using a composite loss function combining a Brier style calibration term, an anchor regularizer that prevents confidence collapse toward extreme values, a contrastive image text alignment term, and a KL based model stabilization term. The alignment signal is derived from a $2 \\times 2$ factorial perturbation design that crosses image presence with text integrity, probing the reliance of the model on visual modality input versus language priors. Finally, a top K KL divergence regularizer is used to protect the ans',
      { abstractTruncated: true },
    );
    const contribution =
      'This work proposes a training based framework that finetunes MLLMs to improve their calibration using a composite loss function combining a Brier style calibration term, an anchor regularizer that prevents confidence collapse toward extreme values, a contrastive image text alignment term, and a KL based model stabilization term.';
    const qs = starterQuestions(calibration);
    expect(qs).toEqual([`“${contribution}” What is new here, and what would we test first?`]);
    expect(qs[0]!.length).toBeLessThanOrEqual(MAX_LENGTH);
    expect(questionFlags(qs[0]!, calibration, 'en', [])).toEqual([]);

    // 2606.26121: "three contributions" promises; the first, 314 characters, is asked about.
    const insects = paper(
      'f2.2',
      'Dot-Flik: A Scalable Edge AI Architecture for Distributed Insect Monitoring',
      'Global insect population declines necessitate scalable, continuous monitoring systems, yet existing vision-based solutions remain constrained by high hardware costs, energy demands, and reliance on centralized processing or cloud connectivity. This article presents three contributions to address these limitations. First, we propose a motion-informed frame filtering algorithm based on temporal differencing, gamma-corrected motion amplification, and block-based motion density analysis that discards irrelevant frames at the edge while preserving insect activity, without requiring deep learning inference on the sensing device. Second, we introduce a distributed, hierarchical IoT architecture that decouples data acquisition from AI classification through this edge-level preprocessing, projecting fractional scaling of central processing requirements and significantly increasing monitoring coverage compared to monolithic single-stream approac',
      { abstractTruncated: true },
    );
    const [q] = starterQuestions(insects);
    expect(q).toMatch(/^“First, we propose a motion-informed frame filtering algorithm .* on the sensing device\.” What is new here, and what would we test first\?$/);
  });

  it('asks about a long sentence only when nothing else specific is left, and never about one over 350 characters', () => {
    const long =
      'Starting from the PyTorch implementations, workload definitions, benchmark commands, and a compact set of CUDA optimization skills, we build a kernel optimization workflow in Houmao, a multi-agent orchestration framework for heterogeneous coding agents, to generate, debug, profile, and optimize the kernels.';
    expect(long.length).toBeGreaterThan(300);
    // With a question the paper asks itself and a finding, the long sentence is not needed.
    const kernels = paper(
      'f2.3',
      'Agentic Kernel Optimization',
      `We study whether general-purpose code agents can produce state-of-the-art GPU kernels without any manually written CUDA code. ${long} We find that the generated kernels match hand-tuned libraries on most of the workloads we tried.`,
    );
    const qs = starterQuestions(kernels);
    expect(qs.length).toBeGreaterThanOrEqual(2);
    expect(qs.join('\n')).not.toContain('Starting from the PyTorch implementations');
    // Alone, it is asked about.
    expect(starterQuestions(paper('f2.4', 'Agentic Kernel Optimization', `GPU kernels are written by hand. ${long}`)).join('\n')).toContain(`“${long}”`);
    // 381 characters: no frame holds it; the paper's own statement of what is unclear is asked instead (2606.26476).
    const ablation = paper(
      'f2.5',
      'Retrieval-Warmed Energy-Based Reasoning: A Five-Arm Ablation Methodology for Diffusion-as-Inference on Structured Reasoning Tasks',
      "Warm-started diffusion samplers accelerate iterative inference, but it is rarely clear which part of the pipeline carries the gain. We study \\textbf{retrieval-warmed energy-based reasoning (RW-EBR)} -- an IRED energy-based diffusion model \\cite{du2024ired} augmented with a Modern Hopfield trajectory memory -- and contribute a \\textbf{five-arm ablation methodology} (oracle, best-constant, per-query-random, shuffled, aligned) that separates three confounded effects: class-prior bias shift, stochastic warm-starting, and graph-aligned value reuse. The diagnostic decomposition is adapted from LLM-RAG evaluation \\cite{ru2024ragchecker}. On \\textbf{connectivity-2} (Erd\\H{o}s--R\\'enyi all-pairs reachability), the aligned-vs-shuffled-oracle swing reaches \\textbf{$+35$\\,pp} balanced accuracy on a fixed 1{,}000-graph validation-set diagnostic, while per-que",
      { abstractTruncated: true },
    );
    const asked = starterQuestions(ablation);
    for (const quoted of asked.flatMap(quotes)) expect(quoted.length).toBeLessThanOrEqual(350);
    expect(asked).toEqual([
      '“Warm-started diffusion samplers accelerate iterative inference, but it is rarely clear which part of the pipeline carries the gain.” What did we believe about this before reading, and how far does the paper go towards answering it?',
    ]);
  });

  it('reads what is "rarely clear" as a gap, and a discovery the authors localise or uncover as their claim', () => {
    expect(roleEn('Warm-started diffusion samplers accelerate iterative inference, but it is rarely clear which part of the pipeline carries the gain.')).toBe('gap');
    expect(roleEn('Despite their popularity, it is not always clear whether sparse autoencoders recover the features a model uses.')).toBe('gap');
    expect(roleEn('Warm-started diffusion samplers accelerate iterative inference, and it is clear which part of the pipeline carries the gain.')).not.toBe('gap');
    const localize =
      'We localize a Functional Anchor in the middle layers (L18-20) that triggers the retrieval of memorized solutions, followed by Structural Adapters in later layers (L21+) that transform representations to accommodate the shortcut signal.';
    expect(roleEn(localize)).toBe('claim');
    expect(roleEn('We uncover two failure modes of retrieval-augmented agents that standard benchmarks do not show.')).toBe('claim');
    expect(roleEn('We pinpoint a small set of attention heads that copy the answer from the context.')).toBe('claim');
    // "We locate the files …" or "we detect anomalies …" are what a method does, not a finding.
    expect(roleEn('We detect a change point in each stream with a sliding-window test.')).not.toBe('claim');
    // 2601.11061: its contribution sentence points back ("this phenomenon"), and the last one is cut; the localisation is asked about.
    const rlvr = paper(
      'f2.6',
      'Spurious Rewards Paradox: Mechanistically Understanding How RLVR Activates Memorization Shortcuts in LLMs',
      `Reinforcement Learning with Verifiable Rewards (RLVR) is highly effective for enhancing LLM reasoning, yet recent evidence shows models like Qwen 2.5 achieve significant gains even with spurious or incorrect rewards. We investigate this phenomenon and identify a "Perplexity Paradox": spurious RLVR triggers a divergence where answer-token perplexity drops while prompt-side coherence degrades, suggesting the model is bypassing reasoning in favor of memorization. Using Path Patching, Logit Lens, JSD analysis, and Neural Differential Equations, we uncover a hidden Anchor-Adapter circuit that facilitates this shortcut. ${localize} Finally, we demonstrate that scaling specific MLP keys within this circuit allows f`,
      { abstractTruncated: true },
    );
    expect(starterQuestions(rlvr)).toEqual([`The abstract reports: “${localize}” How strong is the evidence for this in the paper, and where would we expect it not to hold?`]);
  });

  it('asks a finding of a paper that names no experiments as an observation, and for assumptions only when the authors prove something', () => {
    // 2305.17493 (as the digest cut it): no experiment, dataset or baseline is named, yet "we find" reports what was measured.
    const finding = 'We find that use of model-generated content in training causes irreversible defects in the resulting models, where tails of the original content distribution disappear.';
    const recursion = paper(
      'f2.7',
      'The Curse of Recursion: Training on Generated Data Makes Models Forget',
      `Stable Diffusion revolutionised image creation from descriptive text. GPT-2, GPT-3(.5) and GPT-4 demonstrated astonishing performance across a variety of language tasks. ChatGPT introduced such language models to the general public. It is now clear that large language models (LLMs) are here to stay, and will bring about drastic change in the whole ecosystem of online text and images. In this paper we consider what the future might hold. What will happen to GPT-{n} once LLMs contribute much of the language found online? ${finding} We refer to this effect as Model Collapse and show that it can occur in Variational Autoencoders, Gaussian Mixture Models and LLMs. We build theoretical intuition behind the phenomenon and portray its ubiquity amongst all learned generative models. We demonstrate that it has to be taken seriously if we ar`,
      { abstractTruncated: true },
    );
    expect(readPaper(recursion)).toMatchObject({ kind: 'unclear', empirical: false, theoretical: false });
    expect(starterQuestions(recursion)).toEqual([
      `The abstract reports: “${finding}” What else could explain this result, and does the paper rule it out?`,
      // The question the abstract asks in so many words, after the finding that answers it.
      'The paper sets out to answer this: “What will happen to GPT-n once LLMs contribute much of the language found online?” Which experiment or argument in the paper answers it, and does the answer hold beyond the cases studied?',
    ]);
    // Shown, not found: asked how strong its evidence is, which fits a measured and a derived claim alike.
    const shown = paper('f2.10', 'T', recursion.abstract!.replace('We find that use', 'We demonstrate that use'), { abstractTruncated: true });
    expect(starterQuestions(shown)[0]).toBe(
      `The abstract reports: “${finding.replace('We find that use', 'We demonstrate that use')}” How strong is the evidence for this in the paper, and where would we expect it not to hold?`,
    );
    // The same finding in a paper whose authors derive something is a derived result, asked for its assumptions.
    const derived = paper('f2.8', 'T', `In this paper we consider what the future might hold. We derive the conditions under which recursive training forgets the tails of a distribution. ${finding}`);
    expect(readPaper(derived)).toMatchObject({ kind: 'unclear', empirical: false, theoretical: true });
    expect(starterQuestions(derived)).toContain(`“${finding}” Which assumptions does this rest on, and is there a small case where we could check it by hand?`);
  });

  it('quotes a sentence holding short inline math, which the checks accept, and reads "called by the firm" as no definition', () => {
    // 2605.03542
    const norm = paper(
      'f2.9',
      'Random test functions, $H^{-1}$ norm equivalence, and stochastic variational physics-informed neural networks',
      'The dual norm characterisation of weak solutions of second-order linear elliptic partial differential equations is mathematically natural but computationally intractable: evaluating the $H^{-1}$ norm of the residual requires a supremum over an infinite-dimensional test space. We prove that the $H^{-1}$ norm of any functional is equivalent to its expected squared evaluation against a random test function whose probability distribution depends only on the domain.',
    );
    const qs = starterQuestions(norm);
    expect(qs.join('\n')).toContain(
      '“We prove that the $H^{-1}$ norm of any functional is equivalent to its expected squared evaluation against a random test function whose probability distribution depends only on the domain.”',
    );
    expect(qs.every((q) => !GENERIC.test(q))).toBe(true);
    for (const q of qs) expect(questionFlags(q, norm, 'en', [])).toEqual([]);
    expect(
      roleEn(
        "We assume that neither the bondholder nor the firm has absolute priority, but instead, a proportion $m\\in[0,1]$ of the bond is converted to the firm's stock and the rest is called by the firm.",
      ),
    ).not.toBe('definition');
    expect(roleEn('We identify a failure mode we call directional inconsistency: a few high-reward rollouts disagree with the batch majority.')).toBe('definition');
  });
});

describe('failures judged on held-out samples G and zh-E', () => {
  const GENERIC = /^(?:Which result in this paper would we most want to check|What would we need to know before relying)/;
  const GENERIC_ZH = /^(?:这篇论文中，哪一个结果是我们最想亲自验证的|在自己的工作中采用这篇论文的结论之前)/;

  it('flags TeX math beyond one symbol inside a quote, and quotes no sentence that holds such math', () => {
    const tex = 'We prove that both methods have a sample complexity of $O(\\epsilon^{-3})$ in finding an $\\epsilon$-stationary point.';
    const p = paper('g.1', 'Adaptive Minimax Methods', `Minimax problems are common. ${tex}`);
    expect(questionFlags(`“${tex}” Which assumptions does this rest on?`, p, 'en', []).map((h) => h.flag)).toContain('leftover-tex');
    // One readable symbol is no formula.
    const symbol = 'We prove that the method finds an $\\epsilon$-stationary point of every smooth objective we consider.';
    expect(questionFlags(`“${symbol}” Which assumptions does this rest on?`, paper('g.2', 'T', symbol), 'en', [])).toEqual([]);
    expect(quotableEn(tex)).toBe(false);
    expect(quotableEn(symbol)).toBe(true);
    expect(quotableEn('We prove the bound $\\mathbb{E}\\|\\nabla F(x)\\| \\leq \\epsilon$ for every iterate of the method.')).toBe(false);
    for (const q of starterQuestions(p)) expect(q).not.toContain('$O(');
  });

  it('asks the title as a question only when it is a self-contained research question', () => {
    expect(titleQuestionOf('Is this Citation on Point?')).toBeUndefined();
    expect(titleQuestionOf('Is That Answer Right?')).toBeUndefined();
    expect(titleQuestionOf('这个回答可信吗？')).toBeUndefined();
    expect(titleQuestionOf('StreamBench: Can Large Language Models Reason about Event Time?')).toBe('StreamBench: Can Large Language Models Reason about Event Time?');
    expect(titleQuestionOf("The Embedder's Dilemma: LLMs Are Better, but at What Cost?")).toBeDefined();
    const citation = paper('g.3', 'Is this Citation on Point?', 'Lawyers cite cases. We evaluate fourteen model configurations on the resulting examples.');
    expect(starterQuestions(citation).join('\n')).not.toMatch(/The title asks/);
  });

  it('reads a remark about the literature as background, not as an open question the paper settles', () => {
    expect(roleEn('To the best of our knowledge, a few studies have been conducted with the goal of detecting hybrid spam e-mails.')).toBe('background');
    expect(roleEn('Few studies have examined spam that mixes text and images.')).toBe('background');
    expect(roleZh('然而，至今为止，关于这个话题的研究还不多。')).toBe('background');
    // What is unknown stays a gap.
    expect(roleEn('Whether end-use savings translate into lower aggregate demand remains unclear.')).toBe('gap');
    expect(roleEn('Few studies have examined whether spam filters generalise across languages.')).toBe('gap');
    const spam = paper(
      'g.4',
      'Detecting Hybrid Spam',
      'Spam e-mails now mix text and images. To the best of our knowledge, a few studies have been conducted with the goal of detecting hybrid spam e-mails.',
    );
    expect(starterQuestions(spam).join('\n')).not.toMatch(/What did we believe about this before reading/);
  });

  it('reads a motivation sentence as no contribution, and a field opener turned to its own difficulty as no obstacle', () => {
    const motivated = '同时，分布式编码理论表明，可以通过独立编码和联合解码实现高效压缩，这激发了我们设计基于学习的分布式编码框架的动机。';
    expect(roleZh(motivated)).toBe('background');
    const coding = paper('g.5', 'Distributed Coding', 'Multi-view coding matters.', { abstractZh: `多视图图像压缩在三维应用中起着至关重要的作用。${motivated}` });
    expect(readPaper(coding).zh.contribution).toBeUndefined();
    expect(starterQuestions(coding, { locale: 'zh-CN' }).join('\n')).not.toContain('激发了我们');
    expect(roleEn('This observation motivates us to design a learned distributed codec for multi-view images.')).toBe('background');
    // "X is widely used, but X is hard": the field's boilerplate; "…, but existing methods …" names what the paper fixes.
    expect(roleZh('双层优化在超参数优化和元学习等领域有广泛应用，但是双层优化问题难以解决。')).toBe('background');
    expect(roleZh('轨迹预测已经取得了快速进展，但代表性模型通常难以处理多模态的未来轨迹。')).toBe('problem');
    expect(roleEn('Bilevel optimization is widely used in meta-learning, but bilevel problems are difficult to solve.')).toBe('background');
    expect(roleEn('Bilevel optimization is widely used in meta-learning, but existing methods fail when the lower level is constrained.')).toBe('problem');
  });

  it('asks "have we run into this ourselves" only of a cost users meet, and "the real obstacle in practice" not of a fact about the world', () => {
    const assumption = paper(
      'g.6',
      'T',
      'However, existing generation methods all rely on an ideal assumption called label consistency across the data owners. We propose a new setting and run experiments on three datasets.',
    );
    expect(starterQuestions(assumption).join('\n')).not.toMatch(/run into this problem ourselves/);
    const slow = paper('g.7', 'T', 'However, existing solvers are slow and scale poorly with the number of constraints. We propose a new solver and run experiments on three benchmarks.');
    expect(writerEn.problem(readPaper(slow), 'g.7:problem:x')!.text).toMatch(/Is that the real obstacle in practice|run into this problem ourselves/);
    const anaphora = paper(
      'g.8',
      'Intensional Anaphora',
      'Modal operators are often treated as quantifiers over worlds. Yet individuals introduced in intensional contexts cannot serve as antecedents to later pronouns as easily as others.',
    );
    expect(readPaper(anaphora).empirical).toBe(false);
    expect(starterQuestions(anaphora).join('\n')).not.toMatch(/real obstacle in practice/);
  });

  it('fits the frame to the kind of result: a setting is not a result, a revisit is not a new setting, a model implication is not an observation', () => {
    expect(roleEn('In the paper, we study a class of nonconvex minimax problems, where the objective is nonconcave in the second variable.')).not.toBe('result');
    const revisit = paper(
      'g.9',
      'Tight Convergence Bounds for Matrix Scaling',
      'We revisit the Sinkhorn-Knopp algorithm for the matrix scaling problem. We prove a tight nonasymptotic local convergence rate and a matching lower bound.',
    );
    expect(readPaper(revisit).kind).toBe('theory');
    expect(starterQuestions(revisit).join('\n')).not.toMatch(/What does this setting cover/);
    // A theory paper's modal implication is asked what drives it, in both languages.
    const equilibria = paper(
      'g.10',
      'Schedule equilibria',
      'This paper studies imperfect competition in general equilibrium. We derive optimality conditions and establish existence of equilibrium. The results show that endogenous price responses can change standard conclusions about markups and investment.',
      {
        abstractZh: '本文研究了一般均衡中的不完全竞争。结果表明，内生价格反应可能改变关于加成率和投资的标准结论。我们证明了均衡的存在性。',
      },
    );
    expect(starterQuestions(equilibria).join('\n')).not.toMatch(/What else could explain this result/);
    expect(starterQuestions(equilibria).join('\n')).toMatch(/Which assumption of the model drives this/);
    const zh = starterQuestions(equilibria, { locale: 'zh-CN' }).join('\n');
    expect(zh).not.toMatch(/还有什么别的原因能解释这个结果/);
    expect(zh).toMatch(/是模型中的哪个假设导致了这一点/);
    // A survey finding in a paper that proves nothing is not checked "by hand".
    const wtp = paper('g.11', 'Willingness to Pay for Crowd-Shipping', 'This paper presents a behavioural study of delivery choices.', {
      abstractZh: '本文介绍了关于消费者配送选择的行为研究。研究结果表明，如果配送服务更灵活，购物者愿意支付额外费用。',
    });
    expect(starterQuestions(wtp, { locale: 'zh-CN' }).join('\n')).not.toMatch(/手算验证/);
  });

  it('calls a paper a survey only when it is one: "this review process" is no survey', () => {
    const ui = paper(
      'g.12',
      'An Interactive UI for Comparing Texts',
      'Fully automating this review process would be infeasible. While there are existing tools to organise papers for literature reviews, they still rely on people reading every paper. We present TextLens, which combines human skills with automation.',
      { abstractZh: '完全自动化这个审查过程是不可行的。虽然有现有的工具来帮助组织文献综述的论文，但它们仍然依赖于人们逐个阅读论文。我们提出了TextLens，它结合了人的技能和自动化的优势。' },
    );
    expect(readPaper(ui).kind).not.toBe('survey');
    expect(starterQuestions(ui, { locale: 'zh-CN' }).join('\n')).not.toMatch(/这篇综述/);
    expect(starterQuestions(ui).join('\n')).not.toMatch(/this review|this survey/);
    expect(readPaper(paper('g.13', 'T', 'In this review, we survey recent work on retrieval.')).kind).toBe('survey');
  });

  it('quotes a contribution whose "this …" points back rather than asking only a generic question, but never beside a specific one', () => {
    const stream = paper(
      'g.14',
      'Pseudorandom Streams Affect Generation',
      'Learning systems consume concrete pseudorandom values. If a stream has structure the model can access, this structure can become part of what it learns. We show that this effect can be strong enough to change generation quality in diffusion models.',
    );
    expect(starterQuestions(stream)).toEqual([
      'The abstract says: “We show that this effect can be strong enough to change generation quality in diffusion models.” What in the paper supports this most directly, and what would make us doubt it?',
    ]);
    // With a specific question to ask, the pointing-back sentence is left out.
    const more = paper('g.15', 'T', `${stream.abstract} We find that the effect disappears when the generator is reseeded every step.`);
    expect(starterQuestions(more).join('\n')).not.toContain('this effect can be strong');
    // A sentence that opens by pointing back is never quoted, nor a step after one the question does not show.
    expect(quotableEn('These values enter the realized loss and its gradient during training.', 350, true)).toBe(false);
    expect(quotableEn('Then, we define the first formal task of latent concept learning on ontologies.')).toBe(false);
    expect(quotableZh('然后，我们定义了在本体上的第一个正式的潜在概念学习任务。')).toBe(false);
    expect(quotableZh('然后，我们定义了在本体上的第一个正式的潜在概念学习任务。', true)).toBe(true);
    expect(quotableZh('为解决这些限制，我们扩展了原方法并提出了新的合并方法。')).toBe(true);
    expect(quotableZh('我们在这些限制之下扩展了原方法并提出了新的合并方法。')).toBe(false);
    const dataset = paper('g.16', 'A Dataset on Malicious Bidding', 'Reviewers bid on papers. A critical impediment is the lack of data on malicious bidding.', {
      abstractZh: '评审人会对论文投标。解决问题的关键障碍是缺乏关于恶意投标的公开数据。在这项工作中，我们收集并公开发布了一个新的数据集，以填补这一空白，参与者被要求诚实或恶意地投标。',
    });
    const zh = starterQuestions(dataset, { locale: 'zh-CN' });
    expect(zh.some((q) => GENERIC_ZH.test(q))).toBe(false);
    expect(zh.join('\n')).toContain('我们收集并公开发布了一个新的数据集');
  });

  it('reads "sets out a method" and "we adapt … techniques" as what the authors contribute', () => {
    expect(roleEn('This paper sets out a complete method built on one organising idea: direction is what changes when time is reversed.')).toBe('artefact');
    expect(roleEn('To address this, we adapt rare-event estimation techniques to perform inference in the joint space.')).toBe('artefact');
    const arrow = paper(
      'g.17',
      'Measuring the Arrow of Time',
      'Many series move together. This paper sets out a complete method built on one organising idea: direction is what changes when time is reversed.',
    );
    expect(starterQuestions(arrow).some((q) => GENERIC.test(q))).toBe(false);
  });

  it('does not ask the digest summary when it restates a sentence another question quotes, nor when it is garbled', () => {
    const lead = 'In this work, we propose and promote a more practical label-agnostic setting, where attackers may exploit the protected data differently.';
    const summary = 'This paper proposes a more practical label-agnostic setting to generate unlearnable examples, which can prevent unauthorized training.';
    expect(restates(summary, lead)).toBe(true);
    expect(restates('This paper shows that retrieval helps small models answer rare questions.', lead)).toBe(false);
    const p = paper('g.18', 'Unlearnable Clusters', `Unlearnable examples protect data. ${lead}`, { summaryEn: summary });
    expect(starterQuestions(p).join('\n')).not.toMatch(/The digest sums the paper up/);
    expect(garbled('A defense that works by flipping or horizontally flipping symmetric samples.')).toBe(true);
    expect(garbled('A defense that works by flipping or rotating symmetric samples.')).toBe(false);
    expect(quotableZh('研究结果表明，购物者有意愿为众包配送配送支付额外费用。')).toBe(false);
    const flipped = paper('g.19', 'Symmetry Defense', 'Adversarial attacks fool classifiers.', {
      summaryEn: 'This paper proposes a symmetry defense method that improves robustness by flipping or horizontally flipping symmetric adversarial samples.',
    });
    expect(starterQuestions(flipped).join('\n')).not.toMatch(/The digest sums the paper up/);
  });
});

describe('failures judged on held-out samples H and zh-H', () => {
  it("reads a notion named with its origin as someone else's, not the paper's new definition (2608.15631)", () => {
    const attributed =
      'We ask what other mechanisms become possible when strategy-proofness is replaced by a weaker condition called non-obvious manipulability (NOM), introduced by Troyan and Morrill (2020).';
    expect(roleEn(attributed)).not.toBe('definition');
    const housing = paper(
      'h.1',
      'Non-obvious Manipulability with Groups in Shapley-Scarf Housing Markets',
      `In Shapley-Scarf housing markets, Ma (1994) shows that top trading cycles (TTC) is the unique mechanism satisfying individual rationality (IR), Pareto efficiency (PE), and strategy-proofness. ${attributed} We first show that this weaker condition does not help on its own: every IR and PE mechanism is already NOM.`,
    );
    expect(starterQuestions(housing).join('\n')).not.toMatch(/this new notion/);
    // The paper's own named notion still is one.
    expect(roleEn('We therefore introduce a new condition, which we call NOM with groups, under which each agent knows the preferences of her group.')).toBe('definition');
    expect(roleZh('我们探讨当策略证明性被一种称为非明显可操作性（NOM）的较弱条件（由Troyan和Morrill（2020）引入）所取代时，其他机制可能成为何种可能。')).not.toBe('definition');
  });

  it("reads the claims that H's uncovered papers stated, so they get a specific question instead of a generic one", () => {
    // 2302.07627: "enables us to prove" is the authors proving.
    expect(roleEn('Complementarity enables us to prove new properties of core imputations of the assignment game and its generalizations.')).toBe('result');
    // 2409.01147, 2608.15981, 2211.06652
    expect(
      roleEn('This paper shows that, in a class of Bertrand-style competition games, memoryless Q-learning algorithms should adapt to Nash Equilibrium given sufficient explorations in the long-run.'),
    ).toBe('claim');
    expect(
      roleEn(
        'To quantify the knowledge production loss from reallocation, we use bibliographic data to separate individual effects from location effects and show that location effects account for substantial differences in research output across locations.',
      ),
    ).toBe('claim');
    expect(roleEn('In contrast, our approach can handle linguistic as well as perceptual variations, end-to-end trainable and requires no intermediate supervision.')).toBe('claim');
    // Others' work, or a plan, stays what it was.
    expect(roleEn('Prior work shows that such models can handle long inputs.')).not.toBe('claim');
    expect(roleEn('This setting allows us to study the effect of delays.')).not.toBe('result');
    const games = paper(
      'h.3',
      'LP-Duality Theory and the Cores of Games',
      'LP-duality theory has played a central role in the study of the core, right from its early days to the present time. However, despite the extensive nature of this work, basic gaps still remain. Complementarity enables us to prove new properties of core imputations of the assignment game and its generalizations.',
    );
    expect(starterQuestions(games).join('\n')).toContain(
      '“Complementarity enables us to prove new properties of core imputations of the assignment game and its generalizations.” Which assumptions does this rest on',
    );
  });

  it('asks a Chinese "理论分析表明" result for its assumptions, never what else could explain it (2206.00233)', () => {
    const sentence = '理论分析表明，在某些条件下，每个智能体最小化其个体分布不匹配可以实现收敛到生成目标分布的联合策略。';
    expect(roleZh(sentence)).toBe('result');
    const dm2 = paper('h.2', 'DM$^2$: Decentralized Multi-Agent Reinforcement Learning for Distribution Matching', '', {
      abstractZh: `当前的多智能体协作方法往往依赖于集中式机制或显式通信协议以确保收敛。本文研究了分布匹配在不依赖于集中式组件或显式通信的分布式多智能体学习中的应用。${sentence}`,
    });
    const qs = starterQuestions(dm2, { locale: 'zh-CN' }).join('\n');
    expect(qs).not.toMatch(/还有什么别的原因能解释/);
    expect(qs).toContain(`“${sentence}”这个结论依赖哪些假设？`);
  });
});

describe('the related-paper question', () => {
  it('writes a known title\'s TeX accents as letters (G\\"odel → Gödel), so the question carries no TeX', () => {
    expect(plainTitle('The Red Queen G\\"odel Machine:  Co-Evolving Agents')).toBe('The Red Queen Gödel Machine: Co-Evolving Agents');
    expect(plainTitle("Fr\\'{e}chet means on \\c cones")).toBe('Fréchet means on çones');
    const related = writerEn.related({ id: '2606.26294', title: 'The Red Queen G\\"odel Machine: Co-Evolving Agents and Their Evaluators', shared: [], score: 0.5 }, 'seed');
    expect(related?.text).toMatch(/“The Red Queen Gödel Machine: Co-Evolving Agents and Their Evaluators” \(2606\.26294\)/);
  });
});

describe('failures judged on held-out samples I and zh-I', () => {
  it("reads a cited work's finding and the field's progress as background, never the paper's claim (2608.15640, 2509.16586)", () => {
    expect(roleEn('We study the blockchain censorship attack introduced in [21], which shows that joining the attack is a dominant strategy.')).toBe('setting');
    expect(roleZh('我们研究了文献[21]中引入的区块链审查攻击，该研究表明加入攻击是一种主导策略。')).toBe('setting');
    expect(
      roleEn('Recent advances have significantly improved our understanding of the sample complexity of learning in average-reward Markov decision processes (AMDPs) under the generative model.'),
    ).not.toBe('claim');
    // The authors' own finding is still theirs.
    expect(roleEn('We show that, by introducing a detectability threshold, joining the attack can lead to strictly less reward for whales.')).toBe('claim');
    const attack = paper(
      'i.1',
      'Whales and Minnows',
      'We study the blockchain censorship attack introduced in [21], which shows that joining the attack is a dominant strategy. We show that, by introducing certain detectability threshold, joining the attack can lead to strictly less reward for whales.',
      { abstractZh: '我们研究了文献[21]中引入的区块链审查攻击，该研究表明加入攻击是一种主导策略。我们证明，通过引入一定的可检测性阈值，加入攻击可能导致鲸鱼获得的奖励严格减少。' },
    );
    for (const qs of [starterQuestions(attack), starterQuestions(attack, { locale: 'zh-CN' })]) expect(qs.join('\n')).not.toMatch(/dominant strategy|主导策略/);
  });

  it('takes no "also" sentence for the core claim, and asks a derived formula for its assumptions (2608.16749)', () => {
    const side = '我们还展示了用于平稳分数阶Ornstein-Uhlenbeck过程中粗糙度二阶矩估计的均值回归污染公式。';
    expect(contributionIndexZh(['我们使用统一的数据基础设施和处理流程，测量了不同资产类别中的波动率粗糙度。', '已实现波动率在所有资产中均表现出粗糙性。', side])).toBe(-1);
    expect(contributionIndex(['Realized volatility is rough everywhere.', 'We also show a contamination formula for the estimator.'])).toBe(-1);
    // An "also" sentence that announces the contribution outright still does.
    expect(contributionIndex(['Realized volatility is rough everywhere.', 'We also propose a corrected estimator.'])).toBe(1);
    expect(roleZh(side)).toBe('result');
    const rough = paper('i.2', 'Rough volatility everywhere', '', {
      abstractZh: `我们使用统一的数据基础设施和处理流程，测量了不同资产类别中的波动率粗糙度。已实现波动率在所有资产中均表现出粗糙性。${side}`,
    });
    const qs = starterQuestions(rough, { locale: 'zh-CN' }).join('\n');
    expect(qs).not.toMatch(/核心论断/);
    expect(qs).toContain(`“${side}”这个结论依赖哪些假设？`);
  });
});

describe('failures judged on held-out sample J', () => {
  it('reads "where we observe …" inside a setup as the setup, not a finding (2608.16699)', () => {
    expect(
      roleEn(
        "We consider both the batch setting where we have access to data from a set of i.i.d. buyers and an online demand query model where we observe the buyers' behaviors to seller's schemes.",
      ),
    ).not.toBe('claim');
    expect(roleEn('We observe a 12% drop in accuracy when the context grows.')).toBe('claim');
    expect(roleEn('Furthermore, we observed the dependence of earnings surprise and return on our optimism measure.')).toBe('claim');
  });

  it('asks no baseline question of a figure set against another right after it (2608.15617)', () => {
    expect(
      figureEn('The largest is the split: the row-level protocol scores 0.905 macro-F1 where holding whole source files out leaves 0.594, and the quantum arm sits within noise of chance.'),
    ).toBeUndefined();
    expect(figureEn('Our method improves accuracy by 12% on ImageNet.')?.figure).toBe('12%');
    // A comparison further on, about another figure, leaves the first one alone.
    expect(
      figureEn(
        'At 100 VUs, the microservices design achieves 5.4% higher throughput, 25% lower average latency, and 39% lower p95 latency than the monolith, while exhibiting a lower median error rate (0.00% vs 0.69%).',
      )?.figure,
    ).toBe('5.4%');
  });
});

describe('one frame per paper', () => {
  it('never puts the same frame around two sentences of one paper (2608.13476, 2303.06381)', () => {
    const marc = paper(
      'r.1',
      'MARC: Multi-Agent Reasoning and Coordination',
      'We present Multi-Agent Reasoning and Coordination (MARC), an open-source framework that replaces monolithic LLM prompting with deterministic multi-agent orchestration. We additionally introduce a Decomposer module that generates task-specific agent prompts from a plain-language description, eliminating manual prompt engineering.',
    );
    const zhPaper = paper('r.2', 'ISAC precoders', '', {
      abstractZh:
        '本文提出了一种无监督学习神经模型，用于设计集成感知和通信（ISAC）系统的传输预编码器，以最大化最坏情况下的目标照明功率。从上行导频和回波中学习传输预编码器的问题可以看作是一个参数化函数估计问题，我们提出使用神经网络模型来学习这个函数。',
    });
    for (const qs of [starterQuestions(marc), starterQuestions(zhPaper, { locale: 'zh-CN' })]) {
      const frames = qs.filter((q) => /[“]/.test(q)).map((q) => q.replace(/“[^”]*”/g, '“…”'));
      expect(new Set(frames).size).toBe(frames.length);
    }
    // Each still gets its contribution asked about.
    expect(starterQuestions(marc).join('\n')).toContain('We present Multi-Agent Reasoning and Coordination (MARC)');
    expect(starterQuestions(zhPaper, { locale: 'zh-CN' }).join('\n')).toContain('本文提出了一种无监督学习神经模型');
  });
});

describe('clear claims that got only a generic question (uncovered papers of samples H, I, J)', () => {
  it('reads a single author as the authors (2608.11112, 2306.08760)', () => {
    expect(authorsVoice('I characterize when this tension gives rise to a convex technological takeoff or a learning trap.')).toBe(
      'we characterize when this tension gives rise to a convex technological takeoff or a learning trap.',
    );
    expect(authorsVoice('Using firm data, I show that volatility accounts for 7% of the variance.')).toContain('we show');
    expect(authorsVoice('My analysis supports the following conjecture.')).toBe('Our analysis supports the following conjecture.');
    // A Roman numeral or a type is no author.
    expect(authorsVoice('We control the Type I error at level alpha.')).toBe('We control the Type I error at level alpha.');
    expect(authorsVoice('Phase I trials enrol few patients.')).toBe('Phase I trials enrol few patients.');
    const single = paper(
      's.1',
      'Pricing Intelligence',
      'The speed of labor displacement through AI is contested. I study this question in a microeconomic model in which AI providers sell access to users. I characterize when this tension gives rise to a convex technological takeoff or a learning trap.',
    );
    const qs = starterQuestions(single);
    expect(qs.join('\n')).toContain('“I characterize when this tension gives rise to a convex technological takeoff or a learning trap.”');
    // The quote keeps the author's own word.
    expect(qs.join('\n')).not.toContain('we characterize');
  });

  it('reads "by developing …", "to show that …", "we establish a …" and "our … is valid" (2407.09546, 2510.15911, 2604.02559, 2608.15332)', () => {
    expect(roleEn('This work aims to bridge the gap by developing an LLM-based trading agent, CryptoTrade, which uniquely combines the analysis of on-chain and off-chain data.')).toBe('artefact');
    expect(
      roleEn('Here, we infer probabilities when Sleeping Beauty maximizes the expected growth rate of her wealth using the Kelly Criterion, to show that Sleeping Kelly is an ex ante Halfer.'),
    ).toBe('claim');
    expect(roleEn('We establish a variant of Monge--Kantorovich duality for matching problems with a continuum of agents and general linear constraints.')).toBe('result');
    expect(roleEn('Our Generalised Feature Covariance Measure (GFCM) is valid, sensitive beyond covariance, robust inside PC, and applicable to mixed-type data.')).toBe('claim');
    expect(roleEn('These results extend optimal-transport methods to a broader class of constrained large matching markets.')).toBe('claim');
    // Applying a method proposed earlier in the abstract is no new method.
    expect(roleEn('We apply the proposed method to the applications in two earlier studies and find non-trivial uncertainty about counterfactuals.')).not.toBe('artefact');
  });

  it('asks about a sentence that says what the named contribution is (2307.15691)', () => {
    const odt = paper(
      's.2',
      'ODTlearn: A Package for Learning Optimal Decision Trees',
      'ODTLearn is an open-source Python package that provides methods for learning optimal decision trees for high-stakes predictive and prescriptive tasks. The current version of the package provides implementations for learning optimal classification trees.',
    );
    expect(readPaper(odt).en.roles[0]?.role).toBe('artefact');
    expect(starterQuestions(odt).join('\n')).toContain('“ODTLearn is an open-source Python package');
    // Without the name in the title the same sentence is no contribution of the paper's own.
    expect(readPaper({ ...odt, title: 'A Package for Learning Optimal Decision Trees' }).en.roles[0]?.role).not.toBe('artefact');
  });

  it('asks a whole sentence too long for the full frames in the short one', () => {
    const long = paper(
      's.3',
      'Torque control',
      'In light of the recent advances in model-based control, we explore an alternative to the position-based RL paradigm, by introducing a torque-based RL framework, where an RL policy directly predicts joint torques at a high frequency, thus circumventing the use of a PD controller.',
    );
    const qs = starterQuestions(long);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatch(/^“In light of the recent advances .*” What is new here, and what would we test first\?$/);
  });
});

describe('failures judged on held-out samples K and zh-K', () => {
  it('reads no result out of a figure in an opening condition (2202.07861)', () => {
    expect(figureEn('For 22% latency reduction, PRACTISE surpasses previous methods by on average 7% on ImageNet-1k.')).toBeUndefined();
    expect(figureEn('At 90% recall, our method improves precision by 12% over the best baseline.')).toEqual({ figure: '12%', measure: 'precision', kind: 'change' });
  });

  it('reads "we show the transformation of …" as a step, not a claim, and "we show the constraint is …" as a claim (2303.06516)', () => {
    expect(
      roleEn(
        'With this goal, we show the transformation of binary neural networks (BNNs) for classification into deterministic and decomposable Boolean circuits, for which knowledge compilation techniques are used.',
      ),
    ).not.toBe('claim');
    expect(roleEn("On a reproduction of LeWorldModel on TwoRoom we show the binding constraint is the planner's objective instead.")).toBe('claim');
    expect(roleEn('In this paper we show the first application of QNLP for sentiment analysis and achieve perfect test set accuracy for three kinds of simulations.')).toBe('claim');
  });

  it('never takes future work for the contribution (2303.06189)', () => {
    expect(roleEn('We now hope to run more experiments and build a more deployable real world system for the same.')).toBe('other');
    expect(roleEn('So far, we have created a model client framework and have been using this to run experiments on the proposed system.')).toBe('other');
    expect(roleZh('未来的工作中，我们计划构建一个更易部署的系统。')).toBe('other');
    const papaya = paper(
      'k.1',
      'Papaya: federated learning',
      'Federated learning trains models without sharing data. We now hope to run more experiments and build a more deployable real world system for the same.',
    );
    expect(starterQuestions(papaya).join('\n')).not.toContain('We now hope');
  });

  it('never quotes the last sentence of a Chinese abstract translated from an English one the digest cut (2202.00395)', () => {
    const cut = paper(
      'k.2',
      'Is the Performance of My Deep Network Too Good to Be True?',
      'We propose a simple and direct Bayes error estimator that takes the mean of the label uncertainty. Our experiments with our method suggest that recently proposed deep networks such as the Vision Transformer m',
      {
        abstractTruncated: true,
        abstractZh: '我们提出了一种简单直接的贝叶斯误差估计方法，即取标签不确定性的平均值。使用我们的方法进行的实验表明，最近提出的深度网络（如Vision Transformer m）的表现可能过于优秀。',
      },
    );
    const qs = starterQuestions(cut, { locale: 'zh-CN' }).join('\n');
    expect(qs).not.toContain('Vision Transformer m');
    expect(qs).toContain('我们提出了一种简单直接的贝叶斯误差估计方法');
    // The same Chinese abstract beside a whole English one, or one cut elsewhere, is quoted to its end.
    expect(readPaper({ ...cut, abstractTruncated: false }).zh.quotable.at(-1)).toContain('Vision Transformer m');
    expect(readPaper({ ...cut, abstract: 'We propose a simple and direct Bayes error estimator. Our experiments sugg' }).zh.quotable.at(-1)).toContain('Vision Transformer m');
  });

  it('asks nothing specific of a withdrawn paper (2204.03471)', () => {
    const withdrawn = paper(
      'k.3',
      'A controller',
      'We would like to withdraw this article for the following reasons: 1 this article is not satisfactory for limited language and theoretical description; 2 we have revised it.',
      { summaryEn: 'The article has been withdrawn due to unsatisfactory language and theoretical description, and the authors have revised it.' },
    );
    const qs = starterQuestions(withdrawn);
    expect(qs).toHaveLength(1);
    expect(qs[0]).not.toContain('“');
  });

  it('reads "本文提供了一个……视角" as the contribution and "本文涵盖了……" as what a tutorial covers (2302.06403, 2211.00147)', () => {
    expect(roleZh('在这里，我们提供了一个信息论动力系统的视角，来解释意识的丰富性和难以言说性。')).toBe('artefact');
    expect(roleZh('然后，本文提供了每种方法背后的一些直觉，并以展示每种方法的实例来结束。')).not.toBe('artefact');
    expect(roleZh('具体而言，本文涵盖了感知器、人工神经网络、卷积神经网络和U型网络。')).toBe('survey');
    expect(roleZh('然后，我们将这一改进扩展到广义线性模型，并提出了一种基于收缩置信区间的分块算法。')).toBe('artefact');
  });

  it('reads "On the other edge we have …" as the field, not the authors (2608.08003)', () => {
    expect(roleEn('On the other edge we have neural networks, that have expressive power that improves with scaling, but are mostly opaque.')).not.toBe('claim');
  });
});

describe('comparisons and proofs where there are none', () => {
  it('asks no baseline question of a comparison in a paper without experiments (2606.21120)', () => {
    const theory = paper('c.1', 'Persuasion with recommendations', '', {
      abstractZh: '我们研究一个发送者如何设计推荐。我们的主要结果表明，通过协调治疗分配与推荐，发送者可以严格做得更好。',
    });
    expect(starterQuestions(theory, { locale: 'zh-CN' }).join('\n')).not.toContain('基线');
  });

  it('reads 策略证明 (strategy-proof) as no proof (2212.08709)', () => {
    expect(roleZh('我们研究了用于两个经典策略证明匹配机制（DA和TTC）的各种新的复杂度度量标准。')).not.toBe('result');
    expect(roleZh('我们证明了该机制是策略证明的。')).toBe('result');
  });
});

describe('clear claims of sample K that got only a generic question', () => {
  it('reads "we conclude that" and "evaluations … verify that" as claims (2301.05075, 2303.06360)', () => {
    expect(roleEn('By currently established standards in the field, we conclude that HD 142666 hosts a planet.')).toBe('claim');
    expect(roleEn('Both theoretical and experimental evaluations are developed to verify that FedLP relieves the system bottlenecks of communication and computation.')).toBe('claim');
  });

  it('reads a proposal named by its acronym, a formulated framework and a passive proposal as the contribution (2210.12931, 2303.06360, 2106.03393)', () => {
    expect(roleEn('We propose a Denoising Autoencoder for Auroral Radio Emissions (DAARE) trained with synthetic spectrograms to denoise AKR signals collected at the South Pole Station.')).toBe(
      'artefact',
    );
    expect(roleEn('By adopting layer-wise pruning in local training and federated updating, we formulate an explicit FL pruning framework, FedLP, which is model-agnostic.')).toBe('artefact');
    expect(roleEn('To address this issue, an adversarially regularized graph attention model is proposed to classify newly added nodes in a partially labeled graph.')).toBe('artefact');
    // Not a task that models are run on, not a method of others, not a bracket of lower case.
    expect(roleEn("We formulate a task in which models predict a user's disclosure decision from historical boundaries.")).not.toBe('artefact');
    expect(roleEn('A graph attention model is proposed by Velickovic et al. (2018) to aggregate neighbours.')).not.toBe('artefact');
    expect(roleEn('We present a case for caution (see the appendix) in trading venues.')).not.toBe('artefact');
  });
});

describe('failures judged on held-out samples L and zh-L', () => {
  it('relates no two surveys by their genre words ("A Survey and Future Directions", 2301.02830, 2201.08071)', () => {
    const known = indexKnownPapers([
      paper(
        '2201.08071',
        'Temporal Sentence Grounding in Videos: A Survey and Future Directions',
        'Temporal sentence grounding in videos retrieves a moment of an untrimmed video that matches a language query. We survey the techniques, datasets and metrics, and discuss future directions and open challenges of this comprehensive field.',
      ),
    ]);
    const augmentation = paper(
      '2301.02830',
      'Image Data Augmentation Approaches: A Comprehensive Survey and Future directions',
      'Data augmentation enlarges training sets of images by transformations such as cropping, flipping and mixing. We survey these approaches comprehensively, compare them, and discuss future directions and open challenges.',
    );
    expect(starterQuestions(augmentation, { related: known }).join('\n')).not.toContain('Temporal Sentence Grounding');
    expect(starterQuestions(augmentation, { locale: 'zh-CN', related: known }).join('\n')).not.toContain('2201.08071');
  });

  it('never takes what the authors call background for the contribution, and asks a survey how it organises its field (2201.08071)', () => {
    expect(roleZh('作为背景，我们以教程的形式介绍了TSGV中功能组件的常见结构：从原始视频和语言查询的特征提取到目标时刻的答案预测。')).toBe('background');
    expect(roleEn('As background, we present a tutorial on the common structure of functional components in TSGV.')).toBe('background');
    const survey = paper('l.1', 'Temporal Sentence Grounding in Videos: A Survey and Future Directions', '', {
      abstractZh: '本文综述了视频中的时间句子定位。我们提出了一种新的分类法，将现有方法分为四类。',
    });
    const qs = starterQuestions(survey, { locale: 'zh-CN' }).join('\n');
    expect(qs).not.toMatch(/设计中的哪一部分/);
  });
});

describe('held-out sample M', () => {
  it('reads a name set in math only to format it as the name (2606.16316)', () => {
    const q = starterQuestions(
      paper(
        'm.1',
        'RL-Index: Reinforcement Learning for Retrieval Index Reasoning',
        'In this paper, we propose $\\textbf{RL-Index}$, an indexing framework that formulates retrieval index reasoning as a reinforcement learning problem.',
      ),
    ).join('\n');
    expect(q).toContain('“In this paper, we propose RL-Index, an indexing framework');
    expect(q).not.toContain('$');
  });

  it('reads an insight, a study design and a derived algorithm (2608.18952, 2608.13775, 2606.05327)', () => {
    expect(roleEn('Our insight is that reasoning does not need to be regenerated at every call if it can instead be compressed once into a compact memory.')).toBe('claim');
    expect(roleEn('Our experimental design includes a mandatory frequent-payments arm, a flexible payments arm, and a choice between the two.')).toBe('design');
    // "We document" a finding as often as a design: no frame fits both.
    expect(roleEn('We also document interesting heterogeneous effects by department quality and author gender and ethnicity.')).not.toBe('design');
    expect(roleEn('By extending the conditional learning target, we derive an efficient, simulation-free algorithm for multimarginal flow matching.')).toBe('artefact');
  });

  it('reads a proof-repair tool as a tool, not a proof (2608.18822)', () => {
    expect(roleZh('我们使用CAPRI，一种契约感知的证明修复工具，通过结合Isabelle接受性和对仓库更改的独立检查来管理重建。')).not.toBe('result');
  });
});

describe('held-out sample N', () => {
  it('asks a named dataset how it was built, never what part of "the method" works (2605.21071)', () => {
    const named = '我们引入了ClaimRAG-LAW，一个全面的法律RAG数据集，支持法语和英语，面向专家和非专家，并包含多样化的数据。';
    expect(roleZh(named)).toBe('dataset');
    expect(roleZh('我们引入了FinRCA-Bench，这是一个用于金融根因分析的基准测试。')).toBe('dataset');
    // A name the sentence calls something else is still the authors' method.
    expect(roleZh('我们引入了X-Net，一种新的图神经网络架构。')).toBe('artefact');
    expect(roleZh('我们引入了ClaimRAG-LAW，一个法律RAG数据集，并提出了一种声明级的评估方法。')).toBe('artefact');
    const benchmark = paper('n.1', 'Fine-grained Claim-level RAG Benchmark for Law', '', {
      abstractZh: `然而，现有的法律RAG系统评估框架缺乏所需的粒度。${named}`,
    });
    const qs = starterQuestions(benchmark, { locale: 'zh-CN' }).join('\n');
    expect(qs).toContain('ClaimRAG-LAW');
    expect(qs).not.toMatch(/方法中真正起作用|单独验证/);
  });

  it('reads a method the authors develop by combining others (2606.18512)', () => {
    expect(roleZh('我们通过结合合成控制方法的反事实逻辑与多元时间序列预测的外推结构，开发了一个用于此类因果预测问题的框架。')).toBe('artefact');
    // A means clause without a made thing is no method.
    expect(roleZh('我们通过大规模实验，发现模型在长文本上的表现明显下降。')).not.toBe('artefact');
  });

  it('reads projections and estimates as claims, and a central finding stated as such (2608.18690, 2608.18779)', () => {
    expect(roleEn('We project that EU27 emissions will exceed the 2030 target by 35%, with only a small minority of countries on trajectories consistent with the commitments.')).toBe('claim');
    expect(roleEn('We estimate that the policy raised employment by two percentage points.')).toBe('claim');
    expect(roleEn('Its central finding is that prefix alignment tracks candidate exposure only when retrieval consumes the prefixes.')).toBe('claim');
  });

  it('takes a primer or a self-contained introduction for a tutorial, not a method paper (2512.05092)', () => {
    const primer = paper(
      'n.2',
      'Foundations of Diffusion Models in General State Spaces: A Self-Contained Introduction',
      'Although diffusion models now occupy a central place in generative modeling, introductory treatments commonly assume Euclidean data and seldom clarify their connection to discrete-state analogues. This article is a self-contained primer on diffusion over general state spaces, unifying continuous domains and discrete structures under one lens. We develop the discrete-time view alongside its continuous-time limits.',
    );
    const qs = starterQuestions(primer).join('\n');
    expect(qs).not.toMatch(/real obstacle in practice/);
    expect(qs).toMatch(/primer|tutorial/);
    const introduction = paper(
      'n.3',
      'An Introduction to Optimal Transport for Statisticians',
      'These notes cover optimal transport from the Monge problem to entropic regularisation, with exercises.',
    );
    expect(starterQuestions(introduction).join('\n')).not.toMatch(/which part of the design|real obstacle/);
  });
});

describe('clear claims of sample N that got only a generic question', () => {
  it('reads a figure set against a baseline as the paper’s result (2608.18448)', () => {
    const sentence =
      'Across 7,405 FullWiki questions, the Primary DBRR allocation increased complete supporting-evidence recovery by 23.8 percentage points over its matched flat baseline (paired risk difference 0.2377).';
    expect(roleEn(sentence)).toBe('claim');
    // Not a figure of others' work, and not one without a baseline.
    expect(roleEn('Prior systems improved recall by 12% over a BM25 baseline in earlier studies.')).not.toBe('claim');
    expect(roleEn('Retrieval budgets grew by 40% over the last decade.')).not.toBe('claim');
  });

  it('reads the answer to a gap, in a participle, as the contribution (2608.19022)', () => {
    expect(roleEn('This paper addresses that gap, introducing a family of models that assume transactions follow a Weibull renewal process.')).toBe('artefact');
    expect(roleEn('We address this gap by proposing SparseFlow, a framework for sparse attention.')).toBe('artefact');
    expect(roleEn('This paper addresses that gap.')).not.toBe('artefact');
  });

  it('reads a central finding stated before a colon (2608.18779)', () => {
    expect(roleEn('Its central finding is mechanism-conditional: prefix alignment strongly tracks candidate exposure when retrieval consumes the prefixes.')).toBe('claim');
  });
});

describe('held-out sample O', () => {
  it('never quotes a sentence the translator marked as cut, wherever the note stands (2608.19072)', () => {
    const cut = '大量实验表明：（1）经验驱动的脚手架能改善跨b（原文截断）的执行能力。';
    const agents = paper('o.1', 'Agents that post-train LLMs', 'Extensive experiments show that (1) an experience-driven scaffold improves execution across the b', {
      abstractZh: `我们发现，代理的训练策略在最初阶段就被锁定，剩余的整个预算都花费在所选策略内的局部调整上。${cut}`,
      abstractTruncated: true,
    });
    const qs = starterQuestions(agents, { locale: 'zh-CN' }).join('\n');
    expect(qs).not.toContain('原文截断');
    expect(qs).toContain('训练策略在最初阶段就被锁定');
    expect(questionFlags(`摘要报告：“${cut}”还有什么别的原因能解释这个结果？`, agents, 'zh-CN').map((f) => f.flag)).toContain('cut-clause');
  });

  it('asks a benchmark named as one how it was built, and a model question only where models are scored (2608.18329)', () => {
    const contribution =
      'We present Engine-Transfer-Bench (ETB): 1,784 open documents, four tasks covering reliability, latency, text consistency, and failures, a pinned harness, and host-tagged multi-OS results.';
    expect(roleEn(contribution)).toBe('dataset');
    expect(roleEn('We present a workbench for interactive theorem proving.')).not.toBe('dataset');
    const etb = paper(
      'o.2',
      'Engine-Transfer-Bench: An Evidence-Based Benchmark for Document Compilation Engine Selection',
      `There is no shared framework for selecting among document compilation engines. ${contribution} On GitHub Actions, Tectonic success is stable within 0.9 percentage points.`,
      {
        abstractZh: '我们提出了引擎转换基准（ETB）：包含1,784篇开放文档，涵盖可靠性、延迟、文本一致性和失败情况四个任务，并配有固定测试框架和按主机标记的多操作系统结果。',
      },
    );
    for (const locale of ['en', 'zh-CN'] as const) {
      const qs = starterQuestions(etb, { locale }).join('\n');
      expect(qs, locale).not.toMatch(/Which part of the method|Could a model score well|方法中真正起作用|模型有没有可能|如果一个模型/);
    }
  });

  it('pairs no two papers by the models and tests they ran (2608.18578 and 2605.25420)', () => {
    const known = indexKnownPapers([
      paper(
        '2605.25420',
        'SomaliBench Eval: Measuring English-to-Somali Refusal Gaps in Open-Weight Language Models',
        'We evaluate four open-weight instruction-tuned models on SomaliBench v0, a benchmark of 100 harmful-intent prompts paired across English and Somali. Each of Llama-3.1-8B-Instruct, Gemma-2-9B-Instruct and Qwen-2.5-7B-Instruct is run locally. We find large refusal gaps, significant by exact McNemar tests.',
      ),
    ]);
    const quantisation = paper(
      '2608.18578',
      'Compress and Forget: bitsandbytes Quantization Amplifies Proactive Interference in LLMs',
      'We evaluate three precision levels (FP16, INT8, INT4) across Qwen2.5-7B-Instruct, Mistral-7B-Instruct-v0.3 and Phi-3.5-mini-instruct. INT4 quantization reduces accuracy under high interference, confirmed by paired McNemar tests.',
    );
    expect(starterQuestions(quantisation, { related: known }).join('\n')).not.toContain('SomaliBench');
  });
});

describe('clear claims of sample O that got only a generic question', () => {
  it('reads what a contribution named with its version does as the paper’s claim (2608.13580)', () => {
    const qs = starterQuestions(
      paper(
        'o.4',
        'Jais 2: A Family of Arabic-Centric Open Large Language Models',
        'Jais 2 is a family of Arabic-centric large language models designed to advance Arabic-centric language modeling. A custom vocabulary enables efficient training. With a substantially smaller token budget than comparable models, Jais 2 achieves strong Arabic performance on the benchmarks considered in this report and competitive English results.',
      ),
    ).join('\n');
    expect(qs).toContain('“With a substantially smaller token budget than comparable models, Jais 2 achieves strong Arabic performance');
    // A part or a chapter is no name.
    expect(
      starterQuestions(paper('o.5', 'Part 2: Results on Graph Coloring', 'Part 2 achieves a new bound on the chromatic number of sparse graphs, improving the constant of earlier work.')).join('\n'),
    ).not.toMatch(/Part 2 is|by the name/);
  });

  it('quotes a sentence with a TeX accent as the page shows it (2608.18120)', () => {
    const q = starterQuestions(
      paper(
        'o.3',
        'Tradable It\\^o Signatures: A Model-Free, Interpretable Framework for Dynamic Hedging',
        'We propose an interpretable machine-learning framework for dynamic hedging using the It\\^o signature transform, which turns asset-price paths into linear features. We show that each discretized It\\^o signature component can be perfectly replicated by a simple self-financing strategy using only the underlying assets and cash.',
      ),
    ).join('\n');
    expect(q).toContain('each discretized Itô signature component can be perfectly replicated');
    expect(q).not.toContain('\\^');
  });
});

describe('held-out sample P', () => {
  it('reads a measured result after the contribution as the paper’s finding, even without "we" (2608.13591)', () => {
    const miscalibration = paper(
      'p.4',
      'Stable Miscalibration in Large Language Models: A Practical View of High-Confidence Errors',
      'Large language models often answer wrongly with high confidence. We study a different possibility: stable miscalibration, in which errors persist under self-critique. Internally, self-critical prompting consistently reduces hidden-state sensitivity across layers in three open-weight models.',
    );
    expect(starterQuestions(miscalibration).join('\n')).toContain('“Internally, self-critical prompting consistently reduces hidden-state sensitivity across layers in three open-weight models.”');
    // Before the contribution, the same kind of sentence is the field's background, not the paper's result.
    const background = paper(
      'p.5',
      'Dropout for tabular networks',
      'Dropout consistently reduces overfitting across many architectures and datasets. We propose TabDrop, a dropout scheme for tabular networks that drops whole feature groups.',
    );
    expect(starterQuestions(background).join('\n')).not.toMatch(/“Dropout consistently reduces overfitting[^”]*” (?:What in the paper supports|How strong is the evidence)/);
  });

  it('never asks a benchmark which part of "the method" does the work (2508.15436)', () => {
    const plasma = paper(
      'p.1',
      'PLASMA: A Layout-Aware Benchmark Reveals Memory Layout Matters for Graph-based ANNS on GPU',
      'We propose a Platform for Layout-Aware Search and Memory Arrangement (PLASMA), a unified evaluation framework for graph-based Approximate Nearest Neighbor Search (ANNS) on GPU that isolates the effects of graph index topology and memory layout. Through comprehensive experiments, we evaluate nine graph indices and four memory layouts on five datasets.',
      { abstractZh: '我们提出了一个用于GPU上基于图的近似最近邻搜索（ANNS）的统一评估框架——布局感知搜索与内存排列平台（PLASMA），该框架隔离了图索引拓扑和内存布局的影响。' },
    );
    expect(starterQuestions(plasma).join('\n')).not.toMatch(/Which part of the method/);
    expect(starterQuestions(plasma, { locale: 'zh-CN' }).join('\n')).not.toMatch(/方法中真正起作用/);
  });

  it('reads a benchmark the Chinese abstract calls the first of its kind, or names as one (2603.00048, 2608.15242)', () => {
    expect(roleZh('为解决这些局限性，我们引入了MOSAIC，这是首个旨在联合评估LLM道德、社会和个体特征的大规模基准。')).toBe('dataset');
    expect(roleZh('我们引入了LongRCA Bench，包含五个领域中1,140条失败轨迹，且未注入人为错误。')).toBe('dataset');
    expect(roleZh('我们介绍了infoVerse，这是一种通用的数据集特征化框架，它通过结合各种模型驱动的元信息提供了一个新的特征空间。')).toBe('artefact');
  });

  it('asks no one how respondents were recruited when a model stands in for them (2608.18768)', () => {
    const simulated = paper(
      'p.2',
      'Readable, Faithful, Used: Three Dissociable Properties of Demographic Identity in a Language Model',
      'Large language models are widely used to simulate survey respondents, yet their answers are homogeneous and unfaithful to real inter-group differences. We score 1,089 read-out locations in Mistral-7B and intervene causally across six attribute types.',
      { abstractZh: '大型语言模型被广泛用于模拟调查受访者，但其回答是同质的，且对真实群体间差异不忠实。我们对Mistral-7B中的1,089个读出位置进行评分。' },
    );
    expect(starterQuestions(simulated).join('\n')).not.toMatch(/Who exactly took part|recruited/);
    expect(starterQuestions(simulated, { locale: 'zh-CN' }).join('\n')).not.toMatch(/参与者具体是谁|招募/);
    // Real respondents still count: the survey is asked about as a study with people.
    expect(
      starterQuestions(
        paper('p.3', 'Remote work and wellbeing', 'We surveyed 1,200 respondents in three countries about remote work. Respondents who worked from home reported higher wellbeing.'),
      ).join('\n'),
    ).toMatch(/took part|recruited|What exactly did the participants do/);
  });
});

describe('held-out sample Q', () => {
  it('never asks how a benchmark nothing is scored on was "collected" (2608.19098)', () => {
    const setup = paper('q.1', 'Open-MOPD: Diagnosing and Fixing Capability Imbalance in Multi-Teacher On-Policy Distillation', '', {
      abstractZh: '多教师同策略蒸馏可以整合多种能力。在本工作中，我们在SmolLM3-3B-Base上建立了一个受控的M-OPD基准，使用Oracle路由，将能力整合与路由歧义分离开来。',
    });
    const qs = starterQuestions(setup, { locale: 'zh-CN' }).join('\n');
    expect(qs).toContain('受控的M-OPD基准');
    expect(qs).not.toContain('收集和核查');
    // A dataset is still asked how it was collected.
    const corpus = paper('q.2', 'ViTOED: A Dataset for Target-Oriented Emotion Detection on Vietnamese Social Media Texts', '', {
      abstractZh: '情感检测需要标注数据。本文介绍了ViTOED，一个用于越南社交媒体文本中目标导向情感检测的新型数据集。',
    });
    expect(starterQuestions(corpus, { locale: 'zh-CN' }).join('\n')).toContain('收集和核查');
  });
});

describe('the review after sample Q', () => {
  it('asks no baseline question of two ways of running the same models (2608.18689)', () => {
    const shared = paper(
      'r.1',
      'Aslema at NADI 2026: Augmentation through Fewshot for SLU',
      'We describe our system for the shared task on intent detection and slot filling. We fine-tune three LLMs on augmented data. Our results show that fine-tuning consistently outperforms zero-shot inference.',
      {
        abstractZh: '我们描述了参加共享任务的系统。我们在增强数据上微调了三个大语言模型。结果表明，微调始终优于零样本推理。',
      },
    );
    expect(starterQuestions(shared).join('\n')).not.toMatch(/Were the baselines given/);
    expect(starterQuestions(shared, { locale: 'zh-CN' }).join('\n')).not.toMatch(/基线是否用了同样的数据/);
    // A comparison with other methods still gets it.
    const method = paper('r.2', 'FastNet', 'We propose FastNet, a sparse attention model. Experiments show that FastNet outperforms strong baselines on five benchmarks.');
    expect(starterQuestions(method).join('\n')).toMatch(/Were the baselines given/);
  });
});

describe('clear claims of samples P and Q that got only a generic question', () => {
  it('asks what is new in what the authors made when no role names it (2606.07559, 2608.18181)', () => {
    const built = paper(
      'm.1',
      'Phantom Transitions in Fine-Tuning',
      'Language models fine-tuned on near-synonyms stall. The loss falls while the correct token never overtakes its competitor. We build an order parameter combining the predicted distribution with embedding overlap, as a density matrix. In kinematic failure the signal stays too small.',
      { abstractZh: '在近义词上微调的语言模型会停滞。我们引入了解耦对比解码（DCD），它使用轻量级提议者进行草拟。' },
    );
    const en = starterQuestions(built);
    expect(en[0]).toBe(
      'The authors describe their work this way: “We build an order parameter combining the predicted distribution with embedding overlap, as a density matrix.” What is new here compared with earlier work, and what does it let us do that we could not do before?',
    );
    expect(en.join('\n')).not.toMatch(/before relying on this paper|check for ourselves/);
    expect(starterQuestions(built, { locale: 'zh-CN' })[0]).toBe(
      '作者这样描述自己的工作：“我们引入了解耦对比解码（DCD），它使用轻量级提议者进行草拟。”与已有工作相比，新意在哪里？它让我们能做哪些以前做不到的事？',
    );
  });

  it('never takes a study, its results, a claim or building on others for something made', () => {
    for (const s of [
      'We build on prior work on retrieval.',
      'We present a controlled six-condition ablation isolating four components of self-reflection.',
      'We present the results of a large field experiment.',
      'Prior methods, which we propose to replace, fail often.',
    ])
      expect(
        readPaper(paper('m.2', 'T', `Models fail. ${s} It matters.`)).en.roles.some((x) => x.role === 'made'),
        s,
      ).toBe(false);
    for (const s of [
      '我们提出，工作记忆限制反映了共享表示的普遍权衡。',
      '本文介绍了关于消费者支付意愿的行为研究结果。',
      '我们建立了最优契约的存在性和唯一性。',
      '我们提出的广义测量是有效的。',
      '我们提出疑问：动作生成是否需要展开轨迹。',
    ])
      expect(
        readPaper(paper('m.3', 'T', 'Models fail.', { abstractZh: `模型会失败。${s}这很重要。` })).zh.roles.some((x) => x.role === 'made'),
        s,
      ).toBe(false);
  });

  it('asks what is new in something made even when it is not the contribution sentence (2608.14528)', () => {
    const later = paper(
      'm.5',
      'Handover of In-Context Learning State',
      'This study investigates the properties of session handover in language model applications. A task may continue in a new session. We formulate handover as the transfer of a task-relative in-context learning state.',
    );
    expect(starterQuestions(later).join('\n')).toMatch(/“We formulate handover as the transfer of a task-relative in-context learning state\.” What is new here/);
  });

  it('asks a survey that speaks of itself, or the taxonomy it makes, how it organises the field (2608.18138)', () => {
    const mapping = paper(
      'm.6',
      'Language Models for Portuguese: A Systematic Mapping Study',
      'Language models have not progressed uniformly across languages. This survey presents a systematic mapping study of language models developed for Portuguese, providing a comprehensive overview of the field.',
    );
    expect(readPaper(mapping).kind).toBe('survey');
    expect(starterQuestions(mapping)[0]).toMatch(/^The authors describe this survey as follows: “This survey presents a systematic mapping study .*” How do they organise the field/);
    const taxonomy = paper('m.7', 'A Survey of Video Grounding', 'This paper surveys temporal grounding. We construct a taxonomy of grounding techniques and compare their strengths.');
    expect(starterQuestions(taxonomy).join('\n')).not.toMatch(/What is new here compared with earlier work/);
  });

  it('asks about the method a later sentence names rather than a vaguer sentence that comes first (MedUAG)', () => {
    const later = paper(
      'm.4',
      'MedUAG',
      'Medical models lack grounding. To address these gaps, we present a comprehensive foundation for medical UAG. Finally, leveraging these resources, we develop MedUAG, an end-to-end trained unified medical model. Experiments on five benchmarks show gains.',
    );
    expect(readPaper(later).en.roles.some((x) => x.role === 'made')).toBe(false);
    expect(starterQuestions(later).join('\n')).toMatch(/we develop MedUAG/);
  });
});

describe('held-out sample R', () => {
  it('asks no baseline question of a figure the sentence already sets against another, decimals and all (2608.11505, 2305.19769)', () => {
    expect(
      figureEn("A Dixon-Coles model with tuned exponential decay attains 53.4% accuracy and a Ranked Probability Score of 0.1972 against the market's 0.1905; the paired difference is +0.0067."),
    ).toBeUndefined();
    expect(figureEn('On the yes/no task, our proposed model achieves an accuracy of 68.3% compared to 62.7% in the reference model.')).toBeUndefined();
    // A list of levels: which measure goes with which figure only their order says.
    expect(figureEn('Our model produces a top-1 and top-5 accuracy of 57.9% and 99.8% respectively.')).toBeUndefined();
    expect(figureEn('Our model reaches an accuracy of 91.2% on the test set.')?.figure).toBe('91.2%');
  });

  it('reads "X: Benchmarking …" as a benchmark, never asked which part of the method works (2602.08866)', () => {
    const ark = paper(
      'r.3',
      'ArkEval: Benchmarking and Evaluating Automated CodeRepair for ArkTS',
      'The ecosystem lacks tools for automated repair. To address this gap, we present ArkEval, a unified framework for ArkTS automated repair workflow evaluation and benchmark construction. We evaluate ten models.',
    );
    expect(readPaper(ark).kind).toBe('benchmark');
    const text = starterQuestions(ark).join('\n');
    expect(text).not.toMatch(/Which part of the method does the real work|to work as well as reported/);
  });

  it('reads what the authors formalise as made, and an article that estimates an effect as a study design (2608.11505, 2411.11589)', () => {
    const pool = paper(
      'r.4',
      'Does a Structural Model Add Anything to the Closing Price?',
      'Accuracy against a uniform benchmark answers the wrong question. We formalise that test as the fitted weight in a logarithmic opinion pool and apply it to nineteen complete Serie A seasons. The answer is negative.',
    );
    expect(starterQuestions(pool).join('\n')).toMatch(/The authors describe their work this way: “We formalise that test as the fitted weight/);
    const gdpr = paper(
      'r.5',
      'The Impact of the GDPR on Online Usage Behavior',
      'Privacy regulations can have unintended consequences. This article estimates the causal effect of the GDPR on online usage behavior and decomposes it into usage frequency and usage intensity. Weekly visits decline.',
    );
    expect(starterQuestions(gdpr).join('\n')).toMatch(/“This article estimates the causal effect of the GDPR on online usage behavior .*”/);
  });

  it('asks no study-design question of a step of a derived argument (2207.12179)', () => {
    const tcdm = paper(
      'r.6',
      'Time-constrained Dynamic Mechanisms for College Admissions',
      "We study the time-constrained dynamic mechanism theoretically and show that, under straightforward behavior, it is asymptotically equivalent to deferred acceptance. We also compare students' assignment probabilities under TCDM and DA.",
    );
    expect(starterQuestions(tcdm).join('\n')).not.toMatch(/How the authors set up their study|What does this design leave out/);
    // With data of its own, a comparison is a study's design.
    const study = paper('r.7', 'T', 'We compare three ranking tools on data from 40 projects. Tool A finds more defects.');
    expect(starterQuestions(study).join('\n')).toMatch(/How the authors set up their study|What does this design leave out/);
  });

  it('takes what the authors make after what they study for the contribution, and a side result only when nothing else is (2504.15985)', () => {
    const sentences = [
      'A multivariate fractional Brownian motion is used to model realized volatility.',
      'We investigate the interplay between correlation coefficients and Hurst exponents and propose a novel method to estimate model parameters.',
      'Additionally, we develop a time-reversibility test, which is typically not rejected by RV data.',
    ];
    expect(contributionIndex(sentences)).toBe(1);
    expect(contributionIndex([sentences[0]!, sentences[2]!])).toBe(1);
    // "We evaluate on X and introduce Y" does not make Y the contribution over the paper's own framework.
    expect(contributionIndex(['We evaluate on QA and introduce a split derived from SATA.', 'We propose a framework for compositional reasoning.'])).toBe(1);
  });
});

describe('held-out sample S', () => {
  it('asks a finding the authors derived analytically for its assumptions, not what else could explain it (2608.19944)', () => {
    const budget = paper(
      's.1',
      'Privacy Risk Budgets for Bandit Experiments',
      'Firms run bandit experiments. We propose a privacy risk budget that firms can set ex ante. For both strategies, we analytically find privacy risk budgets that optimally balance exploration and exploitation.',
    );
    const text = starterQuestions(budget).join('\n');
    expect(text).toMatch(/“For both strategies, we analytically find .*” Which assumptions does this rest on/);
    expect(text).not.toMatch(/What else could explain this result/);
  });

  it('reads how a method was checked as the study design, not as a finding (2608.19394)', () => {
    expect(roleEn('We validate the method against an exactly computable oracle.')).toBe('design');
    expect(roleEn('We validate our approach on three datasets, showing that it outperforms the baselines.')).not.toBe('design');
  });

  it('takes what the authors set out to explore for no claim, whatever the clause after it says (2512.23352)', () => {
    expect(roleZh('我们探讨不可分割物品的再分配揭示了产生该分配的市场信息。')).toBe('setting');
    expect(roleZh('我们探讨发现，再分配揭示了市场信息。')).toBe('claim');
  });
});

describe('the shipped papers that got only a generic question', () => {
  it('reads what the authors make after what they study, or after "By analyzing …," (2403.03348, 2401.18028)', () => {
    const mi = paper(
      'd.1',
      'Learning to Maximize Mutual Information for Chain-of-Thought Distillation',
      'However, DSS overlooks the relationship between the two tasks. To this end, we investigate the mutual relationship of the two tasks from Information Bottleneck perspective and formulate it as maximizing the mutual information of the representation features.',
    );
    expect(starterQuestions(mi).join('\n')).toMatch(/“To this end, we investigate the mutual relationship .*” What is new here compared with earlier work/);
    const news = paper(
      'd.2',
      'Supporting Anticipatory Governance using LLMs',
      'Anticipating impacts is a challenge. By computationally analyzing thousands of news articles published by hundreds of online news domains, we develop a taxonomy consisting of ten categories of AI impacts.',
    );
    expect(starterQuestions(news).join('\n')).toMatch(/“By computationally analyzing thousands of news articles .*” What is new here/);
  });

  it('reads a claim made of the acronym the contribution gives its method, without a name in the title (2402.08086)', () => {
    const tamml = paper(
      'd.3',
      'Text-centric Alignment for Multi-Modality Learning',
      'This research paper addresses the challenge of modality mismatch in multimodal learning, where the modalities available during inference differ from those available at training. We propose the Text-centric Alignment for Multi-Modality Learning (TAMML) approach, an innovative method that utilizes Large Language Models (LLMs) with in-context learning and foundation models to enhance the generalizability of multimodal systems under these conditions. By leveraging text as a unified semantic space, TAMML demonstrates significant improvements in handling unseen modality combinations.',
    );
    expect(starterQuestions(tamml).join('\n')).toMatch(
      /“By leveraging text as a unified semantic space, TAMML demonstrates significant improvements .*” What in the paper supports this most directly/,
    );
  });

  it('never takes the acronym of what a method uses for the method’s own name', () => {
    const vit = paper(
      'd.4',
      'Faster Segmentation',
      'Segmentation is slow. We propose a segmentation method that uses a Vision Transformer (ViT) as its encoder. ViT achieves strong results on many benchmarks.',
    );
    expect(readPaper(vit).en.roles.find((x) => x.text.startsWith('ViT achieves'))?.role).not.toBe('claim');
  });
});

describe('clear claims of sample S that got only a generic question', () => {
  it('reads a result the paper numbers as a theorem, or one its result implies, as a result (2608.11682, 2607.23585, 2608.11784)', () => {
    expect(roleEn('First, a blocking-neutral matching always exists in constrained roommate problems under arbitrary feasibility constraints (Theorem 1).')).toBe('result');
    expect(roleEn('The rigidity result implies that the one-period Gaussian Kyle insider-trading model has a unique Borel-measurable equilibrium strategy.')).toBe('result');
    expect(roleEn('Coarsening is therefore free exactly when what is discarded is uncorrelated with what is kept.')).toBe('result');
    // A consequence in a background sentence is not the paper's result.
    expect(roleEn('Probabilities of causation characterize individual causal responses that cannot be directly observed and therefore generally require partial identification.')).not.toBe('result');
    expect(roleEn('Consequently, studying knowledge acquisition is difficult, as prior exposure is hard to characterize.')).not.toBe('result');
  });

  it('reads a natural experiment the authors use as their design, not a design they study (2608.12281, 2608.18375)', () => {
    expect(roleEn('We leverage the 2026 oil shock as a natural experiment, applying a regression discontinuity design to 1.7 trillion visits.')).toBe('design');
    expect(roleEn('We study difference-in-differences designs in which a binary treatment changes a time-varying mediator.')).not.toBe('design');
  });

  it('asks what is new in a part the authors introduce when the method itself is named only in TeX (2608.19800)', () => {
    const lora = paper(
      's.2',
      'LoRA-GA$^2$: Low Rank Adaptation with Multi-step Gradients',
      'A gap remains between LoRA and full fine-tuning. In this paper, we propose LoRA-GA$^2$, an effective fine-tuning algorithm that fully leverages multi-step gradient information. Specifically, we introduce a lightweight probe for multi-step gradients that incurs no additional GPU memory cost.',
    );
    expect(starterQuestions(lora).join('\n')).toMatch(/“Specifically, we introduce a lightweight probe .*” What is new here/);
  });
});

describe('held-out sample T', () => {
  it('asks an identity shown for any network for its assumptions, not what else could explain it (2607.10228)', () => {
    const amplify = paper(
      't.1',
      'Whom Should a Platform Amplify?',
      'Platforms allocate reach. We study this in a network coordination model. For any finite directed network, we show that the effect of an intervention on accuracy decomposes into an information gain and a change in bias risk. Integrated communities can outperform segregated ones.',
    );
    const text = starterQuestions(amplify).join('\n');
    expect(text).not.toMatch(/What else could explain this result/);
    expect(text).toMatch(/“For any finite directed network, .*” Which assumptions does this rest on/);
  });

  it('takes what inspired the authors’ approach for a motivation, not a result; "受……启发，我们提出了……" stays the contribution (2608.19584)', () => {
    expect(motivation('我们的方法受参数的信息论流形视角以及经典优化保证的启发，尽管涉及复杂几何变体，如通过Dolbeault渐近。')).toBe(true);
    expect(motivation('受图像照明理论的启发，我们提出了一种新颖的图像预处理方法。')).toBe(false);
  });
});

describe('held-out sample U', () => {
  it('takes what the field has long done ("75年来，我们一直构建系统……") for background, not the contribution (2608.19674)', () => {
    expect(roleZh('75年来，我们一直构建系统，以编写规范说明并结合测试-调试开发。')).toBe('background');
    expect(roleZh('多年来，研究者一直依赖人工标注。')).toBe('background');
    expect(roleZh('我们构建了一个系统，以编写规范说明。')).toBe('artefact');
  });
});

describe('the review of unseen papers after sample U', () => {
  it('reads "we report a decoupling …" as a finding, and "we report results on …" not as one (2608.11767)', () => {
    expect(roleEn('We report a decoupling in how a transformer organizes causal knowledge: structure induced by supervision organizes routing, yet remains decoupled from answer readout.')).toBe(
      'claim',
    );
    expect(roleEn('We report that accuracy falls on long inputs.')).toBe('claim');
    expect(roleEn('We report results on three benchmarks.')).not.toBe('claim');
  });

  it('asks a result the Chinese abstract says comes from theoretical analysis for its assumptions, as in English (2608.20258)', () => {
    const dics = paper('u.1', 'DICS: Data-Informed Centroid Splitting', 'We propose DICS, a clustering-based framework for candidate splits. Experiments on 20 datasets show faster training.', {
      abstractZh: '我们提出了数据知情质心分裂（DICS），这是一种基于聚类的框架。我们进一步提供了理论分析，表明在所陈述的假设下，与穷举分裂搜索相比，DICS不会降低分类树的性能。',
    });
    const text = starterQuestions(dics, { locale: 'zh-CN' }).join('\n');
    expect(text).not.toMatch(/还有什么别的原因能解释这个结果/);
    expect(text).toMatch(/“我们进一步提供了理论分析，.*”这个结论依赖哪些假设/);
  });
});

describe('held-out sample V', () => {
  it('asks no baseline question about a result that harms state-of-the-art systems (2501.14728)', () => {
    const pollution = paper(
      'v.1',
      'Mitigating GenAI-Powered Evidence Pollution for Out-of-Context Multimodal Misinformation Detection',
      'Detection systems rely on Web-retrieved evidence. Existing work mainly focuses on verifying claims that have undergone stylistic rewriting and assume a clean evidence corpus. We show that polluted evidence can degrade the performance of state-of-the-art detectors by more than 9 percentage points. Experiments on two datasets confirm it.',
    );
    const text = starterQuestions(pollution).join('\n');
    expect(text).toMatch(/“We show that polluted evidence can degrade the performance of state-of-the-art detectors by more than 9 percentage points\.”/);
    expect(text).not.toMatch(/baselines|ranking/);
    // A method that beats the state of the art is still set against it.
    const beats = paper('v.2', 'FastDet', 'We propose FastDet, a detector for misinformation. Experiments on two datasets show that FastDet outperforms state-of-the-art detectors by 9 points.');
    expect(starterQuestions(beats).join('\n')).toMatch(/baselines/);
  });

  it('reads "我们证明了……互模拟是一种同余关系" as a result (互模拟 is bisimulation, not a simulation), and a gap that names where "我们提出了两种变体" as the contribution (2608.11531)', () => {
    expect(roleZh('我们特别证明了混合互模拟是一种同余关系，并完全抽象掉了τ动作。')).toBe('result');
    expect(roleZh('我们通过模拟证明了该协议的吞吐量更高。')).not.toBe('result');
    expect(roleZh('特别地，对于文献中尚未研究的弱可逆情形，我们提出了两种变体，分别称为方向性互模拟和混合互模拟。')).not.toBe('gap');
    expect(roleZh('弱可逆情形尚未被研究。')).toBe('gap');
  });

  it('takes "By reducing …, we overcome …" for the method, not a finding, and a comparison of how reliably models act, after the contribution, for one (2607.16261, 2608.19564)', () => {
    expect(roleEn("By reducing the problem's dimensionality to the batch size and restricting the optimization to the last linear layer, we overcome memory and speed bottlenecks.")).not.toBe('claim');
    expect(roleEn('By reducing the step size, we show that the method converges on all tasks.')).toBe('claim');
    const memory = paper(
      'v.3',
      'Remember, Verify, or Ask?',
      'Persistent memory can personalize an LLM agent. We study the memory-clarification boundary: whether interaction-derived information should be persisted or clarified with the user. Across Claude and Qwen, models verify changing facts more reliably than they ask users to resolve ambiguity.',
    );
    expect(starterQuestions(memory).join('\n')).toMatch(/“Across Claude and Qwen, models verify changing facts more reliably than they ask users to resolve ambiguity\.”/);
  });
});

describe('the generic-only papers of the tuning digests (282 in English before)', () => {
  const asked = (p: QuestionPaper) => starterQuestions(p).join('\n');

  it('reads "The article introduces …" and "The present paper puts forward …" as the paper speaking of itself (2307.12896, 2512.14713)', () => {
    expect(authorsVoice('The article introduces corrections to laws.')).toBe('This article introduces corrections to laws.');
    expect(authorsVoice('The paper of Smith (2020) introduces a model.')).toBe('The paper of Smith (2020) introduces a model.');
    const zipf = paper(
      'g.1',
      "Corrections of Zipf's and Heaps' Laws",
      "Word frequencies follow power laws. The article introduces corrections to Zipf's and Heaps' laws based on systematic models of the hapax rate. Four models are discussed.",
    );
    expect(asked(zipf)).toMatch(/“The article introduces corrections to Zipf's and Heaps' laws based on systematic models of the hapax rate\.”/);
  });

  it('reads a study’s results stated after a connective ("In addition, experiments show …") and "Our study demonstrates …" as claims, never "We study generalized …" (2303.03857, 2608.15848)', () => {
    expect(roleEn('In addition, experiments show that different training strategies may affect the performance of AudioLDM on datasets of different scales.')).toBe('claim');
    expect(roleEn('Our study demonstrates the advantages of using pre-trained models for text-to-sound generation, especially in data-scarcity scenarios.')).toBe('claim');
    expect(roleEn('We study generalized linear bandits with memory, an endogenous non-stationary setting in which rewards depend on past actions.')).not.toBe('claim');
    expect(roleEn('A recent study demonstrates that such models overfit.')).not.toBe('claim');
  });

  it('takes "employs X to estimate the effects of …" for a study’s design, not "uses a network to identify the optimal solutions" (2608.14307, 2511.07045)', () => {
    expect(roleEn('This paper employs a Threshold Bayesian Vector Autoregression to estimate the regime-dependent macroeconomic effects of capital regulation in Hungary.')).toBe('design');
    expect(roleEn('We use a neural network to identify the optimal solutions to a family of pension investment problems.')).not.toBe('design');
  });

  it('asks what is new in what the authors provide, describe by name or model as a game, and in what a product named in the title provides (2311.14032, 2608.12395, 2608.13327, 2608.12814)', () => {
    const tools = paper(
      'g.2',
      'Counterfactual Sensitivity',
      'Counterfactuals depend on the state of the world. This paper provides tools for quantifying uncertainty about counterfactuals when the current state of the world is measured with error.',
    );
    expect(asked(tools)).toMatch(/“This paper provides tools for quantifying uncertainty about counterfactuals when the current state of the world is measured with error\.” What is new here/);
    const code = paper('g.3', 'Some Paper', 'Models overfit on small data. We provide code and data for all experiments at our website.');
    expect(asked(code)).not.toMatch(/“We provide code/);
    const assistant = paper(
      'g.4',
      'Research Assistant',
      'Scientists need help. We describe Research Assistant, an internal LLM-based system developed to help scientists explore biomedical questions.',
    );
    expect(asked(assistant)).toMatch(/“We describe Research Assistant, an internal LLM-based system/);
    const value = paper('g.5', 'Training AI', 'AI predicts and humans decide. We describe the value of AI as part of a composite experiment with several stages.');
    expect(asked(value)).not.toMatch(/“We describe the value of AI/);
    const game = paper('g.6', 'Breaking the Chain', 'In organized crime, membership moves fastest. We model this as a three-stage game in which norms, deterrence and membership adjust in turn.');
    expect(asked(game)).toMatch(/“We model this as a three-stage game/);
    const g2p = paper(
      'g.7',
      'FastThaiG2P: Lightning-fast Thai Grapheme-to-phoneme Conversion',
      'FastThaiG2P provides sub-millisecond Thai grapheme-to-phoneme conversion for text-to-speech pipelines using an extensible dictionary.',
    );
    expect(asked(g2p)).toMatch(/“FastThaiG2P provides sub-millisecond Thai grapheme-to-phoneme conversion/);
  });

  it('asks what a derivation adds only when the paper claims, shows or makes nothing else it can quote, and never of a side result (2404.00784, 2608.18863)', () => {
    const derives = paper(
      'g.8',
      'Estimating Sample Paths',
      'I derive the pointwise conditional means and variances of an arbitrary Gauss-Markov process, given noisy observations. I study the Brownian motion and bridge as special cases.',
    );
    expect(asked(derives)).toMatch(/“I derive the pointwise conditional means and variances of an arbitrary Gauss-Markov process, given noisy observations\.” What is new here/);
    const also = paper('g.9', 'Sharper Regret Bounds', 'We study Bayesian optimization in a time-varying environment. We also derive a sharper maximum-information-gain bound for the drift model.');
    expect(asked(also)).not.toMatch(/“We also derive/);
    const claims = paper(
      'g.10',
      'Robust Auctions',
      'We show that the maximin problem reduces without loss to scale-free mechanisms in every case. We derive the exact guarantee of the second-price auction for every number of bidders.',
    );
    expect(asked(claims)).not.toMatch(/“We derive the exact guarantee/);
  });
});

describe('held-out sample W', () => {
  it('asks no baseline question when "compared to" sets two things the paper measures side by side, and still does against a method (2608.19670, 2211.16270)', () => {
    const harms = paper(
      'w.1',
      'The Asymmetric Harms of LLM Compression',
      'In this work, we systematically evaluate 3 LLMs across 11 compression methods on a new benchmark of knowledge retention. We find that compression disproportionately reduces the relative retention of head knowledge compared to tail knowledge.',
    );
    expect(starterQuestions(harms).join('\n')).not.toMatch(/baselines/);
    const memory = paper(
      'w.2',
      'Neural Transducer Training',
      'We propose a sample-wise computation of the transducer loss. In a set of thorough benchmarks, we show that our sample-wise method significantly reduces memory usage, and performs at competitive speed when compared to the default batched computation.',
    );
    expect(starterQuestions(memory).join('\n')).toMatch(/baselines/);
  });

  it('reads "A benchmark for final review of …" as a benchmark, not a review (2608.20204)', () => {
    const scrub = paper(
      'w.3',
      'ContractScrub: A benchmark for final review of legal contracts',
      'Legal work relies on text. No formal evaluations of LLMs performing contract scrubbing have been conducted.',
      {
        abstractZh: '法律工作高度依赖文本。我们引入了ContractScrub，这是首个旨在评估合同清洗能力的基准测试，包含由经验丰富的律师手工制作的合同。',
      },
    );
    expect(readPaper(scrub).kind).toBe('benchmark');
    expect(readPaper(paper('w.4', 'A Review of Contract Analysis Tools', 'We survey twenty tools for contract analysis.')).kind).toBe('survey');
  });

  it('takes "Using … and a newly introduced dataset, we show that …" for a claim, and "we identify seven failures" for a finding (2602.13452, 2608.20290)', () => {
    expect(
      roleEn(
        'Using multilingual crisis data and a newly introduced urgency-annotated dataset of 100 scenarios translated into 29 languages, we show that dedicated translation models and LLMs exhibit substantial quality degradation.',
      ),
    ).toBe('claim');
    expect(roleEn('We introduce a new urgency-annotated dataset of 100 scenarios translated into 29 languages.')).toBe('dataset');
    expect(roleEn('Auditing three rounds of self-training against a frozen control, we identify seven measurement failures, each of which inverts a reported finding.')).toBe('claim');
  });
});

describe('held-out sample X', () => {
  it('names another paper in a related question only by a title without TeX a question cannot show (2602.06746, 2608.19882)', () => {
    expect(plainTitle('\\textsc{TestifAI}: Tomography-Based Testing for Deep Learning Systems')).toBe('TestifAI: Tomography-Based Testing for Deep Learning Systems');
    expect(plainTitle('hint$^2$: Hierarchical World Models for Inference-Time Temporal Logic Guidance')).toBe('');
  });

  it('asks where a method named in the title breaks down, instead of a generic question, when the abstract the digest kept says nothing else (2608.12778)', () => {
    const drem = paper(
      'x.1',
      'DrEM: Dual-Side Robust Ensemble Ranking from Noisy User Preference Predictions',
      'Video platforms rank items by combining many predicted scores, and upstream prediction noise is common in practice. Ranking pipelines combine these signals with hand-tuned weights and',
      { abstractTruncated: true, abstractZh: '视频平台通过组合多个预测分数对内容排序。为解决此问题，我们提出了DrEM。' },
    );
    expect(starterQuestions(drem)).toEqual(['Where would we expect DrEM to break down, and what in the paper tells us whether it does?']);
    // Never beside specific questions: a paper with something to quote gets those instead.
    const quoted = paper(
      'x.2',
      'DrEM: Dual-Side Robust Ensemble Ranking',
      'We propose DrEM, a robust ensemble ranking method for noisy predictions. Experiments on two platforms show that DrEM improves watch time by 3%.',
    );
    expect(starterQuestions(quoted).join('\n')).not.toMatch(/and what in the paper tells us whether it does/);
  });
});

describe('held-out sample Y', () => {
  it('reads "This position paper argues that …" as the paper itself taking a position, quotable (2608.13577)', () => {
    const s = 'This position paper argues that the dominant paradigm of AI evaluation is guiding AI development in the wrong direction.';
    expect(quotableEn(s)).toBe(true);
    expect(roleEn(s)).toBe('position');
    expect(quotableEn('This approach argues for nothing in particular that we can see.')).toBe(false);
  });

  it('takes a plain word before the title’s colon for a name only where the abstract defines it ("Andy is an autonomous … agent") (2608.15052)', () => {
    const andy = paper(
      'y.1',
      'Andy: A Mathematical Agent for Rigorous Proof',
      'Andy is an autonomous mathematical research agent that solves and verifies submitted problems and constructs rigorous proofs.',
    );
    expect(starterQuestions(andy).join('\n')).toMatch(/“Andy is an autonomous mathematical research agent/);
    const beyond = paper('y.2', 'Beyond: Scaling Laws for Agents', 'Beyond is a word that says little about agents in this sentence of ours.');
    expect(readPaper(beyond).en.roles.find((r) => r.text.startsWith('Beyond is'))?.role).not.toBe('artefact');
  });

  it('asks what "This work encodes …" makes, and reads a measured result after it as a finding, never "This paper is organized …" (2608.14112)', () => {
    const gaussian = paper(
      'y.3',
      'Fixed-Budget Gaussian Volume Encoding',
      'This work encodes scalar fields as anisotropic Gaussian primitives under a fixed budget. In a controlled benchmark, truncation-aware field evaluation reduces encoding time by up to 51x on one desktop GPU.',
    );
    const text = starterQuestions(gaussian).join('\n');
    expect(text).toMatch(/“This work encodes scalar fields as anisotropic Gaussian primitives under a fixed budget\.” What is new here/);
    expect(text).toMatch(/“In a controlled benchmark, truncation-aware field evaluation reduces encoding time by up to 51x on one desktop GPU\.”/);
    const organised = paper('y.4', 'Some Paper', 'Fields are large. This paper is organized as follows, with the methods first and the results after them.');
    expect(starterQuestions(organised).join('\n')).not.toMatch(/“This paper is organized/);
  });

  it('asks where a method named in the title breaks down when an abstract uses the name but no sentence reads as the contribution, never for a resource (2608.19677, 2608.18779)', () => {
    const cacheRoute = paper(
      'y.5',
      'CacheRoute: Planned Prefix-Affinity Routing for Large-Scale LLM Serving',
      'Serving large language models at scale requires routing requests across many replicas, and prefix caches make some replicas better than others for a given request. Existing routers either',
      { abstractTruncated: true, abstractZh: '大规模服务需要在多个副本之间路由请求。CacheRoute把前缀亲和性纳入路由规划。' },
    );
    expect(starterQuestions(cacheRoute)).toEqual(['Where would we expect CacheRoute to break down, and what in the paper tells us whether it does?']);
    const resource = paper(
      'y.6',
      'SIDScope: A Diagnostic Resource for Semantic-ID Interfaces',
      'Semantic IDs are used in generative recommenders. SIDScope collects their interfaces in one place for',
      {
        abstractTruncated: true,
      },
    );
    expect(starterQuestions(resource).join('\n')).not.toMatch(/break down/);
  });
});

describe('held-out sample Z', () => {
  it('asks a result in a limit ("in the infinite-width limit, …") for its assumptions, not what else could explain it (2608.14373)', () => {
    const swa = paper(
      'z.1',
      'SWA with Data Augmentation',
      'We study stochastic weight averaging with data augmentation. We show that in the infinite-width limit, SWA on augmented data provides an equivariance boost beyond the performance increase due to SWA alone.',
    );
    const text = starterQuestions(swa).join('\n');
    expect(text).not.toMatch(/What else could explain this result/);
    expect(text).toMatch(/Which assumptions does this rest on/);
  });

  it('takes no figure from the end of a range, nor a speed-up whose sentence names what it is faster than (2608.20172)', () => {
    expect(figureEn('FlashRelation is 3.60-4.41x faster than the materialized Full Relation implementation.')).toBeUndefined();
    expect(figureEn('Our kernel is 4.41x faster than the materialized implementation.')).toBeUndefined();
    expect(figureEn('Our kernel gives a 4.41x speedup on one GPU.')).toMatchObject({ figure: '4.41x', kind: 'speed' });
  });

  it('asks about the claim a title states, instead of a generic question, when the abstract the digest kept gives nothing else; never a title that names or asks (2608.14245)', () => {
    expect(titleClaimOf('Body size predicts how long ant workers live - but not how they age or how they die from heat')).toBeDefined();
    expect(titleClaimOf('Information Abundance Paradox: Long-Context Training Undermines Parametric Knowledge')).toBeDefined();
    expect(titleClaimOf('DrEM: Dual-Side Robust Ensemble Ranking from Noisy User Preference Predictions')).toBeUndefined();
    expect(titleClaimOf('When AI Infrastructure Fails Speakers of Underrepresented Languages')).toBeUndefined();
    expect(titleClaimOf('Can LLMs Reason About Time?')).toBeUndefined();
    const ants = paper(
      'z.2',
      'Body size predicts how long ant workers live - but not how they age',
      'Ant colonies divide labour among workers of different sizes. How size relates to ageing has been studied in few species, and the',
      {
        abstractTruncated: true,
      },
    );
    expect(starterQuestions(ants)).toEqual([
      'The title makes a claim, “Body size predicts how long ant workers live - but not how they age”: what would we need to see in the paper to accept it, and where might it not hold?',
    ]);
  });
});

describe('the generic-only papers of samples X, Y and Z', () => {
  const roleOf = (p: QuestionPaper, start: string) => readPaper(p).en.roles.find((r) => r.text.startsWith(start))?.role;

  it('reads "we give a negative answer: …" as a claim and "Theorem 1 gives …" as a result (2608.14396, 2608.01548)', () => {
    const admm = paper(
      'g.1',
      'A Counterexample for Three-Block ADMM',
      'ADMM is widely used. In this paper, we give a negative answer: direct three-block ADMM may fail even when the first two blocks are strongly convex quadratics.',
    );
    expect(roleOf(admm, 'In this paper, we give a negative answer')).toBe('claim');
    expect(starterQuestions(admm).join('\n')).toMatch(/^“In this paper, we give a negative answer: direct three-block ADMM may fail[^”]*” \w/m);
    const limits = paper(
      'g.2',
      'Capability Limits',
      "Test-time emergence has a boundary. At a common budget, Theorem 1 gives an exact decision representation: a successor improves every task exactly when its envelope retains the predecessor's.",
    );
    expect(roleOf(limits, 'At a common budget, Theorem 1 gives')).toBe('result');
    // A theorem the sentence only uses is no result of the paper's.
    expect(roleOf(paper('g.3', 'T', 'Models are large. The classical Theorem of Bayes is a tool that many fields use every day.'), 'The classical')).not.toBe('result');
  });

  it('reads "we revisit X and propose Y" as something made, not a setting (2608.19693)', () => {
    const ripe = paper(
      'g.4',
      'RIPE++: Keypoints from Positive Pairs',
      'Keypoints matter. In this paper, we revisit RL-based keypoint learning and propose a reward that exploits the geometric consistency signal of a single positive pair.',
    );
    expect(roleOf(ripe, 'In this paper, we revisit')).toBe('made');
    expect(roleOf(paper('g.5', 'Sinkhorn Again', 'Transport is useful. We revisit the Sinkhorn-Knopp algorithm for entropic transport on graphs.'), 'We revisit')).toBe('setting');
  });

  it('asks about "The proposed model, X, does …" only where no sentence names the method otherwise, and never about what it achieves (2401.07468, 2608.19022)', () => {
    const car = paper(
      'g.6',
      'Learning-Based Speed Estimation',
      'The proposed model, CarSpeedNet, estimates scalar vehicle speed from a window of three-axis smartphone acceleration. The reported experiment comprises 13.2 hours of driving.',
    );
    expect(roleOf(car, 'The proposed model, CarSpeedNet')).toBe('artefact');
    expect(starterQuestions(car).join('\n')).toMatch(/“The proposed model, CarSpeedNet, estimates scalar vehicle speed/);
    const btyd = paper(
      'g.7',
      'Scalable Inference for Buy-Till-You-Die Models',
      'This paper addresses that gap, introducing a family of models that assume transactions follow a Weibull renewal process. The proposed model fits a dataset of 5 million customers in 8 minutes.',
    );
    expect(roleOf(btyd, 'The proposed model fits')).not.toBe('artefact');
    const named = paper(
      'g.8',
      'Occlusion-Aware Parsing',
      'Based on homogeneous tanh-transforms, we propose an occlusion-aware convolutional neural network for face parsing. Our proposed method addresses the dilemma of face parsing under occlusion.',
    );
    expect(roleOf(named, 'Our proposed method addresses')).not.toBe('artefact');
  });

  it('reads the words before a title’s colon as the method’s name where a later sentence makes them its subject, never in the first sentence or a survey (2608.19232)', () => {
    const asp = paper(
      'g.9',
      'Active Spiking Perception: The Membrane Potential as a Belief State',
      'Spiking point cloud networks scan space in a fixed order. Active Spiking Perception (ASP) recasts 3D recognition as an iterative decision process in which the membrane potential selects the next chunk to observe.',
    );
    expect(roleOf(asp, 'Active Spiking Perception (ASP) recasts')).toBe('artefact');
    const field = paper(
      'g.10',
      'Retrieval-Augmented Generation: Methods for Grounded Answers',
      'Retrieval-Augmented Generation (RAG) enhances language models with documents. We study how grounded its answers are.',
    );
    expect(roleOf(field, 'Retrieval-Augmented Generation (RAG)')).not.toBe('artefact');
    const survey = paper('g.11', 'Graph Neural Networks: A Survey', 'Graphs are everywhere in science. Graph Neural Networks (GNNs) learns representations of nodes from their neighbours.');
    expect(roleOf(survey, 'Graph Neural Networks (GNNs)')).not.toBe('artefact');
  });

  it('reads "The X package implements …" as the software the title names, not any package (2604.13672)', () => {
    const spot = paper('g.12', 'Optimization with SpotOptim', 'The spotoptim package implements surrogate-model-based optimization of expensive black-box functions in Python.');
    expect(roleOf(spot, 'The spotoptim package')).toBe('artefact');
    const other = paper('g.13', 'Optimization with SpotOptim', 'The numpy package implements arrays that the optimizer uses for its surrogate models.');
    expect(roleOf(other, 'The numpy package')).not.toBe('artefact');
  });

  it('asks a survey about its own sentence when that sentence points back ("This paper bridges this gap by presenting a review …"), not a generic question (2410.08491)', () => {
    const edge = paper(
      'g.14',
      'Edge Case Detection in Automated Driving: Methods, Challenges, and Future Directions',
      'Automated vehicles promise safety. While numerous approaches exist for detecting edge cases, a comprehensive survey reviewing these techniques is lacking. This paper bridges this gap by presenting a hierarchical review and systematic classification of edge case detection methodologies.',
    );
    expect(readPaper(edge).kind).toBe('survey');
    expect(starterQuestions(edge).join('\n')).toMatch(/“This paper bridges this gap by presenting a hierarchical review/);
  });
});

describe('held-out sample AA', () => {
  const roleOf = (p: QuestionPaper, start: string) => readPaper(p).en.roles.find((r) => r.text.startsWith(start))?.role;
  const roleZhOf = (p: QuestionPaper, start: string) => readPaper(p).zh.roles.find((r) => r.text.startsWith(start))?.role;

  it('reads "we advocate for … and propose a framework" in a method paper as the method, not a position (2608.19973)', () => {
    const detect = paper(
      'aa.1',
      'Open-Vocabulary 3D Object Detection',
      'Existing pipelines localise poorly. To address these limitations, we advocate for improving both the reliability of novel object discovery and the robustness of model training, and propose an innovative framework.',
    );
    expect(roleOf(detect, 'To address these limitations')).toBe('artefact');
    expect(starterQuestions(detect).join('\n')).not.toMatch(/position|objection/);
    expect(roleOf(paper('aa.2', 'Evaluation Should Change', 'Benchmarks are saturated. We advocate for evaluating models with people in the loop.'), 'We advocate')).toBe('position');
  });

  it('never asks what else explains a result that names no effect ("……区域会产生特定影响") (2608.13660)', () => {
    const forgetting = paper('aa.3', 'Forgetting in Continual Segmentation', 'Models forget.', {
      abstractZh: '现有的持续学习方法难以保留先前学到的知识。通过分块消融分析，我们观察到消融早期编码器和晚期解码器区域会产生特定影响。',
    });
    expect(roleZhOf(forgetting, '通过分块消融分析')).toBe('other');
    expect(starterQuestions(forgetting, { locale: 'zh-CN' }).join('\n')).not.toMatch(/特定影响/);
    expect(roleOf(paper('aa.4', 'T', 'We train models. We observe that ablating early encoder regions has a specific effect.'), 'We observe')).toBe('other');
  });

  it('reads "we instantiate this idea as X", "we cast X as …" and "we give the first model of …" as something made (2608.14530, 2608.19993)', () => {
    expect(roleOf(paper('aa.5', 'Marionette: World States', 'Game models drift. We instantiate this idea as Marionette, a world model for interactive games.'), 'We instantiate')).toBe('made');
    expect(roleOf(paper('aa.6', 'Skill Selection', 'Agents load skills. We give the first model of how the selected skill set shapes execution outcomes.'), 'We give the first')).toBe('made');
    expect(roleOf(paper('aa.7', 'Safety', 'Alignment is hard. We cast safety alignment as a per-category constrained optimization problem.'), 'We cast')).toBe('made');
  });

  it('reads "X is a … method" as the method named before the title’s colon, in a later sentence (2608.13774)', () => {
    const flare = paper(
      'aa.8',
      'FLARE MCMC: Layer-Adaptive Proposals',
      'MCMC needs only the likelihood. FLARE MCMC is a multi-fidelity layered MCMC method that exploits cheaper approximations of the likelihood.',
    );
    expect(roleOf(flare, 'FLARE MCMC is')).toBe('artefact');
    const field = paper('aa.9', 'Graph Transformers: Long-Range Attention', 'Graph Transformers is a family of models whose attention spans a whole graph and that many fields use.');
    expect(roleOf(field, 'Graph Transformers is')).not.toBe('artefact');
  });

  it('reads "A closed-form analysis … gives a bound" as a result, and a comparison after the contribution ("exhibits stronger …, whereas …") as a finding (2604.18194, 2608.19497)', () => {
    expect(
      roleOf(paper('aa.10', 'Drifting Models', 'Generators are slow. A closed-form analysis of the surrogate gives a per-step contraction threshold and a finite-horizon bound.'), 'A closed-form'),
    ).toBe('result');
    const quantum = paper(
      'aa.11',
      'Learning Geometry in Hybrid Models',
      'Hybrid models are new. We characterize the learning dynamics of a hybrid quantum model. The classical model exhibits stronger early target alignment, whereas the hybrid model develops a less concentrated kernel spectrum.',
    );
    expect(roleOf(quantum, 'The classical model exhibits')).toBe('claim');
  });
});

describe('held-out sample AB', () => {
  it('asks no baseline question about baseline attacks the paper analyses, nor about what lets the best defences act (2606.17035)', () => {
    const ring = paper('ab.1', 'Backdoor Attacks on Private Federated Learning', 'Prior research suggests DP helps. In this paper, we challenge this assumption.', {
      abstractZh:
        '先前的研究表明，差分隐私增强了联邦学习的鲁棒性。在本文中，我们挑战了这一假设。通过对两种基线攻击策略的实证分析，我们揭示了DP-FL中的一个根本性矛盾：虽然绕过DP能使最先进的防御机制检测并过滤恶意更新，但遵守DP却无意中掩盖了其独特的统计特征。',
    });
    expect(readPaper(ring).zh.finding?.comparison).toBe(false);
    expect(starterQuestions(ring, { locale: 'zh-CN' }).join('\n')).not.toMatch(/基线是否/);
    // A method ranked against baselines still is.
    const ranked = paper('ab.2', 'T', 'Models are large.', { abstractZh: '我们提出了一种新方法。实验表明，我们的方法在三个数据集上优于所有基线。' });
    expect(readPaper(ranked).zh.finding?.comparison).toBe(true);
  });

  it('reads "cuts X by a factor of 3.4 relative to …" after the contribution as a finding (2608.19248)', () => {
    const demons = paper(
      'ab.3',
      'Demons on a Budget',
      'Circuits have a transition. We instead fix the measurement budget and vary the placement process. A deterministic contiguous sweep cuts the half-cut entropy by a factor of 3.4 relative to random placement.',
    );
    expect(readPaper(demons).en.roles.find((r) => r.text.startsWith('A deterministic'))?.role).toBe('claim');
  });
});

describe('the authors at work, where nothing else specific can be asked', () => {
  const roleOf = (p: QuestionPaper, start: string) => readPaper(p).en.roles.find((r) => r.text.startsWith(start))?.role;

  it('asks what the authors made or how they tested it, in words no other role reads (2408.06849, 2608.13756)', () => {
    const causal = paper(
      'w.1',
      'Causal Agent',
      'LLMs struggle with causal problems. To address these challenges, we have equipped the LLM with causal tools within an agent framework, named the Causal Agent.',
    );
    expect(roleOf(causal, 'To address these challenges')).toBe('made');
    expect(starterQuestions(causal).join('\n')).toMatch(/“To address these challenges, we have equipped the LLM with causal tools/);
    const kernels = paper(
      'w.2',
      'INT8 Kernels',
      'Serving stacks assume kernels are interchangeable. We test that assumption: holding the checkpoint fixed, we swap only the INT8 linear kernel inside vLLM.',
    );
    expect(roleOf(kernels, 'We test that assumption')).toBe('design');
  });

  it('leaves alone what the work starts from, a study presented, a survey’s method and a theory paper’s algorithm', () => {
    expect(roleOf(paper('w.3', 'Max Cut', 'Clustering is hard. We build upon the semidefinite relaxation of an integer quadratic program for clustering.'), 'We build upon')).toBe('other');
    expect(
      roleOf(paper('w.4', 'Monoliths', 'Architectures differ. This paper presents an experimental comparison of a monolithic and a microservices implementation.'), 'This paper presents'),
    ).not.toBe('made');
    expect(
      roleOf(paper('w.5', 'NAC', 'Theory lags practice. To bridge the gap, we analyze a single-loop natural actor-critic algorithm under linear function approximation.'), 'To bridge the gap'),
    ).not.toBe('design');
    const survey = paper(
      'w.6',
      'Counterfactual Explanations for GNNs: A Survey',
      'Graph learning is popular. We analysed the state of the art to provide a taxonomy and a uniform notation for this survey.',
    );
    expect(starterQuestions(survey).join('\n')).not.toMatch(/Can this setup support/);
  });

  it('never takes a sentence over a specific one, and never "we" inside a clause ("…, which we label …")', () => {
    const both = paper('w.7', 'T', 'Models are large. We propose SlimNet, a pruning method for transformers. We equip it with a cache of pruned heads.');
    expect(roleOf(both, 'We equip it')).toBe('other');
    expect(roleOf(paper('w.8', 'T', 'Translation is hard. Using the pool, a base LLM generates candidates across language pairs, which we label by their outcomes.'), 'Using the pool')).toBe('other');
  });
});

describe('held-out sample AC', () => {
  it('takes no opening line that only says what the field relies on for the problem, and still one that says what relying costs (2604.16509)', () => {
    const robots = paper(
      'ac.1',
      'Sparsification of Graphs in Robotic Exploration',
      'Many robotic exploration algorithms rely on graph structures for frontier-based exploration and dynamic path planning. However, these graphs grow rapidly. We present a transformer-based framework that prunes these graphs during exploration.',
    );
    expect(readPaper(robots).en.problem).toBeUndefined();
    expect(starterQuestions(robots).join('\n')).not.toMatch(/Many robotic exploration algorithms rely on graph structures/);
    const benchmarks = paper(
      'ac.2',
      'Personalized Benchmarks',
      'Existing personalized LLM benchmarks primarily rely on textual personas or isolated behavioral signals, providing limited evaluation of cross-domain personalization. We introduce a benchmark of behavioural traces.',
    );
    expect(readPaper(benchmarks).en.problem).toMatch(/^Existing personalized LLM benchmarks/);
  });

  it('reads "我们发现……设计决策……" as what the authors found, not a method they designed (2608.19488)', () => {
    const retrain = paper(
      'ac.3',
      'When to Retrain',
      'Systems degrade under drift. Across 3,933 experimental runs, we find that the most consequential design decision is whether the deployed model learns.',
      {
        abstractZh: '生产机器学习系统在概念漂移下性能会下降。在3,933次实验运行中，我们发现最关键的单一设计决策不是重训练策略，而是部署模型是否学习。',
      },
    );
    expect(readPaper(retrain).zh.roles.find((r) => r.text.includes('我们发现'))?.role).toBe('claim');
    expect(starterQuestions(retrain, { locale: 'zh-CN' }).join('\n')).not.toMatch(/方法中真正起作用/);
    const designed = paper('ac.4', 'T', 'Models are large.', { abstractZh: '模型很大。我们设计了一种新的剪枝方法，并发现它能减少一半的计算。' });
    expect(readPaper(designed).zh.roles.find((r) => r.text.startsWith('我们设计了'))?.role).toBe('artefact');
  });
});

describe('held-out sample AD', () => {
  it('reads a controlled environment the authors introduce as their resource, never an environment word inside a method’s name (2608.19974, 2608.11878)', () => {
    const regu = paper(
      'ad.1',
      'ReguSim: Evaluating LLM Agent Rule Grounding in Financial Compliance',
      'LLM agents may cite rules yet break them. We introduce ReguSim, a controlled financial-compliance environment, and ReguBench, a target-marked monitoring benchmark, to separate four artifacts.',
    );
    expect(readPaper(regu).kind).toBe('benchmark');
    expect(starterQuestions(regu).join('\n')).not.toMatch(/Which part of the method/);
    const hazard = paper('ad.2', 'ToolHazard', 'Agents call tools. To bridge this gap, we propose ToolHazard, a scalable adversarial environment synthesis framework that reduces human engineering.');
    expect(readPaper(hazard).kind).not.toBe('benchmark');
  });

  it('takes an abstract whose authors built software for a census ("this survey represents the most comprehensive snapshot …") for no literature survey (2606.12428)', () => {
    const census = paper(
      'ad.3',
      'A Tool to Map AI Programs in the U.S.',
      'In this work, we locate and analyze existing undergraduate AI programs in the United States. To create this record, we developed a tool to detect, scrape, and display data from 361 undergraduate AI programs. To the best of our knowledge, this survey represents the most comprehensive snapshot of the state of AI programs to date.',
    );
    expect(readPaper(census).kind).not.toBe('survey');
    expect(starterQuestions(census).join('\n')).not.toMatch(/line of work missing/);
  });

  it('asks no baseline question of results "under baseline conditions" (基线条件), the default setup of the authors’ own classifiers (2510.25960)', () => {
    const wave = paper('ad.4', 'WaveVerif', 'Robots make sounds. Results show that individual robot motions can be validated with over 80% accuracy under baseline conditions.', {
      abstractZh: '我们提出WaveVerif，一种基于声学侧信道的机器人工作流验证方法。结果表明，在基线条件下，使用四种不同的分类器，单个机器人运动可以以超过80%的准确率进行验证。',
    });
    expect(readPaper(wave).zh.finding?.comparison).toBe(false);
    expect(starterQuestions(wave, { locale: 'zh-CN' }).join('\n')).not.toMatch(/基线是否/);
  });
});

describe('the contribution sentence no role frame fits, asked instead of a generic question', () => {
  it('asks what the authors conclude from what they set out to study, quoting the sentence whole (2310.11714, 2608.12558)', () => {
    const study = paper(
      'aim.1',
      'On the Evaluation of Generative Models in Distributed Learning Tasks',
      'The evaluation of deep generative models has been extensively studied in the literature. In this paper, we study the evaluation of generative models in distributed learning tasks with heterogeneous data distributions.',
    );
    const questions = starterQuestions(study);
    expect(questions).toEqual([
      'The authors set out their work this way: “In this paper, we study the evaluation of generative models in distributed learning tasks with heterogeneous data distributions.” What do they conclude, and how well does the paper support it?',
    ]);
  });

  it('asks what supports a claim the authors state, but not one others made in the opening phrase (2606.26707, 2606.26273)', () => {
    const claim = paper(
      'aim.2',
      'DroidBreaker',
      'Adversarial APKs are Android applications modified to evade detectors. In this work, we first show that, despite claims, existing problem-space attacks remain largely impractical.',
    );
    expect(starterQuestions(claim).join('\n')).toMatch(/^The abstract says: “In this work, we first show that/);
    const inspired = paper(
      'aim.3',
      'Data augmentation for BNNs',
      'Bayesian neural networks are popular. Inspired by recent results that show that augmented infinite deep ensembles are exactly equivariant, we study data augmentation for Bayesian neural networks (BNNs) trained with variational inference.',
    );
    expect(starterQuestions(inspired).join('\n')).toMatch(/^The authors set out their work this way: “Inspired by/);
  });

  it('never quotes a "we" inside a clause, nor a sentence whose object points back to the one before (2012.03386, 2608.14227)', () => {
    const clause = paper(
      'aim.4',
      'Federated learning folders',
      'Two technical folders exist. The above two technical folders have their advantages and limitations when we evaluate them according to the following five criteria: security, efficiency, data distribution, accuracy and scenarios.',
    );
    expect(starterQuestions(clause).join('\n')).not.toMatch(/set out their work/);
    const back = paper('aim.5', 'Raman models', 'Foundation models are read as general. We revisit that reading, using a Raman foundation model as a case study.');
    expect(starterQuestions(back).join('\n')).not.toMatch(/set out their work/);
  });

  it('is never asked beside a specific question', () => {
    const both = paper('aim.6', 'Can Retrieval Indexes Forget?', 'Indexes grow. In this paper, we study forgetting in image retrieval indexes.');
    const questions = starterQuestions(both);
    expect(questions.join('\n')).toMatch(/^The title asks/);
    expect(questions.join('\n')).not.toMatch(/set out their work/);
  });
});

describe('held-out sample AE', () => {
  it('asks no "real obstacle" of what a field relied on, set against where it is going (2404.00712)', () => {
    const s = 'While traditional methods rely on psychometrics and statistics, the increasing complexity of large-scale testing has spurred the integration of machine learning techniques.';
    expect(roleEn(s)).not.toBe('problem');
    expect(roleEn('While existing methods rely on hand-tuned rules, they fail on unseen layouts.')).toBe('problem');
  });

  it('reads "unlike existing methods, the resulting estimator …" (与现有方法不同，……) as what sets the new one apart, not a problem (2307.14867)', () => {
    expect(roleZh('与流行的现有估计方法不同，结果估计器是一步的，并依赖于唯一的正则化参数。')).not.toBe('problem');
    expect(roleEn('Unlike existing estimators, the resulting estimator is one-step and relies on a single regularization parameter.')).not.toBe('problem');
    expect(roleZh('现有方法依赖于人工标注，难以扩展。')).toBe('problem');
  });

  it('never quotes an add-on built on the side ("为了……，我们还建立了……") as what the authors made (2404.00204)', () => {
    const drone = paper('ae.1', 'Drone control', 'Drones fly.', {
      abstractZh:
        '该项目旨在用非线性深度强化学习代理取代传统PID控制器。我们在Gazebo模拟器中训练代理。为了在最短的无碰撞轨迹中导航无人机，我们还建立了一个三维A*路径规划器并成功地将其实施到实际飞行中。',
    });
    expect(starterQuestions(drone, { locale: 'zh-CN' }).join('\n')).not.toMatch(/A\*路径规划器/);
    expect(roleEn('To navigate the drone along the shortest path, we also built a 3D A* planner.')).toBe('other');
  });
});

describe('the uncovered clear-claim papers of held-out sample AE', () => {
  it('reads "we challenge X by demonstrating that …" as the paper’s claim (2312.15230)', () => {
    expect(roleEn('In this study, we challenge the practice of retraining all parameters by demonstrating that updating only a small subset of parameters is often sufficient.')).toBe('claim');
  });

  it('asks what is new in an approach the authors take (2402.08479), never in one they only use', () => {
    const taken = paper('aef.1', 'Plausible rationales', 'Black box models are opaque. In this paper, we take a semi-supervised approach to optimize for the plausibility of extracted rationales.');
    expect(starterQuestions(taken).join('\n')).toMatch(/^The authors describe their work this way: “In this paper, we take a semi-supervised approach/);
  });

  it('reads a study’s own finding (研究发现，……), bounds the authors give (性能界限, 误差界) and conditions they derive (……的条件) in Chinese (2310.20151, 2402.10342, 2212.08219)', () => {
    expect(roleZh('研究发现，当没有明确指导应采用哪种策略时，LLM驱动的智能体主要使用平均策略进行一致性寻求。')).toBe('claim');
    expect(roleZh('我们为PO-RLHF提供了低查询复杂度的性能界限。')).toBe('result');
    expect(roleZh('我们给出了在所有群体在事前是相同的情况下，导致歧视性平衡最受委托人青睐的条件。')).toBe('result');
    // Not conditions of an experiment, nor a finding inside a noun phrase.
    expect(roleZh('我们在三种实验条件下评估了模型。')).not.toBe('result');
    expect(roleZh('药物研究发现了新的靶点。')).not.toBe('claim');
  });
});

describe('held-out sample AF', () => {
  it('reads "To measure X, we introduce the average deviation" as a notion defined, never a method with parts (2401.07183)', () => {
    const s = "To measure the distance between two agents' decisions, we introduce the average deviation.";
    expect(roleEn(s)).toBe('definition');
    const herd = paper('af.1', 'Herd behaviour', `Agents imitate each other. ${s}`);
    expect(starterQuestions(herd).join('\n')).not.toMatch(/Which part of the method/);
  });

  it('takes no "participants" of algorithms that learn to bid for people studied (2306.09437)', () => {
    const auction = paper(
      'af.2',
      'Payment rules',
      'This paper examines the impact of different payment rules on efficiency when algorithms learn to bid. We use a fully randomized experiment of 427 trials, where Q-learning bidders participate in up to 250,000 auctions. The findings reveal that the first price auction is susceptible to coordinated bid suppression. Regression analysis, incorporating design elements such as payment rules and number of participants, discovers the critical role of payment rules.',
    );
    expect(readPaper(auction).kind).not.toBe('people');
    expect(starterQuestions(auction).join('\n')).not.toMatch(/participants were chosen/);
    const people = paper('af.3', 'Bidding', 'Algorithms learn to bid. We ran a lab experiment with 120 human participants bidding beside them.');
    expect(readPaper(people).people).toBe(true);
  });
});

describe('held-out sample AF, Chinese', () => {
  it('reads "我们考虑了一个不完整的数据集……我们观察到其频率" as the setting the authors consider, no finding to explain (2302.03913)', () => {
    expect(roleZh('我们考虑了一个不完整的数据集，在这个数据集中，我们不观察一些替代品的频率：对于所有其他替代品，我们观察到其频率。')).toBe('setting');
    expect(roleZh('我们发现模型在长文本上表现更差。')).toBe('claim');
  });
});

describe('held-out sample AG', () => {
  it('takes "a recently proposed learning paradigm" for someone else’s, never the authors’ method to ablate (2402.07314)', () => {
    const s =
      'In this work, we provide theoretical insights for a recently proposed learning paradigm, Nash learning from human feedback (NLHF), which considered a general preference model and formulated the alignment process as a game between two competitive LLMs.';
    expect(roleEn(s)).not.toBe('artefact');
    const nash = paper('ag.1', 'A Theoretical Analysis of Nash Learning from Human Feedback', `Reward models are limited. ${s}`);
    expect(starterQuestions(nash).join('\n')).not.toMatch(/Which part of the method/);
    expect(roleEn('In this paper, we propose a recently developed-style sparse attention framework.')).toBe('artefact');
  });
});

describe('held-out sample AG, Chinese', () => {
  it('never quotes the verdict a translator ended a cut finding with ("……NLI模型的性能表现良好", which the paper contradicts) (2307.05034)', () => {
    const nli = paper('ag.2', 'NLI and quantifiers', 'NLI models are tested. We found that the performance of NLI models under th', {
      abstractTruncated: true,
      abstractZh: 'NLI模型受到测试。我们发现在这些情况下，NLI模型的性能表现良好。',
    });
    expect(
      readPaper(nli)
        .zh.roles.map((r) => r.text)
        .join(''),
    ).not.toMatch(/表现良好/);
    // A finding the translation carries in full ("……优于EmbSMOTE") is still quoted.
    const full = paper('ag.3', 'Oversampling', 'Methods are compared. The experimental results reveal that all LLM-based methods are statistically equivalent or inferior to E', {
      abstractTruncated: true,
      abstractZh: '方法被比较。实验结果表明，所有基于LLM的方法在统计上等同于或劣于EmbSMOTE。',
    });
    expect(
      readPaper(full)
        .zh.roles.map((r) => r.text)
        .join(''),
    ).toMatch(/劣于EmbSMOTE/);
  });
});

describe('held-out sample AH', () => {
  it('asks no "real obstacle" of what previous studies relied on when the next sentence turns to what is wrong (2401.05544)', () => {
    const code = paper(
      'ah.1',
      'CodePrompt',
      "Researchers have explored pre-trained language models for code. Previous studies have mainly relied on CodeBERT's text embedding capability and the [CLS] sentence embedding as semantic representations for fine-tuning downstream tasks. However, these methods require additional neural network layers to extract effective features, resulting in higher computational costs. This paper presents a novel approach, CodePrompt, which utilizes prompt learning and an attention mechanism to improve source code-related classification tasks.",
    );
    expect(starterQuestions(code).join('\n')).not.toMatch(/Previous studies have mainly relied on/);
  });

  it('calls no existing notion "new" ("we exploit an existing probabilistic semantics called DISPONTE") (2306.09138)', () => {
    expect(roleEn('In this paper, we exploit an existing probabilistic semantics called DISPONTE to overcome this problem and allow queries also in case of inconsistent KBs.')).not.toBe('definition');
    expect(roleEn('We introduce a new measure of robustness, which we call the flip rate.')).toBe('definition');
  });

  it('reads a finding of a paper whose authors calculate things exactly as derived, asked for its assumptions (2306.05300)', () => {
    const sgd = paper(
      'ah.2',
      'Correlated noise in epoch-based SGD',
      'SGD noise is often assumed uncorrelated. Our main contributions are twofold: first, we calculate the exact autocorrelation of the noise for training in epochs under the assumption that the noise is independent of small fluctuations; second, we explore the influence of correlations on SGD dynamics. We find that for directions with a curvature greater than a hyperparameter-dependent crossover value, the results for uncorrelated noise are recovered.',
    );
    expect(starterQuestions(sgd).join('\n')).not.toMatch(/What else could explain/);
  });

  it('takes "we propose a novel analysis and distinguish two implications of these techniques" for no method, but keeps an analysis method or a named protocol (2402.00162)', () => {
    expect(
      roleEn(
        'Although the effectiveness of these terms is usually justified by an intrinsic need to explore environments, we propose a novel analysis and distinguish two different implications of these techniques.',
      ),
    ).not.toBe('artefact');
    expect(roleEn('We propose a new analysis method, PathFinder, that enables co-analysis of datasets.')).toBe('artefact');
    expect(roleEn('To begin addressing the fragmentation, this paper proposes the Evaluation Context Protocol (ECP), an early-stage, vendor-neutral framework.')).toBe('artefact');
  });

  it('takes the participants of a game for no people studied, in English and in Chinese (2305.16272)', () => {
    const game = paper(
      'ah.3',
      'Incentivizing Honesty among Competitors in Collaborative Learning',
      "However, potential participants in such collaborative schemes are competitors on a downstream task. This can incentivize dishonest updates that damage other participants' models. In this work, we formulate a game that models such interactions. For a natural class of player actions, we show that rational clients are incentivized to strongly manipulate their updates, preventing learning.",
      { abstractZh: '然而，潜在的参与者是下游任务中的竞争对手。在这项工作中，我们制定了一个博弈模型。对于一类自然的参与者行为，我们发现理性的客户会被激励强烈地操纵他们的更新，从而防止学习。' },
    );
    expect(readPaper(game).kind).not.toBe('people');
    expect(starterQuestions(game).join('\n')).not.toMatch(/participants were chosen/);
    expect(starterQuestions(game, { locale: 'zh-CN' }).join('\n')).not.toMatch(/参与者的选取方式/);
    const study = paper('ah.4', 'A game study', 'We run an online game with 240 participants recruited on Prolific. We find that players cooperate more under reputation.');
    expect(readPaper(study).people).toBe(true);
  });
});

describe('held-out sample AI', () => {
  it('takes no figure after "compared to" for the result: it is the reference (2402.03235)', () => {
    expect(
      figureEn('We show that we can achieve almost the same performance when using only half of the training data (77.25 mAP compared to 83.50 mAP) of the TUM Traffic Intersection dataset.'),
    ).toBeUndefined();
    expect(figureEn('Our method reaches 83.5 mAP on the TUM Traffic Intersection dataset.')?.figure).toBe('83.5');
  });
});

describe('the uncovered clear-claim papers of samples AE to AJ', () => {
  it('reads "Our approach leverages …" as the method where no other sentence names it (2404.02289)', () => {
    const fl = paper(
      'aeaj.1',
      'Federated Learning for Multi-Agent Mapping',
      'In multi-agent robotic exploration, managing heterogeneous data poses a significant challenge. Our approach leverages implicit neural mapping, representing maps as continuous functions learned by neural networks, for compact and adaptable representations.',
    );
    expect(starterQuestions(fl).join('\n')).toMatch(/^The authors describe their work this way: “Our approach leverages implicit neural mapping/);
  });

  it('reads "we share our vision and views on …" as the paper’s position (2401.01923)', () => {
    expect(roleEn('In this article, we share our vision and views on the benefits that Generative AI brings to IoT.')).toBe('position');
  });
});

describe('numbers that count no parts of a method (2403.16413, 2304.04169)', () => {
  it('asks no ablation of "two-sided tests" or of a method better than "the two most prominent baselines", and still does of a two-stage method', () => {
    const tests = paper(
      'parts.1',
      'Optimal tests',
      'Testing is hard. We consider both one-sided and two-sided hypothesis testing and develop asymptotically uniformly most powerful tests based on the likelihood ratio process. Simulations on two datasets illustrate power.',
    );
    expect(starterQuestions(tests).join('\n')).not.toMatch(/Which part of the method/);
    const local = paper(
      'parts.2',
      'Local SGD',
      'Machines hold different data. We design the first local update method that provably benefits over the two most prominent distributed baselines. Experiments on benchmarks confirm it.',
    );
    expect(starterQuestions(local).join('\n')).not.toMatch(/Which part of the method/);
    const staged = paper(
      'parts.3',
      'A two-stage retriever',
      'Retrieval is slow. We propose a two-stage retriever that first prunes candidates and then reranks them. Experiments on benchmarks show gains.',
    );
    expect(starterQuestions(staged).join('\n')).toMatch(/Which part of the method/);
  });
});

describe('held-out sample AK, Chinese', () => {
  it('reads "我们首次尝试……，提出了一种……框架" as a method proposed, never a result to check by hand, and 证明其推断 as no proof (2310.05502)', () => {
    const s = '受到人类认知过程启发，我们首次尝试将理由融入AL中，提出了一种新颖的可解释主动学习框架（XAL），旨在鼓励分类器证明其推断。';
    expect(roleZh(s)).toBe('artefact');
    const xal = paper('ak.1', 'XAL', 'Active learning is used.', { abstractZh: `主动学习被广泛应用。${s}` });
    expect(starterQuestions(xal, { locale: 'zh-CN' }).join('\n')).not.toMatch(/手算验证/);
    expect(roleZh('我们证明了该算法在温和假设下收敛。')).toBe('result');
  });
});

describe('held-out sample AL', () => {
  it('takes "we present the LLM-assisted contract review pipeline" for no survey, in either language (2309.12132)', () => {
    const nckg = paper(
      'al.1',
      'Nested Contract Knowledge Graph',
      'LLMs lack domain expertise. This paper introduces the Nested Contract Knowledge Graph (NCKG), a knowledge representation approach. Furthermore, we present the LLM-assisted contract review pipeline enhanced with external knowledge in NCKG.',
    );
    expect(readPaper(nckg).kind).not.toBe('survey');
    expect(readPaper(paper('al.2', 'A review', 'We present a systematic review of contract management tools.')).kind).toBe('survey');
  });

  it('reads "……已经导致……得到改善" (led to an improvement) as no problem, and "导致……未经优化" still as one (2403.11010, 2203.01717)', () => {
    expect(roleZh('在许多供应链中，当前的数字化努力已经导致制造商和客户之间的信息交流得到改善。')).not.toBe('problem');
    expect(roleZh('然而，机器学习从业者经常应用样本效率较低的HPO方法，如网格搜索，这通常导致机器学习模型未经优化。')).toBe('problem');
  });

  it('reads approximation ratios tight under Gap-ETH as a theory paper, asking its setting, not what it "concludes" (2401.05502)', () => {
    const clustering = paper(
      'al.3',
      'Diversity-aware clustering',
      'In this work, we study diversity-aware clustering problems where the data points are associated with multiple attributes resulting in intersecting groups. We present parameterized approximation algorithms with approximation ratios 1+2/e, 1+8/e and 3 for diversity-aware k-median, k-means and k-supplier, respectively. The approximation ratios are tight assuming Gap-ETH and FPT ≠ W[2].',
    );
    expect(readPaper(clustering).theoretical).toBe(true);
    expect(starterQuestions(clustering).join('\n')).not.toMatch(/What do they conclude/);
  });
});

describe('held-out sample AM, Chinese', () => {
  it('reads "进一步的分析揭示了我们方法的一些见解" (some insights) as naming no result (2401.06561)', () => {
    expect(roleZh('进一步的分析揭示了我们方法的一些见解。')).toBe('other');
    expect(roleEn('Further analyses present some insights into how our method works.')).toBe('other');
  });

  it('asks a finding that holds "with high probability" (很高的概率下) for its assumptions, not for other explanations (2310.11736)', () => {
    const krr = paper(
      'am.1',
      'Kernel learning',
      'Kernel methods are used. Assuming that the covariates have nonzero explanatory power only through a low dimensional subspace, we find that the global minimizer of the finite sample kernel learning objective is also low rank with high probability. Experiments on data confirm it.',
      { abstractZh: '核方法被广泛使用。假设协变量只通过低维子空间对响应变量有非零的解释能力，我们发现有很高的概率下有限样本核学习目标的全局最小化者也是低秩的。实验证实了这一点。' },
    );
    expect(starterQuestions(krr).join('\n')).not.toMatch(/What else could explain/);
    expect(starterQuestions(krr, { locale: 'zh-CN' }).join('\n')).not.toMatch(/别的原因/);
  });
});

describe('held-out sample AN', () => {
  it('asks who took part only of a sentence about the study, never of a background line that mentions participants (2402.17003)', () => {
    const rl = paper(
      'an.1',
      'Monitoring fidelity of online RL in clinical trials',
      'Online reinforcement learning (RL) algorithms offer great potential for personalizing treatment for participants in clinical trials. This paper proposes algorithm fidelity as a critical requirement for deploying online RL algorithms in clinical trials.',
    );
    expect(starterQuestions(rl).join('\n')).not.toMatch(/Who exactly took part/);
    const lab = paper(
      'an.2',
      'Narratives and beliefs',
      'We study whether narratives affect belief updating. In a laboratory experiment, participants report incentivized beliefs in a Bayesian updating task.',
    );
    expect(starterQuestions(lab).join('\n')).toMatch(/Who exactly took part/);
  });

  it('reads "practitioners’ motives still need to be clarified, hindering … for achieving …" as a gap, not a finding, and asks about the interviews that study them (2203.01717)', () => {
    const hpo = paper(
      'an.3',
      'Why do practitioners choose HPO methods?',
      "ML practitioners often apply less sample-efficient HPO methods, such as grid search. However, practitioners' motives still need to be clarified, hindering the evaluation of HPO methods for achieving specific goals. To understand practitioners' motives, we used a mixed-methods approach involving 20 semi-structured interviews and a survey study with 71 ML experts.",
    );
    expect(roleEn("However, practitioners' motives still need to be clarified, hindering the evaluation of HPO methods for achieving specific goals.")).toBe('gap');
    const asked = starterQuestions(hpo).join('\n');
    expect(asked).not.toMatch(/motives still need to be clarified, hindering[^?]*\?[^?]*participants were chosen/);
    expect(asked).toMatch(/20 semi-structured interviews/);
  });
});

describe('papers that had only a generic question (AE and AK, read after they were judged)', () => {
  const generic = (qs: string[]) => qs.every((q) => isGenericQuestion(q));

  it('reads TeX that only formats words, numbers or dashes as the words, so that the sentence can be quoted (2211.12581, 2309.02711, 2310.19385)', () => {
    expect(withoutTextFormatting('policies in {tree MDPs}, for which')).toBe('policies in tree MDPs, for which');
    expect(withoutTextFormatting('with $\\textit{a posteriori}$ loss functions')).toBe('with a posteriori loss functions');
    expect(withoutTextFormatting('offering $1,087$ hours and $768,826$ pairs at $0.1$ s')).toBe('offering 1,087 hours and 768,826 pairs at 0.1 s');
    expect(withoutTextFormatting('(ASL) $\\unicode{x2013}$ a model-minimization extension')).toBe('(ASL) – a model-minimization extension');
    expect(withoutTextFormatting('Backus--Naur Form, the test -- the function --- and --help')).toBe('Backus–Naur Form, the test – the function — and --help');
    // Math stays math: a formula, a list of numbers, a command that is not a character.
    expect(withoutTextFormatting('$O(n^2)$, $\\{1,2\\}$, $1,2$ and \\url{x}')).toBe('$O(n^2)$, $\\{1,2\\}$, $1,2$ and \\url{x}');
    const mcfs = paper(
      'gen.1',
      'UNSAT Solver Synthesis via Monte Carlo Forest Search',
      'We introduce Monte Carlo Forest Search (MCFS), a class of reinforcement learning (RL) algorithms for learning policies in {tree MDPs}, for which policy execution involves traversing an exponential-sized tree. Examples of such problems include proving unsatisfiability of a SAT formula.',
    );
    const [lead] = starterQuestions(mcfs);
    expect(lead).toContain(
      '“We introduce Monte Carlo Forest Search (MCFS), a class of reinforcement learning (RL) algorithms for learning policies in tree MDPs, for which policy execution involves traversing an exponential-sized tree.”',
    );
    expect(questionFlags(lead!, mcfs, 'en', [])).toEqual([]);
  });

  it('reads "The goal of this tutorial is to …" as the tutorial speaking of itself (2403.18103)', () => {
    const tutorial = paper(
      'gen.2',
      'Tutorial on Diffusion Models for Imaging and Vision',
      'The astonishing growth of generative tools in recent years has empowered many exciting applications in text-to-image generation. The goal of this tutorial is to discuss the essential ideas underlying the diffusion models. The target audience of this tutorial includes undergraduate and graduate students.',
    );
    const asked = starterQuestions(tutorial);
    expect(generic(asked)).toBe(false);
    expect(asked.join('\n')).toMatch(/“The goal of this tutorial is to discuss the essential ideas underlying the diffusion models\.” Which distinctions drawn in this tutorial/);
  });

  it('asks what is new in a resource made in a paper that is no benchmark, when nothing else can be asked (2403.19546)', () => {
    const croissant = paper(
      'gen.3',
      'Croissant: A Metadata Format for ML-Ready Datasets',
      'Data is a critical resource for Machine Learning (ML), yet working with data remains a key friction point. This paper introduces Croissant, a metadata format for datasets that simplifies how data is used by ML tools and frameworks. Croissant is already supported by several popular dataset repositories.',
    );
    expect(starterQuestions(croissant).join('\n')).toMatch(
      /“This paper introduces Croissant, a metadata format for datasets that simplifies how data is used by ML tools and frameworks\.” What is new here compared with earlier work/,
    );
  });

  it('finds the authors after a longer opening ("While existing work …, in this paper we propose …") and in what they set out to do (2403.06402, 2403.18957)', () => {
    const icl = paper(
      'gen.4',
      'Learning how many examples to use for in-context learning',
      'An important component of ICL is the use of a small number of labelled data instances as examples in the prompt. While existing work uses a static number of examples during inference for each data instance, in this paper we propose a novel methodology of dynamically adapting the number of examples as per the data.',
    );
    expect(starterQuestions(icl).join('\n')).toMatch(/“While existing work uses a static number[^”]*” What is new here compared with earlier work/);
    const ugc = paper('gen.5', 'Moderating illicit online image promotion', 'In this work, we take the first step towards studying the threat of illicit promotions of unsafe UGCGs.');
    expect(starterQuestions(ugc).join('\n')).toMatch(/“In this work, we take the first step towards studying the threat of illicit promotions of unsafe UGCGs\.” What do they conclude/);
    // Not a "we" inside a clause: "…, so when we study them, …" is no sentence of the authors at work.
    const inside = paper(
      'gen.6',
      'A title',
      'Graphs are everywhere in the sciences and in industry today. Large graphs are costly to store, so when we study them, results vary widely across settings.',
    );
    expect(generic(starterQuestions(inside))).toBe(true);
  });

  it('asks what supports a claim the authors state without "that", in a short frame when the sentence is long (2403.01420, 2402.09880)', () => {
    const claim = paper(
      'gen.7',
      'The implicit bias of heterogeneity towards invariance and causality',
      'It is observed empirically that large language models trained with association-centric objectives also learn causal relations. In this paper, we claim the emergence of causality from association-oriented training can be attributed to the coupling effects from the heterogeneity of the source data.',
    );
    expect(starterQuestions(claim).join('\n')).toMatch(/“In this paper, we claim the emergence[^”]*” What in the paper supports this most directly/);
    const long = paper(
      'gen.8',
      'Inadequacies of large language model benchmarks',
      'The rapid rise in popularity of Large Language Models has spurred public curiosity to evaluate and compare different models. Our research uncovered significant limitations, including biases, difficulties in measuring genuine reasoning, adaptability, implementation inconsistencies, prompt engineering complexity, evaluator diversity, and the overlooking of cultural and ideological norms in one comprehensive assessment.',
    );
    const asked = starterQuestions(long);
    expect(asked.join('\n')).toMatch(/“Our research uncovered significant limitations[^”]*” What supports this most directly\?/);
    expect(asked.every((q) => q.length <= 400)).toBe(true);
  });

  it('does not call a method used "using the … method called LoRA" a new notion (2608.18142)', () => {
    const lora = paper(
      'gen.9',
      'Efficient adaptation of LLMs for hate speech detection',
      'Hate speech detection in low-resource languages is hard to do well with the tools available today. The objective of this paper is to conduct a comprehensive assessment of Large Language Models (LLMs) for Hate Speech Detection (HSD) in Roman Urdu script and fine-tune these models using the Parameter-Efficient Fine-Tuning (PEFT) method called Low-Rank Adaptation (LoRA).',
    );
    expect(starterQuestions(lora).join('\n')).not.toMatch(/new notion/);
  });
});

describe('Chinese papers that had only a generic question (AE and AK, read after they were judged)', () => {
  const zhOf = (p: QuestionPaper) => starterQuestions(p, { locale: 'zh-CN' });
  const paperZh = (id: string, abstractZh: string) => paper(id, 'A title', '', { abstractZh });

  it('reads 本综述, 本教程 and 评述 as the survey speaking of itself (2310.08598, 2401.12783, 2403.18103)', () => {
    const survey = paper('gz.1', 'Domain Generalization for Medical Image Analysis: A Survey', '', { abstractZh: '医学图像分析已成为医学领域的重要工具。本文综合评述了专门针对MedIA的领域泛化研究。' });
    expect(zhOf(survey).join('\n')).toMatch(/“本文综合评述了专门针对MedIA的领域泛化研究。”/);
    expect(roleZh('本综述系统地回顾了自2017年至2023年期间发表的应用深度学习模型处理PPG数据的论文。')).toBe('survey');
    expect(roleZh('本教程的目标是讨论扩散模型的基本理念。')).toBe('survey');
  });

  it('asks what the authors set out to do, by their verb, when nothing else specific can be asked (2402.01054, 2107.08020, 2311.16370)', () => {
    const memorize = zhOf(paperZh('gz.2', '生成式的隐式扩散模型在医学影像领域具有广泛的应用。为此，我们评估了医学图像合成中隐式扩散模型的记忆问题。'));
    expect(memorize.join('\n')).toMatch(/“为此，我们评估了医学图像合成中隐式扩散模型的记忆问题。”他们得出了什么结论/);
    const made = zhOf(paperZh('gz.3', '时间序列在很多领域都有应用。在这项研究中，我们提出了一种利用非平衡效应的新型训练算法，用于受限玻尔兹曼机的训练。'));
    expect(made.every((q) => !isGenericQuestion(q))).toBe(true);
    // A single author's 我: "我提出了……的新证据" is a claim of the paper's own.
    const single = zhOf(paperZh('gz.4', '气候与冲突的关系一直受到关注。我提出了气候冲击对冲突的影响的新证据。'));
    expect(single.join('\n')).toMatch(/“我提出了气候冲击对冲突的影响的新证据。”论文中哪部分最直接地支持这句话/);
    // Not 自我 (self-), and not a "我们" inside a clause.
    expect(zhOf(paperZh('gz.5', '自我监督学习在视觉领域很常见。当我们研究这些模型时，结果在不同设置下差异很大。')).every((q) => isGenericQuestion(q))).toBe(true);
  });

  it('does not ask whether "研究表明，……" (what a study showed) is the real obstacle in practice (2608.14426)', () => {
    const asked = zhOf(
      paperZh(
        'gz.6',
        '人工智能正越来越多地被用于辅助AI研发。研究表明，奇异增长比近期受经济学启发的建模所预期的更难实现，并且存在一类重要但被忽视的增长率。我提出了生成时间作为一个被忽视的参数，它在决定任何智能爆炸行为中起着关键作用。',
      ),
    );
    expect(asked.join('\n')).not.toMatch(/研究表明[^？]*这在实际中真的是主要障碍吗/);
  });

  it('does not read a name given in brackets to a part of the data as a new notion (2401.15199)', () => {
    expect(roleZh('本论文介绍了一种来自SCANIA瑞典公司的卡车车队中匿名发动机部件（称为Component X）的真实世界多变量时间序列数据集。')).not.toBe('definition');
  });
});

describe('a question about the paper itself beside one about a related paper', () => {
  it('asks about the contribution sentence even when the group has a related paper (2304.12653)', () => {
    const read = (path: string) => parseDigest(readFileSync(path, 'utf8')).entries;
    const p = read('tests/fixtures/digests-ae/cs.AI-2024-09-10.md').find((e) => e.id === '2304.12653')!;
    // The group has "Efficient Reinforcement Learning from Partial Observability" (2311.12244).
    const asked = starterQuestions(p, { related: indexKnownPapers(read('tests/fixtures/digests/cs.LG-2024-06-12.md')) });
    expect(asked.some((q) => /which the group already has|We already have/.test(q))).toBe(true);
    expect(asked.join('\n')).toMatch(
      /“This paper considers partially observable multi-agent reinforcement learning \(MARL\), where each agent can only observe other agents within a fixed range\.” What do they conclude/,
    );
  });

  it('reads nested TeX formatting as its words, and never asks where a "SoK" breaks down (2304.03641, 2403.02437)', () => {
    expect(withoutTextFormatting('we propose \\textit{\\textbf{OBCD}}, a new method')).toBe('we propose OBCD, a new method');
    const sok = paper(
      'rel.3',
      'SoK: Challenges and Opportunities in Federated Unlearning',
      'Federated learning facilitates collaborative learning between non-trusting parties. This SoK paper aims to take a deep look at the federated unlearning literature, with the goal of identifying research trends and challenges in this emerging field. SoK is our name for it.',
    );
    expect(readPaper(sok).kind).toBe('survey');
    expect(starterQuestions(sok).join('\n')).not.toMatch(/SoK to break down/);
  });
});

describe('what the authors set out to do, read as their contribution when nothing else is (AE and AK)', () => {
  it('asks what is new in what they seek to achieve, and what they conclude from what they attempt to study (2312.17329, 2310.18290, 2402.11989)', () => {
    const seek = paper(
      'aim.1',
      'Physics-informed surrogates for battery models',
      'Battery models are needed to plan and optimise energy storage demands over the lifetime of a battery. This study seeks to reduce the computational resources needed to determine the internal states of a battery by replacing physics-based battery models with a neural network.',
    );
    expect(starterQuestions(seek).join('\n')).toMatch(/“This study seeks to reduce the computational resources[^”]*” What is new here compared with earlier work/);
    const attempt = paper(
      'aim.2',
      'Riddles for concept attainment',
      'One of the primary challenges in online learning environments is to retain learner engagement. Our work attempts to apply the Concept Attainment Model to build conceptual riddles, to deploy over online learning environments.',
    );
    expect(starterQuestions(attempt).join('\n')).toMatch(/“Our work attempts to apply the Concept Attainment Model[^”]*” What do they conclude/);
    const first = paper(
      'aim.3',
      'Privacy-preserving low-rank adaptation',
      'Low-rank adaptation is an efficient strategy for adapting latent diffusion models to private datasets. To defend against MI attacks, we make the first effort to propose a straightforward solution: privacy-preserving LoRA (PrivateLoRA).',
    );
    expect(starterQuestions(first).join('\n')).toMatch(/“To defend against MI attacks, we make the first effort to propose[^”]*” What is new here/);
  });

  it('keeps a paper’s "we propose" ahead of the "we aim to" that comes before it', () => {
    const s = ['We aim to make retrieval cheaper for long documents.', 'We propose ChunkNet, a retriever that reads each document once.'];
    expect(contributionIndex(s)).toBe(1);
  });
});

describe('another sentence of the authors at work, when the contribution sentence cannot be asked about', () => {
  it('asks what they set out to study in the next sentence of theirs no frame fits, never in a side remark (2303.06212)', () => {
    const chores = paper(
      'aim.4',
      'Weighted notions of fairness with binary supermodular chores',
      'We propose $\\mathcal{A}_k$-greedy, an algorithm whose envy is at most $O(\\sqrt{k \\log n})$ per agent. We study the problem of allocating indivisible chores among agents with binary supermodular cost functions.',
    );
    expect(starterQuestions(chores).join('\n')).toMatch(/“We study the problem of allocating indivisible chores among agents with binary supermodular cost functions\.” What do they conclude/);
    const side = paper(
      'aim.5',
      'A title',
      'We propose $\\mathcal{A}_k$-greedy, an algorithm whose envy is at most $O(\\sqrt{k \\log n})$ per agent. We also study the problem of allocating indivisible chores among agents with binary supermodular cost functions.',
    );
    expect(starterQuestions(side).every((q) => isGenericQuestion(q))).toBe(true);
  });
});

describe('held-out sample AP', () => {
  it('asks of a gap how far the paper goes towards answering it, not what it settled, in a short frame when the sentence is long (2402.18012, 2402.02870)', () => {
    const gap = paper(
      'ap.1',
      'Explanation algorithms without interpretation',
      'In the rapidly growing literature on explanation algorithms, it often remains unclear what precisely these algorithms are for and how they should be used. We argue that this is because explanation algorithms are often mathematically complex but do not admit a clear interpretation.',
    );
    expect(starterQuestions(gap).join('\n')).not.toMatch(/what has the paper settled/);
    const long =
      'In the rapidly growing literature on explanation algorithms for machine learning models, it often remains unclear what precisely these algorithms are for, how they should be used by practitioners, and which of the many questions about a model that people ask of them they can answer at all.';
    const onlyGap = paper('ap.1b', 'Explanation algorithms', `${long} We then make $\\mathcal{O}(n^2)$ comparisons.`);
    const asked = starterQuestions(onlyGap);
    expect(asked.join('\n')).toContain(`“${long}” How far does the paper go towards answering it?`);
    expect(asked.every((q) => q.length <= MAX_LENGTH)).toBe(true);
    expect(starterQuestions(gap, { locale: 'zh-CN' }).join('\n')).not.toMatch(/论文弄清楚了什么/);
  });

  it('reads real-world case studies as evidence, not a derivation, in a paper that also proves things (2307.01449)', () => {
    const dml = paper(
      'ap.2',
      'A double machine learning approach to combining experimental and observational data',
      'We propose a double machine learning approach to combine experimental and observational studies. However, our no-free-lunch theorem highlights the necessity of accurately identifying the violated assumption. We demonstrate the applicability of our approach in three real-world case studies, highlighting its relevance for practical settings.',
    );
    expect(starterQuestions(dml).join('\n')).not.toMatch(/real-world case studies[^?]*\? Which assumptions does this rest on, and is there a small case/);
  });

  it('counts closed-form expressions obtained as derived, and "proof-reasoning" as no proof (2402.11715, 2608.14277)', () => {
    const closed = paper(
      'ap.3',
      'A risk process for poverty trapping',
      'Households fall into poverty traps when their capital drops below a threshold. Closed-form expressions are obtained for the trapping probability and the expected discounted penalty.',
    );
    expect(readPaper(closed).theoretical).toBe(true);
    const opd = paper(
      'ap.4',
      'On-policy distillation for long-context reasoning',
      'On-policy distillation transfers reasoning from stronger teachers. In this work, we study this setting by transferring proof-reasoning capabilities from a long-context reasoning model to short-context student models.',
    );
    expect(readPaper(opd).theoretical).toBe(false);
  });

  it('asks about a long contribution in the fewest words when even its short frame is too long (2311.00314)', () => {
    const long =
      'In order to protect privacy, this paper proposes a method to establish a federated topic model while ensuring the privacy of each node, and uses neural network model pruning to accelerate the model, where the client periodically sends the cumulative gradients and weights of its neurons to the server, and the server prunes the model.';
    const fed = paper('ap.5', 'Federated topic model and model pruning', `Topic modeling is a valuable tool for discovering topics within large collections of documents. ${long}`);
    const asked = starterQuestions(fed);
    expect(asked.join('\n')).toContain(`“${long}”`);
    expect(asked.every((q) => q.length <= MAX_LENGTH)).toBe(true);
  });

  it('splits two sentences the digest ran together, and joins a word the PDF broke at its ligature (2608.14126, 2602.22284)', () => {
    expect(splitSentencesEn('we propose BGA, a framework for threat intelligence.The methodology first employs ANOVA. Users of Fledge.Love took part.').map((s) => s.text)).toEqual([
      'we propose BGA, a framework for threat intelligence.',
      'The methodology first employs ANOVA.',
      'Users of Fledge.Love took part.',
    ]);
    expect(readableText('we propose BrepCoder, a unifi ed model; existing approaches rely on task-specifi c models requiring structural modifi cations of the fl ow.')).toBe(
      'we propose BrepCoder, a unified model; existing approaches rely on task-specific models requiring structural modifications of the flow.',
    );
    const brep = paper(
      'ap.6',
      'BrepCoder',
      'However, most existing approaches rely on task-specifi c models requiring structural modifi cations for new tasks. To address these limitations, we propose BrepCoder, a unifi ed Multimodal Large Language Model (MLLM) that performs diverse CAD tasks from B-rep inputs.',
    );
    const [lead] = starterQuestions(brep);
    expect(lead).toContain('a unified Multimodal Large Language Model');
    expect(questionFlags(lead!, brep, 'en', [])).toEqual([]);
  });
});

describe('held-out sample zh-AP', () => {
  const zhOf = (p: QuestionPaper) => starterQuestions(p, { locale: 'zh-CN' });

  it('asks about the paper itself beside a summary that states no result (2302.07409, 2402.03379)', () => {
    const quantum = paper('zap.1', 'Quantum learning theory beyond batch binary classification', '', {
      summaryZh: '这篇论文通过研究量子学习理论拓展了批处理多类学习，并提出了第一个具有量子示例的在线学习模型。',
      abstractZh: '量子学习理论研究量子示例能否减少学习所需的样本。在本文中，我们将这个明显令人惊讶的结果推广到了批处理多类学习。然后，我们引入了第一个具有量子示例的在线学习模型。',
    });
    const asked = zhOf(quantum);
    expect(asked.join('\n')).toMatch(/“然后，我们引入了第一个具有量子示例的在线学习模型。”/);
    // Since zh-BG, such a summary is not asked beside a question about the paper itself (it adds nothing to
    // check there), only where none can be asked, before a generic question.
    expect(asked.some((q) => q.startsWith('日报对这篇论文的一句话概括是'))).toBe(false);
    const alone = paper('zap.5', 'A title', '', { summaryZh: quantum.summaryZh!, abstractZh: '量子学习理论研究量子示例能否减少学习所需的样本。' });
    expect(zhOf(alone)).toEqual([expect.stringMatching(/^日报对这篇论文的一句话概括是：“这篇论文通过研究量子学习理论拓展了批处理多类学习/)]);
    // A summary that states a result stands for a question about the paper itself, as before.
    const result = paper('zap.2', 'A title', '', {
      summaryZh: '本文提出的重排序方法在三个数据集上显著提高了检索准确率，超过了现有的最佳方法。',
      abstractZh: '检索增强生成需要准确的检索。然后，我们引入了一种新的重排序方法来解决这一问题。',
    });
    expect(zhOf(result).join('\n')).not.toMatch(/我们引入了一种新的重排序方法/);
  });

  it('reads 调研 as a survey speaking of itself, and introducing the background as nothing made (2302.06670)', () => {
    expect(roleZh('本文首次提供了一项集中于可解释视觉异常检测方法的调研。')).toBe('survey');
    expect(roleZh('我们首先介绍了图像级和视频级异常检测的基本背景。')).not.toBe('made');
  });

  it('reads what the authors’ earlier work showed as background, and asks what they set out to do in a later sentence, never in an add-on (2301.05075, 2404.00204)', () => {
    expect(roleZh('我们之前的工作表明，机器学习可以正确确定这些盘中是否存在行星。')).toBe('background');
    expect(roleEn('Our previous work showed that machine learning can tell whether these discs hold planets.')).toBe('background');
    expect(roleEn('Similar to our previous results, the filter improved the accuracy of the classifier on MNIST.')).not.toBe('background');
    const later = paper('zap.3', 'A title', '', { abstractZh: '金融市场中的价格粘性很常见。本文研究了具有粘性几何布朗运动的风险资产的定价问题。' });
    expect(zhOf(later).join('\n')).toMatch(/“本文研究了具有粘性几何布朗运动的风险资产的定价问题。”/);
    const addOn = paper('zap.4', 'A title', '', { abstractZh: '无人机飞行控制很重要。为了在最短的无碰撞轨迹中导航无人机，我们还建立了一个三维A*路径规划器并成功地将其实施到实际飞行中。' });
    expect(zhOf(addOn).every((q) => isGenericQuestion(q))).toBe(true);
  });
});

describe('more of what authors say they did, when nothing else can be asked (tuning digests)', () => {
  const lead = (abstract: string, title = 'A title') => starterQuestions(paper('more.x', title, `Models are used widely in many fields of science today. ${abstract}`)).join('\n');

  it('reads curating, contributing, deriving and describing a system as something made (2306.11207, 2608.10694, 2608.19282, 2402.17442)', () => {
    expect(lead('From YouTube, we curate Quilt: a large-scale vision-language dataset consisting of 768,826 image and text pairs.')).toMatch(/What is new here compared with earlier work/);
    expect(lead('In this paper, we describe the design and implementation of the Ansible Lightspeed service and analyze feedback from thousands of real users.')).toMatch(
      /What is new here compared with earlier work/,
    );
  });

  it('reads discussing, reviewing, a passive study and a stated purpose as what the authors set out to do (2608.13633, 2303.06513, 2303.06309)', () => {
    expect(lead('We discuss the challenges of model misspecification, diagnostics for detecting it, and strategies for mitigation.')).toMatch(/What do they conclude/);
    expect(lead('In this paper, the effectiveness of using machine learning algorithms to detect DDoS attacks in software-defined networks is investigated.')).toMatch(/What do they conclude/);
    expect(lead('The purpose of this paper is to enhance the performance of the virtual assistant.')).toMatch(/What is new here/);
  });

  it('finds the authors after ", and our study …", and a survey’s view it provides (2402.16014, 2403.00485)', () => {
    expect(
      lead('Foundation models have revolutionized knowledge acquisition across domains, and our study introduces OmniArch, an approach for building foundation models in scientific computing.'),
    ).toMatch(/What is new here/);
    const survey = starterQuestions(
      paper(
        'more.s',
        'A Survey of Geometric Graph Neural Networks',
        'Geometric graphs are everywhere in the sciences. In this paper, based on concise mathematical preliminaries, we provide a unified view of existing models from the geometric message passing perspective.',
      ),
    ).join('\n');
    expect(survey).toMatch(/we provide a unified view of existing models[^”]*” How do they organise the field/);
  });
});

describe('held-out sample AQ', () => {
  const asked = (abstract: string, title = 'A title') => starterQuestions(paper('aq.x', title, abstract)).join('\n');

  it('reads a method used to an end, a problem posited and "our experiments evaluate" as the authors at work (2403.05030, 2402.12907, 2303.09823)', () => {
    expect(
      asked(
        'AI systems sometimes behave badly after deployment. In this work, we utilize latent adversarial training (LAT) to defend against vulnerabilities without generating inputs that elicit them.',
      ),
    ).toMatch(/we utilize latent adversarial training[^”]*” What is new here/);
    expect(asked('AI is spreading through society quickly. To this end, we posit a new problem worth exploring: the Incentive Compatibility Sociotechnical Alignment Problem.')).toMatch(
      /we posit a new problem[^”]*” What is new here/,
    );
    expect(asked('Hate speech is common on social media. Our experiments evaluate the performance of six transformer models and their combination using 2 ensemble approaches.')).toMatch(
      /Our experiments evaluate[^”]*” What do they conclude/,
    );
  });

  it('quotes "This retrospective study …" and "It turns out that …" as the paper’s own (2308.09730, 2306.05857)', () => {
    expect(quotableEn('This retrospective study involved the development and evaluation of AI models for COVID-19 diagnosis using diverse clinical images.')).toBe(true);
    expect(roleEn('It turns out that the phase transition point of pruning ratio equals the squared Gaussian width of some convex body.')).toBe('claim');
    expect(quotableEn('It turns out that the phase transition point of pruning ratio equals the squared Gaussian width of some convex body.')).toBe(true);
    // "It" that points back is still not quoted.
    expect(quotableEn('It outperforms the strongest baselines on every benchmark we tried in this paper.')).toBe(false);
  });

  it('asks no "strongest baseline" of a benchmark’s scores, often the authors’ own baselines (zh 2402.02655)', () => {
    const bench = paper(
      'aq.2',
      'VlogQA: A Benchmark for Question Answering over Vlog Transcripts',
      'We introduce VlogQA, a benchmark of 10,076 question-answer pairs over spoken vlog transcripts. Our best model achieves an F1 score of 75.34% on the test set.',
      { abstractZh: '我们提出了VlogQA，一个基于视频博客转录文本的问答基准，包含10,076个问答对。我们最好的模型在测试集上取得了75.34%的F1分数。' },
    );
    expect(readPaper(bench).kind).toBe('benchmark');
    expect(readPaper(bench).en.figure).toBeDefined();
    expect(starterQuestions(bench).join('\n')).not.toMatch(/strongest baseline/);
    const vlogqa = parseDigest(readFileSync('tests/fixtures/digests-ap/cs.CL-2025-07-22.md', 'utf8')).entries.find((e) => e.id === '2402.02655')!;
    expect(readPaper(vlogqa).zh.figure).toBeDefined();
    expect(starterQuestions(vlogqa, { locale: 'zh-CN' }).join('\n')).not.toMatch(/最强的基线/);
  });
});

describe('English names in a Chinese quote', () => {
  it('quotes a Chinese sentence that carries a long English name, never one that carries an English clause', () => {
    expect(quotableZh('为应对农业数据对结构化、可互操作性的日益增长的需求，本文提出了可持续小麦生产数据中枢（Sustainable Wheat Production Data Hub），用于整合多源农业数据。')).toBe(true);
    expect(quotableZh('为应对农业数据对结构化、可互操作性的日益增长的需求，本文提出了一个方法（we propose a new data hub），用于整合多源农业数据。')).toBe(false);
  });
});

describe('held-out sample zh-AR', () => {
  it('quotes a Chinese sentence with its own quotation marks, shown as 「」 inside the question’s quote, and the checks find it in the paper (2402.09477)', () => {
    const s = '我们引入了一种隐私审计方案，该方案依赖于使用生成的“非成员”数据进行成员推断攻击来对机器学习模型进行隐私审计。';
    expect(quotableZh(s)).toBe(true);
    expect(quotableZh('我们引入了一种隐私审计方案，该方案依赖于使用生成的“非成员数据进行成员推断攻击来对机器学习模型进行隐私审计。')).toBe(false);
    const audit = paper('zar.1', 'PANORAMIA: Privacy Auditing of Machine Learning Models without Retraining', '', { abstractZh: `隐私审计是机器学习部署中的重要环节。${s}` });
    const asked = starterQuestions(audit, { locale: 'zh-CN' });
    const quoting = asked.find((q) => q.includes('「非成员」'));
    expect(quoting).toBeDefined();
    expect(quoting).not.toMatch(/“非成员”/);
    expect(questionFlags(quoting!, audit, 'zh-CN', [])).toEqual([]);
  });
});

describe('held-out sample AR', () => {
  it('never quotes a sentence that promises objectives without stating them, and reads "we try accelerating …" as what the authors set out to do (2311.13925, 2305.08001)', () => {
    expect(quotableEn('Therefore, this study aims to accomplish two main objectives.')).toBe(false);
    const sgd = paper(
      'ar.1',
      'Efficient asynchronous SGD with structured data',
      'Deep learning has achieved impressive success in many fields. In this work, we try accelerating the computations in each iteration from the perspective of input data points.',
    );
    expect(starterQuestions(sgd).join('\n')).toMatch(/“In this work, we try accelerating the computations[^”]*” What is new here/);
  });
});

describe('held-out sample AS', () => {
  it('reads "we discover that …" as the authors’ finding (2403.12574)', () => {
    expect(roleEn('In this study, we discover that the neural dynamics of spiking neurons align closely with the behavior of an ideal temporal event sampler.')).toBe('claim');
  });

  it('never takes what is shown "as an illustration" for the contribution, and asks what a paper 旨在 do (zh 2304.06879)', () => {
    expect(contributionIndexZh(['作为一个说明，我们介绍了一种建模真实数据分布的重采样过程。'])).toBe(-1);
    expect(contributionIndex(['As an illustration, we introduce a resampling procedure that models realistic distributions.'])).toBe(-1);
    const aim = starterQuestions(
      paper('as.1', 'A title', '', { abstractZh: '执行预测是一种学习模型并影响其预测数据的框架。本文旨在找到分类器，使其具有执行稳定性，即适用于其产生的数据分布的最佳分类器。' }),
      { locale: 'zh-CN' },
    );
    expect(aim.join('\n')).toMatch(/“本文旨在找到分类器[^”]*”与已有工作相比，新意在哪里/);
  });

  it('reads "我们证明了我们的方法在实际中取得了……改进" as a demonstration, not a proof (zh 2309.16384)', () => {
    expect(roleZh('重要的是，我们证明了我们的方法在实际中取得了实质性的改进，与已有方法相比质量显著改进。')).not.toBe('result');
  });
});

describe('held-out sample zh-AT', () => {
  it('never quotes a translation that ends in the word the digest cut the English in (2402.07723)', () => {
    expect(quotableZh('除了获得高概率界限之外，我们还展示了我们的界限相对于参数维度的依赖性要好于p。')).toBe(false);
    expect(quotableZh('除了获得高概率界限之外，我们还展示了我们的界限相对于参数维度的依赖性更好。')).toBe(true);
  });

  it('reads the deployed model an update replaces (替换基线模型) as no competing baseline (2402.07745)', () => {
    const churn = paper('zat.1', 'Predictive Churn with the Set of Good Models', '', {
      abstractZh: '现代大众市场应用中的机器学习模型经常会随时间进行更新。我们展示了如何利用传统的预测性多样性度量来研究这组潜在模型的预期流失，即可能用于替换基线模型在部署中的模型集合。',
    });
    expect(starterQuestions(churn, { locale: 'zh-CN' }).join('\n')).not.toMatch(/基线是否用了同样的数据/);
  });
});

describe('held-out sample AT', () => {
  it('reads a theorem stated in the passive as the paper’s result, never a definition "characterized by" (2402.15445)', () => {
    expect(roleEn('A necessary and sufficient condition for the redundancy of the first of a sequence of lexicographic revisions is given.')).toBe('result');
    expect(roleEn('Hidden Markov models are characterized by an unobservable Markov chain and an observable process.')).not.toBe('result');
  });

  it('asks nothing of a contribution that says nothing of itself, and reads "we will analyze" and "we give … mechanisms" as the authors at work (2304.09276, 2402.11437)', () => {
    expect(quotableEn('To do so, we propose a different approach.')).toBe(false);
    const lambda = starterQuestions(
      paper(
        'at.1',
        'A Neural Lambda Calculus',
        'Deep neural networks have become the dominant paradigm in machine learning. In this work, we will analyze the ability of neural networks to learn how to execute programs as a whole. To do so, we propose a different approach.',
      ),
    ).join('\n');
    expect(lambda).toMatch(/“In this work, we will analyze the ability of neural networks[^”]*” What do they conclude/);
    expect(lambda).not.toMatch(/“To do so, we propose a different approach\.”/);
    const game = starterQuestions(
      paper(
        'at.2',
        'The Assignment Game',
        'The core of the assignment game is a lattice. In this paper, we give combinatorial (i.e., the mechanism does not invoke an LP-solver) polynomial time mechanisms for computing the leximin and leximax core imputations.',
      ),
    ).join('\n');
    expect(game).toMatch(/What is new here/);
  });

  it('reads a method given a name ("a novel decoder, called LoRA-MoE") as something made, not a new notion, and never quotes a sentence run into an acronym (2311.02684)', () => {
    expect(roleEn('Specifically, we combine Mixture-of-Experts and LoRA, designing a novel LLM-based decoder, called LoRA-MoE, for multimodal learning.')).toBe('artefact');
    expect(quotableEn('Threshold configuration is a performance bottleneck lacking an adaptable solution.RL algorithms are proven to help.')).toBe(false);
  });
});

describe('held-out sample AU', () => {
  it('reads a quantified sample complexity as a theory paper’s result, not a study’s setup (2302.01915)', () => {
    expect(roleEn('We rigorously quantify the improvement in the sample complexity of variational divergence estimations for group-invariant distributions.')).toBe('result');
    expect(roleEn('We quantify the gains of caching on three production workloads.')).toBe('design');
  });

  it('asks a finding derived in a high-dimensional limit for its assumptions, not what else could explain it (2403.02418)', () => {
    const hessian = paper(
      'au.1',
      'From Zero to Hero',
      'We investigate the optimization dynamics of gradient descent in a non-convex and high-dimensional setting. We first study the high-dimensional limit where the number and the dimension of the data go to infinity at a fixed ratio. By analyzing how the local curvature changes during optimization, we uncover that the Hessian displays a downward direction pointing towards good minima in the first regime of the descent.',
    );
    expect(starterQuestions(hessian).join('\n')).not.toMatch(/What else could explain this result/);
  });

  it('never quotes a Chinese summary that ends in a cut word of three letters (zh 2305.09200)', () => {
    expect(quotableZh('本文比较了迭代信念修正中三种最常见的状态表示方法，并证明其中一种等价于neg。')).toBe(false);
  });
});

describe('held-out sample AV', () => {
  it('never asks whether a list of examples is the real obstacle (2305.08992)', () => {
    expect(roleEn('Examples include but are not limited to algorithms for brain anatomy parcellation, tissue segmentation, and brain extraction.')).toBe('other');
    expect(roleEn('For instance, editing tends to degrade text-to-image performance, while global and local editing interfere with each other.')).toBe('other');
    expect(roleZh('例如，一个赞助产品可能更昂贵，但在其他方面与另一产品相同。')).toBe('other');
  });
});

describe('held-out sample AW', () => {
  it('reads a finding of the authors’ earlier paper, cited, as background, and "The bulk of the work is …" as no claim (2304.07479, 2006.01542)', () => {
    expect(roleEn('In particular, we recently observed (Siudem et al., PNAS 117:13896-13900, 2020) that impact distribution might be modelled by an agent-based model.')).toBe('background');
    expect(roleEn('The bulk of the work is due to computing a number of expectations explicitly, which we achieve by appealing to techniques from Malliavin calculus.')).toBe('other');
  });

  it('asks no baseline question of a replication run "to establish a baseline" (2401.07345)', () => {
    const homo = paper(
      'aw.1',
      'Learning to be Homo Economicus',
      'This paper explores the use of large language models as decision aids. To establish a baseline, we replicate standard economic experiments on choice under risk (Choi et al., 2007) with GPT, one of the most prominent LLMs, prompted to respond as a human decision maker.',
    );
    expect(starterQuestions(homo).join('\n')).not.toMatch(/Were the baselines given the same data/);
    expect(readPaper(homo).en.finding?.comparison ?? false).toBe(false);
  });

  it('never quotes a Chinese sentence that ends in an English word left untranslated (zh 2309.06943)', () => {
    expect(quotableZh('在训练数据集中，这两个超参数要比其他超参数更能影响模型的选择 procedures。')).toBe(false);
  });
});

describe('held-out sample AX', () => {
  it('reads working in a cited paper’s framework as the setting, not a claim (2211.00532)', () => {
    expect(roleEn('For this, we work in the framework of Chau and Rasonyi (2019), where robustness is achieved by maximising the worst-case expected utility.')).toBe('setting');
  });
});

describe('read next to their source, after AX (unjudged papers of AW)', () => {
  it('reads "Given the cost of creating … datasets, we ask whether …" as the question the paper sets out to answer, not a dataset it introduces (2205.11472)', () => {
    const s = 'Given the cost and complexity of creating suitably large Argument Mining datasets, we ask whether it is necessary for acceptable performance to have datasets growing in size.';
    expect(roleEn(s)).toBe('question');
    // A method "for constructing an annotated corpus" still makes the corpus the authors'.
    expect(roleEn('Therefore, this study demonstrates a thorough method for constructing an annotated corpus based on scraped data from Facebook.')).toBe('dataset');
  });

  it('asks no baseline question of weaknesses found in the state of the art, nor "which part of the design" of recommendations (zh 2402.14901, 2308.12215)', () => {
    const folk = paper('ax.1', 'A Usage-centric Take on Intent Understanding', '', {
      abstractZh: '识别和理解用户意图是电子商务中至关重要的任务。我们发现了FolkScope的两个弱点，这是目前最先进的电子商务意图知识图，限制了其推理用户意图和推荐多样有用产品的能力。',
    });
    expect(starterQuestions(folk, { locale: 'zh-CN' }).join('\n')).not.toMatch(/基线是否用了同样的数据/);
    expect(roleZh('基于这些结果，我们提出了评估机器学习应用于信任与安全问题的建议。')).not.toBe('artefact');
  });
});

describe('papers of earlier samples left with only a generic question, read again (AP to AX)', () => {
  it('reads "…, achieving this without …" as naming the clause before it, so the contribution is asked about (2403.17377)', () => {
    const pag = paper(
      'cov.1',
      'Self-Rectifying Diffusion Sampling with Perturbed-Attention Guidance',
      'Recent studies have demonstrated that diffusion models are capable of generating high-quality samples, but their quality heavily depends on sampling guidance techniques. In this paper, we propose a novel sampling guidance, called Perturbed-Attention Guidance (PAG), which improves diffusion sample quality across both unconditional and conditional settings, achieving this without requiring additional training or the integration of external modules. PAG is designed to progressively enhance the structure of samples throughout the denoising process.',
    );
    const questions = starterQuestions(pag);
    expect(questions.some((q) => q.includes('called Perturbed-Attention Guidance (PAG)'))).toBe(true);
    expect(questions.some(isGenericQuestion)).toBe(false);
  });

  it('asks what is new of "we utilize X, …, to select …" when nothing else can be asked (2403.10650)', () => {
    const palm = paper(
      'cov.2',
      'PALM: Pushing Adaptive Learning Rate Mechanisms for Continual Test-Time Adaptation',
      'Real-world vision models in dynamic environments face rapid shifts in domain distributions, leading to decreased recognition performance. We utilize the magnitude of gradients as a metric, calculated by backpropagating the KL divergence between the softmax output and a uniform distribution, to select layers for further adaptation.',
    );
    expect(starterQuestions(palm)).toEqual([expect.stringMatching(/^The authors describe their work this way: “We utilize the magnitude of gradients as a metric, .*” What is new here/)]);
  });

  it('asks what is new of "本文从……中自动提取……" but not of "我们使用了……设计的……模型" (zh 2305.03036)', () => {
    const hands = paper('cov.3', 'Learning Hand-Held Object Reconstruction from In-The-Wild Videos', '', {
      abstractZh: '先前的单影像手持物体重建方法依赖于难以在真实世界中规模化收集的直接3D形状监督。本文从野外原始视频数据中自动提取三维监督，并通过多视角二维监督来扩展手持物体重建模型的学习。',
    });
    expect(starterQuestions(hands, { locale: 'zh-CN' })).toEqual([expect.stringMatching(/^作者这样描述自己的工作：“本文从野外原始视频数据中自动提取三维监督.*新意在哪里/)]);
    const model = paper('cov.4', 'Uncertainty quantification via conformal prediction in data assimilation', '', {
      abstractZh: '数据同化需要可靠的不确定性量化。我们使用了为模拟对流过程而设计的一维修正浅水模型。',
    });
    expect(starterQuestions(model, { locale: 'zh-CN' }).join('\n')).not.toMatch(/新意在哪里/);
  });
});

describe('held-out sample AY', () => {
  it('reads "To connect …, we identify two pivotal factors …: A and B" as framing, not a finding to weigh (2402.17564)', () => {
    expect(roleEn('To connect these two approaches, we identify two pivotal factors in model parameter learning: update direction and update method.')).not.toBe('claim');
  });

  it('reads the field’s "enabling us" in an opening line as everyone’s, and "The paper aims to … and demonstrates that …" as the paper’s claim (2305.16703)', () => {
    expect(roleEn('Machine Learning and Deep Learning have achieved an impressive standard today, enabling us to answer questions that were inconceivable a few years ago.')).not.toBe('claim');
    const s = 'The paper aims to formalize the two types of uncertainty and demonstrates that sources of uncertainty are miscellaneous and can not always be decomposed into aleatoric and epistemic.';
    expect(roleEn(s)).toBe('claim');
    // Where the authors' method lets them do something, "allows us" is still theirs.
    expect(roleEn('Our construction allows us to derive the first tight bound for this class.')).not.toBe('background');
  });

  it('asks what is new of a task the authors introduce, not which part of a method does the work (2403.18195)', () => {
    const s = 'Motivated by this concern, we introduce the single-step assembly error correction task, which involves identifying and rectifying misassembled components.';
    expect(roleEn(s)).toBe('made');
    // A task-specific module, or a problem formulated as an optimisation, is no new task.
    expect(roleEn('We additionally introduce a Decomposer module that generates task-specific agent prompts from a plain-language description.')).not.toBe('made');
    expect(roleEn('We formulate the scoring rule design problem as a max-min optimization that maximizes the worst-case increase in payoff.')).not.toBe('made');
  });

  it('reads factors that "were identified" as the paper’s finding, unless found in earlier work (2402.12415)', () => {
    expect(roleEn('Several key factors contributing to crash risks were identified, including past high-risk vehicle-group states and frequent lane changes within a vehicle group.')).toBe('claim');
    expect(roleEn('Several key factors were identified in previous studies, including traffic volume and speed.')).not.toBe('claim');
  });
});

describe('read again after AY', () => {
  it('keeps a cut abstract’s last sentence when the cut fell after its full stop, never after a number or an abbreviation (2402.06853)', () => {
    const survey = paper(
      'ay.1',
      'History, Development, and Principles of Large Language Models-An Introductory Survey',
      'Language models serve as a cornerstone in natural language processing. Notably, most LLMs reviews focus on specific aspects and utilize specialized language, posing a challenge for practitioners. In light of this, this survey aims to present a comprehensible overview of LLMs to assist a broader audience.',
      { abstractTruncated: true },
    );
    expect(starterQuestions(survey).some((q) => q.includes('this survey aims to present a comprehensible overview'))).toBe(true);
    for (const last of ['At the call level, human-capital disruption predicts approximately 0.', 'Our estimates exceed those of earlier work (95% CI [0.600, 0.642] vs.']) {
      const cut = paper('ay.3', 'A study', `We study how human capital shapes earnings calls in a large panel of firms. ${last}`, { abstractTruncated: true });
      expect(starterQuestions(cut).join('\n')).not.toContain(last);
    }
  });

  it('reads "In light of this, this systematic literature review proposes …" as the review speaking of itself (2312.15020)', () => {
    const review = paper(
      'ay.4',
      'Automated Approaches to Detect Self-Admitted Technical Debt: A Systematic Literature Review',
      'Technical debt is a pervasive issue in software development. Self-admitted technical debt refers to instances where developers explicitly acknowledge suboptimal code. In light of this, this systematic literature review proposes a taxonomy of feature extraction techniques and ML/DL algorithms used in technical debt detection.',
    );
    expect(starterQuestions(review).some((q) => q.includes('this systematic literature review proposes a taxonomy'))).toBe(true);
  });

  it('asks a theory paper’s forecasts set against benchmark models for their evidence, not for a case checked by hand (2206.14275)', () => {
    const covar = paper(
      'ay.5',
      'Dynamic CoVaR Modeling',
      'We prove consistency and asymptotic normality of our parameter estimator and analyze its finite-sample properties in simulations. It is shown that our CoCAViaR models generate CoVaR predictions that are superior to forecasts issued from current benchmark models.',
    );
    const asked = starterQuestions(covar).find((q) => q.includes('superior to forecasts'));
    expect(asked).toBeDefined();
    expect(asked).not.toMatch(/small case where we could check it by hand/);
  });
});

describe('held-out sample zh-AY', () => {
  it('asks what is new of "我们通过……，以……的方式来制定……" when nothing else can be asked (zh 2403.00126)', () => {
    const fac = paper('zay.1', 'FAC2E: Better Understanding Large Language Model Capabilities by Dissociating Language and Cognition', '', {
      abstractZh: '大型语言模型（LLMs）主要通过在各种文本理解和生成任务上的整体性能进行评估。具体而言，我们通过分离与语言相关的能力和认知相关的能力，以多维和可解释的方式来制定LLMs的评估。',
    });
    expect(starterQuestions(fac, { locale: 'zh-CN' })).toEqual([expect.stringMatching(/^作者这样描述自己的工作：“具体而言，我们通过分离.*新意在哪里/)]);
  });
});

describe('held-out sample AZ', () => {
  it('reads "we study the problem of improving …" as what the authors set out to study, not a result (2403.15502)', () => {
    expect(
      roleEn(
        'In this paper, we study the problem of improving inline autocomplete suggestions in text entry systems via a sequential decision-making formulation, and use reinforcement learning to learn suggestion policies.',
      ),
    ).not.toBe('claim');
    // What the method improves is still a result.
    expect(roleEn('Our method improves accuracy on all five benchmarks.')).toBe('claim');
  });

  it('reads "we provide a benchmark repository" as the resource the paper makes, and how a task is usually done as no result (2404.00176)', () => {
    expect(roleEn('Hence, we provide a benchmark repository standardizing LSCD evaluation.')).toBe('dataset');
    expect(roleEn('We provide extensive results on three benchmark datasets.')).not.toBe('dataset');
    expect(
      roleEn(
        'Lexical Semantic Change Detection (LSCD) is a complex, lemma-level task, which is usually operationalized based on two subsequently applied usage-level tasks: First, Word-in-Context (WiC) labels are derived for pairs of usages.',
      ),
    ).not.toBe('result');
  });

  it('reads agents that "diverge within items" and "every model shows a large gap", after the authors speak, as the paper’s finding (2606.26502)', () => {
    const lrm = paper(
      'az.1',
      'Humans Disengage, Reasoning Models Persist: Separating Difficulty Registration from Deliberation Allocation',
      'Large reasoning models take longer on harder problems, just as humans do. We separate two levels of deliberation: how response time tracks difficulty across items, and whether an agent spends more on its own failures. On a public matched human-LRM corpus, humans and all five thinking LRMs reproduce the known cross-item alignment but diverge within items: every LRM shows a large wrong-vs-right effect.',
    );
    expect(starterQuestions(lrm).some((q) => q.includes('diverge within items'))).toBe(true);
    expect(starterQuestions(lrm).some(isGenericQuestion)).toBe(false);
  });

  it('reads 我们确定……作为…… as what the authors set out to establish, and "……，并显示……", "……，发现……" as their findings (zh 2306.04890, 2304.08637)', () => {
    const market = paper('zaz.1', 'Tatonnement in Homothetic Fisher Markets', '', {
      abstractZh: '消费者理论中的一个对偶概念是买家的希克斯需求。在本文中，我们确定希克斯需求的弹性的绝对值最大值，作为一个经济参数，足以捕捉和解释广泛类市场中收敛和非收敛的涨跌行为。',
    });
    expect(starterQuestions(market, { locale: 'zh-CN' })).toEqual([expect.stringMatching(/^作者这样说明自己的工作：“在本文中，我们确定希克斯需求/)]);
    expect(roleZh('我们讨论和评估了缓解策略，并显示，在评估的模型中，输出的记忆文本率有所降低。')).toBe('claim');
    expect(roleZh('我们使用现成的工具进行分析，发现记忆文本百分比和整体输出质量之间存在相关性。')).toBe('claim');
  });
});

describe('held-out sample BA', () => {
  it('reads a method the translation proposes without naming the authors, or describes as new, as the contribution, never a content-free one (zh 2402.09911, 2401.01160)', () => {
    expect(roleZh('为了解决这些限制，提出了一种结合了伪图生成和原子级知识验证的框架。')).toBe('artefact');
    expect(roleZh('我们描述了一种新的MRI扫描分割方法，使用拓扑数据分析（TDA），相比传统的机器学习方法具有几个优点。')).toBe('artefact');
    expect(roleZh('为解决这些限制，提出了一种混合框架。')).not.toBe('artefact');
    // A method described without "new", or made "by some means", is one too; a comparison study the authors present is not (zh 2403.10332, 2307.08941, 2302.12024).
    expect(roleZh('我们描述了一种用于在分布式存储多处理器上最大化单调子模函数的并行近似算法。')).toBe('artefact');
    expect(roleZh('在本文中，我们研究了多层感知器(MLP)模块中预训练语言模型(PLM)的神经切向核(NTK)，并提出通过NTK近似MLP融合来创建一个轻量级的PLM。')).toBe('artefact');
    expect(roleZh('我们在这里提出了对耦合流和自回归流进行深入比较的研究，包括仿射和有理二次样条类型的四种不同架构。')).not.toBe('artefact');
  });

  it('reads outcomes that "fall short of second-best", after the authors speak, as the paper’s finding (2311.01592)', () => {
    const enclosures = paper(
      'ba.1',
      'A Model of Enclosures: Coordination, Conflict, and Efficiency in the Transformation of Land Property Rights',
      'Using the framework of aggregative games, we examine land-holding regimes where access to land is established via possession and use. While decentralized processes yield efficient enclosure and technological transformation in some circumstances, in others, the outcomes fall short of second-best.',
    );
    expect(starterQuestions(enclosures).some((q) => q.includes('fall short of second-best'))).toBe(true);
  });
});

describe('held-out sample BB', () => {
  it('reads "We address this gap … by investigating …" as what the authors set out to study, and asks it (2307.03667)', () => {
    const surprisal = paper(
      'bb.1',
      'Testing the Predictions of Surprisal Theory in 11 Languages',
      'A fundamental result in psycholinguistics is that less predictable words take a longer time to process. Indeed, no comprehensive multilingual analysis exists. We address this gap in the current literature by investigating the relationship between surprisal and reading times in eleven different languages, distributed across five language families.',
    );
    expect(starterQuestions(surprisal)).toEqual([expect.stringMatching(/^The authors set out their work this way: “We address this gap in the current literature by investigating/)]);
  });

  it('reads what "the proposed procedure" achieves as the paper’s claim, and "Our proposed … mechanism is …" as what it made (2401.15262, 2305.00706)', () => {
    expect(roleEn('Specifically, the proposed procedure could achieve asymptotic unbiasedness and variable-selection consistency.')).not.toBe('other');
    // "the reduced state-space solver" is a solver, not a reduction the method achieved.
    expect(roleEn('The proposed approach uses neural emulators to train an approximation of the reduced state-space solver.')).not.toBe('claim');
    const fsa = paper(
      'bb.2',
      'Full Scaling Automation for Sustainable Development of Green Data Centers',
      'Data centers consume much electricity. Our proposed Full Scaling Automation (FSA) mechanism is an effective method of dynamically adapting resources to accommodate changing workloads in large-scale cloud computing clusters.',
    );
    expect(starterQuestions(fsa).some((q) => q.includes('Our proposed Full Scaling Automation (FSA) mechanism'))).toBe(true);
  });

  it('quotes "因此，我们引入了……" (the connective says who does what), and reads what the authors study or explore as no result (zh 2404.00466, 2212.07356)', () => {
    expect(quotableZh('因此，我们引入了轻量级纵向联邦学习（LVFL）的概念，旨在提高计算和通信效率。')).toBe(true);
    expect(quotableZh('因此，它在所有数据集上都取得了最好的结果。')).toBe(false);
    expect(roleZh('考虑到有限的无线通信资源，我们研究了不同调度策略和聚合设计对收敛性能的影响。')).toBe('setting');
    expect(roleZh('因此，我们探索了一种自指替代方案：预言机报告的不是单一概率，而是一个同时无偏且与学习后果自洽的credal集。')).not.toBe('result');
    // What they show after exploring is still theirs.
    expect(roleZh('我们探索了明确和隐含模型、损失之间的相互作用，并表明使用隐式生成模型和明确损失会产生一种新的荒芜高原现象。')).toBe('claim');
  });
});

describe('read again after BB', () => {
  it('asks a long study sentence what the authors conclude and how well it is supported, where the question stays short enough (2310.19651)', () => {
    const tuning = paper(
      'bb.3',
      'Dynamics of Instruction Tuning',
      'Instruction tuning is a burgeoning method to elicit the general intelligence of Large Language Models (LLMs). To better understand data construction guidelines, our research provides a granular analysis of how data volume, parameter size, and data construction methods influence the development of each underlying ability of LLM, such as creative writing, code generation, and logical reasoning.',
    );
    const asked = starterQuestions(tuning).find((q) => q.includes('our research provides a granular analysis'));
    expect(asked).toMatch(/What do the authors conclude, and how well is it supported\?$|What do they conclude, and how well does the paper support it\?$/);
  });

  it('reads "reducing predictors to …", a method step, as no claim, unlike "reducing the error to 3%" (2403.10567)', () => {
    expect(roleEn('We employed a novel feature engineering strategy, reducing predictors to distance-weighted satellite precipitation at relevant locations.')).not.toBe('claim');
    expect(roleEn('Our method reduces the error to 3% on all datasets.')).toBe('claim');
  });
});

describe('held-out sample BC', () => {
  it('asks a tutorial that "serves as an introduction to …" which of its distinctions are most useful (2309.03873)', () => {
    const tutorial = paper(
      'bc.1',
      'A Tutorial on the Non-Asymptotic Theory of System Identification',
      'This tutorial serves as an introduction to recently developed non-asymptotic methods in the theory of – mainly linear – system identification. We conclude by sketching out how the ideas presented herein can be extended to certain nonlinear identification problems.',
    );
    expect(starterQuestions(tutorial)).toEqual([expect.stringMatching(/“This tutorial serves as an introduction to .*” (?:Which distinctions drawn in this tutorial|How do they organise the field)/)]);
  });
});

describe('held-out sample zh-BC', () => {
  it('asks a universal-approximation result for its assumptions, not what else could explain it (zh 2402.08856, 2305.03890)', () => {
    const relation = paper('zbc.1', 'Approximation of relation functions and attention mechanisms', '', {
      abstractZh: '神经网络特征映射的内积在各种机器学习框架中被用于建模输入之间的关系。本研究探讨了神经网络内积的近似性质。研究结果表明，多层感知机自身的内积是对称正定关系函数的通用逼近器。',
    });
    const asked = starterQuestions(relation, { locale: 'zh-CN' }).find((q) => q.includes('通用逼近器'));
    expect(asked).toBeDefined();
    expect(asked).not.toMatch(/还有什么别的原因能解释这个结果/);
  });
});

describe('held-out sample BD', () => {
  it('asks a result that holds "for all inputs and at all training times" for its assumptions, not what else could explain it (2403.03103)', () => {
    const ensembles = paper(
      'bd.1',
      'Emergent Equivariance in Deep Ensembles',
      'We demonstrate that deep ensembles are secretly equivariant models. More precisely, we show that deep ensembles become equivariant for all inputs and at all training times by simply using data augmentation.',
    );
    const asked = starterQuestions(ensembles).find((q) => q.includes('for all inputs and at all training times'));
    expect(asked).toBeDefined();
    expect(asked).not.toMatch(/What else could explain this result/);
  });

  it('never quotes a translation that lost the other side of a relation ("……的性能与正向相关。"), and asks what is new of "we take a Bayesian perspective and construct …" (zh 2309.16595, 2402.08902)', () => {
    expect(quotableZh('我们的研究结果表明：LLM可以从结构信息中受益，LLM在目标节点上的性能与正向相关。')).toBe(false);
    expect(quotableZh('我们通过可逆网络耦合秘密图像与无关参考图像的潜在表示，实现了更好的隐写。')).toBe(true);
    const games = paper(
      'bd.2',
      'Auto-Encoding Bayesian Inverse Games',
      'Existing maximum likelihood estimation approaches to solve inverse games provide only point estimates of unknown parameters. To address these limitations, we take a Bayesian perspective and construct posterior distributions of game parameters.',
    );
    expect(starterQuestions(games).some((q) => q.includes('we take a Bayesian perspective') && /What is new here/.test(q))).toBe(true);
  });
});

describe('held-out sample BE', () => {
  it('asks "we elaborate on the argument that …" what supports it, as the authors’ claim (2402.05969)', () => {
    const symmetry = paper(
      'be.1',
      'Breaking Symmetry When Training Transformers',
      'Recently, it has been shown that one can train Transformers without positional encodings. In this paper, we elaborate on the argument that the causal connection mechanism must be responsible for the fact that Transformers are able to model input sequences where the order is important.',
    );
    expect(starterQuestions(symmetry).some((q) => q.includes('we elaborate on the argument that') && /supports? (?:this|it)/.test(q))).toBe(true);
  });
});

describe('held-out sample BF', () => {
  it('asks what "This study delves into … and introduces …" concludes (2401.09671)', () => {
    const udt = paper(
      'bf.1',
      'Towards Identifiable Unsupervised Domain Translation',
      'The translation functions are often sought by probability distribution matching of the transformed source domain and target domain. This study delves into the core identifiability inquiry and introduces an MPA elimination theory.',
    );
    expect(starterQuestions(udt)).toEqual([expect.stringMatching(/^The authors set out their work this way: “This study delves into the core identifiability inquiry/)]);
  });

  it('never asks who took part when the "user study" was run with synthetic profiles, what is new of a review’s scope, or what else explains a translator’s guess at a cut finding (zh 2311.04928, 2401.05683, 2402.06783)', () => {
    const meetings = paper('zbf.1', 'Leveraging Large Language Models for Collective Decision-Making', '', {
      abstractZh: '我们提出了一种利用大型语言模型（LLM）来促进群体决策的系统。我们利用LLM创建了合成员工配置文件，并模拟了大规模的对话，通过利用LLM评估系统表现来作为开展用户研究的新方法。',
    });
    expect(starterQuestions(meetings, { locale: 'zh-CN' }).join('\n')).not.toMatch(/参与者具体是谁/);
    const review = paper('zbf.2', 'Deep Learning Meets Mechanism Design: Key Results and Some Novel Applications', '', {
      abstractZh: '机制设计本质上是对游戏的逆向工程。在本文中，我们从相关文献中介绍了技术细节。',
    });
    expect(starterQuestions(review, { locale: 'zh-CN' }).join('\n')).not.toMatch(/从相关文献中介绍了技术细节/);
    const l2t = paper(
      'zbf.3',
      'Learn to Teach',
      'In this work, we extend the teacher-student learning paradigm by proposing a sample efficient learning framework termed Learn to Teach (L2T) that recycles experience collected by the teacher agent. We observe that the dynamics of the environments for both',
      {
        abstractTruncated: true,
        abstractZh:
          '在这项工作中，我们通过提出一个名为学习教学（L2T）的样本效率学习框架来扩展教师-学生学习范式，该框架可以回收教师智能体收集的经验。我们观察到，对于一对教师-学生智能体，环境的动态特性对两者都有重要影响。',
      },
    );
    expect(starterQuestions(l2t, { locale: 'zh-CN' }).join('\n')).not.toMatch(/环境的动态特性对两者都有重要影响/);
  });
});

describe('read next to their source after BF (an editor’s reading of unjudged papers of BF)', () => {
  it('introduces a method the authors propose as how they describe their work, never as "the paper’s central claim" (论文的核心主张)', () => {
    const pf = paper('rbf.1', 'Permute-and-Flip: An optimally robust and watermarkable decoder for LLMs', '', {
      abstractZh: '解码方法决定了语言模型生成文本的质量。在本文中，我们提出了一种名为Permute-and-Flip（PF）解码器的新解码方法。',
    });
    const asked = starterQuestions(pf, { locale: 'zh-CN' }).find((q) => q.includes('Permute-and-Flip（PF）解码器'));
    expect(asked).toMatch(/^作者这样(?:描述自己的工作|概括自己的贡献)：/);
    expect(starterQuestions(pf, { locale: 'zh-CN' }).join('\n')).not.toMatch(/论文的核心主张是/);
  });
});

describe('held-out sample BG', () => {
  it('never asks who took part in a within-subjects design whose subjects are LLM agents (zh 2305.07970)', () => {
    const dilemma = paper('zbg.1', 'Can Large Language Models Serve as Rational Players in Game Theory?', '', {
      abstractZh:
        '本研究探讨了大型语言模型实现合作、竞争、利他和自私行为的自然语言描述在社会困境下的能力。使用被试内实验设计，我们运用不同的提示信息实例化由LLM生成的智能体，表达不同的合作和竞争立场。我们评估了智能体在迭代囚徒困境中的合作水平。',
    });
    expect(starterQuestions(dilemma, { locale: 'zh-CN' }).join('\n')).not.toMatch(/参与者|招募/);
    // A within-subjects design with people is still a study with people.
    const people = paper('zbg.2', 'Reading Speed and Font Size', '', {
      abstractZh: '使用被试内实验设计，我们让48名被试在三种字号下阅读同一组段落。结果表明，较大的字号显著提高了老年读者的阅读速度。',
    });
    expect(starterQuestions(people, { locale: 'zh-CN' }).join('\n')).toMatch(/参与者|招募|被试/);
  });
});

describe('held-out sample BH', () => {
  it('never quotes the translation of a finding the digest cut before its object (zh 2211.07866)', () => {
    const network = paper(
      'zbh.1',
      'Efficient Estimation for Longitudinal Networks via Adaptive Merging',
      'In this paper, we propose an efficient estimation framework for longitudinal network, leveraging strengths of adaptive network merging, tensor decomposition and point process. A thorough analysis is conducted to quantify the asymptotic behavior of the proposed method, which shows that it can significantly reduce the',
      {
        abstractTruncated: true,
        abstractZh: '本文提出了一个有效的纵向网络估计框架，利用自适应网络合并、张量分解和点过程的优势。进行了彻底的分析，以量化所提出方法的渐近行为，结果表明它可以显着减少估计偏差。',
      },
    );
    const asked = starterQuestions(network, { locale: 'zh-CN' }).join('\n');
    expect(asked).toMatch(/本文提出了一个有效的纵向网络估计框架/);
    expect(asked).not.toMatch(/显着减少估计偏差/);
    // Cut after the object ("… reduce the estimation variance by half, and"), the finding is the paper's.
    const whole = { ...network, abstract: network.abstract!.replace(/reduce the$/, 'reduce the estimation variance by half, and') };
    expect(starterQuestions(whole, { locale: 'zh-CN' }).join('\n')).toMatch(/显着减少估计偏差/);
  });

  it('reads a sentence about the paper’s focus that defines a term of the field as no new notion (2403.03007)', () => {
    expect(roleZh('本文的重点是针对GLMM的可扩展统计推断，我们将统计推断定义为：（i）对总体参数的估计以及（ii）在存在不确定性的情况下评估科学假设。')).not.toBe('definition');
    expect(
      roleEn(
        'The focus of this paper is scalable statistical inference for the GLMM, where we define statistical inference as: (i) estimation of population parameters, and (ii) evaluation of scientific hypotheses in the presence of uncertainty.',
      ),
    ).not.toBe('definition');
    expect(roleZh('我们将这种现象定义为推理漂移，并给出了度量它的方法。')).toBe('definition');
  });

  it('asks whether a translated premise is the real obstacle only where it pairs with its English sentence (zh 2404.01620)', () => {
    const english =
      'Large AI models trained on audio data may have the potential to rapidly classify patients. Existing technologies depend on limited datasets using expensive recording equipment in high-income, English-speaking countries. This challenges deployment in resource-constrained, high-volume settings where audio data may have a profound impact. This report introduces a novel data type and a corresponding collection system that captures health data through guided questions.';
    // The translation runs the second and third sentences into one, and renders "high-volume" as 高收入.
    const merged = paper('zbh.2', 'Voice EHR', english, {
      abstractZh:
        '在音频数据上训练的大型AI模型可能具有快速分类患者的潜力。现有技术依赖于在高收入、英语国家使用昂贵记录设备的有限数据集，这种技术面临资源受限、高收入场所的部署挑战，音频数据可能具有深远影响。本报告介绍了一种新的数据类型和相应的收集系统，通过引导问题捕获健康数据。',
    });
    expect(starterQuestions(merged, { locale: 'zh-CN' }).join('\n')).not.toMatch(/高收入场所/);
    // One for one, the same premise is asked about.
    const paired = {
      ...merged,
      abstractZh:
        '在音频数据上训练的大型AI模型可能具有快速分类患者的潜力。现有技术依赖于在高收入、英语国家使用昂贵记录设备的有限数据集。这给资源受限、高流量场所的部署带来了挑战，而音频数据在这些场所可能产生深远影响。本报告介绍了一种新的数据类型和相应的收集系统，通过引导问题捕获健康数据。',
    };
    expect(starterQuestions(paired, { locale: 'zh-CN' }).join('\n')).toMatch(/^论文的出发点是：“(?:现有技术依赖于|这给资源受限)/m);
  });

  it('never asks "have we run into this ourselves" (none of 19 judged in English, 3 of 12 in Chinese, worth asking)', () => {
    const english = paper(
      'zbh.3',
      'Fast Retrieval',
      'Retrieval-augmented generation needs fast search over large corpora. However, existing dense retrieval methods are slow and expensive in practice, because they scan the whole index for every query. We propose FastIdx, an index that answers queries in constant time. Experiments on three benchmarks show that FastIdx is ten times faster than FAISS at the same recall.',
    );
    const chinese = paper('zbh.4', 'Fast Retrieval', '', {
      abstractZh: '在实践中，现有的稠密检索方法既慢又昂贵，难以扩展到大型语料库。我们提出了FastIdx，一种能在常数时间内回答查询的索引。',
    });
    // The premise, a cost users of the methods meet, is asked about on every seed, and always as an obstacle.
    for (let i = 0; i < 20; i++) {
      const en = starterQuestions({ ...english, id: `zbh.3.${i}` });
      expect(en.some((q) => q.startsWith('The paper starts from this: “However, existing dense retrieval methods are slow'))).toBe(true);
      expect(en.join('\n')).not.toMatch(/run into this/);
      const zh = starterQuestions({ ...chinese, id: `zbh.4.${i}` }, { locale: 'zh-CN' });
      expect(zh.some((q) => q.startsWith('论文的出发点是：“在实践中'))).toBe(true);
      expect(zh.join('\n')).not.toMatch(/我们自己遇到过/);
    }
  });
});

describe('held-out sample BI', () => {
  it('never asks who took part in a sentence that argues what an experiment must give its participants (2401.15106)', () => {
    const decisions = paper(
      'bi.1',
      'Decision Theoretic Foundations for Experiments Evaluating Human Decisions',
      'How well people use information displays to make decisions is of primary interest in human-centered AI. We argue that to attribute loss in human performance to forms of bias, an experiment must provide participants with the information that a rational agent would need to identify the normative decision. We evaluate a sample of 35 published studies that frame their results as evidence of bias.',
    );
    expect(starterQuestions(decisions).join('\n')).not.toMatch(/Who exactly took part/);
    // Participants the authors asked themselves are still asked about.
    const apples = paper(
      'bi.2',
      'When to Call an Apple Red',
      'Using GCA, we ask both VLMs and human participants to state a threshold rule: the share of an object’s pixels that must be a given color for the object to receive that color label. We find that humans follow their stated rules while VLMs do not.',
    );
    expect(starterQuestions(apples).join('\n')).toMatch(/Who exactly took part/);
  });

  it('reads the datasets an evaluation paper selects as its design, after "Firstly, to offer …," (2306.09841, only a generic question in BI)', () => {
    expect(
      roleEn(
        'Firstly, to offer systematic evaluations, this paper selects fifteen typical logical reasoning datasets and organizes them into deductive, inductive, abductive and mixed-form reasoning settings.',
      ),
    ).toBe('design');
    expect(roleEn('We select the best model by validation loss.')).not.toBe('design');
  });

  it('reads "our analyses reveal distinct insights about …, with meaningful implications for …" as no result (2403.15163)', () => {
    expect(roleEn('Although conceptually related, our three analyses reveal distinct insights about financial markets, with meaningful implications for investment managers.')).toBe('other');
    expect(roleEn('Our analyses reveal that sector rotations precede volatility spikes by two weeks.')).not.toBe('other');
  });
});

describe('held-out sample BJ', () => {
  it('never asks about the baselines of a result that only uses state-of-the-art techniques (2310.04266)', () => {
    const drift = paper(
      'bj.1',
      'DRIFT: Deep Reinforcement Learning for Intelligent Floating Platforms Trajectories',
      'This investigation introduces a novel deep reinforcement learning-based suite to control floating platforms in both simulated and real-world environments. Leveraging state-of-the-art deep reinforcement learning techniques, our suite achieves robustness, adaptability, and good transferability from simulation to reality.',
      { abstractZh: '本研究介绍了一种基于深度强化学习的新型套件，用于控制模拟和真实环境中的浮动平台。利用最先进的深度强化学习技术，我们的套件实现了稳健性、适应性和从模拟到现实的良好可传递性。' },
    );
    expect(starterQuestions(drift).join('\n')).not.toMatch(/baselines/);
    expect(starterQuestions(drift, { locale: 'zh-CN' }).join('\n')).not.toMatch(/基线/);
    // A result that beats the state of the art is still asked about its baselines.
    const beats = paper('bj.2', 'A title', 'We propose X-Net for retrieval. Experiments show that X-Net outperforms state-of-the-art retrievers on three benchmarks.');
    expect(starterQuestions(beats).join('\n')).toMatch(/baselines/);
  });
});

describe('held-out sample BK', () => {
  it('never asks who took part in a background line about experiments in general (2308.00957)', () => {
    const clusterDp = paper(
      'bk.1',
      'Cluster-DP: Estimating Causal Effects under Differential Privacy',
      'Estimating causal effects from randomized experiments is only feasible if participants agree to reveal their potentially sensitive responses. Many differentially private mechanisms inject noise into the original data-set to achieve this privacy guarantee, which increases the variance of most statistical estimators.',
    );
    expect(starterQuestions(clusterDp).join('\n')).not.toMatch(/Who exactly took part/);
    // The authors' own experiment with participants is still asked about.
    const own = paper(
      'bk.2',
      'A title',
      'We ran randomized experiments in which participants agreed to reveal their sensitive responses under label differential privacy. Participants shared more often when told about the privacy guarantee.',
    );
    expect(starterQuestions(own).join('\n')).toMatch(/Who exactly took part/);
  });
});

describe('held-out sample BL', () => {
  it('reads "It is shown that …" as the paper’s own finding in the impersonal voice (2403.08678, only a generic question in BL)', () => {
    expect(roleEn('It is shown that the rotation cycle length maximizing the return rate on equity is independent of market interest rate.')).toBe('claim');
    expect(roleEn('It is demonstrated that training the two components separately is necessary to minimize the propagation of bias.')).toBe('claim');
    expect(roleEn('It is known that the rotation cycle length depends on the interest rate.')).not.toBe('claim');
  });
});

describe('held-out sample BM', () => {
  it('never asks for the evidence of a background line the abstract turns against afterwards (2311.06835)', () => {
    const gad = paper(
      'bm.1',
      'Open-Set Graph Anomaly Detection via Normal Structure Regularisation',
      'This paper considers an important Graph Anomaly Detection (GAD) task, namely open-set GAD, which aims to detect anomalous nodes using a small number of labelled training normal and anomaly nodes. The availability of that labelled data provides crucial prior knowledge about abnormalities for GAD models, enabling substantially reduced detection errors. However, current methods tend to over-emphasise fitting the seen anomalies, leading to a weak generalisation ability to detect unseen anomalies.',
    );
    expect(starterQuestions(gad).join('\n')).not.toMatch(/enabling substantially reduced detection errors/);
    // After the turn, the same kind of sentence is the paper's own finding.
    const after = paper(
      'bm.2',
      'A title',
      'This paper considers open-set graph anomaly detection. However, current methods over-fit the seen anomalies. Regularising the normal structure yields substantially reduced detection errors on unseen anomalies.',
    );
    expect(starterQuestions(after).join('\n')).toMatch(/Regularising the normal structure yields substantially reduced detection errors/);
  });
});

describe('held-out sample zh-BM', () => {
  it('reads a field’s progress that mentions what old methods rely on as no problem (2403.13291)', () => {
    expect(roleZh('随着预训练语言模型的发展，稠密检索模型已成为传统依赖精确匹配和稀疏词袋表示的检索模型的有希望的替代方案。')).not.toBe('problem');
    expect(roleZh('基于记忆的替代方案保留过往经验，但依赖测试时的检索，而不更新策略以吸收这些经验中的可复用模式。')).not.toBe('other');
    expect(roleZh('然而，现有的检索模型依赖精确匹配，无法处理同义词。')).toBe('problem');
  });

  it('never quotes a translator’s empty ending of an apposition the digest cut ("……，这是一种方法。", 2210.04688)', () => {
    const baffle = paper(
      'zbm.1',
      'BAFFLE: Hiding Backdoors in Offline Reinforcement Learning Datasets',
      'This paper focuses on backdoor attacks, where some perturbations are added to the data (observations) such that the agent takes high-rewarding actions on normal observations. In this paper, we propose BAFFLE (Backdoor Attack for Offline Reinforcement Learning), an approach tha',
      {
        abstractTruncated: true,
        abstractZh:
          '本文关注后门攻击，其中一些扰动被添加到数据（观测值）中，使得在给定正常观测值的情况下，智能体采取高奖励的动作。在本文中，我们提出了BAFFLE（离线增强学习中的后门攻击），这是一种方法。',
      },
    );
    expect(starterQuestions(baffle, { locale: 'zh-CN' }).join('\n')).not.toMatch(/这是一种方法/);
  });
});

describe('held-out sample BN', () => {
  it('reads what the authors want to achieve as no claim, and a notion they use as none of theirs (2301.13734)', () => {
    expect(
      roleEn('When online samples are expensive, e.g., online recommendations and inventory management, we want to reduce the number of online samples while achieving the same estimate accuracy.'),
    ).toBe('other');
    expect(roleEn('To this end, we use off-policy MC methods that evaluate the interested policy by running a different policy called behavior policy.')).not.toBe('definition');
    // What they show they achieved, and a notion they name themselves, still are.
    expect(roleEn('We show that we can reduce the number of online samples by half while achieving the same estimate accuracy.')).not.toBe('other');
    expect(roleEn('We term this property separation capacity and show that it governs generalization.')).toBe('definition');
  });
});

describe('held-out sample BO', () => {
  it('asks an aim to assess whether … as the paper’s question, never for its evidence (2309.06490)', () => {
    expect(roleEn('We aim to assess whether ChatGPT can match specialized models and approximate human performance, thereby reducing the cost of behavior detection tasks.')).toBe('question');
    expect(roleEn('We aim to reduce the cost of behavior detection by fine-tuning a small model.')).not.toBe('question');
  });

  it('reads data that is readily available as an opportunity, not an obstacle (2309.07113)', () => {
    expect(roleEn('On the other hand, terabytes of training data – while lacking reliable annotations – are readily available in the public domain in some cases.')).toBe('background');
    // Data that is not available, or assumed to be, is still a problem.
    expect(
      roleEn(
        'However, most of the existing research efforts assume that all modalities are available during both training and testing, making their algorithms susceptible to the missing modality scenario.',
      ),
    ).toBe('problem');
  });

  it('never asks about a digest summary that only says why the field matters (zh 2403.12176)', () => {
    const driving = paper('zbo.1', 'Safety Implications of Explainable Artificial Intelligence in End-to-End Autonomous Driving', '', {
      summaryZh: '自动驾驶中可解释人工智能的安全影响对于确保车辆自动化安全至关重要，但当前研究中安全性和可解释性方面往往被分开研究。',
      abstractZh: '末端到末端学习管道正在逐渐改变高度自主车辆的持续发展。在本文中，我们旨在弥合这一差距',
    });
    expect(starterQuestions(driving, { locale: 'zh-CN' }).join('\n')).not.toMatch(/日报对这篇论文的一句话概括是/);
    // A summary that says what the paper does is still asked about.
    const does = { ...driving, summaryZh: '本文提出了一种可解释的端到端自动驾驶框架，并证明它在三个基准上把事故率降低了一半。' };
    expect(starterQuestions(does, { locale: 'zh-CN' }).join('\n')).toMatch(/日报对这篇论文的一句话概括是/);
  });
});

describe('read next to their source after BO (unjudged papers of BK)', () => {
  it('reads "Our … findings reflect …" as the paper’s finding, not as what it made (2403.13106)', () => {
    expect(roleEn('Our speech model findings reflect the phonetic principal that the openness of the oral cavity determines how much a phoneme varies based on its context.')).toBe('claim');
  });
});

describe('the clear-claim papers that samples BK–BO left with no usable question', () => {
  const afsd = paper(
    'ucbk.1',
    'Supervised Machine Learning and Physics based Machine Learning approach for prediction of peak temperature distribution in Additive Friction Stir Deposition of Aluminium Alloy',
    'Additive friction stir deposition (AFSD) is a novel solid-state additive manufacturing technique that circumvents issues of porosity, cracking, and properties anisotropy that plague traditional powder bed fusion and directed energy deposition approaches. However, correlations between process parameters, thermal profiles, and resulting microstructure in AFSD remain poorly understood. This hinders process optimization for properties. This work employs a cutting-edge framework combining supervised machine learning (SML) and physics-informed neural networks (PINNs) to predict peak temperature distribution in AFSD from process parameters. Eight regression algorithms were implemented for SML modeling, while four PINNs leveraged governing equations for transport, wave propagation, heat transfer, and quantum mechanics. Across multiple statistical measures, ensemble techniques like gradient boosting proved superior for SML, with lowest MSE of 165.78. The integrated ML approach was also applied',
    {
      abstractTruncated: true,
      abstractZh:
        '增材搅拌摩擦沉积（AFSD）是一种新型的固态增材制造技术，它解决了传统粉末床熔炼和定向能量沉积方法中存在的孔隙率、开裂和性能各向异性等问题。然而，AFSD中的工艺参数、热量分布和得到的显微结构之间的相关性仍然不够清楚，这妨碍了性能的工艺优化。本研究运用了一种先进的框架，将监督机器学习（SML）和基于物理的神经网络（PINNs）相结合，以从工艺参数预测AFSD中的峰值温度分布。对于SML建模，使用了八种回归算法，而对于PINNs，使用了运输、波传播、热传导和量子力学的控制方程。在多个统计指标上，集成的机器学习方法表现出了较好的性能，梯度提升法是最佳的SML方法，最低的均方误差为165.78。',
    },
  );

  it('asks about a result that "proved superior" after the authors say what their work does (2309.06838)', () => {
    expect(starterQuestions(afsd).join('\n')).toMatch(/“Across multiple statistical measures, ensemble techniques like gradient boosting proved superior/);
  });

  it('lends the English reading of a result to the Chinese sentence that translates it, where the Chinese reader finds nothing the authors claim (zh 2608.18798)', () => {
    const plurality = paper(
      'ucbk.5',
      'Characterizing the Plurality Rule via Clone Invariance',
      'The Plurality rule is vulnerable to vote splitting between similar alternatives. Defying conventional wisdom, we characterize the Plurality rule through a specific type of clone independence condition. We further introduce the notion of a one-parameter family of $p$-Clone Resistance ($p$-CR), and examine the property within the class of scoring rules. For $p \\in (0,1)$, nontrivial rules exist with at most three alternatives, but only the Trivial rule generally satisfies the condition.',
      {
        abstractZh:
          '多数规则在相似备选方案之间容易受到选票分裂的影响。与传统观念相反，我们通过一种特定类型的克隆独立性条件来刻画多数规则。我们进一步引入了单参数族 $p$-克隆抵抗（$p$-CR）的概念，并在计分规则类别内考察该性质。对于 $p \\in (0,1)$，在至多三个备选方案的情况下存在非平凡规则，但只有平凡规则一般性地满足该条件。',
      },
    );
    expect(starterQuestions(plurality, { locale: 'zh-CN' }).join('\n')).toMatch(/“与传统观念相反，我们通过一种特定类型的克隆独立性条件来刻画多数规则。”/);
    // Where the Chinese reader finds what the authors claim or make, its own reading stays: nothing is borrowed.
    const own = { ...plurality, abstractZh: `我们发现，${plurality.abstractZh!}` };
    expect(readPaper(own).zh.roles.find((entry) => entry.text.startsWith('与传统观念相反'))?.role).toBe('other');
  });

  it('asks about the premise that closes an abstract the digest cut before the authors speak (2304.04374)', () => {
    const proxies = paper(
      'ucbk.2',
      'Partial Identification of Causal Effects Using Proxy Variables',
      'Proximal causal inference is a recently proposed framework for evaluating the causal effect of a treatment on an outcome variable in the presence of unmeasured confounding (Miao et al., 2018a; Tchetgen Tchetgen et al., 2020). For nonparametric point identification, the framework leverages proxy variables of unobserved confounders, provided that such proxies are sufficiently relevant for the latter, a requirement that has previously been formalized as a completeness condition. Completeness is key to connecting the observed proxy data to hidden factors via a so-called confounding bridge function, identification of which is an important step towards proxy-based point identification of causal effects. However, completeness is well-known not to be empirically testable, therefore potentially restricting the application of the proximal causal framework. In this paper, we propose partial identification methods that do not require completeness and obviate the need for identification of a bridge',
      { abstractTruncated: true },
    );
    expect(starterQuestions(proxies).join('\n')).toMatch(/The paper starts from this: “However, completeness is well-known not to be empirically testable/);
    // Once the authors have spoken, what follows may be their result ("…, whereas action disagreement attains AUROC 0.496"): never a premise.
    const probe = paper(
      'ucbk.3',
      'Early Warning Signals for OpenVLA Failure under Visual Distribution Shift',
      'Visual shifts can cause a vision-language-action policy to fail after initially plausible behavior. We ask whether OpenVLA’s internal activations contain signals associated with the steps before failure. We freeze the policy, record one MLP activation per LIBERO-10 step, and fit two linear monitors. Within failed matched-reset trajectories, a layer-16 logistic probe attains AUROC 0.972 and AUPRC 0.352, whereas action disagreement attains AUROC 0.496. Without refitting, the occlusion-trained probe reaches AUROC 0.689 on failed camera-jitter episodes. In a calibration check, however, the same layer-16 monitor averages 3.32 warning onsets per clean',
      { abstractTruncated: true },
    );
    expect(starterQuestions(probe).join('\n')).not.toMatch(/The paper starts from this: “Within failed/);
  });

  it('reads a theory paper’s guarantees as its result, and "empirical risk" as no experiment (2401.17909)', () => {
    expect(roleEn('We establish regret and consistency guarantees for empirical success policies with data-driven tuning parameters, and provide numerical results.')).toBe('result');
    expect(roleEn('We establish finite-sample guarantees in both settings.')).toBe('result');
    // One guarantee named in passing is no result of the sentence's own.
    expect(roleEn('We study surrogates that retain strict consistency bounds, the strongest known form of consistency guarantee.')).not.toBe('result');
  });

  it('reads what the authors document, and "the central finding is …", as their claim (2309.06711, 2606.05605)', () => {
    expect(roleEn('Specifically, we document a sharp local maximum of the cross-correlation function of returns on the Euro EUR/USD and Bitcoin BTC/USD pairs as a function of the horizon.')).toBe(
      'claim',
    );
    expect(roleEn('The central finding is the encoding gap: a system can perfectly compensate for its own actions in prediction while failing to encode "I am acting" as a readable state.')).toBe(
      'claim',
    );
    expect(roleEn('Our claim is direct: no agent system can be accountable without auditability.')).toBe('claim');
  });

  it('reads experiments that affirm, and a study "proving that …", as the paper’s claim (2403.12984)', () => {
    expect(roleEn('Our experiments affirm the possibility with very competitive scores.')).toBe('claim');
    expect(
      roleEn(
        'The study explores the notion of viewing each atom and bond as sentence components, employing basic NLP methods to categorize drug types, proving that complex problems can also be solved with simpler perspectives.',
      ),
    ).toBe('claim');
    // The study of a field proves nothing of this paper's.
    expect(roleEn('The study of molecules as sentences has a long history, proving that chemists read SMILES as text.')).not.toBe('claim');
  });

  it('reads "macro F1" as a measure, so a figure in it is asked about (2309.06844)', () => {
    const ensemble = paper(
      'ucbk.4',
      'Gpachov at CheckThat! 2023: A Diverse Multi-Approach Ensemble for Subjectivity Detection in News Articles',
      'This paper presents the solution built by the Gpachov team for the CLEF-2023 CheckThat! lab Task 2 on subjectivity detection. Three different research directions are explored. Finally, the three approaches are combined in a simple majority voting ensemble, resulting in 0.77 macro F1 on the test set and achieving 2nd place on the English subtask.',
    );
    expect(starterQuestions(ensemble).join('\n')).toMatch(/0\.77 macro F1/);
  });

  it('reads "In this paper, X was found to …" as the paper’s finding (2308.06851)', () => {
    expect(
      roleEn(
        'In this paper, the statistical metric ORTG (Offensive Rating, developed by Dean Oliver) was found to have correlation with different NBA playtypes using both a linear regression model and a neural network regression model.',
      ),
    ).toBe('claim');
    expect(roleZh('在本文中，统计指标ORTG（Dean Oliver开发的进攻评分）发现与不同的NBA比赛类型存在相关性，通过使用线性回归方法进行建模。')).toBe('claim');
    // Where the paper's own finding is not what the sentence says, it stays what it is.
    expect(roleZh('在本文中，我们关注在线学习中的遗憾。')).not.toBe('claim');
  });

  it('reads "the result of this work is a list of …" as what the authors made (2309.06888)', () => {
    expect(roleEn('The result of this work is a comprehensive list of 95 standalone OWL reasoners and systems using an OWL reasoner.')).toBe('made');
    expect(roleZh('该研究的结果是一个包含95个独立的OWL推理器和使用OWL推理器的系统的全面列表。')).toBe('made');
  });
});

describe('English misreadings the Chinese questions would have borrowed (read next to their source)', () => {
  it('never reads a proposal the paper denies as what it proposes (2608.11212)', () => {
    expect(roleEn('This paper proposes no new mitigation; it supplies a causal apparatus, empirical findings, and a detection-limit result.')).not.toBe('artefact');
    expect(roleEn('We do not propose a new architecture; we measure how existing ones fail.')).not.toBe('artefact');
    expect(roleZh('本文未提出新的缓解措施；它提供了因果工具、实证发现和检测极限结果。')).not.toBe('artefact');
  });

  it('reads an aim before "we focus on …" as no result (2403.11345)', () => {
    const role = roleEn('To develop an RL method that provably achieves a Nash equilibrium, we focus on a linear-quadratic structure.');
    expect(['claim', 'result']).not.toContain(role);
  });

  it('reads dimensions "that characterize" a loop, and patterns established from runs, as no theorem (2608.12355, 2306.07951)', () => {
    expect(roleEn('We identify four core interaction-level dimensions that characterize the human-agent task-solving loop: task alignment, verifiability, steerability, and adaptability.')).not.toBe(
      'result',
    );
    expect(roleEn('Evaluating more than a dozen different models hundreds of thousands of times each on questions from the ACS, we systematically establish two dominant patterns.')).not.toBe(
      'result',
    );
    // The authors characterizing something is still a result.
    expect(roleEn('We characterize the Nash equilibrium of the game under a standard invertibility condition.')).toBe('result');
  });

  it('reads "We validate on …" as where the method was tried, not a claim (2608.00675)', () => {
    expect(roleEn('We validate on compressible magnetohydrodynamics (MHD), an astrophysical turbulent radiative mixing layer, and natural face videos (CelebV-HQ).')).toBe('design');
    expect(roleEn('We validate that the estimator is unbiased on three real datasets.')).not.toBe('design');
  });

  it('reads 重新定义为 (recast as) as no new notion (zh 2608.13800)', () => {
    expect(roleZh('本研究将基于呼吸信号（RESP）的识别重新定义为一个联合预测与解释问题。')).not.toBe('definition');
    expect(roleZh('我们将这种现象定义为“语义漂移”。')).toBe('definition');
  });
});

describe('held-out sample BP', () => {
  it('asks a claim of parity for its evidence, not whether its ranking would hold or which assumption drives it (2403.13150)', () => {
    const survival = paper(
      'ubp.1',
      'Training Survival Models using Scoring Rules',
      'Survival Analysis provides critical insights for partially incomplete time-to-event data in various domains. It is also an important example of probabilistic machine learning. The probabilistic nature of the predictions can be exploited by using (proper) scoring rules in the model fitting process instead of likelihood-based optimization. Our proposal does so in a generic manner and can be used for a variety of model classes. We establish different parametric and non-parametric sub-frameworks that allow different degrees of flexibility. Incorporated into neural networks, it leads to a computationally efficient and scalable optimization routine, yielding state-of-the-art predictive performance. Finally, we show that using our framework, we can recover various parametric models and demonstrate that optimization works equally well when compared to likelihood-based methods.',
    );
    const questions = starterQuestions(survival).join('\n');
    expect(questions).toMatch(/“Finally, we show that using our framework, we can recover various parametric models/);
    expect(questions).not.toMatch(/Were the baselines given the same data|Which assumption of the model drives this/);
    // A claim to beat other methods is still asked about its baselines.
    const beats = { ...survival, abstract: survival.abstract!.replace('works equally well when compared to', 'outperforms') };
    expect(starterQuestions(beats).join('\n')).toMatch(/Were the baselines given the same data/);
  });

  it('reads experiments run on state-of-the-art models as what was run, not what was beaten (2403.13293)', () => {
    const autobuild = paper(
      'ubp.2',
      'Building Optimal Neural Architectures using Interpretable Knowledge',
      'Neural Architecture Search is a costly practice. In this paper, we propose AutoBuild, a scheme which learns to align the latent embeddings of operations and architecture modules with the ground-truth performance of the architectures they appear in. Through experiments performed on state-of-the-art image classification, segmentation, and Stable Diffusion models, we show that by mining a relatively small set of evaluated architectures, AutoBuild can learn to build high-quality architectures.',
      {
        abstractZh:
          '神经架构搜索是一项代价高昂的实践。在本文中，我们提出AutoBuild，一个方案，它学习将操作和架构模块的潜在嵌入与它们所出现的架构的实际性能进行对齐。通过在最先进的图像分类、分割和稳定扩散模型上进行的实验，我们展示了通过挖掘一个相对较小的评估架构集，AutoBuild可以学会构建高质量的神经架构。',
      },
    );
    expect(starterQuestions(autobuild).join('\n')).not.toMatch(/Were the baselines given the same data/);
    expect(starterQuestions(autobuild, { locale: 'zh-CN' }).join('\n')).not.toMatch(/基线是否用了同样的数据/);
  });

  it('refuses a translation that turns "underrepresented" into 代表性 (zh 2309.06807)', () => {
    const en = 'We adapt an implicit bias mitigation method which leverages Bayesian epistemic uncertainties during training to encourage the model to focus on underrepresented sample regions.';
    expect(translationProblem('我们采用一种隐式偏差减轻方法，利用贝叶斯认识不确定性，在训练过程中鼓励模型专注于代表性样本区域。', en)).toBe('negation-lost');
    expect(translationProblem('我们采用一种隐式偏差减轻方法，利用贝叶斯认识不确定性，在训练过程中鼓励模型专注于代表性不足的样本区域。', en)).toBeUndefined();
  });

  it('reads a dataset whose name holds an ampersand as the paper’s resource, not a method that could fail (zh 2309.13243)', () => {
    const chedder = paper(
      'ubp.3',
      'ChEDDAR: Student-ChatGPT Dialogue in EFL Writing Education',
      "The integration of generative AI in education is expanding. In this study, we present ChEDDAR, ChatGPT & EFL Learner's Dialogue Dataset As Revising an essay, which is collected from a semester-long longitudinal experiment involving 212 college students enrolled in English as Foreign Langauge (EFL) writing courses.",
    );
    expect(readPaper(chedder).kind).toBe('benchmark');
    expect(starterQuestions(chedder, { locale: 'zh-CN' }).join('\n')).not.toMatch(/在什么条件下可能失效/);
  });

  it('quotes "因此，在此调查中，我们……" and "本研究研究了……": who does what, not a pointer back or a doubled word (zh 2402.09283, 2309.06923)', () => {
    expect(quotableZh('因此，在此调查中，我们提供了最近研究的全面概述，涵盖了LLM对话安全性的三个关键方面：攻击、防御和评估。')).toBe(true);
    expect(quotableZh('本研究研究了输入大小是否是一个限制因素。')).toBe(true);
    // A connective before anything else still points back, and a doubled word is still a typo.
    expect(quotableZh('因此，在此情况下，它们的性能会下降很多。')).toBe(false);
    expect(quotableZh('我们为众包配送配送支付设计了一种新的机制。')).toBe(false);
    // What the study showed, after what it asked, is its claim.
    expect(roleZh('本研究研究了输入大小是否是一个限制因素，并展示了使用Big Bird嵌入训练的分类器在Reddit-L2数据集上相对于语言特征工程模型取得了显著的优势。')).toBe('claim');
  });

  it('reads "The current work … shows that …" and 实验结果……展现出了最先进的…… as the paper’s claim (2309.06923, zh 2208.08464)', () => {
    expect(
      roleEn(
        'The current work investigates if input size is a limiting factor, and shows that classifiers trained using Big Bird embeddings outperform linguistic feature engineering models by a large margin on the Reddit-L2 dataset.',
      ),
    ).toBe('claim');
    expect(roleZh('我们的实验结果在图像数据集和文本数据集上展现出了最先进的标签错误检测性能。')).toBe('claim');
  });
});

describe('held-out sample BQ', () => {
  it('never asks what earlier methods do well as the obstacle (2401.00420)', () => {
    expect(roleEn('Even without human annotations, which may be expensive to acquire, prior methods function reasonably well using unlabeled images for training.')).not.toBe('problem');
    // What they do well before a turn to where they fail is still the problem.
    expect(roleEn('Existing methods work well on clean data but fail under distribution shift.')).toBe('problem');
  });

  it('reads "that we would like to represent" as anyone’s wish in a clause, not the authors speaking (2309.06660)', () => {
    expect(
      roleEn(
        'However, given a dataset of signals that we would like to represent, having to optimize a separate neural field for each signal is inefficient, and cannot capitalize on shared information or structures among signals.',
      ),
    ).toBe('problem');
    // The authors' own wish or plan is still theirs.
    expect(roleEn('In future work, we would like to extend this to videos.')).toBe('other');
    expect(roleEn('When online samples are expensive, we want to reduce the number of online samples while achieving the same accuracy.')).toBe('other');
  });
});

describe('held-out sample BR', () => {
  it('reads a test of the proposed model as how it was tested, not what was made (2403.12417)', () => {
    expect(roleEn('We evaluate our proposed model in a challenging grid-world scenario that requires adaptability from the agent.')).toBe('design');
    // What the test showed is still the paper's claim.
    expect(roleEn('We evaluate our approach on a diverse set of problems and demonstrate an improved ability to plan in difficult scenarios.')).toBe('claim');
  });

  it('reads "sequential labeling" as a task, not a diagnosis of earlier methods (2308.08739)', () => {
    expect(roleEn('Many existing supervised methods treat KPE as sequential labeling, span-level classification, or generative tasks.')).not.toBe('problem');
    expect(roleEn('Existing methods decode tokens sequentially, which is slow.')).toBe('problem');
  });

  it('never asks numerical results shown on the side as the contribution (2309.06588)', () => {
    const maml = paper(
      'ubr.1',
      'Model-Agnostic Meta-Learning for LQR',
      'The main objective of this research paper is to investigate the local convergence characteristics of Model-agnostic Meta-learning (MAML) when applied to linear system quadratic optimal control (LQR). MAML and its variations have become popular techniques for quickly adapting to new tasks by leveraging previous learning knowledge in areas like regression, classification, and reinforcement learning. However, its theoretical guarantees remain unknown due to non-convexity and its structure, making it even more challenging to ensure stability in the dynamic system setting. This study focuses on exploring MAML in the LQR setting, providing its local convergence guarantees while maintaining the stability of the dynamical system. The paper also presents simple numerical results to demonstrate the convergence properties of MAML in LQR tasks.',
      {
        abstractZh:
          '本研究的主要目标是研究模型无关元学习（MAML）在线性二次最优控制（LQR）中的局部收敛特性。本研究重点研究了MAML在LQR设置中的局部收敛性保证，同时保持动态系统的稳定性。该论文还提供了简单的数值结果，以展示MAML在LQR任务中的收敛性质。',
      },
    );
    expect(starterQuestions(maml).join('\n')).not.toMatch(/simple numerical results/);
    expect(starterQuestions(maml, { locale: 'zh-CN' }).join('\n')).not.toMatch(/简单的数值结果/);
    expect(contributionIndex(['We study MAML in LQR.', 'The paper also presents simple numerical results to demonstrate the convergence properties of MAML.'])).not.toBe(1);
    // What else the authors make, said with "also", is still asked about where nothing else is.
    expect(contributionIndex(['MAML is popular.', 'We also introduce a new meta-learning algorithm for LQR.'])).toBe(1);
  });

  it('reads results announced with none stated as nothing to ask about (zh 2403.13801)', () => {
    expect(roleZh('我们展示了与LLMs一起解决机器人行动规划问题的实验结果。')).toBe('other');
    expect(roleZh('我们展示了实验结果，表明该方法在三个基准上优于基线。')).not.toBe('other');
  });
});

describe('a digest summary that says only what the paper proposes', () => {
  // The judges scored "does the summary claim more than the paper?" as not worth asking of a summary with no
  // result in it (zh 2403.09499, zh-BM 2403.05334, 2306.12245): there is nothing to overstate.
  it('is asked what is new in it, where nothing about the paper itself can be asked', () => {
    const bare = paper('sum.1', 'A Hybrid Retrieval Framework', '', {
      summaryZh: '本文提出了一种混合检索增强生成的框架，通过将云模型的检索增强内存整合到客户端模型中，实现实时响应的写作辅助。',
      summaryEn: 'This paper proposes a hybrid retrieval-augmented generation framework that integrates cloud memory into a client model for real-time writing assistance.',
    });
    expect(starterQuestions(bare, { locale: 'zh-CN' }).join('\n')).toMatch(/日报对这篇论文的一句话概括是：“本文提出了一种混合检索增强生成的框架[^”]*”与已有方法相比，新意在哪里？/);
    expect(starterQuestions(bare).join('\n')).toMatch(/The digest sums the paper up as “This paper proposes a hybrid[^”]*” What is new here compared with earlier approaches/);
  });

  it('is still asked whether it says more than the paper where it argues, claims or reports', () => {
    const argues = paper('sum.2', 'Auditable Agents', '', { summaryZh: '本文提出智能体系统必须具有可审计性才能实现问责性，并定义了可审计性的五个维度。' });
    expect(starterQuestions(argues, { locale: 'zh-CN' }).join('\n')).not.toMatch(/新意在哪里/);
    const claims = paper('sum.3', 'Towards NeuroAI', '', { summaryEn: 'Introducing neuronal diversity can solve the fundamental problems of artificial neural networks and lead to NeuroAI.' });
    expect(starterQuestions(claims).join('\n')).not.toMatch(/What is new here/);
  });
});

describe('held-out sample zh-BS', () => {
  it('refuses a translation that turns "unlabeled" into 标记 (2403.12952)', () => {
    const en = 'To address this, we introduce the Test-Time Prototype Shifting (TPS) framework, a pioneering approach designed to adapt VLMs to test datasets using unlabeled test inputs.';
    expect(translationProblem('为了解决这个问题，我们引入了测试时间原型转移（TPS）框架，这是一种旨在使用标记测试输入来使VLM适应测试数据集的开创性方法。', en)).toBe('negation-lost');
    expect(translationProblem('为了解决这个问题，我们引入了测试时间原型转移（TPS）框架，这是一种旨在使用无标签测试输入来使VLM适应测试数据集的开创性方法。', en)).toBeUndefined();
  });

  it('refuses a translation whose "which often overlook …" reads as said of what the sentence praises (2403.12071)', () => {
    const en =
      'The advent of Generative AI (GenAI) in education presents a transformative approach to traditional teaching methodologies, which often overlook the diverse needs of individual students.';
    expect(translationProblem('在教育方面，生成式人工智能（GenAI）的出现为传统教学方法带来了革命性的变革，通常忽视个别学生的多样化需求。', en)).toBe('referent-lost');
    // Said of the methods the sentence is about, the clause keeps its referent.
    expect(
      translationProblem(
        '同时，现有的个性化检索方法通常依赖隐式嵌入交互，缺乏从噪声历史行为中有效消除用户意图歧义的推理能力。',
        'Meanwhile, existing personalized retrieval methods typically rely on implicit embedding interactions, which lack the reasoning capability to effectively disambiguate user intent from noisy historical behaviors.',
      ),
    ).toBeUndefined();
  });

  it('never asks a title that names the outcomes a paper predicts for its answer (2304.08260)', () => {
    expect(titleQuestionOf('在无信号交叉口预测行人互动结果：穿越或等待？')).toBeUndefined();
    expect(titleQuestionOf('Cross or Wait? Predicting Pedestrian Interaction Outcomes at Unsignalized Crossings')).toBeUndefined();
    // Two explanations to choose between are a question the paper answers.
    expect(titleQuestionOf('教师偏见还是测量误差？')).toBe('教师偏见还是测量误差？');
  });

  it('asks no figure of one number given for two measures (2304.08260, 2403.03102)', () => {
    const crossing = paper('ubs.1', 'Cross or Wait? Predicting Pedestrian Interaction Outcomes at Unsignalized Crossings', '', {
      abstractZh: '本文利用机器学习预测行人在无信号交叉口与车辆互动时的过马路行为。与逻辑回归基线模型相比，我们提出的神经网络模型将预测的准确性和F1分数提高了4.46%。',
    });
    expect(starterQuestions(crossing, { locale: 'zh-CN' }).join('\n')).not.toMatch(/F1分数上的4\.46%/);
    const dialogue = paper('ubs.2', 'In Dialogues We Learn', '', {
      abstractZh: '我们提出了IDL框架。我们在三个数据集上的实验表明，IDL带来了显著的改进，BLEU和ROUGE分数分别增加了高达200%和247%。',
    });
    expect(starterQuestions(dialogue, { locale: 'zh-CN' }).join('\n')).not.toMatch(/ROUGE上的200%/);
  });
});

describe('held-out sample zh-BT', () => {
  it('never quotes a translated figure the English abstract does not show (2305.10314)', () => {
    const leti = paper(
      'ubt.1',
      'LeTI: Learning to Generate from Textual Interactions',
      'We explore LMs’ potential to learn from textual interactions (LeTI) that not only check their correctness with binary labels but also pinpoint and explain errors in their outputs through textual feedback. Our investigation focuses on the code generation task, where the model produces code pieces in response to natural language instructions. LeTI iteratively fine-tunes the model, using the LM objective, on a concatenation of natural language instructions, LM-generated programs, and textual feedback, which is only provided when the gen',
      {
        abstractTruncated: true,
        abstractZh:
          '我们探索了LM从文本交互中学习的潜力(LeTI)，这不仅可以通过二进制标签检查其正确性，而且还可以通过文本反馈指出和解释其输出中的错误。我们的研究重点是代码生成任务，其中模型根据自然语言指令生成代码片段。LeTI使用LM目标对自然语言指令、LM生成的程序和文本反馈进行串联的迭代微调，只有在生成代码无法执行时才提供文本反馈。我们在一个包含58k个自然发生的Python指令，增加了错误消息和堆栈跟踪的数据集上评估了LeTI，在三种不同的评估指标上显著优于强基线模型，并取得了最先进的结果。',
      },
    );
    expect(starterQuestions(leti, { locale: 'zh-CN' }).join('\n')).not.toMatch(/58k/);
    // Numbers the English shows, as words or digits, and numbers a translation rewrites (1,600 as 1600, 66万) are still quoted.
    const states = paper(
      'ubt.2',
      'Inequality in Educational Attainment',
      'We find that fifteen selected Indian states reduced the disparity in literacy between 1981 and 2011, and that 1,600 villages gained schools.',
      {
        abstractZh: '我们发现，印度选定的15个邦在1981年至2011年间缩小了识字率差距，1600个村庄新建了学校。',
      },
    );
    expect(readPaper(states).zh.quotable).toContain('我们发现，印度选定的15个邦在1981年至2011年间缩小了识字率差距，1600个村庄新建了学校。');
  });
});

describe('held-out sample BT', () => {
  it('reads "there is not yet a common vocabulary …" as a gap the paper takes up (2310.19778)', () => {
    expect(
      roleEn(
        'While several empirical studies have evaluated Human-AI interactions in multiple application domains in which interactions can take many forms, there is not yet a common vocabulary to describe human-AI interaction protocols.',
      ),
    ).toBe('gap');
    expect(roleEn('There is a common vocabulary for describing such protocols.')).not.toBe('gap');
  });
});

describe('held-out sample BU', () => {
  it('reads "18.14 BLEU points improvement" as a change, never a score to compare (2305.17547)', () => {
    expect(
      figureEn('Experimental results show that Translatotron 3 outperforms a baseline cascade system, reporting 18.14 BLEU points improvement on the synthesized Unpaired-Conversational dataset.'),
    ).toMatchObject({ figure: '18.14', kind: 'change' });
  });

  it('reads a PPAD-hardness result as a theorem, not a finding with rival explanations (2307.09470)', () => {
    expect(roleEn('Furthermore, we show that finding approximate Markov stationary CCE in infinite-horizon discounted MZNMGs is PPAD-hard, unless the underlying network has a star topology.')).toBe(
      'result',
    );
  });

  it('reads an earlier paper investigated again as no setting of the paper’s own (2208.07970)', () => {
    expect(roleEn("We investigate Gale's important paper published in 1960.")).not.toBe('setting');
    expect(roleEn('We study a class of matching markets with transferable utility.')).toBe('setting');
  });

  it('never quotes the translation of a finding the English digest cut inside its condition (zh 2402.08549)', () => {
    const myopic = paper(
      'ubu.1',
      'Online Transaction Scheduling',
      'We study online transaction scheduling. Notably, we find a novel, simple, memoryless and optimal deterministic algorithm for the semi-myopic case, when the',
      {
        abstractTruncated: true,
        abstractZh: '我们研究在线交易调度。值得注意的是，我们发现了一种新颖、简单、无记忆且最优的确定性算法，适用于半短视情况，当用户的交易价值根据时间而变化时。',
      },
    );
    expect(starterQuestions(myopic, { locale: 'zh-CN' }).join('\n')).not.toMatch(/当用户的交易价值根据时间而变化时/);
  });

  it('reads 通常称为 (commonly called) as a known name, no new notion (zh 2403.18177)', () => {
    expect(roleZh('特别地，我们的结果与扩展了关于常数乘积市场做市商的结果相一致，通常称为Uniswap v2。')).not.toBe('definition');
    expect(roleZh('我们将这种现象称为语义漂移。')).toBe('definition');
  });
});

describe('held-out sample zh-BV', () => {
  it('never asks what a static analysis before the authors’ work showed as the paper’s claim (2401.07689)', () => {
    const amm = paper(
      'ubv.1',
      'Impermanent Loss Conditions: An Analysis of Decentralized Exchange Platforms',
      'Decentralized exchanges are widely used platforms for trading crypto assets. The most common types work with automated market makers (AMM), allowing traders to exchange assets without needing to find matching counterparties. Thereby, traders exchange against asset reserves managed by smart contracts. These assets are provided by liquidity providers in exchange for a fee. Static analysis shows that small price changes in one of the assets can result in losses for liquidity providers. Despite the success of AMMs, it is claimed that liquidity providers often suffer losses. However, the literature does not adequately consider the dynamic effects of fees over time. Therefore, we investigate the impermanent loss problem in a dynamic setting using Monte Carlo simulations. Our findings indicate that price changes do not necessarily lead to losses. Fees paid by traders and arbitrageurs are equally important. In this respect, we can show that an arbitrage-friendly environment benefits the liquid',
      {
        abstractTruncated: true,
        abstractZh:
          '去中心化交易所是广泛使用的加密资产交易平台。最常见的类型使用自动做市商（AMM），允许交易者在不需要找到匹配的交易对方的情况下交换资产。因此，交易者与由智能合约管理的资产储备进行交换。这些资产由流动性提供者提供，以换取费用。静态分析表明，其中一种资产的小幅价格变动可能会导致流动性提供者遭受损失。尽管AMM取得了成功，但声称流动性提供者经常遭受损失。然而，现有文献对随时间推移的费用动态效应没有充分考虑。因此，我们使用蒙特卡洛模拟研究了动态设置中的临时损失问题。我们的研究结果表明，价格变动不一定导致损失。交易者和套利者支付的费用同样重要。在这方面，我们可以证明对套利友好的环境有益于流动性提供者。',
      },
    );
    expect(starterQuestions(amm, { locale: 'zh-CN' }).join('\n')).not.toMatch(/“静态分析表明/);
    expect(contributionIndexZh(['多项研究表明，大型语言模型在金融任务中表现优异。', '我们提出了一个新基准。'])).toBe(1);
    // The study's own finding opening its sentence is still its claim.
    expect(contributionIndexZh(['背景很重要。', '研究表明，价格变动不一定导致损失。'])).toBe(1);
  });

  it('never quotes a translation that protects and "minimises" the same thing (2401.08442)', () => {
    expect(quotableZh('我们的研究结果强调了早期反应的重要性，这减少了必须采取的措施的严格性，以保护医疗系统并使其最小化。')).toBe(false);
    expect(quotableZh('我们提出了一种新的损失函数，并使其最小化以训练模型。')).toBe(true);
  });
});

describe('held-out sample BW', () => {
  it('reads others’ algorithms "designed with different standards" after a turn as no method of the authors’ (2310.02718)', () => {
    expect(roleEn('However, the optimizations of the algorithms are designed with different standards.')).not.toBe('artefact');
    expect(roleEn('A new algorithm is designed to align the two spectra.')).toBe('artefact');
    // What the authors derive, after how, is asked about where nothing else specific is.
    const pan = paper(
      'ubw.1',
      'Understanding Pan-Sharpening via Generalized Inverse',
      'Pan-sharpening algorithm utilizes panchromatic image and multispectral image to obtain a high spatial and high spectral image. However, the optimizations of the algorithms are designed with different standards. By the generalized inverse theory, we derived two forms of general inverse matrix formulations that can correspond to the two prominent classes of Pan-sharpening methods.',
    );
    const questions = starterQuestions(pan).join('\n');
    expect(questions).toMatch(/“By the generalized inverse theory, we derived two forms/);
    expect(questions).not.toMatch(/“However, the optimizations/);
  });

  it('never quotes a translation with a bare citation number (zh 2403.08553)', () => {
    expect(quotableZh('受[1]最近提出的关于线性约束的线下LQR政策优化的启发，我们提出了在线乐观牛顿方法。')).toBe(false);
    expect(quotableZh('我们提出了在线乐观牛顿方法，它在三个控制任务上优于基线。')).toBe(true);
  });
});

describe('the clear-claim papers that samples BP–BW left with no usable question', () => {
  it('reads "we posit a simple solution, which is to …" as the authors’ method (2401.00420)', () => {
    expect(roleEn('We posit a simple solution, which is to generate synthetic data to fill in these missing category examples across domains.')).toBe('artefact');
    // "We posit that …" is a hypothesis, not a method.
    expect(roleEn('We posit that synthetic data fills in the missing category examples across domains.')).not.toBe('artefact');
  });

  it('asks the question the authors raise in so many words (2306.10313)', () => {
    const discord = paper(
      'ucbp.1',
      'Adversaries with Limited Information in the Friedkin--Johnsen Model',
      'In recent years, online social networks have been the target of adversaries who seek to introduce discord into societies, to undermine democracies and to destabilize communities. Often the goal is not to favor a certain side of a conflict but to increase disagreement and polarization. In this line of work, it is commonly assumed that the adversary has full knowledge about the network topology and the opinions of all users. However, the latter assumption is often unrealistic in practice, where user opinions are not available or simply difficult to estimate accurately. To address this concern, we raise the following question: Can an attacker sow discord in a social network, even when only the network topology is known? We an',
      { abstractTruncated: true },
    );
    expect(starterQuestions(discord).join('\n')).toMatch(/The paper sets out to answer this: “To address this concern, we raise the following question: Can an attacker sow discord/);
  });

  it('reads a review that says what it does ("This review incorporates …") as the survey speaking of itself (2403.10433)', () => {
    expect(
      roleEn(
        'This review incorporates perspectives from network science to conceptualize a multilayer representation of human-AI collective intelligence, comprising a cognition layer, a physical layer, and an information layer.',
      ),
    ).toBe('survey');
    expect(roleZh('这项调查总结了机器学习和相关研究中重要性加权的广泛应用。')).toBe('survey');
    // What the survey "also" covers is a detail, not how it speaks of itself.
    expect(roleZh('这项调查还广泛涵盖了英语、阿拉伯语、德语等多种语言。')).not.toBe('survey');
  });

  it('splits a sentence that ends in "etc." before "Our work …", and one run into the next after an acronym (2403.12092, 2311.07377)', () => {
    expect(splitSentencesEn('The task happens everyday in fields like mail redirection, entity resolution, etc. Our work defines a framework. It works.').map((s) => s.text)).toEqual([
      'The task happens everyday in fields like mail redirection, entity resolution, etc.',
      'Our work defines a framework.',
      'It works.',
    ]);
    expect(splitSentencesEn('In this study, we pinpoint the main challenges for learningenabled CPS.We begin by examining testing.').map((s) => s.text)).toHaveLength(2);
    // "etc." inside a sentence stays inside it.
    expect(splitSentencesEn('Models such as A, B, etc. are used here.').map((s) => s.text)).toHaveLength(1);
    expect(roleEn('Our work defines, and formalizes a framework to generate matching and mismatching pairs of addresses in the English language.')).toBe('artefact');
  });

  it('reads "The paper underscores the significance of …" as what the paper argues (2402.18590)', () => {
    expect(
      roleEn(
        'The paper underscores the significance of Large Language Models (LLMs) in reshaping recommender systems, attributing their value to unique reasoning abilities absent in traditional recommenders.',
      ),
    ).toBe('claim');
  });

  it('asks about the premise of a cut abstract whose diagnosis says "making it difficult to" of plural acronyms (2302.06198)', () => {
    const calibration = paper(
      'ucbp.2',
      'Distinguishability Calibration to In-Context Learning',
      'Recent years have witnessed increasing interests in prompt-based learning in which models can be trained on only a few annotated instances, making them suitable in low-resource settings. When using prompt-based learning for text classification, the goal is to use a pre-trained language model (PLM) to predict a missing token in a pre-defined template given an input text, which can be mapped to a class label. However, PLMs built on the transformer architecture tend to generate similar output embeddings, making it difficult to discriminate between different class labels. The problem is further exacerbated when dealing with classification tasks involving many fine-grained class labels. In this work, we alleviate this information diffusion issue, i.e., different tokens share a large proportion of similar information after going through stacked multiple self-attention layers in a transformer, by proposing a calibration method built on feature transformations through rotation and scaling to m',
      { abstractTruncated: true },
    );
    expect(starterQuestions(calibration).join('\n')).toMatch(/The paper starts from this: “However, PLMs built on the transformer architecture tend to generate similar output embeddings/);
  });

  it('asks about the premise that follows a contribution which opens a cut abstract, only where it names what others do (2202.02419)', () => {
    const queue = paper(
      'ucbp.3',
      'Learning a Discrete Set of Optimal Allocation Rules in a Queueing System with Unknown Service Rate',
      'Motivated by the wide range of modern applications of the Erlang-B blocking model beyond communication networks and call centers to sizing and pricing in design production systems, messaging systems, and app-based parking systems, we study admission control for such a system but with unknown arrival and service rates. In our model, at every job arrival, a dispatcher decides to assign the job to an available server or block it. Every served job yields a fixed reward for the dispatcher, but it also results in a cost per unit time of service. Our goal is to design a dispatching policy that maximizes the long-term average reward for the dispatcher based on observing only the arrival times and the state of the system at each arrival that reflects a realistic sampling of such systems. Critically, the dispatcher observes neither the service times nor departure times so that standard reinforcement learning-based approaches that use reward signals do not apply. Hence, we develop our learning-ba',
      { abstractTruncated: true },
    );
    expect(starterQuestions(queue).join('\n')).toMatch(/The paper starts from this: “Critically, the dispatcher observes neither the service times nor departure times/);
    // After the contribution, a turn inside the paper's own model is no premise: "…, but cannot commit to future contracts".
    const persuaded = paper(
      'ucbp.4',
      'Persuaded Search',
      "We consider a sequential search model in which an agent inspects goods of unknown quality. The agent can contract with a profit-maximizing principal who sells a signal about a good's quality but cannot commit to future contracts. We show that there is an essentially unique stationary equilibrium in which the principal induces the socially efficient stopping rule and fully extracts the surplus generated from search.",
    );
    expect(starterQuestions(persuaded).join('\n')).not.toMatch(/The paper starts from this: “The agent can contract/);
  });

  it('reads "we put forward a novel formalisation" as what the authors made, and "our approach generalises state-of-the-art approaches" as their claim (2401.07818)', () => {
    expect(
      roleEn(
        'More formally, we put forward a novel formalisation of the above-mentioned problem based on a multinorm approximation problem that aims at minimising multiple p-metric distance functions, where each parameter p represents a given ethical principle.',
      ),
    ).toBe('artefact');
    expect(
      roleEn(
        'Firstly, our approach significantly generalises state-of-the-art approaches that were limited to only two ethical principles (p set to one, for maximum freedom, and p set to infinity, for maximum fairness).',
      ),
    ).toBe('claim');
  });

  it('asks how restrictive the assumption is that the paper names as its main one, in both languages (2306.04494)', () => {
    const copula = paper(
      'ucbp.5',
      'Evaluating the Impact of Regulatory Policies on Social Welfare in Difference-in-Difference Settings',
      'Quantifying the impact of regulatory policies on social welfare generally requires the identification of counterfactual distributions. Many of these policies (e.g. minimum wages or minimum working time) generate mass points and/or discontinuities in the outcome distribution. Existing approaches in the difference-in-difference literature cannot accommodate these discontinuities while accounting for selection on unobservables and non-stationary outcome distributions. We provide a unifying partial identification result that can account for these features. Our main identifying assumption is the stability of the dependence (copula) between the distribution of the untreated potential outcome and group membership (treatment assignment) across time.',
    );
    expect(starterQuestions(copula).join('\n')).toMatch(/The paper rests on this assumption: “Our main identifying assumption is the stability of the dependence \(copula\)/);
    expect(roleEn('We provide a unifying partial identification result that can account for these features.')).toBe('result');
    expect(roleZh('我们的主要识别假设是未处理潜在结果的分布与组成员身份之间的依赖关系（copula）随时间保持稳定。')).toBe('assumption');
    // An assumption others make is background, not the paper's.
    expect(roleEn('The main assumption of prior work is that the copula is known.')).not.toBe('assumption');
  });

  it('asks what is new in a Chinese summary that says only what the method does and what it is for (2303.10167, 2403.13241, 2306.04979)', () => {
    const frame = (summaryZh: string) => writerZh.summary(readPaper(paper('ucbp.6', 'A title', '', { summaryZh })), 'seed')?.text ?? '';
    // 社区发现 is community detection, not a finding.
    expect(frame('本文提出了一个广义的凝聚概念，构建在分区局部深度的技术基础上，扩展了早期结果并应用于具有不确定性的数据的社区发现中。')).toMatch(/新意在哪里/);
    // "从而减少……的副作用" says what the method is for.
    expect(frame('本论文提出了一种使用网络参数附加分解来解耦干净数据和错误标记数据的记忆，从而减少嘈杂标签对深度网络训练的副作用。')).toMatch(/新意在哪里/);
    expect(frame('CoCo是一种耦合对比图表示学习框架，其中包含一个图卷积网络和一个分层图内核网络，通过耦合对比学习减少领域差异，用于无监督领域自适应图分类。')).toMatch(/新意在哪里/);
    expect(frame('本论文基于范畴论语言为深度学习发展了新的数学基础，提出了一种端到端、统一且规范性的框架。')).toMatch(/新意在哪里/);
    // "通过……提高了……的性能" reports what it did: a result the summary may overstate.
    expect(frame('ViGoR通过细粒度奖励建模提高了大型视觉语言模型在视觉对接方面的性能。')).toMatch(/概括有没有说得比论文更满/);
  });

  it('reads "本文对……进行了全面研究" as the study’s design, never a survey’s, and a case overview as no survey (2403.12936)', () => {
    expect(roleZh('本文对GPT-4（一种大型语言模型）在从英国雇佣法庭（UKET）案例中自动提取信息的应用进行了全面研究。')).toBe('design');
    expect(roleZh('我们通过手动验证过程对GPT-4在提取关键信息方面的性能进行了细致评估，以确保提取的数据准确性和相关性。')).toBe('design');
    // An analysis in a theory paper is a step of the argument, not a study's setup.
    expect(roleZh('我们对单隐藏层神经网络和单层Transformer在解决这一任务中学到的特征进行了深入的分析。')).not.toBe('design');
    // The aim of a study is not its design.
    expect(roleZh('这项研究的目的在于调查CAPTCHA生成系统中的缺陷和漏洞，以设计更具弹性的CAPTCHAs。')).not.toBe('design');
    const tribunal = paper(
      'ucbp.7',
      'Automatic Information Extraction From Employment Tribunal Judgements Using Large Language Models',
      'Court transcripts and judgments are rich repositories of legal knowledge, detailing the intricacies of cases and the rationale behind judicial decisions. The extraction of key information from these documents provides a concise overview of a case, crucial for both legal experts and the public. This paper presents a comprehensive study on the application of GPT-4, a large language model, for automatic information extraction from UK Employment Tribunal (UKET) cases.',
    );
    expect(readPaper(tribunal).kind).not.toBe('survey');
    // A survey's own study of the literature is not asked as a study's design.
    const survey = paper('ucbp.8', 'Siren’s Song in the AI Ocean: A Survey on Hallucination in Large Language Models', '', {
      abstractZh: '本文对关于幻觉检测、解释和缓解的最新研究进行了调查，重点探讨了LLMs所面临的独特挑战。',
    });
    expect(starterQuestions(survey, { locale: 'zh-CN' }).join('\n')).not.toMatch(/这个设计遗漏了什么|这样的设计足以支撑/);
  });

  it('reads an inference method (推论方法) as no corollary, and "We report a … framework" as what the authors made (2310.15512, 2309.06708)', () => {
    expect(roleZh('最后，我们将新的推论方法应用于三个经验研究。')).not.toBe('result');
    expect(roleEn('We report a statistical learning framework to predict the growth of fatigue cracks and the life-to-failure of the components under loading conditions with uncertainties.')).toBe(
      'artefact',
    );
    expect(roleZh('我们报道了一个统计学习框架，用于预测在带有不确定性的加载条件下疲劳裂纹的增长和组件的失效寿命。')).toBe('artefact');
    // What is reported as a finding or a result is not something made.
    expect(roleEn('We report that the models fail.')).not.toBe('artefact');
    expect(roleEn('We report a 12% improvement of our model over baselines.')).not.toBe('artefact');
  });

  it('reads "mechanism design problem" as a problem studied, and an overview of the authors’ own research as no survey (2403.12181, 2403.13672)', () => {
    expect(roleEn('We study the $k$-facility location mechanism design problem, where the $n$ agents are strategic and might misreport their location.')).toBe('setting');
    const meshfree = paper(
      'ucbp.9',
      'Machine Learning Optimized Approach for Parameter Selection in MESHFREE Simulations',
      "Meshfree simulation methods are emerging as compelling alternatives to conventional mesh-based approaches. In this publication, we provide a comprehensive overview of our research combining Machine Learning (ML) and Fraunhofer's MESHFREE software, a powerful tool utilizing a numerical point cloud.",
    );
    expect(readPaper(meshfree).kind).not.toBe('survey');
  });

  it('never quotes the translation of a finding the digest cut in its verdict ("… may sometimes be sub") (2310.15512)', () => {
    const rank = paper(
      'ucbp.10',
      'Inference for Rank-Rank Regressions',
      "Slope coefficients in rank-rank regressions are popular measures of intergenerational mobility. Second, we derive a general asymptotic theory for rank-rank regressions and provide a consistent estimator of the OLS estimator's asymptotic variance. Finally, we apply our new inference methods to three empirical studies. We find that the confidence intervals based on estimators of the correct variance may sometimes be sub",
      {
        abstractTruncated: true,
        abstractZh:
          '在等级回归中，斜率系数是衡量代际流动性的常用指标。其次，我们导出了等级回归的一般渐进理论，并提供了OLS估计器渐进方差的一致估计器。最后，我们将新的推论方法应用于三个经验研究。我们发现，基于正确方差的估计器的置信区间有时可能欠精确。',
      },
    );
    expect(starterQuestions(rank, { locale: 'zh-CN' }).join('\n')).not.toMatch(/欠精确/);
    // Cut further on, after the verdict, the translation of the finding may still be quoted.
    const whole = { ...rank, abstract: rank.abstract!.replace(/may sometimes be sub$/, 'may sometimes be substantially shorter than the conventional ones, and sometimes lo') };
    expect(
      readPaper(whole)
        .zh.roles.map((entry) => entry.text)
        .join('\n'),
    ).toMatch(/欠精确/);
  });
});

describe('the clear-claim papers of samples BB–BJ that still had only a generic question', () => {
  it('reads a study’s design in the passive, a problem posed as another, an answer to a gap and a method by its parts (2402.07949, 2307.06343, 2307.05213, 2401.10111)', () => {
    expect(roleEn('In this study, neuroevolution was used to discover an optimal strategy for the treatment.')).toBe('design');
    expect(
      roleEn(
        'In this work, we address these limitations by instead predicting distributions over parameters and adopting score function gradient estimation (SFGE) to compute decision-focused updates.',
      ),
    ).toBe('made');
    // Answering a gap by studying it is a study, not something made.
    expect(roleEn('We address this gap in the current literature by investigating the relationship between surprisal and reading times in eleven different languages.')).not.toBe('made');
    expect(
      roleEn(
        'To overcome these challenges while still harnessing the theoretical benefits of adversarial training, this study combines two concepts: (1) adapters, which enable parameter-efficient fine-tuning, and (2) mixup.',
      ),
    ).toBe('made');
    const ct = paper(
      'ucbb.1',
      'Sequential Experimental Design for X-Ray CT Using Deep Reinforcement Learning',
      'In X-ray Computed Tomography (CT), projections from many angles are acquired and used for 3D reconstruction. To make CT suitable for in-line quality control, reducing the number of angles while maintaining reconstruction quality is necessary. OED problems are high-dimensional, non-convex, bi-level optimization problems that cannot be solved online, i.e., during the scan. To address these challenges, we pose the OED problem as a partially observable Markov decision process in a Bayesian framework, and solve it through deep reinforcement learning.',
    );
    expect(starterQuestions(ct).join('\n')).toMatch(/“To address these challenges, we pose the OED problem as a partially observable Markov decision process/);
  });

  it('reads "this research unveils the Pointer Q-Network (PQN)" as a method, but not "This paper unveils some essential differences" (2311.02629)', () => {
    expect(roleEn('Recognizing the potency combining Reinforcement Learning (RL) methods with sequence-to-sequence models, this research unveils the Pointer Q-Network (PQN).')).toBe('artefact');
    expect(roleEn('This paper unveils some essential differences in these topological measurements between antinetwork and network.')).not.toBe('artefact');
  });

  it('reads "The algorithm is demonstrated to outperform …" as a claim (2302.06582)', () => {
    expect(roleEn('The algorithm is demonstrated to outperform the commonly used Nearest Neighbor algorithm in 96% of the cases studied.')).toBe('claim');
  });

  it('reads a Chinese survey speaking of itself with 概述了, or in "在这项调查中，总结了……" (2401.10266)', () => {
    expect(roleZh('本文概述了工业厂房智能状态监测和故障检测和诊断方法，重点关注开源基准Tennessee Eastman Process（TEP）。')).toBe('survey');
    expect(roleZh('在这项调查中，总结了用于工业厂房状态监测、故障检测和诊断的最流行和最先进的深度学习（DL）和机器学习（ML）算法，并研究了每种算法。')).toBe('survey');
  });

  it('asks a position paper’s "we argue that this union …" whose "this" points back, rather than a generic question (2402.14601)', () => {
    const position = paper(
      'ucbb.2',
      'Bringing Generative AI to Adaptive Learning in Education',
      "The recent surge in generative AI technologies, such as large language models and diffusion models, have boosted the development of AI applications in various domains. Concurrently, adaptive learning, a concept that has gained substantial interest in the educational sphere, has proven its efficacy in enhancing students' learning efficiency. In this position paper, we aim to shed light on the intersectional studies of these two methods, which combine generative AI with adaptive learning concepts. By presenting discussions about the benefits, challenges, and potentials in this field, we argue that this union will contribute significantly to the development of the next stage learning format in education.",
    );
    expect(starterQuestions(position).join('\n')).toMatch(/“By presenting discussions about the benefits, challenges, and potentials in this field, we argue that this union/);
  });
});

describe('held-out samples BX and BY', () => {
  it('asks no finding of a caveat: "there’s still room for improvement" (en-bx 2311.00176)', () => {
    expect(roleEn("Our findings also indicate that there's still room for improvement between our current results and ideal outcomes.")).toBe('other');
  });

  it('asks a property of a test or of a mathematical object for its assumptions, never for rival explanations (en-bx 2210.04739, en-by 2309.04926)', () => {
    const test = paper(
      'ucbx.1',
      'Testing for Stationary or Persistent Coefficient Randomness in Predictive Regressions',
      "This study considers tests for coefficient randomness in predictive regressions. Our focus is on how tests for coefficient randomness are influenced by the persistence of random coefficient. We find that when the random coefficient is stationary, or I(0), Nyblom's (1989) LM test loses its optimality (in terms of power), which is established against the alternative of integrated, or I(1), random coefficient.",
    );
    const asked = starterQuestions(test).join('\n');
    expect(asked).toMatch(/Nyblom's \(1989\) LM test loses its optimality/);
    expect(asked).not.toMatch(/What else could explain this result/);
    const lotteries = paper(
      'ucbx.2',
      'Expected multi-utility representations of preferences over lotteries',
      'Let $\\succsim$ denote a preference relation on a set $X$ of lotteries. We find conditions under which $\\succsim$ admits an expected multi-utility representation. Lastly, we show that different continuity requirements on $\\succsim$ allow for certain restrictions on the possible choices of the set $U$ of utility functions (e.g., all utility functions are bounded), providing a wide family of expected multi-utility representations.',
    );
    expect(starterQuestions(lotteries).join('\n')).not.toMatch(/What else could explain this result/);
  });

  it('reads "including but not limited to" as no limitation (en-by 2402.00564)', () => {
    expect(
      roleEn(
        'Grayscale image classification has diverse applications, including but not limited to medical image classification and synthetic aperture radar (SAR) automatic target recognition (ATR).',
      ),
    ).not.toBe('problem');
    expect(roleEn('However, existing methods are limited to grayscale images with a single channel.')).toBe('problem');
  });

  it('unwraps a Chinese title the translator left as "《……》的翻译标题", and never nests title marks (zh-bx 2312.02538)', () => {
    expect(withoutTranslatorNote('《多方面密集检索器与方面学习的可重现性分析与增强》的翻译标题')).toBe('多方面密集检索器与方面学习的可重现性分析与增强');
    expect(withoutTranslatorNote('《红楼梦》的人物网络分析')).toBe('《红楼梦》的人物网络分析');
    const match: KnownPaperMatch & { titleZh: string } = { id: '2401.03648', title: 'A Reproducibility Study', titleZh: '《红楼梦》的人物网络', score: 0.5, shared: ['aspect'] };
    expect(writerZh.related(match, 'seed')?.text ?? '').not.toMatch(/《《/);
  });

  it('never quotes a translation whose brackets the digest’s cut emptied ("在不同配置下（高度、）") (zh-bx 2403.16967)', () => {
    expect(quotableZh('我们进行了大量实验证明，在不同配置下（高度、）捡起不同物体方面，相对基线方法取得了显著改进。')).toBe(false);
    expect(quotableZh('我们在不同配置下（高度、角度）捡起不同物体，相对基线方法取得了显著改进。')).toBe(true);
  });

  it('reads data "from a field experiment" others ran as no study with people (zh-bx 2310.14983)', () => {
    const clustering = paper(
      'ucbx.3',
      'Causal clustering: design of cluster experiments under network interference',
      "This paper studies the design of cluster experiments to estimate the global treatment effect in the presence of spillovers on a single network. We show that the optimal clustering can be approximated as the solution of a novel penalized min-cut optimization problem computed via off-the-shelf semi-definite programming algorithms. We illustrate the method's properties using unique network data from the universe of Facebook's users and existing network data from a field experiment.",
    );
    expect(readPaper(clustering).kind).not.toBe('people');
    expect(readPaper({ ...clustering, abstract: `${clustering.abstract!} We ran a field experiment with 400 households.` }).kind).toBe('people');
  });

  it('reads "实验结果表明……添加了一个……" as what was added, not a finding (zh-by 2310.12570)', () => {
    expect(roleZh('同时，实验结果表明在之前的Transformer U-Net的基础上添加了一个双重注意块。')).toBe('other');
    expect(roleZh('实验结果表明，增加了一个模块后准确率提高了5%。')).toBe('claim');
  });
});

describe('the clear-claim papers that samples BX and BY left with no usable question', () => {
  it('asks what the authors conclude of what "this paper focuses on" or "the research delves into" (2305.05532, 2401.08077)', () => {
    const gearbox = paper(
      'ucbx.4',
      'An ensemble of convolution-based methods for fault detection using vibration signals',
      'This paper focuses on solving a fault detection problem using multivariate time series of vibration signals collected from planetary gearboxes in a test rig. Various traditional machine learning and deep learning methods have been proposed for multivariate time-series classification, including distance-based, functional data-oriented, feature-driven, and convolution kernel-based methods. Recent studies have shown using convolution kernel-based methods like ROCKET, and 1D convolutional neural networks with ResNet and FCN, have robust performance for multivariate time-series data classification. We propose an ensemble of three convolution kernel-based methods and show its efficac',
      { abstractTruncated: true },
    );
    expect(starterQuestions(gearbox).join('\n')).toMatch(/The authors set out their work this way: “This paper focuses on solving a fault detection problem/);
    const ethereum = paper(
      'ucbx.5',
      'Transformer-based approach for Ethereum Price Prediction Using Crosscurrency correlation and Sentiment Analysis',
      'The research delves into the capabilities of a transformer-based neural network for Ethereum cryptocurrency price forecasting. The experiment runs around the hypothesis that cryptocurrency prices are strongly correlated with other cryptocurrencies and the sentiments around the cryptocurrency. The conclusion presents a hypothesis on the illusion of causality in cryptocurrency price movements driven by sentiments.',
    );
    expect(starterQuestions(ethereum).join('\n')).toMatch(/The authors set out their work this way: “The research delves into the capabilities/);
    // "The study of X" is no study of the authors'.
    const field = paper('ucbx.6', 'A title', 'The study of fault detection has a long history in mechanical engineering. Many methods exist for it today.');
    expect(starterQuestions(field).join('\n')).not.toMatch(/The study of fault detection/);
  });
});

describe('held-out samples BZ and CA', () => {
  it('reads "We review the cost of querying LLM APIs … and find that …" as no survey (en-bz 2305.05176)', () => {
    const frugal = paper(
      'ucbz.1',
      'FrugalGPT: How to Use Large Language Models While Reducing Cost and Improving Performance',
      'There is a rapidly growing number of large language models (LLMs) that users can query for a fee. We review the cost associated with querying popular LLM APIs, e.g. GPT-4, ChatGPT, J1-Jumbo, and find that these models have heterogeneous pricing structures, with fees that can differ by two orders of magnitude. In particular, using LLMs on large collections of queries and text can be expensive. Motivated by this, we outline and discuss three types of strategies that users can exploit to reduce the inference cost associated with using LLMs.',
    );
    expect(readPaper(frugal).kind).not.toBe('survey');
    expect(starterQuestions(frugal).join('\n')).not.toMatch(/The authors describe this survey/);
    // A review of a field is still a survey.
    expect(roleEn('We review the recent literature on cost-efficient inference and organize it into three families.')).toBe('survey');
  });

  it('never quotes a sentence whose citation the digest dropped ("proposed in under the GLM framework") (en-bz 2401.07298)', () => {
    expect(quotableEn('In this paper, we study the generalized low-rank matrix bandit problem, which has been recently proposed in under the Generalized Linear Model (GLM) framework.')).toBe(false);
    expect(quotableEn('In this paper, we study the generalized low-rank matrix bandit problem, which has been recently proposed in the Generalized Linear Model (GLM) framework.')).toBe(true);
  });

  it('reads "open to multi-person teams" as no open question (en-ca 2305.05105)', () => {
    expect(roleEn("TDC'22, which is open to multi-person teams world-wide, attracted more than 150 teams from over 50 organizations.")).not.toBe('gap');
    expect(roleEn('Whether these bounds are tight for deeper networks is still open.')).toBe('gap');
  });
});

describe('the clear-claim papers that samples BZ and CA left with no usable question', () => {
  it('asks the question an abstract puts in so many words, after what the paper claims (2303.17523)', () => {
    expect(roleEn('Specifically, how much confidence do we have in the quantum states we are picking as the output?')).toBe('question');
    const quantum = paper(
      'ucbz.2',
      'Quantum Circuit Fidelity Improvement with Long Short-Term Memory Networks',
      'Quantum computing has entered the Noisy Intermediate-Scale Quantum (NISQ) era. Currently, the quantum processors we have are sensitive to environmental variables like radiation and temperature, thus producing noisy outputs. Although many proposed algorithms and applications exist for NISQ processors, we still face uncertainties when interpreting their noisy results. Specifically, how much confidence do we have in the quantum states we are picking as the output? This confidence is important since a NISQ computer will output a probability distribution of its qubit measurements, and it is sometimes hard to distinguish whether the distribution represents meaningful computation or just random noise. This paper presents a novel approach to attack this problem by framing quantum circuit fidelity prediction as a Time Series Forecasting problem, therefore making it possible to utilize the power of Lo',
      { abstractTruncated: true },
    );
    expect(starterQuestions(quantum).join('\n')).toMatch(/The paper sets out to answer this: “Specifically, how much confidence do we have in the quantum states/);
    // Where the paper also claims something, the claim is asked first.
    const asked = paper(
      'ucbz.3',
      'Diversity as Majorization',
      'How should institutions compare group diversity, and which group should they select when they value diversity and merit? We take a target-based approach that evaluates the entire group composition. We show that maximally diverse selections under majorization maximize every index in a broad class of diversity indices.',
    );
    const questions = starterQuestions(asked);
    expect(questions.findIndex((q) => q.includes('We show that maximally diverse selections'))).toBeGreaterThanOrEqual(0);
  });

  it('reads "我们使用……来获得……" as what the authors made (zh 2207.14314)', () => {
    const rnn = paper('ucbz.4', 'Supplementing Recurrent Neural Network Wave Functions with Symmetry and Annealing', '', {
      abstractZh:
        '循环神经网络（RNN）是一类从人工智能范式中出现的神经网络，已经在自然语言处理领域取得了许多有趣的进展。我们使用对称性和退火来获得在方形格和三角形格上二维海森堡模型基态能量的准确估计。',
    });
    expect(starterQuestions(rnn, { locale: 'zh-CN' }).join('\n')).toMatch(/“我们使用对称性和退火来获得在方形格和三角形格上二维海森堡模型基态能量的准确估计。”/);
  });
});

describe('held-out samples CB and CC', () => {
  it('asks no question of a run of example questions (en-cb 2305.05420)', () => {
    const epic = paper(
      'uccb.1',
      'Estimating related words computationally using language model from the Mahabharata - an Indian epic',
      'The limitation of the humans while analyzing Mahabharata is that they always have a sentiment aspect towards the story narrated by the author. Apart from that, the human cannot memorize statistical or computational details, like which two words are frequently coming in one sentence? What is the average length of the sentences across the whole literature? Which word is the most popular word a',
      { abstractTruncated: true },
    );
    expect(starterQuestions(epic).join('\n')).not.toMatch(/The paper sets out to answer this: “What is the average length/);
    // One question alone is the paper's.
    const alone = paper('uccb.2', 'T', 'Large corpora of epics are now digitised. What is the average length of the sentences across the whole literature? We answer it for the Mahabharata.');
    expect(starterQuestions(alone).join('\n')).toMatch(/The paper sets out to answer this: “What is the average length/);
  });

  it('reads a study of whether LLMs exhibit human-like response biases as no study with people (en-cc 2311.04076)', () => {
    const biases = paper(
      'uccc.1',
      'Do LLMs exhibit human-like response biases? A case study in survey design',
      'As large language models (LLMs) become more capable, there is growing excitement about the possibility of using LLMs as proxies for humans in real-world tasks where subjective labels are desired, such as in surveys and opinion polling. In this work, we use survey design as a case study, where human response biases caused by permutations in wordings of "prompts" have been extensively studied. Drawing from prior work in social psychology, we design a dataset and propose a framework to evaluate whether LLMs exhibit human-like response biases in survey questionnaires. Our comprehensive evaluation of nine models s',
      { abstractTruncated: true },
    );
    expect(readPaper(biases).kind).not.toBe('people');
    expect(starterQuestions(biases).join('\n')).not.toMatch(/Who exactly took part/);
    // A study that also recruits people is one with people.
    expect(readPaper({ ...biases, abstract: `${biases.abstract!.slice(0, -30)}. We recruited 300 participants to answer the same questionnaires.` }).kind).toBe('people');
  });

  it('never quotes a translation that made two English words one ("安全性和安全性") or cut one in half ("不同ially private") (zh-cb 2305.05388, 2401.08150)', () => {
    expect(quotableZh('在我们的项目中，我们提出了一种全面的方法，重点是优化算法，同时解决AIoT系统固有的安全性和安全性挑战。')).toBe(false);
    expect(quotableZh('我们在低维和高维设置下建立了不同ially private 切片逆回归的下界。')).toBe(false);
    expect(quotableZh('我们在低维和高维设置下建立了差分隐私切片逆回归的下界。')).toBe(true);
    // A word and a compound of it, or a word and its negation, are no doubling.
    expect(quotableZh('我们获得了用于计算债券和债券期权价格的闭式矩阵表达式。')).toBe(true);
    expect(quotableZh('我们提出了一种方法，差异性地识别负责不确定性和确定性的转码器特征。')).toBe(true);
  });

  it('reads the arXiv suffix of a Chinese title in full-width brackets as the listing’s, not the title’s (zh-cb 2209.07003)', () => {
    expect(cleanTitle('无人机导航和避障的实时动态障碍物跟踪和建图系统（arXiv:2209.08258v3 [cs.RO] UPDATED）')).toEqual({
      title: '无人机导航和避障的实时动态障碍物跟踪和建图系统',
      category: 'cs.RO',
      version: 3,
      announceType: 'replace',
    });
    const match: KnownPaperMatch & { titleZh: string } = { id: '2209.08258', title: 'T', titleZh: '建图系统（arXiv:2209.08258v3 [cs.RO] UPDATED）', score: 0.5, shared: ['uav'] };
    expect(writerZh.related(match, 'seed')?.text ?? '').not.toMatch(/arXiv/);
  });
});

describe('held-out samples CD and CE', () => {
  it('reads "X is one of the significant research issues" as background, and "discuss the limitations and future works" as no result (en-cd 2304.05065, 2305.10721)', () => {
    expect(roleEn('We identified that lung cancer is one of the significant research issues in predicting the early stages of cancer disease.')).toBe('background');
    expect(roleEn('We provide theoretical and experimental explanations to support our findings and also discuss the limitations and future works.')).toBe('other');
  });

  it('reads "a 2.5% accuracy gain" as a change, and an error rate a method "overcame" as no result of it (en-cd 2402.12418, 2304.10726)', () => {
    expect(figureEn('Extensive evaluations on DeiT-S with ImageNet100 show a 2.5% accuracy gain and 10% parameter efficiency improvement over conventional scaling.')).toEqual({
      figure: '2.5%',
      measure: 'accuracy',
      kind: 'change',
    });
    expect(figureEn("DLVA's training algorithm is also robust: it overcame a 1.25% error rate mislabeled contracts, and the student surpassing the teacher.")).toBeUndefined();
    expect(figureEn('Our model reaches a 1.25% error rate on the test set.')).toEqual({ figure: '1.25%', measure: 'error rate', kind: 'value' });
  });

  it('pairs no papers that share only a generic verb beside one concept in two words ("DAGs", "acyclic", "ensures") (en-ce 2402.16294)', () => {
    const blockchain = paper(
      'ucce.1',
      'Decentralized Federated Unlearning on Blockchain',
      'Blockchained Federated Learning (FL) has been gaining traction for ensuring the integrity and traceability of FL processes. We propose BlockFUL, a framework with a dual-chain structure of live and archive chains that stores model updates as directed acyclic graphs (DAGs), which ensures that unlearning one update propagates to the models derived from it.',
    );
    const dags = paper(
      'ucce.2',
      'Contextual directed acyclic graphs',
      'Estimating the structure of directed acyclic graphs (DAGs) from observational data remains a significant challenge in machine learning. We consider the setting where the graph structure varies with contextual features, and propose a neural network that maps contexts to sparse DAGs, which ensures acyclicity through a novel projection layer.',
    );
    const related = indexKnownPapers([blockchain, dags].map(knownPaperOf));
    expect(starterQuestions(blockchain, { related }).join('\n')).not.toMatch(/Contextual directed acyclic graphs/);
  });

  it('never quotes a range whose ends the translation made one, or "copula" rendered 橄榄 (zh-ce 2402.10949, 2304.05004)', () => {
    expect(quotableZh('我们评估了60种系统消息片段的性能，跨三个参数范围从70亿到70亿个变量的模型，在GSM8K数据集上进行测试。')).toBe(false);
    expect(quotableZh('我们评估了60种系统消息片段的性能，跨三个参数范围从70亿到700亿个参数的模型，在GSM8K数据集上进行测试。')).toBe(true);
    expect(quotableZh('本文研究了边缘重尾风险呈高斯橄榄模型的多变量尾部风险概率。')).toBe(false);
  });

  it('asks a comparison with baselines in a study with people about the baselines, not the participants (zh-ce 2305.01548)', () => {
    const explaignn = paper('ucce.3', 'Explainable Conversational Question Answering over Heterogeneous Sources via Iterative Graph Neural Networks', '', {
      abstractZh: '我们开展了一项用户研究，共有120名参与者。实验证明，EXPLAIGNN 提高了现有基线方式的性能。',
    });
    const asked = starterQuestions(explaignn, { locale: 'zh-CN' }).join('\n');
    expect(asked).not.toMatch(/参与者的选取方式或提问方式本身，会不会就导致了这个结果？/);
  });
});

describe('the clear-claim papers that samples CB–CE left with no usable question', () => {
  it('reads a dataset developed in the passive, "we know little about …", "we initiate the study of …" and a proposal in the passive (2310.10670, 2402.11821, 2307.08999, 2304.04914)', () => {
    expect(roleEn('To address this challenge, a new dataset called the Obfuscated Malware Dataset (OMD) has been developed.')).toBe('dataset');
    expect(
      roleEn(
        'To date, however, we know little about how LLMs behave in analogous graph recall tasks: do their recalled graphs also exhibit certain biased patterns, and if so, how do they compare with humans?',
      ),
    ).toBe('gap');
    expect(roleEn('We initiate the study of omniprediction in the online adversarial setting.')).toBe('made');
    expect(roleEn('Regulatory markets, in which governments require the targets of regulation to purchase regulatory services from a private regulator, are proposed.')).toBe('made');
    // Others' proposals are not the paper's.
    expect(roleEn('Many methods for regulating markets are proposed.')).not.toBe('made');
    expect(roleEn('A new dataset was introduced by Smith et al. for this task.')).not.toBe('dataset');
  });
});
