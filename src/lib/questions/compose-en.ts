/**
 * English starter questions. Each question either frames one whole sentence of the abstract, quoted
 * exactly as written, or refers to the paper generically ("the paper", "the method"); none splices
 * fragments or names the paper by words taken from its title. The questions asked depend on the kind
 * of paper: no baselines for a theorem, no training cost for a survey.
 */
import type { PaperKind, Reading } from './extract.ts';
import type { RelatedMatch } from './related.ts';
import { pick } from './text.ts';

/** The part of a paper's question set a candidate fills; the generator orders and trims by it. */
export type Slot = 'title' | 'lead' | 'problem' | 'figure' | 'finding' | 'kind' | 'related' | 'fallback';

export interface Candidate {
  slot: Slot;
  text: string;
  /** The sentences the question quotes, so that no two questions quote the same one. */
  quotes: string[];
}

/** Writes the questions of one language from a paper's reading. */
export interface Writer {
  title(r: Reading, seed: string): Candidate | undefined;
  lead(r: Reading, seed: string): Candidate | undefined;
  problem(r: Reading, seed: string): Candidate | undefined;
  figure(r: Reading, seed: string): Candidate | undefined;
  finding(r: Reading, seed: string): Candidate | undefined;
  kind(r: Reading, seed: string): Candidate | undefined;
  related(match: RelatedMatch, seed: string): Candidate | undefined;
  /** Questions for when the rest leave fewer than the minimum: one quoting a sentence, then generic ones. */
  fallbacks(r: Reading, seed: string, quoted: readonly string[]): Candidate[];
}

const q = (sentence: string) => `“${sentence}”`;

/** The longest a question may be, so that it can be read aloud (checks.ts flags more than 400 characters). */
export const MAX_LENGTH = 390;

/**
 * A candidate in one of `options` (chosen by the seed among those short enough), else in `short`
 * when that fits; undefined when nothing does.
 */
export function candidate(slot: Slot, quotes: string[], options: readonly string[], seed: string, short?: string): Candidate | undefined {
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

const LEAD: Record<PaperKind, (s: string, r: Reading) => string[]> = {
  method: (s) => [
    `The authors describe their work this way: ${q(s)} What is new here compared with earlier approaches, and which part of the design would we test first?`,
    `The authors state their contribution as ${q(s)} Which part of the method does the real work, and does an experiment isolate it?`,
  ],
  benchmark: (s, r) => [
    `The authors introduce their ${r.noun ?? 'benchmark'}: ${q(s)} What does it measure that existing ones miss, and how were its items and labels produced and checked?`,
    `${q(s)} If a model scores well on ${thisOne(r.noun, 'benchmark')}, what have we learned about it, and what would we still not know?`,
  ],
  survey: (s, r) => [
    `The authors describe ${thisOne(r.noun, 'survey')} as follows: ${q(s)} How do they organise the field, and is an important line of work missing?`,
    `${q(s)} Which distinctions drawn in ${thisOne(r.noun, 'survey')} are most useful to us, and where does it stay on the surface?`,
  ],
  theory: (s) => [
    `The main result, in the authors' words: ${q(s)} Which assumptions does it need, and how restrictive are they in the cases we care about?`,
    `${q(s)} What does this say in plain words, and which step of the argument carries the weight?`,
  ],
  position: (s) => [
    `The paper's position: ${q(s)} What is the strongest objection to it, and does the paper answer that objection?`,
    `${q(s)} Who would disagree with this, and on what grounds?`,
  ],
  people: (s) => [`The study in the authors' words: ${q(s)} What exactly did the participants do or answer, and how directly does that support the paper's conclusions?`],
  unclear: (s) => [
    `The paper's central statement: ${q(s)} What in the paper supports it most directly, and what would make us doubt it?`,
    `${q(s)} Which result in the paper is the strongest evidence for this, and is it strong enough?`,
  ],
};

const PROBLEM: Partial<Record<PaperKind, (s: string, r: Reading) => string[]>> = {
  theory: (s) => [`The authors motivate the work with this: ${q(s)} Why does the question matter, and what was known about it before this paper?`],
  position: (s) => [`${q(s)} Do we accept this premise, and would the paper's position still hold without it?`],
  survey: (s, r) => [`${q(s)} Does ${thisOne(r.noun, 'survey')} show how the field has responded to this, and which response looks most promising?`],
};
/** A gap in what is known ("remains unclear") is no obstacle to overcome. */
const GAP_EN = /\b(?:unclear|unknown|little is known|under-?explored|understudied|not (?:yet )?(?:been )?(?:well |fully )?understood|open question)\b/i;
const GAP = (s: string) => [`${q(s)} What did we believe about this before reading, and what has the paper settled?`];
const PROBLEM_DEFAULT = (s: string) => [
  `The paper starts from this: ${q(s)} Is that the real obstacle in practice, and what evidence do the authors give for it?`,
  `${q(s)} Have we run into this problem ourselves, and how do we deal with it now?`,
];

const FINDING: Record<PaperKind, (s: string, r: Reading, comparison: boolean) => string[]> = {
  method: (s, _r, comparison) => (comparison ? COMPARED(s) : OBSERVED(s)),
  unclear: (s, _r, comparison) => (comparison ? COMPARED(s) : OBSERVED(s)),
  benchmark: (s, r) => [`${q(s)} Does this say more about the models or about the ${r.noun ?? 'benchmark'}, and how would we tell?`],
  theory: (s) => [`${q(s)} Is there a small example where this can be checked by hand, and does the paper give one?`],
  people: (s) => [`${q(s)} How much of this could come from the way the participants were chosen, or from the way they were asked?`],
  survey: (s, r) => [`${q(s)} Is this a conclusion drawn from the work ${thisOne(r.noun, 'survey')} covers, or the authors' own view, and how could we check?`],
  position: (s) => [`${q(s)} What evidence would convince a sceptic of this, and does the paper provide it?`],
};
const COMPARED = (s: string) => [`${q(s)} Were the baselines given the same data, tuning and compute, and would the ranking hold on data the authors did not choose?`];
const OBSERVED = (s: string) => [
  `The abstract reports: ${q(s)} What else could explain this result, and does the paper rule it out?`,
  `${q(s)} Does this match our own experience, and what would we want to check before relying on it?`,
];

const WHO_TOOK_PART = 'Who took part in the study, how were they recruited, and how far would the findings carry beyond that group?';

const KIND: Partial<Record<PaperKind, (r: Reading) => string[]>> = {
  method: (r) =>
    r.people
      ? [WHO_TOOK_PART]
      : ['In which settings would we expect the method to fail, and does the paper test any of them?', 'Which single result in the paper would most convince a sceptic, and what evidence is missing?'],
  benchmark: (r) => [
    `How could a model score well on ${thisOne(r.noun, 'benchmark')} without having the ability it is meant to measure?`,
    `How would we know whether items of ${thisOne(r.noun, 'benchmark')} had leaked into a model's training data?`,
  ],
  survey: (r) => [`Which work covered in ${thisOne(r.noun, 'survey')} should our group read next, and why?`],
  theory: () => ['Can one of us work through the main result on the smallest non-trivial example at the whiteboard?'],
  position: () => ['If the authors are right, what should change in how we work, and who would have to act first?'],
  people: () => [WHO_TOOK_PART],
};

export const en: Writer = {
  title(r, seed) {
    if (!r.titleQuestion) return undefined;
    const t = r.titleQuestion;
    return candidate('title', [], [`The title asks ${q(t)} What is the paper's answer, and how firmly does its evidence support it?`, `The title asks ${q(t)} Before reading the results, what would each of us have answered?`], seed);
  },
  lead(r, seed) {
    const s = r.en.contribution;
    return s ? candidate('lead', [s], LEAD[r.kind](s, r), seed, `${q(s)} What in the paper supports this most directly?`) : undefined;
  },
  problem(r, seed) {
    const s = r.en.problem;
    if (!s) return undefined;
    const options = PROBLEM[r.kind]?.(s, r) ?? (GAP_EN.test(s) ? GAP(s) : PROBLEM_DEFAULT(s));
    return candidate('problem', [s], options, seed, `${q(s)} How do the authors know?`);
  },
  figure(r) {
    const f = r.en.figure;
    // A figure in a theorem, a survey or a position paper is rarely a measured result.
    if (!f || r.kind === 'theory' || r.kind === 'survey' || r.kind === 'position') return undefined;
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
    return f ? candidate('finding', [f.text], FINDING[r.kind](f.text, r, f.comparison), seed, `${q(f.text)} What else could explain this?`) : undefined;
  },
  kind(r, seed) {
    const options = KIND[r.kind]?.(r);
    return options ? candidate('kind', [], options, seed) : undefined;
  },
  related(match, seed) {
    const title = match.title.replace(/\s+/g, ' ').trim();
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
    const out: Candidate[] = [];
    // Only a sentence in which the authors speak of their own work: background says nothing about the paper.
    const own = r.en.quotable.find((s) => !quoted.includes(s) && /\b(?:we|our|this (?:paper|work|study|article))\b/i.test(s));
    const quoting = own && candidate('fallback', [own], [`The abstract says: ${q(own)} What in the paper supports this most directly, and what would make us doubt it?`], seed, `${q(own)} What in the paper supports this most directly?`);
    if (quoting) out.push(quoting);
    const generic = [
      'Which result in this paper would we most want to check for ourselves, and how would we go about it?',
      "What would we need to know before relying on this paper's conclusions in our own work?",
    ];
    const first = pick([0, 1], seed);
    out.push({ slot: 'fallback', quotes: [], text: generic[first]! }, { slot: 'fallback', quotes: [], text: generic[1 - first]! });
    return out;
  },
};
