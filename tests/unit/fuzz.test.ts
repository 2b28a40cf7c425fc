/**
 * Fuzzing the digest parser and the importer with mutations of the real digests in
 * tests/fixtures/digests/: bytes and lines deleted, duplicated or swapped, truncation, control
 * characters, BOMs, CRLF, unicode, pipes, corrupted headings and markers, bumped versions.
 *
 * - The parser never throws (it documents that); whatever it returns makes valid paper files.
 * - The importer either stops with a UserError and changes nothing, or writes only valid paper files,
 *   keeps what people wrote in their papers byte for byte, and a second run changes nothing.
 *
 * `FUZZ_RUNS` sets the number of cases (default 15, a few seconds; `npm run fuzz` runs thousands);
 * `FUZZ_SEED` replays a failure that fast-check reported.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseDigest } from '../../src/domain/digest/parse-digest.ts';
import { parseArxivId, slugForId } from '../../src/domain/arxiv-id.ts';
import { runImport } from '../../src/files/import/run-import.ts';
import { digestFields, newPaperFile } from '../../src/files/import/merge-paper.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { UserError } from '../../src/domain/errors.ts';
import { REAL_DIGESTS, SEED_DIGEST, snapshot, tempContent } from '../helpers/content.ts';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 15);
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
const TIMEOUT = Math.max(60_000, RUNS * 2_000);
const DIGEST_PATHS = [SEED_DIGEST, ...REAL_DIGESTS];
const ORIGINALS = DIGEST_PATHS.map((path) => readFileSync(path));

// ---- Mutations, applied to the digest's bytes ----------------------------------------------------

const INTERESTING = [
  '\uFEFF',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\u2029',
  '|',
  '||',
  '\\|',
  '| [^1] |',
  '$Y|X$',
  '$$',
  '`',
  '"',
  "'",
  ': ',
  '# ',
  '- ',
  '---',
  '...',
  '…',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!x',
  '%',
  '@',
  '[^1]:',
  '[^999999999999]:',
  '[^0]:',
  '](',
  ')[',
  '[https://arxiv.org/abs/2404.01399](https://arxiv.org/abs/2404.01399)',
  'https://arxiv.org/abs/',
  'arXiv:2404.01399v7 Announce Type: replace  Abstract: ',
  '公告类型：新',
  '（摘要截断）',
  '# 摘要',
  '# 详细',
  '| Ref | Title | Summary |',
  '| --- | --- | --- |',
  '    ',
  '安全',
  '😀',
  'e\u0301',
  '\ud83d\udc4d\ud83c\udffd',
  'yes',
  'null',
  '~',
];

const insertBytes = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...INTERESTING).map((s) => Buffer.from(s)) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }).map((s) => Buffer.from(s)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }).map((s) => Buffer.from(s)) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 6 }).map((b) => Buffer.from(b)) },
);

const STRUCTURAL = /^(#|\|\s*Ref|\|\s*-|\|\s*\[\^|\[\^\d+\]:|\s*\[https?:|\s*arXiv:)/;

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('deleteBytes' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: insertBytes }),
  fc.record({ kind: fc.constant('replaceByte' as const), at: fc.nat(), bytes: insertBytes }),
  fc.record({ kind: fc.constant('deleteLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('duplicateLines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('structural' as const), at: fc.nat(), bytes: fc.oneof(insertBytes, fc.constant(Buffer.alloc(0))), keep: fc.boolean() }),
  fc.record({ kind: fc.constant('crlf' as const), all: fc.boolean(), at: fc.nat() }),
  fc.record({ kind: fc.constant('bom' as const) }),
  fc.record({ kind: fc.constant('bump' as const), by: fc.integer({ min: 1, max: 3 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, start)) {
    lines.push(bytes.subarray(start, i));
    start = i + 1;
  }
  lines.push(bytes.subarray(start));
  return lines;
}

const joinLines = (lines: Buffer[]) => Buffer.concat(lines.flatMap((l, i) => (i === 0 ? [l] : [Buffer.from('\n'), l])));

function mutate(original: Buffer, mutations: Mutation[]): Buffer {
  let bytes = original;
  for (const m of mutations) {
    const size = Math.max(1, bytes.length);
    const lines = splitLines(bytes);
    switch (m.kind) {
      case 'deleteBytes':
        bytes = Buffer.concat([bytes.subarray(0, m.at % size), bytes.subarray((m.at % size) + m.length)]);
        break;
      case 'truncate':
        bytes = bytes.subarray(0, m.at % size);
        break;
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, m.at % size), m.bytes, bytes.subarray(m.at % size)]);
        break;
      case 'replaceByte':
        bytes = Buffer.concat([bytes.subarray(0, m.at % size), m.bytes, bytes.subarray((m.at % size) + 1)]);
        break;
      case 'deleteLines':
        lines.splice(m.at % lines.length, m.count);
        bytes = joinLines(lines);
        break;
      case 'duplicateLines': {
        const at = m.at % lines.length;
        lines.splice(at, 0, ...lines.slice(at, at + m.count));
        bytes = joinLines(lines);
        break;
      }
      case 'swapLines': {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        bytes = joinLines(lines);
        break;
      }
      case 'structural': {
        // Corrupt a heading, table header, table row, entry marker, link or abstract prefix.
        const candidates = lines.flatMap((l, i) => (STRUCTURAL.test(l.toString('utf8')) ? [i] : []));
        if (candidates.length === 0) break;
        const i = candidates[m.at % candidates.length]!;
        const line = lines[i]!;
        const cut = m.at % Math.max(1, line.length);
        lines[i] = m.keep ? Buffer.concat([line.subarray(0, cut), m.bytes, line.subarray(cut + 1)]) : m.bytes;
        bytes = joinLines(lines);
        break;
      }
      case 'crlf':
        if (m.all) bytes = Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
        else {
          const i = m.at % lines.length;
          lines[i] = Buffer.concat([lines[i]!, Buffer.from('\r')]);
          bytes = joinLines(lines);
        }
        break;
      case 'bom':
        bytes = Buffer.concat([Buffer.from('\uFEFF'), bytes]);
        break;
      case 'bump':
        bytes = Buffer.from(
          bytes.toString('latin1').replace(/(arXiv:\d{4}\.\d{4,5})v(\d+)/g, (_, id: string, v: string) => `${id}v${Number(v) + m.by}`),
          'latin1',
        );
        break;
    }
  }
  return bytes;
}

const mutatedDigest = fc.record({
  digest: fc.nat(DIGEST_PATHS.length - 1),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }),
  /**
   * Most byte mutations cut a Chinese character in two, and a digest that is not UTF-8 is refused as
   * a whole; so four cases in five mend the bytes (into U+FFFD) to reach deeper into the importer.
   */
  mend: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  /** Sometimes a second, differently mutated copy imported in the same run (papers described twice). */
  second: fc.option(fc.array(mutation, { minLength: 1, maxLength: 6 }), { nil: undefined }),
});

// ---- The parser ------------------------------------------------------------------------------------

describe('the parser on mutated real digests', () => {
  it('never throws, and every entry it returns has a valid id and makes a valid paper file', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(mutatedDigest, ({ digest, mutations }) => {
        const text = new TextDecoder().decode(mutate(ORIGINALS[digest]!, mutations));
        const lineCount = text.split('\n').length;
        const parsed = parseDigest(text, { category: 'cs.CL' });
        if (parsed.fatal) expect(parsed.entries).toEqual([]);
        for (const problem of [...parsed.problems, ...(parsed.fatal ? [parsed.fatal] : [])]) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount);
        }
        for (const entry of parsed.entries) {
          expect(parseArxivId(entry.id)?.id).toBe(entry.id);
          expect(entry.title).not.toBe('');
          const fields = digestFields(entry);
          const file = newPaperFile(fields, { digest: 'd.md', ref: entry.ref, imported: '2026-11-24' }, '\n## Notes\n');
          const { data, body } = readFrontmatter(file, `${entry.id}.md`);
          const result = paperSchema.safeParse(data);
          expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
          for (const [key, value] of Object.entries(fields)) expect(data[key], key).toEqual(value);
          expect(body).toBe('\n## Notes\n');
        }
      }),
      { numRuns: RUNS * 4, ...SEED },
    );
  });
});

// ---- The importer ------------------------------------------------------------------------------------

/** What people wrote into three papers of each base: team fields, a comment, an own key, a body. */
const TEAM = ['status: shortlisted   # Alice: read this first', 'tags:', '  - 安全', '  - "needs: review"', 'votes: [alice, bruno]', 'champion: alice', '# our comment, $x|y$'].join('\n');
const BODY = '\n## Notes\n\nWe think $x|y$ is wrong.\r\n| a | b |\n---\n[^1]: not a footnote\n\n## Discussion questions\n\n1. Why? <!-- ours -->\n2. 为什么？\n';

interface Base {
  dir: string;
  edited: string[];
}
const bases: Base[] = [];

beforeAll(async () => {
  for (const path of DIGEST_PATHS) {
    const dir = tempContent();
    const report = await runImport({ inputs: [path], contentDir: dir, today: '2026-11-24' });
    const ids = report.added;
    const edited = [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!].map((id) => join(dir, 'papers', `${slugForId(id)}.md`));
    for (const file of edited) {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, `${text.slice(0, text.indexOf('status: candidate'))}${TEAM}\n---\n${BODY}`);
    }
    bases.push({ dir, edited: edited.map((f) => basename(f)) });
  }
}, 120_000);

function copyOf(base: Base): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-fuzz-'));
  cpSync(base.dir, dir, { recursive: true });
  return dir;
}

describe('the importer on mutated real digests', () => {
  it("stops with a UserError and changes nothing, or writes valid files, keeps people's words and is idempotent", { timeout: TIMEOUT }, async () => {
    const inputs = mkdtempSync(join(tmpdir(), 'rg-fuzz-in-'));
    await fc.assert(
      fc.asyncProperty(mutatedDigest, async ({ digest, mutations, mend, second }) => {
        const base = bases[digest]!;
        const dir = copyOf(base);
        const input = join(inputs, basename(DIGEST_PATHS[digest]!));
        const write = (path: string, bytes: Buffer) => writeFileSync(path, mend ? new TextDecoder().decode(bytes) : bytes);
        write(input, mutate(ORIGINALS[digest]!, mutations));
        const secondInput = join(inputs, `second-${basename(input)}`);
        if (second) write(secondInput, mutate(ORIGINALS[digest]!, second));
        const run = second ? [input, secondInput] : [input];
        const before = snapshot(dir);
        try {
          await runImport({ inputs: run, contentDir: dir, today: '2026-12-01' });
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          expect(snapshot(dir)).toEqual(before);
          return;
        }
        const after = snapshot(dir);
        for (const path of after.keys()) {
          expect(path, 'only papers, digests and group.yaml').toMatch(/^(group\.yaml|papers\/[^/]+\.md|digests\/[^/]+)$/);
          expect(basename(path)).not.toMatch(/\.tmp$/);
        }
        const papers = readdirSync(join(dir, 'papers'));
        for (const name of papers) {
          const text = readFileSync(join(dir, 'papers', name), 'utf8');
          const { data } = readFrontmatter(text, name);
          const result = paperSchema.safeParse(data);
          expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
          expect(`${slugForId(String(data.id))}.md`).toBe(name);
          if (base.edited.includes(name)) expect(text.endsWith(`\n${TEAM}\n---\n${BODY}`), `${name} lost what people wrote`).toBe(true);
        }
        // Nothing disappeared.
        for (const path of before.keys()) expect(after.has(path), path).toBe(true);
        const again = await runImport({ inputs: run, contentDir: dir, today: '2026-12-02' });
        expect(again.writes.map((w) => w.path)).toEqual([]);
        expect(snapshot(dir)).toEqual(after);
      }),
      { numRuns: RUNS, ...SEED },
    );
  });
});

// ---- Cases the fuzzer found, kept as plain tests -------------------------------------------------------

describe('cases the fuzzer found', () => {
  it('a changed digest with the name of one already kept, imported again on a later day, changes nothing', async () => {
    const dir = copyOf(bases[0]!);
    const input = join(mkdtempSync(join(tmpdir(), 'rg-fuzz-in-')), basename(SEED_DIGEST));
    writeFileSync(input, mutate(ORIGINALS[0]!, [{ kind: 'deleteLines', at: 1, count: 1 }]));
    const first = await runImport({ inputs: [input], contentDir: dir, today: '2026-12-01' });
    expect(first.digests[0]!.storedAs).toBe(join(dir, 'digests', '000_98283bd719537a1c-2026-12-01.txt'));
    const before = snapshot(dir);
    const again = await runImport({ inputs: [input], contentDir: dir, today: '2026-12-02' });
    expect(again.digests[0]!.storedAs).toBe(join(dir, 'digests', '000_98283bd719537a1c-2026-12-01.txt'));
    expect(again.writes).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a digest that lists a paper twice (once garbled, without a version) gives the same files when imported again', async () => {
    const dir = copyOf(bases[0]!);
    const input = join(mkdtempSync(join(tmpdir(), 'rg-fuzz-in-')), basename(SEED_DIGEST));
    // Lines 21-29 (the end of the table, `# 详细` and the start of entry [^1]) twice, and every version bumped.
    writeFileSync(
      input,
      mutate(ORIGINALS[0]!, [
        { kind: 'duplicateLines', at: 20, count: 9 },
        { kind: 'bump', by: 1 },
      ]),
    );
    const first = await runImport({ inputs: [input], contentDir: dir, today: '2026-12-01' });
    expect(first.digests[0]!.problems.map((p) => p.message)).toContain('entry [^1] repeats 2404.01399 (already at [^1]); merged into one paper');
    const before = snapshot(dir);
    // The same day, so that only the merging is under test (the digest's name is the case above).
    const again = await runImport({ inputs: [input], contentDir: dir, today: '2026-12-01' });
    expect(again.writes).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });
});
