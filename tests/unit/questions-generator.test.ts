import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { categoryFromDigestName, parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { questionFlags } from '../../src/lib/questions/checks.ts';
import { en as writerEn } from '../../src/lib/questions/compose-en.ts';
import { zh as writerZh } from '../../src/lib/questions/compose-zh.ts';
import { readPaper, type QuestionPaper } from '../../src/lib/questions/extract.ts';
import { MAX_QUESTIONS, MIN_QUESTIONS, starterQuestions } from '../../src/lib/questions/generate.ts';
import { buildRelatedIndex } from '../../src/lib/questions/related.ts';
import { splitSentencesEn, splitSentencesZh } from '../../src/lib/questions/text.ts';
import { PROJECT_CONTENT, REAL_DIGESTS } from '../helpers/content.ts';

// The tuning set: the shipped papers and the real digests the generator was developed against.
// (The held-out digests in tests/fixtures/digests/ are for judging it, not for these tests.)
const seeds: QuestionPaper[] = readdirSync(join(PROJECT_CONTENT, 'papers'))
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((n) => readFrontmatter(readFileSync(join(PROJECT_CONTENT, 'papers', n), 'utf8'), n).data as unknown as QuestionPaper);
const fixtures: QuestionPaper[] = REAL_DIGESTS.flatMap((path) => parseDigest(readFileSync(path, 'utf8'), { category: categoryFromDigestName(basename(path)) }).entries);
const papers = [...seeds, ...fixtures];
const index = buildRelatedIndex(seeds);

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
      for (const [locale, set] of [['en', en[i]!], ['zh-CN', zh[i]!]] as const) {
        for (const q of set) {
          // The title of a related paper is that paper's text, not this one's.
          if (isRelated(q)) continue;
          expect(questionFlags(q, p, locale, set.filter((x) => x !== q)), `${p.id}: ${q}`).toEqual([]);
        }
      }
    }
  });

  it('quotes only whole sentences, exactly as the paper writes them', () => {
    for (const [i, p] of papers.entries()) {
      const wholeEn = new Set([...splitSentencesEn(p.abstract ?? ''), ...splitSentencesEn(p.summaryEn ?? '')].filter((s) => s.complete).map((s) => s.text));
      const wholeZh = new Set([...splitSentencesZh(p.abstractZh ?? ''), ...splitSentencesZh(p.summaryZh ?? '')].filter((s) => s.complete).map((s) => s.text));
      for (const q of en[i]!) {
        if (isRelated(q)) continue;
        for (const quoted of quotes(q)) expect(wholeEn.has(quoted) || quoted === p.title, `${p.id}: ${quoted}`).toBe(true);
      }
      for (const q of zh[i]!) {
        if (isRelated(q)) continue;
        for (const quoted of quotes(q)) expect(wholeZh.has(quoted) || quoted === p.titleZh, `${p.id}: ${quoted}`).toBe(true);
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
    for (const set of zh) {
      for (const q of set) {
        expect(q).toMatch(/[\u4e00-\u9fff]/);
        expect(ownWords(q)).not.toMatch(/[A-Za-z]{3,}/);
        expect(q).not.toMatch(/[A-Za-z][\w'-]*(?:[\s,]+[A-Za-z][\w'-]*){3,}/);
      }
    }
  });

  it('is deterministic', () => {
    const again = papers.map((p) => starterQuestions(p, { related: buildRelatedIndex(seeds) }));
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
      paper('f.t1', 'To Sample Better: Tempered Proposals for Discrete Diffusion', 'We propose tempered proposals for discrete diffusion models. Experiments show that tempered proposals improve sample quality on text and images.'),
      paper('f.t2', 'Does the Heart Show Your Pain? Cardiac Signals and Self-Reported Pain', 'We study whether heart-rate variability tracks self-reported pain. We find that the association is weak once movement is controlled for.'),
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
    const match = { id: '2401.18018', title: 'Prompt-Driven LLM Safeguarding via Directed Representation Optimization', titleZh: '通过定向表示优化实现提示驱动的大模型安全防护', shared: ['safeguarding'], score: 0.5 };
    const q = writerEn.related(match, 'x')!.text;
    expect(q).toContain('“Prompt-Driven LLM Safeguarding via Directed Representation Optimization” (2401.18018)');
    expect(q).not.toMatch(/both touch on|also deals with|safeguarding\b(?!.*”)/i);
    const qZh = writerZh.related(match, 'x')!.text;
    expect(qZh).toContain('《通过定向表示优化实现提示驱动的大模型安全防护》（2401.18018）');
    expect(qZh).not.toMatch(/Prompt-Driven/);
    // Without a Chinese title, the other paper goes by its id, not its English title.
    const { titleZh: _drop, ...noZh } = match;
    expect(writerZh.related(noZh, 'x')!.text).toMatch(/^(?:组里已有论文 2401\.18018。|这篇论文和组里已有的论文 2401\.18018是)/);
    expect(reading).toBeDefined();
  });

  it('asks no training-cost or baseline filler on theory papers, surveys and lecture notes', () => {
    const cases = [
      paper('f.s1', 'Graph Neural Networks: A Survey', 'This survey reviews graph neural networks for molecules. We organise existing methods into three families and compare their assumptions. We find that most benchmarks favour message passing.'),
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
