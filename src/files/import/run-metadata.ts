/**
 * `npm run metadata`: completes paper files from the arXiv API after the fact — the papers an
 * offline import (or one while arXiv was down) left waiting, named papers, or with `refresh` every
 * paper. Only importer fields change ({@link completeFromArxiv}), and the starter questions written
 * from a cut abstract that nobody edited ({@link refreshStarterQuestions}); all files are written at
 * once, or none.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ArxivClientOptions } from '../../net/arxiv-api.ts';
import { writeAllOrNothing, type PlannedWrite } from '../atomic-write.ts';
import { markdownFileNames } from '../check-content.ts';
import { contentPaths, paperPath } from '../content-paths.ts';
import { refreshStarterQuestions, starterRefresh } from '../questions/starter-body.ts';
import type { BodyLocale } from '../../domain/paper-body.ts';
import { parseArxivInput } from '../../domain/arxiv-id.ts';
import { UserError } from '../../domain/errors.ts';
import { parsePaperFile } from '../paper-file.ts';
import { hasArxivMetadata } from '../../schemas/paper.ts';
import { completeFromArxiv, type MetadataOutcome } from './arxiv-metadata.ts';

export interface MetadataOptions {
  /** Papers to complete (ids or arXiv links); empty means every paper still waiting. */
  ids?: string[];
  /** Ask again about papers that already have metadata (all papers, or the named ones). */
  refresh?: boolean;
  dryRun?: boolean;
  contentDir?: string;
  /** The group's language, for starter questions written again (default `en`, as at import). */
  locale?: BodyLocale;
  api?: ArxivClientOptions;
}

export interface MetadataReport {
  /** Papers asked about. */
  asked: string[];
  /** Papers that already had metadata and were left alone. */
  complete: number;
  outcome: MetadataOutcome;
  writes: PlannedWrite[];
  /** Papers whose starter questions were written again from the whole abstract ({@link refreshStarterQuestions}). */
  questionsRewritten: string[];
}

export async function runMetadata(options: MetadataOptions = {}): Promise<MetadataReport> {
  const paths = contentPaths(options.contentDir);
  const named = (options.ids ?? []).map((input) => {
    const parsed = parseArxivInput(input);
    if (!parsed) throw new UserError(`"${input}": not an arXiv id or link; expected e.g. 2404.01399 or https://arxiv.org/abs/2404.01399`, 2);
    return parsed.id;
  });
  const files = named.length ? named.map((id) => paperPath(paths, id)) : markdownFileNames(paths.papers).map((name) => join(paths.papers, name));
  const papers: { id: string; file: string; text: string; path: string }[] = [];
  let complete = 0;
  for (const path of files) {
    const file = relative('.', path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') throw new UserError(`${file}: no such paper; add it first with npm run add -- ${relative(paths.papers, path).replace(/\.md$/, '')}`);
      throw new UserError(`${file}: cannot read it (${(error as Error).message})`);
    }
    const { data } = parsePaperFile(text, file);
    if (!options.refresh && hasArxivMetadata(data)) {
      complete++;
      continue;
    }
    papers.push({ id: data.id, file, text, path });
  }
  const outcome = await completeFromArxiv(papers, options.api);
  const refresh = starterRefresh(paths, options.locale ?? 'en');
  const questionsRewritten: string[] = [];
  const writes = papers.flatMap((p) => {
    const completed = outcome.texts.get(p.id);
    if (completed === undefined) return [];
    const text = refreshStarterQuestions(p.text, completed, p.file, refresh);
    if (text !== completed) questionsRewritten.push(p.id);
    return [{ path: p.path, content: text }];
  });
  if (!options.dryRun) await writeAllOrNothing(writes, { within: paths.root });
  return { asked: papers.map((p) => p.id), complete, outcome, writes, questionsRewritten };
}
