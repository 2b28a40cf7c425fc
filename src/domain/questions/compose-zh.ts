/**
 * Chinese (zh-CN) starter questions: the same slots as compose-en.ts, asked entirely in Chinese and
 * quoting whole sentences of the Chinese abstract (or the digest's one-line Chinese summary) exactly
 * as written. English appears only as the names and terms those sentences carry.
 */
import { ADD_ON } from '../contribution-sentence.ts';
import { candidate, fallbacksOf, type QuestionCandidate, type Writer } from './compose-en.ts';
import { COMPARISON_ZH, REVIEW_SCOPE_ZH, type PaperKind, type Reading, type SentenceRole } from './extract.ts';

/** A sentence quoted in “…”, its own curly quotes shown as 「…」 so that the question's quote stays one. */
const q = (sentence: string) => `“${sentence.replace(/“/g, '「').replace(/”/g, '」')}”`;

/** The questions that could be asked of any paper (see GENERIC_EN in compose-en.ts). */
export const GENERIC_ZH = ['这篇论文中，哪一个结果是我们最想亲自验证的？打算怎样验证？', '在自己的工作中采用这篇论文的结论之前，我们还需要知道什么？'] as const;

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

/** A contribution naming several parts, or joining things: "which part does the work" fits it. */
const PARTS_ZH = /包含|包括|由[^，。]{0,12}组成|模块|组件|阶段|分支|结合|融合|整合|统一|联合|两个|三个|两种|三种/;
/** A finding about how models or systems perform. */
const MODELS_ZH = /模型|LLM|GPT|系统|智能体|代理|方法|基线|性能|表现|准确率|得分|F1/;
/** A problem that concerns methods, models or tools a group like ours might use. */
const PRACTICE_ZH = /方法|模型|系统|工具|技术|算法|框架|模拟器|基准|流程|指标|实现/;

const METHOD_LEAD = (s: string, r: Reading) =>
  // "有实验把它单独验证过吗？" only where the paper has experiments.
  PARTS_ZH.test(s) && r.empirical && r.kind !== 'benchmark'
    ? [`作者这样概括自己的贡献：${q(s)}方法中真正起作用的是哪一部分？有实验把它单独验证过吗？`]
    : [`作者这样描述自己的工作：${q(s)}与已有方法相比，新意在哪里？我们最想先检验设计中的哪一部分？`];
/** Questions about scoring models fit only a resource that models are scored on; a corpus that is described is asked how it was made. */
const DATASET_LEAD = (s: string, r: Reading) =>
  r.modelsScored && (r.noun ?? 'benchmark') === 'benchmark'
    ? [`作者这样介绍他们的基准：${q(s)}它衡量了哪些现有工作忽略的东西？样本和标签是怎样产生和核查的？`, `${q(s)}如果一个模型在这个基准上得分很高，我们能由此知道它什么？又有什么仍然无从得知？`]
    : r.noun === 'benchmark'
      ? // 一个受控的基准（训练设置、测试平台）不是"收集"来的。
        [`作者这样介绍他们的基准：${q(s)}它衡量了哪些现有工作忽略的东西？有了它，我们能研究哪些现有资源做不到的问题？`]
      : [`作者这样介绍他们的${noun(r, '数据集')}：${q(s)}它是怎样收集和核查的？有了它，我们能研究哪些现有资源做不到的问题？`];
const RESULT_LEAD = (s: string) => [`用作者的话说：${q(s)}它需要哪些假设？在我们关心的情形下，这些假设有多苛刻？`, `${q(s)}用大白话说这是什么意思？论证中最关键的是哪一步？`];
const CLAIM_LEAD = (s: string) => [`论文的核心论断是：${q(s)}论文中哪项证据最直接地支持它？什么会让我们怀疑它？`, `${q(s)}论文中哪个结果是这句话最有力的证据？它足够有力吗？`];
const POSITION_LEAD = (s: string) => [`论文的立场是：${q(s)}对这一立场最有力的反驳是什么？论文回应了吗？`, `${q(s)}谁会反对这个观点？理由是什么？`];
const SURVEY_LEAD = (s: string, r: Reading) => [
  `作者这样描述这篇${noun(r, '综述')}：${q(s)}他们是怎样梳理这个领域的？有没有遗漏哪条重要的研究路线？`,
  `${q(s)}这篇${noun(r, '综述')}里的哪些区分对我们最有用？哪些地方只停留在表面？`,
];
const DESIGN_LEAD = (s: string) => [`研究是这样设计的：${q(s)}这样的设计足以支撑论文得出的结论吗？换作我们，会改动哪里？`, `${q(s)}这个设计遗漏了什么？这会不会改变论文的结论？`];
const PEOPLE_LEAD = (s: string) => [`作者这样描述这项研究：${q(s)}参与者具体做了什么、回答了什么？这能多直接地支持论文的结论？`];
const THEORY_SETTING = (s: string) => [`${q(s)}这个设定涵盖了哪些以往分析没有覆盖的情形？论证中最关键的是哪一步？`];
const QUESTION_LEAD = (s: string) => [`论文要回答的是：${q(s)}论文中哪个实验或论证回答了它？这个回答在所研究的情形之外还成立吗？`];
/** Something the authors made that no role names (a measure, a protocol, a formulation): asked what is new in it, whatever it is. */
const MADE_LEAD = (s: string) => [`作者这样描述自己的工作：${q(s)}与已有工作相比，新意在哪里？它让我们能做哪些以前做不到的事？`];
/** The assumption the paper's results rest on (see compose-en.ts). */
const ASSUMPTION_LEAD = (s: string) => [`论文依赖这一假设：${q(s)}在我们关心的情形中，它的限制有多强？如果它不成立，会出什么问题？`];
const DEFINITION_LEAD = (s: string) => [`${q(s)}这个新概念抓住了哪些已有概念没有抓住的东西？作者怎样说明它的重要性？`];

/** The frames for a sentence by its role and the kind of paper (see compose-en.ts); none when no frame fits. */
function leadFrames(s: string, role: SentenceRole | undefined, r: Reading): string[] | undefined {
  switch (role) {
    case 'artefact':
      // What a survey "introduces" (a taxonomy, the structure of a field) is how it organises the field, not a method to test.
      return r.kind === 'survey' ? SURVEY_LEAD(s, r) : METHOD_LEAD(s, r);
    case 'dataset':
      // "The authors introduce their benchmark" fits only a paper whose contribution is that resource.
      return r.kind === 'benchmark' ? DATASET_LEAD(s, r) : undefined;
    case 'result':
      return RESULT_LEAD(s);
    case 'claim':
      if (r.kind === 'benchmark' && MODELS_ZH.test(s)) return FINDING.benchmark(s, r, false);
      if (r.kind === 'position') return POSITION_LEAD(s);
      if (r.kind === 'survey') return FINDING.survey(s, r, false);
      if (r.kind === 'people') return FINDING.people(s, r, COMPARISON_ZH.test(s));
      return CLAIM_LEAD(s);
    case 'position':
      // "We argue that …" in a paper that proposes a method is a claim, not the paper's position.
      return r.kind === 'position' || r.kind === 'unclear' ? POSITION_LEAD(s) : CLAIM_LEAD(s);
    case 'survey':
      return r.kind === 'survey' ? SURVEY_LEAD(s, r) : undefined;
    case 'design':
      if (r.kind === 'people') return PEOPLE_LEAD(s);
      // A survey's method ("本文对……的最新研究进行了调查") is no study's setup (see compose-en.ts).
      if (r.kind === 'survey') return undefined;
      return DESIGN_LEAD(s);
    case 'question':
      return QUESTION_LEAD(s);
    case 'setting':
      // "We consider estimation in …" says what the paper is about, not what it shows: only a theory paper's setting is asked about.
      return r.kind === 'theory' && !/重新审视|重新考察|再次审视|重访/.test(s) ? THEORY_SETTING(s) : undefined;
    case 'definition':
      return DEFINITION_LEAD(s);
    case 'assumption':
      return ASSUMPTION_LEAD(s);
    case 'made':
      // What a survey makes (a taxonomy) is how it organises the field.
      return r.kind === 'survey' ? SURVEY_LEAD(s, r) : MADE_LEAD(s);
    default:
      return undefined;
  }
}

const PROBLEM: Partial<Record<PaperKind, (s: string, r: Reading) => string[]>> = {
  theory: (s) => [`作者用这句话说明动机：${q(s)}这个问题为什么重要？在这篇论文之前，人们对它了解多少？`],
  position: (s) => [`${q(s)}我们接受这个前提吗？没有它，论文的立场还成立吗？`],
  survey: (s, r) => [`${q(s)}这篇${noun(r, '综述')}是否说明了领域是如何应对这一点的？哪种应对看起来最有希望？`],
};
/** A gap in what is known (研究还不多) is no obstacle to overcome. */
// Not "论文弄清楚了什么": a method paper that starts from a gap answers it in part, if at all.
const GAP = (s: string) => [`${q(s)}读之前我们对此怎么看？论文在多大程度上回答了它？`];
/** A lack, a cost or a failure (see compose-en.ts). */
const DEFICIENCY_ZH = /缺乏|缺少|瓶颈|昂贵|代价高|慢|低效|效率低|不可靠|难以|阻碍|不足|失败|局限|受限|有限|较差|退化|下降/;
const PROBLEM_DEFAULT = (s: string, r: Reading): string[] => {
  if (!PRACTICE_ZH.test(s) && !r.empirical && !DEFICIENCY_ZH.test(s)) return [];
  const obstacle = `论文的出发点是：${q(s)}这在实际中真的是主要障碍吗？作者给出了什么证据？`;
  return [obstacle];
};

const COMPARED = (s: string) => [`${q(s)}基线是否用了同样的数据、调参和算力？换成作者没有挑选的数据，排名还会一样吗？`];
/** A finding that something is so invites other explanations; a demonstration of what a method can do does not. */
const EXPLAINABLE_ZH = /发现|观察到|揭示|表明|显示|相关|关联|解释|倾向于/;
/** "实验表明，我们的框架能……": what the authors' own method does is a demonstration, asked for its evidence. */
const DEMONSTRATION_ZH = /(?:表明|显示|证明)[，,]?(?:我们的|我们[^，。；]{1,4}的|所提出的|本文的|该)[^，。；]{0,12}?(?:框架|方法|模型|系统|算法)/;
/** "我们进一步提供了理论分析，表明……": derived, not observed, so there is nothing else to explain it; asked for its assumptions (as ANALYTIC_EN in compose-en.ts). */
const ANALYTIC_ZH = /理论分析|理论上|解析地|闭式解|可证明地|对于任意|(?:以|在)?(?:很高的|较高的|高)概率(?:下|地)?|全局最小(?:化)?(?:者|点|解|值)/;
const OBSERVED = (s: string) =>
  ANALYTIC_ZH.test(s) ? RESULT(s) : EXPLAINABLE_ZH.test(s) && !DEMONSTRATION_ZH.test(s) ? [`摘要报告：${q(s)}还有什么别的原因能解释这个结果？论文排除了吗？`] : EVIDENCE(s);
/** A theorem is checked by its assumptions and a small case, not by experience or alternative explanations. */
const RESULT = (s: string) => [`${q(s)}这个结论依赖哪些假设？有没有一个能手算验证的小例子？`];
const EVIDENCE = (s: string) => [`摘要报告：${q(s)}论文对此给出的证据有多强？在什么情况下它可能不成立？`];
/** A finding voiced as measured or observed ("研究结果表明", "我们发现"): data, not a derivation. */
const MEASURED_ZH = /(?:结果|实验|研究|分析|评估|调查|数据)(?:还|均|进一步)?(?:表明|显示|揭示)|我们(?:还|进一步)?(?:发现|观察到)/;
/** A claim with no data in it (see compose-en.ts). */
const EMPIRICAL_WORDS_ZH = /实验|实证|数据|基准|基线|仿真|(?<!互)模拟|参与者|受访者|调查|样本|观测|估计|面板|证据|优于|提高|提升|降低|减少|准确|加速|性能|[%％]/;
const IMPLIED = (s: string) => [`${q(s)}是模型中的哪个假设导致了这一点？放宽这个假设，结论还成立吗？`];
/** A claim derived in a paper whose authors prove or derive things: a possibility ("可能改变") is asked what drives it; a statement, for its assumptions. */
// 参与者 of a paper that studies no people ("一类自然的参与者行为", the players of a game) are no data either.
const derived = (s: string, r: Reading) => {
  const claim = s.replace(/^(?:结果|研究|分析)(?:还|均|进一步)?(?:表明|显示)，?/, '');
  return r.theoretical && !EMPIRICAL_WORDS_ZH.test(r.people ? claim : claim.replace(/参与者/g, ''));
};
const DERIVED = (s: string) => (/可能|可以|能够/.test(s) ? IMPLIED(s) : RESULT(s));
/** A claim in a paper with no experiments: derived when its authors prove things, else measured or merely stated (see compose-en.ts). */
const UNMEASURED = (s: string, r: Reading) => (r.theoretical ? RESULT(s) : MEASURED_ZH.test(s) ? OBSERVED(s) : EVIDENCE(s));
const FINDING: Record<PaperKind, (s: string, r: Reading, comparison: boolean) => string[]> = {
  method: (s, r, comparison) => (comparison ? COMPARED(s) : derived(s, r) ? DERIVED(s) : r.empirical ? OBSERVED(s) : UNMEASURED(s, r)),
  unclear: (s, r, comparison) => (comparison ? COMPARED(s) : derived(s, r) ? DERIVED(s) : r.empirical ? OBSERVED(s) : UNMEASURED(s, r)),
  theory: (s, _r, comparison) => (comparison ? COMPARED(s) : RESULT(s)),
  // "The models or the benchmark?" fits a finding about how models perform, not any finding of a resource paper.
  benchmark: (s, r, comparison) => (MODELS_ZH.test(s) ? [`${q(s)}这更多反映了模型本身，还是这个${noun(r, '基准')}的特点？我们怎样区分？`] : comparison ? COMPARED(s) : OBSERVED(s)),
  // A comparison with baselines ("EXPLAIGNN 提高了现有基线方式的性能") has no participants to ask about, whatever else the paper studied.
  people: (s, _r, comparison) => (comparison ? COMPARED(s) : [`${q(s)}参与者的选取方式或提问方式本身，会不会就导致了这个结果？`]),
  survey: (s, r) => [`${q(s)}这是从这篇${noun(r, '综述')}所覆盖的工作中得出的结论，还是作者自己的看法？我们怎样核对？`],
  position: (s) => [`${q(s)}什么证据能说服持怀疑态度的人？论文提供了吗？`],
};

/**
 * The authors as the sentence's subject, after at most an opening clause ("为此，我们……", "在这项研究中，
 * 我们……", "本文从……出发，"), then their verb; a single author's 我 too, never 自我 (self-).
 */
const AUTHORS_ZH =
  /^(?:[^。；]{0,60}?，)?(?:在(?:本|这项|这篇|该)(?:研究|文|论文|工作)中，?)?(?:我们|本文|本研究|这项研究|这项工作|该研究|该论文|本论文|(?<!自)我(?!们))(?:首先|进一步|则|主要|系统地|全面地)?(?!还|也)/;
/** What the authors found or showed: asked what supports it. */
const CLAIMS_ZH = /^(?:发现|表明|证明|揭示|论证)|^提出了?[^，。；]{0,20}?证据/;
/** What the authors made: asked what is new in it. */
const MAKES_ZH = /^(?:提出|介绍|引入|开发|设计|构建|建立|创建|推出|发布|提取|扩展|推广|改进|制定|将[^，。；]{1,30}?扩展为)/;
/** What the authors set out to study: asked what they conclude. */
const STUDIES_ZH = /^(?:研究|探讨|探究|分析|评估|考察|调查|探索|比较|解决|关注|讨论|确定)/;
const CLAIM = (s: string) => [`摘要中写道：${q(s)}论文中哪部分最直接地支持这句话？什么会让我们怀疑它？`];
const AIM = (s: string, r: Reading) =>
  r.kind === 'theory' || (r.theoretical && !r.empirical)
    ? [`作者这样说明自己的工作：${q(s)}关于它，他们确立了什么？论证中最关键的是哪一步？`]
    : [`作者这样说明自己的工作：${q(s)}他们得出了什么结论？论文对这个结论的支持有多充分？`];

/** Why a field matters, then what is missing: 至关重要/日益重要……，但…… */
const FIELD_BACKGROUND_ZH = /(?:至关重要|非常重要|十分重要|越来越重要|日益重要|重要性日益|具有重要意义)[^。]*?(?:[，,；](?:但|然而|而|因此)|[。]?$)/;
/** What the paper itself does or is, as a digest's summary says it. */
const PAPER_DOES_ZH = /提出|介绍|引入|开发|设计|构建|建立|研究了|探讨了|分析了|考察了|评估了|比较了|展示|给出|推导|是一[种个套]|本文|该论文|这篇论文|该研究|本研究|这项研究|该工作|作者/;
/** A summary that says what the paper proposes ("本文提出了一种……框架"); not "本文提出智能体系统必须……" (argues), nor "引入……可以……" (a claim). */
const SUMMARY_PROPOSES_ZH =
  /^(?:(?:本文|该论文|这篇论文|本论文|本研究|该研究|这项研究|作者|我们)(?:[^，。；]{0,8}?|[^。；]{0,60}?，并?))?(?:提出|引入|开发|设计|构建|介绍|发展)了?(?:一[种个套类项]|[A-Za-z]|新的?|名为)|^[^，。；]{1,30}?是一[种个套][^，。；]{0,30}?新(?:方法|框架|模型|算法|系统)|^[A-Za-z][\w-]*是一[种个套][^，。；]{0,30}?(?:方法|框架|模型|算法|系统|架构)/;
/** A summary that states a result (see RESULT_CUE_EN in compose-en.ts); "有重要的应用价值" states none. */
const RESULT_CUE_ZH =
  /表明|(?<!社区|异常|知识|模式|主题|药物|规律|漏洞|故障)发现|证明|揭示|提高|提升|优于|显著|超过|超越|降低|减少|改善|实现了|取得了|达到|更好|更高|更低|更快|\d+(?:\.\d+)?\s*(?:%|％|倍)/;
/**
 * What a method is for or how it works, not what it was found to do: "以改善电池管理", "从而减少嘈杂标签对……的副作用",
 * "通过耦合对比学习减少领域差异".
 */
// ("通过细粒度奖励建模提高了……的性能", "从而提升了……": what it did, a result.)
const PURPOSE_ZH = /(?:以|旨在|为了|用来|用于|来|从而|以便)(?:进一步)?(?:改善|提高|提升|降低|减少|实现|达到)(?!了)|通过[^，。；]{1,30}?(?:改善|提高|提升|降低|减少)(?!了)/g;
/** Whether a summary states a result: a cue of one outside the clauses that say what the method is for. */
const statesResultZh = (s: string) => RESULT_CUE_ZH.test(s.replace(PURPOSE_ZH, ' '));

const WHO_TOOK_PART = (s: string) => [`${q(s)}参与者具体是谁、是怎样招募的？这些发现能推广到这个群体之外吗？`];

/** A Chinese title can name the other paper when it carries English only as names or terms. */
function zhTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  // An English clause, or TeX a question cannot show ("hint$^2$"), keeps the title out of a question.
  // Nor does one with title marks of its own, which 《…》 would nest ("《《……》的翻译标题》").
  if (!t || /[A-Za-z][\w'’-]*(?:[\s,]+[A-Za-z][\w'’-]*){3,}/.test(t) || /[$\\{}《》]|arXiv:/i.test(t) || !/[\u4e00-\u9fff]/.test(t)) return undefined;
  return t;
}

/** The name the authors give their contribution, when the Chinese abstract's contribution sentence uses it too. */
const nameInZh = (r: Reading) => (r.name && (r.zh.contribution ?? '').includes(r.name) ? r.name : undefined);

/** {@link Writer.aim} in Chinese (see aimOf in compose-en.ts): the frame the sentence's verb calls for, or undefined. */
function aimOf(s: string, r: Reading, seed: string): QuestionCandidate | undefined {
  // "为了……，我们还建立了……": an add-on built on the side; "我们从相关文献中介绍了技术细节": a review's scope.
  if (ADD_ON.test(s) || REVIEW_SCOPE_ZH.test(s)) return undefined;
  const subject = AUTHORS_ZH.exec(s);
  if (!subject) return undefined;
  // "本文旨在找到……": what the authors set out to achieve, asked what is new in how (see the aims of compose-en.ts).
  const aims = /^(?:旨在|试图|致力于|尝试)/.exec(s.slice(subject[0].length));
  // "本文从……视频数据中自动提取……", "我们通过……来扩展……": the verb after where from or by what means.
  const verb = s.slice(subject[0].length + (aims?.[0].length ?? 0)).replace(/^(?:从[^，。；]{1,40}?中|(?:通过|利用|借助|基于|结合|使用)[^。；]{1,60}?来)(?:自动|首次|进一步)?/, '');
  // What a survey's authors analyse or make is how they organise the field.
  if (r.kind === 'survey') return CLAIMS_ZH.test(verb) || MAKES_ZH.test(verb) || STUDIES_ZH.test(verb) ? candidate('lead', [s], SURVEY_LEAD(s, r), seed) : undefined;
  const frames = CLAIMS_ZH.test(verb) ? CLAIM(s) : MAKES_ZH.test(verb) ? MADE_LEAD(s) : STUDIES_ZH.test(verb) ? AIM(s, r) : aims ? MADE_LEAD(s) : undefined;
  return frames ? candidate('lead', [s], frames, seed) : undefined;
}

export const zh: Writer = {
  title(r, seed) {
    const t = r.titleQuestionZh;
    if (!t || !/[\u4e00-\u9fff]/.test(t)) return undefined;
    return candidate('title', [], [`标题问道：${q(t)}论文的回答是什么？证据对这个回答的支持有多强？`, `标题问道：${q(t)}读结果之前，我们各自会怎么回答？`], seed);
  },
  lead(r, seed) {
    const s = r.zh.contribution;
    const frames = s ? leadFrames(s, r.zh.contributionRole, r) : undefined;
    return s && frames ? candidate('lead', [s], frames, seed) : undefined;
  },
  summary(r, seed) {
    const s = r.zh.summary;
    // A summary that only says why the field matters ("……对于确保车辆自动化安全至关重要，但当前研究中……往往被分开研究")
    // is background, nothing of the paper's to weigh.
    if (s && FIELD_BACKGROUND_ZH.test(s) && !statesResultZh(s) && !PAPER_DOES_ZH.test(s)) return undefined;
    if (!s) return undefined;
    // A summary that says what the paper proposes and no result has nothing to overstate: what is new in it is the question.
    const proposes = r.kind !== 'survey' && !statesResultZh(s) && SUMMARY_PROPOSES_ZH.test(s);
    const c = candidate(
      'summary',
      [s],
      [
        proposes
          ? `日报对这篇论文的一句话概括是：${q(s)}与已有方法相比，新意在哪里？它让我们能做哪些以前做不到的事？`
          : `日报对这篇论文的一句话概括是：${q(s)}论文中哪项证据最直接地支持这个概括？概括有没有说得比论文更满？`,
      ],
      seed,
    );
    return c && !statesResultZh(s) ? { ...c, weak: true } : c;
  },
  problem(r, seed) {
    const s = r.zh.problem;
    if (!s) return undefined;
    const options = r.zh.problemRole === 'gap' ? GAP(s) : (PROBLEM[r.kind]?.(s, r) ?? PROBLEM_DEFAULT(s, r));
    return candidate('problem', [s], options, seed);
  },
  figure(r) {
    const f = r.zh.figure;
    // A benchmark's figures are the scores of the models it tests (see compose-en.ts).
    if (!f || r.kind === 'theory' || r.kind === 'survey' || r.kind === 'position' || (r.kind === 'benchmark' && f.kind === 'value')) return undefined;
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
    if (!f) return undefined;
    return candidate('finding', [f.text], f.role === 'result' ? RESULT(f.text) : FINDING[r.kind](f.text, r, f.comparison), seed);
  },
  kind(r, seed) {
    // Only a question that carries the paper's own words: who took part, quoted from the abstract.
    const s = r.people ? r.zh.people : undefined;
    if (s) return candidate('kind', [s], WHO_TOOK_PART(s), seed);
    // Else one about the contribution by the name the authors give it, when the Chinese abstract uses that name too.
    const name = nameInZh(r);
    if (!name) return undefined;
    if (r.kind === 'benchmark')
      return r.modelsScored && (r.noun ?? 'benchmark') === 'benchmark'
        ? candidate('kind', [], [`模型有没有可能不具备${name}想要衡量的能力，却照样在它上面得高分？它的设计怎样防止这一点？`], seed)
        : undefined;
    return r.empirical
      ? candidate('kind', [], [`${name}在什么条件下可能失效？论文在这些条件下测试过它吗？`, `${name}要达到论文报告的效果，需要数据或场景满足哪些条件？我们的情况满足吗？`], seed)
      : undefined;
  },
  named(r, seed) {
    const name = r.kind === 'method' ? nameInZh(r) : undefined;
    if (!name) return undefined;
    return candidate('kind', [], [`我们预计${name}会在哪些情形下失效？论文里有什么能告诉我们它是否如此？`], seed);
  },
  related(match, seed) {
    const title = zhTitle((match as { titleZh?: string }).titleZh);
    const other = title ? `《${title}》（${match.id}）` : `论文 ${match.id}`;
    return candidate(
      'related',
      [],
      [`组里已有${other}。和它对照着读，这篇论文补充或反驳了什么？两篇适合放在同一次讨论里吗？`, `这篇论文和组里已有的${other}是什么关系？两者观点一致吗？适合一起讨论吗？`],
      seed,
    );
  },
  // No sentence of the Chinese abstract is too long for the full frames: `long` is never set.
  aim: (s, _long, r, seed) => aimOf(s, r, seed),
  fallbacks(r, seed, quoted) {
    return fallbacksOf(r.zh.roles, quoted, seed, (s, role) => (role === 'claim' ? CLAIM(s) : leadFrames(s, role, r)), GENERIC_ZH);
  },
};
