/**
 * Starter questions for one paper, offline and deterministic: facts are read from the paper's own
 * fields (src/lib/questions/extract.ts) and written up by the group's language. Four to six
 * questions: the premise, the idea, the evidence, a comparison, a limit, and — when the group
 * already has a paper on the same subject — how the two relate.
 */
import type { BodyLocale } from '../paper-body.ts';
import * as en from './compose-en.ts';
import * as zh from './compose-zh.ts';
import type { Candidate } from './compose-en.ts';
import { extractFacts, type PaperFacts, type QuestionPaper } from './extract.ts';
import { extractZh } from './extract-zh.ts';
import { findRelated, type RelatedIndex, type RelatedMatch } from './related.ts';
import { safeInline } from './text.ts';

export interface StarterOptions {
  /** The group's language (default `en`). */
  locale?: BodyLocale;
  /** Titles of the papers the group already has, for the "relates to" question. */
  related?: RelatedIndex;
}

export const MIN_QUESTIONS = 4;
export const MAX_QUESTIONS = 6;

interface Writer {
  premise(f: PaperFacts): Candidate | undefined;
  titleClaim(f: PaperFacts): Candidate | undefined;
  idea(f: PaperFacts): Candidate | undefined;
  finding(f: PaperFacts, nth?: number): Candidate | undefined;
  firstClaim(f: PaperFacts): Candidate | undefined;
  evidence(f: PaperFacts): Candidate | undefined;
  comparison(f: PaperFacts): Candidate | undefined;
  limits(f: PaperFacts): Candidate[];
  related(f: PaperFacts, match: RelatedMatch | undefined): Candidate | undefined;
  fallbacks(f: PaperFacts): Candidate[];
}

const WRITERS: Record<BodyLocale, Writer> = { en, 'zh-CN': zh };

/** Whether two quoted clauses say the same thing: one holds the other, or they share five words in a row. */
function overlaps(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const grams = (t: string) => {
    const w = t.toLowerCase().split(/\W+/).filter(Boolean);
    return new Set(w.slice(0, Math.max(0, w.length - 4)).map((_, i) => w.slice(i, i + 5).join(' ')));
  };
  const ga = grams(a);
  for (const g of grams(b)) if (ga.has(g)) return true;
  return false;
}

/** Four to six questions about this paper, in the group's language. Same paper, same options: same questions. */
export function starterQuestions(paper: QuestionPaper, options: StarterOptions = {}): string[] {
  const locale = options.locale ?? 'en';
  const facts = locale === 'zh-CN' ? { ...extractFacts(paper), zh: extractZh(paper), enTitle: paper.title } : extractFacts(paper);
  const writer = WRITERS[locale];
  const match = options.related ? findRelated(options.related, paper, [facts.name ?? '', ...facts.parts, ...facts.datasets].filter((x) => x && !/\s/.test(x))) : undefined;
  const limits = writer.limits(facts);
  const premise = writer.premise(facts);
  const claim = writer.titleClaim(facts);
  const main = [
    premise ?? claim,
    writer.idea(facts),
    writer.evidence(facts),
    writer.comparison(facts),
    writer.finding(facts),
    writer.firstClaim(facts),
    limits[0],
    premise ? claim : undefined,
    writer.finding(facts, 1),
    limits[1],
  ];
  const chosen: Candidate[] = [];
  const used: string[] = [];
  const take = (c: Candidate | undefined, max: number) => {
    if (!c || chosen.length >= max) return;
    if (c.uses.some((u) => used.some((v) => overlaps(u, v)))) return;
    if (chosen.some((x) => x.text === c.text || (x.slot === c.slot && !c.slot.startsWith('limit')))) return;
    chosen.push(c);
    used.push(...c.uses);
  };
  main.forEach((c) => take(c, MAX_QUESTIONS - 1));
  take(writer.related(facts, match), MAX_QUESTIONS);
  for (const c of [...limits.slice(1), ...writer.fallbacks(facts)]) {
    if (chosen.length >= MIN_QUESTIONS) break;
    take(c, MIN_QUESTIONS);
  }
  return chosen.map((c) => safeInline(c.text));
}
