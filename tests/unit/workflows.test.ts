import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';

const ROOT = join(import.meta.dirname, '..', '..');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; id?: string };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[]; needs?: string }> };

function workflow(name: string): Workflow {
  return yaml.load(readFileSync(join(ROOT, '.github', 'workflows', name), 'utf8')) as Workflow;
}

/** Runs a step's shell script as GitHub would, with its ${{ }} expressions replaced. */
function runStep(step: Step, expressions: Record<string, string>): Record<string, string> {
  const output = join(mkdtempSync(join(tmpdir(), 'gh-')), 'out');
  const script = step.run!.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => expressions[expr] ?? '');
  execFileSync('bash', ['-e', '-c', script], { env: { ...process.env, GITHUB_OUTPUT: output } });
  return Object.fromEntries(readFileSync(output, 'utf8').trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
}

describe('the GitHub Pages workflow', () => {
  const deploy = workflow('deploy.yml');
  const steps = deploy.jobs.build!.steps;

  it('builds on every push to main and deploys with the Pages permissions', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(deploy.jobs.deploy!.needs).toBe('build');
    expect(deploy.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@v\d+$/);
    expect(steps.find((s) => s.run === 'npm run build')?.env).toEqual({ SITE_URL: '${{ steps.address.outputs.site }}', BASE_PATH: '${{ steps.address.outputs.base }}' });
  });

  it('sets the base path from the repository name (and / for a <owner>.github.io repository)', () => {
    const address = steps.find((s) => s.id === 'address')!;
    expect(runStep(address, { 'github.repository_owner': 'Example-Lab', 'github.event.repository.name': 'reading-group' })).toEqual({ site: 'https://example-lab.github.io', base: '/reading-group/' });
    expect(runStep(address, { 'github.repository_owner': 'example-lab', 'github.event.repository.name': 'Example-Lab.github.io' })).toEqual({ site: 'https://example-lab.github.io', base: '/' });
  });

  it('also deploys after the scheduled import pushed new papers', () => {
    expect(deploy.on.workflow_run).toMatchObject({ workflows: ['Import digest'], types: ['completed'] });
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
