import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGroup } from '../../src/files/load-group.ts';
import { parseMembers } from '../../src/files/init-group.ts';
import { PROJECT_CONTENT } from '../helpers/content.ts';

function copyOfShippedContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-init-')), 'content');
  cpSync(PROJECT_CONTENT, dir, { recursive: true });
  return dir;
}

function init(dir: string, ...args: string[]) {
  return spawnSync('node', ['src/cli/init.ts', '--content', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const answers = ['--name', 'Vision Club', '--timezone', 'Asia/Shanghai', '--weekday', 'Friday', '--time', '14:00', '--members', 'li:Li Wei,Wang Fang', '--locale', 'zh-CN'];

describe('npm run init', () => {
  it('writes a valid group.yaml and removes the sample papers, sessions and digests', () => {
    const dir = copyOfShippedContent();
    const result = init(dir, ...answers, '--yes');
    expect(result.status, result.stderr).toBe(0);
    const group = loadGroup(join(dir, 'group.yaml'));
    expect(group).toMatchObject({ name: 'Vision Club', timezone: 'Asia/Shanghai', locale: 'zh-CN', meeting: { weekday: 'friday', time: '14:00' } });
    expect(group.members).toEqual([
      { id: 'li', name: 'Li Wei', away: [], presents: true },
      { id: 'wang', name: 'Wang Fang', away: [], presents: true },
    ]);
    for (const folder of ['papers', 'sessions', 'digests']) {
      const path = join(dir, folder);
      expect(existsSync(path) ? readdirSync(path).filter((f) => !f.startsWith('.')) : []).toEqual([]);
    }
  });

  it('never deletes papers the group imported itself', () => {
    const dir = copyOfShippedContent();
    const own = join(dir, 'papers', '2501.00001.md');
    writeFileSync(
      own,
      readFileSync(join(dir, 'papers', '2402.14776.md'), 'utf8')
        .replace('"2402.14776"', '"2501.00001"')
        .replace('digest: 000_98283bd719537a1c.txt', 'digest: cs.CL.md'),
    );
    const before = readdirSync(join(dir, 'papers')).length;
    const result = init(dir, ...answers, '--yes');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/already holds papers of your own .*2501\.00001\.md.*--keep-content/s);
    expect(readdirSync(join(dir, 'papers'))).toHaveLength(before);
    expect(loadGroup(join(dir, 'group.yaml')).name).toBe('LLM Reading Group');
    const kept = init(dir, ...answers, '--keep-content');
    expect(kept.status, kept.stderr).toBe(0);
    expect(readdirSync(join(dir, 'papers'))).toHaveLength(before);
    expect(loadGroup(join(dir, 'group.yaml')).name).toBe('Vision Club');
  });

  it('rejects a wrong answer with the field and what was expected, changing nothing', () => {
    const dir = copyOfShippedContent();
    const result = init(dir, ...answers.map((a) => (a === 'Asia/Shanghai' ? 'Mars/Base' : a)), '--yes');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('error: the new group.yaml (from your answers): timezone: expected an IANA time zone such as Europe/Berlin or Asia/Shanghai (found "Mars/Base")\n');
    expect(readdirSync(join(dir, 'papers')).length).toBeGreaterThanOrEqual(18);
  });

  it('asks for --yes before deleting when it cannot ask in a terminal', () => {
    const dir = copyOfShippedContent();
    const result = init(dir, ...answers);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/add --yes to confirm/);
  });

  it('makes member ids from names and keeps them unique', () => {
    expect(parseMembers(['Ada Lovelace, ada:Ada King', 'Grace Hopper'])).toEqual([
      { id: 'ada', name: 'Ada Lovelace' },
      { id: 'ada2', name: 'Ada King' },
      { id: 'grace', name: 'Grace Hopper' },
    ]);
  });

  it('links members to their GitHub logins and names the repository, for requests from the site', () => {
    const dir = copyOfShippedContent();
    const result = init(dir, ...answers, '--github', 'li:liwei, wang:@Wang-Fang', '--repository', 'https://github.com/vision-club/reading', '--yes');
    expect(result.status, result.stderr).toBe(0);
    const group = loadGroup(join(dir, 'group.yaml'));
    expect(group.members.map((m) => [m.id, m.github])).toEqual([
      ['li', 'liwei'],
      ['wang', 'Wang-Fang'],
    ]);
    expect(group.repository).toEqual({ url: 'https://github.com/vision-club/reading', branch: 'main' });
  });

  it('refuses a login that is not one, or for someone who is not a member, changing nothing', () => {
    const dir = copyOfShippedContent();
    const bad = init(dir, ...answers, '--github', 'li:li wei!', '--yes');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --github: expected id:login pairs such as "li:liwei,wang:wang-fang" (found "li:li wei!")\n');
    const invalid = init(dir, ...answers, '--github', 'li:-liwei', '--yes');
    expect(invalid.stderr).toMatch(/^error: the new group.yaml \(from your answers\): members\[0\]\.github: expected a GitHub login/);
    const stranger = init(dir, ...answers, '--github', 'zoe:zoe', '--yes');
    expect(stranger.stderr).toBe('error: --github: "zoe" is not the id of a member; the members are li, wang\n');
    expect(readdirSync(join(dir, 'papers')).length).toBeGreaterThanOrEqual(18);
  });
});
