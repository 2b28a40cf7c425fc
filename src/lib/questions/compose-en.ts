/**
 * English starter questions from a paper's facts. Each slot (premise, idea, finding, evidence,
 * comparison, limit, related work) has several phrasings; which one a paper gets depends on its id,
 * so two papers with similar facts still read differently. Every question quotes or names something
 * from its own paper.
 */
import type { PaperFacts, ResultClaim } from './extract.ts';
import type { LimitCue } from './limits.ts';
import type { RelatedMatch } from './related.ts';
import { countWord, joinNames, pick, upperFirst } from './text.ts';

export interface Candidate {
  slot: string;
  text: string;
  /** The clauses the question quotes, so that no two questions quote the same words. */
  uses: string[];
}

const q = (clause: string) => `“${clause}”`;

/** "they carefully design …" reads better as "the authors carefully design …". */
function authors(clause: string): string {
  return clause.replace(/^they\b/i, 'the authors').replace(/^their\b/i, "the authors'");
}

function sentence(clause: string): string {
  return upperFirst(authors(clause));
}

/** How to refer to the paper's contribution: its name, else a phrase with its subject. */
export function labelOf(f: PaperFacts): string {
  if (f.name) return f.name;
  switch (f.kind) {
    case 'analysis':
      return `this study of ${f.topic}`;
    case 'survey':
      return `this survey of ${f.topic}`;
    case 'theory':
      return `this analysis of ${f.topic}`;
    case 'benchmark':
    case 'dataset':
      return `the ${f.kind} for ${f.topic}`;
    default:
      return `the authors' approach to ${f.topic}`;
  }
}

export function premise(f: PaperFacts): Candidate | undefined {
  const seed = `${f.id}:premise`;
  if (f.titleQuestion) {
    const t = f.titleQuestion;
    return {
      slot: 'premise',
      uses: [],
      text: pick(
        [
          `The title asks ${q(t)} What is the paper's answer, and does its evidence settle the question or only lean one way?`,
          `${q(t)} Before looking at the results, what would each of us have answered, and did the paper change anyone's mind?`,
          `The title asks ${q(t)} Which experiment comes closest to answering it, and what would a convincing answer need that the paper lacks?`,
        ],
        seed,
      ),
    };
  }
  if (f.problem && /\b(?:unclear|unknown|not (?:yet )?(?:been )?(?:fully |well )?understood|understudied|under-explored|underexplored|little is known|open question)\b/i.test(f.problem)) {
    const c = authors(f.problem);
    return {
      slot: 'premise',
      uses: [f.problem],
      text: pick(
        [
          `The authors point to a gap: ${c}. After reading, what exactly has the paper clarified, and what is still open?`,
          `The paper says ${c}. What would we have guessed, and does the paper change that picture?`,
        ],
        seed,
      ),
    };
  }
  if (f.problem) {
    const c = authors(f.problem);
    return {
      slot: 'premise',
      uses: [f.problem],
      text: pick(
        [
          `The paper starts from the claim that ${c}. Is that the real bottleneck in practice, and what evidence do the authors give for it?`,
          `How convincing is the premise that ${c}? Which results would look different if it were only partly true?`,
          `The motivation: ${q(c)}. Have we run into this ourselves, or is it mainly visible on benchmarks?`,
          `Do we accept the motivating problem — ${c}? Who besides the authors has shown it, and how big is it?`,
          `Is it really true that ${c}? What would we have to measure to check, and has anyone done so?`,
        ],
        seed,
      ),
    };
  }
  if (f.problemPhrase) {
    return {
      slot: 'premise',
      uses: [f.problemPhrase],
      text: pick(
        [
          `The paper tackles ${f.problemPhrase}. How often does this happen in real systems, and how was it handled before ${labelOf(f)}?`,
          `How realistic is the setting the paper targets — ${f.problemPhrase}? Can we name a case from our own work?`,
        ],
        seed,
      ),
    };
  }
  if (f.researchQuestion) return researchQuestion(f);
  return undefined;
}

export function researchQuestion(f: PaperFacts): Candidate | undefined {
  if (!f.researchQuestion) return undefined;
  const { word, text } = f.researchQuestion;
  if (!word) {
    return {
      slot: 'question',
      uses: [text],
      text: pick(
        [`The paper asks: ${q(text)} What would you have predicted before reading it, and how do the authors find out?`, `${q(text)} — the authors' own question. Is their experiment able to answer it, and would we have asked it differently?`],
        `${f.id}:question`,
      ),
    };
  }
  const r = `${word} ${authors(text)}`;
  return {
    slot: 'question',
    uses: [text],
    text: pick(
      [
        `The paper asks ${r}. What would you have predicted before reading it, and how do the authors find out?`,
        `The authors set out to learn ${r}. Is their experiment able to answer that, and what would we do differently depending on the answer?`,
      ],
      `${f.id}:question`,
    ),
  };
}

export function titleClaim(f: PaperFacts): Candidate | undefined {
  if (!f.titleClaim) return undefined;
  const c = f.titleClaim;
  return {
    slot: 'claim',
    uses: [],
    text: pick(
      [
        `The title claims ${q(c)}. What observation would falsify that, and does the paper run anything close to it?`,
        `${q(c)} is a strong title. Is the evidence as strong, or does it hold only for the setups the authors tried?`,
        `Taking the title at its word — ${q(c)} — what should change in how we build or use these systems?`,
      ],
      `${f.id}:claim`,
    ),
  };
}

function mechanismQuestion(f: PaperFacts, m: string, seed: string): string {
  // "X uses an intermediate CTC output as criteria to …": the signal it trusts can be wrong.
  const signal = /\b(?:uses?|relies on|employs?)\s+((?:an?|the)\s+[^,;:]{4,60}?)\s+(?:as|to)\b/i.exec(m)?.[1];
  const options = [
    `${sentence(m)}. Which part of that design carries the gain, and is there an ablation that isolates it?`,
    `How exactly does it work — ${q(authors(m))}? Could one of us sketch it on the whiteboard, and where is the step that is not obvious?`,
    `${sentence(m)}. What would break if we removed or simplified that step?`,
    `Why should this work: ${q(authors(m))}? What is the intuition, and in which situation would it fail?`,
  ];
  if (signal) return `${sentence(m)}. What happens when ${signal.replace(/^an?\s/i, 'the ')} is wrong or noisy — can the method recover?`;
  return pick(options, seed);
}

export function idea(f: PaperFacts): Candidate | undefined {
  const seed = `${f.id}:idea`;
  const label = labelOf(f);
  if (f.kind === 'benchmark' || f.kind === 'dataset') {
    if (f.mechanism) {
      const built = f.mechanism;
      return {
        slot: 'idea',
        uses: [built],
        text: pick(
          [
            `What does ${label} measure that existing ${f.kind}s miss? Its construction — ${q(authors(built))} — decides what it rewards; is that what we want?`,
            `${sentence(built)}. Which design choice in ${label} most shapes what a high score means, and is that the ability we care about?`,
            `How were the items and labels of ${label} produced and checked (${q(authors(built))}), and where could that process introduce bias?`,
          ],
          seed,
        ),
      };
    }
    return {
      slot: 'idea',
      uses: [],
      text: pick(
        [
          `What does ${label} measure that existing ${f.kind}s miss, and how were its items and labels produced and checked?`,
          `If a model does well on ${label}, what exactly do we learn about it — and what would we still not know?`,
        ],
        seed,
      ),
    };
  }
  if (f.components) {
    const { noun, items } = f.components;
    const n = countWord(items.length);
    return {
      slot: 'idea',
      uses: [],
      text: pick(
        [
          `${upperFirst(label)} rests on ${n} ${noun}: ${joinNames(items)}. Which of them buys most of the improvement, and is there an ablation that shows it?`,
          `Of the ${n} ${noun} — ${joinNames(items)} — which would we keep if we could implement only one, and why?`,
        ],
        seed,
      ),
    };
  }
  if (f.mechanism && f.kind !== 'analysis' && f.kind !== 'survey') return { slot: 'idea', uses: [f.mechanism], text: mechanismQuestion(f, f.mechanism, seed) };
  if (f.contribution) {
    const c = authors(f.contribution);
    return {
      slot: 'idea',
      uses: [f.contribution],
      text: pick(
        [
          `The paper proposes ${c}. What exactly is new here, compared with what the field already had?`,
          `What is the core idea of ${c}, in two sentences, and which part would we reuse elsewhere?`,
          `The contribution is ${c}. Which design decision behind it would we question first?`,
        ],
        seed,
      ),
    };
  }
  if (f.mechanism) {
    return {
      slot: 'idea',
      uses: [f.mechanism],
      text: pick(
        [
          `${sentence(f.mechanism)}. Is that a fair test, and what would a cleaner or more decisive experiment look like?`,
          `${sentence(f.mechanism)}. What confounds could make the comparison misleading?`,
        ],
        seed,
      ),
    };
  }
  return undefined;
}

/** A question about one of the paper's findings (the first one not already quoted elsewhere). */
export function finding(f: PaperFacts, nth = 0): Candidate | undefined {
  const seed = `${f.id}:finding${nth}`;
  const found = f.findings.filter((x) => x.text !== f.problem && !/\d/.test(x.text) && !(f.comparison && f.comparison.clause.includes(x.text.slice(0, 40))))[nth];
  if (!found) return undefined;
  const c = authors(found.text);
  if (!found.clause) {
    return {
      slot: `finding${nth}`,
      uses: [found.text],
      text: pick([`The authors observe ${c}. By how much, measured how — and what does it cost in other qualities?`, `The abstract reports ${c}. How is that measured, and is the effect big enough to matter in practice?`], seed),
    };
  }
  if (/\b(?:fail|fails|failed|struggle|struggles|cannot|still suffer)/i.test(found.text)) {
    return {
      slot: `finding${nth}`,
      uses: [found.text],
      text: pick([`${sentence(found.text)}. Why — is it the setting itself, or how those methods were configured?`, `The abstract says ${c}. What would it take to fix that, and is the paper pointing the way?`], seed),
    };
  }
  return {
    slot: `finding${nth}`,
    uses: [found.text],
    text: pick(
      [
        `The authors find that ${c}. Does that match our experience, and what else could produce the same result?`,
        `${sentence(found.text)} — is the effect large enough to matter, and would it survive other models, data or prompts?`,
        `If it is true that ${c}, what follows for how we work, and what would we still want to check first?`,
        `What mechanism would explain that ${c}? Does the paper test that explanation, or only report the effect?`,
      ],
      seed,
    ),
  };
}

function fractionQuestion(r: ResultClaim, seed: string): string {
  const [won, all] = r.parts!;
  const missed = all - won;
  const noun = /\bof\s+\d+\s+(?:of\s+)?(?:these\s+|the\s+)?([a-z][\w-]*)/i.exec(r.clause)?.[1] ?? 'cases';
  const which = missed === 1 ? `Which ${noun.replace(/s$/, '')} is the exception` : `Which ${countWord(missed)} ${noun} are the exceptions`;
  return pick([`${sentence(r.clause)}. ${which}, and what do they say about the limits?`, `${sentence(r.clause)}. ${which} — noise, or a real weakness?`], seed);
}

export function evidence(f: PaperFacts): Candidate | undefined {
  const seed = `${f.id}:evidence`;
  const label = labelOf(f);
  const r = f.results[0];
  if (r) {
    const c = sentence(r.clause);
    let text: string;
    const factors = f.results.filter((x) => x.kind === 'factor' && x.clause === r.clause);
    if (r.kind === 'fraction' && r.parts) text = fractionQuestion(r, seed);
    else if (r.kind === 'factor' && factors.length >= 2 && r.datasets.length >= 2) {
      text = `${c}. Why is the factor so different between ${joinNames(r.datasets.slice(0, 2).reverse())}, and what does that say about where ${label} helps most?`;
    } else if (r.kind === 'factor') {
      text = pick(
        [
          `${c}. What does ${r.figure} mean in wall-clock time and memory, and what does it cost in quality?`,
          `${c}. Is ${r.figure} measured against a strong baseline, and would we see it on our own hardware and data?`,
        ],
        seed,
      );
    } else if (r.kind === 'few') {
      const what = r.figure.replace(/^(?:only|just|merely|as few as)\s+/i, '');
      text = pick(
        [
          `${c}. Why would ${what} be enough, and how sensitive is the result to which ones are chosen?`,
          `${c}. What is it about ${what} that works here, and would the effect hold for other tasks?`,
        ],
        seed,
      );
    } else if (r.kind === 'percent' || r.kind === 'score') {
      text = pick(
        [
          `${c}. How large is ${r.figure} next to run-to-run variance, and is it measured on the metric that matters for ${f.topic}?`,
          `${c}. Is ${r.figure} enough to change what we would use in practice? What do the remaining errors look like?`,
          `${c}. Where does the difference come from — which examples flip — and do the authors report variance or significance?`,
        ],
        seed,
      );
    } else {
      text = pick(
        [
          `${c}. Is that enough to support the conclusions, and how were they chosen?`,
          `${c}. How representative is that, and what is missing that we would care about?`,
        ],
        seed,
      );
    }
    return { slot: 'evidence', uses: [r.clause], text };
  }
  const first = firstClaim(f);
  if (first) return first;
  if (f.datasets.length > 0) {
    return {
      slot: 'evidence',
      uses: [],
      text: pick(
        [
          `The evidence comes from ${joinNames(f.datasets)}. Would you expect ${label} to hold up on noisier or different data, and why?`,
          `How much of the case for ${label} rests on ${joinNames(f.datasets)}, and what would a harder test look like?`,
        ],
        seed,
      ),
    };
  }
  if (f.dataCounts.length > 0 && !f.limits.some((l) => l.key === 'proprietary')) {
    return {
      slot: 'evidence',
      uses: [],
      text: `The results for ${label} are reported on ${joinNames(f.dataCounts)}. Which of these would we most want to see broken down, and what would convince a sceptic?`,
    };
  }
  return undefined;
}

/** "The first model to achieve human-expert performance on MMLU": what is measured there? */
export function firstClaim(f: PaperFacts): Candidate | undefined {
  if (!f.firstClaim) return undefined;
  return {
    slot: 'first',
    uses: [f.firstClaim],
    text: `The abstract claims the ${authors(f.firstClaim)}. What exactly is measured there, and does the claim say more about ${labelOf(f)} or about the test?`,
  };
}

export function comparison(f: PaperFacts): Candidate | undefined {
  const seed = `${f.id}:comparison`;
  const label = labelOf(f);
  if (f.comparison) {
    const { winner, loser, clause } = f.comparison;
    return {
      slot: 'comparison',
      uses: [clause],
      text: pick(
        [
          `${sentence(clause)}. Why would ${winner} do better than ${loser} here — size, training data, or how the comparison is set up? Would the ranking survive a different setup?`,
          `${sentence(clause)}. Is the comparison fair (same data, tuning and compute), and what would close the gap?`,
        ],
        seed,
      ),
    };
  }
  if (f.evaluated.length >= 2) {
    const models = joinNames(f.evaluated.slice(0, 5));
    return {
      slot: 'comparison',
      uses: [],
      text: pick(
        [
          `${upperFirst(label)} is used to compare ${models}. Does it separate them in a way that matches what we know of these models, or does it mostly measure size?`,
          `Which of ${models} does ${label} rank surprisingly, and what does that tell us about the benchmark or the model?`,
        ],
        seed,
      ),
    };
  }
  if (f.baselines.length > 0) {
    const b = joinNames(f.baselines.slice(0, 3), 'or');
    return {
      slot: 'comparison',
      uses: [],
      text: pick(
        [
          `How does ${label} really differ from ${b}? If we already used ${f.baselines[0]}, what would switching buy us?`,
          `${upperFirst(label)} is set against ${b}. Are those baselines tuned as carefully, and is a stronger or simpler one missing?`,
          `What does ${label} keep from ${b}, and what does it change? Is the change what makes the difference?`,
        ],
        seed,
      ),
    };
  }
  return undefined;
}

/** "on-device" → "on device", "mobile phones" → "on mobile phones". */
function hardwarePlace(phrase: string): string {
  if (/^on-device$/i.test(phrase)) return 'on device';
  if (/^memory-constrained$/i.test(phrase)) return 'under tight memory';
  if (/^(?:Qualcomm|MTK|MediaTek|Snapdragon)$/i.test(phrase)) return `on ${phrase} chips`;
  if (/^CPU inference$/i.test(phrase)) return 'on CPUs';
  return `on ${phrase}`;
}

const LIMIT_WRITERS: Record<LimitCue['key'], (c: LimitCue, f: PaperFacts, label: string) => string> = {
  assumption: (c) => `The work rests on an assumption (${q(authors(c.clause))}). When does it break, and what happens to the results then?`,
  theory: (c) => `Which assumptions do the guarantees need (${q(authors(c.clause))}), and are they plausible for the data and models we use?`,
  synthetic: (c) => `Much depends on generated data (${q(authors(c.clause))}). How close is it to the real thing, and how would the results change on data nobody generated?`,
  judge: (c) => `Part of the evaluation is done by a model as judge (${q(authors(c.clause))}). How much could the judge's own preferences shape the conclusions?`,
  contamination: (c, _f, label) => `The items of ${label} come ${/^from\b/i.test(c.phrase) ? c.phrase : `from ${c.phrase.replace(/^(?:using|on)\s+/i, '')}`} (${q(authors(c.clause))}). Could the evaluated models have seen them in pre-training, and how would we tell?`,
  proprietary: (c) => `Part of the evidence uses ${c.phrase} (${q(authors(c.clause))}). How much of the result can anyone outside the authors' lab check or reproduce?`,
  annotation: (c) => `Who did the annotation (${q(authors(c.clause))}), how well did the annotators agree, and could their choices shape the results?`,
  hardware: (c, _f, label) => `What does ${label} give up to run ${hardwarePlace(c.phrase)} (${q(authors(c.clause))}) — and are latency numbers enough, or do we need energy and heat too?`,
  privacy: (c) => `What threat model and privacy budget are assumed (${q(authors(c.clause))}), and would the protection hold against a stronger attacker?`,
  clinical: (c) => `Before anyone relies on this with real patients or clinical data (${q(authors(c.clause))}), what validation would be needed beyond the paper's experiments?`,
  language: (c) => `The work is tied to ${c.phrase} (${q(authors(c.clause))}). Which parts would carry over to other languages or cultures, and which would not?`,
  simulation: (c, _f, label) => `How much of what works in ${c.phrase} (${q(authors(c.clause))}) would transfer to messier real settings for ${label}?`,
  unsupervised: (c, _f, label) => `The setting is ${c.phrase.toLowerCase()} (${q(authors(c.clause))}). What quietly plays the role of supervision in ${label} — a seed set, a pretrained model, a threshold — and how sensitive is the result to it?`,
  scale: (c) => `Would the conclusions hold at other model scales (${q(authors(c.clause))})? Which way would you bet, and why?`,
  domain: (c, _f, label) => `The target is ${c.phrase} (${q(authors(c.clause))}). How much of ${label} is specific to that domain, and what would it take to move it to another?`,
  generalization: (c) => `How different from the training data are the ${c.phrase.toLowerCase()} cases really (${q(authors(c.clause))}), and would a harder split change the story?`,
  participants: (c) => `Who are the ${/^N\s?=/.test(c.phrase) ? 'people in the sample' : c.phrase} (${q(authors(c.clause))}), and how far do their answers generalise beyond this group?`,
};

/** Limit questions, most telling cue first, then one by kind of paper. */
export function limits(f: PaperFacts): Candidate[] {
  const label = labelOf(f);
  const out: Candidate[] = f.limits.map((c) => ({ slot: `limit:${c.key}`, uses: [c.clause], text: LIMIT_WRITERS[c.key](c, f, label) }));
  const seed = `${f.id}:limit`;
  if (f.kind === 'benchmark' || f.kind === 'dataset') {
    out.push({
      slot: 'limit:kind',
      uses: [],
      text: pick([`How long until ${label} is saturated or leaks into training data, and what would keep it useful?`, `What would a model need to do to score well on ${label} without having the ability it is meant to measure?`], seed),
    });
  } else if (f.kind === 'analysis' || f.kind === 'survey') {
    out.push({ slot: 'limit:kind', uses: [], text: `Could a different setup — other models, data or prompts — reverse the conclusions about ${f.topic}?` });
  } else {
    out.push({
      slot: 'limit:kind',
      uses: [],
      text: pick(
        [
          `Where would you expect ${label} to fail — which inputs or settings do the experiments not cover?`,
          `What does ${label} cost that the headline numbers do not show: training time, tuning effort, or extra components?`,
          `Which single experiment would most convince a sceptic that ${label} works outside the paper's own setting?`,
        ],
        seed,
      ),
    });
  }
  return out;
}

export function related(f: PaperFacts, match: RelatedMatch | undefined): Candidate | undefined {
  if (!match) return undefined;
  const shared = joinNames(match.shared);
  const title = match.title.replace(/\s+/g, ' ');
  const label = labelOf(f);
  return {
    slot: 'related',
    uses: [],
    text: pick(
      [
        `We already have “${title}” (${match.id}), which also deals with ${shared}. Does ${label} agree with it, and would the two make a good pair for one session?`,
        `How does ${label} compare with “${title}” (${match.id}) on our list — both touch on ${shared}? Where do they disagree?`,
        `Read next to “${title}” (${match.id}), which we already have: what does ${label} add on ${shared}?`,
      ],
      `${f.id}:related`,
    ),
  };
}

/** Questions to fall back on when the abstract gives little: still about this paper's name or subject. */
export function fallbacks(f: PaperFacts): Candidate[] {
  const label = labelOf(f);
  const out: Candidate[] = [];
  const rq = f.problem ? researchQuestion(f) : undefined;
  if (rq) out.push(rq);
  const second = finding(f, 1);
  if (second) out.push(second);
  if (f.mechanism) out.push({ slot: 'idea2', uses: [f.mechanism], text: mechanismQuestion(f, f.mechanism, `${f.id}:idea2`) });
  if (f.contribution) out.push({ slot: 'contribution2', uses: [f.contribution], text: `The paper's contribution is ${authors(f.contribution)}. Which part of it would we reuse, and which part would we question first?` });
  if (f.longName && f.name) out.push({ slot: 'name', uses: [], text: `${f.name} stands for ${q(f.longName)}. Which part of that name does the real work in the results?` });
  const practice = [
    `If we wanted to try ${label} on our own problems, what would we need that the paper does not give us — code, data, compute?`,
    `What is the most natural follow-up to ${label}, and what would it take for our group to try it?`,
    `Which result about ${label} would you most want to reproduce, and how expensive would that be?`,
    `Who would benefit first if ${label} works as claimed, and who should be cautious?`,
  ];
  // Rotate by paper, so papers that end up with the same kind of filler do not get the same words.
  const start = practice.indexOf(pick(practice, `${f.id}:practice`));
  for (let i = 0; i < practice.length; i++) out.push({ slot: `practice${i}`, uses: [], text: practice[(start + i) % practice.length]! });
  return out;
}
