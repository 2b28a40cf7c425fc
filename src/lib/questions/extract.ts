/**
 * What the question writers may use of a paper: its kind, read from the abstract with conservative
 * cues, and a few of its own whole sentences in each language — the one that states the
 * contribution, the problem it starts from, a finding, and a figure whose measure is plain. Nothing
 * is cut out of a sentence: a sentence is used whole, exactly as written, or not at all.
 */
import { contributionIndex, contributionIndexZh } from '../contribution-sentence.ts';
import type { PaperText } from '../paper-text.ts';
import { figureEn, figureZh, type Figure } from './figures.ts';
import { quotableEn, quotableZh, wholeSentencesEn, wholeSentencesZh } from './text.ts';

/** The fields of a paper the generator reads (a digest entry or a paper file's frontmatter). */
export interface QuestionPaper extends PaperText {
  abstractTruncated?: boolean;
  abstractZhTruncated?: boolean;
}

/**
 * What kind of paper it is, as far as its wording shows: `people` is an empirical study with
 * participants, interviews or survey respondents; `unclear` when no cue is strong enough.
 */
export type PaperKind = 'method' | 'benchmark' | 'survey' | 'theory' | 'position' | 'people' | 'unclear';

/** A paper's usable sentences in one language; each is a whole sentence that can be quoted as written. */
export interface Roles {
  contribution?: string;
  problem?: string;
  finding?: { text: string; comparison: boolean };
  figure?: Figure & { sentence: string };
  /** The quotable sentences in order, for a question when the roles above are missing. */
  quotable: string[];
  /** The digest's one-line summary, when it is one whole quotable sentence (Chinese only). */
  summary?: string;
}

export interface Reading {
  kind: PaperKind;
  /** What the paper calls its resource or overview: "benchmark", "dataset", "corpus"; "survey", "review", "tutorial", "lecture notes". */
  noun?: string;
  /** Whether the evidence includes people (participants, interviews, respondents). */
  people: boolean;
  /** The title, when it is a question and free of TeX. */
  titleQuestion?: string;
  titleQuestionZh?: string;
  en: Roles;
  zh: Roles;
}

// Kinds. Each cue is meant to be rare outside papers of that kind; a paper that shows none stays `unclear`.

const SURVEY_TITLE =
  /(?:^|:\s*|\b(?:a|an)\s+(?:[\w-]+\s+){0,3})(?<!\b(?:code|peer|paper|product|app|user|customer|movie)\s)(survey|review|overview|tutorial|primer)(?=\s*$|\s*[:.,]|\s+(?:of|on|for|in|about|and)\s+(?!\d))|\b(lecture notes)\b/i;
const SURVEY_ABSTRACT =
  /\b(?:this|our) (?:paper|article|work|chapter) (?:surveys|reviews)\b|\bwe (?:survey|review) (?:the|recent|existing|current|state-of-the-art)\b|\b(?:this|our|we (?:conduct|conducted|present|perform|performed) an?) (systematic (?:literature )?review|scoping review|literature review|survey|tutorial|review)\b|\b(?:these|the present) (lecture notes)\b|\b(?:this (?:paper|article|work) )?(?:provides?|presents?|offers?) an? (?:comprehensive |systematic |brief |concise )?(survey|review|overview|tutorial)\b/i;
/** In the Chinese title, or the Chinese abstract speaking of itself (a "文献综述" used as one source is no survey). */
const SURVEY_ZH = /本文综述|这篇综述|本综述|我们综述|综述了|系统性(?:文献)?回顾|这份讲义|本讲义/;
const SURVEY_TITLE_ZH = /综述|讲义/;

const POSITION_STRONG = /\bposition paper\b|\bour position is\b|\bthis (?:essay|perspective|commentary|position)\b|\bin this (?:essay|perspective|commentary)\b|\bthis (?:paper|article) argues\b|\bperspective (?:paper|article)\b/i;
const POSITION_WEAK = /\bwe (?:argue|advocate|contend|call for|call on)\b/i;
const POSITION_ZH = /立场论文|立场文件|我们的立场|本文(?:认为|主张)|我们主张|我们呼吁/;

const RESOURCE = '(benchmark|dataset|corpus|test collection)';
/** Words between a verb (or an article) and a resource noun that show the noun is not the object: "a framework for dataset curation". */
const NOT_THE_OBJECT = '(?:on|across|to|for|that|which|with|using|and|in|of|by|from|method|approach|framework|model|algorithm|technique|notion|concept|idea|metric|measure|score|task|[–—-]+)';
const GAP = `(?:(?!${NOT_THE_OBJECT}(?:\\s|,|$))[\\w$"'“”‘’()\\[\\]–—-]+,?\\s+)`;
/** "A Benchmark for …", "QUEST: A Retrieval Dataset of …". */
const BENCHMARK_TITLE = new RegExp(`\\b(?:a|an)\\s+${GAP}{0,4}?${RESOURCE}s?\\b`, 'i');
/** "We introduce a new value alignment benchmark named …": the object of the contribution is a resource. */
const BENCHMARK_CONTRIBUTION = new RegExp(`\\b(?:introduc|present|propos|releas|construct|build|built|curat|creat|contribut|develop)\\w*\\s+${GAP}{0,8}?${RESOURCE}s?\\b`, 'i');
const BENCHMARK_ZH = /(?:提出|构建|发布|引入|介绍|推出|创建|建立)了?[^，。；]{0,20}?(?:基准|数据集|语料库|测试集)/;

const THEORY_CUES = [
  /\bwe (?:\w+ly )?(?:prove|establish|derive)\b/i,
  /\btheorems?\b/i,
  /\b(?:upper|lower|regret|generali[sz]ation|error|risk|concentration) bounds?\b/i,
  /\bminimax\b/i,
  /\bconvergence rates?\b|\bconverges? at (?:a|the) rate\b/i,
  /\bsample complexity\b/i,
  /\bNP-(?:hard|complete)\b|\bpolynomial[- ]time\b/i,
  /\basymptotic(?:ally)?\b|\bnon-asymptotic\b/i,
  /\b(?:lemma|corollary)s?\b|\bproofs?\b(?!-of)/i,
  /\bwe characteri[sz]e\b|\b(?:precise|exact|sharp|tight) (?:asymptotic )?characteri[sz]ation\b/i,
  /\b(?:our|the) main (?:theoretical )?results? (?:is|are|shows?|establish(?:es)?)\b/i,
];
/** A title that announces theory: "… Bounds via …", "Convergence of …", "…: Theory and Applications". */
const THEORY_TITLE = /\b(?:theory|theoretical|theorems?|bounds?|convergence|complexity|minimax|regret|provabl[ey]|guarantees?)\b/i;
const THEORY_ZH = [/定理/, /证明了/, /上界|下界/, /收敛(?:速度|速率|率)/, /样本复杂度/, /极小极大/, /渐近/];
const EMPIRICAL = [/\bexperiments?\b/i, /\boutperform\w*\b/i, /\bstate-of-the-art\b/i, /\bdatasets?\b/i, /\bbenchmarks?\b/i, /\bbaselines?\b/i];

/** People in the evidence: participants, respondents, interviews, a user study; never "market participants". */
const PEOPLE =
  /\b(?<!market |other |network |auction )(?:participants|respondents|interviewees)\b|\b(?:semi-structured |in-depth )?interviews? (?:with|of)\b|\bwe (?:interviewed|surveyed)\b|\b(?:user|field|lab|laboratory) (?:study|studies|experiment)\b|\bfocus groups?\b|\bquestionnaires?\b|\bthink-aloud\b|\b(?:randomi[sz]ed controlled trial)\b|\bsurvey (?:of|with|among) (?:\d[\d,]*|\w+ (?:hundred|thousand)) (?:\w+ )?(?:developers|practitioners|engineers|students|teachers|clinicians|users|workers|employees|managers|adults|people|researchers)\b/i;
const PEOPLE_ZH = /受访者|访谈了|半结构化访谈|问卷调查|用户研究|焦点小组|被试|\d[\d,]*\s*(?:名|位)(?:参与者|受访者|开发者|学生|用户|从业者|工程师|教师|医生|护士)/;

/** A contribution that is a method: a proposed method, model, framework, … or something the paper names. */
const METHOD = /\b(?:propos|introduc|present|develop|design|devis|build|built|contribut)\w*\s+(?:[\w$"'“”‘’()\[\]–—-]+,?\s+){0,10}?(?:method|approach|framework|model|algorithm|architecture|technique|system|tool|pipeline|strategy|mechanism|scheme|module|loss|objective|estimator|procedure|protocol|attack|defen[cs]e|agent|library|platform|network|paradigm|recipe|policy|retriever|reranker|encoder|decoder|classifier|sampler|optimi[sz]er|solver|planner|detector|generator|parser|tokeni[sz]er|regulari[sz]er|layer|operator|kernel|prior|controller)s?\b/i;
const METHOD_ZH = /(?:提出|设计|开发|引入|构建|介绍)了?[^，。；]{0,25}?(?:方法|框架|模型|算法|架构|技术|系统|工具|机制|策略|方案|模块|网络|范式|估计量)/;

function count(cues: readonly RegExp[], text: string): number {
  return cues.filter((re) => re.test(text)).length;
}

/** The kind of a paper and the noun it uses for itself, from its title, abstracts and summary. */
export function kindOf(paper: QuestionPaper, contribution: string, contributionZh: string): { kind: PaperKind; noun?: string; people: boolean } {
  const title = paper.title ?? '';
  const abstract = paper.abstract ?? '';
  const zh = `${paper.titleZh ?? ''} ${paper.abstractZh ?? ''}`;
  const people = PEOPLE.test(abstract) || PEOPLE_ZH.test(zh);
  const survey = SURVEY_TITLE.exec(title) ?? SURVEY_ABSTRACT.exec(abstract);
  if (survey && !people) return { kind: 'survey', noun: (survey.slice(1).find(Boolean) ?? 'survey').toLowerCase(), people };
  if (!survey && !people && (SURVEY_ZH.test(paper.abstractZh ?? '') || SURVEY_TITLE_ZH.test(paper.titleZh ?? '')) && !METHOD_ZH.test(zh)) return { kind: 'survey', noun: 'survey', people };
  const method = METHOD.test(contribution) || METHOD_ZH.test(contributionZh);
  const empirical = count(EMPIRICAL, abstract);
  if (POSITION_STRONG.test(abstract) || POSITION_ZH.test(zh) || (POSITION_WEAK.test(abstract) && !method && empirical === 0)) return { kind: 'position', people };
  const resource = BENCHMARK_CONTRIBUTION.exec(contribution) ?? BENCHMARK_TITLE.exec(title);
  if (resource || (BENCHMARK_ZH.test(contributionZh) && !method)) return { kind: 'benchmark', noun: (resource?.[1] ?? 'benchmark').toLowerCase(), people };
  const theory = Math.max(count(THEORY_CUES, abstract), count(THEORY_ZH, zh)) + (THEORY_TITLE.test(title) ? 1 : 0);
  if (theory >= 2 && empirical < theory) return { kind: 'theory', people };
  if (method) return { kind: 'method', people };
  if (people) return { kind: 'people', people };
  return { kind: 'unclear', people };
}

const PROBLEM_EN =
  /\b(?:however|remains?|challeng\w*|difficult\w*|lacks?|lacking|limited|limitations?|fail(?:s|ed)?|struggle[sd]?|unclear|unknown|little is known|bottlenecks?|costly|expensive|open (?:problem|question)|under-?explored|understudied|suffer\w*|hinder\w*|insufficient\w*|inefficient|unreliable|poorly)\b/i;
const FINDING_EN =
  /\b(?:we (?:\w+ly )?(?:find|found|show|showed|observe[d]?|demonstrate[d]?|reveal(?:ed)?|confirm(?:ed)?)|(?:results|experiments|evaluations?|analys[ie]s|findings|simulations|studies) (?:\w+ )?(?:show|shows|demonstrate|reveal|indicate|suggest|confirm)|outperform\w*|surpass\w*|achiev\w+|improv(?:es|ed|ing))\b/i;
const OWN_EN = /\b(?:we|our|us|the proposed|this (?:paper|work|study|article|method|approach|model|framework)|(?:experimental |empirical |our )?(?:results|experiments|evaluations?|findings|analys[ie]s))\b/i;
const COMPARISON_EN = /\b(?:outperform\w*|surpass\w*|state[- ]of[- ]the[- ]art|baselines?|better than|beats?|compared (?:to|with))\b/i;

const PROBLEM_ZH = /然而|挑战|难以|困难|缺乏|缺少|局限|不足|尚不清楚|不清楚|瓶颈|未能|无法|昂贵|代价高|效率低|低效|忽视|忽略/;
const FINDING_ZH = /(?:结果|实验|研究|分析|评估)(?:还)?(?:表明|显示|证明|揭示)|我们(?:还)?(?:发现|观察到|证明|表明|展示)|优于|超过了|超越|提高了|提升了/;
const OWN_ZH = /我们|本文|本研究|这项工作|该方法|所提出|结果|实验|评估|分析表明/;
const COMPARISON_ZH = /优于|超过了|超越|基线|最先进|更好/;

interface Language {
  quotable(sentence: string): boolean;
  /** The authors speaking of their own work or results. */
  own: RegExp;
  problem: RegExp;
  finding: RegExp;
  comparison: RegExp;
  figure(sentence: string): Figure | undefined;
}

const LANGUAGES: Record<'en' | 'zh', Language> = {
  en: { quotable: quotableEn, own: OWN_EN, problem: PROBLEM_EN, finding: FINDING_EN, comparison: COMPARISON_EN, figure: figureEn },
  zh: { quotable: quotableZh, own: OWN_ZH, problem: PROBLEM_ZH, finding: FINDING_ZH, comparison: COMPARISON_ZH, figure: figureZh },
};

/** The roles of whole sentences, given where the contribution sentence is (-1 when none is). */
function rolesOf(sentences: readonly string[], at: number, lang: Language): Roles {
  const ok = sentences.map((s) => lang.quotable(s));
  const roles: Roles = { quotable: sentences.filter((_, i) => ok[i]) };
  if (at >= 0 && ok[at]) roles.contribution = sentences[at];
  // The problem: the last problem sentence before the contribution (the gap it answers), else one in the first half.
  const before = at >= 0 ? at : Math.ceil(sentences.length / 2);
  for (let i = before - 1; i >= 0; i--) {
    if (ok[i] && lang.problem.test(sentences[i]!) && !lang.finding.test(sentences[i]!) && !lang.own.test(sentences[i]!)) {
      roles.problem = sentences[i];
      break;
    }
  }
  const after = sentences.map((s, i) => ({ s, i })).filter(({ i }) => ok[i] && i > at && sentences[i] !== roles.problem);
  for (const { s } of after) {
    const figure = lang.figure(s);
    if (figure) {
      roles.figure = { ...figure, sentence: s };
      break;
    }
  }
  // A finding is the paper's own: background sentences also "improve" and "achieve".
  const finding = after.find(({ s }) => s !== roles.figure?.sentence && lang.finding.test(s) && lang.own.test(s));
  if (finding) roles.finding = { text: finding.s, comparison: lang.comparison.test(finding.s) };
  return roles;
}

/** The title when it asks a question, whole; undefined for a title with TeX or a statement. */
function titleQuestionOf(title: string | undefined): string | undefined {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  return /[?？]$/.test(t) && !/[$\\{}]/.test(t) && t.length <= 160 ? t : undefined;
}

/** Reads what the question writers need from a paper's fields. */
export function readPaper(paper: QuestionPaper): Reading {
  const en = wholeSentencesEn(paper.abstract, paper.abstractTruncated ?? false);
  const zh = wholeSentencesZh(paper.abstractZh, paper.abstractZhTruncated ?? false);
  const at = contributionIndex(en);
  const atZh = contributionIndexZh(zh);
  const { kind, noun, people } = kindOf(paper, en[at] ?? '', zh[atZh] ?? '');
  const rolesZh = rolesOf(zh, atZh, LANGUAGES.zh);
  // The digest's one-line Chinese summary, when it is one whole sentence, can state the contribution.
  const summary = wholeSentencesZh(paper.summaryZh);
  if (summary.length === 1 && quotableZh(summary[0]!) && !rolesZh.quotable.includes(summary[0]!)) rolesZh.summary = summary[0];
  return {
    kind,
    ...(noun ? { noun } : {}),
    people,
    ...optional('titleQuestion', titleQuestionOf(paper.title)),
    ...optional('titleQuestionZh', titleQuestionOf(paper.titleZh)),
    en: rolesOf(en, at, LANGUAGES.en),
    zh: rolesZh,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
