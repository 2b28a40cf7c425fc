/**
 * Chinese (zh-CN) starter questions from a paper's facts: the same slots as compose-en.ts, quoting the
 * Chinese abstract where it says the same thing, and the English one (marked 原文) where it does not.
 */
import type { Candidate } from './compose-en.ts';
import type { PaperFacts, ResultClaim } from './extract.ts';
import { PROBLEM_ZH, zhCounterpart, zhSentenceWith, type ZhFacts } from './extract-zh.ts';
import type { LimitCue } from './limits.ts';
import type { RelatedMatch } from './related.ts';
import { joinNamesZh, pick } from './text.ts';

/** Facts with their Chinese side (set by the generator for zh-CN). */
export type FactsZh = PaperFacts & { zh?: ZhFacts; enTitle?: string };

const q = (text: string) => `“${text}”`;
const qEn = (text: string) => `“${text}”`;

/** How to refer to the paper: its name, else its Chinese title's subject. */
function labelOf(f: FactsZh): string {
  if (f.name) return f.name;
  if (f.zh?.topic) return `这篇关于“${f.zh.topic}”的工作`;
  return `这篇关于 ${f.topic} 的工作`;
}

const CONCEPT_ZH: Record<string, string> = {
  'LLM safety': '大模型安全',
  'efficient inference': '高效推理',
  'chain-of-thought reasoning': '思维链推理',
  'multilingual NLP': '多语言处理',
  'biomedical data': '生物医学数据',
  speech: '语音',
  retrieval: '检索',
  'recommender systems': '推荐系统',
  'question answering': '问答',
  'code generation': '代码生成',
  privacy: '隐私',
  'fairness and bias': '公平与偏见',
  'continual learning': '持续学习',
  'knowledge distillation': '知识蒸馏',
  'multimodal models': '多模态模型',
  'instruction tuning': '指令微调',
  'graph learning': '图学习',
  'reinforcement learning': '强化学习',
  'diffusion models': '扩散模型',
  'sentence embeddings': '句子嵌入',
};

export function premise(f: FactsZh): Candidate | undefined {
  const seed = `${f.id}:premise`;
  if (f.titleQuestion) {
    const t = /[？?]$/.test(f.zh?.title ?? '') ? f.zh!.title : f.titleQuestion;
    return {
      slot: 'premise',
      uses: [],
      text: pick([`标题问道：${q(t)}论文的回答是什么？证据足以下结论，还是只是倾向于某一边？`, `${q(t)}读结果之前，我们各自会怎么回答？论文改变了谁的看法？`], seed),
    };
  }
  const problem = zhCounterpart(f.zh, f.problem, PROBLEM_ZH) ?? f.zh?.problem;
  if (problem || f.problem) {
    const c = problem ? q(problem) : qEn(f.problem!);
    const gap = /尚不清楚|不清楚|尚未|未被充分|很少被研究/.test(problem ?? '') || /\b(?:unclear|unknown|not (?:yet )?(?:been )?(?:fully )?understood)\b/i.test(f.problem ?? '');
    return {
      slot: 'premise',
      uses: [f.problem ?? problem!],
      text: gap
        ? pick([`作者指出一个空白：${c}。读完之后，论文究竟澄清了什么，还有什么没有解决？`, `论文说${c}。我们原本会怎么猜？论文改变了这个看法吗？`], seed)
        : pick(
            [
              `论文的出发点是${c}。这真的是实际中的瓶颈吗？作者给了什么证据？`,
              `${c}——我们自己遇到过这个问题吗，还是它主要出现在基准测试上？`,
              `如果${c}只是部分成立，论文的哪些结论会受影响？`,
              `我们接受这个动机吗：${c}？除了作者，还有谁证明过这一点，问题有多大？`,
            ],
            seed,
          ),
    };
  }
  if (f.problemPhrase) return { slot: 'premise', uses: [f.problemPhrase], text: `论文针对的是这样的情形：${q(zhCounterpart(f.zh, f.problemPhrase) ?? f.problemPhrase)}。这在真实系统中有多常见？在${labelOf(f)}之前人们是怎么处理的？` };
  return researchQuestion(f);
}

export function researchQuestion(f: FactsZh): Candidate | undefined {
  if (!f.researchQuestion) return undefined;
  const zh = zhCounterpart(f.zh, f.researchQuestion.text) ?? zhSentenceWith(f.zh, /是否|如何|怎样/);
  const text = zh ? q(zh) : qEn(`${f.researchQuestion.word ? `${f.researchQuestion.word} ` : ''}${f.researchQuestion.text}`);
  return {
    slot: 'question',
    uses: [f.researchQuestion.text],
    text: pick([`论文想弄清的问题是${text}。读之前你会怎么预测？作者是怎么找到答案的？`, `作者要回答${text}。他们的实验能回答这个问题吗？答案不同，我们的做法会有什么不同？`], `${f.id}:question`),
  };
}

export function titleClaim(f: FactsZh): Candidate | undefined {
  if (!f.titleClaim) return undefined;
  // The Chinese title's part that translates the English claim (same side of the colon), else the English.
  const enParts = f.enTitle?.split(/:\s+/) ?? [];
  const zhParts = f.zh?.title.split(/[：:]\s*/) ?? [];
  const at = enParts.findIndex((p) => p.includes(f.titleClaim!.slice(0, 12)));
  const t = at >= 0 && zhParts.length === enParts.length ? zhParts[at]! : f.titleClaim;
  return {
    slot: 'claim',
    uses: [],
    text: pick([`标题断言${q(t)}。什么样的观察能推翻它？论文做过类似的检验吗？`, `${q(t)}是个很强的标题。证据同样强吗，还是只在作者试过的设置下成立？`], `${f.id}:claim`),
  };
}

function mechanismQuestion(f: FactsZh, seed: string): string {
  const label = labelOf(f);
  const zh = zhCounterpart(f.zh, f.mechanism);
  const m = zh ? q(zh) : qEn(f.mechanism!);
  const signal = /\b(?:uses?|relies on|employs?)\s+((?:an?|the)\s+[^,;:]{4,60}?)\s+(?:as|to)\b/i.exec(f.mechanism ?? '')?.[1];
  if (signal) return `${label}的做法是：${m}。如果它依赖的信号（${signal.replace(/^(?:an?|the)\s/i, '')}）出错或有噪声，会怎样？方法能恢复吗？`;
  return pick(
    [
      `${label}是这样工作的：${m}。这个设计里真正起作用的是哪一部分？有消融实验能说明吗？`,
      `${m}——谁能在白板上把它画出来？哪一步并不显而易见？`,
      `${label}的关键一步是${m}。如果去掉或简化这一步，会坏在哪里？`,
      `为什么${m}会有效？直觉是什么？在什么情况下会失效？`,
    ],
    seed,
  );
}

export function idea(f: FactsZh): Candidate | undefined {
  const seed = `${f.id}:idea`;
  const label = labelOf(f);
  if (f.kind === 'benchmark' || f.kind === 'dataset') {
    const noun = f.kind === 'benchmark' ? '基准' : '数据集';
    return {
      slot: 'idea',
      uses: [],
      text: pick(
        [
          `${label}衡量的是哪些现有${noun}没有覆盖的能力？它的题目和标签是如何产生和核查的？`,
          `如果一个模型在${label}上表现很好，我们究竟了解了它什么，又仍然不知道什么？`,
          `${label}的构建方式决定了它奖励什么样的行为。哪一个设计选择影响最大？那是我们关心的能力吗？`,
        ],
        seed,
      ),
    };
  }
  if (f.components) {
    const items = joinNamesZh(f.components.items);
    return {
      slot: 'idea',
      uses: [],
      text: pick(
        [
          `${label}由${countZh(f.components.items.length)}部分组成：${items}。哪一部分贡献最大？有消融实验证明吗？`,
          `在${items}这${countZh(f.components.items.length)}部分中，如果只能实现一个，我们会保留哪个？为什么？`,
        ],
        seed,
      ),
    };
  }
  if (f.mechanism && f.kind !== 'analysis' && f.kind !== 'survey') return { slot: 'idea', uses: [f.mechanism], text: mechanismQuestion(f, seed) };
  const contribution = f.zh?.contribution ?? f.contribution;
  if (contribution) {
    const c = q(contribution);
    return {
      slot: 'idea',
      uses: [f.contribution ?? contribution],
      text: pick([`论文提出了${c}。与领域里已有的工作相比，真正新的是什么？`, `用两句话说清${c}的核心思想。哪一部分我们可以拿到别处用？`, `论文的贡献是${c}。我们首先会质疑背后的哪个设计决定？`], seed),
    };
  }
  if (f.mechanism) return { slot: 'idea', uses: [f.mechanism], text: `作者的做法是${q(zhCounterpart(f.zh, f.mechanism) ?? f.mechanism)}。这是公平的检验吗？更干净、更有决定性的实验会是什么样？` };
  return undefined;
}

export function finding(f: FactsZh, nth = 0): Candidate | undefined {
  const seed = `${f.id}:finding${nth}`;
  const en = f.findings.filter((x) => x.text !== f.problem && !/\d/.test(x.text) && !(f.comparison && f.comparison.clause.includes(x.text.slice(0, 40))))[nth];
  if (!en) return undefined;
  const zh = zhCounterpart(f.zh, en.text) ?? f.zh?.findings[nth];
  const c = q(zh ?? en.text);
  if (/\b(?:fail|fails|failed|struggle|struggles|cannot|still suffer)/i.test(en.text)) {
    return { slot: `finding${nth}`, uses: [en.text], text: `摘要称${c}。原因是什么——是设定本身，还是这些方法的配置问题？` };
  }
  return {
    slot: `finding${nth}`,
    uses: [en.text],
    text: pick(
      [
        `作者发现${c}。这与我们的经验一致吗？还有什么别的解释能得出同样的结果？`,
        `${c}——这个效应大到足以影响实践吗？换别的模型、数据或提示还成立吗？`,
        `如果${c}属实，这对我们的工作意味着什么？我们还想先核实什么？`,
        `什么机制能解释${c}？论文检验了这个解释，还是只报告了现象？`,
      ],
      seed,
    ),
  };
}

function countZh(n: number): string {
  return ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? String(n);
}

function resultQuote(f: FactsZh, r: ResultClaim): string {
  const number = /\d+(?:\.\d+)?/.exec(r.figure)?.[0];
  const zh = number ? zhSentenceWith(f.zh, new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}(?![\\d.])`)) : undefined;
  return zh ? q(zh) : qEn(r.clause);
}

export function evidence(f: FactsZh): Candidate | undefined {
  const seed = `${f.id}:evidence`;
  const label = labelOf(f);
  const r = f.results[0];
  if (r) {
    const c = resultQuote(f, r);
    let text: string;
    const factors = f.results.filter((x) => x.kind === 'factor' && x.clause === r.clause);
    if (r.kind === 'fraction' && r.parts) {
      text = `${c}。没有领先的那${countZh(r.parts[1] - r.parts[0])}项是哪些？它们说明了什么局限？`;
    } else if (r.kind === 'factor' && factors.length >= 2 && r.datasets.length >= 2) {
      text = `${c}。为什么在${joinNamesZh(r.datasets.slice(0, 2).reverse())}上差别这么大？这说明${label}在哪里最有用？`;
    } else if (r.kind === 'factor') {
      text = pick([`${c}。${r.figure}在实际运行时间和内存上意味着什么？质量上付出了什么代价？`, `${c}。这个${r.figure}是和强基线比的吗？在我们自己的硬件和数据上能看到吗？`], seed);
    } else if (r.kind === 'few') {
      text = `${c}。为什么这么少就够了？结果对挑选哪些样本有多敏感？`;
    } else if (r.kind === 'percent' || r.kind === 'score') {
      text = pick([`${c}。${r.figure}相对于随机波动有多大？用的是真正重要的指标吗？`, `${c}。这个差距足以改变我们在实践中的选择吗？剩下的错误是什么样的？`], seed);
    } else {
      text = pick([`${c}。这个规模足以支撑结论吗？它们是怎么挑选的？`, `${c}。这有多大代表性？缺了哪些我们在意的情况？`], seed);
    }
    return { slot: 'evidence', uses: [r.clause], text };
  }
  const first = firstClaim(f);
  if (first) return first;
  if (f.datasets.length > 0) {
    return { slot: 'evidence', uses: [], text: `证据来自${joinNamesZh(f.datasets)}。在更嘈杂或不同的数据上，${label}还能站得住吗？为什么？` };
  }
  if (f.dataCounts.length > 0 && !f.limits.some((l) => l.key === 'proprietary')) {
    return { slot: 'evidence', uses: [], text: `结果报告在${qEn(f.dataCounts.join(', '))}上。我们最想看哪一部分的细分结果？什么能说服一个怀疑者？` };
  }
  return undefined;
}

export function firstClaim(f: FactsZh): Candidate | undefined {
  if (!f.firstClaim) return undefined;
  const zh = zhSentenceWith(f.zh, /第一个|首个|首次/);
  return {
    slot: 'first',
    uses: [f.firstClaim],
    text: `摘要声称${q(zh ?? f.firstClaim)}。那里究竟测的是什么？这个说法更多反映了${labelOf(f)}，还是测试本身？`,
  };
}

export function comparison(f: FactsZh): Candidate | undefined {
  const seed = `${f.id}:comparison`;
  const label = labelOf(f);
  if (f.comparison) {
    const { winner, loser, clause } = f.comparison;
    return {
      slot: 'comparison',
      uses: [clause],
      text: pick(
        [`为什么${winner}在这里比${loser}好——模型规模、训练数据，还是比较的设置？换一种设置排名还成立吗？`, `${winner}胜过${loser}：这个比较公平吗（同样的数据、调参和算力）？什么能缩小差距？`],
        seed,
      ),
    };
  }
  if (f.evaluated.length >= 2) {
    const models = joinNamesZh(f.evaluated.slice(0, 5));
    return { slot: 'comparison', uses: [], text: pick([`${label}被用来比较${models}。它对这些模型的区分与我们的了解一致吗，还是主要反映了模型大小？`, `${models}中，哪个在${label}上的排名出人意料？这说明了基准还是模型的问题？`], seed) };
  }
  if (f.baselines.length > 0) {
    const b = joinNamesZh(f.baselines.slice(0, 3));
    return {
      slot: 'comparison',
      uses: [],
      text: pick([`${label}和${b}到底有什么不同？如果我们已经在用${f.baselines[0]}，换过来能得到什么？`, `${label}的对比对象是${b}。这些基线调得一样仔细吗？是否缺了更强或更简单的基线？`, `${label}从${b}那里保留了什么、改变了什么？起作用的是这个改变吗？`], seed),
    };
  }
  return undefined;
}

/** The Chinese words for each kind of limit, to find the sentence to quote. */
const LIMIT_ZH: Record<LimitCue['key'], RegExp> = {
  assumption: /假设|前提/,
  theory: /证明|定理|上界|下界|收敛|保证/,
  synthetic: /合成|生成的数据/,
  judge: /评判|裁判|评估者/,
  contamination: /GitHub|维基|网络|网上/,
  proprietary: /专有|私有|内部/,
  annotation: /标注|注释/,
  hardware: /高通|MTK|联发科|手机|移动|设备上|边缘|处理器/,
  privacy: /隐私/,
  clinical: /临床|患者|医疗|医学|健康/,
  language: /中文|中国|英语|汉语|阿拉伯|希腊|俄语|单语|多语言/,
  simulation: /模拟|仿真|游戏/,
  unsupervised: /无监督|自监督|无标签/,
  generalization: /未见|分布外|零样本|泛化/,
  scale: /参数|规模|十亿|较小的模型/,
  domain: /领域/,
  participants: /参与者|受访者|调查|用户/,
};

const LIMIT_WRITERS: Record<LimitCue['key'], (quote: string, f: FactsZh, label: string) => string> = {
  assumption: (x) => `这项工作依赖一个假设（${x}）。它什么时候会不成立？不成立时结果会怎样？`,
  theory: (x) => `这些理论保证需要哪些假设（${x}）？对我们使用的数据和模型来说合理吗？`,
  synthetic: (x) => `很多结论依赖生成的数据（${x}）。这些数据与真实情况有多接近？换成没人生成过的真实数据，结果会怎样？`,
  judge: (x) => `部分评估由模型充当评判（${x}）。评判模型自身的偏好会在多大程度上左右结论？`,
  contamination: (x, _f, label) => `${label}的题目取自公开来源（${x}）。被评测的模型会不会在预训练时见过它们？我们怎么判断？`,
  proprietary: (x) => `部分证据使用了不公开的数据（${x}）。作者团队之外的人能复查或复现多少结果？`,
  annotation: (x) => `标注是谁做的（${x}）？标注者之间的一致性如何？他们的选择会不会左右结果？`,
  hardware: (x, _f, label) => `${label}为了在特定硬件上运行放弃了什么（${x}）？只看延迟够吗，还是也需要能耗和发热？`,
  privacy: (x) => `假设了怎样的威胁模型和隐私预算（${x}）？面对更强的攻击者还能保护吗？`,
  clinical: (x) => `在真实患者或临床数据上使用之前（${x}），除了论文中的实验还需要哪些验证？`,
  language: (x) => `这项工作与特定语言或文化绑定（${x}）。哪些部分能迁移到其他语言或文化，哪些不能？`,
  simulation: (x, _f, label) => `在模拟或游戏环境中有效的做法（${x}），有多少能迁移到更复杂的真实场景中的${label}？`,
  unsupervised: (x, _f, label) => `这是无监督的设定（${x}）。在${label}里，是什么在悄悄充当监督信号——种子集、预训练模型还是阈值？结果对它有多敏感？`,
  generalization: (x) => `所谓“未见过”的情况与训练数据到底有多不同（${x}）？换一个更难的划分，结论会变吗？`,
  scale: (x) => `换一个模型规模，结论还成立吗（${x}）？你会押哪一边，为什么？`,
  domain: (x, _f, label) => `目标是特定领域（${x}）。${label}有多少是该领域专用的？迁移到别的领域需要什么？`,
  participants: (x) => `参与者是谁（${x}）？他们的回答能推广到这个群体之外多远？`,
};

export function limits(f: FactsZh): Candidate[] {
  const label = labelOf(f);
  const out: Candidate[] = f.limits.map((c) => {
    const zh = zhCounterpart(f.zh, c.clause) ?? zhSentenceWith(f.zh, LIMIT_ZH[c.key]);
    return { slot: `limit:${c.key}`, uses: [c.clause], text: LIMIT_WRITERS[c.key](zh ? q(zh) : qEn(c.clause), f, label) };
  });
  const seed = `${f.id}:limit`;
  if (f.kind === 'benchmark' || f.kind === 'dataset') {
    out.push({ slot: 'limit:kind', uses: [], text: pick([`${label}多久会饱和或泄漏进训练数据？怎样才能让它保持有用？`, `一个模型要怎样才能在${label}上得高分，却并不具备它想衡量的能力？`], seed) });
  } else if (f.kind === 'analysis' || f.kind === 'survey') {
    out.push({ slot: 'limit:kind', uses: [], text: `换一种设置——别的模型、数据或提示——会推翻${label}的结论吗？` });
  } else {
    out.push({
      slot: 'limit:kind',
      uses: [],
      text: pick([`你预计${label}会在哪里失效——实验没有覆盖哪些输入或场景？`, `${label}有哪些标题数字没体现的代价：训练时间、调参工作量，还是额外组件？`, `哪一个实验最能让怀疑者相信${label}在论文之外的场景也有效？`], seed),
    });
  }
  return out;
}

export function related(f: FactsZh, match: RelatedMatch | undefined): Candidate | undefined {
  if (!match) return undefined;
  const shared = joinNamesZh(match.shared.map((s) => CONCEPT_ZH[s] ?? s));
  const title = match.titleZh || match.title;
  return {
    slot: 'related',
    uses: [],
    text: pick(
      [
        `我们已有《${title}》（${match.id}），它同样涉及${shared}。${labelOf(f)}与它的结论一致吗？两篇适合放在同一次讨论里吗？`,
        `${labelOf(f)}和我们列表里的《${title}》（${match.id}）相比如何——两者都涉及${shared}？它们在哪里意见不同？`,
        `与已有的《${title}》（${match.id}）对照着读：${labelOf(f)}在${shared}上增加了什么？`,
      ],
      `${f.id}:related`,
    ),
  };
}

export function fallbacks(f: FactsZh): Candidate[] {
  const label = labelOf(f);
  const out: Candidate[] = [];
  const rq = f.problem ? researchQuestion(f) : undefined;
  if (rq) out.push(rq);
  const second = finding(f, 1);
  if (second) out.push(second);
  if (f.mechanism) out.push({ slot: 'idea2', uses: [f.mechanism], text: mechanismQuestion(f, `${f.id}:idea2`) });
  if (f.zh?.summary) out.push({ slot: 'summary', uses: [], text: `摘要的一句话总结是${q(f.zh.summary)}。读完全文后，你会怎样改写这句话？` });
  const contribution = f.zh?.contribution ?? f.contribution;
  if (contribution) out.push({ slot: 'contribution2', uses: f.contribution ? [f.contribution] : [], text: `论文的贡献是${q(contribution)}。哪一部分我们会拿来用，哪一部分我们会首先质疑？` });
  const practice = [
    `如果想在我们自己的问题上试用${label}，还缺什么论文没提供的东西——代码、数据还是算力？`,
    `${label}最自然的后续工作是什么？我们组要尝试的话需要什么？`,
    `关于${label}的哪个结果你最想复现？代价有多大？`,
    `如果${label}真如所说有效，谁会最先受益？谁应该保持谨慎？`,
  ];
  const start = practice.indexOf(pick(practice, `${f.id}:practice`));
  for (let i = 0; i < practice.length; i++) out.push({ slot: `practice${i}`, uses: [], text: practice[(start + i) % practice.length]! });
  return out;
}
