/**
 * What a paper says about itself, read from its title, summaries and English abstract with plain
 * patterns (no model, no network): the name of what it contributes, the problem it starts from, how
 * its method works, its findings and figures, what it compares against, the data it is tested on,
 * and the assumptions and limits its wording gives away. The question writers turn these into
 * questions; every field may be missing.
 */
import { acronyms, isNameLike, nameTokens } from './names.ts';
import { comparisonOf, componentsOf, type Components, type Finding, contributionOf, CONTRIBUTION_VERB, findingsOf, firstClaimOf, mechanismOf, problemOf, researchQuestionOf } from './clauses.ts';
import { dataCountsOf, datasetsOf, resultsOf, type ResultClaim } from './figures.ts';
import { limitsOf, type LimitCue } from './limits.ts';
import { titleAsName, titleMentions, titleName, titleShape, titleTopic } from './title.ts';
import { cleanTex, completeClauses, escapeRegExp, sentencesEn, truncatedTail } from './text.ts';

import type { PaperText } from '../paper-text.ts';
export type { ResultClaim } from './figures.ts';
export type { LimitCue, LimitKey } from './limits.ts';

/** The fields of a paper the generator reads (a digest entry or a paper file's frontmatter). */
export interface QuestionPaper extends PaperText {
  abstractTruncated?: boolean;
  abstractZhTruncated?: boolean;
}

/** What kind of contribution the paper makes; it decides which questions matter most. */
export type PaperKind = 'benchmark' | 'dataset' | 'method' | 'analysis' | 'survey' | 'theory' | 'system';

export interface PaperFacts {
  id: string;
  kind: PaperKind;
  /** The name of what the paper contributes ("DRO", "Concept-1K"), when it gives one. */
  name?: string;
  /** The long form of that name, when the abstract spells it out. */
  longName?: string;
  /** Other things the paper names as its own (components, variants). */
  parts: string[];
  /** Earlier methods or models it builds on or compares against. */
  baselines: string[];
  /** Models it evaluates (typical of benchmarks and analyses). */
  evaluated: string[];
  /** Named datasets and benchmarks of its evaluation. */
  datasets: string[];
  /** Unnamed evaluation data as the abstract counts it: "five benchmark datasets". */
  dataCounts: string[];
  /** The title when it is a question ("Do GPTs Produce Less Literal Translations?"). */
  titleQuestion?: string;
  /** The title (or one side of its colon) when it states a claim ("Large Language Models Are Not Abstract Reasoners"). */
  titleClaim?: string;
  /** A short phrase for the paper's subject, from its title ("audio question answering"). */
  topic: string;
  /** The problem the paper starts from, as a clause. */
  problem?: string;
  /** The problem as a noun phrase, when the abstract says "this paper addresses the challenge of …". */
  problemPhrase?: string;
  /** What the paper contributes, as a clause ("a method called DRO … for automatic safety prompt optimization"). */
  contribution?: string;
  /** How the method works, as a clause. */
  mechanism?: string;
  /** The parts the abstract enumerates as (a), (b), … (e.g. Transformer-Lite's four techniques). */
  components?: Components;
  /** The findings it states. */
  findings: Finding[];
  /** The question the paper says it asks: "whether the fixed number of Transformer layers affects …". */
  researchQuestion?: { word: string; text: string };
  /** A claim to be first ("first model to achieve human-expert performance on … MMLU"). */
  firstClaim?: string;
  /** A head-to-head result: who beats whom. */
  comparison?: { winner: string; loser: string; clause: string };
  results: ResultClaim[];
  limits: LimitCue[];
  /** Whether the digest cut the abstract (the evidence is then partly unseen). */
  truncated: boolean;
}

const BASELINE_CONTEXT =
  /\b(?:outperform\w*|over|than|compared (?:to|with)|against|versus|vs\.?|baselines?(?: such as| like| including)?|relative to|existing|previous|prior|prevailing|traditional|conventional|state-of-the-art|such as|like|e\.g\.,?|including|extends?|extending|builds? on|based on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const EVALUATED_CONTEXT = /\b(?:evaluat\w+|test\w*|prompting|benchmark\w*|appl\w+ it to)\b[^.]*\b(?:including|such as|like|models?|LLMs)\s+(?:[\w.+-]+,?\s+(?:and\s+)?){0,12}$/i;

/** Reads the facts a question writer needs from a paper's fields. */
export function extractFacts(paper: QuestionPaper): PaperFacts {
  const abstract = paper.abstract ?? '';
  const truncated = paper.abstractTruncated ?? false;
  const tail = truncatedTail(abstract, truncated);
  // The finished clauses of a cut last sentence ("We augment … in three ways: by using …") still say something.
  const finished = completeClauses(tail);
  const complete = sentencesEn(abstract, truncated);
  const sentences = finished ? [...complete, finished] : complete;
  const title = cleanTex(paper.title);
  const withTail = tail ? [...complete, tail] : complete;
  const fullText = `${title}. ${withTail.join(' ')}`;
  const acronymMap = acronyms(fullText);
  const summary = `${paper.summaryZh ?? ''} ${paper.summaryEn ?? ''}`;
  const summaryNames = new Set(nameTokens(summary).map((t) => t.name));
  const contributionIndex = withTail.findIndex((s) => CONTRIBUTION_VERB.test(s));
  const kind = kindOf(title, withTail.join(' '), withTail[contributionIndex] ?? '');

  // Candidates for the contribution's name, scored by where they appear.
  const scores = new Map<string, number>();
  const strong = new Set<string>();
  const add = (name: string, score: number) => scores.set(name, (scores.get(name) ?? 0) + score);
  const fromTitle = titleName(title);
  if (fromTitle) {
    add(fromTitle, 8);
    strong.add(fromTitle);
    const mentions = abstract.split(fromTitle).length - 1 + (summary.includes(fromTitle) ? 1 : 0);
    add(fromTitle, Math.min(mentions, 3));
  }
  const occurrences = new Map<string, number>();
  const baselines = new Set<string>();
  const evaluated = new Set<string>();
  const datasets = new Set<string>();
  for (const [i, sentence] of withTail.entries()) {
    for (const m of sentence.matchAll(/\b(?:called|named|termed|dubbed|coined|namely)\s+["“'‘]?([A-Za-z][\w$\\{}_^+.-]*(?:\s[A-Z][\w-]*)?)/g)) {
      const name = m[1]!.replace(/[.,]$/, '');
      if (isNameLike(name) || /^[A-Z][a-z]+[A-Za-z-]*$/.test(name)) {
        add(name, 5);
        strong.add(name);
      }
    }
    if (i === contributionIndex) {
      const after = new RegExp(`${CONTRIBUTION_VERB.source}\\s+([A-Z][\\w$\\\\{}_^+.-]*)(?=\\s*[:,(])`, 'i').exec(sentence);
      if (after && !/^(?:A|An|The|This|Our)$/.test(after[1]!)) {
        add(after[1]!, 5);
        strong.add(after[1]!);
      }
    }
    let previous: { end: number; role: 'evaluated' | 'baseline' | 'own' } | undefined;
    for (const t of nameTokens(sentence)) {
      const before = sentence.slice(Math.max(0, t.index - 60), t.index);
      const citation = /^\S+\s*\(\s*[A-Z][\w-]+ (?:et al\.|and [A-Z][\w-]+),? \d{4}/.test(sentence.slice(t.index, t.index + t.name.length + 50));
      // "including InCoder, CodeGen and StarCoder": a list keeps the role of its first name.
      const listed = previous && previous.role !== 'own' && /^\s*(?:,|,?\s+and|,?\s+or|\/)\s*$/.test(sentence.slice(previous.end, t.index));
      if (listed || BASELINE_CONTEXT.test(before) || citation) {
        const role = listed ? previous!.role : EVALUATED_CONTEXT.test(sentence.slice(0, t.index)) ? 'evaluated' : 'baseline';
        (role === 'evaluated' ? evaluated : baselines).add(t.name);
        add(t.name, -3);
        previous = { end: t.index + t.name.length, role };
        continue;
      }
      previous = { end: t.index + t.name.length, role: 'own' };
      if (i === contributionIndex) add(t.name, sentence.indexOf(t.name) < 90 ? 3 : 1);
      // Mentions count a little each (at most 3 in all); the title and the summary count once.
      occurrences.set(t.name, (occurrences.get(t.name) ?? 0) + 1);
      if (occurrences.get(t.name)! <= 6) add(t.name, 0.5);
      if (occurrences.get(t.name) === 1) {
        if (summaryNames.has(t.name)) add(t.name, 1);
        if (titleMentions(title, t.name)) add(t.name, 2);
      }
      if (/\b(?:our|their)\s+(?:[\w-]+\s+){0,2}$/i.test(before)) add(t.name, 2);
    }
    if (i < sentences.length) datasetsOf(sentence).forEach((d) => datasets.add(d));
  }
  for (const name of [...scores.keys()]) if (datasets.has(name) && name !== fromTitle) add(name, -2);

  // "Sentence Simplification (SS)" in a title about sentence simplification names the task, not the contribution.
  // (An acronym the contribution sentence itself defines, "We introduce Safe and Responsible … (SR$_{\text{LLM}}$)", is the contribution.)
  const definedInContribution = (n: string) => {
    const sentence = withTail[contributionIndex] ?? '';
    return sentence.includes(`(${n})`) || sentence.includes(`${n} (`);
  };
  const topicAcronym = (n: string) => {
    const long = acronymMap.get(n)?.toLowerCase();
    return !!long && !strong.has(n) && !(definedInContribution(n) && /^[A-Z]/.test(acronymMap.get(n)!)) && title.toLowerCase().includes(long) && title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim() !== long.replace(/[^a-z0-9]+/g, ' ').trim();
  };
  const ranked = [...scores.entries()]
    .filter(([n]) => (!baselines.has(n) || n === fromTitle) && !topicAcronym(n))
    .filter(([n]) => kind !== 'analysis' || strong.has(n))
    .sort((a, b) => b[1] - a[1] || fullText.indexOf(a[0]) - fullText.indexOf(b[0]));
  const best = ranked[0];
  const name = best && best[1] >= 3 ? best[0] : kind === 'method' || kind === 'system' ? titleAsName(paper.title) : undefined;
  const longName = name ? acronymMap.get(name) : undefined;

  const problem = problemOf(sentences, Math.min(contributionIndex, sentences.length - 1));
  // Names in the problem statement are what the paper improves on (DSS, MRL).
  if (problem.clause) for (const t of nameTokens(problem.clause)) if (t.name !== name && !datasets.has(t.name) && acronymMap.has(t.name)) baselines.add(t.name);
  // An acronym for the field itself ("incremental learning (IL)") is no baseline.
  const titleWords = title.toLowerCase();
  for (const b of [...baselines]) {
    const long = acronymMap.get(b);
    if (long && long.toLowerCase().split(/[\s-]+/).every((w) => titleWords.includes(w))) baselines.delete(b);
  }

  const { question: titleQuestion, claim: titleClaim } = titleShape(paper.title);
  return {
    id: paper.id,
    kind,
    ...(name ? { name } : {}),
    ...(longName ? { longName } : {}),
    parts: ranked
      .filter(([n, s]) => n !== name && s >= 3 && !datasets.has(n) && !(longName && longName.includes(n)))
      .map(([n]) => n)
      .slice(0, 3),
    baselines: [...baselines].filter((b) => b !== name && !datasets.has(b) && !(longName && new RegExp(`\\b${escapeRegExp(b)}\\b`).test(longName))).slice(0, 4),
    evaluated: [...evaluated].filter((b) => b !== name).slice(0, 8),
    datasets: [...datasets].filter((d) => d !== name && !baselines.has(d)).slice(0, 4),
    dataCounts: dataCountsOf(sentences.join(' ')),
    ...(titleQuestion ? { titleQuestion } : {}),
    ...(titleClaim ? { titleClaim } : {}),
    topic: titleTopic(paper.title, fromTitle, `${paper.titleZh ?? ''} ${paper.summaryZh ?? ''} ${paper.abstractZh ?? ''}`),
    ...(problem.clause ? { problem: problem.clause } : {}),
    ...(problem.phrase ? { problemPhrase: problem.phrase } : {}),
    ...optional('contribution', contributionIndex < sentences.length ? contributionOf(sentences[contributionIndex]) : undefined),
    ...optional('mechanism', mechanismOf(sentences, contributionIndex, name)),
    ...optional('components', componentsOf(withTail.join(' '))),
    findings: findingsOf(sentences, contributionIndex),
    ...optional('researchQuestion', researchQuestionOf(withTail)),
    ...optional('firstClaim', firstClaimOf(sentences)),
    ...optional('comparison', comparisonOf(sentences, name)),
    results: resultsOf(sentences, contributionIndex >= 0 ? contributionIndex : Math.max(0, sentences.findIndex((x) => /\b(?:we|our|this (?:paper|work|study))\b/i.test(x))), name),
    limits: limitsOf(sentences, kind === 'benchmark' || kind === 'dataset'),
    truncated,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const ANALYSIS_TITLE =
  /^(?:on|do|does|are|is|can|what|how|why|when|analy[sz]\w+|understanding|exploring|examining|assessing|investigating|comparison|comparative|evaluating|effectiveness|unveiling|probing|measuring|revisiting|rethinking)\b/i;

function kindOf(title: string, text: string, contribution: string): PaperKind {
  const t = title.toLowerCase();
  const c = contribution.toLowerCase();
  const lower = text.toLowerCase();
  if (/\b(?:survey|review|overview)\b/.test(t) && !/\bsurvey data\b/.test(t)) return 'survey';
  if (/\bbenchmark(?:s|ing)?\b/.test(t) || /\b(?:a|new|novel) (?:[\w-]+ ){0,2}benchmark\b/.test(c)) return 'benchmark';
  if (/\b(?:dataset|corpus|survey data|test collection)\b/.test(t) || /\b(?:a|new|novel|two) (?:[\w-]+ ){0,3}(?:dataset|datasets|corpus|test collection)\b/.test(c)) return 'dataset';
  if (/\b(?:we prove|theorem|regret|sample complexity|convergence rate|upper bound|lower bound|minimax)\b/.test(lower)) return 'theory';
  if (ANALYSIS_TITLE.test(title) || (/\bwe (?:investigate|study|analy[sz]e|examine|explore|evaluate|compare|probe|assess)\b/.test(lower) && !/\bwe (?:propose|introduce|present)\b/.test(lower))) return 'analysis';
  if (/\b(?:engine|deployment|tool|platform|prototype|toolkit|technical report)\b/.test(t)) return 'system';
  return 'method';
}
