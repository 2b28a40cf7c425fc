/**
 * Realistic synthetic content for the benchmark: N bilingual papers made from the sentences of the
 * real digests in tests/fixtures (titles, summaries and abstracts in both languages, math included),
 * written as the importer writes them (arXiv's metadata, the notes template, starter questions), with
 * the team's fields, notes and questions filled in for some, and weekly sessions over the years.
 * Deterministic: the same N gives the same files.
 */
import { appendFileSync, readFileSync, readdirSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigest, type DigestEntry } from '../../src/domain/digest/parse-digest.ts';
import { writeDigest, type DigestWriteEntry } from '../../src/domain/digest/write-digest.ts';
import { newPaperFile, digestFields } from '../../src/files/import/merge-paper.ts';
import { dumpKey } from '../../src/files/frontmatter.ts';
import { addDays } from '../../src/domain/dates.ts';
import { newPaperBody, textHash } from '../../src/domain/paper-body.ts';
import { starterQuestions } from '../../src/domain/questions/generate.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'digests');

/** A small deterministic random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function baseEntries(): DigestEntry[] {
  return readdirSync(FIXTURES)
    .filter((n) => /\.(md|txt)$/.test(n) && n !== 'FORMAT.md' && n !== 'SOURCE.md')
    .flatMap((n) => parseDigest(readFileSync(join(FIXTURES, n), 'utf8')).entries);
}

const sentences = (text: string, zh: boolean) => (zh ? text.split(/(?<=[。！？])/) : text.split(/(?<=[.!?])\s+/)).filter((s) => s.trim().length > 0);

const TAGS = ['safety', 'alignment', 'efficiency', 'retrieval', 'reasoning', 'evaluation', 'multilingual', 'speech', 'vision', 'agents', 'theory', 'data', 'rl', 'privacy', 'graphs', '推荐', '安全'];
const MATH = ['$\\mathcal{O}(n \\log n)$', '$\\ell_2$', '$k$-NN', '$\\text{SR}_{\\text{LLM}}$', '$\\alpha$-divergence', '$p(y|x)$'];

/** A stable number for a string (the hash the starter-question markers use). */
const hash = (text: string): number => Number.parseInt(textHash(text), 16);

/** How many subfields the synthetic papers fall into (see `respell`). */
const CLUSTERS = 1000;
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'xe', 'zu'];
const LONG_WORD = /(?<![\\A-Za-z])[A-Za-z][a-z]{5,}(?![A-Za-z])/g;

/** The longer words in at least 5% of the real papers' titles and abstracts: the field's common words. */
export function commonWords(bases: readonly DigestEntry[]): Set<string> {
  const papersWith = new Map<string, number>();
  for (const base of bases) {
    for (const word of new Set(`${base.title} ${base.abstract}`.match(LONG_WORD)?.map((w) => w.toLowerCase()))) papersWith.set(word, (papersWith.get(word) ?? 0) + 1);
  }
  return new Set([...papersWith].filter(([, n]) => n >= bases.length * 0.05).map(([word]) => word));
}

/**
 * The English text of a synthetic paper in `cluster`, its longer words respelled for that cluster
 * ("Detection" → "Detectionmiru") unless they are the field's common words.
 *
 * Without it every generated paper shares whole sentences and title words with the hundreds of others
 * made from the same real paper, so each is "related" to hundreds, and a day's import changes the
 * related list of half the pages, which no real digest does. Respelled, papers share distinctive words
 * with the papers of their own subfield only, as real ones do. Words after a backslash (TeX commands)
 * and acronyms are kept.
 */
export function respell(text: string, cluster: number, common: ReadonlySet<string>): string {
  return text.replace(LONG_WORD, (word) => {
    if (common.has(word.toLowerCase())) return word;
    const h = hash(`${word.toLowerCase()}#${cluster}`);
    return word + SYLLABLES[h % 10]! + SYLLABLES[Math.floor(h / 10) % 10]!;
  });
}

/** The i-th synthetic entry, mixing sentences of three real papers, its longer words respelled for its subfield. */
export function syntheticEntry(bases: DigestEntry[], i: number, idPrefix: string, common: ReadonlySet<string>): DigestWriteEntry {
  const rnd = random(i + 1);
  const pick = () => bases[Math.floor(rnd() * bases.length)]!;
  const [a, b, c] = [pick(), pick(), pick()];
  const month = String(1 + (i % 12)).padStart(2, '0');
  const id = `${idPrefix}${month}.${String(10000 + (i % 90000)).padStart(5, '0')}`;
  const abstract = [...sentences(a.abstract, false).slice(0, 3), ...sentences(b.abstract, false).slice(1, 4)].join(' ').slice(0, 980);
  const abstractZh = [...sentences(a.abstractZh, true).slice(0, 3), ...sentences(c.abstractZh, true).slice(1, 3)].join('');
  const math = rnd() < 0.15 ? ` with ${MATH[i % MATH.length]}` : '';
  const cluster = hash(`paper ${i}`) % CLUSTERS;
  return {
    id,
    title: `${respell(`${a.title.split(':')[0]}: ${b.title.split(':').at(-1)!.trim()}`, cluster, common)}${math}`,
    titleZh: a.titleZh,
    summaryZh: b.summaryZh,
    summaryEn: '',
    abstractZh,
    abstract: `arXiv:${id}v1 Announce Type: new  Abstract: ${respell(abstract, cluster, common)}`,
  };
}

/** A paper's body: as the importer writes it (the notes template and starter questions), or, for one in four, with the team's notes and questions. */
function body(rnd: () => number, entry: DigestWriteEntry, questions: () => string[]): string {
  if (rnd() > 0.25) return newPaperBody({ locale: 'en', questions: questions() });
  const topic = entry.title.split(':')[0];
  return [
    '',
    '## Notes',
    '',
    `The problem: ${topic} under a tighter compute budget. The key idea is a cheaper proxy objective, $\\mathcal{L} = \\sum_i \\ell(x_i)$.`,
    '',
    '- Evidence: three benchmarks, one ablation.',
    '- Doubt: the baselines are weak.',
    '',
    '## Discussion questions',
    '',
    `1. What does ${topic} assume about the data?`,
    '2. Which experiment would falsify the main claim?',
    '3. How does the proxy objective compare to the full one?',
    '4. Would the result hold at ten times the scale?',
    '',
  ].join('\n');
}

export interface GeneratedContent {
  dir: string;
  papers: number;
  sessions: number;
}

/** Writes `count` papers and past sessions into `dir` (a content folder), with the project's group.yaml. */
export function generateContent(dir: string, count: number, groupYaml: string): GeneratedContent {
  const bases = baseEntries();
  const common = commonWords(bases);
  mkdirSync(join(dir, 'papers'), { recursive: true });
  mkdirSync(join(dir, 'sessions'), { recursive: true });
  copyFileSync(groupYaml, join(dir, 'group.yaml'));
  // The worst case the benchmark measures: every paper has a page, however old (see src/domain/paper-pages.ts).
  appendFileSync(join(dir, 'group.yaml'), '\ncandidateDays: 100000\n');
  const rnd = random(42);
  const discussed: string[] = [];
  const start = '2023-01-05';
  for (let i = 0; i < count; i++) {
    const entry = syntheticEntry(bases, i, '25', common);
    const parsed = parseDigest(writeDigest([entry])).entries[0]!;
    const imported = addDays(start, Math.floor((i / count) * 1400));
    const r = rnd();
    // A weekly group discusses about two papers a week: about one paper in ten over the years.
    const status = r < 0.8 ? 'candidate' : r < 0.9 ? 'shortlisted' : r < 0.95 ? 'archived' : 'discussed';
    // As the importer writes a paper once arXiv has answered: its metadata, and the starter questions unless the team wrote its own.
    const fields = { ...digestFields(parsed), abstractTruncated: false, authors: AUTHORS.slice(i % 7, (i % 7) + 3 + (i % 4)) };
    let text = newPaperFile(
      fields,
      { digest: `cs.CL-${imported}.md`, ref: 1 + (i % 600), imported },
      body(rnd, entry, () => starterQuestions(fields)),
    );
    text = text.replace('sources:\n', `${dumpKey('submitted', addDays(imported, -1))}${dumpKey('primaryCategory', 'cs.CL')}sources:\n`);
    const tags = rnd() < 0.4 ? [TAGS[i % TAGS.length]!, ...(rnd() < 0.3 ? [TAGS[(i * 7) % TAGS.length]!] : [])] : [];
    text = text
      .replace('status: candidate\n', dumpKey('status', status))
      .replace('tags: []\n', dumpKey('tags', [...new Set(tags)]))
      .replace('votes: 0\n', dumpKey('votes', Math.floor(rnd() * 4)));
    writeFileSync(join(dir, 'papers', `${parsed.id}.md`), text);
    if (status === 'discussed') discussed.push(parsed.id);
  }
  const members = ['alice', 'bruno', 'chen', 'dana', 'emil'];
  let sessions = 0;
  for (let s = 0; s * 2 < discussed.length && s < 52 * 4; s++) {
    const date = addDays('2023-01-12', s * 7);
    const papers = discussed.slice(s * 2, s * 2 + 2).map((id, k) => ({ id, presenter: members[(s * 2 + k) % members.length]! }));
    const yamlText = [dumpKey('date', date), dumpKey('status', 'done'), dumpKey('papers', papers)].join('');
    writeFileSync(join(dir, 'sessions', `${date}.md`), `---\n${yamlText}---\n\n## Minutes\n\nWe argued about the baselines; $p < 0.05$ was not enough for anyone.\n`);
    sessions++;
  }
  return { dir, papers: count, sessions };
}

/** A digest of `count` new papers (ids that do not collide with generated ones). */
export function syntheticDigest(count: number, offset: number): string {
  const bases = baseEntries();
  const common = commonWords(bases);
  return writeDigest(Array.from({ length: count }, (_, i) => syntheticEntry(bases, offset + i, '26', common)));
}

const AUTHORS = ['Alice Zhang', 'Bruno Keller', 'Chen Li', 'Dana de la Cruz', 'Emil Novák', 'Fatima Haddad', 'Grace Okafor', 'Hiro Tanaka', 'Ines Moreau', 'Jonas Berg'];

/** The day `n` weekdays after Monday `monday` (weekends skipped), `YYYY-MM-DD`. */
function weekday(monday: string, n: number): string {
  return addDays(monday, Math.floor(n / 5) * 7 + (n % 5));
}

export interface GeneratedYear extends GeneratedContent {
  /** The day of the last import. */
  lastDay: string;
  /** Papers people engaged with (a status past candidate, votes or tags). */
  engaged: number;
}

/**
 * A year of full digests: `perDay` papers every weekday for as many weekdays as `count` needs, as
 * the importer writes them (the notes template and starter questions), with the group's window for
 * pages (group.yaml's default). About one paper in fifty was engaged with (shortlisted, voted for or
 * tagged), and a weekly session discussed two of those.
 */
export function generateYear(dir: string, count: number, groupYaml: string, perDay = 600): GeneratedYear {
  const bases = baseEntries();
  const common = commonWords(bases);
  mkdirSync(join(dir, 'papers'), { recursive: true });
  mkdirSync(join(dir, 'sessions'), { recursive: true });
  copyFileSync(groupYaml, join(dir, 'group.yaml'));
  const rnd = random(7);
  const start = '2025-12-01';
  const engaged: { id: string; day: string }[] = [];
  let lastDay = start;
  for (let i = 0; i < count; i++) {
    // Ids stay unique past 90,000 papers: each block of 90,000 gets its own year prefix.
    const entry = syntheticEntry(bases, i, String(25 - Math.floor(i / 90_000)), common);
    const parsed = parseDigest(writeDigest([entry])).entries[0]!;
    const imported = weekday(start, Math.floor(i / perDay));
    lastDay = imported;
    // As the importer writes a paper once arXiv has answered: its metadata, the notes template and starter questions.
    const fields = { ...digestFields(parsed), abstractTruncated: false, authors: AUTHORS.slice(i % 7, (i % 7) + 3 + (i % 4)) };
    const body = newPaperBody({ locale: 'en', questions: starterQuestions(fields) });
    let text = newPaperFile(fields, { digest: `cs.LG-${imported}.md`, ref: 1 + (i % perDay), imported }, body);
    text = text.replace('sources:\n', `${dumpKey('submitted', addDays(imported, -1))}${dumpKey('primaryCategory', 'cs.LG')}sources:\n`);
    if (rnd() < 0.02) {
      text = text.replace('status: candidate\n', dumpKey('status', 'shortlisted')).replace('votes: 0\n', dumpKey('votes', 1 + Math.floor(rnd() * 3)));
      engaged.push({ id: parsed.id, day: imported });
    }
    writeFileSync(join(dir, 'papers', `${parsed.id}.md`), text);
  }
  const members = ['alice', 'bruno', 'chen', 'dana', 'emil'];
  let sessions = 0;
  for (let s = 0; s < 52 && s * 2 + 1 < engaged.length; s++) {
    const date = addDays('2025-12-04', s * 7);
    const papers = engaged.filter((e) => e.day < date).slice(s * 2, s * 2 + 2);
    if (papers.length < 2) continue;
    const yamlText = [
      dumpKey('date', date),
      dumpKey('status', 'done'),
      dumpKey(
        'papers',
        papers.map((p, k) => ({ id: p.id, presenter: members[(s * 2 + k) % members.length]! })),
      ),
    ].join('');
    writeFileSync(join(dir, 'sessions', `${date}.md`), `---\n${yamlText}---\n\n## Minutes\n\nWe argued about the baselines.\n`);
    sessions++;
  }
  return { dir, papers: count, sessions, lastDay, engaged: engaged.length };
}
