import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { runImport } from '../../src/files/import/run-import.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { paperSchema } from '../../src/schemas/paper.ts';
import { parseDigest } from '../../src/domain/digest/parse-digest.ts';
import { UserError } from '../../src/domain/errors.ts';
import { DIGESTS, REAL_DIGESTS, SEED_DIGEST, snapshot, tempContent } from '../helpers/content.ts';

const today = '2026-11-24';

function paper(dir: string, id: string) {
  const text = readFileSync(join(dir, 'papers', `${id.replace('/', '_')}.md`), 'utf8');
  return { text, ...readFrontmatter(text, id) };
}

describe('importing a digest into an empty group', () => {
  it.each(REAL_DIGESTS.map((p) => [p.split('/').at(-1)!, p]))('%s creates exactly one valid paper per distinct arXiv id', async (_name, path) => {
    const dir = tempContent();
    const report = await runImport({ inputs: [path], contentDir: dir, today });
    const ids = new Set(parseDigest(readFileSync(path, 'utf8')).entries.map((e) => e.id));
    expect(new Set(report.added)).toEqual(ids);
    const files = readdirSync(join(dir, 'papers'));
    expect(files).toHaveLength(ids.size);
    for (const file of files) {
      const { data } = readFrontmatter(readFileSync(join(dir, 'papers', file), 'utf8'), file);
      const result = paperSchema.safeParse(data);
      expect(result.success, file).toBe(true);
      expect(`${String(data.id)}.md`).toBe(file);
      expect(data.status).toBe('candidate');
      expect(data.sources).toEqual([{ digest: _name, ref: expect.any(Number) as number, imported: today }]);
    }
    expect(readFileSync(join(dir, 'digests', _name), 'utf8')).toBe(readFileSync(path, 'utf8'));
  });

  it('writes the fields of the seed digest as the shipped files have them', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today });
    const { data } = paper(dir, '2402.14776');
    expect(data).toMatchObject({
      id: '2402.14776',
      title: '2D Matryoshka Sentence Embeddings',
      titleZh: '2D Matryoshka句子嵌入',
      status: 'candidate',
      tags: [],
      votes: 0,
    });
  });
});

describe('re-importing', () => {
  it('the same digest changes no byte', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST, ...REAL_DIGESTS], contentDir: dir, today });
    const before = snapshot(dir);
    const report = await runImport({ inputs: [SEED_DIGEST, ...REAL_DIGESTS], contentDir: dir, today: '2027-01-01' });
    expect(report.added).toEqual([]);
    expect(report.updated).toEqual([]);
    expect(report.writes).toEqual([]);
    expect(report.unchanged).toHaveLength(18 + 89 + 59 + 29);
    expect(snapshot(dir)).toEqual(before);
  });

  it('keeps notes, questions, team fields, unknown keys and comments byte for byte', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today });
    const path = join(dir, 'papers', '2404.01399.md');
    const original = readFileSync(path, 'utf8');
    const edited = original
      .replace('status: candidate', 'status: shortlisted   # Alice wants this one')
      .replace('tags: []', 'tags:\n  - safety\n  - alignment')
      .replace('votes: 0', 'votes: [alice, bruno]\nchampion: alice\n# a comment of ours')
      .replace('## Notes\n', '## Notes\n\nThe taxonomy is the **real** contribution.\n')
      .replace('## Discussion questions\n', '## Discussion questions\n\n1. Is the expert annotation reproducible?\n');
    writeFileSync(path, edited);

    // A newer version of the same paper arrives in another digest.
    const newer = readFileSync(SEED_DIGEST, 'utf8').replace('arXiv:2404.01399v1 Announce Type: new', 'arXiv:2404.01399v2 Announce Type: replace');
    const newerPath = join(dir, 'newer.md');
    writeFileSync(newerPath, newer);
    const report = await runImport({ inputs: [newerPath], contentDir: dir, today: '2026-12-01', only: new Set([1]) });
    expect(report.updated).toEqual([{ id: '2404.01399', fields: ['version', 'announceType', 'sources'], version: [1, 2] }]);

    const after = readFileSync(path, 'utf8');
    const { data, body } = readFrontmatter(after, path);
    expect(data.version).toBe(2);
    expect(data.announceType).toBe('replace');
    expect(data.sources).toEqual([
      { digest: '000_98283bd719537a1c.txt', ref: 1, imported: today },
      { digest: 'newer.md', ref: 1, imported: '2026-12-01' },
    ]);
    // Everything people wrote is still there, byte for byte.
    for (const line of ['status: shortlisted   # Alice wants this one', 'tags:\n  - safety\n  - alignment\n', 'votes: [alice, bruno]\nchampion: alice\n# a comment of ours\n']) {
      expect(after).toContain(line);
    }
    expect(body).toBe(readFrontmatter(edited, path).body);
    // Exactly the importer's changed lines differ; nothing else moved.
    const expected = edited
      .replace('version: 1\n', 'version: 2\n')
      .replace('announceType: new\n', 'announceType: replace\n')
      .replace('    imported: "2026-11-24"\n', '    imported: "2026-11-24"\n  - digest: newer.md\n    ref: 1\n    imported: "2026-12-01"\n');
    expect(after).toBe(expected);
  });

  it('an older or equal version only fills empty fields and adds the source', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today });
    const path = join(dir, 'papers', '2402.14776.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8')
        .replace('titleZh: 2D Matryoshka句子嵌入', 'titleZh: ""')
        .replace(/^abstract: .*$/m, 'abstract: A better abstract, fixed by hand.'),
    );
    const copy = join(dir, 'again.txt');
    writeFileSync(copy, readFileSync(SEED_DIGEST));
    await runImport({ inputs: [copy], contentDir: dir, today: '2026-12-02', only: new Set([6]) });
    const { data } = paper(dir, '2402.14776');
    expect(data.titleZh).toBe('2D Matryoshka句子嵌入');
    expect(data.abstract).toBe('A better abstract, fixed by hand.');
    expect((data.sources as unknown[]).length).toBe(2);
  });
});

describe('options', () => {
  it('--dry-run reports the changes and writes nothing', async () => {
    const dir = tempContent();
    const before = snapshot(dir);
    const report = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, dryRun: true });
    expect(report.added).toHaveLength(18);
    expect(report.writes).toHaveLength(19);
    expect(snapshot(dir)).toEqual(before);
  });

  it('--match keeps papers whose titles, summaries or abstracts match, in either language', async () => {
    const dir = tempContent();
    const report = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, match: /matryoshka|安全/iu });
    expect(report.added.sort()).toEqual(['2311.06899', '2401.18018', '2402.14776', '2404.01399']);
    expect(report.filtered).toBe(18 - report.added.length);
  });

  it('--only keeps the listed refs', async () => {
    const dir = tempContent();
    const report = await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today, only: new Set([1, 4, 7]) });
    expect(report.added).toEqual(['2404.01399', '2403.03348', '2402.08526']);
  });

  it('imports from an http URL and keeps the digest under its file name', async () => {
    const body = readFileSync(join(DIGESTS, 'cs.IR-2026-08-21.md'));
    const server = createServer((req, res) => {
      if (req.url === '/feeds/cs.IR.md') res.end(body);
      else res.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const dir = tempContent();
      const report = await runImport({ inputs: [`http://127.0.0.1:${port}/feeds/cs.IR.md`], contentDir: dir, today });
      expect(report.added).toHaveLength(29);
      expect(existsSync(join(dir, 'digests', 'cs.IR.md'))).toBe(true);
      expect(paper(dir, '2608.20317').data.categories).toEqual(['cs.IR']);
      await expect(runImport({ inputs: [`http://127.0.0.1:${port}/missing.md`], contentDir: dir, today })).rejects.toThrow(/returned HTTP 404 Not Found/);
    } finally {
      server.close();
    }
  });

  it('keeps a second digest with the same name but other content under a dated name', async () => {
    const dir = tempContent();
    const a = join(dir, 'cs.CL.md');
    writeFileSync(a, readFileSync(join(DIGESTS, 'cs.CL-2023-06-01.md')));
    await runImport({ inputs: [a], contentDir: dir, today: '2023-06-01' });
    writeFileSync(a, readFileSync(join(DIGESTS, 'cs.IR-2026-08-21.md')));
    const report = await runImport({ inputs: [a], contentDir: dir, today: '2026-08-21' });
    expect(report.digests[0]!.storedAs).toBe(join(dir, 'digests', 'cs.CL-2026-08-21.md'));
    expect(paper(dir, '2608.20317').data.sources).toEqual([{ digest: 'cs.CL-2026-08-21.md', ref: 1, imported: '2026-08-21' }]);
  });
});

describe('bad input leaves content/ untouched', () => {
  it('a file that is not a digest fails with the file, the line and the offending text', async () => {
    const dir = tempContent({ papers: true });
    const bad = join(dir, 'notes.md');
    writeFileSync(bad, '# My notes\n\nnot a digest\n');
    const before = snapshot(dir);
    const error = await runImport({ inputs: [SEED_DIGEST, bad], contentDir: dir, today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(`${bad}:1: expected the heading \`# 摘要\` that starts a digest\n    found: "# My notes"`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a missing file, a folder and a non-UTF-8 file each get a clear message', async () => {
    const dir = tempContent();
    await expect(runImport({ inputs: [join(dir, 'nope.md')], contentDir: dir, today })).rejects.toThrow(/nope\.md: no such file/);
    await expect(runImport({ inputs: [dir], contentDir: dir, today })).rejects.toThrow(/is a folder/);
    const latin = join(dir, 'latin1.md');
    writeFileSync(latin, Buffer.from([0x23, 0x20, 0xe9, 0xff, 0x0a]));
    await expect(runImport({ inputs: [latin], contentDir: dir, today })).rejects.toThrow(/not UTF-8 text/);
  });

  it('a file bigger than a digest may be is refused before it is read, with the same limit as a download', async () => {
    const dir = tempContent();
    const big = join(dir, 'dump.md');
    writeFileSync(big, readFileSync(SEED_DIGEST));
    const size = readFileSync(big).length;
    const before = snapshot(dir);
    const error = await runImport({ inputs: [big], contentDir: dir, today, maxBytes: size - 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `${big}: ${Number((size / 2 ** 20).toFixed(2))} MB (${size} bytes), more than the ${Number(((size - 1) / 2 ** 20).toFixed(2))} MB (${size - 1} bytes) a digest may have (about 2 MB is usual; IMPORT_MAX_BYTES raises the limit)`,
    );
    expect(snapshot(dir)).toEqual(before);
    // At the limit exactly, it is read as usual.
    const report = await runImport({ inputs: [big], contentDir: dir, today, maxBytes: size });
    expect(report.added.length).toBe(18);
  });

  it('a pipe, which has no size to check first, is read only until it passes the limit', async () => {
    const dir = tempContent();
    // Outside content/: reading the folder must not open the pipe.
    const fifo = join(mkdtempSync(join(tmpdir(), 'rg-pipe-')), 'digest.pipe');
    execFileSync('mkfifo', [fifo]);
    // A writer that never ends: only the limit stops the reading.
    const writer = spawn('sh', ['-c', `while cat "${SEED_DIGEST}"; do :; done > "${fifo}"`], { stdio: 'ignore' });
    try {
      const before = snapshot(dir);
      const error = await runImport({ inputs: [fifo], contentDir: dir, today, maxBytes: 100_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toBe(`${fifo}: stopped reading after 0.1 MB, more than the 0.1 MB (100000 bytes) a digest may have (about 2 MB is usual; IMPORT_MAX_BYTES raises the limit)`);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      writer.kill();
    }
  });

  it('a paper file whose frontmatter a person broke stops the import, naming the file and line', async () => {
    const dir = tempContent();
    await runImport({ inputs: [SEED_DIGEST], contentDir: dir, today });
    const path = join(dir, 'papers', '2403.20041.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('tags: []', 'tags: [unclosed'));
    const before = snapshot(dir);
    const other = join(dir, 'cs.IR.md');
    writeFileSync(other, readFileSync(join(DIGESTS, 'cs.IR-2026-08-21.md')));
    const copy = join(dir, 'seed-again.txt');
    writeFileSync(copy, readFileSync(SEED_DIGEST));
    const beforeWithInputs = snapshot(dir);
    await expect(runImport({ inputs: [other, copy], contentDir: dir, today })).rejects.toThrow(/papers\/2403\.20041\.md:\d+: the frontmatter is not valid YAML/);
    expect(snapshot(dir)).toEqual(beforeWithInputs);
    expect(before.size + 2).toBe(beforeWithInputs.size);
  });

  it('a failing write leaves no file half-written and no temp file behind', async () => {
    const dir = tempContent();
    // A plain file where the papers folder should be: the digest's write succeeds, the papers' fail.
    writeFileSync(join(dir, 'papers'), 'in the way');
    const before = snapshot(dir);
    await expect(runImport({ inputs: [SEED_DIGEST], contentDir: dir, today })).rejects.toThrow();
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'digests')) ? readdirSync(join(dir, 'digests')) : []).toEqual([]);
  });
});
