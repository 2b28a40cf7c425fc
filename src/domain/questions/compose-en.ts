/**
 * English starter questions. Each question either frames one whole sentence of the abstract, quoted
 * exactly as written, or refers to the paper generically ("the paper", "the method"); none splices
 * fragments or names the paper by words taken from its title. The questions asked depend on the kind
 * of paper (no baselines for a theorem, no training cost for a survey) and on what the quoted sentence
 * does (its role, read by extract.ts): a claim is asked for its evidence, a study's design whether it
 * can carry the conclusions, a theorem for its assumptions. A sentence no frame fits is not quoted.
 */
import { ADD_ON, SIDE_RESULTS } from '../contribution-sentence.ts';
import { COMPARISON_EN, type PaperKind, type Reading, type SentenceRole } from './extract.ts';
import type { KnownPaperMatch } from './related.ts';
import { ADDRESSING_EN, PAPER_ITSELF_EN, pick, plainTitle } from './text.ts';

/** The part of a paper's question set a candidate fills; the generator orders and trims by it. */
export type Slot = 'title' | 'lead' | 'summary' | 'problem' | 'figure' | 'finding' | 'kind' | 'related' | 'fallback';

export interface QuestionCandidate {
  slot: Slot;
  text: string;
  /** The sentences the question quotes, so that no two questions quote the same one. */
  quotes: string[];
  /** A question that carries nothing of the paper's own: asked only when nothing specific is left. */
  generic?: boolean;
  /** A question quoting a sentence too long for the full frames, in its short frame: asked after every other specific one. */
  long?: boolean;
  /** A question quoting a sentence whose "this …" points back: asked only instead of a generic one. */
  late?: boolean;
  /** A summary that states no result ("… has important applications"): it does not stand for a question about the paper itself. */
  weak?: boolean;
}

/** Writes the questions of one language from a paper's reading. */
export interface Writer {
  title(r: Reading, seed: string): QuestionCandidate | undefined;
  lead(r: Reading, seed: string): QuestionCandidate | undefined;
  /** Whether the digest's one-line summary says more than the paper. */
  summary(r: Reading, seed: string): QuestionCandidate | undefined;
  problem(r: Reading, seed: string): QuestionCandidate | undefined;
  figure(r: Reading, seed: string): QuestionCandidate | undefined;
  finding(r: Reading, seed: string): QuestionCandidate | undefined;
  kind(r: Reading, seed: string): QuestionCandidate | undefined;
  related(match: KnownPaperMatch, seed: string): QuestionCandidate | undefined;
  /** Questions for when the rest leave too few: one quoting a sentence whose role a frame fits, then generic ones. */
  fallbacks(r: Reading, seed: string, quoted: readonly string[]): QuestionCandidate[];
  /**
   * Asked only instead of a generic question, when the abstract (often the digest's cut copy) says
   * nothing else a question can hold on to: the method by the name its title gives it, in a frame that
   * presumes no reported results, else (English) the claim the title states.
   */
  named(r: Reading, seed: string): QuestionCandidate | undefined;
  /**
   * Asked only instead of a generic question, after {@link named}: a sentence of the authors at work
   * that no role's frame fits, the contribution sentence first ("In this paper, we study …", "This study
   * derives … and proposes …", "为此，我们评估了……"; generate.ts picks them), in a frame that presumes
   * only what its verb says; undefined when the authors are not its subject. `long`: too long for the
   * full frames, so a short one.
   */
  aim(s: string, long: boolean, r: Reading, seed: string): QuestionCandidate | undefined;
}

const q = (sentence: string) => `“${sentence}”`;

/** The questions that could be asked of any paper: one is asked only when nothing specific can be. */
export const GENERIC_EN = [
  'Which result in this paper would we most want to check for ourselves, and how would we go about it?',
  "What would we need to know before relying on this paper's conclusions in our own work?",
] as const;

/** The longest a question may be, so that it can be read aloud (checks.ts flags more than 400 characters). */
export const MAX_LENGTH = 390;

/**
 * A candidate in one of `options` (chosen by the seed among those short enough), else in `short`
 * when that fits; undefined when nothing does.
 */
export function candidate(slot: Slot, quotes: string[], options: readonly string[], seed: string, short?: string): QuestionCandidate | undefined {
  const fit = options.filter((t) => t.length <= MAX_LENGTH);
  const text = fit.length > 0 ? pick(fit, seed) : short !== undefined && short.length <= MAX_LENGTH ? short : undefined;
  return text === undefined ? undefined : { slot, quotes, text };
}

/** "this survey", "these lecture notes". */
function thisOne(noun: string | undefined, fallback: string): string {
  const n = noun ?? fallback;
  return /s$/.test(n) ? `these ${n}` : `this ${n}`;
}

/** "Accuracy" at a sentence start reads "accuracy" inside one; names (BLEU, nDCG@10) keep their case. */
function measureWord(measure: string): string {
  return /^[A-Z][a-z]+(?:[ -][a-z]+)*$/.test(measure) ? measure.toLowerCase() : measure;
}

/** A contribution naming several parts, or joining things: "which part does the work" fits it. */
const PARTS_EN =
  /\b(?:consist(?:s|ing)? of|compris\w+|compos\w+ of|combin\w+|integrat\w+|fus(?:e|es|ed|ing)|unif(?:y|ies|ied|ying|ication)|jointly|together with|two|three|four|components?|modules?|stages?|phases?|branch(?:es)?|parts)\b/i;
/**
 * Numbers that count no parts of the method: "two-sided tests", "the two most prominent distributed
 * baselines", "across four datasets" (a "two-stage" method still has parts).
 */
const NOT_PARTS_EN =
  /\b(?:two|three|four)-(?!(?:stage|step|phase|part|component|module|branch|level|tier|pronged|stream|tower)s?\b)[\w-]+|\b(?:two|three|four)\s+(?:[\w-]+\s+){0,3}?(?:baselines?|datasets?|benchmarks?|settings?|tasks?|domains?|languages?|models?|cases?|regimes?)\b/gi;
const hasParts = (s: string) => PARTS_EN.test(s.replace(NOT_PARTS_EN, ' '));
/** A finding about how models or systems perform. */
const MODELS_EN = /\b(?:models?|LLMs?|GPT[\w.-]*|systems?|agents?|methods?|baselines?|perform\w*|accuracy|scores?|F1)\b/i;
/** A problem that concerns methods, models or tools a group like ours might use. */
const PRACTICE_EN =
  /\b(?:(?-i:[A-Z]{2,}s)|methods?|approach(?:es)?|models?|systems?|tools?|techniques?|algorithms?|frameworks?|simulators?|benchmarks?|pipelines?|metrics?|libraries|implementations?)\b/i;

const METHOD_LEAD = (s: string, r: Reading) =>
  // "Does an experiment isolate it?" and "test first" only where the paper has experiments.
  !r.empirical
    ? [`The authors describe their work this way: ${q(s)} What is new here compared with earlier approaches, and what does it let us do that we could not do before?`]
    : // A benchmark's "method" is its measurement: which part of it does the work is no question for it.
      hasParts(s) && r.kind !== 'benchmark'
      ? [`The authors state their contribution as ${q(s)} Which part of the method does the real work, and does an experiment isolate it?`]
      : [`The authors describe their work this way: ${q(s)} What is new here compared with earlier approaches, and which part of the design would we test first?`];
/** A resource that agents act in (a gym, a testbed, a simulation environment): built, not collected. */
const isEnvironment = (r: Reading) => /environment|gym|testbed/.test(r.noun ?? '');
/** Questions about scoring models fit only a resource that models are scored on; a corpus that is described is asked how it was made. */
const DATASET_LEAD = (s: string, r: Reading) =>
  r.modelsScored && (r.noun ?? 'benchmark') === 'benchmark'
    ? [
        `The authors introduce their benchmark: ${q(s)} What does it measure that existing ones miss, and how were its items and labels produced and checked?`,
        `${q(s)} If a model scores well on this benchmark, what have we learned about it, and what would we still not know?`,
      ]
    : isEnvironment(r)
      ? // An environment is built, not collected: asked what it lets agents be tested on and how faithful it is.
        [`The authors introduce their ${r.noun}: ${q(s)} How close is it to the real setting it stands for, and what could we test in it that existing environments do not allow?`]
      : r.noun === 'benchmark'
        ? // A benchmark nothing is scored on in the abstract (a controlled setup, a test bed of documents) was not "collected".
          [`The authors introduce their benchmark: ${q(s)} What does it measure that existing ones miss, and what could we study with it that existing resources do not allow?`]
        : [`The authors introduce their ${r.noun ?? 'dataset'}: ${q(s)} How was it collected and checked, and what could we study with it that existing resources do not allow?`];
const RESULT_LEAD = (s: string) => [
  `In the authors' words: ${q(s)} Which assumptions does this need, and how restrictive are they in the cases we care about?`,
  `${q(s)} What does this say in plain words, and which step of the argument carries the weight?`,
];
const CLAIM_LEAD = (s: string) => [
  `The paper's central claim: ${q(s)} What in the paper supports it most directly, and what would make us doubt it?`,
  `${q(s)} Which result in the paper is the strongest evidence for this, and is it strong enough?`,
];
const POSITION_LEAD = (s: string) => [
  `The paper's position: ${q(s)} What is the strongest objection to it, and does the paper answer that objection?`,
  `${q(s)} Who would disagree with this, and on what grounds?`,
];
const SURVEY_LEAD = (s: string, r: Reading) => [
  `The authors describe ${thisOne(r.noun, 'survey')} as follows: ${q(s)} How do they organise the field, and is an important line of work missing?`,
  `${q(s)} Which distinctions drawn in ${thisOne(r.noun, 'survey')} are most useful to us, and where does it stay on the surface?`,
];
const DESIGN_LEAD = (s: string) => [
  `How the authors set up their study: ${q(s)} Can this setup support the conclusions the paper draws, and what would we change in it?`,
  `${q(s)} What does this design leave out, and could that change the paper's conclusions?`,
];
const PEOPLE_LEAD = (s: string) => [`The study in the authors' words: ${q(s)} What exactly did the participants do or answer, and how directly does that support the paper's conclusions?`];
/** A setting that only names what the paper returns to. */
export const REVISIT_EN = /\brevisit(?:s|ed|ing)?\b/i;
const THEORY_SETTING = (s: string) => [`${q(s)} What does this setting cover that earlier analyses did not, and which step of the argument carries the weight?`];
const QUESTION_LEAD = (s: string) => [`The paper sets out to answer this: ${q(s)} Which experiment or argument in the paper answers it, and does the answer hold beyond the cases studied?`];
/** Something the authors made that no role names (a measure, a protocol, a formulation): asked what is new in it, whatever it is. */
const MADE_LEAD = (s: string) => [`The authors describe their work this way: ${q(s)} What is new here compared with earlier work, and what does it let us do that we could not do before?`];
/** The assumption the paper's results rest on: asked how far it reaches, whatever the kind of paper. */
const ASSUMPTION_LEAD = (s: string) => [`The paper rests on this assumption: ${q(s)} How restrictive is it in the cases we care about, and what would go wrong if it failed?`];
const DEFINITION_LEAD = (s: string) => [`${q(s)} What does this new notion capture that earlier ones did not, and how do the authors show that it matters?`];

/**
 * The frames for a sentence of the abstract, by what the sentence does (its role) and the kind of
 * paper; none when no frame fits its role, and then the sentence is not quoted.
 */
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
      if (r.kind === 'benchmark' && MODELS_EN.test(s)) return FINDING.benchmark(s, r, false);
      if (r.kind === 'position') return POSITION_LEAD(s);
      if (r.kind === 'survey') return FINDING.survey(s, r, false);
      if (r.kind === 'people') return FINDING.people(s, r, COMPARISON_EN.test(s));
      return CLAIM_LEAD(s);
    case 'position':
      // "We argue that …" in a paper that proposes a method is a claim, not the paper's position.
      return r.kind === 'position' || r.kind === 'unclear' ? POSITION_LEAD(s) : CLAIM_LEAD(s);
    case 'survey':
      return r.kind === 'survey' ? SURVEY_LEAD(s, r) : undefined;
    case 'design':
      if (r.kind === 'people') return PEOPLE_LEAD(s);
      // A survey's method ("We analysed the state of the art to provide a taxonomy …") is no study's setup.
      if (r.kind === 'survey') return undefined;
      // "We also compare students' assignment probabilities under TCDM and DA", with no data of its own, in a
      // paper whose results are derived ("we show that, under …, it can …"): a step of the argument, not a study's setup.
      if (!EMPIRICAL_WORDS_EN.test(s) && r.en.roles.some((x) => x.role === 'result')) return undefined;
      return DESIGN_LEAD(s);
    case 'question':
      return QUESTION_LEAD(s);
    case 'setting':
      // "We consider estimation in …" says what the paper is about, not what it shows: only a theory paper's setting is asked about,
      // and not one that only names an old object ("We revisit the Sinkhorn-Knopp algorithm"): what is new there is the result.
      return r.kind === 'theory' && !REVISIT_EN.test(s) ? THEORY_SETTING(s) : undefined;
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

/**
 * The short frame for a long sentence that the full frames would push past {@link MAX_LENGTH}: the
 * same question for the same role, in fewer words; undefined for the roles whose frame cannot be shortened.
 */
function shortFrame(s: string, role: SentenceRole | undefined, r: Reading): string | undefined {
  switch (role) {
    case 'artefact':
      // What a survey proposes is a way to organise its field.
      if (r.kind === 'survey') return `${q(s)} Which of its distinctions are most useful to us?`;
      // Nothing to "test first" in a theory paper's definition or construction.
      return r.kind === 'theory' ? `${q(s)} What is new here, and what does it let us do?` : `${q(s)} What is new here, and what would we test first?`;
    case 'dataset':
      if (isEnvironment(r)) return `${q(s)} How close is it to the real setting?`;
      return r.kind === 'benchmark' ? `${q(s)} What does it measure that others miss?` : undefined;
    case 'result':
      return `${q(s)} Which assumptions does this need?`;
    case 'claim':
    case 'position':
      return r.kind === 'position' ? `${q(s)} What is the strongest objection?` : `${q(s)} What supports this most directly?`;
    case 'design':
      return `${q(s)} Can this setup carry the paper's conclusions?`;
    case 'question':
      return `${q(s)} How does the paper answer this?`;
    case 'assumption':
      return `${q(s)} How restrictive is this assumption?`;
    case 'made':
      return r.kind === 'survey' ? `${q(s)} Which of its distinctions are most useful to us?` : `${q(s)} What is new here, and what does it let us do?`;
    default:
      return undefined;
  }
}

/** The fewest words a role's question can take, for a sentence whose {@link shortFrame} is still too long. */
function shortestFrame(s: string, role: SentenceRole | undefined, r: Reading): string | undefined {
  switch (role) {
    case 'artefact':
    case 'made':
      return r.kind === 'survey' ? undefined : `${q(s)} What is new here?`;
    case 'claim':
      return r.kind === 'position' ? undefined : `${q(s)} What supports this?`;
    case 'result':
      return `${q(s)} What does this assume?`;
    default:
      return undefined;
  }
}

const PROBLEM: Partial<Record<PaperKind, (s: string, r: Reading) => string[]>> = {
  theory: (s) => [`The authors motivate the work with this: ${q(s)} Why does the question matter, and what was known about it before this paper?`],
  position: (s) => [`${q(s)} Do we accept this premise, and would the paper's position still hold without it?`],
  survey: (s, r) => [`${q(s)} Does ${thisOne(r.noun, 'survey')} show how the field has responded to this, and which response looks most promising?`],
};
/** A gap in what is known ("remains unexplored") is no obstacle to overcome. */
// Not "what has the paper settled": a method paper that starts from a gap answers it in part, if at all.
const GAP = (s: string) => [`${q(s)} What did we believe about this before reading, and how far does the paper go towards answering it?`];
/** A lack, a cost or a failure: what makes a premise an obstacle, not a fact about the world ("X cannot serve as Y"). */
const DEFICIENCY_EN =
  /\b(?:lack\w*|missing|bottlenecks?|costly|expensive|prohibitive|slow|inefficient|unreliable|brittle|hinder\w*|insufficient|fail\w*|struggle\w*|limited|limitations?|poor(?:ly)?|suffer\w*|error-prone|manual|degrad\w*|suboptimal|exponential|overhead|costs?)\b/i;
/**
 * "Is that the real obstacle in practice" fits a problem of methods, models or tools, or a lack or a
 * cost in a paper with experiments; a premise about the world in a paper with none ("individuals
 * introduced in intensional contexts cannot serve as antecedents …") is not asked about. Not "have we run
 * into this ourselves": none of the 19 judged (samples AE to BH) was worth asking.
 */
const PROBLEM_DEFAULT = (s: string, r: Reading): string[] => {
  if (!PRACTICE_EN.test(s) && !(r.empirical && DIAGNOSIS_WORDS_EN.test(s)) && !DEFICIENCY_EN.test(s)) return [];
  const obstacle = `The paper starts from this: ${q(s)} Is that the real obstacle in practice, and what evidence do the authors give for it?`;
  return [obstacle];
};
/** Any diagnosis at all, which in a paper with experiments is taken as one of practice. */
const DIAGNOSIS_WORDS_EN = /\b(?:cannot|can ?not|unable|ignor\w*|overlook\w*|neglect\w*|assum\w*|rel(?:y|ies|ied) on)\b/i;

/**
 * A claim in a paper that names no experiments: a derived result when the authors' own sentences
 * prove, bound or characterise something (asked for its assumptions); an observation when it is
 * voiced as one ("we find …", "our results show …"); else ("we demonstrate …", "we localize …")
 * nothing tells whether it was measured or derived, and it is asked how strong its evidence is,
 * which fits both.
 */
const UNMEASURED = (s: string, r: Reading) => (r.theoretical ? RESULT(s) : MEASURED.test(s) ? OBSERVED(s) : EVIDENCE(s));
/** A finding voiced as something observed or measured. */
const MEASURED =
  /\bwe (?:\w+ly )?(?:find|found|observe[sd]?)\b|\b(?:results|experiments|evaluations?|analys[ie]s|findings|simulations|measurements)\b[^.;]{0,40}?\b(?:show|shows|showed|reveal(?:s|ed)?|indicate[sd]?|suggest(?:s|ed)?)\b/i;
/** What a theory paper measured rather than proved: forecasts set against benchmark models, real data, experiments (not "the empirical risk", a term of the theory). */
const MEASURED_IN_THEORY_EN =
  /\b(?:experiments?|real(?:-world)? data|data ?sets?|case stud(?:y|ies)|benchmark models|forecasts|out-of-sample|simulations? (?:show|suggest|indicate|confirm)|participants)\b/i;
const FINDING: Record<PaperKind, (s: string, r: Reading, comparison: boolean) => string[]> = {
  method: (s, r, comparison) => (comparison ? COMPARED(s) : derived(s, r) ? DERIVED(s) : r.empirical ? OBSERVED(s) : UNMEASURED(s, r)),
  unclear: (s, r, comparison) => (comparison ? COMPARED(s) : derived(s, r) ? DERIVED(s) : r.empirical ? OBSERVED(s) : UNMEASURED(s, r)),
  // "It is shown that our models generate predictions superior to … benchmark models": measured, even in a paper of theorems.
  theory: (s, r, comparison) => (comparison ? COMPARED(s) : MEASURED_IN_THEORY_EN.test(s) && !ANALYTIC_EN.test(s) ? (r.empirical ? OBSERVED(s) : EVIDENCE(s)) : RESULT(s)),
  // "The models or the benchmark?" fits a finding about how models perform, not any finding of a resource paper.
  benchmark: (s, r, comparison) =>
    MODELS_EN.test(s) ? [`${q(s)} Does this say more about the models or about the ${r.noun ?? 'benchmark'}, and how would we tell?`] : comparison ? COMPARED(s) : OBSERVED(s),
  // A comparison with baselines has no participants to ask about, whatever else the paper studied.
  people: (s, _r, comparison) => (comparison ? COMPARED(s) : [`${q(s)} How much of this could come from the way the participants were chosen, or from the way they were asked?`]),
  survey: (s, r) => [`${q(s)} Is this a conclusion drawn from the work ${thisOne(r.noun, 'survey')} covers, or the authors' own view, and how could we check?`],
  position: (s) => [`${q(s)} What evidence would convince a sceptic of this, and does the paper provide it?`],
};
const COMPARED = (s: string) => [`${q(s)} Were the baselines given the same data, tuning and compute, and would the ranking hold on data the authors did not choose?`];
/** A finding that something is so ("we find that …", "X correlates with Y") invites other explanations; a demonstration of what a method can do does not. */
const EXPLAINABLE = /\b(?:find|finds|found|observe[sd]?|reveal\w*|uncover\w*|correlat\w*|associat\w*|explain\w*|suggest\w*|indicat\w*|shows? that|showed that|showing that|behaves?|tends? to)\b/i;
/** "We show that our framework yields …": what the authors' own method does is a demonstration. */
const DEMONSTRATION =
  /\b(?:shows?|showed|demonstrates?|demonstrated|confirms?) that (?:[\w-]+ ){0,3}?(?:our|the proposed) (?:[\w-]+ ){0,2}(?:method|approach|framework|model|system|algorithm|pipeline)s?\b/i;
/**
 * "We analytically find …", "For any finite directed network, we show that the effect … decomposes into …":
 * derived, not observed, so there is nothing else to explain it; asked for its assumptions.
 */
// "Nyblom's (1989) LM test loses its optimality (in terms of power)", "continuity requirements on $\\succsim$ allow …":
// a property of a test or of a mathematical object, derived.
const ANALYTIC_EN =
  /\b(?:analytically|theoretically|provably|in closed form|decompos\w+ (?:exactly )?into|with high probability|in the infinite[- ]width limit|asymptotic(?:ally)?|optimality|in terms of power)\b|\$(?:\\[a-zA-Z]+|[A-Za-z])\$|^(?:For|Under) (?:any|every|all|each)\b|\bfor (?:all|any|every) [\w-]+ and (?:at|for|in) (?:all|any|every) [\w-]+/i;
const OBSERVED = (s: string) =>
  ANALYTIC_EN.test(s)
    ? RESULT(s)
    : EXPLAINABLE.test(s) && !DEMONSTRATION.test(s)
      ? [`The abstract reports: ${q(s)} What else could explain this result, and does the paper rule it out?`]
      : EVIDENCE(s);
/** A claim with no data in it, in a paper whose authors prove or derive things: a consequence of their model, not an observation. */
const EMPIRICAL_WORDS_EN =
  /\b(?:experiments?|empirical(?:ly)?|case stud(?:y|ies)|real-world|applicability|data(?:sets?)?|benchmarks?|baselines?|simulations?|participants|respondents|survey|sample|observations?|measured|estimates?|panel|evidence|outperform\w*|improv\w*|achiev\w*|accura\w*|faster|speed\w*|reduc\w*|gains?|performance|compared (?:to|with))\b|%/i;
/** "Endogenous price responses can change standard conclusions": what a model implies, asked for what drives it. */
const IMPLIED = (s: string) => [`${q(s)} Which assumption of the model drives this, and would the conclusion survive if it were relaxed?`];
/** Whether a claim is a consequence of the paper's own theory (see {@link EMPIRICAL_WORDS_EN}). */
const derived = (s: string, r: Reading) => r.theoretical && !EMPIRICAL_WORDS_EN.test(s);
/** A derived claim: a possibility the model opens ("can change", "may") is asked what drives it; a statement, for its assumptions. */
const DERIVED = (s: string) => (/\b(?:can|could|may|might)\b/i.test(s) ? IMPLIED(s) : RESULT(s));
const EVIDENCE = (s: string) => [`The abstract reports: ${q(s)} How strong is the evidence for this in the paper, and where would we expect it not to hold?`];
/** A theorem is checked by its assumptions and a small case, not by experience or alternative explanations. */
const RESULT = (s: string) => [`${q(s)} Which assumptions does this rest on, and is there a small case where we could check it by hand?`];
/** A claim of the paper's own, measured or derived: asked what supports it. */
const CLAIM = (s: string) => [`The abstract says: ${q(s)} What in the paper supports this most directly, and what would make us doubt it?`];

/**
 * The authors as the sentence's subject, after at most an opening phrase ("In this paper, we …",
 * "Motivated by X, we …", "While existing work …, in this paper we …"), with what they set out to do
 * ("we aim to explore", "we take the first step towards studying"): not a "we" inside a clause
 * ("… when we evaluate them", "…, which we call …").
 */
const AUTHORS_EN = String.raw`^(?:[^;:]{0,200}?,\s+(?:and\s+|but\s+|so\s+)?)?(?:(?:in|within) (?:this|the present|our) (?:paper|work|study|article),?\s+)?(?:we|this (?:${PAPER_ITSELF_EN} |working )?(?:paper|work|study|article|note|research)|this (?:${PAPER_ITSELF_EN} )?(?:literature |mapping |scoping )?(?:review|survey|overview|tutorial)|our (?:work|study|research|paper|experiments|analysis|analyses|evaluation)|the (?:present |current )?(?:paper|study|research)(?=\s+(?:\w+ly\s+)?(?:delves|explores|investigates|examines|studies|focuses|proposes|presents|introduces|develops|analy[sz]es)\b))\s+(?:(?:\w+ly|also|first|then|further|here|will|shall)\s+){0,2}(?<aims>(?:(?:aim|attempt|seek|set out|try|strive)s?|aimed|attempted|sought|tried|strove)\s+to\s+|(?:try|tries|tried)\s+(?=\w+ing\b)|(?:take|takes|took|make|makes|made) (?:the|a) first (?:step|steps|effort|attempt) (?:towards?|to)\s+)?`;
const AUTHORS_RE = new RegExp(AUTHORS_EN, 'i');
/** After the verb, an object that points back ("We revisit that reading"): the sentence needs the one before it. */
const POINTS_BACK = String.raw`(?!\s+(?:this|that|these|those|such|it|them)\b)`;
/** The authors making something: asked what is new in it. */
const MAKES_EN = new RegExp(
  String.raw`${AUTHORS_EN}(?:propose[sd]?|introduce[sd]?|develop(?:s|ed)?|design(?:s|ed)?|construct(?:s|ed)?|build|builds|built|devise[sd]?|create[sd]?|curate[sd]?|assemble[sd]?|release[sd]?|contribute[sd]?|derive[sd]?|posit(?:s|ed)?|give[sn]?(?=\s[^;]{0,120}?\b(?:mechanisms?|algorithms?|methods?|bounds?|characteri[sz]ations?|constructions?|procedures?|proofs?|reductions?)\b)|(?:use[sd]?|utili[sz]e[sd]?|employ(?:s|ed)?|leverage[sd]?|exploit(?:s|ed)?)(?=\s[^.;]{3,80}?\bto (?:defend|remove|improve|reduce|enable|detect|prevent|mitigate|address|solve|tackle|learn|train|generate|predict|estimate|recover|accelerate|speed up)\b|\s[^.;]{3,200}?\bto (?:select|identify|guide|quantify|capture|calibrate|correct|refine|approximate)\b)|describe[sd]?(?=\s+(?:the\s+|an?\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:design|implementation|architecture|system|framework|tool|platform|pipeline|method|approach|algorithm|library|package|model|service)s?\b)|(?:take[sn]?|took|adopt(?:s|ed)?)(?=\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:approach|perspective|viewpoint|stance)\b))\b${POINTS_BACK}(?!\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|analysis|analyses|evaluation|investigation|comparison|review|survey|overview|examination)\b)`,
  'i',
);
/** A sentence of the authors' that states what they found, proved or claim ("Our research uncovered …"): asked what supports it. */
const CLAIMS_EN =
  /\b(?:show|shows|showed|prove|proves|proved|demonstrate[sd]?|find|finds|found|discover(?:s|ed)?|establish(?:es|ed)?|conclude[sd]?) that\b|\bwe (?:\w+ly )?(?:elaborate on|develop|make|advance|put forward) the (?:argument|case|claim) that\b|\bwe (?:\w+ly )?(?:show|prove|find|demonstrate)\b|\bwe (?:\w+ly )?claim\b|^(?:our|this) (?:work|study|research|paper|analysis) (?:\w+ly )?(?:uncover(?:s|ed)|reveal(?:s|ed)|identif(?:ies|ied)|finds|found)\b/i;
/** The authors setting out to study something: asked what they conclude, presuming no more. */
const STUDIES_EN = new RegExp(
  String.raw`${AUTHORS_EN}(?:${ADDRESSING_EN}(?:investigat|stud|examin|analy[sz]|explor|compar|evaluat|test)\w*|stud(?:y|ies|ied|ying)|delv(?:e|es|ed|ing) into|focus(?:es|ed|ing)? on|investigat(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|explor(?:e|es|ed|ing)|analy[sz](?:e|es|ed|ing)|consider(?:s|ed|ing)?|contrast(?:s|ed|ing)?|embark(?:s|ed)? on|revisit(?:s|ed|ing)?|address(?:es|ed|ing)?|evaluat(?:e|es|ed|ing)|compar(?:e|es|ed|ing)|assess(?:es|ed|ing)?|characteri[sz](?:e|es|ed|ing)|report(?:s|ed)?|present(?:s|ed)?|conduct(?:s|ed)?|perform(?:s|ed)?|apply|applies|applied|understand(?:ing)?|involve[sd]?|discuss(?:es|ed)?|review(?:s|ed)?|describe[sd]? (?:the|our) participation|provide[sd]? (?:an?|the) (?:[\w-]+ ){0,2}?(?:comparison|analysis|evaluation|characteri[sz]ation|study|account|view|overview))\b${POINTS_BACK}`,
  'i',
);
/** What a survey's authors do: provide, offer or give a view of the field. */
const SURVEY_VERBS_EN = new RegExp(String.raw`${AUTHORS_EN}(?:provide[sd]?|offer(?:s|ed)?|give[sn]?|present(?:s|ed)?|serves? as (?:an? )?(?:[\w-]+ )?(?:introduction|overview|guide|primer))\b`, 'i');
/** "The purpose of this paper is to enhance …": what the authors set out to achieve, asked what is new in how. */
const PURPOSE_EN = /^The (?:main |primary |overall )?(?:purpose|goal|aim|objective) of (?:this|the present|our) (?:paper|work|study|research|article) is to\b/i;
/** "Our proposed Full Scaling Automation (FSA) mechanism is an effective method of …": what the authors made, said of it. */
const OUR_PROPOSED_EN = /^Our proposed (?:[\w()-]+ ){0,8}?(?:method|mechanism|approach|framework|model|system|algorithm|estimator|procedure|architecture)\b/;
/** "In this paper, the effectiveness of … is investigated": the authors' study in the passive. */
const PASSIVE_STUDY_EN = /^In this (?:paper|work|study|article),? [^.;]{5,200}?\b(?:is|are) (?:\w+ly )?(?:investigated|studied|examined|analy[sz]ed|explored|evaluated|assessed|compared)\b/i;
/** The short frame of what the authors set out to study: with how well it is supported where the question stays within {@link MAX_LENGTH}. */
const concludeShort = (s: string) => {
  const critical = `${q(s)} What do the authors conclude, and how well is it supported?`;
  return critical.length <= MAX_LENGTH ? critical : `${q(s)} What do the authors conclude from it?`;
};
/** What the authors set out to study, asked what they conclude and how well the paper carries it; in a paper that derives its results, what they establish. */
const AIM = (s: string, r: Reading) =>
  r.kind === 'theory' || (r.theoretical && !r.empirical)
    ? [`The authors set out their work this way: ${q(s)} What do they establish about it, and which step of the argument carries the weight?`]
    : [`The authors set out their work this way: ${q(s)} What do they conclude, and how well does the paper support it?`];

/** A summary that states a result: a finding, a comparison, a figure. */
const RESULT_CUE_EN =
  /\b(?:shows?|showed|finds?|found|reveals?|demonstrates?|proves?|improv\w*|outperform\w*|reduc\w*|increas\w*|achiev\w*|better|higher|lower|faster|significant\w*)\b|\d+(?:\.\d+)?\s*(?:%|x|×|times)/i;

const WHO_TOOK_PART = (s: string) => [`${q(s)} Who exactly took part, how were they recruited, and how far would the findings carry beyond that group?`];

/**
 * The frames {@link aimOf} asks a sentence in, by what its verb says the authors did, with the short frame
 * for a sentence too long for them; undefined when the authors are not its subject. `main` is the sentence
 * without an opening phrase about others' results.
 */
function aimFrames(s: string, main: string, r: Reading): { frames: string[]; short: string } | undefined {
  const made = { frames: MADE_LEAD(s), short: `${q(s)} What is new here, and what does it let us do?` };
  const studied = () => ({ frames: AIM(s, r), short: concludeShort(s) });
  if (PURPOSE_EN.test(s) || OUR_PROPOSED_EN.test(s)) return made;
  if (PASSIVE_STUDY_EN.test(s)) return studied();
  if (!AUTHORS_RE.test(s)) return undefined;
  // What a survey's authors analyse or make is how they organise the field.
  if (r.kind === 'survey')
    return CLAIMS_EN.test(main) || MAKES_EN.test(s) || STUDIES_EN.test(s) || SURVEY_VERBS_EN.test(s)
      ? { frames: SURVEY_LEAD(s, r), short: `${q(s)} Which of its distinctions are most useful to us?` }
      : undefined;
  if (CLAIMS_EN.test(main)) return { frames: CLAIM(s), short: `${q(s)} What supports this most directly?` };
  if (MAKES_EN.test(s)) return made;
  if (STUDIES_EN.test(s)) return studied();
  // What they set out to achieve ("This study seeks to reduce the computational resources …"): what is new in how.
  return AUTHORS_RE.exec(s)?.groups?.aims ? made : undefined;
}

/** {@link Writer.aim} in English: the frame the sentence's verb calls for, or undefined when the authors are not its subject. */
function aimOf(s: string, long: boolean, r: Reading, seed: string): QuestionCandidate | undefined {
  // "To navigate the drone …, we also built a 3D A* planner": an add-on built on the side; "The paper also presents
  // simple numerical results to demonstrate …": results shown on the side.
  if (ADD_ON.test(s) || SIDE_RESULTS.test(s)) return undefined;
  // What others showed, in the opening phrase ("Inspired by results that show that …, we study …"), is no claim of the authors'.
  const main = s.replace(/^[^;:]{0,200}?,\s+(?=(?:(?:in|within) (?:this|the present|our) \w+,?\s+)?(?:we|this|our)\b)/i, '');
  const framed = aimFrames(s, main, r);
  // A sentence too long for the full frames is asked in a short one.
  return framed ? candidate('lead', [s], long ? [] : framed.frames, seed, framed.short) : undefined;
}

export const en: Writer = {
  title(r, seed) {
    if (!r.titleQuestion) return undefined;
    const t = r.titleQuestion;
    return candidate(
      'title',
      [],
      [`The title asks ${q(t)} What is the paper's answer, and how firmly does its evidence support it?`, `The title asks ${q(t)} Before reading the results, what would each of us have answered?`],
      seed,
    );
  },
  lead(r, seed) {
    const s = r.en.contribution;
    const frames = s ? leadFrames(s, r.en.contributionRole, r) : undefined;
    return s && frames ? candidate('lead', [s], frames, seed, shortFrame(s, r.en.contributionRole, r)) : undefined;
  },
  summary(r, seed) {
    const s = r.en.summary;
    if (!s) return undefined;
    // A summary that says what the paper proposes and no result has nothing to overstate: what is new in it is the question.
    const proposes =
      r.kind !== 'survey' &&
      !RESULT_CUE_EN.test(s) &&
      // "Introducing neuronal diversity can solve …" claims what it would do: the summary may overstate it.
      !/\b(?:can|could|will|would|may|might)\b/i.test(s) &&
      /^(?:(?:(?:This|The) (?:paper|work|study|article)|The authors|We)\s+(?:\w+ly\s+)?(?:propos|introduc|develop|design)\w*|(?:Propos|Introduc|Develop|Design)\w*)\b/i.test(s);
    const c = candidate(
      'summary',
      [s],
      [
        proposes
          ? `The digest sums the paper up as ${q(s)} What is new here compared with earlier approaches, and what does it let us do that we could not do before?`
          : `The digest sums the paper up as ${q(s)} Which evidence in the paper supports this most directly, and does the summary claim more than the paper does?`,
      ],
      seed,
    );
    return c && !RESULT_CUE_EN.test(s) ? { ...c, weak: true } : c;
  },
  problem(r, seed) {
    const s = r.en.problem;
    if (!s) return undefined;
    const options = r.en.problemRole === 'gap' ? GAP(s) : (PROBLEM[r.kind]?.(s, r) ?? PROBLEM_DEFAULT(s, r));
    // A long diagnosis is still asked whether it is the real obstacle, and a long gap how far the paper answers it, in fewer words.
    const short =
      r.en.problemRole === 'gap'
        ? `${q(s)} How far does the paper go towards answering it?`
        : options.some((o) => o.includes('Is that the real obstacle in practice'))
          ? `The paper starts from this: ${q(s)} Is that the real obstacle in practice?`
          : undefined;
    return candidate('problem', [s], options, seed, short);
  },
  figure(r) {
    const f = r.en.figure;
    // A figure in a theorem, a survey or a position paper is rarely a measured result.
    // A benchmark's figures are the scores of the models it tests, often the authors' own baselines: no "strongest baseline" to set them against.
    if (!f || r.kind === 'theory' || r.kind === 'survey' || r.kind === 'position' || (r.kind === 'benchmark' && f.kind === 'value')) return undefined;
    const s = q(f.sentence);
    const measure = measureWord(f.measure);
    const text =
      f.kind === 'speed'
        ? `${s} On what hardware and against which baseline is the ${f.figure} speed-up measured, and what, if anything, does it cost in quality?`
        : f.kind === 'value'
          ? `${s} How does the ${f.figure} ${measure} compare with the strongest baseline on the same data, and how much of the difference could be noise?`
          : `${s} The ${measure} figure (${f.figure}): what is it measured against, and would the gap hold up against a stronger or better-tuned baseline?`;
    return candidate('figure', [f.sentence], [text], '');
  },
  finding(r, seed) {
    const f = r.en.finding;
    if (!f) return undefined;
    return candidate('finding', [f.text], f.role === 'result' ? RESULT(f.text) : FINDING[r.kind](f.text, r, f.comparison), seed);
  },
  kind(r, seed) {
    // Only a question that carries the paper's own words: who took part, quoted from the abstract.
    const s = r.people ? r.en.people : undefined;
    if (s) return candidate('kind', [s], WHO_TOOK_PART(s), seed);
    // Else one about the paper's contribution by the name the authors give it: where a method breaks, what a benchmark really tests.
    if (!r.name) return undefined;
    if (r.kind === 'benchmark')
      return r.modelsScored && (r.noun ?? 'benchmark') === 'benchmark'
        ? candidate('kind', [], [`Could a model score well on ${r.name} without the ability it is meant to measure, and what in its design guards against that?`], seed)
        : undefined;
    return r.empirical
      ? candidate(
          'kind',
          [],
          [
            `Where would we expect ${r.name} to break down, and does the paper test it in those conditions?`,
            `What would ${r.name} need from our data or setting to work as well as reported, and which of those conditions do we meet?`,
          ],
          seed,
        )
      : undefined;
  },
  named(r, seed) {
    const name = r.kind === 'method' ? (r.name ?? r.mentionedName) : r.mentionedName;
    if (name) return candidate('kind', [], [`Where would we expect ${name} to break down, and what in the paper tells us whether it does?`], seed);
    // The title's own claim, whole ("One Frozen Simulator Is Not Enough"): the abstract the digest kept may stop before it is argued.
    if (r.titleClaim && r.kind !== 'survey')
      return candidate('title', [r.titleClaim], [`The title makes a claim, ${q(r.titleClaim)}: what would we need to see in the paper to accept it, and where might it not hold?`], seed);
    return undefined;
  },
  aim: (s, long, r, seed) => aimOf(s, long, r, seed),
  related(match, seed) {
    const title = plainTitle(match.title);
    if (!title) return undefined;
    return candidate(
      'related',
      [],
      [
        `We already have “${title}” (${match.id}). Read next to it, what does this paper add or contradict, and would the two make a good pair for one session?`,
        `How does this paper sit with “${title}” (${match.id}), which the group already has: do they agree, and would one session on both work?`,
      ],
      seed,
      `How does this paper relate to “${title}” (${match.id}), which we already have?`,
    );
  },
  fallbacks(r, seed, quoted) {
    return fallbacksOf(
      r.en.roles,
      quoted,
      seed,
      (s, role) => (role === 'claim' ? CLAIM(s) : leadFrames(s, role, r)),
      GENERIC_EN,
      (s, role) => [shortFrame(s, role, r), shortestFrame(s, role, r)].filter((f): f is string => f !== undefined),
    );
  },
};

/**
 * Fallback questions: first one around a sentence of the authors' own whose role a frame fits, then
 * one around a sentence too long for the full frames (`long`), in its role's `short` frame, which the
 * generator asks only when nothing else specific is left, then one around a sentence whose "this …"
 * points back (`late`, asked only instead of a generic one), then generic ones (asked only when not
 * even that is).
 */
export function fallbacksOf(
  roles: readonly { text: string; role: SentenceRole; long?: boolean; late?: boolean }[],
  quoted: readonly string[],
  seed: string,
  frames: (s: string, role: SentenceRole) => string[] | undefined,
  generic: readonly [string, string],
  short?: (s: string, role: SentenceRole) => string | readonly string[] | undefined,
): QuestionCandidate[] {
  const out: QuestionCandidate[] = [];
  // 'survey': a survey's own sentence ("This paper bridges this gap by presenting a hierarchical review …"); its frames fit only a survey.
  const fitting: readonly SentenceRole[] = ['claim', 'result', 'design', 'question', 'setting', 'artefact', 'dataset', 'made', 'definition', 'assumption', 'position', 'survey'];
  // Among the sentences whose "this …" points back, a position ("we argue that this viewpoint is too limited") comes
  // after what the authors made or found ("为弥合这一差距，我们提出了OmniGen基准").
  const lateOrder = [...roles].sort((a, b) => Number(a.role === 'position') - Number(b.role === 'position'));
  // A question the abstract asks in so many words ("How should institutions compare group diversity, …?") comes after
  // what the paper claims or shows ("We show that its maximally diverse selections are exactly …"), which answers it.
  const asked = (entry: { text: string; role: SentenceRole }) => Number(entry.role === 'question' && /[?？]$/.test(entry.text));
  const wholeOrder = [...roles].sort((a, b) => asked(a) - asked(b));
  for (const tier of ['whole', 'long', 'late'] as const) {
    for (const { text, role, long: tooLong = false, late = false } of tier === 'late' ? lateOrder : tier === 'whole' ? wholeOrder : roles) {
      if (quoted.includes(text) || !fitting.includes(role)) continue;
      // A role no full frame fits has no short one either.
      const full = frames(text, role);
      if (!full) continue;
      // A whole sentence that no full frame fits is asked in the short frame, beside the long ones; not a
      // resource's, whose short frame ("What does it measure …?") misfires on a sentence about how it was built.
      const long = tooLong || (!late && role !== 'dataset' && candidate('fallback', [text], full, seed) === undefined);
      if ((late ? 'late' : long ? 'long' : 'whole') !== tier) continue;
      // The short frames in order, the shortest last, so that a sentence near the longest quotable is still asked.
      const shorts = ([] as string[]).concat(short?.(text, role) ?? []);
      const c = long ? shorts.map((frame) => candidate('fallback', [text], [], seed, frame)).find(Boolean) : candidate('fallback', [text], full, seed);
      if (c) {
        out.push(late ? { ...c, late } : long ? { ...c, long } : c);
        break;
      }
    }
  }
  const first = pick([0, 1], seed);
  out.push({ slot: 'fallback', quotes: [], text: generic[first]!, generic: true }, { slot: 'fallback', quotes: [], text: generic[1 - first]!, generic: true });
  return out;
}
