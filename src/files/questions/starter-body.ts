/**
 * The body of a new paper at import: the notes template and starter questions in the group's
 * language. The titles of the papers the group already has are read once, the first time a new
 * paper needs them, and indexed for the "relates to" question.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newPaperBody, type BodyLocale } from '../../domain/paper-body.ts';
import { loadYaml } from '../frontmatter.ts';
import type { QuestionPaper } from '../../domain/questions/extract.ts';
import { starterQuestions } from '../../domain/questions/generate.ts';
import { indexKnownPapers, type KnownPaper, type KnownPaperIndex } from '../../domain/questions/related.ts';

/** One `key: value` line of a frontmatter, parsed as YAML (titles may be quoted). */
function frontmatterValue(frontmatter: string, key: string): string | undefined {
  const line = new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(frontmatter)?.[0];
  if (!line) return undefined;
  try {
    const value = (loadYaml(line) as Record<string, unknown> | null)?.[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The id, titles, abstract and English summary of every paper file in a folder, read cheaply (those
 * frontmatter lines only, not the whole YAML; a value written over several lines is left out). Files
 * that cannot be read are left out: they are the import's or the build's business, not this index's.
 */
export function readKnownPapers(papersDir: string): KnownPaper[] {
  let names: string[];
  try {
    names = readdirSync(papersDir)
      .filter((n) => n.endsWith('.md'))
      .sort();
  } catch {
    return [];
  }
  const papers: KnownPaper[] = [];
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(join(papersDir, name), 'utf8');
    } catch {
      continue;
    }
    const frontmatter = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
    if (!frontmatter) continue;
    const title = frontmatterValue(frontmatter, 'title');
    if (!title) continue;
    const paper: KnownPaper = { id: frontmatterValue(frontmatter, 'id') ?? name.slice(0, -3), title };
    for (const key of ['titleZh', 'abstract', 'summaryEn'] as const) {
      const value = frontmatterValue(frontmatter, key);
      if (value) paper[key] = value;
    }
    papers.push(paper);
  }
  return papers;
}

export interface StarterBodyOptions {
  /** The group's language (default `en`). */
  locale?: BodyLocale;
  /** Where the group's papers are; read lazily when `related` is not given. */
  papersDir?: string;
  /** A ready index of the papers the group already has. */
  related?: KnownPaperIndex;
}

/** A `bodyFor` for the import: each new paper gets the notes template and its starter questions. */
export function starterBodyFor(options: StarterBodyOptions = {}): (paper: QuestionPaper) => string {
  let related = options.related;
  return (paper) => {
    related ??= indexKnownPapers(options.papersDir ? readKnownPapers(options.papersDir) : []);
    const locale = options.locale ?? 'en';
    return newPaperBody({ locale, questions: starterQuestions(paper, { locale, related }) });
  };
}
