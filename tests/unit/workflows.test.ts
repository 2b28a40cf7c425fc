import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { REQUEST_FORMS } from '../../src/domain/requests/forms.ts';

const ROOT = join(import.meta.dirname, '..', '..');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; id?: string; name?: string; if?: string };
type Job = { steps: Step[]; needs?: string; if?: string };
type Workflow = { name: string; on: Record<string, unknown>; permissions: Record<string, string>; concurrency?: { group: string; 'cancel-in-progress'?: boolean }; jobs: Record<string, Job> };

function workflow(name: string): Workflow {
  return yaml.load(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
}

/** The value of an `env:` entry with its ${{ }} expressions replaced. */
function evaluate(text: string, expressions: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => expressions[expr] ?? '');
}

/** Runs a step's shell script as GitHub would: its `env:` evaluated with the given expressions. */
function runStep(step: Step, expressions: Record<string, string>): Record<string, string> {
  const output = join(mkdtempSync(join(tmpdir(), 'gh-')), 'out');
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, expressions)]));
  execFileSync('bash', ['-e', '-c', step.run!], { env: { ...process.env, ...env, GITHUB_OUTPUT: output } });
  return Object.fromEntries(
    readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('=', 2) as [string, string]),
  );
}

describe('the GitHub Pages workflow', () => {
  const deploy = workflow('deploy.yml');
  const steps = deploy.jobs.build!.steps;

  it('rebuilds once a day, so that what depends on today stays true', () => {
    expect((deploy.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it("restores the last build before building and keeps this one for the next, with the output and Astro's cache", () => {
    const names = steps.map((s) => s.uses?.replace(/@.*/, '') ?? s.name);
    const restore = names.indexOf('actions/cache/restore');
    const save = names.indexOf('actions/cache/save');
    expect(restore).toBeGreaterThan(names.indexOf('Install'));
    expect(restore).toBeLessThan(names.indexOf('Build'));
    expect(save).toBeGreaterThan(names.indexOf('Build'));
    for (const step of [steps[restore]!, steps[save]!]) {
      expect(String(step.with!.path).trim().split('\n')).toEqual(['dist', 'node_modules/.astro']);
    }
    // A new key every run, found again by its prefix: the newest build is always the one restored.
    expect(steps[restore]!.with).toMatchObject({ key: 'site-${{ github.run_id }}', 'restore-keys': 'site-' });
    expect(steps[save]!.with!.key).toBe(steps[restore]!.with!.key);
  });

  it('builds on every push to main and deploys with the Pages permissions', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(deploy.jobs.deploy!.needs).toBe('build');
    expect(deploy.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
    expect(steps.find((s) => s.run === 'npm run build')?.env).toEqual({
      SITE_URL: '${{ steps.address.outputs.site }}',
      BASE_PATH: '${{ steps.address.outputs.base }}',
      // "Edit this page" and the request links point at the repository the site is built from.
      REPOSITORY_URL: '${{ github.server_url }}/${{ github.repository }}',
    });
  });

  it('sets the base path from the repository name (and / for a <owner>.github.io repository)', () => {
    const address = steps.find((s) => s.id === 'address')!;
    expect(runStep(address, { 'github.repository_owner': 'Example-Lab', 'github.event.repository.name': 'reading-group' })).toEqual({ site: 'https://example-lab.github.io', base: '/reading-group/' });
    expect(runStep(address, { 'github.repository_owner': 'example-lab', 'github.event.repository.name': 'Example-Lab.github.io' })).toEqual({ site: 'https://example-lab.github.io', base: '/' });
  });

  it('also deploys after the scheduled import or a request from the site pushed a change', () => {
    expect(deploy.on.workflow_run).toMatchObject({ workflows: ['Import digest', 'Requests from the site'], types: ['completed'] });
    expect(workflow('request.yml')).toMatchObject({ name: 'Requests from the site' });
  });
});

describe('the scheduled import workflow', () => {
  const flow = workflow('import-digest.yml');
  const steps = flow.jobs.import!.steps;

  it('runs on a schedule and by hand, and may push', () => {
    expect((flow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\d+ \d+ \* \* [\d-]+$/);
    expect(flow.on).toHaveProperty('workflow_dispatch');
    expect(flow.permissions).toEqual({ contents: 'write', models: 'read' });
  });

  it('imports the digest URL with the --match filter and commits only when something changed', () => {
    const run = steps.find((s) => s.run?.includes('npm run import'))!;
    expect(run.run).toContain('npm run import -- "$URL" --match "$MATCH"');
    expect(run.env).toMatchObject({ URL: '${{ inputs.url || vars.DIGEST_URL }}', MATCH: '${{ inputs.match || vars.DIGEST_MATCH }}' });
    const commit = steps.find((s) => s.run?.includes('git commit'))!;
    expect(commit.run).toContain('git diff --cached --quiet');
  });

  it('skips with a notice, not a failure, while no digest address is set', () => {
    const run = steps.find((s) => s.run?.includes('npm run import'))!;
    expect(run.run).toMatch(/if \[ -z "\$URL" \]; then echo "::notice [^"]*DIGEST_URL[^"]*"; exit 0; fi/);
  });

  it('asks GitHub Models for starter questions when the QUESTIONS_MODEL variable is set, through env only', () => {
    const run = steps.find((s) => s.run?.includes('npm run import'))!;
    expect(run.env).toMatchObject({
      QUESTIONS_API_BASE: "${{ vars.QUESTIONS_MODEL && 'https://models.github.ai/inference' || '' }}",
      QUESTIONS_API_MODEL: '${{ vars.QUESTIONS_MODEL }}',
      QUESTIONS_API_KEY: "${{ vars.QUESTIONS_MODEL && secrets.GITHUB_TOKEN || '' }}",
    });
    // Nothing from a variable, an input or a secret is written into a script.
    for (const step of steps) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });
});

describe('every workflow', () => {
  const files = readdirSync(join(ROOT, '.github', 'workflows')).filter((f) => f.endsWith('.yml'));

  it('passes values to scripts only through env and files, never by ${{ }} inside run:', () => {
    expect(files).toContain('request.yml');
    for (const file of files) {
      for (const job of Object.values(workflow(file).jobs)) {
        for (const step of job.steps) expect(step.run ?? '', `${file}: ${step.name ?? step.uses}`).not.toMatch(/\$\{\{/);
      }
    }
  });

  it('never hands an issue or comment text (title, body) to a step, even through env', () => {
    for (const file of files) {
      const text = readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8');
      expect(text, file).not.toMatch(/github\.event\.(issue|comment|pull_request)\.(title|body)|github\.event\.comment|github\.head_ref/);
    }
  });
});

describe('the requests workflow', () => {
  const flow = workflow('request.yml');
  const job = flow.jobs.request!;
  const step = (id: string) => job.steps.find((s) => s.id === id || s.name === id)!;

  it('runs when an issue is opened, one request at a time, with only the permissions it needs', () => {
    expect(flow.on.issues).toEqual({ types: ['opened'] });
    expect(flow.permissions).toEqual({ contents: 'write', issues: 'write' });
    expect(flow.concurrency).toEqual({ group: 'requests', 'cancel-in-progress': false });
  });

  it("runs only for issues that carry one of the forms' labels, and can create exactly those labels", () => {
    const labels = REQUEST_FORMS.map((f) => f.label);
    const named = [...job.if!.matchAll(/contains\(github\.event\.issue\.labels\.\*\.name, '([^']+)'\)/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...labels].sort());
    const setup = flow.jobs.labels!.steps[0]!.run!;
    const created = [...setup.matchAll(/gh label create "([^"]+)" --color ([0-9a-f]{6})/g)].map((m) => [m[1], m[2]]);
    expect(created).toEqual(REQUEST_FORMS.map((f) => [f.label, f.color]));
    expect(flow.jobs.labels!.if).toBe("github.event_name == 'workflow_dispatch'");
  });

  it('hands the command the event file and keeps its reply in a file', () => {
    const run = step('request').run!;
    expect(run).toContain('npm run --silent request -- --event "$GITHUB_EVENT_PATH" --commit-message "$RUNNER_TEMP/commit-message.txt" > "$RUNNER_TEMP/reply.md"');
    expect(step('push').if).toBe("steps.request.outputs.status == '0'");
    expect(step('Answer and close the issue').env).toEqual({
      GH_TOKEN: '${{ github.token }}',
      NUMBER: '${{ github.event.issue.number }}',
      STATUS: '${{ steps.request.outputs.status }}',
      PUSHED: '${{ steps.push.outcome }}',
    });
  });

  /** Runs the answering step with a `gh` that records its arguments; returns them, one call a line. */
  function answer(status: string, pushed: string): { calls: string[]; failed: boolean } {
    const dir = mkdtempSync(join(tmpdir(), 'gh-answer-'));
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'gh'), `#!/bin/sh\nprintf '%s|' "$@" >> "${dir}/calls"\necho >> "${dir}/calls"\n`);
    chmodSync(join(dir, 'bin', 'gh'), 0o755);
    writeFileSync(join(dir, 'reply.md'), 'Recorded: `$(touch pwned)`');
    let failed = false;
    try {
      execFileSync('bash', ['-e', '-c', step('Answer and close the issue').run!], {
        cwd: dir,
        env: {
          ...process.env,
          PATH: `${dir}/bin:${process.env.PATH}`,
          RUNNER_TEMP: dir,
          NUMBER: '12',
          STATUS: status,
          PUSHED: pushed,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_RUN_ID: '7',
        },
        stdio: 'pipe',
      });
    } catch {
      failed = true;
    }
    expect(readdirSync(dir)).not.toContain('pwned');
    return { calls: readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n'), failed };
  }

  it('answers with the reply and closes the issue as completed, or as not planned when refused', () => {
    const tmp = (calls: string[]) => calls.map((c) => c.replace(/\/tmp\/gh-answer-[^/|]+/g, '$TMP'));
    expect(tmp(answer('0', 'success').calls)).toEqual(['issue|comment|12|--body-file|$TMP/reply.md|', 'issue|close|12|--reason|completed|']);
    expect(tmp(answer('1', 'skipped').calls)).toEqual(['issue|comment|12|--body-file|$TMP/reply.md|', 'issue|close|12|--reason|not planned|']);
  });

  it('leaves the issue open with a note, and fails, when the command crashed or the push did not go through', () => {
    for (const [status, pushed] of [
      ['2', 'skipped'],
      ['0', 'failure'],
    ] as const) {
      const { calls, failed } = answer(status, pushed);
      expect(failed).toBe(true);
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatch(/^issue\|comment\|12\|--body-file\|.*failed\.md\|$/);
    }
  });

  it("pushes after taking commits that raced it (git pull --rebase), with the command's commit message", () => {
    const root = mkdtempSync(join(tmpdir(), 'gh-push-'));
    const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
    git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'remote.git');
    git(root, 'clone', '--quiet', 'remote.git', 'seed');
    mkdirSync(join(root, 'seed', 'content'));
    writeFileSync(join(root, 'seed', 'content', 'a.md'), 'a\n');
    git(join(root, 'seed'), 'add', '.');
    git(join(root, 'seed'), 'commit', '--quiet', '-m', 'seed');
    git(join(root, 'seed'), 'push', '--quiet', 'origin', 'main');
    git(root, 'clone', '--quiet', 'remote.git', 'runner');
    // Someone else pushes while the request runs.
    writeFileSync(join(root, 'seed', 'content', 'b.md'), 'b\n');
    git(join(root, 'seed'), 'add', '.');
    git(join(root, 'seed'), 'commit', '--quiet', '-m', 'other');
    git(join(root, 'seed'), 'push', '--quiet', 'origin', 'main');
    writeFileSync(join(root, 'runner', 'content', 'a.md'), 'a, voted\n');
    writeFileSync(join(root, 'commit-message.txt'), 'vote: alice votes for 2404.01399 (#12)\n');
    execFileSync('bash', ['-e', '-c', step('push').run!], { cwd: join(root, 'runner'), env: { ...process.env, RUNNER_TEMP: root }, stdio: 'pipe' });
    expect(git(root, '--git-dir=remote.git', 'log', '--format=%s', 'main').trim().split('\n')).toEqual(['vote: alice votes for 2404.01399 (#12)', 'other', 'seed']);
  });
});
