/**
 * Starter questions for one paper, offline and deterministic. The paper's kind (method, benchmark,
 * survey, theory, position, study with people, or unclear) and a few of its whole sentences are read
 * by extract.ts; compose-en.ts and compose-zh.ts turn them into questions. Two to five questions:
 * fewer when the paper's wording gives little to go on, since a wrong question is worse than none.
 */
import type { BodyLocale } from '../paper-body.ts';
import { en, type Candidate, type Slot, type Writer } from './compose-en.ts';
import { zh } from './compose-zh.ts';
import { readPaper, type QuestionPaper } from './extract.ts';
import { findRelated, type RelatedIndex } from './related.ts';
import { safeInline } from './text.ts';

export interface StarterOptions {
  /** The group's language (default `en`). */
  locale?: BodyLocale;
  /** The papers the group already has, for the "relates to" question. */
  related?: RelatedIndex;
}

export const MIN_QUESTIONS = 2;
export const MAX_QUESTIONS = 5;
/** When the kind of paper is unclear, at most this many. */
const MAX_UNCLEAR = 3;

const WRITERS: Record<BodyLocale, Writer> = { en, 'zh-CN': zh };

/** Which questions are kept when there are too many, most wanted first. */
const KEEP: readonly Slot[] = ['title', 'lead', 'figure', 'finding', 'related', 'kind', 'problem'];
/** The order a reader meets them in: what the paper claims, why, its evidence, then beyond it. */
const SHOW: readonly Slot[] = ['title', 'lead', 'problem', 'figure', 'finding', 'kind', 'fallback', 'related'];

/** Two to five questions about this paper, in the group's language. Same paper, same options: same questions. */
export function starterQuestions(paper: QuestionPaper, options: StarterOptions = {}): string[] {
  const locale = options.locale ?? 'en';
  const writer = WRITERS[locale];
  const reading = readPaper(paper);
  const seed = (slot: string) => `${paper.id}:${slot}`;
  const match = options.related ? findRelated(options.related, paper) : undefined;
  const candidates = [
    writer.title(reading, seed('title')),
    writer.lead(reading, seed('lead')),
    writer.problem(reading, seed('problem')),
    writer.figure(reading, seed('figure')),
    writer.finding(reading, seed('finding')),
    writer.kind(reading, seed('kind')),
    match ? writer.related(match, seed('related')) : undefined,
  ].filter((c): c is Candidate => c !== undefined);

  const max = reading.kind === 'unclear' ? MAX_UNCLEAR : MAX_QUESTIONS;
  const chosen: Candidate[] = [];
  const quoted: string[] = [];
  const take = (c: Candidate) => {
    if (chosen.some((x) => x.text === c.text) || c.quotes.some((s) => quoted.includes(s))) return;
    chosen.push(c);
    quoted.push(...c.quotes);
  };
  for (const slot of KEEP) {
    const c = candidates.find((x) => x.slot === slot);
    if (c && chosen.length < max) take(c);
  }
  for (const c of writer.fallbacks(reading, seed('fallback'), quoted)) if (chosen.length < MIN_QUESTIONS) take(c);
  return chosen.sort((a, b) => SHOW.indexOf(a.slot) - SHOW.indexOf(b.slot)).map((c) => safeInline(c.text));
}
