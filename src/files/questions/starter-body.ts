/**
 * The body of a new paper at import: the notes template and starter questions in the group's
 * language. The titles of the papers the group already has are read once, the first time a new
 * paper needs them, and indexed for the "relates to" question: the papers with a page, as on the site
 * (a group that imports whole digests has a year of untouched papers, which the site lists nowhere
 * but in search and which no question points to).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPaperBody, parsePaperBody, replaceStarterQuestions, starterText, type BodyLocale } from '../../domain/paper-body.ts';
import { markdownFileNames } from '../check-content.ts';
import { parsePaperFile } from '../paper-file.ts';
import type { PaperData } from '../../schemas/paper.ts';
import type { QuestionPaper } from '../../domain/questions/extract.ts';
import { starterQuestions } from '../../domain/questions/generate.ts';
import { indexKnownPapers, knownPaperOf, type KnownPaper, type KnownPaperIndex } from '../../domain/questions/related.ts';
import { hasPage, type PageRule } from '../../domain/paper-pages.ts';
import { readPageRule } from '../paper-pages-fs.ts';
import type { ContentPaths } from '../content-paths.ts';

/**
 * The id, titles, abstract and English summary of every paper file in a folder, read with the same
 * reader as the site and the other commands (src/files/paper-file.ts). Files that cannot be read are
 * left out: they are the import's or the build's business, not this index's.
 */
export function readKnownPapers(papersDir: string, pageRule?: PageRule): KnownPaper[] {
  const papers: KnownPaper[] = [];
  for (const name of markdownFileNames(papersDir)) {
    const file = join(papersDir, name);
    let paper: PaperData;
    try {
      const parsed = parsePaperFile(readFileSync(file, 'utf8'), file);
      paper = parsed.data;
      if (pageRule && !hasPage(paper, parsed.frontmatter.body, pageRule)) continue;
    } catch {
      continue;
    }
    papers.push(knownPaperOf(paper));
  }
  return papers;
}

/**
 * The papers the group already has, for the "relates to" question of the import and of `npm run
 * questions`: those with a page under the group's rule on `today` (src/files/paper-pages-fs.ts), the
 * papers the site's related lists choose from.
 */
export function knownPapersOfGroup(paths: ContentPaths, today?: string): KnownPaper[] {
  return readKnownPapers(paths.papers, readPageRule(paths, today));
}

export interface StarterBodyOptions {
  /** The group's language (default `en`). */
  locale?: BodyLocale;
  /** The group's content, whose papers ({@link knownPapersOfGroup}) are read lazily when `related` is not given. */
  content?: ContentPaths;
  /** The day the page rule is applied on (default: SITE_TODAY, else today in the group's time zone). */
  today?: string;
  /** A ready index of the papers the group already has. */
  related?: KnownPaperIndex;
}

/** A `bodyFor` for the import: each new paper gets the notes template and its starter questions. */
export function starterBodyFor(options: StarterBodyOptions = {}): (paper: QuestionPaper) => string {
  let related = options.related;
  return (paper) => {
    related ??= indexKnownPapers(options.content ? knownPapersOfGroup(options.content, options.today) : []);
    const locale = options.locale ?? 'en';
    return newPaperBody({ locale, questions: starterQuestions(paper, { locale, related }) });
  };
}

export interface RefreshOptions {
  locale: BodyLocale;
  /** The papers the group already has, asked for only when a paper's questions are written again. */
  related: () => KnownPaperIndex;
}

/**
 * A paper file that arXiv has just completed, with its starter questions written again from the
 * whole abstract when they were written from the digest's cut copy: a paper imported while arXiv could
 * not be reached gets its questions from the first 1,000 characters of its abstract, which often stop
 * before the sentence that states the contribution. They are written again only if the section's
 * starter questions are still exactly those the offline generator writes from the paper as it was, so
 * a question a person edited, and questions a language model wrote, are never replaced. Questions
 * people added stay where and as they are (replaceStarterQuestions); so does every other byte.
 *
 * `before` and `after` are the whole file's text before and after arXiv's fields were filled in; the
 * result is `after`, or `after` with new starter questions.
 */
export function refreshStarterQuestions(before: string, after: string, file: string, options: RefreshOptions): string {
  let previous: ReturnType<typeof parsePaperFile>;
  let completed: ReturnType<typeof parsePaperFile>;
  try {
    previous = parsePaperFile(before, file);
    completed = parsePaperFile(after, file);
  } catch {
    // A file arXiv's fields could not be merged into is reported by the metadata step, not here.
    return after;
  }
  const [was, is] = [previous.data, completed.data];
  if (was.abstractTruncated !== true || is.abstractTruncated === true || !is.abstract || is.abstract === was.abstract) return after;
  const body = completed.frontmatter.body;
  const starters = parsePaperBody(body)
    .questionItems.filter((q) => q.starter)
    .map((q) => q.text);
  if (starters.length === 0) return after;
  const related = options.related();
  const written = starterQuestions(was, { locale: options.locale, related }).map(starterText);
  if (written.length !== starters.length || written.some((q, i) => q !== starters[i])) return after;
  const fresh = starterQuestions(is, { locale: options.locale, related });
  return after.slice(0, after.length - body.length) + replaceStarterQuestions(body, fresh);
}

/**
 * How the papers arXiv completes get their starter questions written again: in the group's language,
 * the "relates to" question choosing among the papers with a page, as at import (read once, when the
 * first paper needs them).
 */
export function starterRefresh(paths: ContentPaths, locale: BodyLocale, today?: string, index?: KnownPaperIndex): RefreshOptions {
  let related = index;
  return { locale, related: () => (related ??= indexKnownPapers(knownPapersOfGroup(paths, today))) };
}
