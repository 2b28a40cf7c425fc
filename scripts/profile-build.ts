/**
 * Where a build's time goes: `npm run profile-build -- [--papers N | --content DIR [--today D]] [--search] [--top K]`.
 *
 * Generates N realistic papers (default 5,000; scripts/bench/synthetic.ts) in a temporary folder,
 * builds them once under V8's CPU profiler, and prints the main thread's CPU time by group: each
 * component, layout, page and module of src/, Astro and the other
 * packages, Node's internals, the file system, garbage collection and idle time; then the costliest
 * functions. The search index is off unless --search (it runs in a worker, on the other core).
 * The figures are also written to bench-results/profile-<N>.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './bench/synthetic.ts';
import { defineCommand } from 'citty';
import { optionalDay, positiveWholeNumber, scriptArgs } from './script-args.ts';
import { buildNodeArgs } from './bench/build-command.ts';
import { IDLE, bundleSources, summariseProfile, type CpuProfile } from './bench/profile-summary.ts';

const values = scriptArgs(
  defineCommand({
    meta: { name: 'profile-build', description: "Where a build's CPU time goes: N generated papers built under V8's CPU profiler, by component, module and package." },
    args: {
      papers: { type: 'string', valueHint: 'N', default: '5000', description: 'papers to generate and build' },
      content: { type: 'string', valueHint: 'dir', description: "build this content folder instead of generated papers (a group's, or one --keep left)" },
      today: { type: 'string', valueHint: 'YYYY-MM-DD', description: 'the day the site is built as of (SITE_TODAY)' },
      search: { type: 'boolean', description: 'build the search index too (it runs in a worker, on the other core)' },
      top: { type: 'string', valueHint: 'K', default: '25', description: 'groups and functions to list' },
      out: { type: 'string', valueHint: 'dir', default: 'bench-results', description: 'folder for profile-N.json' },
    },
  }),
);
const count = positiveWholeNumber('--papers', values.papers);
/** What the figures are named after: the generated papers, or the content folder built. */
const subject = values.content === undefined ? `${count}-paper` : 'content-folder';
const top = positiveWholeNumber('--top', values.top);
const today = optionalDay('--today', values.today);

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'rg-profile-'));
const log = (text: string) => process.stderr.write(`${text}\n`);
try {
  const content = values.content ?? join(work, 'content');
  if (values.content === undefined) {
    log(`Generating ${count} papers in ${work} …`);
    generateContent(content, count, join(root, 'content', 'group.yaml'));
  }

  log(`Building under the CPU profiler${values.search ? ' (search index on)' : ' (search index off)'} …`);
  const profiles = join(work, 'profiles');
  const bundle = join(work, 'bundle');
  const started = performance.now();
  // The build runs as `npm run build` does, with the profiler's flags added.
  const build = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval=250', `--cpu-prof-dir=${profiles}`, ...buildNodeArgs(root), '--outDir', join(work, 'dist')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, ...(today ? { SITE_TODAY: today } : {}), ASTRO_CACHE_DIR: join(work, 'cache'), BUILD_PROFILE_BUNDLE: bundle, SEARCH_INDEX: values.search ? '1' : '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.error) throw build.error;
  if (build.status !== 0) throw new Error(`the build failed (${build.signal ?? `exit status ${build.status}`}):\n${build.stdout}\n${build.stderr}`);
  const seconds = (performance.now() - started) / 1000;

  // The main thread's profile: CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile with thread 0.
  const main = readdirSync(profiles).find((name) => new RegExp(`^CPU\\.\\d+\\.\\d+\\.${build.pid}\\.0\\.\\d+\\.cpuprofile$`).test(name));
  if (!main) throw new Error(`no profile of the main thread in ${profiles}`);
  const profile = JSON.parse(readFileSync(join(profiles, main), 'utf8')) as CpuProfile;
  const summary = summariseProfile(profile, bundleSources(bundle), root);

  const busy = summary.totalMs - (summary.groups.find((g) => g.group === IDLE)?.ms ?? 0);
  const pct = (ms: number) => `${((ms / busy) * 100).toFixed(1)}%`;
  const width = Math.max(...summary.groups.slice(0, top).map((g) => g.group.length), 20);
  console.log(`\nMain thread of a ${subject} build: ${seconds.toFixed(1)} s wall, ${(busy / 1000).toFixed(1)} s busy (% of busy time), ${(summary.totalMs / 1000 - busy / 1000).toFixed(1)} s idle\n`);
  for (const g of summary.groups.slice(0, top)) console.log(`${g.group.padEnd(width)}  ${(g.ms / 1000).toFixed(2).padStart(7)} s  ${g.group === IDLE ? '' : pct(g.ms).padStart(6)}`);
  const rest = summary.groups
    .slice(top)
    .filter((g) => g.group !== IDLE)
    .reduce((sum, g) => sum + g.ms, 0);
  if (rest > 0) console.log(`${`${summary.groups.length - top} more groups`.padEnd(width)}  ${(rest / 1000).toFixed(2).padStart(7)} s  ${pct(rest).padStart(6)}`);

  const ours = summary.groups.filter((g) => g.group.startsWith('src/'));
  console.log(`\nThe site's own code (src/): ${(ours.reduce((s, g) => s + g.ms, 0) / 1000).toFixed(2)} s, ${pct(ours.reduce((s, g) => s + g.ms, 0))} of the busy time; per component and page:`);
  for (const g of ours.filter((g) => /\.astro$/.test(g.group))) console.log(`  ${g.group.padEnd(width)}  ${(g.ms / 1000).toFixed(2).padStart(7)} s  ${pct(g.ms).padStart(6)}`);

  console.log('\nCostliest functions (self time):');
  const fnWidth = Math.max(...summary.functions.slice(0, top).map((f) => f.name.length), 10);
  for (const f of summary.functions.filter((f) => f.group !== IDLE).slice(0, top))
    console.log(`  ${f.name.slice(0, 60).padEnd(Math.min(fnWidth, 60))}  ${(f.ms / 1000).toFixed(2).padStart(6)} s  ${f.group}`);

  mkdirSync(values.out, { recursive: true });
  const out = join(values.out, values.content === undefined ? `profile-${count}.json` : 'profile-content.json');
  writeFileSync(
    out,
    `${JSON.stringify({ ...(values.content === undefined ? { papers: count } : { content: values.content }), search: values.search, wallSeconds: seconds, busyMs: busy, groups: summary.groups, functions: summary.functions.slice(0, 200) }, null, 2)}\n`,
  );
  console.log(`\nFigures written to ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
