/**
 * `npm run plan` end to end on a copy of the shipped content: the "done when" scenario.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import { readFrontmatter } from '../../src/files/frontmatter.ts';

const ROOT = join(import.meta.dirname, '../..');
let dir: string;

function plan(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/plan.ts', '--content', dir, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
}

function session(date: string) {
  return readFrontmatter(readFileSync(join(dir, 'sessions', `${date}.md`), 'utf8'), date).data as {
    papers: { id: string; presenter?: string }[];
    sequence: number;
  };
}

function sessionDates(): string[] {
  return readdirSync(join(dir, 'sessions'))
    .map((n) => n.replace(/\.md$/, ''))
    .sort();
}

function setAway(member: string, date: string) {
  const file = join(dir, 'group.yaml');
  const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
  const members = doc.get('members') as YAML.YAMLSeq<YAML.YAMLMap>;
  const entry = members.items.find((m) => m.get('id') === member)!;
  const away = (entry.get('away') as YAML.YAMLSeq | undefined) ?? doc.createNode([]);
  away.add(date);
  entry.set('away', away);
  writeFileSync(file, doc.toString());
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  rmSync(join(dir, 'sessions'), { recursive: true, force: true });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run plan on the shipped content', () => {
  let afterFirst: Map<string, string>;

  it('with --dry-run prints the plan as a table and writes nothing', () => {
    const before = snapshot();
    const out = plan('--weeks', '8', '--today', '2026-11-24', '--dry-run');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Date\s+Time\s+Paper\s+Presenter\s+Title\s+Change$/m);
    expect(out.stdout).toMatch(/^2026-11-26\s+16:00\s+\S+\s+\w+/m);
    expect(out.stdout).toContain('Sessions: 8 created, 0 updated, 0 kept, 0 left to people.');
    expect(out.stdout).toContain('Dry run: 24 files would change; nothing written.');
    expect(changed(before, snapshot())).toEqual([]);
  });

  it('creates 8 sessions, skipping the winter break, with fairly rotated presenters', () => {
    const before = snapshot();
    const out = plan('--weeks', '8', '--today', '2026-11-24');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Wrote 24 files.');
    expect(sessionDates()).toEqual(['2026-11-26', '2026-12-03', '2026-12-10', '2026-12-17', '2027-01-07', '2027-01-14', '2027-01-21', '2027-01-28']);
    const counts = new Map<string, number>();
    for (const date of sessionDates()) {
      const s = session(date);
      expect(s.papers).toHaveLength(2);
      for (const p of s.papers) counts.set(p.presenter!, (counts.get(p.presenter!) ?? 0) + 1);
      if (date === '2026-12-10') expect(s.papers.map((p) => p.presenter)).not.toContain('bruno');
    }
    expect(counts.has('fatima')).toBe(false);
    expect([...counts.keys()].sort()).toEqual(['alice', 'bruno', 'chen', 'dana', 'emil']);
    expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(1);

    afterFirst = snapshot();
    const papers = changed(before, afterFirst).filter((f) => f.startsWith('papers'));
    expect(papers).toHaveLength(16);
    for (const f of papers) {
      const diff = before
        .get(f)!
        .split('\n')
        .map((line, i) => [line, afterFirst.get(f)!.split('\n')[i]])
        .filter(([a, b]) => a !== b);
      expect(diff).toEqual([['status: candidate', 'status: scheduled']]);
    }
  });

  it('changes no byte when run again', () => {
    const out = plan('--weeks', '8', '--today', '2026-11-24');
    expect(out.stdout).toContain('Sessions: 0 created, 0 updated, 8 kept');
    expect(out.stdout).toContain('Nothing to change');
    expect(changed(afterFirst, snapshot())).toEqual([]);
  });

  it('moves only one assignment when its presenter is marked away on that date', () => {
    const first = session('2026-12-03');
    const presenter = first.papers[0]!.presenter!;
    setAway(presenter, '2026-12-03');
    const before = snapshot();
    const out = plan('--weeks', '8', '--today', '2026-11-24');
    expect(out.stdout).toContain('Sessions: 0 created, 1 updated, 7 kept');
    expect(changed(before, snapshot())).toEqual(['sessions/2026-12-03.md']);
    const now = session('2026-12-03');
    expect(now.papers.map((p) => p.id)).toEqual(first.papers.map((p) => p.id));
    expect(now.papers[1]).toEqual(first.papers[1]);
    expect(now.papers[0]!.presenter).not.toBe(presenter);
    expect(now.sequence).toBe(1);
    const again = snapshot();
    plan('--weeks', '8', '--today', '2026-11-24');
    expect(changed(again, snapshot())).toEqual([]);
  });

  it('leaves a session alone once a person has edited it, even when its presenter becomes away', () => {
    const file = join(dir, 'sessions', '2027-01-07.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\n---\n$/, '\n---\n\nAgenda: bring questions.\n'));
    setAway(session('2027-01-07').papers[0]!.presenter!, '2027-01-07');
    const before = snapshot();
    const out = plan('--weeks', '8', '--today', '2026-11-24');
    expect(out.stdout).toMatch(/2027-01-07 .*left to people/);
    expect(changed(before, snapshot())).toEqual([]);
  });

  it('explains bad input without a stack trace', () => {
    expect(plan('--weeks', '0')).toMatchObject({ code: 2, stderr: expect.stringContaining('--weeks: expected a whole number of meetings from 1 to 520') as string });
    expect(plan('--today', '2026-13-01')).toMatchObject({ code: 2, stderr: expect.stringContaining('--today: expected a date written YYYY-MM-DD') as string });
    const file = join(dir, 'sessions', '2099-01-01.md');
    writeFileSync(file, '---\ndate: 2099-01-01\npapers:\n  - id: "9999.99999"\n    presenter: zed\n---\n');
    const out = plan('--today', '2026-11-24');
    rmSync(file);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`2099-01-01.md: papers[0].id: expected the id of a paper in ${join(dir, 'papers')}/ (found "9999.99999"; there is no ${join(dir, 'papers', '9999.99999.md')})`);
    expect(out.stderr).toContain(`2099-01-01.md: papers[0].presenter: expected the id of a member in ${join(dir, 'group.yaml')}: alice, bruno, chen, dana, emil or fatima (found "zed")`);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
