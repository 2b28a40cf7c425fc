/**
 * Requests from the site: the recorded issue events of tests/fixtures/requests/ fed to
 * `npm run request` (the real command, in its own process) against a copy of the demo group, with
 * the whole content tree compared before and after. Plus the pieces: the issue forms, the body
 * parser, the group.yaml edit, the question list, the links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import yaml from 'js-yaml';
import { runCli, expectUserError, type CliResult } from '../helpers/cli.ts';
import { PROJECT_CONTENT, snapshot } from '../helpers/content.ts';
import { REQUEST_FORMS, formYaml, formOf } from '../../src/domain/requests/forms.ts';
import { parseFormBody, readIssueEvent } from '../../src/domain/requests/parse-issue.ts';
import { addAbsence, cutAbsences, replaceAbsences } from '../../src/files/requests/group-edit.ts';
import { githubRepositoryUrl, requestLink, siteRepository } from '../../src/domain/requests/links.ts';
import { appendQuestion, parsePaperBody } from '../../src/domain/paper-body.ts';
import { loadGroup, parseGroup } from '../../src/files/load-group.ts';
import { readFrontmatter } from '../../src/files/frontmatter.ts';
import { parseSessionFile } from '../../src/files/session-file.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { RequestRefused } from '../../src/domain/requests/refused.ts';
import { startFakeArxiv, syntheticFeed, type FakeArxiv } from './arxiv-api-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EVENTS = join(ROOT, 'tests', 'fixtures', 'requests');

/** The parts of a recorded issue event (tests/fixtures/requests) that the tests change. */
interface IssueEvent {
  issue: { body: string; labels: { name: string }[] };
}

function readEvent(file: string): IssueEvent {
  return JSON.parse(readFileSync(join(EVENTS, file), 'utf8')) as IssueEvent;
}
const TODAY = '2026-11-24';
let template: string;

/**
 * The demo group with three weeks planned from TODAY, alice and chen linked to GitHub accounts, and
 * acting for others allowed: sessions 2026-11-26, 2026-12-03 (alice presents 2312.11805) and 2026-12-10.
 */
beforeAll(() => {
  template = join(mkdtempSync(join(tmpdir(), 'rg-requests-')), 'content');
  cpSync(PROJECT_CONTENT, template, { recursive: true });
  const group = join(template, 'group.yaml');
  writeFileSync(
    group,
    readFileSync(group, 'utf8')
      .replace('    name: Alice Zhang\n', '    name: Alice Zhang\n    github: alice-zhang\n')
      .replace('    name: Chen Wei\n', '    name: Chen Wei\n    github: Chen-Wei\n')
      .replace('\nrepository:\n', '\nrequests:\n  actOnBehalf: true\n\nrepository:\n'),
  );
  execFileSync(process.execPath, ['src/cli/plan.ts', '--content', template, '--weeks', '3', '--today', TODAY], { cwd: ROOT, stdio: 'pipe' });
});

function freshContent(edit?: (dir: string) => void): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'rg-request-')), 'content');
  cpSync(template, dir, { recursive: true });
  edit?.(dir);
  return dir;
}

function request(content: string, event: string, env: Record<string, string> = {}, extra: string[] = []): Promise<CliResult> {
  return runCli('request', ['--event', join(EVENTS, `${event}.json`), '--content', content, '--today', TODAY, ...extra], env);
}

/** The lines removed from `a` and added in `b`, by a longest-common-subsequence line diff. */
function lineDiff(a: string[], b: string[]): { removed: string[]; added: string[] } {
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  return { removed, added };
}

/** The files that differ between two snapshots, each with its removed and added lines. */
function changes(before: Map<string, string>, after: Map<string, string>): Record<string, { removed: string[]; added: string[] }> {
  const out: Record<string, { removed: string[]; added: string[] }> = {};
  for (const path of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(path);
    const b = after.get(path);
    if (a !== b) out[path] = lineDiff((a ?? '').split('\n'), (b ?? '').split('\n'));
  }
  return out;
}

const utf8 = (text: string) => Buffer.from(text, 'latin1').toString('utf8');

describe('the issue forms', () => {
  it('are the files in .github/ISSUE_TEMPLATE/, written from src/domain/requests/forms.ts', () => {
    for (const form of REQUEST_FORMS) {
      const path = join(ROOT, '.github', 'ISSUE_TEMPLATE', form.file);
      expect(readFileSync(path, 'utf8'), `${form.file} is out of date: npx node scripts/write-request-forms.ts`).toBe(formYaml(form));
    }
    expect(formOf('vote').file).toMatch(/vote/);
  });

  it("follow GitHub's form schema: name, description, labels, body of elements with unique ids", () => {
    for (const form of REQUEST_FORMS) {
      const data = yaml.load(formYaml(form)) as {
        name: string;
        description: string;
        title: string;
        labels: string[];
        body: { type: string; id?: string; attributes: { label?: string; value?: string }; validations?: { required: boolean } }[];
      };
      expect(Object.keys(data).sort()).toEqual(['body', 'description', 'labels', 'name', 'title']);
      expect(data.labels).toEqual([form.label]);
      expect(data.body[0]!.type).toBe('markdown');
      const fields = data.body.slice(1);
      expect(fields.map((f) => f.id)).toEqual(form.fields.map((f) => f.id));
      expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
      for (const f of fields) {
        expect(['input', 'textarea']).toContain(f.type);
        expect(f.id).toMatch(/^[a-z][a-z0-9_-]*$/);
        expect(f.attributes.label).toBeTruthy();
      }
    }
  });
});

describe('reading an issue', () => {
  it('cuts a rendered form into its fields; _No response_ is empty; CRLF is fine', () => {
    const form = formOf('away');
    const body = '### From\r\n\r\n2026-12-03\r\n\r\n### To\r\n\r\n_No response_\r\n\r\n### Reason\r\n\r\nconference\r\nin Lisbon\r\n\r\n### On behalf of\r\n\r\n_No response_';
    expect(parseFormBody(body, form)).toEqual({ from: '2026-12-03', reason: 'conference\nin Lisbon' });
  });

  it('finds the form by its label and the requester by issue.user.login', () => {
    const event = readEvent('vote.json');
    expect(readIssueEvent(event)).toMatchObject({ form: { kind: 'vote' }, login: 'alice-zhang', association: 'MEMBER', number: 12, fields: { paper: '2404.01399' } });
  });

  it('refuses an event that is not an issue, an issue without a request label, or with two', () => {
    expect(() => readIssueEvent({ action: 'opened' })).toThrow(RequestRefused);
    const event = readEvent('vote.json');
    event.issue.labels.push({ name: 'request:away' });
    expect(() => readIssueEvent(event)).toThrow(/one request per issue/);
  });
});

describe('npm run request: each kind of request changes exactly the right lines of the right file', () => {
  const cases: { event: string; file: string; removed: string[]; added: string[] }[] = [
    { event: 'vote', file: 'papers/2404.01399.md', removed: ['votes: 0'], added: ['votes: [alice]'] },
    { event: 'rsvp', file: 'sessions/2026-12-10.md', removed: [], added: ['rsvp: [alice]'] },
    { event: 'read', file: 'sessions/2026-12-03.md', removed: [], added: ['read:', '  "2312.11805": [alice]'] },
    {
      event: 'question',
      file: 'papers/2404.01399.md',
      removed: [],
      added: ["3. Which of the framework's safety categories would still fail under an adaptive red-teaming attack? — proposed by Alice Zhang"],
    },
    { event: 'away', file: 'group.yaml', removed: [], added: ['    away:', '      - { from: 2026-12-03, to: 2026-12-03, reason: "conference" }'] },
    { event: 'on-behalf', file: 'papers/2404.01399.md', removed: ['votes: 0'], added: ['votes: [dana]'] },
  ];
  for (const c of cases) {
    it(`${c.event}: ${c.file}`, async () => {
      const content = freshContent();
      // The RSVP case is for a session alice is not away from.
      const event = c.event === 'rsvp' ? 'rsvp-12-10' : c.event;
      if (event === 'rsvp-12-10') {
        const data = readEvent('rsvp.json');
        data.issue.body = data.issue.body.replace('2026-12-03', '2026-12-10');
        writeFileSync(join(content, '..', 'rsvp-12-10.json'), JSON.stringify(data));
      }
      const before = snapshot(content);
      const result = event === 'rsvp-12-10' ? await runCli('request', ['--event', join(content, '..', 'rsvp-12-10.json'), '--content', content, '--today', TODAY]) : await request(content, event);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^(Recorded|Added)/);
      const diff = changes(before, snapshot(content));
      expect(Object.keys(diff)).toEqual([c.file]);
      expect(diff[c.file]!.removed.map(utf8)).toEqual(c.removed);
      expect(diff[c.file]!.added.map(utf8)).toEqual(c.added);
      // The same request again changes nothing and says so.
      const again = snapshot(content);
      const second = event === 'rsvp-12-10' ? await runCli('request', ['--event', join(content, '..', 'rsvp-12-10.json'), '--content', content, '--today', TODAY]) : await request(content, event);
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/already|nothing changed/);
      expect(snapshot(content)).toEqual(again);
      expect(readdirSync(content)).not.toContain('.lock');
    });
  }

  it('withdraws a vote, and says so when there was none to withdraw', async () => {
    const content = freshContent();
    const none = await request(content, 'withdraw-vote');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('had not voted');
    await request(content, 'vote');
    const before = snapshot(content);
    const result = await request(content, 'withdraw-vote');
    expect(result.stdout).toContain('Withdrawn: Alice Zhang no longer votes for arXiv:2404.01399');
    const diff = changes(before, snapshot(content));
    expect(diff).toEqual({ 'papers/2404.01399.md': { removed: ['votes: [alice]'], added: ['votes: []'] } });
  });

  it('writes the commit message naming the request, and none when nothing changed', async () => {
    const content = freshContent();
    const message = join(content, '..', 'message.txt');
    await request(content, 'vote', {}, ['--commit-message', message]);
    expect(readFileSync(message, 'utf8')).toBe('vote: alice votes for 2404.01399 (#12)\n');
    await request(content, 'vote', {}, ['--commit-message', message]);
    expect(readFileSync(message, 'utf8')).toBe('');
  });

  it('refuses a vote on a hand-written count of votes instead of losing it', async () => {
    const content = freshContent((dir) => {
      const path = join(dir, 'papers', '2404.01399.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('votes: 0', 'votes: 3'));
    });
    const before = snapshot(content);
    const result = await request(content, 'vote');
    expectUserError(result);
    expect(result.stdout).toContain('written as a number (3)');
    expect(snapshot(content)).toEqual(before);
  });

  it("keeps a planned session the planner's after RSVPs and reading, and the next plan respects an absence", async () => {
    const content = freshContent();
    await request(content, 'read');
    const session = parseSessionFile(readFileSync(join(content, 'sessions', '2026-12-03.md'), 'utf8'), '2026-12-03.md');
    expect(session.owner).toBe('planner');
    expect(session.data.read).toEqual({ '2312.11805': ['alice'] });
    expect(session.data.papers.find((p) => p.id === '2312.11805')?.presenter).toBe('alice');
    await request(content, 'away');
    execFileSync(process.execPath, ['src/cli/plan.ts', '--content', content, '--weeks', '3', '--today', TODAY], { cwd: ROOT, stdio: 'pipe' });
    const replanned = parseSessionFile(readFileSync(join(content, 'sessions', '2026-12-03.md'), 'utf8'), '2026-12-03.md');
    expect(replanned.data.papers.map((p) => p.presenter)).not.toContain('alice');
    // What alice read is still recorded.
    expect(replanned.data.read).toEqual({ '2312.11805': ['alice'] });
  });

  it('takes back an RSVP when the member then says they are away, in the same commit', async () => {
    const content = freshContent((dir) => {
      const path = join(dir, 'sessions', '2026-12-03.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('papers:\n', 'rsvp: [chen, alice]\npapers:\n'));
    });
    const before = snapshot(content);
    const result = await request(content, 'away');
    expect(result.stdout).toContain('No longer listed as coming on 2026-12-03.');
    const diff = changes(before, snapshot(content));
    expect(Object.keys(diff).sort()).toEqual(['group.yaml', 'sessions/2026-12-03.md']);
    expect(diff['sessions/2026-12-03.md']).toEqual({ removed: ['rsvp: [chen, alice]'], added: ['rsvp: [chen]'] });
    // And an RSVP for a day one is away is refused with the way out.
    const rsvp = await request(content, 'rsvp');
    expectUserError(rsvp);
    expect(rsvp.stdout).toContain('content/group.yaml says Alice Zhang is away on 2026-12-03');
  });

  it('writes a reason that would break YAML as a quoted string, and nothing else', async () => {
    const content = freshContent();
    const before = loadGroup(join(content, 'group.yaml'));
    const result = await request(content, 'yaml-breaking-reason');
    expect(result.code, result.stderr).toBe(0);
    const after = loadGroup(join(content, 'group.yaml'));
    expect(after.members.map((m) => m.id)).toEqual(before.members.map((m) => m.id));
    expect(after.members[0]!.away).toEqual([{ from: '2026-12-10', to: '2026-12-10', reason: 'x --- members: [] # owned: yes - { id: mallory }' }]);
    expect({ ...after, members: after.members.slice(1) }).toEqual({ ...before, members: before.members.slice(1) });
  });

  it('adds a hostile question as one inert item after the others, which stay as they were', async () => {
    const content = freshContent();
    const path = join(content, 'papers', '2404.01399.md');
    const before = parsePaperBody(readFrontmatter(readFileSync(path, 'utf8'), path).body);
    const result = await request(content, 'hostile-question');
    expect(result.code, result.stderr).toBe(0);
    const after = parsePaperBody(readFrontmatter(readFileSync(path, 'utf8'), path).body);
    expect(after.questionItems.slice(0, -1)).toEqual(before.questionItems);
    expect(after.questionItems).toHaveLength(before.questionItems.length + 1);
    expect(after.questionItems.at(-1)!.starter).toBe(false);
    expect(after.notes).toBe(before.notes);
    const html = renderMarkdown(after.questions.at(-1)!);
    expect(html).not.toMatch(/<script|<h2|href="javascript:|<hr|<li/i);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('— proposed by Alice Zhang');
  });

  it("suggests a paper with its details from arXiv, marked suggestedBy and with the group's status", async () => {
    const server: FakeArxiv = await startFakeArxiv((url) => ({
      body: syntheticFeed((url.searchParams.get('id_list') ?? '').split(','), (id) => ({
        id,
        title: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model',
        abstract: 'We present DeepSeek-V2, a strong Mixture-of-Experts language model characterized by economical training and efficient inference.',
        authors: ['DeepSeek-AI', 'Aixin Liu'],
        categories: ['cs.CL'],
        published: '2024-05-07T10:00:00Z',
        updated: '2024-06-19T10:00:00Z',
      })),
    }));
    try {
      const content = freshContent((dir) => {
        const group = join(dir, 'group.yaml');
        writeFileSync(group, readFileSync(group, 'utf8').replace('  actOnBehalf: true\n', '  actOnBehalf: true\n  suggestionStatus: shortlisted\n'));
      });
      const before = snapshot(content);
      const result = await request(content, 'suggest', { ARXIV_API_URL: server.url });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain(
        "Added arXiv:2405.04434 (DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model) to the group's papers as shortlisted, suggested by Chen Wei.",
      );
      const diff = changes(before, snapshot(content));
      expect(Object.keys(diff)).toEqual(['papers/2405.04434.md']);
      const { data } = readFrontmatter(readFileSync(join(content, 'papers', '2405.04434.md'), 'utf8'), 'x');
      expect(data).toMatchObject({ id: '2405.04434', status: 'shortlisted', suggestedBy: 'chen', authors: ['DeepSeek-AI', 'Aixin Liu'], submitted: '2024-05-07' });
      const again = await request(content, 'suggest', { ARXIV_API_URL: server.url });
      expect(again.stdout).toContain("already on the group's list (shortlisted, suggested by Chen Wei); nothing changed.");
    } finally {
      await server.close();
    }
  });

  it('suggests a paper as a candidate by default, with only its id while arXiv cannot be reached', async () => {
    const content = freshContent();
    const result = await request(content, 'suggest');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('as candidate, suggested by Chen Wei. arXiv could not be reached just now');
    const { data } = readFrontmatter(readFileSync(join(content, 'papers', '2405.04434.md'), 'utf8'), 'x');
    expect(data).toMatchObject({ status: 'candidate', suggestedBy: 'chen', title: 'arXiv:2405.04434' });
  });

  it('refuses to act for another member unless the group allows it', async () => {
    const content = freshContent((dir) => {
      const group = join(dir, 'group.yaml');
      writeFileSync(group, readFileSync(group, 'utf8').replace('  actOnBehalf: true\n', '  actOnBehalf: false\n'));
    });
    const before = snapshot(content);
    const result = await request(content, 'on-behalf');
    expectUserError(result);
    expect(result.stdout).toContain('`requests.actOnBehalf` in content/group.yaml is off');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('npm run request: taking a request back', () => {
  it("cancel-rsvp: takes the member out of the session's rsvp, and only that", async () => {
    const content = freshContent((dir) => {
      const path = join(dir, 'sessions', '2026-12-03.md');
      writeFileSync(path, readFileSync(path, 'utf8').replace('papers:\n', 'rsvp: [chen, alice]\npapers:\n'));
    });
    const before = snapshot(content);
    const message = join(content, '..', 'message.txt');
    const result = await request(content, 'cancel-rsvp', {}, ['--commit-message', message]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Recorded: Alice Zhang is no longer listed as coming on 2026-12-03. Coming: Chen Wei.\n');
    expect(readFileSync(message, 'utf8')).toBe('cancel-rsvp: alice no longer comes on 2026-12-03 (#31)\n');
    expect(changes(before, snapshot(content))).toEqual({ 'sessions/2026-12-03.md': { removed: ['rsvp: [chen, alice]'], added: ['rsvp: [chen]'] } });
    // Again: nothing to take back.
    const again = snapshot(content);
    const second = await request(content, 'cancel-rsvp');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Alice Zhang was not listed as coming on 2026-12-03; nothing to take back, nothing changed.');
    expect(snapshot(content)).toEqual(again);
  });

  it('rsvp then cancel-rsvp gives back the session file as it was', async () => {
    const content = freshContent();
    const before = snapshot(content);
    expect((await request(content, 'rsvp')).code).toBe(0);
    expect(changes(before, snapshot(content))).toEqual({ 'sessions/2026-12-03.md': { removed: [], added: ['rsvp: [alice]'] } });
    expect((await request(content, 'cancel-rsvp')).code).toBe(0);
    expect(snapshot(content)).toEqual(before);
  });

  it('not-away: "I can\'t come" then "I can come after all" gives back group.yaml byte for byte; again changes nothing', async () => {
    const content = freshContent();
    const before = snapshot(content);
    expect((await request(content, 'away')).code).toBe(0);
    expect(Object.keys(changes(before, snapshot(content)))).toEqual(['group.yaml']);
    const message = join(content, '..', 'message.txt');
    const result = await request(content, 'not-away', {}, ['--commit-message', message]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Recorded: Alice Zhang is no longer away on 2026-12-03\. The next planning run/);
    expect(result.stdout).not.toContain('Still away');
    expect(readFileSync(message, 'utf8')).toBe('not-away: alice is no longer away on 2026-12-03 (#32)\n');
    expect(snapshot(content)).toEqual(before);
    const second = await request(content, 'not-away');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Alice Zhang is not marked away on 2026-12-03 in content/group.yaml; nothing changed.');
    expect(snapshot(content)).toEqual(before);
  });

  it('not-away on a day inside a longer absence cuts it in two, keeping the reason, changing only those lines', async () => {
    const content = freshContent();
    const before = snapshot(content);
    const result = await request(content, 'not-away-on-behalf');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Recorded: Bruno Keller is no longer away on 2026-12-09.');
    expect(result.stdout).toContain('Still away: 2026-12-07 to 2026-12-08, 2026-12-10 to 2026-12-11.');
    expect(changes(before, snapshot(content))).toEqual({
      'group.yaml': {
        removed: ['      - from: 2026-12-07', '        to: 2026-12-11', '        reason: conference'],
        added: ['      - { from: 2026-12-07, to: 2026-12-08, reason: "conference" }', '      - { from: 2026-12-10, to: 2026-12-11, reason: "conference" }'],
      },
    });
    expect(loadGroup(join(content, 'group.yaml')).members.find((m) => m.id === 'bruno')!.away).toEqual([
      { from: '2026-12-07', to: '2026-12-08', reason: 'conference' },
      { from: '2026-12-10', to: '2026-12-11', reason: 'conference' },
    ]);
    const again = snapshot(content);
    expect((await request(content, 'not-away-on-behalf')).stdout).toContain('nothing changed');
    expect(snapshot(content)).toEqual(again);
  });

  it('an RSVP refused for a day one is away points to "I can come after all"', async () => {
    const content = freshContent();
    await request(content, 'away');
    const rsvp = await request(content, 'rsvp');
    expectUserError(rsvp);
    expect(rsvp.stdout).toContain('"I can come after all" link');
    await request(content, 'not-away');
    expect((await request(content, 'rsvp')).code).toBe(0);
  });

  it('refuses to take back a session that does not exist or days that are over, changing nothing', async () => {
    const content = freshContent();
    const before = snapshot(content);
    const event = readEvent('cancel-rsvp.json');
    const file = join(content, '..', 'event.json');
    writeFileSync(file, JSON.stringify({ ...event, issue: { ...event.issue, body: event.issue.body.replace('2026-12-03', '2026-12-04') } }));
    const missing = await runCli('request', ['--event', file, '--content', content, '--today', TODAY]);
    expectUserError(missing);
    expect(missing.stdout).toContain('the group has no session on 2026-12-04');
    const past = await runCli('request', ['--event', join(EVENTS, 'not-away.json'), '--content', content, '--today', '2026-12-05']);
    expectUserError(past);
    expect(past.stdout).toContain('2026-12-03 is over already (today is 2026-12-05)');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('taking days out of absences in group.yaml', () => {
  const head = 'name: G\ntimezone: Europe/Berlin\nmeeting: { weekday: monday, time: "10:00" }\n';
  const cut = (away: { from: string; to?: string; reason?: string }[], from: string, to: string) => cutAbsences(away, from, to).cut;

  it('cuts an absence into what lies before and after the days, with its reason; leaves the others', () => {
    const away = [{ from: '2027-01-01', to: '2027-01-02' }, { from: '2027-03-01', to: '2027-03-10', reason: 'trip' }, { from: '2027-04-01' }];
    expect(cutAbsences(away, '2027-03-04', '2027-03-05').next).toEqual([
      { from: '2027-01-01', to: '2027-01-02' },
      { from: '2027-03-01', to: '2027-03-03', reason: 'trip' },
      { from: '2027-03-06', to: '2027-03-10', reason: 'trip' },
      { from: '2027-04-01' },
    ]);
    expect(cutAbsences(away, '2026-12-01', '2027-03-31').next).toEqual([{ from: '2027-04-01' }]);
    expect(cutAbsences(away, '2027-05-01', '2027-05-01').cut.size).toBe(0);
  });

  it('in a flow list: replaces or removes the item, down to an empty list', () => {
    const text = `${head}members:\n  - id: li\n    name: Li Wei\n    away: [{ from: 2027-01-01, to: 2027-01-02 }, 2027-02-03, { from: 2027-03-01, to: 2027-03-10 }]   # noted\n`;
    const away = parseGroup(text, 'g.yaml').members[0]!.away;
    expect(replaceAbsences(text, 'li', cut(away, '2027-02-03', '2027-02-03'), 'g.yaml')).toBe(text.replace('2027-01-02 }, 2027-02-03, {', '2027-01-02 }, {'));
    expect(replaceAbsences(text, 'li', cut(away, '2027-03-05', '2027-03-10'), 'g.yaml')).toBe(text.replace('{ from: 2027-03-01, to: 2027-03-10 }', '{ from: 2027-03-01, to: 2027-03-04 }'));
    expect(replaceAbsences(text, 'li', cut(away, '2027-01-01', '2027-12-31'), 'g.yaml')).toBe(text.replace(/away: \[.*\]/, 'away: []'));
  });

  it("in a block list: replaces the item's lines; the last one goes with its key; comments, BOM and CRLF stay", () => {
    const text =
      `\uFEFF${head}members:\n  - id: li\n    name: Li Wei # the lead\n    away:\n      - from: 2027-01-01\n        to: 2027-01-09\n      - 2027-02-03   # a talk\n  # next one\n  - id: bo\n    name: Bo\n`.replace(
        /\n/g,
        '\r\n',
      );
    const away = parseGroup(text, 'g.yaml').members[0]!.away;
    expect(replaceAbsences(text, 'li', cut(away, '2027-01-05', '2027-01-05'), 'g.yaml')).toBe(
      text.replace('      - from: 2027-01-01\r\n        to: 2027-01-09\r\n', '      - { from: 2027-01-01, to: 2027-01-04 }\r\n      - { from: 2027-01-06, to: 2027-01-09 }\r\n'),
    );
    expect(replaceAbsences(text, 'li', cut(away, '2027-02-03', '2027-02-03'), 'g.yaml')).toBe(text.replace('      - 2027-02-03   # a talk\r\n', ''));
    expect(replaceAbsences(text, 'li', cut(away, '2027-01-01', '2027-02-28'), 'g.yaml')).toBe(text.replace(/ {4}away:\r\n[\s\S]*# a talk\r\n/, ''));
  });

  it('refuses a member written on one line', () => {
    const text = `${head}members:\n  - { id: li, name: Li Wei, away: [2027-02-03] }\n`;
    expect(() => replaceAbsences(text, 'li', new Map([[0, []]]), 'g.yaml')).toThrow(/written on one line/);
  });
});

describe("npm run request: replies in the group's language", () => {
  const chinese = (dir: string) => {
    const group = join(dir, 'group.yaml');
    writeFileSync(group, readFileSync(group, 'utf8').replace('locale: en', 'locale: zh-CN'));
  };

  it('a zh-CN group gets its replies in Chinese, and the same change to its files', async () => {
    const content = freshContent(chinese);
    const before = snapshot(content);
    const result = await request(content, 'vote');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('已记录：Alice Zhang 给 arXiv:2404.01399（Developing Safe and Responsible Large Language Models -- A Comprehensive Framework）投了票。现在投票的人：Alice Zhang。\n');
    expect(changes(before, snapshot(content))).toEqual({ 'papers/2404.01399.md': { removed: ['votes: 0'], added: ['votes: [alice]'] } });
    expect((await request(content, 'vote')).stdout).toContain('已经给 arXiv:2404.01399');
  });

  it('and its refusals too, from reading the issue to who asks', async () => {
    const content = freshContent(chinese);
    const stranger = await request(content, 'non-member');
    expectUserError(stranger);
    expect(stranger.stdout).toMatch(/^这个请求无法执行，没有改动任何内容：感谢参与，@passer-by！你的 GitHub 账号还没有关联到小组成员/);
    const foreign = await request(content, 'unknown-form');
    expect(foreign.stdout).toContain('这个 issue 不是小组的请求表单');
  });
});

describe('npm run request: hostile and wrong requests are refused, politely, changing nothing', () => {
  const refused: [string, RegExp][] = [
    ['non-member', /thank you for taking part, @passer-by! Your GitHub account is not linked to a member of the group yet[\s\S]*`github: passer-by`/],
    ['on-behalf-no-access', /only people with write access/],
    ['unknown-form', /not one of the group's request forms \(it has no label such as request:vote; found "bug"\)/],
    ['path-like-id', /"Paper" is `\.\.\/\.\.\/group`; expected an arXiv id/],
    ['old-style-traversal', /"Paper" is `hep-th\/\.\.\/\.\.\/x`; expected an arXiv id/],
    ['shell-metacharacters', /"Paper" is `2404\.01399; \$\(touch \/tmp\/pwned\) 'id' && echo pwned > \/tmp\/pw…`; expected an arXiv id or link/],
    ['yaml-breaking-member', /"On behalf of" is `alice votes: \[everyone\]`; expected a member id/],
    ['duplicate-heading', /the form's field "Paper" appears twice/],
    ['bad-date', /"Session" is `2026-02-30`; expected a date that exists in the calendar \(2026-02 has 28 days\)/],
    ['huge-body', /the issue's text is 40,070 characters long/],
  ];
  for (const [event, reply] of refused) {
    it(event, async () => {
      const content = freshContent();
      const before = snapshot(content);
      const result = await request(content, event);
      expectUserError(result);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/^This request could not be carried out, and nothing was changed: /);
      expect(result.stdout).toMatch(reply);
      expect(snapshot(content)).toEqual(before);
      expect(existsSync('/tmp/pwned')).toBe(false);
    });
  }

  it('refuses a question for a paper the group does not have, a session that does not exist, and a past absence', async () => {
    const content = freshContent();
    const event = readEvent('read.json');
    const cases: [string, string][] = [
      [event.issue.body.replace('2312.11805', '2401.18018'), 'the session on 2026-12-03 does not have paper 2401.18018; its papers are 2311.06899, 2312.11805'],
      [event.issue.body.replace('2026-12-03', '2026-12-04'), 'the group has no session on 2026-12-04'],
    ];
    for (const [body, message] of cases) {
      const file = join(content, '..', 'event.json');
      writeFileSync(file, JSON.stringify({ ...event, issue: { ...event.issue, body } }));
      const result = await runCli('request', ['--event', file, '--content', content, '--today', TODAY]);
      expectUserError(result);
      expect(result.stdout).toContain(message);
    }
    const away = await runCli('request', ['--event', join(EVENTS, 'away.json'), '--content', content, '--today', '2026-12-05']);
    expectUserError(away);
    expect(away.stdout).toContain('2026-12-03 is over already (today is 2026-12-05)');
  });

  it('refuses an event file that is not JSON, and says how to call it without one', async () => {
    const content = freshContent();
    const file = join(content, '..', 'broken.json');
    writeFileSync(file, '{"action": "opened", "issue": ');
    const result = await runCli('request', ['--event', file, '--content', content]);
    expect(expectUserError(result)).toMatch(/is not JSON/);
    const missing = await runCli('request', ['--content', content]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: --event <file> is required/);
  });
});

describe('adding an absence to group.yaml', () => {
  const absence = { from: '2027-03-01', to: '2027-03-05', reason: 'conference' };
  const head = 'name: G\ntimezone: Europe/Berlin\nmeeting: { weekday: monday, time: "10:00" }\n';

  it('appends to a flow list, or to an empty one', () => {
    const text = `${head}members:\n  - id: li\n    name: Li Wei\n    away: [{ from: 2027-01-01, to: 2027-01-02 }]   # noted\n`;
    expect(addAbsence(text, 'li', absence, 'g.yaml')).toBe(text.replace('2027-01-02 }]', '2027-01-02 }, { from: 2027-03-01, to: 2027-03-05, reason: "conference" }]'));
    const empty = `${head}members:\n  - id: li\n    name: Li Wei\n    away: []\n`;
    expect(addAbsence(empty, 'li', absence, 'g.yaml')).toBe(empty.replace('away: []', 'away: [{ from: 2027-03-01, to: 2027-03-05, reason: "conference" }]'));
  });

  it("adds an away list after the member's last line, keeping comments, a byte-order mark and CRLF", () => {
    const text = `\uFEFF${head}members:\r\n  - id: li\r\n    name: Li Wei # the lead\r\n  # next one\r\n  - id: bo\r\n    name: Bo\r\n`.replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n');
    const out = addAbsence(text, 'li', absence, 'g.yaml');
    expect(out).toBe(text.replace('Li Wei # the lead\r\n', 'Li Wei # the lead\r\n    away:\r\n      - { from: 2027-03-01, to: 2027-03-05, reason: "conference" }\r\n'));
    expect(parseGroup(out, 'g.yaml').members[0]!.away).toEqual([absence]);
  });

  it('refuses a member written on one line, naming the line to add by hand', () => {
    const text = `${head}members:\n  - { id: li, name: Li Wei }\n`;
    expect(() => addAbsence(text, 'li', absence, 'g.yaml')).toThrow(/written on one line[\s\S]*add `- \{ from: 2027-03-01, to: 2027-03-05, reason: "conference" \}` under `away:`/);
  });
});

describe('adding a question to a paper body', () => {
  it('follows the list: the next number, the same bullet; an empty or missing section gets a first item', () => {
    expect(appendQuestion('\n## Discussion questions\n\n1. A? <!-- starter:0 -->\n2) B?\n', 'C?')).toBe('\n## Discussion questions\n\n1. A? <!-- starter:0 -->\n2) B?\n3) C?\n');
    expect(appendQuestion('## Discussion questions\n\n- A?\n\n## Later\n\ntext\n', 'C?')).toBe('## Discussion questions\n\n- A?\n- C?\n\n## Later\n\ntext\n');
    expect(appendQuestion('\n## Notes\n\nx\n\n## Discussion questions\n', 'C?')).toBe('\n## Notes\n\nx\n\n## Discussion questions\n\n1. C?\n');
    expect(appendQuestion('\n## Notes\n\nx\n', 'C?')).toBe('\n## Notes\n\nx\n\n## Discussion questions\n\n1. C?\n');
  });
});

describe('action links', () => {
  const repo = { url: 'https://github.com/example-lab/reading-group', branch: 'main' };

  it('open the form with its template, title and fields filled in through the documented query parameters', () => {
    const link = new URL(requestLink(repo, 'read', { session: '2026-12-03', paper: '2312.11805' }, "I've read arXiv:2312.11805 & more")!);
    expect(link.origin + link.pathname).toBe('https://github.com/example-lab/reading-group/issues/new');
    expect(Object.fromEntries(link.searchParams)).toEqual({ template: 'read.yml', title: "I've read arXiv:2312.11805 & more", session: '2026-12-03', paper: '2312.11805' });
  });

  it('exist only for a repository on github.com, from group.yaml or else REPOSITORY_URL', () => {
    expect(requestLink({ url: 'https://gitlab.com/a/b', branch: 'main' }, 'vote', { paper: '2404.01399' })).toBeUndefined();
    expect(requestLink(undefined, 'vote', { paper: '2404.01399' })).toBeUndefined();
    expect(githubRepositoryUrl({ url: 'javascript:alert(1)//github.com/a/b', branch: 'main' })).toBeUndefined();
    expect(githubRepositoryUrl({ url: 'https://github.com/a/b.git/', branch: 'main' })).toBe('https://github.com/a/b');
    expect(siteRepository(undefined, 'https://github.com/o/r')).toEqual({ url: 'https://github.com/o/r', branch: 'main' });
    expect(siteRepository(repo, 'https://github.com/o/r')).toBe(repo);
    expect(siteRepository(undefined, '')).toBeUndefined();
    expect(siteRepository(undefined, 'javascript:alert(1)')).toBeUndefined();
  });
});

afterAll(() => {
  // Nothing from a hostile event may have run as a command anywhere.
  expect(existsSync('/tmp/pwned')).toBe(false);
});
