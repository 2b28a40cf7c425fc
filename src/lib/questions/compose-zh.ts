/**
 * Chinese (zh-CN) starter questions: the same slots as compose-en.ts, asked entirely in Chinese and
 * quoting whole sentences of the Chinese abstract (or the digest's one-line Chinese summary) exactly
 * as written. English appears only as the names and terms those sentences carry.
 */
import { candidate, type Candidate, type Writer } from './compose-en.ts';
import type { PaperKind, Reading } from './extract.ts';
import { pick } from './text.ts';

const q = (sentence: string) => `“${sentence}”`;

const NOUN_ZH: Record<string, string> = {
  benchmark: '基准',
  dataset: '数据集',
  corpus: '语料库',
  'test collection': '测试集',
  survey: '综述',
  review: '综述',
  overview: '综述',
  'systematic review': '综述',
  'systematic literature review': '综述',
  'scoping review': '综述',
  'literature review': '综述',
  tutorial: '教程',
  primer: '入门介绍',
  'lecture notes': '讲义',
};
const noun = (r: Reading, fallback: string) => NOUN_ZH[r.noun ?? ''] ?? fallback;

const LEAD: Record<PaperKind, (s: string, r: Reading) => string[]> = {
  method: (s) => [`论文的核心主张是：${q(s)}与已有方法相比，新意在哪里？我们最想先检验设计中的哪一部分？`, `作者这样概括自己的贡献：${q(s)}方法中真正起作用的是哪一部分？有实验把它单独验证过吗？`],
  benchmark: (s, r) => [
    `作者这样介绍他们的${noun(r, '基准')}：${q(s)}它衡量了哪些现有工作忽略的东西？样本和标签是怎样产生和核查的？`,
    `${q(s)}如果一个模型在这个${noun(r, '基准')}上得分很高，我们能由此知道它什么？又有什么仍然无从得知？`,
  ],
  survey: (s, r) => [`作者这样描述这篇${noun(r, '综述')}：${q(s)}他们是怎样梳理这个领域的？有没有遗漏哪条重要的研究路线？`, `${q(s)}这篇${noun(r, '综述')}里的哪些区分对我们最有用？哪些地方只停留在表面？`],
  theory: (s) => [`用作者的话说，主要结果是：${q(s)}它需要哪些假设？在我们关心的情形下，这些假设有多苛刻？`, `${q(s)}用大白话说这是什么意思？论证中最关键的是哪一步？`],
  position: (s) => [`论文的立场是：${q(s)}对这一立场最有力的反驳是什么？论文回应了吗？`, `${q(s)}谁会反对这个观点？理由是什么？`],
  people: (s) => [`作者这样描述这项研究：${q(s)}参与者具体做了什么、回答了什么？这能多直接地支持论文的结论？`],
  unclear: (s) => [`论文的核心陈述是：${q(s)}论文中哪项证据最直接地支持它？什么会让我们怀疑它？`, `${q(s)}论文中哪个结果是这句话最有力的证据？它足够有力吗？`],
};

const PROBLEM: Partial<Record<PaperKind, (s: string, r: Reading) => string[]>> = {
  theory: (s) => [`作者用这句话说明动机：${q(s)}这个问题为什么重要？在这篇论文之前，人们对它了解多少？`],
  position: (s) => [`${q(s)}我们接受这个前提吗？没有它，论文的立场还成立吗？`],
  survey: (s, r) => [`${q(s)}这篇${noun(r, '综述')}是否说明了领域是如何应对这一点的？哪种应对看起来最有希望？`],
};
/** A gap in what is known (尚不清楚) is no obstacle to overcome. */
const GAP_ZH = /尚不清楚|不清楚|尚未完全|尚未被?充分|很少被研究|鲜有研究|仍不明确|未被充分探索/;
const GAP = (s: string) => [`${q(s)}读之前我们对此怎么看？论文弄清楚了什么？`];
const PROBLEM_DEFAULT = (s: string) => [`论文的出发点是：${q(s)}这在实际中真的是主要障碍吗？作者给出了什么证据？`, `${q(s)}我们自己遇到过这个问题吗？现在是怎么处理的？`];

const COMPARED = (s: string) => [`${q(s)}基线是否用了同样的数据、调参和算力？换成作者没有挑选的数据，排名还会一样吗？`];
const OBSERVED = (s: string) => [`摘要报告：${q(s)}还有什么别的原因能解释这个结果？论文排除了吗？`, `${q(s)}这和我们自己的经验相符吗？在依赖它之前，我们想先核实什么？`];
const FINDING: Record<PaperKind, (s: string, r: Reading, comparison: boolean) => string[]> = {
  method: (s, _r, comparison) => (comparison ? COMPARED(s) : OBSERVED(s)),
  unclear: (s, _r, comparison) => (comparison ? COMPARED(s) : OBSERVED(s)),
  benchmark: (s, r) => [`${q(s)}这更多反映了模型本身，还是这个${noun(r, '基准')}的特点？我们怎样区分？`],
  theory: (s) => [`${q(s)}有没有一个能手算验证的小例子？论文给出了吗？`],
  people: (s) => [`${q(s)}参与者的选取方式或提问方式本身，会不会就导致了这个结果？`],
  survey: (s, r) => [`${q(s)}这是从这篇${noun(r, '综述')}所覆盖的工作中得出的结论，还是作者自己的看法？我们怎样核对？`],
  position: (s) => [`${q(s)}什么证据能说服持怀疑态度的人？论文提供了吗？`],
};

const WHO_TOOK_PART = '参与者是谁、是怎样招募的？这些发现能推广到这个群体之外吗？';
const KIND: Partial<Record<PaperKind, (r: Reading) => string[]>> = {
  method: (r) => (r.people ? [WHO_TOOK_PART] : ['我们预计这个方法会在哪些情形下失效？论文检验过其中哪些情形？', '论文中哪一个结果最能说服持怀疑态度的人？还缺少什么证据？']),
  benchmark: (r) => [`一个模型能否不具备这个${noun(r, '基准')}想衡量的能力，却照样拿到高分？`, `我们怎样才能知道这个${noun(r, '基准')}的样本是否已经泄露进了模型的训练数据？`],
  survey: (r) => [`这篇${noun(r, '综述')}涉及的工作中，我们组下一篇最该读哪一篇？为什么？`],
  theory: () => ['谁能在白板上把主要结果在最小的非平凡例子上推一遍？'],
  position: () => ['如果作者是对的，我们的做法应该有什么改变？谁需要先行动？'],
  people: () => [WHO_TOOK_PART],
};

/** A Chinese title can name the other paper when it carries English only as names or terms. */
function zhTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || /[A-Za-z][\w'’-]*(?:[\s,]+[A-Za-z][\w'’-]*){3,}/.test(t) || !/[\u4e00-\u9fff]/.test(t)) return undefined;
  return t;
}

export const zh: Writer = {
  title(r, seed) {
    const t = r.titleQuestionZh;
    if (!t || !/[\u4e00-\u9fff]/.test(t)) return undefined;
    return candidate('title', [], [`标题问道：${q(t)}论文的回答是什么？证据对这个回答的支持有多强？`, `标题问道：${q(t)}读结果之前，我们各自会怎么回答？`], seed);
  },
  lead(r, seed) {
    const s = r.zh.contribution;
    if (s) return candidate('lead', [s], LEAD[r.kind](s, r), seed);
    const summary = r.zh.summary;
    if (summary) return candidate('lead', [summary], [`摘要的一句话总结是：${q(summary)}论文中哪项证据最直接地支持这个总结？总结有没有说得比论文更满？`], seed);
    return undefined;
  },
  problem(r, seed) {
    const s = r.zh.problem;
    if (!s) return undefined;
    const options = PROBLEM[r.kind]?.(s, r) ?? (GAP_ZH.test(s) ? GAP(s) : PROBLEM_DEFAULT(s));
    return candidate('problem', [s], options, seed);
  },
  figure(r) {
    const f = r.zh.figure;
    if (!f || r.kind === 'theory' || r.kind === 'survey' || r.kind === 'position') return undefined;
    const s = q(f.sentence);
    const text =
      f.kind === 'speed'
        ? `${s}这个${f.figure}的加速是在什么硬件上、和哪个基线比出来的？它在质量上有没有代价？`
        : f.kind === 'value'
          ? `${s}${f.measure}达到${f.figure}，和同一数据上最强的基线相比如何？其中有多少差别可能只是噪声？`
          : `${s}${f.measure}上的${f.figure}是和哪个基线、在什么数据上比出来的？面对更强或调得更好的基线，这个差距还在吗？`;
    return candidate('figure', [f.sentence], [text], '');
  },
  finding(r, seed) {
    const f = r.zh.finding;
    return f ? candidate('finding', [f.text], FINDING[r.kind](f.text, r, f.comparison), seed) : undefined;
  },
  kind(r, seed) {
    const options = KIND[r.kind]?.(r);
    return options ? candidate('kind', [], options, seed) : undefined;
  },
  related(match, seed) {
    const title = zhTitle((match as { titleZh?: string }).titleZh);
    const other = title ? `《${title}》（${match.id}）` : `论文 ${match.id}`;
    return candidate('related', [], [`组里已有${other}。和它对照着读，这篇论文补充或反驳了什么？两篇适合放在同一次讨论里吗？`, `这篇论文和组里已有的${other}是什么关系？两者观点一致吗？适合一起讨论吗？`], seed);
  },
  fallbacks(r, seed, quoted) {
    const out: Candidate[] = [];
    // Only a sentence in which the authors speak of their own work: background says nothing about the paper.
    const own = r.zh.quotable.find((s) => !quoted.includes(s) && /我们|本文|本研究|这项工作/.test(s));
    const quoting = own && candidate('fallback', [own], [`摘要中写道：${q(own)}论文中哪部分最直接地支持这句话？什么会让我们怀疑它？`], seed);
    if (quoting) out.push(quoting);
    const generic = ['这篇论文中，哪一个结果是我们最想亲自验证的？打算怎样验证？', '在自己的工作中采用这篇论文的结论之前，我们还需要知道什么？'];
    const first = pick([0, 1], seed);
    out.push({ slot: 'fallback', quotes: [], text: generic[first]! }, { slot: 'fallback', quotes: [], text: generic[1 - first]! });
    return out;
  },
};
