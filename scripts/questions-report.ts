/**
 * The starter questions of real digests, for a person to judge:
 * `npm run questions-report -- <digest file>... [options]` (`--help` lists the options).
 *
 * For each paper (or a seeded sample of N papers, spread over the digests in proportion to their
 * size) it prints the paper's id, title, one-line summary and abstract, then each question the
 * offline generator writes, with the automated flags of src/domain/questions/checks.ts. The papers of
 * all the given digests stand for the papers the group already has, so the "relates to" question is
 * asked as it would be in a group. A closing summary counts papers, questions and flags; `--json`
 * writes everything as `{ generator, locale, papers: [{ id, digest, title, summary, abstract,
 * abstractZh, questions: [{ text, flags }] }] }`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defineCommand } from 'citty';
import { categoryFromDigestName, parseDigest, type DigestEntry } from '../src/domain/digest/parse-digest.ts';
import { UserError } from '../src/domain/errors.ts';
import { reportUserError } from '../src/cli/run-command.ts';
import { textHash } from '../src/domain/paper-body.ts';
import { checkQuestion, QUESTION_FLAGS, type FlagHit, type QuestionFlag } from '../src/domain/questions/checks.ts';
import { readPaper } from '../src/domain/questions/extract.ts';
import { isGenericQuestion, starterQuestions } from '../src/domain/questions/generate.ts';
import { indexKnownPapers, findRelated, knownPaperOf } from '../src/domain/questions/related.ts';
import { positiveWholeNumber, scriptArgs } from './script-args.ts';

const command = defineCommand({
  meta: {
    name: 'questions-report',
    description: 'The starter questions of real digests, for a person to judge: every paper (or a sample) with\nthe questions the offline generator writes and their automated flags.',
  },
  args: {
    digests: { type: 'positional', multiple: true, valueHint: 'digest file', description: "the digests; all their papers stand for the group's papers" },
    locale: { type: 'enum', options: ['en', 'zh-CN'], default: 'en', description: "the group's language" },
    sample: { type: 'string', valueHint: 'N', description: 'only N papers, drawn reproducibly and spread over the digests by their size' },
    seed: { type: 'string', valueHint: 'S', default: '1', description: 'the seed of the sample; the same seed gives the same papers' },
    balanced: {
      type: 'boolean',
      description: 'spread the sample evenly over the digests instead of by size (a small digest\ngives all it has; what it cannot fill goes to the others by size)',
    },
    exclude: {
      type: 'string',
      multiple: true,
      valueHint: 'F',
      description: 'leave out the papers of an earlier sample (a judged file or a --json report),\nso that a new sample holds only papers nobody has judged or tuned on; repeatable',
    },
    json: { type: 'string', valueHint: 'FILE', description: 'also write papers, questions and flags as JSON to FILE' },
  },
});

type Locale = 'en' | 'zh-CN';

interface Paper {
  digest: string;
  entry: DigestEntry;
}

/** A small seeded random generator (mulberry32): the same seed, the same sequence, on every machine. */
function random(seed: string): () => number {
  let state = Number.parseInt(textHash(seed), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * N papers drawn from the digests: each digest gives a share in proportion to its size (at least one
 * while N allows), drawn by a seeded shuffle; the result keeps the digests' own order.
 */
function sample(digests: readonly Paper[][], n: number, seed: string, balanced = false): Paper[] {
  const total = digests.reduce((sum, d) => sum + d.length, 0);
  if (n >= total) return digests.flat();
  const exact = balanced
    ? balancedShares(
        digests.map((d) => d.length),
        n,
      )
    : digests.map((d) => (n * d.length) / total);
  const quota = exact.map(Math.floor);
  // Top up to exactly N by largest remainder (ties to the earlier digest); floors never exceed a digest's size.
  const byRemainder = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let sum = quota.reduce((a, b) => a + b, 0), k = 0; sum < n; k++) {
    const { i } = byRemainder[k % byRemainder.length]!;
    if (quota[i]! < digests[i]!.length) {
      quota[i]!++;
      sum++;
    }
  }
  // Every digest is represented when N allows: a small digest takes one from the largest share.
  for (const [i, d] of digests.entries()) {
    if (quota[i] !== 0 || d.length === 0) continue;
    const largest = quota.indexOf(Math.max(...quota));
    if (quota[largest]! <= 1) break;
    quota[largest]!--;
    quota[i] = 1;
  }
  return digests.flatMap((papers, i) => {
    const next = random(`${seed}:${i}`);
    const indexes = papers.map((_, j) => j);
    for (let j = indexes.length - 1; j > 0; j--) {
      const k = Math.floor(next() * (j + 1));
      [indexes[j], indexes[k]] = [indexes[k]!, indexes[j]!];
    }
    return indexes
      .slice(0, quota[i])
      .sort((a, b) => a - b)
      .map((j) => papers[j]!);
  });
}

/**
 * Even shares of N over digests of the given sizes: each digest the same share, capped at its size;
 * what the capped ones cannot take is shared among the rest in proportion to their size.
 */
export function balancedShares(sizes: readonly number[], n: number): number[] {
  const shares = sizes.map(() => 0);
  let open = sizes.map((_, i) => i).filter((i) => sizes[i]! > 0);
  let left = n;
  // Even shares, capping small digests, until every open digest can take its share.
  for (;;) {
    const even = left / open.length;
    const capped = open.filter((i) => sizes[i]! <= even);
    if (capped.length === 0) break;
    for (const i of capped) {
      shares[i] = sizes[i]!;
      left -= sizes[i]!;
    }
    open = open.filter((i) => !capped.includes(i));
    if (open.length === 0) return shares;
  }
  for (const i of open) shares[i] = left / open.length;
  return shares;
}

/** The ids of the papers in earlier samples (judged files or --json reports: `{ papers: [{ id }] }`). */
function excludedIds(files: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new UserError(`--exclude ${file}: cannot read it as JSON (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, 2);
    }
    const papers = (data as { papers?: unknown }).papers;
    if (!Array.isArray(papers) || papers.some((p) => typeof (p as { id?: unknown })?.id !== 'string')) throw new UserError(`--exclude ${file}: expected { "papers": [{ "id": "…" }, …] }`, 2);
    for (const p of papers as { id: string }[]) ids.add(p.id);
  }
  return ids;
}

function readArgs() {
  const values = scriptArgs(command);
  const sample = values.sample === undefined ? undefined : positiveWholeNumber('--sample', values.sample);
  const locale: Locale = values.locale;
  return { files: values.digests, locale, sample, seed: values.seed, balanced: values.balanced, exclude: values.exclude, json: values.json };
}

function readDigests(files: readonly string[]): Paper[][] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 2);
    }
    const digest = basename(file);
    const parsed = parseDigest(text, { category: categoryFromDigestName(digest) });
    if (parsed.fatal) throw new UserError(`${file}: not a digest (${parsed.fatal.message})`, 2);
    return parsed.entries.map((entry) => ({ digest, entry }));
  });
}

function main(): void {
  const args = readArgs();
  const digests = readDigests(args.files);
  const all = digests.flat();
  // Excluded papers still stand for the group's papers (the related index), but are never drawn.
  const excluded = excludedIds(args.exclude);
  const pool = digests.map((d) => d.filter(({ entry }) => !excluded.has(entry.id)));
  const papers = args.sample === undefined ? pool.flat() : sample(pool, args.sample, args.seed, args.balanced);
  const related = indexKnownPapers(all.map(({ entry }) => knownPaperOf(entry)));
  const zh = args.locale === 'zh-CN';

  const flagCounts = new Map<QuestionFlag, number>(QUESTION_FLAGS.map((f) => [f, 0]));
  let questionCount = 0;
  let flagged = 0;
  const empty: string[] = [];
  let genericOnly = 0;
  const out: { id: string; digest: string; kind: string; title: string; summary: string; abstract: string; abstractZh: string; questions: { text: string; flags: FlagHit[] }[] }[] = [];
  for (const { digest, entry } of papers) {
    const questions = starterQuestions(entry, { locale: args.locale, related });
    const match = findRelated(related, entry);
    const alsoKnown = match ? [match.title, match.id, ...(match.titleZh ? [match.titleZh] : [])] : [];
    const summary = zh ? entry.summaryZh : entry.summaryEn || entry.summaryZh;
    const kind = readPaper(entry).kind;
    const judged = questions.map((text, i) => ({
      text,
      flags: checkQuestion(text, entry, args.locale, { others: questions.filter((_, j) => j !== i), alsoKnown }).map(({ flag, detail }) => ({ flag, detail })),
    }));
    out.push({ id: entry.id, digest, kind, title: entry.title, summary, abstract: entry.abstract, abstractZh: entry.abstractZh, questions: judged });

    console.log(`\n=== ${entry.id}  (${digest}, ${kind})`);
    console.log(`Title:    ${entry.title}`);
    if (zh && entry.titleZh) console.log(`标题:     ${entry.titleZh}`);
    if (summary) console.log(`Summary:  ${summary}`);
    if (zh) console.log(`摘要:     ${entry.abstractZh || '(none)'}${entry.abstractZhTruncated ? ' [cut by the digest]' : ''}`);
    console.log(`Abstract: ${entry.abstract || '(none)'}${entry.abstractTruncated ? ' [cut by the digest]' : ''}`);
    console.log(questions.length === 0 ? '  (no questions)' : 'Questions:');
    for (const [i, q] of judged.entries()) {
      console.log(`  ${i + 1}. ${q.text}`);
      for (const f of q.flags) console.log(`     ! ${f.flag}: ${f.detail}`);
    }
    questionCount += questions.length;
    if (questions.length === 0) empty.push(entry.id);
    else if (questions.every((q) => isGenericQuestion(q))) genericOnly++;
    for (const q of judged) {
      if (q.flags.length > 0) flagged++;
      for (const flag of new Set(q.flags.map((f) => f.flag))) flagCounts.set(flag, flagCounts.get(flag)! + 1);
    }
  }

  const perPaper = papers.length ? questionCount / papers.length : 0;
  console.log(`\n--- summary (${args.locale}${args.sample === undefined ? '' : `, sample of ${args.sample} with seed ${args.seed}`})`);
  // The digests that gave papers: a sample drawn after earlier ones may find some digests used up.
  const gave = new Set(papers.map((p) => p.digest)).size;
  console.log(`papers: ${papers.length} from ${gave} of the ${args.files.length} digest${args.files.length === 1 ? '' : 's'} given`);
  console.log(`questions: ${questionCount} (${perPaper.toFixed(2)} per paper)`);
  console.log(`questions with a flag: ${flagged}`);
  for (const [flag, n] of flagCounts) console.log(`  ${flag.padEnd(18)} ${n}`);
  console.log(`papers with zero questions: ${empty.length}${empty.length ? ` (${empty.join(', ')})` : ''}`);
  // Where "a usable question on every paper with a clear claim" fails: nothing specific was asked.
  console.log(`papers with only a generic question: ${genericOnly}`);

  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ generator: 'offline', locale: args.locale, papers: out }, null, 2)}\n`);
    console.log(`wrote ${args.json}`);
  }
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    process.exit(reportUserError(error));
  }
}
