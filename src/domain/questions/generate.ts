/**
 * Starter questions for one paper, offline and deterministic. The paper's kind (method, benchmark,
 * survey, theory, position, study with people, or unclear) and a few of its whole sentences are read
 * by extract.ts, each with its role (a claim, a result, a study's design, …); compose-en.ts and
 * compose-zh.ts put each into a frame that fits its role. Up to five questions, each carrying
 * something of the paper's own (a quoted whole sentence, a figure with its measure, the title's
 * question, the related paper's title). Questions that could be asked of any paper are filler: one
 * is asked only when nothing specific can be, so that the section is never empty. Two or more when
 * the paper's wording gives that much, fewer otherwise, since a wrong or empty question is worse than none.
 */
import type { BodyLocale } from '../paper-body.ts';
import { en, GENERIC_EN, type QuestionCandidate, type Slot, type Writer } from './compose-en.ts';
import { GENERIC_ZH, zh } from './compose-zh.ts';
import { ALSO } from '../contribution-sentence.ts';
import { readPaper, type QuestionPaper, type Roles, type SentenceRole } from './extract.ts';
import { findRelated, type KnownPaperIndex } from './related.ts';
import { restates, safeInline } from './text.ts';

export interface StarterOptions {
  /** The group's language (default `en`). */
  locale?: BodyLocale;
  /** The papers the group already has, for the "relates to" question. */
  related?: KnownPaperIndex;
}

/** Whether a question could be asked of any paper (the generator writes one only when nothing specific can be asked). */
export function isGenericQuestion(text: string): boolean {
  return (GENERIC_EN as readonly string[]).includes(text) || (GENERIC_ZH as readonly string[]).includes(text);
}

/** The fewest questions: one, a generic one only when nothing specific can be asked. */
export const MIN_QUESTIONS = 1;
/** Quoting fallbacks are added until a paper has this many specific questions, when it has that many. */
const WANTED = 2;
export const MAX_QUESTIONS = 5;
/** When the kind of paper is unclear, at most this many. */
const MAX_UNCLEAR = 3;

const WRITERS: Record<BodyLocale, Writer> = { en, 'zh-CN': zh };

/** Which questions are kept when there are too many, most wanted first. */
const KEEP: readonly Slot[] = ['title', 'lead', 'summary', 'figure', 'finding', 'related', 'kind', 'problem'];
/** The order a reader meets them in: what the paper claims, why, its evidence, then beyond it. */
const SHOW: readonly Slot[] = ['title', 'lead', 'summary', 'problem', 'figure', 'finding', 'kind', 'fallback', 'related'];

/**
 * The roles of a sentence that no lead frame fits but that may still say what the authors set out to do:
 * a study's topic outside a theory paper, a sentence no rule reads, a survey-like sentence in a paper
 * that is no survey ("This paper reports a single … case study"), a resource in a paper that is no
 * benchmark ("This paper introduces Croissant, a metadata format for datasets …").
 */
const AIM_ROLES: readonly SentenceRole[] = ['setting', 'other', 'survey', 'dataset'];
/** Beyond {@link ALSO}, the openings of a side remark that the contribution question never frames. */
const SIDE_REMARK = /^(?:We further\b|Finally\b|最后|同时)/;

/**
 * The sentences {@link Writer.aim} may frame, in order: the contribution sentence, then the others,
 * none that points back ("late"), adds to what came before ("We also …", "此外"), is already quoted, or
 * has a role whose own frame fits.
 */
function aimSentences(roles: Roles, quoted: readonly string[]): Roles['roles'] {
  const contribution = roles.roles.find((x) => x.text === roles.contribution);
  const others = roles.roles.filter((x) => x !== contribution && !x.late);
  return (contribution ? [contribution, ...others] : others).filter((x) => !ALSO.test(x.text) && !SIDE_REMARK.test(x.text) && !quoted.includes(x.text) && AIM_ROLES.includes(x.role));
}

/**
 * The similarity (see CLEARLY_RELATED_BAR in src/domain/related/related-index.ts, 0.10) from which the question
 * that names a related paper is asked beside others. Of the 525 related-paper questions of the judged samples H
 * to BK that the engine still pairs, those it scored below 0.12 were usable 60% of the time (46% in the samples
 * judged since AE, more strictly), against 72–75% from 0.12 to 0.17 and 94 of the 98 from 0.17.
 */
export const CONFIDENT_RELATED_SCORE = 0.12;

/** The candidate marked weak when `weak` holds (asked only where nothing else about the paper is). */
function tentative(c: QuestionCandidate | undefined, weak: boolean): QuestionCandidate | undefined {
  return c && weak ? { ...c, weak: true } : c;
}

/** One to five questions about this paper, in the group's language. Same paper, same options: same questions. */
export function starterQuestions(paper: QuestionPaper, options: StarterOptions = {}): string[] {
  const locale = options.locale ?? 'en';
  const writer = WRITERS[locale];
  const reading = readPaper(paper);
  const seed = (slot: string) => `${paper.id}:${slot}`;
  // Nothing but a generic question for a withdrawn paper, not even how it relates to others.
  const match = options.related && !reading.withdrawn ? findRelated(options.related, paper) : undefined;
  const candidates = [
    writer.title(reading, seed('title')),
    writer.lead(reading, seed('lead')),
    writer.summary(reading, seed('summary')),
    writer.problem(reading, seed('problem')),
    writer.figure(reading, seed('figure')),
    writer.finding(reading, seed('finding')),
    writer.kind(reading, seed('kind')),
    match ? tentative(writer.related(match, seed('related')), match.score < CONFIDENT_RELATED_SCORE) : undefined,
  ].filter((c): c is QuestionCandidate => c !== undefined);

  const max = reading.kind === 'unclear' ? MAX_UNCLEAR : MAX_QUESTIONS;
  const chosen: QuestionCandidate[] = [];
  const quoted: string[] = [];
  // The digest's summary is asked only when it says more than the sentences the other questions quote.
  const others = candidates.filter((c) => c.slot !== 'summary').flatMap((c) => c.quotes);
  // The same frame around two sentences ("What is new here …?" twice, two "核心主张") reads as a template, not a discussion.
  const frame = (c: QuestionCandidate) => c.quotes.reduce((text, quote) => text.replace(quote, ''), c.text);
  const take = (c: QuestionCandidate) => {
    if (chosen.some((x) => x.text === c.text || frame(x) === frame(c)) || c.quotes.some((s) => quoted.includes(s))) return;
    if (c.slot === 'summary' && c.quotes.some((s) => others.some((o) => restates(s, o)))) return;
    chosen.push(c);
    quoted.push(...c.quotes);
  };
  // A gap in the literature ("little work has studied …") makes a weak premise: asked only when little else can be.
  const gap = (locale === 'en' ? reading.en : reading.zh).problemRole === 'gap' ? candidates.find((x) => x.slot === 'problem') : undefined;
  // A digest summary that states no result ("本文提出了一种……框架") restates what the paper is about: beside any
  // question about the paper itself it adds nothing to check (a fifth of those judged were worth asking), so
  // it is asked only when no such question is, before a generic one.
  // A pairing the engine only just finds (similarity under CONFIDENT_RELATED_SCORE) is as often a shared word as a
  // shared subject: asked, like the restating summary, only where nothing about the paper itself is.
  const lastResorts = candidates.filter((x) => x.weak && (x.slot === 'summary' || x.slot === 'related'));
  for (const slot of KEEP) {
    const c = candidates.find((x) => x.slot === slot);
    if (c && c !== gap && !lastResorts.includes(c) && chosen.length < max) take(c);
  }
  const fallbacks = writer.fallbacks(reading, seed('fallback'), quoted);
  for (const c of fallbacks) if (!c.generic && !c.long && !c.late && chosen.length < Math.min(WANTED, max)) take(c);
  if (gap && chosen.length < Math.min(WANTED, max)) take(gap);
  // A sentence too long for the full frames, quoted whole in a short one, before any generic question.
  for (const c of fallbacks) if (c.long && chosen.length < Math.min(WANTED, max)) take(c);
  // How the paper relates to another of the group's is no question about the paper itself: the last resorts
  // below are asked beside it, as they would be instead of a generic question.
  // Nor is a summary that states no result ("… has important applications").
  const aboutItself = () => chosen.filter((c) => c.slot !== 'related' && !c.weak).length;
  // The authors' own sentence whose "this …" points back ("We show that this effect …"): better than a generic question, never beside a specific one.
  for (const c of fallbacks) if (c.late && aboutItself() < MIN_QUESTIONS) take(c);
  // The method by its name, in a frame that presumes no reported results, before a generic question.
  const named = aboutItself() < MIN_QUESTIONS ? writer.named(reading, seed('named')) : undefined;
  if (named) take(named);
  // The contribution sentence no role's frame fits, asked what its verb says the authors did; else another sentence of the authors at work.
  if (aboutItself() < MIN_QUESTIONS) {
    for (const { text, long } of aimSentences(locale === 'en' ? reading.en : reading.zh, quoted)) {
      const aim = writer.aim(text, long ?? false, reading, seed('aim'));
      if (aim) {
        take(aim);
        break;
      }
    }
  }
  for (const c of lastResorts) if (aboutItself() < MIN_QUESTIONS && chosen.length < max) take(c);
  for (const c of fallbacks) if (c.generic && chosen.length < MIN_QUESTIONS) take(c);
  return chosen.sort((a, b) => SHOW.indexOf(a.slot) - SHOW.indexOf(b.slot)).map((c) => safeInline(c.text));
}
