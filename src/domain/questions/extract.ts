/**
 * What the question writers may use of a paper: its kind, read from the abstract with conservative
 * cues, and a few of its own whole sentences in each language — the one that states the
 * contribution, the problem it starts from, a finding, and a figure whose measure is plain. Nothing
 * is cut out of a sentence: a sentence is used whole, exactly as written, or not at all.
 */
import { ADD_ON, contributionIndex, contributionIndexZh, SIDE_RESULTS, STUDY } from '../contribution-sentence.ts';
import { canonicalNumber, numbersOf } from './checks.ts';
import type { PaperText } from '../paper-text.ts';
import { figureEn, figureZh, type Figure } from './figures.ts';
import { pairedEnglish, translationProblem } from './translation-check.ts';
import { garbled, LONG_QUOTE_MAX_EN, PAPER_ITSELF_EN, QUOTE_MAX_EN, quotableEn, quotableZh, splitSentencesEn, wholeSentencesEn, wholeSentencesZh } from './text.ts';

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
  /** What the contribution sentence does: a proposed method, a dataset, a result, the study's design, … */
  contributionRole?: SentenceRole;
  /** A specific diagnosis of current practice (`problem`) or a gap in what is known (`gap`). */
  problem?: string;
  problemRole?: 'problem' | 'gap';
  /** `comparison`: the finding sets the paper against other methods, in a paper that runs experiments (so there are baselines to ask about). */
  finding?: { text: string; comparison: boolean; role: 'claim' | 'result' };
  /** The sentence that says who took part in a study with people. */
  people?: string;
  /**
   * Each quotable sentence with its role, in order; `long` marks one too long for the full frames,
   * which only a short frame may quote (English only, see {@link LONG_QUOTE_MAX_EN}); `late` one of
   * the authors' own sentences whose "this …" points back ("We show that this effect …"), which is
   * quoted only when nothing else specific is left (see `loose` in text.ts).
   */
  roles: { text: string; role: SentenceRole; long?: boolean; late?: boolean }[];
  figure?: Figure & { sentence: string };
  /** The quotable sentences in order (not the long ones), for a question when the roles above are missing. */
  quotable: string[];
  /** The digest's one-line summary, when it is one whole quotable sentence the abstract does not contain. */
  summary?: string;
}

export interface Reading {
  kind: PaperKind;
  /** A withdrawn paper: its abstract gives the reasons for withdrawing it, so it reads as a paper with no text. */
  withdrawn?: boolean;
  /** What the paper calls its resource or overview: "benchmark", "dataset", "corpus"; "survey", "review", "tutorial", "lecture notes". */
  noun?: string;
  /** Whether the evidence includes people (participants, interviews, respondents). */
  people: boolean;
  /** Whether the abstract speaks of experiments, datasets, baselines or benchmarks at all. */
  empirical: boolean;
  /** Whether the authors' own sentences prove, bound or characterise something (theorem, bound, proof cues). */
  theoretical: boolean;
  /** Whether models or systems are run and scored in the paper (a benchmark that is used, not only a corpus that is described). */
  modelsScored: boolean;
  /**
   * The paper's own name for what it contributes ("ProtoKV", "KG-TRACE"): the word before the title's
   * colon, when the contribution sentence uses it too. Never words made from the title's description.
   */
  name?: string;
  /**
   * The word before the title's colon, written as a name, when an abstract uses it anywhere ({@link name}
   * asks the contribution sentence): "SimpleOPD", in an abstract the digest cut before saying what it is.
   */
  mentionedName?: string;
  /** The title, when it states a finding ({@link titleClaimOf}). */
  titleClaim?: string;
  /** The title, when it is a question and free of TeX. */
  titleQuestion?: string;
  titleQuestionZh?: string;
  en: Roles;
  zh: Roles;
}

// Kinds. Each cue is meant to be rare outside papers of that kind; a paper that shows none stays `unclear`.

// "A benchmark for final review of legal contracts" is a resource whose task is a review, not a review paper.
const SURVEY_TITLE =
  /(?:^|:\s*|\b(?:a|an)\s+(?:(?!(?:benchmark|dataset|corpus|framework|system|tool|method|model|pipeline|agent)s?\b)[\w-]+\s+){0,3})(?<!\b(?:code|peer|paper|product|app|user|customer|movie)\s)(survey|review|overview|tutorial|primer)(?=\s*$|\s*[:.,]|\s+(?:of|on|for|in|about|and)\s+(?!\d))|\b(lecture notes)\b|\bchallenges,? and (?:future )?(?:directions|opportunities|perspectives)\s*$|(?:^|:\s*)(?:an?\s+)?(?:(?:gentle|brief|short|self-contained|concise|practical|pedagogical)\s+)?(introduction)(?=\s*$|\s+to\b)/i;
/** "We present the first systematic survey of …": the authors calling their paper a survey. */
const SURVEY_SELF_EN =
  /\b(?:we|this (?:paper|article|work))\s+(?:\w+ly\s+)?(?:present|provide|offer|conduct|give|contribute)s?\s+(?:an?|the|our)\s+(?:first\s+)?(?:[\w-]+\s+){0,3}?(survey|review|overview|tutorial)\b(?!\s+of\s+(?:our|my)\s)(?!\s+(?:pipeline|system|tool|framework|process|model|method|platform|agent|module|workflow|assistant)s?\b)|\bthis (?:paper|article|note|chapter|monograph) is an? (?:[\w-]+\s+){0,3}?(survey|review|overview|tutorial|primer|introduction)\b/i;
const SURVEY_ABSTRACT =
  /\b(?:this|our) (?:paper|article|work|chapter) (?:surveys|reviews)\b|\bwe (?:survey|review) (?:the|recent|existing|current|state-of-the-art)\b(?! (?:costs?|prices?|pricing|fees?|performance|behaviou?r)\b)(?![^.;]*\band (?:find|show|observe|demonstrate)\b)|\b(?:this|our|we (?:conduct|conducted|present|perform|performed) an?) (systematic (?:literature )?review|scoping review|literature review|survey|tutorial|review)\b(?!\s+(?:process(?:es)?|procedures?|phases?|stages?|steps?|cycles?|workflows?|tasks?|boards?|committees?|comments?|scores?|data|sites?|texts?|tools?|systems?|platforms?|mechanisms?|assignments?|quality|bias|questions?|items?|responses?|participants?|respondents?|instruments?)\b)|\b(?:these|the present) (lecture notes)\b|\b(?:this (?:paper|article|work|chapter) |we |,? and (?:also )?)(?:\w+ly )?(?:provides?|presents?|offers?) an? (?:comprehensive |systematic |brief |concise )?(survey|review|overview|tutorial)\b(?!\s+of\s+(?:our|my)\s)/i;
/** In the Chinese title, or the Chinese abstract speaking of itself (a "文献综述" used as one source is no survey). */
const SURVEY_ZH = /本文综述|这篇综述|本综述|我们综述|综述了|系统性(?:文献)?回顾|这份讲义|本讲义/;
/** The Chinese abstract calling itself a survey ("本文提供了首个……综述"): that outweighs a taxonomy it "introduces". */
const SURVEY_SELF_ZH = /(?:本文|本研究|我们)[^，。；]{0,8}?(?:提供|给出|呈现|进行|开展|撰写|提出)了?[^，。；]{0,30}?综述/;
const SURVEY_TITLE_ZH = /综述|讲义/;

const POSITION_STRONG =
  /\bposition paper\b|\bour position is\b|\bthis (?:essay|perspective|commentary|position)\b|\bin this (?:essay|perspective|commentary)\b|\bthis (?:paper|article) argues\b|\bperspective (?:paper|article)\b/i;
const POSITION_WEAK = /\bwe (?:argue|advocate|contend|call for|call on)\b/i;
const POSITION_ZH = /立场论文|立场文件|我们的立场|本文(?:认为|主张)|我们主张|我们呼吁/;

/** Resource nouns. An environment counts only when named as one to evaluate or train in ("a gym environment"), not "a changing environment". */
const RESOURCE = '(benchmark|dataset|corpus|test collection|(?:gym|simulation|simulated|evaluation|interactive|sandbox(?:ed)?) environment|bench|testbed|gym)';
/** Words between a verb (or an article) and a resource noun that show the noun is not the object: "a framework for dataset curation". */
const NOT_THE_OBJECT = '(?:on|across|to|for|that|which|with|using|and|in|of|by|from|method|approach|framework|model|algorithm|technique|notion|concept|idea|metric|measure|score|task|[–—-]+)';
// "ChatGPT & EFL Learner's Dialogue Dataset": an ampersand inside a resource's name.
const GAP = `(?:(?!${NOT_THE_OBJECT}(?:\\s|,|$))[\\w$"'“”‘’()\\[\\]&–—-]+,?\\s+)`;
/** "A Benchmark for …", "QUEST: A Retrieval Dataset of …", "ArkEval: Benchmarking and Evaluating …" (a name, then what it benchmarks). */
const BENCHMARK_TITLE = new RegExp(`\\b(?:a|an)\\s+${GAP}{0,4}?${RESOURCE}s?\\b|\\b[A-Z][\\w]*-?(Bench)\\b|^[A-Z][\\w-]*[A-Z][\\w-]*:\\s*Benchmarking\\b`, 'i');
/** "VlogQA: Task, Dataset, and Baseline Models": the resource named in the list after a name's colon (not "Dataset Distillation"). */
const RESOURCE_LISTED_TITLE = /^[^:]{1,40}:\s*(?:[A-Z][\w-]*,?\s+(?:and\s+)?)*?(Dataset|Corpus|Benchmark)s?(?:,|\s+and\b|\s*$)/;
/** "We introduce a new value alignment benchmark named …": the object of the contribution is a resource. */
const BENCHMARK_CONTRIBUTION = new RegExp(`\\b(?:introduc|present|propos|releas|construct|build|built|curat|creat|contribut|develop)\\w*\\s+${GAP}{0,8}?${RESOURCE}s?\\b`, 'i');
/** "We introduce ReguSim, a controlled financial-compliance environment, …": an environment the authors name as theirs. */
const NAMED_ENVIRONMENT_EN =
  /\b(?:[Ii]ntroduc|[Pp]resent|[Pp]ropos|[Rr]eleas|[Cc]onstruct|[Bb]uil[dt]|[Dd]evelop|[Cc]reat)\w*\s+[A-Z][\w-]*,\s+an?\s+(?:[\w-]+\s+){0,4}?(environment)s?(?=[,.;:]|\s+(?:for|to|that|which|where|with|in|of|and)\b)/;
const BENCHMARK_ZH = /(?:提出|构建|发布|引入|介绍|推出|创建|建立)了?[^，。；]{0,20}?(?:基准|数据集|语料库|测试集)/;

const THEORY_CUES = [
  /\bwe (?:\w+ly )?(?:prove|establish|derive)\b/i,
  // "we calculate the exact autocorrelation of the noise": worked out, not measured.
  /\bwe (?:\w+ly )?(?:calculate|compute|derive) (?:the )?exact\b/i,
  /\btheorems?\b(?!\s*prov)/i,
  /\b(?:upper|lower|regret|generali[sz]ation|error|risk|concentration) bounds?\b/i,
  /\bminimax\b/i,
  // "approximation ratios … tight under Gap-ETH": proved, not measured.
  /\bapproximation (?:ratio|factor|guarantee)s?\b|\b(?:APX|W\[\d\])-hard\b|\bGap-ETH\b/i,
  /\bconvergence rates?\b|\bconverges? at (?:a|the) rate\b/i,
  /\bsample complexity\b/i,
  // "the inner product of an MLP with itself is a universal approximator": approximation theory, proved.
  /\buniversal(?:ly)? approximat\w*\b|\bapproximation (?:power|capabilit(?:y|ies)|properties|rates?|error bounds?)\b/i,
  // "We first study the high-dimensional limit where …": an asymptotic analysis.
  /\bhigh[- ]dimensional limits?\b/i,
  /\bNP-(?:hard|complete)\b|\bpolynomial[- ]time\b/i,
  /\basymptotic(?:ally)?\b|\bnon-asymptotic\b/i,
  // Not "proof-reasoning", "proof-of-concept".
  /\b(?:lemma|corollary)s?\b|\bproofs?\b(?!-)/i,
  /\bwe characteri[sz]e\b|\b(?:precise|exact|sharp|tight) (?:asymptotic )?characteri[sz]ation\b/i,
  /\b(?:our|the) main (?:theoretical )?results? (?:is|are|shows?|establish(?:es)?)\b/i,
];
/** A title that announces theory: "… Bounds via …", "Convergence of …", "…: Theory and Applications". */
const THEORY_TITLE = /\b(?:theory|theoretical|theorems?(?!\s*prov)|bounds?|convergence|complexity|minimax|regret|provabl[ey]|guarantees?)\b/i;
const THEORY_ZH = [/定理/, /证明了/, /上界|下界/, /收敛(?:速度|速率|率)/, /样本复杂度/, /极小极大/, /渐近/, /通用逼近|(?:逼近|近似)(?:能力|性质|误差|精度|速率)/];
const EMPIRICAL = [
  /\bexperiments?\b/i,
  /\boutperform\w*\b/i,
  /\bstate-of-the-art\b/i,
  /\bdatasets?\b/i,
  /\bbenchmarks?\b/i,
  /\bbaselines?\b/i,
  // A model the authors train and run is evidence of the empirical kind, whatever the words around it.
  /\bwe (?:\w+ly )?train\b|\b(?:our )?trained (?:\w+ )?(?:model|network|surrogate|policy|agent)s?\b/i,
];

/** People in the evidence: participants, respondents, interviews, a user study; never "market participants". */
const PEOPLE =
  /\b(?<!market |other |network |auction |(?:simulat\w*|synthetic|virtual|silicon|LLM|model) (?:survey )?)(?:participants|respondents|interviewees)\b|\b(?:semi-structured |in-depth )?interviews? (?:with|of)\b|\bwe (?:interviewed|surveyed)\b|(?<!\bfrom (?:an? |the |existing |previous |prior |earlier )?)\b(?:user|field|lab|laboratory) (?:study|studies|experiment)\b|\bfocus groups?\b|\bquestionnaires?\b|\bthink-aloud\b|\b(?:randomi[sz]ed controlled trial)\b|\b(?:semi-structured|in-depth|qualitative) interviews\b|\bsurvey(?: study)? (?:of|with|among) (?:\d[\d,]*|\w+ (?:hundred|thousand)) (?:\w+ )?(?:developers|practitioners|engineers|students|teachers|clinicians|users|workers|employees|managers|adults|people|researchers|experts|professionals)\b/i;
/**
 * Algorithms as the actors ("Q-learning bidders participate in up to 250,000 auctions", "when algorithms
 * learn to bid"): its "participants" are theirs, unless people were studied too (interviews, a user study).
 */
/** Models as the ones studied for human-like behaviour ("whether LLMs exhibit human-like response biases"). */
const MODELS_AS_SUBJECTS =
  /\b(?:whether|how|if|the extent to which) (?:LLMs?|(?:large )?language models?|models|chatbots|ChatGPT|GPT-\d\w*)\b[^.;]{0,60}?\b(?:exhibit|reflect|display|show|mimic|replicate|reproduce)\w*\b[^.;]{0,40}?\bhuman(?:-like)?\b/i;
/** People a study counts or recruits ("120 participants", "we recruited"). */
const PEOPLE_COUNTED = /\b\d[\d,]*\s+(?:[\w-]+\s+)?(?:participants|respondents|subjects|people|humans|annotators|students|workers|users)\b|\bwe (?:recruited|interviewed|surveyed)\b/i;
const ALGORITHMIC_ACTORS =
  /\b(?:Q-learning|learning|algorithmic|simulated|artificial|RL|LLM|AI|autonomous) (?:bidders|agents|traders|players|participants|firms|sellers|buyers)\b|\balgorithms (?:learn|compete|bid|play|trade)\b/i;
/**
 * "potential participants in such collaborative schemes are competitors …", in a paper that formulates a game:
 * the players of a model, not people studied; a study that counts them ("120 participants") is one.
 */
const GAME_PLAYERS = /^(?![\s\S]*\b\d[\d,]*\s+(?:\w+\s+)?participants\b)[\s\S]*\b(?:games?|equilibri(?:um|a)|mechanism design|federated|collaborative (?:learning|schemes?)|auctions?)\b/i;
const HUMAN_STUDY = /\b(?:human (?:participants|subjects|respondents)|interviews?|questionnaires?|user stud(?:y|ies)|focus groups?|think-aloud|we surveyed|we interviewed|crowdworkers|annotators)\b/i;
// Not respondents a model stands in for ("被广泛用于模拟调查受访者"), nor a within- or between-subjects design
// whose subjects are models ("使用被试内实验设计，我们运用不同的提示信息实例化由LLM生成的智能体").
const PEOPLE_ZH =
  /(?<!模拟(?:调查)?|虚拟|合成)受访者|访谈了|半结构化访谈|问卷调查|(?<!(?:合成|模拟|虚拟)[^。；]{0,60})用户研究|焦点小组|被试(?![内间][^。；]{0,60}(?:LLM|GPT|语言模型|智能体|代理|模型))|\d[\d,]*\s*(?:名|位)(?:参与者|受访者|开发者|学生|用户|从业者|工程师|教师|医生|护士)/;

/** A contribution that is a method: a proposed method, model, framework, … or something the paper names. */
const METHOD_NOUNS =
  '(?:method|approach|framework|model|algorithm|architecture|technique|system|tool|pipeline|workflow|strategy|mechanism|scheme|module|loss|objective|estimator|procedure|protocol|formali[sz]ation|attack|defen[cs]e|agent|library|platform|network|paradigm|recipe|policy|retriever|reranker|encoder|decoder|classifier|sampler|optimi[sz]er|solver|planner|detector|generator|parser|tokeni[sz]er|regulari[sz]er|layer|operator|kernel|prior|controller|language|compiler|simulator|adapter|metric|memory|score|index|toolkit|toolbox|package|software|heuristic|criterion|formulation|representation|inference|suite|diagnostic|test)s?';
/**
 * A contribution that is a method: the authors (we, this paper) propose, introduce, present, develop
 * … a method, model, framework, … — the verb belongs to the authors, not to a clause ("developing software systems").
 */
const METHOD_NOUN = new RegExp(
  `\\b(?:we|this (?:paper|work|study|article|letter|report|thesis|chapter|note|research)|(?:the|our) (?:paper|work))\\s+(?:(?!that\\b)[^\\s.;:]+,?\\s+){0,12}?(?<!\\b(?:the|a|an) (?:\\w+ly )?)(?<!\\bmechanism )(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|devise[sd]?|build|builds|built|contribute[sd]?|create[sd]?|offer(?:s|ed)?|sets? out|lays? out|adapt(?:s|ed)?|formali[sz]e[sd]?|puts? forward|report(?:s|ed)?(?= (?:an?|our) (?!(?:\\S+ ){0,3}?(?:results?|findings?|experiments?|evaluations?|improvements?)\\b))|(?:by|through) (?:proposing|introducing|presenting|developing|designing|devising|building|creating))\\s+(?!(?:the |an? |our )?(?:[\\w-]+ ){0,3}?(?-i:study|studies|analysis|analyses|evaluation|investigation|examination|comparison)\\b(?!\\s+${METHOD_NOUNS}\\b))(?:[^\\s.;:]+,?\\s+){0,10}?${METHOD_NOUNS}\\b|\\bwe\\s+(?:(?:\\w+ly|also|then|here|first|now)\\s+)?(?:obtain(?:s|ed)?|give[sn]?|gave|provide[sd]?|derive[sd]?)\\s+(?:an?|the|our)\\s+(?:[\\w-]+,?\\s+){0,3}?(?:algorithm|method|estimator|procedure|scheme|sampler|solver)s?\\b`,
  'i',
);
/**
 * "We present ProtoKV", "we introduce patch-mean decoupling (PMD)": what follows the authors' verb is
 * what they contribute — unless it is a study of something ("we present the first systematic
 * analysis of …"), which is a study's design, not a method.
 */
const METHOD_NAMED =
  /\b(?:we|this (?:paper|work|research))\s+(?:(?:\w+ly|also|further|then|here|first|now)\s+){0,2}(?:propose|introduce|present|develop)[sd]?\s+(?!(?:the |an? |our )?(?:[\w-]+ ){0,3}?(?:study|studies|analysis|analyses|evaluation|investigation|examination|audit|comparison|replication|evidence|survey|review|overview)\b)[a-z][\w-]*[a-z0-9]/i;
/** "We propose a Denoising Autoencoder for Auroral Radio Emissions (DAARE)": what the authors propose carries a name of its own. */
/** "this research unveils the Pointer Q-Network (PQN)": a name, unveiled (not "This paper unveils some essential differences …"). */
const METHOD_UNVEILED = /\b(?:[Ww]e|[Tt]his (?:paper|work|research))\s+unveil(?:s|ed)?\s+(?:the |a |an )?[A-Z][\w-]*/;
const METHOD_ACRONYM = /\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:\w+ly\s+)?(?:propose|introduce|present|develop)[sd]?\s+(?:a|an)\s+[^.;]{0,100}?\((?=[\w-]*[A-Z][\w-]*[A-Z])[A-Za-z][\w-]*\)/;
/** "An adversarially regularized graph attention model is proposed to …": the paper's own proposal, in the passive; never one "proposed by" others. */
const METHOD_PASSIVE = new RegExp(
  `^(?:[^,;]{0,60},\\s+)?(?:an?|the)\\s+(?:[^\\s.;:]+,?\\s+){0,8}?${METHOD_NOUNS}\\b[^.;]{0,80}?\\b(?:is|are) (?:\\w+ly )?(?:proposed|introduced|presented|developed|designed|devised)\\b(?! (?:by|in)\\b)`,
  'i',
);
/** "we formulate an explicit FL pruning framework" (not "we formulate a task in which models …" or "the problem within … framework"). */
const METHOD_FORMULATED =
  /\bwe (?:\w+ly )?formulate[sd]? (?:an?|the|our) (?:(?!(?:in|which|that|where|whose|of|for|with|to|as|by|on)\b)[\w-]+ ){0,4}?(?:framework|algorithm|model|method|approach|mechanism|estimator|scheme|auction)s?\b/i;
/** "This paper addresses that gap, introducing a family of models …": the gap's answer is the contribution. */
const METHOD_FOR_GAP = new RegExp(
  `\\b(?:we|this (?:paper|work|study|article))\\s+(?:\\w+ly\\s+)?(?:address|fill|close|tackle|bridge)(?:es|s|ed)?\\s+(?:this|that|the|these|those)\\s+(?:[\\w-]+\\s+)?gaps?,?\\s+(?:by\\s+)?(?:proposing|introducing|presenting|developing|designing|devising|building|creating)\\s+(?:[^\\s.;:]+,?\\s+){0,10}?${METHOD_NOUNS}\\b`,
  'i',
);
/**
 * "The proposed model, CarSpeedNet, estimates …", "Our proposed framework (SAGE) learns …": the paper's own
 * method as the subject of a verb of doing; never "is", "was" or "has", which say how it was built or tested,
 * nor a verb of effect ("achieves", "fits … in 8 minutes"), which reports a result. Read as the method's
 * sentence only where no sentence names it otherwise (see `rolesOf`): after the contribution, such a
 * sentence is usually a result.
 */
const PROPOSED_SUBJECT_EN = new RegExp(
  `^(?:[^,;]{0,60},\\s+)?(?:(?:The|Our) proposed|Our) (?:[\\w-]+ ){0,3}?${METHOD_NOUNS}(?:,\\s+[^,;]{1,40},|\\s+\\([^()]{1,30}\\))?\\s+(?:\\w+ly\\s+)?(?!(?:is|was|has|does|needs|requires|remains|seems|appears|achieves|outperforms|improves|reduces|surpasses|exceeds|attains|matches|yields|delivers|increases|decreases|lowers|boosts|reaches|fits|runs|takes|scales|converges|performs)\\b)[a-z]+s\\b`,
);
/** "…, and propose an innovative framework": a method proposed at the end of a sentence that opens otherwise. */
const PROPOSES_TOO_EN = new RegExp(`,? and (?:\\w+ly )?(?:propose|introduce|present|develop|design)[sd]? (?:an?|the|our) (?:[\\w-]+ ){0,4}?${METHOD_NOUNS}\\b`, 'i');
/** Whether the authors propose a method, model, framework, … or something they name (see the patterns above). */
/** "This paper proposes no new mitigation; it supplies …": a proposal denied. */
const DENIES_PROPOSAL_EN =
  /\b(?:propos|introduc|present|offer|develop)(?:e|es)? no\b|\b(?:does|do|did) not (?:\w+ly )?(?:propose|introduce|present|offer|develop)\b|\brather than (?:propos|introduc|develop)ing\b/i;
const proposesMethod = (s: string) =>
  !DENIES_PROPOSAL_EN.test(s) &&
  (METHOD_NOUN.test(s) ||
    METHOD_FOR_GAP.test(s) ||
    METHOD_NAMED.test(s) ||
    METHOD_ACRONYM.test(s) ||
    METHOD_UNVEILED.test(s) ||
    METHOD_FORMULATED.test(s) || // "However, the optimizations of the algorithms are designed with different standards": others' methods, turned against.
    (METHOD_PASSIVE.test(s) && !ATTRIBUTED_EN.test(s) && !/^(?:However|But|Yet|Although|Though|Unfortunately|Nevertheless|Despite)\b/.test(s)));
// "我们将这一改进扩展到……，并提出了一种……": the verb may follow a clause of the authors' own.
// "提供" only with what is made ("提供了一个……视角"), never "提供了一个证明".
const METHOD_ZH =
  /(?:我们|本文|本研究|这项工作|该论文|这篇论文)(?:[^，。；]{0,8}?|[^。；]{0,40}?，(?:并|还|进而|同时)|(?:(?!综述|概述|回顾|调查)[^。；]){0,40}?，|(?:通过|基于|利用|借助|结合)[^。；]{0,60}?，)(?:提出|设计|开发|引入|构建|介绍|推出)了?(?:一(?:种|个|套|类)|[^。；]{0,40}?(?:[\u4e00-\u9fff]器|方法|框架|模型|算法|架构|技术|系统|工具|机制|策略|方案|模块|网络|范式|估计量|优化器|求解器|编码器|解码器|检测器|生成器|分类器|语言|平台|智能体|指标|工作流|流程)|[A-Za-z])|(?:我们|本文|本研究|这项工作)[^，。；]{0,8}?提供了?一(?:个|种|套)[^。；]{0,30}?(?:视角|框架|方法|工具|平台|模型|系统|软件包|工具包)|(?:我们|本文)(?:报道|报告)了?一(?:种|个|套)[^，。；]{0,20}?(?:框架|方法|模型|算法|系统|工具|平台)/;

/**
 * "我们引入了ClaimRAG-LAW，一个全面的法律RAG数据集", "我们引入了MOSAIC，这是首个……基准", "我们引入了LongRCA
 * Bench，……": a name the sentence itself calls a dataset or a benchmark, or one that says so itself.
 * METHOD_ZH would take the bare name for a method.
 */
const NAMED_RESOURCE_ZH =
  /(?:提出|设计|开发|引入|构建|介绍|推出|发布|创建)了?\s*(?:[A-Za-z][\w.+-]*(?:\s[A-Z][\w.+-]*)?\s*Bench(?![A-Za-z])|[A-Za-z][\w.+-]*(?:\s[A-Z][\w.+-]*)?(?:\s*[（(][^）)]*[）)])?\s*[，,]\s*(?:这是|即|它是)?(?:一(?:个|种|套|项)|首个|第一个)?[^，。；]{0,40}?(?:基准|数据集|语料库|测试集)(?:测试|套件)?(?=[，。；,]|$))/;
/**
 * Whether a Chinese sentence proposes a method, framework, … (METHOD_ZH), not only a named dataset or
 * benchmark, and not an overview ("本文通过……调查，提出了……的广泛概述", whatever field it covers).
 */
/**
 * What a translation says the authors made without naming them ("为了解决这些限制，提出了一种……的框架", the English
 * "a framework … is proposed"; never "提出了一种混合框架", which says nothing of it) or as something new they
 * describe ("我们描述了一种新的……分割方法", "我们描述了一种……并行近似算法"), or propose to make by some means
 * ("……，并提出通过NTK近似MLP融合来创建一个轻量级的PLM").
 */
const UNNAMED_METHOD_ZH =
  /^(?:为了?[^，。；]{1,30}，)?提出了(?:一种|一个)[^。；]{5,60}?(?:方法|框架|模型|算法|架构|系统)|^(?:[^，。；]{0,30}，)?(?:我们|本文|本研究)(?:描述|介绍)了一种(?:新(?:的|型))?[^。；]{0,40}?(?:方法|框架|模型|算法|架构|系统)|(?:我们|本文)[^。；]{0,60}?，并提出(?:了)?通过[^。；]{1,40}?来(?:创建|构建|实现|设计|得到)/;
/** "我们从相关文献中介绍了技术细节": what a review covers, drawn from others' work, never something the authors made. */
export const REVIEW_SCOPE_ZH = /(?:从|根据)[^。；]{0,20}?文献中?(?:介绍|总结|回顾|梳理)|介绍了?技术细节/;
const proposesMethodZh = (s: string) =>
  // "本文未提出新的缓解措施；它提供了……": a proposal denied.
  !/(?:未|没有|并未|并不|不)(?:提出|引入|开发|设计)/.test(s) &&
  (METHOD_ZH.test(s.replace(new RegExp(NAMED_RESOURCE_ZH, 'g'), '，')) || UNNAMED_METHOD_ZH.test(s)) &&
  // "我们在这里提出了对耦合流和自回归流进行深入比较的研究": a study the authors present, not a method; nor
  // "我们从相关文献中介绍了技术细节", a review's scope.
  !/提出了?对[^。；]{0,60}?(?:比较|研究|分析|评估)/.test(s) &&
  !REVIEW_SCOPE_ZH.test(s) &&
  !/(?:提出|提供|给出)了?[^。；]{0,80}?(?:概述|综述|回顾|建议|展望)(?:[。；]|$)/.test(s);
/** A Chinese sentence without the datasets and benchmarks it contributes: the named ones, then the first clause naming one. */
const withoutResourcesZh = (s: string) => s.replace(new RegExp(NAMED_RESOURCE_ZH, 'g'), '，').replace(/[^，。；]*(?:基准|数据集|语料库|测试集)[^，。；]*/, '');
/** What a Chinese contribution sentence calls its resource, by the first resource word in it ("……发布了……数据集" is a dataset). */
function resourceNounZh(s: string): string | undefined {
  const word = /基准|数据集|测试集|语料库/.exec(s)?.[0];
  return word === undefined ? undefined : word === '基准' ? 'benchmark' : word === '语料库' ? 'corpus' : 'dataset';
}
/** Whether a Chinese sentence contributes a dataset or benchmark ("我们构建了……数据集", "我们引入了X，一个……基准"). */
const contributesResourceZh = (s: string) => BENCHMARK_ZH.test(s) || NAMED_RESOURCE_ZH.test(s);

function count(cues: readonly RegExp[], text: string): number {
  return cues.filter((re) => re.test(text)).length;
}

/** Whether any of the authors' own sentences proves, bounds or characterises something. */
/** "Closed-form expressions are obtained for …": derived, in the passive that names no one, whoever's sentence it is. */
const DERIVED_PASSIVE_EN = /\bclosed-form (?:expressions?|formulas?|formulae|solutions?) (?:are|is|were|was) (?:\w+ly )?(?:obtained|derived|given|found)\b/i;

function provesOwn(own: readonly string[]): boolean {
  return own.some((s) => count(THEORY_CUES, s) > 0 || count(THEORY_ZH, s) > 0);
}

/** The authors speaking of their own work: the sentences whose cues say what the paper itself does. */
// "Complementarity enables us to prove …": the authors are the ones it lets act.
// "our understanding of …" is everyone's, not the authors' work.
// "Its central finding is that …": the paper's, named at the start of the sentence.
const OWN_SUBJECT_EN = new RegExp(
  String.raw`^The (?:present )?(?:paper|article)\b|^The (?:present|current) (?:work|study)\b|\bthe proposed\b|\b(?:we|our(?! (?:understanding|knowledge)\b)|this (?:${PAPER_ITSELF_EN} )?(?:paper|work|study|article|note|thesis|survey|tutorial|primer|overview|monograph)|(?:allows?|allowing|enables?|enabling|lets?|letting|helps?) us)\b|^Its (?:key |main |central |core |principal )?(?:finding|result|insight)\b|^The (?:key|main|central|core|principal) (?:finding|result|insight)s? (?:of (?:this|the present) (?:paper|work|study) )?(?:is|are)\b`,
  'i',
);
// 我 alone for a single author ("我提出了……的新证据"), never inside 自我 (self-).
const OWN_SUBJECT_ZH =
  /我们|本文|本研究|这项工作|这篇论文|该论文|本(?:综述|教程|讲义|论文)|这篇(?:综述|教程)|^(?:[^，。；]{0,30}，)?我(?!们)(?=[^，。；]{0,6}?(?:提出|发现|表明|证明|研究|分析|考察|估计|使用|利用|记录|展示|构建|开发|论证))/;
/** A title that says the paper is a position paper ("Position: …"). */
const POSITION_TITLE = /^position\s*:/i;
const POSITION_EXPLICIT = /\bposition paper\b|立场论文|立场文件/i;
/** The authors built software of their own: "we developed a tool to detect, scrape, and display …". */
const BUILDS_SOFTWARE_EN =
  /\bwe (?:\w+ly )?(?:developed|develop|built|build|implemented|implement|created|create)\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}?(?:tool|system|platform|pipeline|software|package|library|prototype|app|application|website|dashboard|crawler|scraper)s?\b/i;
/** The paper studies something with its own experiments, evaluations or methods: no survey, whatever its title says. */
const OWN_EMPIRICAL =
  /\bwe (?:\w+ly )?(?:study|investigate|evaluate|examine|analy[sz]e|conduct|perform|measure|compare|propose|introduce|present|develop)\b|我们(?:通过实证)?(?:研究|评估|考察|分析|提出|开发)/i;

/**
 * The kind of a paper and the noun it uses for itself, from its title, abstracts and summary. The
 * cues are conservative: proposing a method, model, framework or resource outweighs position cues;
 * theory needs theorem, proof or bound cues in the authors' own sentences; and where cues conflict
 * (an "Overview" whose authors run their own study) the kind is `unclear`, which asks fewer questions.
 */
export function kindOf(paper: QuestionPaper, contribution: string, contributionZh: string, own: readonly string[] = []): { kind: PaperKind; noun?: string; people: boolean } {
  const title = paper.title ?? '';
  const abstract = paper.abstract ?? '';
  const zh = `${paper.titleZh ?? ''} ${paper.abstractZh ?? ''}`;
  // "… a framework to evaluate whether LLMs exhibit human-like response biases in survey questionnaires": the
  // questionnaires are put to models, and no person takes part unless the abstract counts or recruits some.
  const modelsAsked = MODELS_AS_SUBJECTS.test(abstract) && !PEOPLE_COUNTED.test(abstract);
  const people = (PEOPLE.test(abstract) && !modelsAsked && !((ALGORITHMIC_ACTORS.test(abstract) || GAME_PLAYERS.test(abstract)) && !HUMAN_STUDY.test(abstract))) || PEOPLE_ZH.test(zh);
  const method = proposesMethod(contribution) || proposesMethodZh(contributionZh);
  const resource = BENCHMARK_CONTRIBUTION.exec(contribution) ?? NAMED_ENVIRONMENT_EN.exec(contribution) ?? BENCHMARK_TITLE.exec(title) ?? RESOURCE_LISTED_TITLE.exec(title);
  const resourceZh = contributesResourceZh(contributionZh);
  // "we developed a tool to detect, scrape, and display data from 361 … programs … this survey represents …": a census the
  // authors ran with software they built, not a survey of a literature.
  const surveyAbstract = BUILDS_SOFTWARE_EN.test(abstract) ? null : (SURVEY_ABSTRACT.exec(abstract) ?? SURVEY_SELF_EN.exec(abstract));
  // "SoK: Challenges and Opportunities in …": a systematization of knowledge is a survey.
  const survey = surveyAbstract ?? SURVEY_TITLE.exec(title) ?? (/^SoK\s*:/.test(title) ? ['SoK', 'survey'] : null);
  if (survey && !people) {
    // A title alone ("…: An Overview") against a contribution of the authors' own study is a conflict.
    if (!surveyAbstract && (OWN_EMPIRICAL.test(contribution) || OWN_EMPIRICAL.test(contributionZh) || method)) return { kind: 'unclear', people };
    const noun = (survey.slice(1).find(Boolean) ?? 'survey').toLowerCase();
    // "A Self-Contained Introduction" is a tutorial; "this introduction" reads as the paper's first section.
    return { kind: 'survey', noun: noun === 'introduction' ? 'tutorial' : noun, people };
  }
  if (!survey && !people && (SURVEY_ZH.test(paper.abstractZh ?? '') || SURVEY_TITLE_ZH.test(paper.titleZh ?? '')) && !METHOD_ZH.test(zh) && !method) return { kind: 'survey', noun: 'survey', people };
  if (!survey && !people && SURVEY_SELF_ZH.test(paper.abstractZh ?? '') && !proposesMethod(abstract)) return { kind: 'survey', noun: 'survey', people };
  const empirical = count(EMPIRICAL, abstract);
  // Proposing something outweighs "we argue": only a paper that calls itself a position paper is one then.
  const proposes = method || !!resource || resourceZh;
  if (POSITION_TITLE.test(title) || POSITION_EXPLICIT.test(`${abstract} ${zh}`)) return { kind: 'position', people };
  if (!proposes && (POSITION_STRONG.test(abstract) || POSITION_ZH.test(zh) || (POSITION_WEAK.test(abstract) && empirical === 0))) return { kind: 'position', people };
  const ownTheory = provesOwn(own);
  const theory = Math.max(count(THEORY_CUES, abstract), count(THEORY_ZH, zh)) + (THEORY_TITLE.test(title) ? 1 : 0);
  if (resource || (resourceZh && !method)) {
    // A resource paper whose own sentences also prove theorems: the cues conflict.
    if (ownTheory && theory >= 3 && !resource) return { kind: 'unclear', people };
    const noun = (resource?.[1] ?? resourceNounZh(contributionZh) ?? 'benchmark').toLowerCase();
    return { kind: 'benchmark', noun: noun === 'bench' ? 'benchmark' : noun, people };
  }
  if (theory >= 2 && empirical < theory && ownTheory) return { kind: 'theory', people };
  if (method) return { kind: 'method', people };
  if (people) return { kind: 'people', people };
  return { kind: 'unclear', people };
}

const PROBLEM_EN =
  /\b(?:however|remains?|challeng\w*|difficult\w*|lacks?|lacking|limited|limitations?|fail(?:s|ed)?|struggle[sd]?|unclear|unknown|little is known|bottlenecks?|costly|expensive|open (?:problem|question)|under-?explored|understudied|suffer\w*|hinder\w*|insufficient\w*|inefficient|unreliable|poorly)\b/i;
const OWN_EN =
  /\b(?:we|our|us|the proposed|this (?:paper|work|study|article|method|approach|model|framework)|(?:experimental |empirical |our )?(?:results|experiments|evaluations?|findings|analys[ie]s))\b/i;
// "compared to" sets the paper against others only when what it is compared with is a method or one
// named ("compared with GPT-4"): "head knowledge compared to tail knowledge" compares two things the paper measures.
const COMPARISON_WORDS_EN =
  /\b(?:outperform\w*|surpass\w*|state[- ]of[- ]the[- ]art|baselines?|better than|beats?|compared (?:to|with) (?:the |an? )?(?:[\w-]+ ){0,3}?(?:methods?|approach(?:es)?|models?|systems?|algorithms?|techniques?|solvers?|computation|selection|implementations?|pipelines?|heuristics?|variants?|versions?|decoding|sampling|training|fine-tuning|search|solutions?|default|standard|conventional|vanilla|naive|traditional|classical|original|prior|existing|previous|competing|competitors?|alternatives?))\b/i;
const COMPARED_WITH_NAME_EN = /\b[Cc]ompared (?:to|with) (?:the )?[A-Z][\w-]*[A-Z0-9]/;
/** "To establish a baseline, we replicate …": the study's own reference point, not methods it competes with. */
const OWN_BASELINE_EN = /\b(?:to establish|establishing|as) (?:a|the|our) baselines?\b|\bwith (?:these|the) baselines? established\b/gi;
/** "Leveraging state-of-the-art deep reinforcement learning techniques, our suite achieves …": what the authors use, no rival beaten. */
// "Through experiments on state-of-the-art image classification, segmentation, and Stable Diffusion models": what was run, not beaten.
const USES_STATE_OF_THE_ART_EN =
  /\b(?:leverag\w*|us(?:e|es|ed|ing)|employ\w*|adopt\w*|apply\w*|built (?:on|upon)|based on|building on) (?:the |recent )?state[- ]of[- ]the[- ]art\b|\b(?:experiments?|evaluations?|tests?) (?:(?:performed|conducted|run|carried out) )?(?:on|across|in) (?:several |various |multiple |many |the |recent |current )?state[- ]of[- ]the[- ]art (?:[\w-]+,? (?:and )?){0,6}?(?:models|networks|architectures|LLMs|systems|backbones)\b/gi;
const USES_STATE_OF_THE_ART_ZH = /(?:利用|使用|采用|借助|基于|结合|应用)了?最先进的|在最先进的[^。；]{0,40}?(?:模型|网络|架构|系统)上(?:进行|开展)?的?(?:实验|评估|测试)/g;
/**
 * "… optimization works equally well when compared to likelihood-based methods": the paper claims to match, not
 * to win, so there is no ranking to doubt.
 */
const PARITY = /\b(?:equally well|as well as|comparabl[ey]|on par|on-par|matches|matching)\b|相当|同样好|不相上下|媲美|可比较|可比的/i;
const WINS = /\b(?:outperform\w*|surpass\w*|better|exceed\w*|beats?|superior|state[- ]of[- ]the[- ]art|baselines?)\b|优于|超过|超越|更好|最先进|基线/i;
export const COMPARISON_EN = {
  test: (s: string) => COMPARISON_WORDS_EN.test(s.replace(OWN_BASELINE_EN, ' ').replace(USES_STATE_OF_THE_ART_EN, ' ')) || COMPARED_WITH_NAME_EN.test(s),
};

const PROBLEM_ZH = /然而|挑战|难以|困难|缺乏|缺少|局限|不足|尚不清楚|不清楚|瓶颈|未能|无法|昂贵|代价高|效率低|低效|忽视|忽略/;
const OWN_ZH = /我们|本文|本研究|这项工作|该方法|所提出|结果|实验|评估|分析表明/;
// Not "替换基线模型", "部署中的基线模型": the model in service that an update replaces is no competing method.
const COMPARISON_WORDS_ZH = /优于|超过了|超越|基线(?!模型在部署|模型的更新)(?<!替换基线)|最先进|更好/;
export const COMPARISON_ZH = { test: (s: string) => COMPARISON_WORDS_ZH.test(s.replace(USES_STATE_OF_THE_ART_ZH, ' ')) };
/**
 * The best current systems as what a result harms ("polluted evidence can degrade the performance of
 * state-of-the-art detectors", "使最先进的检测器性能下降"): an attack's or a flaw's effect, not the
 * paper set against other methods, so there are no baselines to ask about.
 */
const HARMED_EN =
  /\b(?:degrad\w*|harm\w*|hurt\w*|fool\w*|break\w*|mislead\w*|evad\w*|bypass\w*|compromis\w*|undermin\w*|impair\w*|cripple\w*|jailbreak\w*|attack\w*|deceiv\w*|(?:reduc|lower|decreas)\w* the (?:performance|accuracy|robustness) of)\s+(?:[\w-]+\s+){0,3}?state[- ]of[- ]the[- ]art\b/gi;
const HARMED_ZH =
  /(?:使|让|导致|造成)[^，。；]{0,12}最先进[^，。；]{0,20}?(?:下降|降低|失效|退化|受损|崩溃)|(?:发现|揭示|指出)了?[^，。；]{0,20}?(?:弱点|缺陷|局限|漏洞)[^。；]{0,12}?最先进|最先进[^，。；]{0,20}?的(?:两个|几个|若干|一些)?(?:弱点|缺陷|局限|漏洞)/g;
/**
 * Baselines and best systems that are no competitors: "two baseline attack strategies" the paper analyses,
 * "绕过DP能使最先进的防御机制检测……" (what lets the best defences act). Nothing is ranked against them.
 */
const NOT_COMPETING = /\bbaseline (?:attack|adversar|threat|poison|condition|setting|configuration)\w*|基线(?:攻击|对抗|威胁|投毒|条件|设置|配置|情况|场景)|(?:使|让|令)[^，。；]{0,12}最先进/gi;
/** Two ways of using the same models set against each other: fine-tuning against zero-shot, few-shot or prompting (both languages). */
const SETTINGS_COMPARED =
  /\bfine-?tun\w*\b[^.;。；]{0,80}\b(?:zero-shot|few-shot|prompting|in-context)\b|\b(?:zero-shot|few-shot|prompting|in-context)\b[^.;。；]{0,80}\bfine-?tun\w*|微调[^。；]{0,40}(?:零样本|少样本|提示)|(?:零样本|少样本|提示)[^。；]{0,40}微调/i;

/**
 * What a sentence does, read before any question frame is put around it. Each frame declares the
 * roles it fits (compose-en.ts, compose-zh.ts); a sentence whose role no frame fits is not quoted.
 * - `claim`: a finding or claim of the paper's own ("we find that …", "X outperforms …");
 * - `result`: a theorem-like result ("we prove …", "… is asymptotically equivalent to …");
 * - `problem`: a specific diagnosis of what current practice gets wrong ("existing methods fail to …");
 * - `gap`: a gap in what is known ("remains unexplored", "研究还不多");
 * - `artefact`: the paper proposes a method, model, framework, system, …;
 * - `dataset`: the paper introduces a dataset, benchmark or corpus;
 * - `design`: what an empirical study does, not what it found ("we compare three tools", "本研究比较了…");
 * - `question`: the question the paper asks ("we study whether …", "我们研究…是否…");
 * - `setting`: what the paper considers, with no result ("we consider estimation in …");
 * - `definition`: the paper names or defines something ("we term …", "称为…");
 * - `position`: the authors argue a view ("we argue that …");
 * - `survey`: the paper reviews or organises a field;
 * - `made`: the authors make something no other role names, neither a method nor a dataset nor a result
 *   ("We build an order parameter …", "We formulate fair multi-view determinant selection: …",
 *   "我们引入了解耦对比解码（DCD）"); set by `rolesOf` only in an abstract where no sentence names the
 *   method or resource itself, and asked what is new in it, whatever it is;
 * - `background`: a generic opening line about the field ("X is increasingly important", "X remains a key challenge");
 * - `other`: none of these.
 */
export type SentenceRole =
  | 'claim'
  | 'result'
  | 'problem'
  | 'gap'
  | 'artefact'
  | 'dataset'
  | 'design'
  | 'question'
  | 'setting'
  | 'definition'
  /** The assumption the paper's results rest on, named as such ("Our main identifying assumption is …"). */
  | 'assumption'
  | 'position'
  | 'survey'
  | 'made'
  | 'background'
  | 'other';

interface Language {
  quotable(sentence: string): boolean;
  /** A sentence too long for the full frames that a short frame may still quote whole; none in Chinese. */
  long?(sentence: string): boolean;
  /** A sentence quotable but for a "this …" that points back or a "Then, …" (see `loose` in text.ts). */
  loose(sentence: string): boolean;
  role(sentence: string): SentenceRole;
  /** The authors speaking of their own work or results. */
  own: RegExp;
  comparison: { test(sentence: string): boolean };
  /** A study with people: participants, interviews, respondents. */
  people: RegExp;
  /** A sentence that describes that study itself, whoever its subject ("Participants are presented with …", "招募了……"). */
  studyDescribed: RegExp;
  figure(sentence: string): Figure | undefined;
  /** A theorem-like statement: proved, identified, bounded, characterised. */
  theorem: RegExp;
  /** A measured result in the present or past tense, whoever its subject (read only after the contribution). */
  result?: RegExp;
  /** A diagnosis whose only cue is "rely on", with no turn ("however", "but", "while"): a description of practice (English only). */
  reliesOnly?(sentence: string): boolean;
  /** The authors at work, in a verb no role reads: what they made (`made`) or how they tested it (`design`); English only. */
  work?(sentence: string): 'made' | 'design' | undefined;
  /** "The proposed model, CarSpeedNet, estimates …": the method, where no other sentence names it (English only). */
  proposed?: RegExp;
  /** A sentence that opens with the authors making something (the role `made`). */
  made: { test(sentence: string): boolean };
  /** A sentence that opens with the authors deriving something: `made` where nothing else specific is left (English only). */
  derived?: RegExp;
}

// "… there is not yet a common vocabulary to describe human-AI interaction": what the field lacks, a gap.
const GAP_EN_RE =
  /\b(?:little is known|we (?:still )?know (?:very |relatively )?little about|there is (?:not yet|still no|no|as yet no) (?:a |an )?(?:common|shared|standard|standardi[sz]ed|unified|agreed(?:-upon)?|systematic|comprehensive|principled)\b|(?:remains?|is|are|been) (?:largely |still |relatively |poorly )?(?:unclear|unknown|unexplored|under-?explored|understudied|overlooked|open(?! to\b))|(?:remains?|is|are) (?:rarely|seldom|hardly|not always|not|never) (?:yet |fully |entirely )?(?:clear|known|understood) (?:which|whether|how|why|what|when|if)\b|has (?:received|attracted) (?:little|limited|less) attention|(?:few|limited|little) (?:prior )?(?:studies|work|research)|not (?:yet )?(?:been )?(?:well |fully |systematically )?(?:understood|studied|explored|investigated)|open question|lack of (?:systematic |empirical )?(?:research|studies|understanding|evidence)|(?:still |yet )?needs? to be (?:clarified|understood|studied|investigated|explored|examined))\b/i;
const GAP_ZH_RE =
  /尚不清楚|仍不清楚|尚不明确|仍不明确|尚未(?:被)?(?:充分|系统地?|深入)?(?:研究|探索|探讨|理解)|研究(?:还|仍|尚)?(?:不多|较少|很少|有限|匮乏|不足)|(?:很少|鲜有|较少)(?:有)?(?:研究|工作|文献)|未被充分(?:研究|探索)|缺乏(?:系统的?|实证的?|深入的?)?(?:研究|理解|证据)|知之甚少/;
const MISSING_SURVEY_EN = /\b(?:lack|absence|no|few|lacks|lacking|missing)\b[^.;]{0,40}\b(?:surveys?|reviews?|overviews?)\b/i;
const MISSING_SURVEY_ZH = /(?:缺乏|缺少|没有|尚无|鲜有)[^，。；]{0,40}?(?:综述|回顾)/;
/** What current practice gets wrong, said specifically: a failure, a lack, a cost, an assumption. */
const DIAGNOSIS_EN =
  /\b(?:(?<!pass[/-])fail(?:s|ed|ing)?|struggle[sd]?|lacks?|lacking|cannot|can ?not|unable|ignor(?:e|es|ed|ing)|overlook(?:s|ed)?|neglect(?:s|ed)?|assum(?:e|es|ed|ing)|rel(?:y|ies|ied) on|(?<!not )limited to|suffer\w*|too (?:slow|costly|expensive|large)|slow|poor|costly|expensive|prohibitive|inefficient|unreliable|brittle|bottlenecks?|discard\w*|degrad\w*|overstat\w*|biased|mismatch|sequential(?:ly)?(?! (?:labell?ing|tagging|decision|recommendation|data|tasks?))|scal(?:e|es) (?:poorly|quadratically|cubically)|poorly|hinder\w*|insufficient|inaccura\w+|drawbacks?|limitations?|restrict\w*|making it (?:\w+ )?(?:difficult|hard|impossible) to|(?:do|does|did) not apply|(?:is|are) not applicable|inapplicable)\b/i;
const DIAGNOSIS_ZH =
  /缺乏|缺少|未能|无法|难以|忽视|忽略|依赖于?|假设|局限于|受限|过慢|太慢|昂贵|代价高|效率低|低效|瓶颈|丢弃|导致(?![^，。；]{0,24}?(?<!未经|未|不|无|没有|没)(?:改善|提高|提升|进步|增强|优化|便利))|偏差|不匹配|高估|低估|不可靠|不准确|退化|限制了/;
/** Generic opening lines about a field: importance, ubiquity, "a key challenge" with nothing specific. */
const BACKGROUND_EN =
  /\b(?:(?:is|are|has become|have become|remains?|becomes?) (?:an? )?(?:increasingly |ever more |highly |very |particularly )?(?:essential|important|crucial|critical|vital|central|fundamental|key|ubiquitous|popular|prevalent|pervasive|widely (?:used|adopted|deployed)|promising)\b|(?:is|are|remains?) (?:an? )?(?:\w+ )?(?:fundamental|key|critical|central|core|major|long-standing|longstanding|persistent|significant|open|important) (?:challenge|problem|task|question|issue)s?\b|(?:face|faces|facing) (?:\w+ )?challenges\b|remains? (?:a |an )?(?:\w+ )?challeng\w*)/i;
const BACKGROUND_ZH =
  /(?:日益|越来越|愈发)(?:重要|普遍|关键|广泛)|至关重要|非常重要|十分重要|尤为重要|起着(?:关键|重要|核心)作用|(?:关键|重要|核心|根本性?|长期|主要)(?:的)?(?:挑战|问题|难题)|(?:持续|一直|仍然|依然)?面临(?:着)?(?:诸多|许多|重大|巨大)?挑战|广泛应用|备受关注/;
/** A sentence about what others do ("Traditional evaluations measure …"): background, never the paper's claim. */
const ABOUT_OTHERS_EN = /^(?:\w+,?\s+){0,2}?(?:traditional|existing|prior|previous|conventional|current|standard|typical|classical|common|most|many)\b/i;
// The words between may not be prepositions: "standard in evaluation harnesses" says what is common, not what others do.
const EXISTING_NAMED_EN =
  /\b(?:existing|current|prior|previous|conventional|traditional|standard|state-of-the-art|most|many|popular|typical|common|recent) (?:(?!(?:in|of|for|to|on|at|by|with|across)\b)[\w-]+ ){0,2}(?:methods?|approaches|models|systems|techniques|tools|work|studies|benchmarks|frameworks|solutions|algorithms|practices?|pipelines|simulators|datasets|metrics|evaluations?)\b/i;
const EXISTING_EN = new RegExp(`${EXISTING_NAMED_EN.source}|\\b(?:however|but|yet|while|whereas|although|despite)\\b`, 'i');
/** Others' methods named as such ("standard reinforcement learning-based approaches", "现有方法"), not a turn alone. */
const OTHERS_NAMED = new RegExp(`${EXISTING_NAMED_EN.source}|现有|已有|传统的?[^，。；]{0,10}?方法`, 'i');
const EXISTING_ZH = /现有|已有|当前|目前|传统|大多数|多数|常见|主流|然而|但是|但|尽管|虽然|不过/;

const THEOREM_EN =
  /\b(?:prove[sdn]?(?! (?:the |a )?concept)|we (?:\w+ly )?establish (?:an?|the|two|three|several|new|sharp|tight)(?! (?:[\w-]+ )?(?:patterns?|trends?|baselines?|benchmarks?|datasets?|collaborations?|partnerships?|links?)\b)|theoretical(?:ly)?|(?<!\b(?:that|which) )characteri[sz](?:e|es|ed|ation)|(?:our|the) main result|unique(?:ly)? optimal|identif(?:y|ies|ied) [^.;]{0,80}?\bup to|necessary (?:condition|and sufficient)|sufficient condition|theorems?(?!\s*prov)|lemmas?|corollar(?:y|ies)|(?:upper|lower|regret|error|risk|generali[sz]ation) bounds?|(?:regret|consistency|convergence|optimality|approximation|recovery|identification|finite-sample)(?: and (?:regret|consistency|convergence|optimality|approximation|recovery|identification|finite-sample))? guarantees|asymptotic(?:ally)?|non-asymptotic|(?:infinite[- ](?:width|depth|data|sample|time)|mean[- ]field|thermodynamic|continuum|large[- ]\w+|small[- ]\w+|scaling) limits?|equivalen(?:t|ce)(?! quer)|converge[sd]? (?:to|at|in)|convergence rates?|minimax|statistically consisten(?:t|cy)|unbiased|identifiab(?:le|ility)|closed[- ]form|sample complexity|(?:NP|PPAD|PLS|PSPACE|EXPTIME|APX|#P)-(?:hard|complete|completeness|hardness)|necessary and sufficient|if and only if|exactly when|(?:has|have|admits?) a unique)\b/i;
// 策略证明 is "strategy-proof", a property, not a proof; "证明了我们的方法在实际中取得了……改进" demonstrates, it proves nothing.
const THEOREM_ZH =
  /(?<!策略)证明(?!修复|助手|工具|器|系统|辅助|检查|脚本|搜索|库|语言|其|自己|自身)(?![^，。；]{0,16}?(?:在实际中|在实践中|取得了|改进|优于))|定理|引理|推论(?!方法|程序|过程|框架|工具)|上界|下界|渐近|等价(?!查询)|收敛(?:速度|速率|率|性|到|于)|无偏|可识别|闭式|样本复杂度|极小极大|充分必要|当且仅当|(?:推导|展示|给出|得到)(?:了|出)?[^，。；]{0,60}公式|(?:性能|误差|遗憾|风险|泛化|复杂度)界限?|(?:给出|推导|得到|刻画)(?:了|出)?[^。；]{0,80}(?:的|之)(?:充分|必要|充要)?条件(?:[，。；]|$)/;
/** The verbs that state a result outright, which a sentence setting up the problem ("we study …") lacks. */
const STRONG_RESULT_VERB_EN = /\b(?:prove[sdn]?(?! (?:the |a )?concept)|show[sn]?|showed|establish(?:es|ed)?|derive[sd]?|obtain(?:s|ed)?|characteri[sz](?:e|es|ed)|attains?|achieves?|guarantees?)\b/i;
/** A sentence that states a result, not one that merely mentions a closed form or a theorem it uses. */
const RESULT_VERB_EN =
  /\b(?:prove[sdn]?(?! (?:the |a )?concept)|show[sn]?|showed|establish(?:es|ed)?|derive[sd]?|obtain(?:s|ed)?|characteri[sz](?:e|es|ed)|give[sn]?|provide[sd]?|is|are|yields?|attains?|achieves?|holds?|converges?|identif(?:y|ies|ied)|implies|guarantees?)\b/i;
// "empirical risk", "empirical success policies": a theory's objects, built from data but no experiment.
const EMPIRICAL_EN =
  /\b(?:experiments?|empirical(?:ly)?(?! (?:success|risk|process(?:es)?|measures?|distributions?|Bayes|welfare|likelihood|covariances?|means?|averages?|CDFs?)\b)|datasets?|benchmarks?|outperform\w*|accuracy|baselines?|simulations?|real-world|participants)\b/i;
// 互模拟 is bisimulation, an equivalence of processes, not a simulation run.
const EMPIRICAL_ZH = /实验|实证|数据集|基准|优于|准确率|基线|仿真|(?<!互)模拟|真实世界|参与者/;
/**
 * A measured result, whatever its subject: a verb of effect with a word of evidence ("consistently
 * reduces", "significantly outperforms", "improves … by 12%"), or a comparison of how often or how
 * well ("models verify changing facts more reliably than they ask users"). Read as the paper's own claim only in a
 * sentence after the contribution, where an abstract reports what it found.
 */
const RESULT_AFTER_CONTRIBUTION_EN =
  /\bprov(?:ed|es|e) (?:\w+ly )?(?:superior|inferior|best|more (?:accurate|effective|robust|efficient))\b|\b(?:diverge[sd]?|differ(?:s|ed)?) (?:\w+ly )?(?:within|across|between|from)\b|\b(?:falls?|fell) short of\b|\byield(?:s|ed)? (?:\w+ly )?(?:efficient|inefficient|optimal|suboptimal)\b|\b(?:every|each|all) (?:[\w-]+ ){0,3}?(?:shows?|showed|exhibits?|exhibited) (?:a |an )?(?:large|small|strong|weak|significant|clear|consistent)\b|\b(?:exhibits?|exhibited|develops?|developed|displays?|displayed) (?:\w+ )?(?:stronger|weaker|higher|lower|faster|slower|smaller|larger|greater|better|worse|earlier|later)\b[^.;]{0,120}?\b(?:whereas|while|than)\b|\b(?:more|less) (?:reliably|often|frequently|accurately|consistently|strongly) than\b|\b(?:consistently|significantly|substantially|markedly|reliably|sharply)\s+(?:\w+\s+)?(?:reduc|improv|increas|decreas|outperform|exceed|lower|rais|boost|degrad|shrink|widen|narrow)\w*\b|\b(?:reduc|improv|increas|decreas|outperform|exceed|lower|rais|boost|degrad|cuts?\b|halv)\w*\s+(?:[\w-]+\s+){0,6}?by\s+(?:up to\s+|about\s+|roughly\s+|over\s+|a factor of\s+)?\d[\d.,]*\s*(?:%|percent|percentage points|pp|x|×|times|fold|(?=\s+(?:relative to|compared (?:with|to)|over|than)\b))/i;
/** A figure set against a baseline: "by 23.8 percentage points over its matched flat baseline". */
const OVER_BASELINE_EN = /\bby \d[\d.,]*\s*(?:%|percent(?:age points?)?|pp|points)\s+(?:over|than|relative to|compared (?:with|to))\s+(?:[\w-]+\s+){0,4}?baselines?\b/i;
// "We report a decoupling in how …": a finding reported, not a study's design ("we report results on …").
const CLAIM_EN =
  /\bour (?:[\w-]+ ){0,2}?(?:method|approach|framework|model|results?|formulation|formali[sz]ation|theory|analysis)s? (?:\w+ly )?(?:generali[sz]es|subsumes|unifies) (?:the |all |both |existing |previous |prior |earlier |classical |standard |state-of-the-art )|\bwe (?:\w+ly )?(?:give|provide|obtain) (?:a|an) (?:negative|positive|affirmative|complete|definitive) answer\b|\bour (?:[\w-]+ ){0,3}?(?:findings|results) (?:\w+ly )?(?:reflect|mirror|echo)\b|\bour (?:[\w-]+ )?stud(?:y|ies) (?:\w+ly )?(?:shows?|showed|demonstrates?|demonstrated|reveals?|revealed|finds|found|confirms?|confirmed)\b|\bwe (?:\w+ly )?report (?:that\b|(?:an?|the) (?:[\w-]+ ){0,2}?(?:decoupling|dissociation|effect|gap|phenomenon|failure|trade-?off|asymmetry|correlation|pattern|paradox|discrepancy|bias|increase|decrease|drop|gain|improvement|reduction)s?\b)|\b(?:we (?:\w+ly )?(?:find|found|show|showed|observe[d]?|demonstrate[d]?|reveal(?:ed)?|confirm(?:ed)?|establish(?:ed)?|identify|identified|uncover(?:ed)?|discover(?:ed)?|argue|conclude[d]?|estimate[d]?|project(?:ed)?|predict(?:ed)?|forecast) that|(?:results|experiments|evaluations?|analys[ie]s|findings|simulations|studies|evidence) (?:\w+ ){0,2}(?:show|shows|showed|demonstrate[sd]?|reveal(?:s|ed)?|indicate[sd]?|suggest(?:s|ed)?|confirm(?:s|ed)?|affirm(?:s|ed)?|extend|extends|generali[sz]e|generali[sz]es|imply|implies)|outperform\w*|surpass\w*|(?<!\b(?:of|for|towards?|at|on|in)\s)(?:achiev(?:es|ed|ing)|improv(?:es|ed|ing)|(?<!\b(?:the|a|an)\s)reduc(?:es|ed|ing)(?!\s(?:[\w-]+\s){1,3}?to\s(?!\d|about|around|less|below|under|only|just|half|a fraction)))|(?:we|our (?:\w+ ){0,2}(?:method|approach|model|framework|system|results?|experiments?))\s+(?:\w+ly\s+)?(?:achieve|improve|reduce|validate|confirm|demonstrate|show)\b|\bby (?:showing|demonstrating|proving|establishing|finding) that|,\s+(?:thereby |thus )?(?:proving|showing|demonstrating|establishing) that\b|\bit (?:is|was|has been) (?:\w+ly )?(?:shown|demonstrated|proven|proved|found|established) that\b|^It turns out that\b|(?:significantly|substantially|consistently) (?:\w+ )?(?:better|worse|higher|lower|more|less)|(?<!\b(?:where|when|which|if|once|as) )(?:we|our \w+) (?:\w+ly )?(?:find|found|observe[d]?)\b|\bwe (?:\w+ly )?(?:reproduce[sd]?|replicate[sd]?|(?:identif(?:y|ied)|uncover(?:ed)?|discover(?:ed)?|locali[sz]e[d]?|pinpoint(?:ed)?) (?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple) )\b|\b(?:results|experiments|evaluations?|analys[ie]s|findings|simulations)\b[^.;]{0,120}?\b(?:show|shows|showed|demonstrate[sd]?|reveal(?:s|ed)?|indicate[sd]?|suggest(?:s|ed)?|confirm(?:s|ed)?|verify|verifies|verified) that\b|\bour (?:[\w-]+ ){0,4}(?:\([\w-]+\) )?(?:method|approach|algorithm|model|framework|system|estimator|sampler|solver|test|measure|procedure|metric|policy|mechanism)s? (?:\([\w-]+\) )?(?:is|are) (?:also |both )?(?:\w+ly )?(?:fast|faster|simple|scalable|efficient|accurate|robust|optimal|consistent|competitive|valid|unbiased|exact|tight|sound)\b|\bour (?:[\w-]+ ){0,2}(?:method|approach|algorithm|model|framework|system)s? (?:can|is able to) (?:\w+ly )?(?:handle|generali[sz]e|scale|recover|solve|detect|learn)\b|\b(?:this|the present|(?<=^)the) (?:paper|work|study|article|note) (?:(?:aims to|seeks to|sets out to) [^.;]{3,120}? and )?(?:\w+ly )?(?:shows|proves|demonstrates|establishes|finds) that\b|^(?:Our|Its|The) (?:key |main |central |core |principal )?(?:insight|observation|hypothesis|finding|result|claim|thesis|contention|conclusion) is (?:that\b|(?:the |an? )?(?:[\w-]+ ){0,3}?[\w-]+:)|\bwe (?:\w+ly )?document (?:a|an|two|three|several|\d+) (?:[\w-]+ ){0,3}?(?:maximum|minimum|peak|effect|gap|pattern|shift|increase|decrease|drop|rise|decline|correlation|anomaly|asymmetry|regularity|discrepancy|bias|failure|trend|phenomenon)s?\b|\bby \d[\d.,]*\s*(?:%|percent(?:age points?)?|pp|points)\s+(?:over|than|relative to|compared (?:with|to))\b|\bwe (?:[\w-]+ ){1,12}?and (?:\w+ly )?(?:show|find|demonstrate|prove|establish) that\b|\bwe (?:[\w-]+,? ){1,20}?to (?:show|demonstrate|prove|establish) that\b)/i;
// "我们的实验结果在图像数据集和文本数据集上展现出了最先进的……性能": results that show, in other words.
const CLAIM_ZH =
  /(?:结果|实验|研究|分析|评估|证据)(?:还|均|进一步)?(?:表明|显示|证明|揭示|发现)|(?:实验|评估)结果[^，。；]{0,30}?(?:展现出?|展示出?|取得)了?(?:最先进|更好|更高|优异|显著)|我们(?:还|进一步)?(?:发现|观察到|证明了?|表明|展示了?|揭示了?)|优于|超过了|超越|提高了|提升了|降低了|减少了|显著(?:地)?(?:更|高于|低于|优于)/;
// Not "the cost and complexity of creating suitably large … datasets": a gerund after "of" names no dataset the authors made.
const DATASET_EN = new RegExp(
  `(?<!\\bof )\\b(?:(?:introduc|present|propos|releas|construct|build|built|curat|creat|contribut|develop|collect)\\w*\\s+(?:[^\\s.;:]+,?\\s+){0,8}?|provid(?:e|es|ed)\\s+(?:a|an|the|our)\\s+(?:[\\w-]+\\s+){0,3}?)${RESOURCE}s?\\b`,
  'i',
);
/** "We present Engine-Transfer-Bench (ETB): …": a resource named as one (case matters: not "a workbench"). */
const NAMED_BENCH_EN = /\b(?:[Ii]ntroduc|[Pp]resent|[Pp]ropos|[Rr]eleas|[Cc]onstruct|[Bb]uil[dt]|[Cc]urat|[Cc]reat|[Cc]ontribut|[Dd]evelop)\w*\s+(?:the\s+)?[A-Z][\w-]*Bench\b/;
// "is called by the firm" calls something; "a model called X" names it.
const DEFINITION_EN = /\bwe (?:term|call|name|dub|define|refer to)\b|\bwhich we (?:call|term|name|refer to as)\b|\b(?:called|termed|dubbed)\b(?!\s+(?:by|for|upon|on|off|out|back|in)\b)/i;
// "将……重新定义为学习路径空间提议分布" recasts a method as another problem: no new notion.
// "……的结果，通常称为Uniswap v2" names what is known as such: no new notion.
const DEFINITION_ZH = /(?<!通常|一般|常|也|又|俗|常常|通常被|也被)称为|称之为|命名为|(?<!重新)定义为|我们定义|我们称/;
/**
 * A sentence that says what the paper is about, and on the way what it means by a term of the field ("The
 * focus of this paper is scalable statistical inference for the GLMM, where we define statistical inference
 * as: (i) …"): the term is the field's, no new notion.
 */
const USES_NOTION_EN = /\bwe (?:\w+ly )?(?:use|uses|used|adopt|adopts|adopted|employ|employs|employed|apply|applies|applied|follow|follows|followed)\b[^.;]*\b(?:called|termed|known as)\b/i;
const FOCUS_EN =
  /^(?:The (?:main |primary )?(?:focus|subject|topic|scope) of (?:this|the present|our) (?:paper|work|study|article)|This (?:paper|work|study|article) (?:focuses|is focused|concentrates) on)\b/i;
const FOCUS_ZH = /^(?:本文|本研究|本工作|这篇论文)的(?:重点|焦点|主题|关注点|研究重点)是|^(?:本文|本研究)(?:主要)?(?:关注|聚焦于|着眼于)/;
/** Words that give a notion's origin: "introduced by Troyan and Morrill", "proposed in [21]", "由……引入". */
const ORIGIN_EN = String.raw`\b(?:introduced|proposed|defined|coined|studied) (?:by|in)\b`;
const ORIGIN_ZH = '由[^，。；]{1,30}(?:引入|提出)';
/**
 * "we exploit an existing probabilistic semantics called DISPONTE", "fine-tune these models using the
 * … method called Low-Rank Adaptation": a notion named, but not a new one.
 */
const EXISTING_NOTION_EN =
  /\b(?:existing|established|known|well-known|classical|standard|popular|previously (?:proposed|introduced|defined))\b[^.;]{0,60}?\b(?:called|termed|named|dubbed|known as)\b|\b(?:using|with|via|through|by) the [^.;]{0,60}?\b(?:called|termed|named|known as)\b/i;
/** A numbered citation: [21], [3, 7], [4–6]. */
const CITATION = String.raw`\[\d+(?:[,–-]\s*\d+)*\]`;
/** A notion named with its origin ("introduced by Troyan and Morrill (2020)", "由……（2020）引入"): someone else's, not the paper's own. */
const ATTRIBUTED_EN = new RegExp(String.raw`${ORIGIN_EN}|\bet al\.|\((?:[A-Z][^()]{0,60}?,?\s*)?(?:19|20)\d\d[a-z]?\)`);
const ATTRIBUTED_ZH = new RegExp(`[（(][^）)]{0,40}(?:19|20)\\d\\d[）)][^，。；]{0,6}(?:引入|提出|定义)|${ORIGIN_ZH}的?`);
/** What a cited work showed, told in the paper's sentence ("… introduced in [21], which shows that …", "文献[21]……，该研究表明……"). */
const CITED_FINDING_EN = new RegExp(
  String.raw`(?:${CITATION}|${ORIGIN_EN}[^.;]{0,80}?),? (?:which|that|who) (?:\w+ly )?(?:shows?|showed|demonstrates?|demonstrated|proves?|proved|finds?|found|argues?|argued)\b`,
  'i',
);
const CITED_FINDING_ZH = new RegExp(`(?:文献\\s*${CITATION}|${CITATION}|${ORIGIN_ZH})[^。；]{0,40}?(?:该|这项|此)(?:研究|文献|工作|论文)(?:表明|显示|证明|发现)`);
/** "理论分析表明……": a result the authors derived, whatever words follow. */
const DERIVED_ZH = /^(?:本文的?|我们的?)?(?:理论分析|理论结果|理论上|分析)(?:还|进一步)?(?:表明|证明|显示)/;
const POSITION_EN = new RegExp(
  String.raw`\bwe (?:\w+ly )?(?:argue|advocate|contend|call (?:for|on)|urge|share our (?:vision|views?|perspectives?))\b|\bthis (?:${PAPER_ITSELF_EN} )?(?:paper|article|essay) argues\b`,
  'i',
);
const POSITION_ZH_RE = /我们(?:认为|主张|呼吁)|本文(?:认为|主张)|我们的(?:立场|观点)是/;
const SURVEY_EN = /\b(?:survey|surveys|review|reviews|overview|taxonomy|categori[sz]e|organi[sz]e|summari[sz]e)\b/i;
const SURVEY_ZH_RE = /综述|评述|调研|回顾|梳理|分类体系|归纳|总结了|涵盖了|概述了|本教程的目标/;
const SUBJECT_EN =
  '^(?:(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Finally),?\\s+)?(?:(?:In|Within) (?:this|the present|the|our) (?:study|paper|work|article),?\\s+|Here,?\\s+|To (?:address|tackle|fill|bridge|close|overcome|solve|study|answer) (?:this|these|that|those|the|such)(?: (?:\\w+ ){0,2}?\\w+)?,\\s+|to (?:offer|provide|ensure|obtain|enable|allow) [^,;]{3,80},\\s+|(?:Using|With|On|Across|Through|Via|Given|Drawing on|Considering|(?:Inspired|Motivated) by) [^,;]{3,120},\\s+)?(?:we|this (?:paper|study|work|article))\\s+(?:(?:\\w+ly|also|further|then|first|additionally|here)\\s+){0,2}';
const QUESTION_EN = new RegExp(
  `${SUBJECT_EN}(?:stud(?:y|ies)|investigates?|examines?|ask|asks|explores?|analy[sz]es?|tests?|assess(?:es)?|evaluates?|probes?)\\s+(?:whether|if|how|why|when|what|to what extent|the extent to which)\\b`,
  'i',
);
const DESIGN_EN = new RegExp(
  `${SUBJECT_EN}(?:compar|evaluat|assess|conduct|perform|benchmark|collect|measur|estimat|quantif|interview|survey|replicat|audit|run|ran|carr(?:y|ies|ied) out|report|examine (?:two|three|four|five|six|several|\\d+) |select(?:s|ed)? (?:[\\w-]+ ){0,5}?(?:datasets|benchmarks|tasks|models|LLMs|corpora)\\b|include[sd]? [^.;]{3,120}?\\band evaluate\\b|present(?:s)? (?:an?|the(?: first)?) (?:\\w+[ -]){0,3}(?:study|analysis|evaluation|audit|replication|investigation|examination)\\b|train(?:s|ed)? (?:a|an|the|several|\\w+) )\\w*|${SUBJECT_EN}(?:use[sd]?|employ(?:s|ed)?|leverage[sd]?) [^.;]{3,100}? to (?:explore|study|evaluate|test|examine|investigate|compare|measure|assess|probe|(?:estimate|quantify) (?:the )?(?:[\\w-]+ ){0,3}?(?:effects?|impacts?|relationships?|associations?|elasticit(?:y|ies)))\\b|\\b(?:empirically|experimentally|systematically) (?:study|investigate|examine|evaluate|analy[sz]e|compare)\\b|^In this (?:study|work|paper),? [^.]{0,200}\\b(?:was|were|is|are) (?:\\w+ly )?(?:evaluated|compared|assessed|tested|measured|explored)\\b|^Our (?:experimental |study |research |empirical )?design (?:includes|consists|comprises|combines|has)\\b|${SUBJECT_EN}(?:leverag|exploit|us|appl|employ|adopt)\\w*\\b[^.;]{0,80}?\\b(?:as a natural experiment|regression[- ]discontinuity|difference-in-differences|instrumental[- ]variables?|event[- ]study design|synthetic control)\\b`,
  'i',
);
const SETTING_EN = new RegExp(`${SUBJECT_EN}(?:stud(?:y|ies)|consider|considers|investigates?|examines?|analy[sz]es?|explores?|focus(?:es)? on|revisits?|address(?:es)?|tackles?)\\b`, 'i');
const THEORETICAL_ANALYSIS_EN = /\b(?:finite-sample|non-asymptotic|asymptotic|theoretical|convergence|regret|sample[- ]complexity|minimax|formal) analys[ie]s\b/i;
const QUESTION_ZH = /(?:我们|本文|本研究)[^，。]{0,4}(?:研究|探讨|考察|探索|检验|评估)了?[^。]{0,40}?(?:是否|能否|如何|为何|为什么|在多大程度上)/;
// "本文对GPT-4……在……自动提取信息的应用进行了全面研究", "我们通过手动验证过程对GPT-4……的性能进行了细致评估": the study's object, then its verb.
const DESIGN_ZH =
  /^(?:在本(?:研究|文|工作)中，|受[^，。]{1,80}?启发，)?(?:我们|本文|本研究|这项研究|该研究)(?!的(?:目的|目标|宗旨))(?:[^，。]{0,8}?(?:比较|评估|开展|进行|收集|测量|访谈|调查|测试|复现|审计|实证|通过实验)|(?:通过[^，。]{1,30}?)?对[^，。]{2,80}?进行了?[^，。]{0,6}?(?:研究|评估|比较|测试|实验|调查))/;
const SETTING_ZH = /^(?:在本(?:研究|文|工作)中，|受[^，。]{1,80}?启发，)?(?:我们|本文|本研究)[^，。]{0,6}?(?:研究|考虑|探讨|考察|分析|关注|重新审视|讨论)/;

/**
 * "… which motivated us to design X", "这激发了我们设计……的动机": why the authors set out, told by
 * what others showed; the sentence is motivation, not the contribution or a claim of the paper.
 */
const MOTIVATION_EN = /\b(?:motivat(?:es|ed|ing)|inspir(?:es|ed|ing)|prompt(?:s|ed|ing)|leads?|led) us\b|\bour motivation\b/i;
// "我们的方法受……视角……的启发": what inspired the approach, not what it shows.
const MOTIVATION_ZH = /(?:激发|促使|启发|驱使|推动|激励|启示)了?我们|(?:这是|成为)?我们[^，。；]{0,30}的动机|^(?:我们|本文)的(?:方法|工作|研究|框架|设计)受[^。；]{2,80}?(?:启发|启示|激发)/;
/** Whether a sentence tells why the authors set out rather than what they did (see {@link MOTIVATION_EN}). */
export function motivation(s: string): boolean {
  return MOTIVATION_EN.test(s) || MOTIVATION_ZH.test(s);
}

/**
 * A gap that is a remark about the literature ("a few studies have been conducted …", "has received
 * little attention", "研究还不多"), not a question the paper could settle: no premise to discuss.
 * A gap that names what is unknown ("whether X remains unclear", "尚不清楚") is one.
 */
const LIT_REMARK_EN =
  /\b(?:(?:few|limited|little|no|scarce|sparse) (?:prior |previous |existing )?(?:studies|works?|research|attention|literature|efforts?)|studies have been (?:conducted|carried out)|has (?:received|attracted) (?:little|limited|less|scant) attention|lack of (?:systematic |empirical )?(?:research|studies))\b/i;
const LIT_REMARK_ZH = /研究(?:还|仍|尚)?(?:不多|较少|很少|有限|匮乏|不足)|(?:很少|鲜有|较少)(?:有)?(?:研究|工作|文献)|缺乏(?:系统的?|实证的?|深入的?)?研究|关注(?:还|仍)?(?:较少|不足|有限)/;
const OPEN_QUESTION_EN =
  /\b(?:little is known|unclear|unknown|open question|(?:not (?:yet )?(?:well |fully )?|poorly |rarely |seldom |hardly )understood|lack of (?:\w+ )?(?:understanding|evidence)|whether|how|why|what|which|when|if)\b/i;
const OPEN_QUESTION_ZH = /尚不清楚|仍不清楚|尚不明确|仍不明确|知之甚少|理解|证据|是否|如何|为何|为什么|能否|多大程度/;

/**
 * A field's opening line that turns to a difficulty of the field itself ("Bilevel optimization is
 * widely used …, but bilevel problems are hard to solve", "联邦学习已成为……，但其可扩展性……受限"):
 * boilerplate, not a diagnosis of what current methods get wrong, which names them.
 */
const FIELD_OPENER_EN =
  /^(?:(?!\b(?:but|yet|however|although|while|whereas)\b)[^;])*?\b(?:(?:is|are|has been|have been) (?:\w+ly )?(?:used|applied|adopted|deployed|studied)|(?:has|have) (?:\w+ )?(?:become|emerged|shown|achieved|made)|(?:is|are) (?:an? )?(?:increasingly |ever more |highly |very |particularly )?(?:essential|important|crucial|critical|vital|central|fundamental|ubiquitous|popular|prevalent|pervasive|promising)|(?:is|are) (?:an? )?(?:\w+ )?(?:fundamental|key|core|central|important) (?:task|problem|tool|component|paradigm)|(?:play|plays) an? (?:\w+ )?role|(?:demonstrate|demonstrated|show|shown|exhibit) (?:\w+ )?(?:strong |remarkable |impressive |great )?(?:capabilit|potential|promise|performance|success))\w*[^;]*?(?:,\s*|\s+)(?:but|yet|however|although|whereas)\b/i;
const FIELD_OPENER_ZH =
  /^[^。；]*?(?:广泛应用|有广泛|被广泛|已成为|已经成为|展现出|展示出|取得了|至关重要|非常重要|十分重要|日益|越来越|核心任务|基础范式|重要作用|关键作用|能够)[^。；]*?(?:，|；)(?:但是?|然而|不过|可是)/;
/** A named actor of current practice after the turn: "existing methods", "标准架构", "代表性模型". */
const ACTOR_EN =
  /\b(?:existing|current|prior|previous|conventional|traditional|standard|state-of-the-art|most|many|popular|typical|common|recent|these|such|their|its)\s+(?:[\w-]+\s+){0,2}(?:methods?|approach(?:es)?|models?|systems?|techniques?|tools?|works?|studies|benchmarks?|frameworks?|solutions?|algorithms?|practices?|pipelines?|simulators?|datasets?|metrics?|evaluations?|architectures?|implementations?|designs?)\b/i;
const ACTOR_ZH = /(?:现有|已有|传统|主流|标准|代表性|常用|典型|当前的?|目前的?|大多数|多数|常见的?)[^，。；]{0,12}?(?:方法|模型|架构|工具|系统|技术|算法|框架|基准|研究|工作|指标|流程|实现|方案)/;
/** Whether a sentence is a field's opening line turned to a difficulty no method is named for (see {@link FIELD_OPENER_EN}). */
function fieldOpener(s: string, opener: RegExp, actor: RegExp): boolean {
  const m = opener.exec(s);
  return !!m && !actor.test(s.slice(m[0].length));
}

/**
 * The authors as the ones who ran the study ("we interviewed …", "本研究招募了……"): not any sentence that names
 * experiments ("Estimating causal effects from randomized experiments is only feasible if participants agree …",
 * background to a differential-privacy mechanism).
 */
const STUDY_OWNER = /\b(?:we|our|us)\b|\bthis (?:study|paper|work|survey|experiment|article)\b|我们|本研究|本文|这项研究/i;

/**
 * A sentence that turns against what came before: the abstract is still stating its problem. Not TURN of
 * contribution-sentence.ts, whose concessive openings ("Despite its simplicity, RECA is broadly applicable")
 * often carry the paper's own finding.
 */
const TURNS_AGAINST = /^(?:However|But|Yet|Nevertheless|Nonetheless|Unfortunately|然而|但是|但|不过|遗憾的是)/;

/** What a study must or should do, or what the authors argue: no study of their own that people took part in. */
const PRESCRIBES =
  /\bwe (?:\w+ly )?(?:argue|contend|maintain|posit)\b|\b(?:experiments?|stud(?:y|ies)|researchers|evaluations?|designs?) (?:must|should|ought to)\b|我们认为|我们主张|(?:实验|研究)(?:必须|应当|应该)/i;

/** A sentence that describes the study with people itself, whoever its subject ("Participants are presented with …", "In a laboratory experiment, …"). */
const STUDY_DESCRIBED_EN =
  /\b(?:were|was|are|is) (?:\w+ly )?(?:recruited|presented|asked|tasked|tested|randomi[sz]ed|assigned|interviewed|surveyed|shown|given)\b|^Participants\b|\bin an? (?:laboratory|lab|field|online|controlled|randomi[sz]ed) (?:experiment|study|trial)\b|\b(?:pilot|randomi[sz]ed controlled) trial\b|\bparticipants (?:report|rate|rated|complete|completed|answer|answered)\b/i;
const STUDY_DESCRIBED_ZH = /受试者|被试|参与者(?:被|需要|完成|回答)|招募/;

/** Future work ("We now hope to run more experiments …") or work in progress ("So far, we have created …"): no contribution or claim. */
const FUTURE_EN = /^So far\b|(?<!\b(?:that|which) )\bwe (?:\w+ )?(?:hope|plan|intend|wish|would like) to\b|\bin (?:the )?future\b|\bfuture (?:works?|research|directions?|studies)\b/i;
const FUTURE_ZH = /我们(?:希望|计划|打算|将来)|未来(?:的)?(?:工作|研究|方向)/;
/**
 * "we show the transformation of X into Y" presents a step; "we show that …" or "we show a 12% gain"
 * claims something. The first is read as "we present".
 */
const SHOWS_A_STEP_EN =
  /\bwe ((?:\w+ly )?)show(?= (?:the|a|an) (?:[\w-]+ ){0,2}?(?:transformation|construction|derivation|implementation|design|architecture|pipeline|workflow|process|procedure|steps?|use|translation|conversion|mapping|encoding|compilation) of\b(?![^.;]*\b(?:that|achiev\w*|outperform\w*|surpass\w*|improv\w*|\d)))/gi;

/**
 * "Unlike existing methods, the resulting estimator is one-step and relies on a single parameter"
 * ("与流行的现有估计方法不同，结果估计器……依赖于……"): what sets the new one apart, not a problem of the old.
 */
const UNLIKE_EN =
  /^(?:Unlike|In contrast to|Contrary to|As opposed to) (?:the |many |most )?(?:\w+ )?(?:existing|prior|previous|conventional|traditional|standard|popular|current|common|typical|classical)\b/i;
const UNLIKE_ZH = /^(?:与|和|同)[^，。；]{1,40}?(?:不同|相反|相比)，|^不同于[^，。；]{1,40}?，/;
/**
 * "While traditional methods rely on psychometrics and statistics, the increasing complexity of
 * large-scale testing has spurred the integration of machine learning": what a field relied on, set
 * against where it is going; a trend, with nothing amiss but the "rely on".
 */
/**
 * A sentence about a field's progress that mentions, on the way, what the old methods rely on ("稠密检索模型已成为传统依赖
 * 精确匹配……的检索模型的有希望的替代方案"): the progress is its point, and no diagnosis is left without 依赖.
 */
function trendOnlyZh(s: string): boolean {
  return /依赖/.test(s) && !DIAGNOSIS_ZH.test(s.replace(/依赖于?/g, ' ')) && /(?:已|已经)?成为了?[^，。；]{0,40}?(?:有希望的|主流的?|重要的)?(?:替代方案|替代品|主流)/.test(s);
}

function trendOnlyEn(s: string): boolean {
  return (
    /^(?:While|Although|Though|Whereas)\b[^,;]*\brel(?:y|ies|ied) on\b[^,;]*,/i.test(s) &&
    !DIAGNOSIS_EN.test(s.replace(/\brel(?:y|ies|ied) on\b/gi, ' ')) &&
    /\b(?:ha(?:s|ve) (?:\w+ly )?(?:spurred|led to|driven|prompted|motivated|fu?el(?:l)?ed|given rise to|brought about|accelerated|encouraged|opened)|(?:is|are) (?:increasingly|now) (?:being )?(?:used|adopted|integrated|applied))\b/i.test(
      s,
    )
  );
}

/** The role of an English sentence (see {@link SentenceRole}). */
export function roleEn(s: string): SentenceRole {
  if (FUTURE_EN.test(s) || VAGUE_EFFECT_EN.test(s) || ADD_ON.test(s)) return 'other';
  // "When online samples are expensive, …, we want to reduce the number of online samples while achieving the same
  // accuracy": what the authors want, no claim of what they achieved.
  // ("… a dataset of signals that we would like to represent, …" is anyone's wish, in a clause.)
  if (/(?<!\b(?:that|which) )\bwe (?:\w+ly )?(?:want|wish|would like|hope|desire) to\b/i.test(s) && !/\b(?:we|our) (?:\w+ )?(?:show|find|found|prove|demonstrate)/i.test(s)) return 'other';
  // "We aim to assess whether ChatGPT can match specialized models …": what the study asks, not what it found.
  if (
    /\bwe (?:\w+ly )?(?:aim|seek|set out|intend|try|attempt) to (?:assess|evaluate|investigate|examine|test|explore|study|determine|understand|answer|find out|check)\b[^.;]{0,40}?\b(?:whether|if|how|what|which|to what extent)\b/i.test(
      s,
    )
  )
    return 'question';
  // "To address this concern, we raise the following question: Can an attacker sow discord …?": the question the paper answers.
  if (/\bwe (?:\w+ly )?(?:raise|pose|ask|address|consider|study|investigate)[sd]? the following (?:(?:research|central|natural|main) )?question\s*:\s*[A-Z][^.;]+\?$/i.test(s)) return 'question';
  // "Specifically, how much confidence do we have in the quantum states we are picking as the output?": the question the abstract asks.
  if (/^(?:(?:Specifically|In particular|Namely|That is|More precisely|Concretely),\s+)?(?:How|What|Why|Which|When|Can|Could|Does|Do|Is|Are|Should|Will|Would)\b[^.;!]*\?$/i.test(s)) return 'question';
  // "On the other hand, terabytes of training data – while lacking reliable annotations – are readily available": an opportunity, not an obstacle.
  if (
    /^(?:On the other hand|In contrast|Meanwhile|Fortunately|Yet),?\s[^.;]*\b(?:is|are) (?:now |often |increasingly )?(?:readily|widely|freely|publicly|abundantly) (?:available|accessible)\b/i.test(
      s,
    ) &&
    !/\b(?:we|our|us)\b/i.test(s)
  )
    return 'background';
  // "As background, we introduce …": the authors say themselves that it is not their contribution.
  if (/^As (?:a )?background\b/i.test(s)) return 'background';
  // "The result of this work is a comprehensive list of 95 standalone OWL reasoners …": what the authors made.
  if (/^The (?:main |primary |final |key )?(?:result|outcome|output|product) of (?:this|our|the present) (?:work|study|paper|review|project|effort|survey) (?:is|was) (?:a|an) /i.test(s))
    return 'made';
  // "The paper underscores the significance of LLMs in reshaping recommender systems, …": what the paper argues matters.
  if (/^(?:The|This) (?:paper|work|study|review|survey|article) (?:\w+ly )?(?:underscores|emphasi[sz]es|stresses) (?:the )?(?:significance|importance|value|centrality|necessity|need)\b/.test(s))
    return 'claim';
  // "Our main identifying assumption is the stability of the dependence (copula) between …": what the results rest on.
  if (
    /^(?:[^,;]{0,40},\s+)?(?:Our|The) (?:main|key|central|crucial|core|only|primary|critical|fundamental|identifying|maintained)(?: identifying| modell?ing| structural)? assumptions? (?:is|are|requires?|states?)\b/.test(
      s,
    )
  )
    return 'assumption';
  // "We identified that lung cancer is one of the significant research issues in …": why the field matters, whoever says it.
  if (/\bis one of the (?:most )?(?:significant|important|major|key|critical|crucial|challenging|prominent) (?:research )?(?:issues|problems|challenges|topics|areas|tasks|questions)\b/i.test(s))
    return 'background';
  // "To the best of our knowledge, few studies …" is a remark about others' work, not the authors speaking of their own.
  // "On the other edge we have neural networks, …" is everyone's "we", pointing at the field.
  // "ML has achieved an impressive standard today, enabling us to answer questions …": everyone's "us", in the field's time.
  const everyone = /\b(?:today|nowadays|(?:in )?recent years|a few years ago|over the (?:past|last)\b[^.;]{0,20}\b(?:years|decades))\b/i.test(s);
  const own =
    OWN_SUBJECT_EN.test(
      s
        .replace(/\b(?:to the best of our knowledge|as far as we know),?\s*/i, '')
        .replace(everyone ? /\b(?:allows?|allowing|enables?|enabling|lets?|letting|helps?) us\b/gi : /$^/, '')
        // "given a dataset of signals that we would like to represent, …": anyone's wish, in a clause.
        .replace(/\b(?:that|which) we (?:would like|want|wish|need|seek) to \w+\b/gi, ''),
    ) && !/^(?:On|At) (?:the )?(?:one|other|opposite) (?:hand|edge|end|side|extreme)\b[^.;]*?\bwe have\b/i.test(s);
  // "There remains a lack of systematic surveys …" announces the survey that follows: no premise to discuss.
  if (!own && MISSING_SURVEY_EN.test(s)) return 'background';
  if (MOTIVATION_EN.test(s)) return 'background';
  // "To connect these two approaches, we identify two pivotal factors …: A and B": how the authors frame their analysis, not a finding.
  if (/^To [a-z]+ [^,;]{1,80}, we (?:first )?(?:identify|distinguish|single out|isolate)\b[^.;]*:/.test(s)) return 'other';
  // "Our previous work showed that …": what an earlier paper of theirs found, background to this one.
  // ("Similar to our previous results, QPF improved …" is this paper's.)
  if (/^(?:In\s+)?our (?:previous|prior|earlier|past) (?:work|works|study|studies|paper|papers|research)\b|^In (?:previous|prior|earlier) work,? we\b/i.test(s)) return 'background';
  // "we recently observed (Siudem et al., PNAS …, 2020) that …": a finding of the authors' earlier paper, cited.
  if (/\bwe (?:recently|previously|earlier|already) (?:observed|showed|found|demonstrated|proposed|introduced|reported)\b/i.test(s) && ATTRIBUTED_EN.test(s)) return 'background';
  // "we work in the framework of Chau and Rásonyi (2019), where …": the setup borrowed from others, no claim.
  if (/\bwe (?:\w+ly )?(?:work|operate|proceed|build) (?:with)?in the (?:framework|setting|model|setup) of\b/i.test(s) && ATTRIBUTED_EN.test(s)) return 'setting';
  // "The bulk of the work is due to computing …, which we achieve by …": how the work was done, no claim.
  if (/^The (?:bulk|main part|core|heart) of (?:the|our|this) (?:work|paper|analysis|effort)\b/i.test(s)) return 'other';
  // "We study the attack introduced in [21], which shows that …": the finding is the cited work's.
  if (CITED_FINDING_EN.test(s)) return own ? 'setting' : 'background';
  if (own && SURVEY_SELF_EN.test(s)) return 'survey';
  // "This survey presents a systematic mapping study of …": the survey speaking of itself (a leadFrames survey frame only fits a survey).
  if (
    /^(?:[^,;]{0,60},\s+)?(?:the (?:main |primary |overall )?(?:goal|aim|purpose|objective) of )?this (?:survey|review|tutorial|primer|overview|systematic (?:literature )?review|scoping review|mapping study|systematic mapping study)\s+(?:\w+ly\s+)?(?:is to|aims to|presents|provides|offers|covers|maps|reviews|surveys|synthesi[sz]es|summari[sz]es|organi[sz]es|categori[sz]es|examines|discusses|analy[sz]es|identifies|consolidates|charts|incorporates|conceptuali[sz]es|outlines|traces|compiles|explores|introduces|proposes|highlights)\b/i.test(
      s,
    )
  )
    return 'survey';
  // "However, practitioners' motives still need to be clarified, hindering … for achieving …": what is not known yet, whatever verb follows.
  if (!own && /\b(?:still|yet) needs? to be (?:clarified|understood|studied|investigated|explored|examined)\b/i.test(s)) return 'gap';
  if (GAP_EN_RE.test(s) && !CLAIM_EN.test(s)) return !own && LIT_REMARK_EN.test(s) && !OPEN_QUESTION_EN.test(s) ? 'background' : 'gap';
  // "Using … and a newly introduced dataset of 100 scenarios, we show that …": the dataset is the means; the sentence claims.
  if (
    own &&
    (DATASET_EN.test(s) || NAMED_BENCH_EN.test(s) || NAMED_ENVIRONMENT_EN.test(s)) &&
    !/^(?:Using|With|On|Across|Through|Drawing on) [^;]{3,250}?,\s+we (?:\w+ly )?(?:show|find|demonstrate|observe|reveal|confirm) that\b/i.test(s)
  )
    return 'dataset';
  // "To measure the distance between two agents' decisions, we introduce the average deviation": a measure, defined.
  if (/^To (?:measure|quantify|capture|gauge)\b[^,;]{1,120},\s+we (?:\w+ly )?(?:introduce|define|propose)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+\.$/i.test(s)) return 'definition';
  // "we introduce the single-step assembly error correction task, which involves …": a new task to solve, no method with parts.
  if (
    own &&
    /\bwe (?:\w+ly )?(?:introduce|propose|formulate|define|pose)[sd]? (?:a|an|the) (?:new |novel )?(?:[\w-]+ ){0,5}?(?:task|problem)(?![\w-])(?!\s+(?:of|by|with|using|through|via|as)\b)/i.test(s) &&
    !/\b(?:methods?|approach|framework|model|network|algorithm|architecture|system|pipeline|module)\b/i.test(s)
  )
    return 'made';
  // "We also present simple numerical results to demonstrate the convergence properties of …": results shown, nothing made or found.
  if (
    /^(?:We|The (?:paper|authors)|This (?:paper|work|study))(?: also| additionally| further)? (?:present|provide|give|report)s? (?:\w+ ){0,2}?(?:numerical|experimental|empirical|simulation|illustrative) (?:results|experiments|examples|studies|simulations)\b/i.test(
      s,
    ) &&
    !/\b(?:that|outperform\w*|improv\w*|achiev\w*)\b/i.test(s)
  )
    return 'other';
  // "We investigate Gale's important paper published in 1960": an earlier paper read again, no setting of the paper's own.
  if (
    own &&
    /^we (?:\w+ly )?(?:investigate|study|examine|revisit|analy[sz]e|consider|discuss)[sd]? (?:[A-Z][\w-]+(?:'s|’s)|the (?:seminal|classic|famous|original|well-known)) (?:[\w-]+ ){0,2}?(?:paper|article|book|work|note|essay|contribution)\b/i.test(
      s,
    )
  )
    return 'other';
  // "We evaluate our proposed model in a challenging grid-world scenario …": how the model was tested, not what was made.
  if (
    own &&
    /^(?:[^,;]{0,60},\s+)?we (?:\w+ly )?(?:evaluate|test|assess|benchmark|validate)[sd]? (?:the|our) (?:proposed |new )?(?:[\w-]+ ){0,2}?(?:model|method|approach|framework|system|algorithm|agent|pipeline)s? (?:on|in|across|using|with|against)\b/i.test(
      s,
    ) &&
    !/\b(?:find|finds|found|observ\w*|reveal\w*|show\w*|demonstrat\w*|confirm\w*|achiev\w*|outperform\w*|improv\w*|highlight\w*)\b/i.test(s)
  )
    return 'design';
  // "To overcome these challenges …, this study combines two concepts: (1) adapters, … and (2) mixup …": the method, by its parts.
  if (
    /\b(?:this|the present|our) (?:study|work|paper|research) (?:\w+ly )?(?:combines|integrates|unifies|marries) (?:two|three|four|several)? ?(?:[\w-]+ )?(?:concepts|ideas|techniques|components|approaches|methods)\b/i.test(
      s,
    )
  )
    return 'made';
  // "In this study, neuroevolution was used to discover an optimal strategy for the treatment": the study's design, in the passive.
  if (/^In this (?:study|work|paper),\s+[^.;]{3,120}?\b(?:was|were) (?:\w+ly )?(?:used|applied|employed|adopted) to\b/.test(s)) return 'design';
  // "The algorithm is demonstrated to outperform the commonly used Nearest Neighbor algorithm in 96% of the cases studied."
  if (
    /^(?:The|Our|This) (?:proposed |new |resulting )?(?:[\w-]+ ){0,2}?(?:algorithm|method|approach|model|framework|heuristic|system|technique|estimator|policy)s? (?:is|are|was|were) (?:\w+ly )?(?:demonstrated|shown|found|proven) to (?:\w+ly )?(?:outperform|improve|reduce|achieve|surpass|beat|match)\w*\b/i.test(
      s,
    )
  )
    return 'claim';
  // "To address this challenge, a new dataset called the Obfuscated Malware Dataset (OMD) has been developed.": the paper's resource, in the passive.
  if (
    /\b(?:a|an) (?:new|novel|large-scale|comprehensive|public) (?:[\w-]+ ){0,3}?(?:dataset|benchmark|corpus)\b[^.;]{0,60}?\b(?:has been|have been|is|was) (?:\w+ly )?(?:developed|created|constructed|built|introduced|released|collected|curated)\b(?! (?:by|in)\b)/i.test(
      s,
    )
  )
    return 'dataset';
  // "We initiate the study of omniprediction in the online adversarial setting.": a first study of something, what the authors bring.
  if (/^(?:[^,;]{0,60},\s+)?we (?:\w+ly )?initiate[sd]? (?:the )?(?:\w+ )?(?:study|investigation|analysis) of\b/i.test(s)) return 'made';
  // "Regulatory markets, in which governments require …, are proposed.": the paper's proposal, in the passive, whatever it is.
  // (A method proposed in the passive is read as one below.)
  if (/^[A-Z][^;]{10,220}?\b(?:is|are) (?:here )?proposed\.$/.test(s) && !/\b(?:have|has) been proposed\b|\b(?:many|several|various|numerous|existing|previous|prior) /i.test(s) && !proposesMethod(s))
    return 'made';
  // "We posit a simple solution, which is to generate synthetic data …": the authors' method, said as what it is.
  if (
    own &&
    /\bwe (?:\w+ly )?(?:posit|propose|offer|suggest|present)[sd]? (?:a|an) (?:(?:simple|new|novel|practical|principled|natural|general|straightforward|effective|elegant) )?(?:solution|remedy|fix|answer)\b,? (?:which is|namely|that is)\b/i.test(
      s,
    )
  )
    return 'artefact';
  if (proposesMethod(s)) return 'artefact';
  // "designing a novel LLM-based decoder, called LoRA-MoE": a method given a name, not a new notion.
  if (
    own &&
    DEFINITION_EN.test(s) &&
    !ATTRIBUTED_EN.test(s) &&
    !EXISTING_NOTION_EN.test(s) &&
    /\b(?:decoders?|encoders?|models?|methods?|frameworks?|architectures?|algorithms?|networks?|modules?|approach|systems?|pipelines?|techniques?|layers?)\s*,?\s+(?:called|termed|dubbed|named)\b/i.test(
      s,
    )
  )
    return 'artefact';
  // "we use off-policy MC methods that … by running a different policy called behavior policy": a notion the authors use, not theirs.
  if (own && DEFINITION_EN.test(s) && !ATTRIBUTED_EN.test(s) && !EXISTING_NOTION_EN.test(s) && !FOCUS_EN.test(s) && !USES_NOTION_EN.test(s)) return 'definition';
  // "We provide a unifying partial identification result that can account for these features": a theorem, named by its kind.
  if (
    /\bwe (?:\w+ly )?(?:provide|give|obtain|establish|derive|prove)[sd]? (?:an?|the|new|two|three|several|general|sharp) (?:[\w-]+ ){0,3}?(?:identification|impossibility|hardness|characteri[sz]ation|uniqueness|existence|convergence|consistency|equivalence|representation) (?:results?|theorems?)\b/i.test(
      s,
    )
  )
    return 'result';
  // "We study a class of minimax problems, where f is nonconvex": a setting, however theorem-like its words.
  const setsUp = (SETTING_EN.test(s) || QUESTION_EN.test(s)) && !STRONG_RESULT_VERB_EN.test(s);
  // "First, a blocking-neutral matching always exists … (Theorem 1)": a result the paper numbers as one.
  if (/\((?:Theorems?|Propositions?|Corollary|Corollaries|Lemmas?) \d+(?:(?:,| and|–|-)\s?\d+)*\)\s*[.;]?$/.test(s) && !EMPIRICAL_EN.test(s)) return 'result';
  // "The rigidity result implies that …", "Coarsening is therefore free exactly when …": what the paper's own result gives.
  const consequence =
    /^(?:The|This|Our) (?:[\w-]+ ){0,2}(?:result|theorem|characteri[sz]ation|bound|identity|equivalence)s? (?:implies|implied|shows|yields|gives|entails)\b/i.test(s) ||
    (/\b(?:therefore|thus|hence)\b/i.test(s) && /\b(?:exactly when|if and only if|unique(?:ly)?)\b/i.test(s)) ||
    /\b(?:Theorem|Proposition|Corollary|Lemma) \d+[a-z]? (?:gives|shows|establishes|proves|states|yields|implies|characteri[sz]es|identifies)\b/.test(s) ||
    /^(?:An?|Our) (?:closed-form|formal|theoretical|asymptotic|convergence|stability|mean-field) analysis (?:of [^,;]{1,60}? )?(?:gives|shows|yields|establishes|proves|reveals)\b/i.test(s);
  // "A necessary and sufficient condition … is given", "The problem is coNP-complete …": the paper's result in the passive.
  const passiveResult = /\b(?:is|are) (?:\w+ly )?(?:given|established|proved|proven|derived|obtained|characteri[sz]ed(?! by))\b|\b(?:is|are|remains?) (?:co)?NP-(?:complete|hard)\b/i.test(s);
  if (
    !setsUp &&
    // "LSCD is … usually operationalized …: First, labels are derived for …": how a task is commonly done, no result.
    !/\b(?:usually|typically|commonly|traditionally|conventionally)\b/i.test(s) &&
    THEOREM_EN.test(s) &&
    RESULT_VERB_EN.test(s) &&
    !EMPIRICAL_EN.test(s) &&
    (own || consequence || passiveResult || /\b(?:is|are) (?:asymptotically|statistically|minimax|the unique)\b/i.test(s))
  )
    return 'result';
  // "… we advocate for improving both X and Y, and propose an innovative framework": a method paper's turn of phrase, not a position.
  if (own && POSITION_EN.test(s) && !/\bthat\b[^.]*\b(?:outperform|improv|achiev)/i.test(s)) return PROPOSES_TOO_EN.test(s) ? 'artefact' : 'position';
  // "This article examines whether these platforms are achieving …" asks; it claims nothing.
  if (QUESTION_EN.test(s) && !/\b(?:find|found|show|showed|demonstrate[sd]?|reveal(?:s|ed)?|conclude[sd]?)\b/i.test(s)) return 'question';
  // "We validate the method against an exactly computable oracle": how the method was checked, not what was found.
  if (
    own &&
    /^we (?:\w+ly )?validate[sd]? (?:the|our) (?:[\w-]+ ){0,3}?(?:method|model|approach|framework|estimator|algorithm|system|pipeline)s? (?:against|on|using|with)\b(?![^.;]*\b(?:that|showing|demonstrating|confirming|achiev\w*|outperform\w*)\b)/i.test(
      s,
    )
  )
    return 'design';
  // "We validate on compressible magnetohydrodynamics (MHD), …": where the method was tried, not what it showed.
  if (own && /^we (?:\w+ly )?validate (?:on|across|using|in)\b/i.test(s) && !/\b(?:that|showing|demonstrating|confirming|achiev\w*|outperform\w*)\b/i.test(s)) return 'design';
  // "Inspired by recent results that show …, we study …": what others showed is no claim of this paper.
  // "By reducing the problem's dimensionality …, we overcome …": the means clause is the method, not a result it reports.
  // "In this paper, the statistical metric ORTG … was found to have correlation with different NBA playtypes".
  if (/^In this (?:paper|work|study|article),\s+[^.;]{3,150}?\b(?:was|were) (?:found|shown) to\b/.test(s)) return 'claim';
  // "To develop an RL method that provably achieves a Nash equilibrium, we focus on …": the aim is no result.
  const main = s
    .replace(/^To [a-z]+ [^;]{3,200}?,\s+(?=we\b)/i, '')
    .replace(/^(?:Inspired|Motivated) by [^;]{3,200}?,\s+(?=we\b)/i, '')
    .replace(/^By [a-z]+ing\b[^;]{3,200}?,\s+(?=we\b)/i, '')
    .replace(SHOWS_A_STEP_EN, 'we $1present');
  if (
    CLAIM_EN.test(main) &&
    (own ||
      // "It turns out that the phase transition point … equals …", "It is shown that the rotation cycle length …
      // is independent of …": what the paper found, in the impersonal voice.
      /^It (?:turns out|is (?:shown|proven|proved|demonstrated|established|found)) that\b/.test(s) ||
      // "The study explores the notion of …, proving that complex problems can also be solved with simpler perspectives".
      /^(?:The|This) (?:present )?(?:paper|work|study|article)\b(?! of\b)[^.;]{3,250}?,\s+(?:thereby |thus )?(?:proving|showing|demonstrating|establishing) that\b/.test(s) ||
      // "… increased recovery by 23.8 percentage points over its matched baseline": the paper's own comparison.
      (OVER_BASELINE_EN.test(s) && !ABOUT_OTHERS_EN.test(s)) ||
      ((/\b(?:our|the|these|such|experimental|empirical|extensive|numerical)\s+(?:\w+\s+)?(?:results|experiments|evaluations?|findings|analys[ie]s)\b/i.test(s) ||
        /^(?:(?:In addition|Moreover|Furthermore|Additionally|Finally|Overall|Taken together|Together),\s+)?(?:(?:Extensive|Numerical|Empirical|Experimental|Further)\s+)?(?:results|experiments|evaluations?|simulations|findings|analys[ie]s)\b/i.test(
          s,
        )) &&
        !ABOUT_OTHERS_EN.test(s) &&
        !/^(?:When|If|Whenever|Once|Because|Since)\b/.test(s)))
  )
    return 'claim';
  // "We review the cost associated with querying popular LLM APIs … and find that …": a study of prices, not of a literature.
  if (
    own &&
    SURVEY_EN.test(s) &&
    /\b(?:this|our) (?:paper|article|work|survey|review|chapter)\b|\bwe (?:survey|review|categori[sz]e|organi[sz]e)\b/i.test(s) &&
    !/\bwe (?:survey|review) (?:the )?(?:costs?|prices?|pricing|fees?|performance|behaviou?r)\b|\band (?:find|show|observe|demonstrate) that\b/i.test(s)
  )
    return 'survey';
  // "Several key factors contributing to crash risks were identified, including …": the paper's finding, in the passive.
  if (
    /^(?:Several|Two|Three|Four|Five|Many|Multiple|The) (?:key |main |major |important )?(?:factors|determinants|predictors|drivers|patterns|mechanisms|features)\b[^.;]{0,80}?\b(?:were|was) (?:\w+ly )?(?:identified|found|uncovered|revealed)\b(?![^.;]*\b(?:in|by) (?:previous|prior|earlier|recent|past|other|many|several) (?:work|studies|research|literature)\b)/i.test(
      s,
    )
  )
    return 'claim';
  if (QUESTION_EN.test(s)) return 'question';
  // "We present a finite-sample analysis of …" is what a theory paper covers, not a study's setup.
  // "We rigorously quantify the improvement in the sample complexity of …": a theory paper's result, not a study's setup.
  if (DESIGN_EN.test(s)) return THEORETICAL_ANALYSIS_EN.test(s) ? 'setting' : THEOREM_EN.test(s) && !EMPIRICAL_EN.test(s) && /\brigorously\b|\bsample complexity\b/i.test(s) ? 'result' : 'design';
  // "In this work, we address these limitations by instead predicting distributions over parameters and adopting …":
  // how the authors answer the gap, which is what they made.
  if (
    own &&
    /^(?:In this (?:paper|work|study),? )?we (?:\w+ly )?(?:address|tackle|overcome|mitigate|alleviate|resolve) (?:this|these|that|those|the|such) [^.;]{0,60}? by (?:\w+ly )?(?:instead )?(?!(?:investigat|explor|examin|study|studi|analy[sz]|evaluat|compar|measur|survey|review|assess|quantify|document|interview)ing\b)[a-z]+ing\b/i.test(
      s,
    )
  )
    return 'made';
  // "In this paper, we revisit RL-based keypoint learning and propose a reward …": what the authors make (read as `made`), not a setting.
  if (SETTING_EN.test(s) && !MADE_EN.test(s)) return 'setting';
  // "Examples include … algorithms for brain extraction": what illustrates the sentence before, no diagnosis of its own.
  if (/^(?:Examples? (?:include|are)|For (?:example|instance),)/i.test(s)) return 'other';
  if (!own && DIAGNOSIS_EN.test(s) && EXISTING_EN.test(s) && !fieldOpener(s, FIELD_OPENER_EN, ACTOR_EN) && !UNLIKE_EN.test(s) && !trendOnlyEn(s) && !PRIOR_STRENGTH_EN.test(s)) return 'problem';
  if (!own && (BACKGROUND_EN.test(s) || PROBLEM_EN.test(s))) return 'background';
  return 'other';
}

/**
 * A result that names no effect ("Further analyses present some insights into how our method works",
 * "进一步的分析揭示了我们方法的一些见解") or "……区域会产生特定影响" ("… has specific effects"), "… has an effect on
 * X": often the words a translator added to end a sentence the digest cut. Nothing to explain or doubt.
 */
// "我们展示了与LLMs一起解决机器人行动规划问题的实验结果。": results announced, none stated.
const VAGUE_EFFECT_ZH =
  /^(?:我们|本文|本研究)(?:还|也)?(?:展示|报告|给出|提供|呈现)了?[^，。；]{0,60}?的(?:实验|仿真|模拟|初步|数值)?结果[。.]?$|(?:会|将|可能)?(?:产生|带来|具有|造成|有)了?(?:特定|一定|某种|某些|不同|相应)的?(?:影响|作用|效果|变化)[。.]?$|(?:揭示|提供|给出|带来|展示)了?[^，。；]{0,16}?(?:一些|若干|某些|更多)(?:见解|洞见|洞察|启示)[。.]?$/;
const VAGUE_EFFECT_EN =
  // "Our findings also indicate that there's still room for improvement between our current results and ideal outcomes": a caveat, no result.
  /\b(?:still|much|considerable|significant|ample) room for improvement\b|\bleaves? (?:\w+ )?room for (?:improvement|further)\b|\b(?:has|have|had) (?:an? )?(?:specific|certain|some|particular|distinct) (?:effects?|impacts?|influences?)(?: on [\w -]{1,40})?\.$|\b(?:present|provide|offer|give|reveal|yield)s? (?:some|several|further|additional|more|distinct|new|novel|important|key|valuable|useful|meaningful|interesting) insights? (?:into|on|about) [\w -]{1,50}(?:[,;] (?:with|and|as well as) [^.;]{1,80})?\.$/i;

/**
 * "Even without human annotations, which may be expensive to acquire, prior methods function reasonably well
 * using unlabeled images": what earlier methods do well, however costly the words around it. A turn or a
 * failure in the sentence makes it a problem again.
 */
const PRIOR_STRENGTH_EN =
  /^(?![^.;]*\b(?:but|however|yet|although|though|while|whereas|fail\w*|struggl\w*|cannot|unable|limited|poorly|degrade\w*)\b)[^.;]*\b(?:work|works|worked|function|functions|functioned|perform|performs|performed) (?:\w+ly )?well\b/i;

/** The role of a Chinese sentence (see {@link SentenceRole}). */
export function roleZh(s: string): SentenceRole {
  if (FUTURE_ZH.test(s) || VAGUE_EFFECT_ZH.test(s) || ADD_ON.test(s)) return 'other';
  if (/^作为背景/.test(s)) return 'background';
  // "该研究的结果是一个包含95个独立的OWL推理器……的全面列表": what the authors made.
  if (/^(?:该|本|这项)(?:研究|工作|项目|综述)的(?:主要|最终)?(?:结果|成果|产出)是(?:一个|一份|一套|一种)/.test(s)) return 'made';
  // "这项调查总结了机器学习和相关研究中重要性加权的广泛应用": the survey speaking of itself, however its object reads.
  if (/^(?:这项|本项?|该)(?:调查|综述|调研)(?:主要|系统地|全面地)?(?:总结|概述|回顾|梳理|综述|介绍|讨论)了?/.test(s)) return 'survey';
  // "同时，实验结果表明在之前的Transformer U-Net的基础上添加了一个双重注意块": what was added is the design, whatever "results show" says.
  if (/(?:实验)?结果(?:表明|显示|证明)[，,]?[^。；]{0,40}?(?:添加|加入|引入|增加)了一个(?![^。；]*(?:提高|提升|优于|降低|减少|改善|超过|更好|更高))/.test(s)) return 'other';
  // "我们的主要识别假设是……": what the results rest on (see roleEn).
  if (/^(?:[^，。；]{0,20}，)?(?:我们|本文|该方法|本研究)的(?:主要|关键|核心|唯一|基本)?(?:识别|建模)?假设是/.test(s)) return 'assumption';
  // "75年来，我们一直构建系统……" ("For 75 years, we've built systems …"): everyone's "we", what the field has long done.
  if (/^(?:\d+|几十|数十|多|近\d+|过去\d*)年(?:来|以来|中)|^(?:长期以来|一直以来|历来|多年来)|我们(?:一直|长期|历来)/.test(s)) return 'background';
  const own = OWN_SUBJECT_ZH.test(s.replace(/据我们所知，?|就我们所知，?/, ''));
  if (!own && MISSING_SURVEY_ZH.test(s)) return 'background';
  if (MOTIVATION_ZH.test(s)) return 'background';
  // "我们之前的工作表明，……": what an earlier paper of theirs found.
  if (/我们(?:之前|先前|以前|此前|过去|早先)的(?:工作|研究)|在(?:我们的)?(?:之前|先前|以前|此前)的(?:工作|研究)中/.test(s)) return 'background';
  // "我们研究了文献[21]中引入的……，该研究表明……": the finding is the cited work's.
  if (CITED_FINDING_ZH.test(s)) return own ? 'setting' : 'background';
  if (own && SURVEY_SELF_ZH.test(s)) return 'survey';
  // "对于文献中尚未研究的……情形，我们提出了两种变体": the gap names where the contribution lies; the sentence is the contribution.
  if (GAP_ZH_RE.test(s) && !CLAIM_ZH.test(s) && !(own && /，(?:我们|本文)(?:首先|还|进一步)?(?:提出|设计|开发|构建|引入)了?/.test(s)))
    return !own && LIT_REMARK_ZH.test(s) && !OPEN_QUESTION_ZH.test(s) ? 'background' : 'gap';
  // Without the resource it names, does the sentence still propose a method ("……数据集，并提出了一种……方法")?
  if (own && contributesResourceZh(s) && !METHOD_ZH.test(withoutResourcesZh(s))) return 'dataset';
  // "……我们发现最关键的单一设计决策不是重训练策略，而是……": what the authors found, however its words read (设计决策 is a noun).
  if (/我们(?:还|进一步|最终)?发现/.test(s) && !/(?:提出|开发|引入|构建|设计)了(?:一种|一个|一套|一类)/.test(s)) return 'claim';
  // "研究发现，……" opening a sentence of the abstract: the study's own finding (a translation of "we find").
  if (/^(?:该|本)?研究(?:还|进一步|最终)?发现/.test(s)) return 'claim';
  // "在本文中，统计指标ORTG……发现与不同的NBA比赛类型存在相关性" ("In this paper, … was found to …"): the paper's finding.
  if (/^在本(?:文|研究|工作)中，[^。；]{1,80}?(?:被)?发现(?:与|和|对|在|具有|存在|能够|可以)/.test(s)) return 'claim';
  if (proposesMethodZh(s)) return 'artefact';
  // "……部件（称为Component X）的……数据集": a name given in brackets, to a part of the data, is no new notion.
  if (own && DEFINITION_ZH.test(s.replace(/（[^）]*）|\([^)]*\)/g, '')) && !ATTRIBUTED_ZH.test(s) && !FOCUS_ZH.test(s)) return 'definition';
  // "……，我们研究了不同调度策略和聚合设计对收敛性能的影响": what the authors study, however theorem-like its words.
  if (own && /(?:我们|本文|本研究)(?:首先|还|进一步)?(?:研究|探讨|分析|考察)了[^。；]{0,60}?(?:的影响|的作用|的关系)[。；]?$/.test(s) && !/证明|表明|发现|揭示/.test(s) && !QUESTION_ZH.test(s))
    return 'setting';
  // "因此，我们探索了一种……替代方案：……": what the authors explore, however theorem-like the words after it.
  const explores =
    /^(?:(?:因此|此外|同时|然后|接着)，?)?(?:我们|本文|本研究)(?:首先|还|进一步)?(?:探讨|探究|探索|考察|考虑)了?(?!发现|表明|显示|证明)/.test(s) &&
    // "……，并表明……", "……，并将……定理推广到……": what they found or proved after it is their claim.
    !/，(?:并且?|进而|从而)?(?:表明|发现|证明|显示|揭示了|推广|将[^。；]{0,30}?推广|建立了|给出了|得到了)/.test(s);
  // "该论文还提供了简单的数值结果，以展示……的收敛性质": results shown on the side, no theorem.
  if (/(?:提供|展示|给出|呈现)了?[^，。；]{0,10}?(?:数值|实验|仿真|模拟|示例性)(?:结果|实验|算例)/.test(s) && !/表明|证明了|发现|优于/.test(s)) return 'other';
  if (THEOREM_ZH.test(s) && !EMPIRICAL_ZH.test(s) && (own || DERIVED_ZH.test(s)) && !explores) return 'result';
  if (POSITION_ZH_RE.test(s)) return 'position';
  // "我们探讨……再分配揭示了……": what the authors set out to explore, however the clause after it reads (a
  // translation that lost "what"), is no claim of theirs; "我们探讨发现……" is.
  if (explores) return QUESTION_ZH.test(s) ? 'question' : 'setting';
  // 发现 as the authors' verb (我们发现), not inside a noun (药物发现, drug discovery).
  // What others showed, in brackets ("受近期研究结果（表明……）的启发"), is no claim of this paper.
  const bare = s.replace(/（[^）]*）|\([^)]*\)/g, '');
  if (
    (CLAIM_ZH.test(bare) && (own || /结果|实验|评估|分析/.test(bare))) ||
    // "本研究研究了输入大小是否是一个限制因素，并展示了……分类器……取得了显著的优势": what it showed, after what it asked.
    (own && /表明|证明了|揭示了|(?:我们|本文|本研究|结果|研究|分析|实验)(?:还|也|进一步)?发现|，并(?:且)?(?:显示|表明|证明|展示了)|，(?:并)?发现/.test(bare))
  )
    return 'claim';
  // "在这项调查中，总结了……": the survey speaking of itself, without a subject.
  if ((own || /^在(?:这项|本项?)(?:调查|综述|调研)中，/.test(s)) && SURVEY_ZH_RE.test(s)) return 'survey';
  if (QUESTION_ZH.test(s)) return 'question';
  if (DESIGN_ZH.test(s)) return 'design';
  if (SETTING_ZH.test(s)) return 'setting';
  // "研究表明，……被忽视的增长率……": what a study showed (whose, the translation does not say), not a diagnosis of practice.
  if (/^(?:已有|现有|许多|大量|近期的?|最近的?)?研究(?:还|进一步)?(?:表明|显示|证明)/.test(s)) return 'other';
  if (/^(?:例如|比如|举例来说|例子包括)/.test(s)) return 'other';
  if (!own && DIAGNOSIS_ZH.test(s) && EXISTING_ZH.test(s) && !fieldOpener(s, FIELD_OPENER_ZH, ACTOR_ZH) && !UNLIKE_ZH.test(s) && !trendOnlyZh(s)) return 'problem';
  if (!own && (BACKGROUND_ZH.test(s) || PROBLEM_ZH.test(s))) return 'background';
  return 'other';
}

/**
 * "We build …", "Here we formulate …", "This study defines …": the authors' own verb of making opens
 * the sentence (after at most a "Here,", "To this end," or "By analyzing …,", and what they study first:
 * "we investigate … and formulate …", the verbs of contribution-sentence.ts), so the thing made is the paper's; never "we build on …", and
 * never a verb inside a clause about others' work.
 */
const MADE_EN = new RegExp(
  `^(?:(?:Here|Herein|In this (?:paper|work|study|article|note|report)|To (?:this end|that end|address (?:this|these|that|those)\\b[^,;]{0,80})|(?:By|Using|Through|Leveraging|Building on|Based on) [^,;]{3,120}|Specifically|Concretely|In particular|First|Finally),?\\s+)?(?:we|this (?:paper|work|study|article|note|report|research))\\s+(?:(?:\\w+ly|also|first|further|then|here|now|instead)\\s+){0,2}(?:${STUDY}\\b[^.;]{0,160}?,? and\\s+)?(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|develop(?:s|ed)?|design(?:s|ed)?|construct(?:s|ed)?|build|builds|built|formulate[sd]?|formali[sz]e[sd]?|devise[sd]?|create[sd]?|define[sd]?|put(?:s)? forward|provide[sd]?(?!\\s+(?:the |an? |our )?(?:[\\w-]+ ){0,2}?(?:code|implementations?|details|background|proofs?|intuitions?|introduction|summary|links?)\\b)|model(?:s|l?ed)?(?=\\s[^.;:]{1,80}?\\bas (?:an?|the)\\b)|(?:instantiate[sd]?|cast(?:s)?|pose[sd]?|recast(?:s)?|reformulate[sd]?)(?=\\s[^.;:]{1,80}?\\bas\\b)|give[sn]?(?=\\s+the first\\b)|describe[sd]?(?=\\s+(?:[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*)*,\\s+(?:an?|the)\\b|(?:an?|the|our)\\s+(?:[\\w-]+\\s+){0,3}?(?:system|framework|tool|platform|pipeline|method|approach|algorithm|library|package)\\b)))\\s+(?!on\\b|upon\\b|(?:the |an? )?(?:[\\w-]+ ){0,3}?(?:study|studies|analysis|analyses|evaluation|investigation|examination|audit|comparison|replication|evidence|survey|review|overview|results?|findings?|ablations?|experiments?|simulations?|scenarios?|vision|agenda|roadmap|intuitions?|understanding|insights?|case|bridges?|connections?|links?|picture|foundations?)\\b)`,
  'i',
);
/**
 * "This work encodes scalar fields as anisotropic Gaussian primitives …": the paper, by its own verb,
 * doing what it contributes; never how it is organised, what it studies, argues, reviews or suggests
 * (other roles and frames take those), nor the verbs of MADE_EN, whose exclusions ("presents an
 * experimental comparison") hold, and never "This study …", which may report a design.
 */
const MADE_SELF_EN =
  /^This (?:paper|work|article|note|report)\s+(?!(?:is|was|has|had|are|were|does|did|can|may|might|will|would|should|could|also|aims?|seeks?|attempts?|tries|begins|starts|concludes|ends|closes|summari[sz]es|reviews|surveys|discusses|describes|outlines|reports|focuses|studies|considers|examines|investigates|explores|analy[sz]es|addresses|revisits|argues|contends|asks|compares|evaluates|assesses|measures|tests|monitors|conducts|performs|endeavou?rs|intends|suggests|indicates|highlights|underscores|emphasi[sz]es|represents|presents|introduces|proposes|develops|designs|constructs|builds|formulates|formali[sz]es|devises|creates|defines|provides|derives|puts)\b)[a-z]+s\b/;

/**
 * "我们构建了……", "本文提出了……", "为此，我们设计了……": never "我们提出，……" (a claim), "我们提出的……" or
 * "我们提出疑问", and never a clause whose head noun is a study or its results ("……的有限样本分析",
 * "……的研究结果", "……的存在性和唯一性"): Chinese puts the head noun last.
 */
/** "我们使用对称性和退火来获得……的准确估计": the authors' means to an end, which is what they made. */
const MADE_USE_ZH = /^(?:在这里，|在本文中，)?(?:我们|本文)(?:使用|利用|采用|借助)[^，。；]{1,30}?来(?:获得|得到|实现|构建|求解|计算|估计)/;
const MADE_ZH =
  /^(?:(?:在)?本文中，?|为此，?|为了[^，。；]{0,40}，)?(?:我们|本文|本研究|这项工作)(?:首先|还|进一步|在此|在本文中)?(?:(?:提出|设计|开发|构建|引入|介绍|定义)(?!的|，|,|了?(?:一个)?(?:疑问|问题))|建立了?一)了?(?![^，。；]*?(?:分析|结果|评估|调查|综述|概述|证明|存在性|唯一性|研究|背景|基础知识|预备知识)(?:[，。；]|$))/;

/**
 * The authors' verb of work at the head of a sentence (after at most an opening phrase): "To address these
 * challenges, we have equipped the LLM with causal tools …", "We instead route using internal LLM activations",
 * "This study derives the bound …". Never "we discuss", "we suggest", "we have" or "we are" (no work shown), and
 * never everyone's "we" ("For 75 years, we've built …", which the roles read as background).
 */
const WORK_HEAD_EN =
  /^(?:(?:In this (?:paper|work|study|article)|Here|Herein|Instead|Then|Next|First|Second|Finally|Further|Specifically|Concretely|In particular|(?:To|For|Using|With|By|Through|Across|Starting|Given|Holding|Building) (?:(?!\b(?:which|that|who|whom|where|when)\b)[^;:]){3,120}?),?\s+)?(?:we|this (?:paper|work|study|article))\s+(?:(?:\w+ly|first|then|further|also|instead|now|here|have|has)\s+){0,2}([a-z]+(?:-[a-z]+)?)\b/i;
const MAKING_VERBS_EN =
  /^(?:design|build|built|construct|develop|equip|extend|integrate|combine|learn|train|fine-tune|route|transform|tailor|adapt|augment|recast|reformulate|encode|represent|implement|automate|generali[sz]e|replace|couple|embed|instantiate|model|leverage|employ|bring|create|refine|unify|decompose|distil|distill|compress|accelerate|parameteri[sz]e)(?:s|es|d|ed|ped|t)?$/;
/**
 * Verbs that make something unless what follows is a study, an analysis or a vision (as MADE_EN reads them):
 * "To tackle these issues, we introduce a novel notion of …", never "we present an experimental comparison of …".
 */
const OFFERING_VERBS_EN = /^(?:propose|introduce|present)(?:s|d|ed)?$/;
const NOT_MADE_OBJECT_EN =
  /^\s*(?:on\b|upon\b|(?:the |an? |our )?(?:[\w-]+ ){0,3}?(?:study|studies|analysis|analyses|evaluation|investigation|examination|audit|comparison|replication|evidence|survey|review|overview|results?|findings?|ablations?|experiments?|vision|agenda|roadmap|perspective|position|case|discussion)\b)/i;
/** Verbs that make something only with "as": "we approach X as a … problem", "we treat hallucination as a span". */
const MAKING_AS_VERBS_EN = /^(?:approach|treat|frame|view|cast)(?:s|es|ed)?$/;
const TESTING_VERBS_EN =
  /^(?:test|evaluate|screen|analy[sz]e|compare|measure|benchmark|dismantle|swap|probe|audit|ablate|simulate|quantify|stress-test|replicate|reproduce|validate|assess|judge|normali[sz]e|label|annotate|collect|survey|interview|track|monitor)(?:s|es|d|ed|ped)?$/;
/** What the authors' verb of work does (see {@link WORK_HEAD_EN}): makes something, tests something, or neither. */
function workEn(s: string): 'made' | 'design' | undefined {
  const head = WORK_HEAD_EN.exec(s);
  const verb = head?.[1]?.toLowerCase();
  // "We build upon the semidefinite relaxation of …": what the work starts from, not what it makes.
  if (!head || !verb || /^\s*(?:on|upon)\b/i.test(s.slice(head.index + head[0].length))) return undefined;
  if (MAKING_VERBS_EN.test(verb) || (MAKING_AS_VERBS_EN.test(verb) && /\bas\b/.test(s))) return 'made';
  if (OFFERING_VERBS_EN.test(verb)) return NOT_MADE_OBJECT_EN.test(s.slice(head.index + head[0].length)) ? undefined : 'made';
  // "we analyze a single-loop … algorithm": a theory paper's object, not a study's setup.
  return TESTING_VERBS_EN.test(verb) && !THEOREM_EN.test(s) && !/\balgorithms?\b/i.test(s) ? 'design' : undefined;
}

/** "We derive variational formulas for …", "I derive the pointwise conditional means …" (read as "we"); never a side result ("We also derive …"). */
const DERIVED_EN =
  /^(?:(?:Here|In this (?:paper|work|note|article)|Building on [^,;]{3,120}|By (?:the |using )?[^,;]{3,80}|First),?\s+)?we\s+(?:(?!also\b|then\b|further\b)\w+ly\s+)?derive[sd]?\s+(?!(?:the |an? |some )?(?:[\w-]+ ){0,3}?(?:results?|insights?|intuitions?|lessons?|implications?)\b)/i;
/**
 * What the authors claim, show or make: with any of these quotable, a derivation is not asked about as
 * something made (a setting, "we study …", may sit beside it: a derivation is what such a paper does).
 */
const SPECIFIC_ROLES: readonly SentenceRole[] = ['claim', 'result', 'design', 'artefact', 'dataset', 'made', 'survey', 'position', 'definition'];

const LANGUAGES: Record<'en' | 'zh', Language> = {
  en: {
    quotable: (s) => quotableEn(s),
    long: (s) => quotableEn(s, LONG_QUOTE_MAX_EN),
    loose: (s) => quotableEn(s, LONG_QUOTE_MAX_EN, true),
    role: roleEn,
    own: OWN_EN,
    comparison: COMPARISON_EN,
    people: PEOPLE,
    studyDescribed: STUDY_DESCRIBED_EN,
    figure: figureEn,
    theorem: THEOREM_EN,
    result: RESULT_AFTER_CONTRIBUTION_EN,
    made: { test: (s: string) => MADE_EN.test(s) || MADE_SELF_EN.test(s) },
    derived: DERIVED_EN,
    proposed: PROPOSED_SUBJECT_EN,
    work: workEn,
    reliesOnly: (s: string) =>
      !DIAGNOSIS_EN.test(s.replace(/\brel(?:y|ies|ied) on\b/gi, ' ')) &&
      !/\b(?:however|but|yet|while|whereas|although|though|despite)\b|\b(?:heavily|solely|only|exclusively|largely|primarily|mostly|still) rel|,\s+(?:providing|resulting|leading|limiting|making|causing|producing|which)\b/i.test(
        s,
      ),
  },
  zh: {
    quotable: quotableZh,
    loose: (s) => quotableZh(s, true),
    role: roleZh,
    own: OWN_ZH,
    comparison: COMPARISON_ZH,
    people: PEOPLE_ZH,
    studyDescribed: STUDY_DESCRIBED_ZH,
    figure: figureZh,
    theorem: THEOREM_ZH,
    made: { test: (s: string) => MADE_ZH.test(s) || MADE_USE_ZH.test(s) },
  },
};

/** The roles a sentence pointing back may still be quoted in, last: what the authors did, found or defined. */
const LATE_ROLES: readonly SentenceRole[] = ['claim', 'result', 'artefact', 'dataset', 'made', 'definition', 'design', 'survey', 'question', 'position'];

/**
 * A single author's "I" and "my" read as "we" and "our" ("I characterize when …", "My model …"), so
 * that one author's sentences get the roles a team's would. Only for reading roles: quotes keep the
 * author's words. "I" counts only before a verb of the author's work, never in "Type I error".
 */
export function authorsVoice(s: string): string {
  return (
    s
      // "The article introduces …", "The present paper puts forward …": in an abstract, the paper itself.
      .replace(/^The (?:present )?(paper|article|study|work|note|report|technical report)\b(?! (?:of|by|in)\b)/, 'This $1')
      .replace(
        /(^|[\s(,;:])I(?= (?:(?:\w+ly|also|then|further|first|here|now|thus|therefore|next|finally) )?(?:study|show|prove|find|found|characteri[sz]e|propose|develop|argue|derive|establish|introduce|present|provide|consider|examine|analy[sz]e|use|estimate|document|identify|construct|build|offer|discuss|explore|investigate|compare|demonstrate|extend|obtain|exploit|leverage|combine|test|evaluate|measure|focus|ask|address|formulate|design|revisit|apply|employ|assess|quantify|calibrate|simulate|solve|define|describe|review|survey|highlight|conclude|observe|contend|suggest|call|term|refer)(?:s|d|ed)?\b)/g,
        '$1we',
      )
      .replace(/\bMy\b/g, 'Our')
      .replace(/\bmy\b/g, 'our')
  );
}

/**
 * "ODTLearn is an open-source Python package …": a sentence that opens with the name before the
 * title's colon and says what it is describes the paper's own contribution.
 */
function namedArtefact(title: string | undefined, sentences: readonly string[] = []): NamedSentences | undefined {
  // Or the acronym the authors give what they propose: "We propose the Text-centric Alignment … (TAMML) approach".
  const name = titleName(title) ?? sentences.map((s) => PROPOSED_ACRONYM.exec(s)?.[1]).find(Boolean);
  // "Optimization with SpotOptim": "The spotoptim package implements …" says what the software the title names does.
  const software = (title ?? '').match(/\b[A-Za-z][a-z0-9]*[A-Z][A-Za-z0-9]*\b/g)?.filter((w) => w.length >= 4 && !NOT_A_NAME.test(w));
  const ofSoftware = software?.length ? `|^The (?:${software.join('|')}) (?:package|library|toolkit|toolbox|software) (?:\\w+ly )?(?:implements|provides|offers|supports)\\b` : '';
  if (!name) {
    // A plain word before the title's colon ("Andy: A Mathematical Agent …") is a name only where the abstract
    // defines it as one: "Andy is an autonomous mathematical research agent …".
    const word = /^\s*([A-Z][a-z]{2,})\s*[:：]/.exec(title ?? '')?.[1];
    if (word && !NOT_A_NAME.test(word)) return { artefact: new RegExp(`^${word} (?:is|are) (?:an?|the first) ${ofSoftware}`, 'i') };
    // Words before the colon ("Active Spiking Perception: The Membrane Potential as …") name the method where a later
    // sentence makes them its subject ("Active Spiking Perception (ASP) recasts 3D recognition as …"); never in the first
    // sentence, which may name the field ("Retrieval-Augmented Generation (RAG) enhances …"), nor in a survey's title.
    const [, phrase, rest] = /^\s*((?:[A-Z][\w-]*\s+){1,4}[A-Z][\w-]*)\s*[:：](.*)$/.exec(title ?? '') ?? [];
    if (
      phrase &&
      !/\b(?:surveys?|reviews?|overview|tutorial|primer|perspectives?|position|challenges|opportunities|lessons|introduction)\b/i.test(rest ?? '') &&
      !NOT_A_NAME.test(phrase.split(/\s/)[0]!)
    )
      return {
        artefact: new RegExp(
          `^${phrase.replace(/[+.]/g, '\\$&')}(?: \\([A-Z][A-Za-z0-9-]*\\))? (?:(?:is|are) (?:an?|the first) (?:[\\w-]+ ){0,6}?${METHOD_NOUNS}\\b|(?:\\w+ly )?(?!(?:is|was|has|does|remains|seems)\\b)[a-z]+s\\b)`,
        ),
        laterOnly: true,
      };
    return ofSoftware ? { artefact: new RegExp(ofSoftware.slice(1), 'i') } : undefined;
  }
  const escaped = name.replace(/[+.]/g, '\\$&');
  return {
    // "FastThaiG2P provides sub-millisecond … conversion": what it does, said of it by name.
    artefact: new RegExp(`^${escaped} (?:(?:is|are) (?:an?|the first) |(?:provides|offers|enables|delivers|implements)\\b)${ofSoftware}`, 'i'),
    // "With a smaller token budget than comparable models, Jais 2 achieves strong Arabic performance …"
    claim: new RegExp(
      `^(?:[^,;]{0,100},\\s+)?${escaped} (?:\\w+ly )?(?:achieves|outperforms|improves|reduces|matches|surpasses|exceeds|attains|obtains|reaches|recovers|halves|doubles|demonstrates|yields|delivers)\\b`,
    ),
  };
}

/**
 * "We propose the Text-centric Alignment for Multi-Modality Learning (TAMML) approach": the acronym of what the
 * authors propose, never one of what it uses ("a method that uses a Vision Transformer (ViT)").
 */
const PROPOSED_ACRONYM =
  /\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:[a-z]+ly\s+)?(?:propose|introduce|present|develop)[sd]?\b(?:(?!\b(?:that|which|who|using|uses?|with|based|via|by|leverag\w*|utiliz\w*|employ\w*|built)\b)[^.;]){0,160}?\(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*)\)/;

/** What marks a sentence about the paper's named contribution (see {@link namedArtefact}). */
interface NamedSentences {
  /** "ProtoKV is a …": what the contribution is. */
  artefact: RegExp;
  /** The artefact's sentence is never the abstract's first (words of the title that may name a field, not a method). */
  laterOnly?: boolean;
  /** "… ProtoKV achieves …": what it does, a claim of the paper even without "we"; none for a plain word ("Andy"), a name only where defined. */
  claim?: RegExp;
}

/** How {@link rolesOf} reads an abstract's sentences, beyond their language. */
interface RolesOptions {
  /** The sentences as their roles are read (see {@link authorsVoice}); the sentences themselves by default. */
  read?: readonly string[];
  /** What marks a sentence saying what the paper's named contribution is. */
  named?: NamedSentences;
  /** The digest cut the abstract short. */
  cut?: boolean;
  /** Roles the other language's reader found, for the sentences that translate them (see {@link borrowedRoles}). */
  borrowed?: ReadonlyMap<string, SentenceRole>;
}

/** The roles of whole sentences, given where the contribution sentence is (-1 when none is). */
function rolesOf(sentences: readonly string[], at: number, lang: Language, { read = sentences, named, cut = false, borrowed }: RolesOptions = {}): Roles {
  const ok = sentences.map((s) => lang.quotable(s));
  // Long sentences are quoted only where a short frame can hold them, and last: in the fallbacks.
  const long = sentences.map((s, i) => !ok[i] && (lang.long?.(s) ?? false));
  // Where the paper starts speaking of its own work: the contribution, else (no sentence reads as one) its
  // first sentence that opens with "We" or "This work …" ("This work encodes scalar fields as …").
  const own =
    at >= 0
      ? at
      : read.findIndex((s) =>
          /^(?:This (?:paper|work|article|note|report|study)|We|In this (?:paper|work),? we|The (?:present |current )?(?:research|study|paper)(?= (?:\w+ly )?(?:delves|explores|investigates|examines|studies|focuses|proposes|presents|introduces|develops|analy[sz]es|creates|builds|constructs|evaluates|assesses|compares|tests)\b))\b|^(?:(?:因此|为此|此外|然而|首先|最后|同时)，?)?(?:(?:在)?(?:本文|本研究|这项工作|本工作)(?:中)?，?|我们)/.test(
            s,
          ),
        );
  const lastTurn = read.reduce((last, s, i) => (TURNS_AGAINST.test(s) ? i : last), -1);
  // The sentences read as the authors' own result although no "we" says so (see below): a finding to ask about
  // where it is measured or compared ("… proved superior for SML, with lowest MSE of 165.78"), not where it may be derived.
  const ownResult = new Set<number>();
  const sentenceRoles = read.map((s, i) => {
    const ownReading = lang.role(s);
    // "… details, like which two words are frequently coming in one sentence? What is the average length of the
    // sentences across the whole literature? …": a run of questions gives examples, not the one the paper asks.
    if (ownReading === 'question' && /[?？]$/.test(s) && (/[?？]$/.test(read[i - 1] ?? '') || /[?？]$/.test(read[i + 1] ?? ''))) return 'other';
    const r = ownReading === 'other' ? (borrowed?.get(sentences[i]!) ?? ownReading) : ownReading;
    // "静态分析表明，……小幅价格变动可能会导致……损失" before the authors speak of their work: what was known, which
    // the paper may go on to dispute, not its claim.
    // ("研究发现，……" opening a sentence is the study's own, wherever it stands.)
    if (r === 'claim' && own >= 0 && i < own && !lang.own.test(s) && !/^(?:该|本)?研究(?:还|进一步|最终)?(?:发现|表明)/.test(s)) return 'background';
    // After that, a result said of what the paper studies without "we" is the paper's own finding
    // ("Internally, self-critical prompting consistently reduces hidden-state sensitivity …").
    // Not while the abstract is still setting up its problem: a turn after it ("However, current methods …") shows
    // the sentence was background ("The availability of that labelled data … enabling substantially reduced errors").
    if (r === 'other' && own >= 0 && i > own && i > lastTurn && lang.result?.test(s)) {
      ownResult.add(i);
      return 'claim';
    }
    if (!named || (r !== 'other' && r !== 'background')) return r;
    return named.artefact.test(s) && !(named.laterOnly && i === 0) ? 'artefact' : named.claim?.test(s) ? 'claim' : r;
  });
  // Something made is asked about only where no sentence names the method or the resource itself
  // ("Finally, we develop MedUAG, …" is asked about, not "we present a comprehensive foundation for …").
  // Only one that can be quoted counts: "we propose LoRA-GA$^2$, …" in TeX is never asked about.
  const namesItself = sentenceRoles.some((r, i) => (r === 'artefact' || r === 'dataset') && (ok[i] || long[i] || lang.loose(sentences[i]!)));
  const role: SentenceRole[] = sentenceRoles.map((r, i) =>
    // "The paper also presents simple numerical results to demonstrate …" shows results on the side: nothing made.
    r !== 'other' || namesItself || SIDE_RESULTS.test(read[i]!) ? r : lang.made.test(read[i]!) && !ADD_ON.test(read[i]!) ? 'made' : lang.proposed?.test(read[i]!) ? 'artefact' : r,
  );
  // "I derive the pointwise conditional means …": what a theory paper derives is asked what is new in it, but only
  // where nothing else specific can be asked (a paper's other results, setting or design come first).
  if (lang.derived && !role.some((r, i) => SPECIFIC_ROLES.includes(r) && (ok[i] || long[i]))) {
    const derived = read.findIndex((s, i) => role[i] === 'other' && (ok[i] || long[i]) && lang.derived!.test(s));
    if (derived >= 0) role[derived] = 'made';
  }
  // "We equip the LLM with causal tools …", "We test that assumption: …": the authors at work, in words no role
  // reads, asked as what they made or how they tested it, but only where nothing else specific can be asked.
  if (lang.work && !role.some((r, i) => (SPECIFIC_ROLES.includes(r) || r === 'question') && (ok[i] || long[i] || lang.loose(sentences[i]!)))) {
    for (let i = 0; i < read.length; i++) {
      const kind = role[i] === 'other' && (ok[i] || long[i]) ? lang.work(read[i]!) : undefined;
      if (kind) {
        role[i] = kind;
        break;
      }
    }
  }
  // The authors' own sentence whose "this …" points back: quoted last, and only what they did or found.
  const late = sentences.map((s, i) => !ok[i] && !long[i] && LATE_ROLES.includes(role[i]!) && lang.own.test(read[i]!) && lang.loose(s));
  const roles: Roles = {
    quotable: sentences.filter((_, i) => ok[i]),
    roles: sentences.flatMap((s, i) =>
      ok[i]
        ? [{ text: s, role: role[i]! }]
        : long[i]
          ? [{ text: s, role: role[i]!, long: true }]
          : late[i]
            ? [{ text: s, role: role[i]!, late: true, ...(s.length > QUOTE_MAX_EN ? { long: true } : {}) }]
            : [],
    ),
  };
  if (at >= 0 && ok[at]) {
    roles.contribution = sentences[at];
    roles.contributionRole = role[at];
  }
  // The problem: the last specific diagnosis or gap before the contribution, else one in the first half.
  // A generic opening line ("X remains a key challenge") is no premise to discuss.
  // An abstract the digest cut before the authors speak of their work is all premise: "However, completeness is
  // well-known not to be empirically testable, …" closes the four sentences left of one.
  const before = at >= 0 ? at : cut && own < 0 ? sentences.length : Math.ceil(sentences.length / 2);
  for (let i = before - 1; i >= 0; i--) {
    const r = role[i];
    // "Many robotic exploration algorithms rely on graph structures for …", "Previous studies have mainly relied on
    // CodeBERT's text embedding …": a sentence that says what a field relies on, with no turn and nothing else
    // amiss, describes, when it opens the abstract or the next sentence turns ("However, these methods require …")
    // to say what is wrong.
    if (r === 'problem' && lang.reliesOnly?.(read[i]!) && (i === 0 || /^(?:However|But|Yet|Unfortunately|Nevertheless)\b/.test(read[i + 1] ?? ''))) continue;
    if (ok[i] && (r === 'problem' || r === 'gap')) {
      roles.problem = sentences[i];
      roles.problemRole = r;
      break;
    }
  }
  // An abstract that opens with its contribution ("Motivated by …, we study …") states its premise after it:
  // "Critically, the dispatcher observes neither …, so that standard reinforcement learning-based approaches … do not apply."
  // Only in an abstract the digest cut, where nothing after it is left to ask about, and only a premise that names what
  // others do ("standard … approaches"): after the contribution, a turn ("…, but cannot commit to future contracts") is
  // more often the paper's model or its result.
  if (!roles.problem && at === 0 && cut) {
    const premise = sentences.findIndex((_, i) => i > 0 && ok[i] && role[i] === 'problem' && !lang.own.test(read[i]!) && OTHERS_NAMED.test(read[i]!));
    if (premise > 0) {
      roles.problem = sentences[premise];
      roles.problemRole = 'problem';
    }
  }
  const after = sentences.map((s, i) => ({ s, i })).filter(({ i }) => ok[i] && i > at && sentences[i] !== roles.problem);
  for (const { s, i } of after) {
    const figure = lang.figure(s);
    if (figure && (role[i] === 'claim' || role[i] === 'other' || role[i] === 'artefact' || role[i] === 'made')) {
      roles.figure = { ...figure, sentence: s };
      break;
    }
  }
  // A finding is the paper's own claim or result: background sentences also "improve" and "achieve".
  const finding = after.find(
    ({ s, i }) =>
      s !== roles.figure?.sentence &&
      (role[i] === 'claim' || role[i] === 'result') &&
      (lang.own.test(read[i]!) || (ownResult.has(i) && (EMPIRICAL_EN.test(read[i]!) || lang.comparison.test(read[i]!) || /\d/.test(read[i]!)))),
  );
  if (finding) {
    // Against other methods, not two ways of running the same models ("fine-tuning consistently outperforms zero-shot inference"): no baselines to ask about.
    const comparison =
      role[finding.i] === 'claim' &&
      lang.comparison.test(finding.s.replace(HARMED_EN, ' ').replace(HARMED_ZH, ' ').replace(NOT_COMPETING, ' ')) &&
      !SETTINGS_COMPARED.test(finding.s) &&
      !(PARITY.test(finding.s) && !WINS.test(finding.s));
    // "We find that … is enough to identify …" is a theorem, however it is worded: it is asked for its assumptions.
    const theorem = !comparison && lang.theorem.test(read[finding.i]!) && RESULT_VERB_EN.test(read[finding.i]!);
    roles.finding = { text: finding.s, comparison, role: theorem ? 'result' : (role[finding.i] as 'claim' | 'result') };
  }
  // The sentence that says who took part, for a study with people.
  // Of the study itself ("we interviewed 20 …", "71 experts took part"), not a background line that mentions participants.
  // Never a sentence that argues what a study must do ("We argue that … an experiment must provide participants with …").
  const people = sentences.findIndex(
    (s, i) =>
      ok[i] && lang.people.test(s) && !PRESCRIBES.test(s) && s !== roles.contribution && s !== roles.finding?.text && (STUDY_OWNER.test(read[i]!) || /\d/.test(s) || lang.studyDescribed.test(s)),
  );
  if (people >= 0) roles.people = sentences[people];
  return roles;
}

/**
 * The title when it asks a research question, whole; undefined for a title with TeX or a statement,
 * and for one that names a task by pointing at a case ("Is this Citation on Point?", "这个回答可信吗？"):
 * the question (after any "Name:") must open with a question word and stand on its own.
 */
export function titleQuestionOf(title: string | undefined): string | undefined {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!/[?？]$/.test(t) || /[$\\{}]/.test(t) || t.length > 160) return undefined;
  const question = t.replace(/^[^:：?？]*[:：]\s*/, '');
  // "Cross or Wait? Predicting Pedestrian Interaction Outcomes …", "……预测行人互动结果：穿越或等待？": the outcomes a paper
  // predicts, named; no question it answers ("Teacher bias or measurement error?" asks which explanation holds).
  if (
    /^[^\s,，]{1,6}(?:或|还是|或者)[^\s,，]{1,6}[？?]$|^\w+(?: \w+)? or \w+(?: \w+)?\?$/i.test(question) &&
    /\b(?:predict\w*|classif\w*|detect\w*|forecast\w*)\b|预测|分类|识别|检测/i.test(`${title ?? ''}`)
  )
    return undefined;
  if (/[\u4e00-\u9fff]/.test(question)) return /这|此|那个|那些|该/.test(question) || question.length < 6 ? undefined : t;
  const words = question.split(/\s+/);
  // "Can LLMs …?", or a question word in its last clause ("LLMs Are Better, but at What Cost?").
  const asks =
    /^(?:can|could|do|does|did|is|are|was|were|should|shall|will|would|how|what|why|when|which|where|who|whom|has|have|may|might|must)$/i.test(words[0] ?? '') ||
    /\b(?:how|what|why|when|which|where|who|whether)\b/i.test(question.split(/,\s*/).at(-1) ?? '');
  return asks && words.length >= 4 && !/\b(?:this|these|those|here|that(?=\s+[A-Za-z]+\s*\?))\b/i.test(question) && !/^(?:is|are|was|were) (?:it|that|they)\b/i.test(question) ? t : undefined;
}

/**
 * The title when it states a finding ("One Frozen Simulator Is Not Enough", "Information Abundance
 * Paradox: Long-Context Training Undermines Parametric Knowledge"): a verb of the claim in the title or
 * in its part after the colon, which does not open with a question word or "Towards"; undefined for a
 * question, a title with TeX, and a name with a description ("DrEM: Dual-Side Robust Ensemble Ranking").
 */
export function titleClaimOf(title: string | undefined): string | undefined {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!t || /[?？$\\{}]/.test(t) || t.length > 160 || /[\u4e00-\u9fff]/.test(t)) return undefined;
  const claims = (part: string) =>
    !/^(?:when|how|why|what|where|which|who|if|whether|towards?|on|beyond|rethinking|revisiting|understanding|learning|a|an|the)\b/i.test(part) && TITLE_CLAIM_VERB.test(part);
  const parts = t.split(/\s*[:：]\s*/);
  return parts.length <= 2 && claims(parts.at(-1)!) ? t : undefined;
}

/** The verbs that make a title a statement: few, and none that also reads as a noun in a title ("Scales", "Works"). */
const TITLE_CLAIM_VERB =
  /\b(?:[Ii]s|[Aa]re|[Cc]an(?:not)?|[Dd]oes(?:n't)?|[Dd]on't|[Mm]atters|[Hh]elps|[Hh]urts|[Ff]ails|[Bb]eats|[Oo]utperforms|[Ii]mproves|[Rr]educes|[Uu]ndermines|[Ee]nables|[Dd]iverges?|[Pp]redicts|[Rr]eveals|[Dd]rives|[Dd]epends|[Nn]eeds|[Rr]equires|[Mm]atches|[Uu]nderserves?|[Hh]ides|[Ss]uffices|[Ee]merges|[Ll]eaks|[Bb]reaks|[Ii]nduces|[Aa]mplifies|[Cc]ollapses|[Pp]ersists|[Ss]urvives)\b/;

/** Words that open titles before a colon but name no artefact of the paper's own. */
const NOT_A_NAME =
  /^(?:position|revisiting|rethinking|beyond|towards?|on|why|how|when|what|where|which|who|is|are|do|does|can|should|attention|survey|review|overview|tutorial|perspective|commentary|note|notes|introduction|understanding|learning|benchmarking|evaluating|LLMs?|AI|ML|NLP|RL|GPU|CPU|GNNs?|CNNs?|RAG|MLLMs?|VLMs?|PDEs?)$/i;

/** The one word before the title's colon, when it is written as a name (a capital or a digit after its first letter) and names no genre ("Survey:"). */
function titleName(title: string | undefined): string | undefined {
  // A version may follow the name ("Jais 2:", "Qwen 2.5:"), but not a part or a chapter ("Part 2:").
  const name = /^\s*([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*(?: \d+(?:\.\d+)?)?)\s*[:：]/.exec(title ?? '')?.[1];
  if (!name || /^(?:part|chapter|section|lecture|week|day|volume|vol|step|phase|stage|round|level|task|study|experiment|appendix|supplement|paper|report)\s/i.test(name)) return undefined;
  return name.length >= 3 && !NOT_A_NAME.test(name) && /^.[^A-Z0-9]*[A-Z0-9]/.test(name) ? name : undefined;
}

/**
 * The paper's name for its contribution: the one word before the title's colon ("ProtoKV: Streaming
 * Video …"), written as a name (a capital or a digit after its first letter), when the
 * contribution sentence of either abstract uses it as a whole word.
 */
export function contributionName(title: string | undefined, contributions: readonly (string | undefined)[]): string | undefined {
  const name = titleName(title);
  // "SoK: …" (a systematization of knowledge) names the kind of paper, not what it contributes.
  if (!name || /^SoKs?$/i.test(name)) return undefined;
  const escaped = name.replace(/[+]/g, '\\+');
  const word = new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9-])`);
  return contributions.some((c) => c !== undefined && word.test(c)) ? name : undefined;
}

const MODELS_RUN_EN = /\b(?:models?|LLMs?|GPT[\w.-]*|systems?|agents?|methods?|baselines?|retrievers?|classifiers?)\b/i;
const SCORED_EN = /\b(?:evaluat\w*|scor(?:e|es|ed|ing)|accuracy|F1|perform\w*|outperform\w*|struggle\w*|fail\w*|achiev\w*|trail\w*|lag\w*)\b/i;
// Not 操作系统, an operating system (a benchmark of document engines "across macOS, Ubuntu and Windows").
const MODELS_RUN_ZH = /模型|(?<!操作)系统|智能体|方法|基线/;
const SCORED_ZH = /评估|得分|准确率|表现|性能|优于|难以|失败/;

/** Whether a translated sentence carries the word an English text was cut in, after a Latin word ("Transformer m"). */
function carriesCutWord(sentence: string | undefined, english: string | undefined): boolean {
  const cut = /([A-Za-z]+)\s*$/.exec(english ?? '')?.[1];
  if (!sentence || !cut) return false;
  return new RegExp(`[A-Za-z]\\s+${cut}(?![A-Za-z])`).test(sentence);
}

/**
 * The translation of an English sentence the digest cut inside its apposition ("we propose BAFFLE (…), an
 * approach tha"): the translator closes it with the kind of thing alone ("……，这是一种方法。"), which says nothing.
 */
const EMPTY_APPOSITION_ZH = /[，,]\s*(?:这是|即|是)?一[种个套类](?:新的|新颖的)?(?:方法|框架|模型|方案|技术|算法|系统|工具)[。.]?$/;

/**
 * Whether the sentence the digest cut in the English abstract was reporting a finding ("We find that the
 * performance of NLI models under th", "Extensive experiments show: (1) …"): its translation, the last
 * Chinese sentence, then ends in words the translator had to supply ("……NLI模型的性能表现良好", which the
 * paper contradicts), so it is never quoted: when the cut leaves at most {@link CUT_FINDING_ROOM}
 * characters of the finding after its verb.
 */
function cutMidFinding(english: string | undefined): boolean {
  const last = splitSentencesEn(english ?? '').at(-1);
  const cue = last && !last.complete ? CUT_FINDING_EN.exec(last.text) : null;
  // Cut soon after the verb, the finding itself is gone; cut later, the translation has most of it to go on.
  return !!cue && last!.text.length - (cue.index + cue[0].length) <= CUT_FINDING_ROOM;
}
/**
 * A verdict that names no result ("……的性能表现良好", "……十分有效", "……取得了显著改进"): where the English
 * finding was cut, the words a translator ends the sentence with, which may say the opposite of the paper.
 */
const VAGUE_VERDICT_ZH =
  /(?:表现(?:良好|出色|优异|更好|更佳)|(?:十分|非常|很|相当)?有效|效果(?:良好|显著|更好)|取得了?(?:较高|良好|显著|更好|优异)的?(?:效果|性能|结果|改进|提升)|(?:显著|大幅)(?:提升|提高|改善)了?(?:性能|效果|表现)|是关键|具有竞争力|(?:都)?有(?:重要|显著|很大|重大)的?影响)[。.]?\s*$/;
/** Characters of an English finding left after its verb ("We find that …") within which the digest's cut leaves its translator guessing. */
const CUT_FINDING_ROOM = 80;
const CUT_FINDING_EN =
  /\b(?:we (?:\w+ly )?(?:find|found|observe[d]?|show(?:ed)?|demonstrate[d]?|reveal(?:ed)?|confirm(?:ed)?|conclude[d]?)|(?:results?|experiments?|evaluations?|analys[ie]s|findings|simulations|studies|evidence) (?:\w+ )?(?:show|shows|showed|demonstrate[sd]?|reveal(?:s|ed)?|indicate[sd]?|suggest(?:s|ed)?|confirm(?:s|ed)?)|(?:which|that) (?:shows|showed|demonstrates|demonstrated|reveals|revealed|indicates|indicated|suggests|suggested) that)\b/i;
/**
 * An English abstract the digest cut right after a function word ("… which shows that it can significantly
 * reduce the"): the object of the finding is gone, and the translation's last words ("……减少估计偏差", where
 * the paper reduces the variance) are the translator's, however specific they read.
 */
function cutBeforeObject(english: string | undefined): boolean {
  const last = splitSentencesEn(english ?? '').at(-1);
  return !!last && !last.complete && /\b(?:the|a|an|of|to|in|on|for|by|with|than|as|its|their|our|this|these)\s*$/i.test(last.text);
}

/**
 * "… we find a novel, simple, memoryless and optimal deterministic algorithm for the semi-myopic case, when the": a
 * finding cut inside the condition it holds under. However far from its verb, the condition is gone, and the
 * translation's (……当用户的交易价值根据时间而变化时) overstates what the paper shows.
 */
function cutInCondition(english: string | undefined): boolean {
  const last = splitSentencesEn(english ?? '').at(-1);
  return !!last && !last.complete && CUT_FINDING_EN.test(last.text) && /\b(?:when|whenever|if|unless|provided|as long as|where)(?: (?:the|a|an|its|their|this))?\s*$/i.test(last.text);
}

/**
 * "… we find that confidence intervals based on the correct variance may sometimes be sub": a finding cut in its
 * verdict, right after the verb that carries it. The translation's word (欠精确) is the translator's guess at one
 * the English never shows, whatever the distance from the finding's verb.
 */
function cutInVerdict(english: string | undefined): boolean {
  const last = splitSentencesEn(english ?? '').at(-1);
  return (
    !!last &&
    !last.complete &&
    CUT_FINDING_EN.test(last.text) &&
    /\b(?:is|are|was|were|be|been|become|becomes|remain|remains|seem|seems|appear|appears)(?:\s+\w+ly)?(?:\s+\w{1,6})?\s*$/i.test(last.text)
  );
}

/** "We would like to withdraw this article …", "This paper has been withdrawn …". */
const WITHDRAWN = /\bwithdr[ae]w(?:n|ing)? (?:this|the|our) (?:article|paper|manuscript|submission|preprint)\b|\b(?:article|paper|manuscript|submission|preprint) (?:has been|is|was) withdrawn\b/i;

/** Reads what the question writers need from a paper's fields. */
export function readPaper(paper: QuestionPaper): Reading {
  if (WITHDRAWN.test(paper.abstract ?? '')) return { ...readPaper({ id: paper.id, title: '' }), withdrawn: true };
  const en = wholeSentencesEn(paper.abstract, paper.abstractTruncated ?? false);
  const enRead = en.map(authorsVoice);
  const zh = wholeSentencesZh(paper.abstractZh, paper.abstractZhTruncated ?? false);
  // The translation of an English abstract the digest cut mid-word ("… such as the Vision Transformer m")
  // may carry the broken word into its last sentence ("（如Vision Transformer m）"): that sentence still
  // tells the paper's kind, but it is never quoted.
  const zhWhole =
    paper.abstractTruncated &&
    !paper.abstractZhTruncated &&
    (carriesCutWord(zh.at(-1), paper.abstract) ||
      EMPTY_APPOSITION_ZH.test(zh.at(-1) ?? '') ||
      (cutMidFinding(paper.abstract) && (VAGUE_VERDICT_ZH.test(zh.at(-1) ?? '') || cutBeforeObject(paper.abstract))) ||
      cutInCondition(paper.abstract) ||
      cutInVerdict(paper.abstract))
      ? zh.slice(0, -1)
      : zh;
  // A sentence whose translation drops a negation or adds a proposal the English does not make is never quoted.
  const paired = pairedEnglish(paper.abstract, paper.abstractZh);
  // A number the English abstract does not show ("我们在一个包含58k个……的数据集上评估了LeTI", past the digest's cut)
  // cannot be checked against the paper: the translation may come from another version, or be wrong.
  // The English side is read as the question checks read a paper (digits, number words, "half"); numbers a translation
  // rewrites ("660K" as 66万, "January 2018" as 2018年1月, "the 1920s" as 20世纪20年代) are left alone. With the full
  // abstract from arXiv, the numbers past the digest's cut are checked too.
  const englishNumbers = numbersOf(paper.abstract ?? '');
  const unchecked = (s: string) =>
    !!paper.abstract &&
    [...s.replace(/(?<=\d)[,，](?=\d{3})/g, '').matchAll(/(\d+)(?:\.(\d+))?(?![\d.]*\s?(?:[万亿千百]|年|月|日|世纪))/g)].some((m) => !englishNumbers.has(canonicalNumber(m[1]!, m[2])));
  const zhQuoted = zhWhole.map((s) => ((paired.has(s) && translationProblem(s, paired.get(s)!)) || unchecked(s) ? '' : s));
  // A sentence telling what motivated the authors ("这激发了我们设计……的动机") is not their contribution.
  const at = contributionIndex(enRead.map((s) => (motivation(s) ? '' : s)));
  const atZh = contributionIndexZh(zh.map((s) => (motivation(s) ? '' : s)));
  const own = [...enRead.filter((s) => OWN_SUBJECT_EN.test(s)), ...zh.filter((s) => OWN_SUBJECT_ZH.test(s))];
  const { kind, noun, people } = kindOf(paper, enRead[at] ?? '', zh[atZh] ?? '', own);
  const rolesEn = rolesOf(en, at, LANGUAGES.en, { read: enRead, named: namedArtefact(paper.title, enRead), cut: paper.abstractTruncated ?? false });
  const zhOptions = { cut: (paper.abstractTruncated ?? false) || (paper.abstractZhTruncated ?? false) };
  const zhAt = atZh < zhQuoted.length ? atZh : -1;
  const ownZh = rolesOf(zhQuoted, zhAt, LANGUAGES.zh, zhOptions);
  // Only where the Chinese reader finds nothing the authors claim or make: its own reading, where it has one, stays.
  const rolesZh = ownZh.roles.some((entry) => SPECIFIC_ROLES.includes(entry.role)) ? ownZh : rolesOf(zhQuoted, zhAt, LANGUAGES.zh, { ...zhOptions, borrowed: borrowedRoles(rolesEn, paired) });
  // The digest's one-line summary, when it is one whole sentence: does it say more than the paper?
  const summary = wholeSentencesZh(paper.summaryZh);
  if (summary.length === 1 && quotableZh(summary[0]!) && !rolesZh.quotable.includes(summary[0]!)) rolesZh.summary = summary[0];
  const summaryEn = wholeSentencesEn(paper.summaryEn);
  // A summary the digest's machine garbled ("flipping or horizontally flipping") is not read out.
  if (summaryEn.length === 1 && quotableEn(summaryEn[0]!) && !en.includes(summaryEn[0]!) && !garbled(summaryEn[0]!)) rolesEn.summary = summaryEn[0];
  borrowRoles(rolesZh, rolesEn, paired);
  // The premise the question challenges ("is that the real obstacle?") must be the paper's, so a translated one is
  // asked only where it pairs with its English sentence: where the translation merged or split sentences it is a
  // paraphrase ("resource-constrained, high-volume settings" rendered 资源受限、高收入场所). A paper with no
  // English text has nothing to pair with.
  if (rolesZh.problem && en.length > 0 && !paired.has(rolesZh.problem)) {
    delete rolesZh.problem;
    delete rolesZh.problemRole;
  }
  const empirical = count(EMPIRICAL, paper.abstract ?? '') > 0 || EMPIRICAL_ZH.test(paper.abstractZh ?? '');
  // "The sender can do strictly better": without experiments a comparison has no baselines.
  for (const roles of [rolesEn, rolesZh]) if (roles.finding && !empirical) roles.finding.comparison = false;
  return {
    kind,
    ...(noun ? { noun } : {}),
    people,
    ...optional('name', kind === 'method' || kind === 'benchmark' ? contributionName(paper.title, [en[at], zh[atZh]]) : undefined),
    ...optional('mentionedName', mentionedName(paper, kind)),
    empirical,
    theoretical: provesOwn(own) || en.some((s) => DERIVED_PASSIVE_EN.test(s)),
    modelsScored: en.some((s) => MODELS_RUN_EN.test(s) && SCORED_EN.test(s)) || zh.some((s) => MODELS_RUN_ZH.test(s) && SCORED_ZH.test(s)),
    ...optional('titleQuestion', titleQuestionOf(paper.title)),
    ...optional('titleClaim', titleClaimOf(paper.title)),
    ...optional('titleQuestionZh', titleQuestionOf(paper.titleZh)),
    en: rolesEn,
    zh: rolesZh,
  };
}

/** The roles the English reader gives and the Chinese one may take over: what the authors found or made. */
const BORROWABLE: readonly SentenceRole[] = ['claim', 'result', 'artefact', 'dataset', 'made'];

/**
 * The English reader's role of each sentence the translation pairs with its English (see {@link pairedEnglish}),
 * where it says what the authors found or made: "Across multiple statistical measures, ensemble techniques like
 * gradient boosting proved superior …" is read in English, "在多个统计指标上，集成的机器学习方法表现出了较好的性能……" in
 * no Chinese pattern. The Chinese reader takes it only for a sentence it reads no role in, and only in an abstract
 * where it reads no sentence of the {@link SPECIFIC_ROLES} at all.
 */
function borrowedRoles(en: Roles, paired: ReadonlyMap<string, string>): Map<string, SentenceRole> {
  const roleOf = new Map(en.roles.filter((entry) => BORROWABLE.includes(entry.role)).map((entry) => [entry.text, entry.role]));
  const borrowed = new Map<string, SentenceRole>();
  for (const [chinese, english] of paired) {
    const role = roleOf.get(english);
    if (role) borrowed.set(chinese, role);
  }
  return borrowed;
}

/**
 * Where the Chinese reader finds no contribution but the English reader does, the Chinese sentence that
 * translates it takes its role: the English cues are the richer, and the translation
 * says the same thing in other words ("To overcome these challenges, this study combines …" is read in
 * English, "为了克服这些挑战，本研究结合了……" in no Chinese pattern). Only a sentence paired with the
 * English one by {@link pairedEnglish}, whole, quotable, and passing the translation check (a refused
 * one is already blank in `zh`).
 */
function borrowRoles(zh: Roles, en: Roles, paired: ReadonlyMap<string, string>): void {
  const translationOf = (english: string | undefined): string | undefined => {
    if (!english) return undefined;
    for (const [chinese, source] of paired) if (source === english && zh.quotable.includes(chinese)) return chinese;
    return undefined;
  };
  const roleOf = (sentence: string, role: SentenceRole) => {
    for (const entry of zh.roles) if (entry.text === sentence) entry.role = role;
  };
  if (!zh.contribution && en.contribution && en.contributionRole) {
    const sentence = translationOf(en.contribution);
    if (sentence) {
      zh.contribution = sentence;
      zh.contributionRole = en.contributionRole;
      roleOf(sentence, en.contributionRole);
    }
  }
}

/** See {@link Reading.mentionedName}: a method or an unclear paper only, and the name a whole word of either abstract. */
function mentionedName(paper: QuestionPaper, kind: PaperKind): string | undefined {
  if (kind !== 'method' && kind !== 'unclear') return undefined;
  // A resource's name ("SIDScope: A Diagnostic Resource …"): where it "breaks down" is no question for a benchmark.
  if (/\b(?:bench(?:mark)?s?|datasets?|corp(?:us|ora)|resources?|suites?|testbeds?|workloads?|leaderboards?|arenas?)\b/i.test(paper.title ?? '')) return undefined;
  return contributionName(paper.title, [paper.abstract, paper.abstractZh]);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
