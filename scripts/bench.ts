/**
 * The benchmark: `npm run bench -- [--papers N] [--keep]`.
 *
 * In a temporary folder it generates N realistic papers (scripts/bench/synthetic.ts) with the
 * project's group, then measures, each in its own process:
 *   1. the reference: a plain Node script that renders every paper's markdown to one HTML file;
 *   2. the bare-Astro reference: a bare Astro site (scripts/bench/bare-astro) with one page per paper
 *      through Astro's own markdown pipeline, nothing else, on the same files;
 *   3. a cold full build (site and search index, no cache);
 *   4. a rebuild after importing 20 more papers (caches kept);
 *   5. the import of a 650-paper, ~2 MB digest.
 * It prints a table (every time also as a ratio to the reference) and writes the figures as JSON to
 * bench-results/bench-<N>.json. Times are wall-clock seconds; memory is the peak resident set size of
 * the command's whole process tree (the build, its worker and Pagefind's indexer), sampled every 200 ms.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateContent, generateYear, syntheticDigest } from './bench/synthetic.ts';
import { addDays } from '../src/domain/dates.ts';
import { defineCommand } from 'citty';
import { positiveWholeNumber, scriptArgs } from './script-args.ts';
import { buildNodeArgs } from './bench/build-command.ts';

const values = scriptArgs(
  defineCommand({
    meta: {
      name: 'bench',
      description: 'The benchmark: N generated papers built cold, rebuilt after an import, and a digest imported, each timed in its own process.',
    },
    args: {
      papers: { type: 'string', valueHint: 'N', description: 'papers to generate (default 20000; 150000 with --year)' },
      year: {
        type: 'boolean',
        description:
          "a year of full digests instead: 600 papers every weekday as the importer writes them,\none in fifty engaged with, the group's window for pages; measures a cold build, the\nimport of the next day's 600-paper digest and the rebuild after it",
      },
      keep: { type: 'boolean', description: 'keep the temporary folder (content, output, caches) and say where it is' },
      out: { type: 'string', valueHint: 'dir', default: 'bench-results', description: 'folder for bench-N.json' },
    },
  }),
);
const count = positiveWholeNumber('--papers', values.papers ?? (values.year ? '150000' : '20000'));

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'rg-bench-'));
const content = join(work, 'content');
const log = (text: string) => process.stderr.write(`${text}\n`);

interface Run {
  seconds: number;
  /** Peak of the summed resident memory of the command and all its descendants (sampled every 200 ms). */
  peakRssMb: number;
  /** Peak of the largest single process of the tree (the Astro process, in a build). */
  peakProcessMb: number;
  stdout: string;
}

/** Resident memory (kB) of a process and all its descendants, and of the largest one, read from /proc. */
function treeRssKb(root: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    largest = Math.max(largest, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

let steps = 0;

/** Runs a command, timing it and sampling the memory of its whole process tree; fails loudly if it fails. */
async function timed(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peak = 0;
  let peakProcess = 0;
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const { total, largest } = treeRssKb(child.pid);
    peak = Math.max(peak, total);
    peakProcess = Math.max(peakProcess, largest);
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  // With --keep, every step's output stays beside the content, to read the phases of a slow build.
  if (values.keep) {
    mkdirSync(join(work, 'logs'), { recursive: true });
    writeFileSync(join(work, 'logs', `${String(++steps).padStart(2, '0')}-${basename(args.find((a) => a.endsWith('.ts') || a.endsWith('.mjs')) ?? command)}.log`), `${stdout}\n--- stderr\n${stderr}`);
  }
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  return { seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peak / 1024), peakProcessMb: Math.round(peakProcess / 1024), stdout };
}

/** The build log's line about its routes ("17209 routes: 6859 rendered, 10350 copied from the last build"), or ''. */
function routesLine(stdout: string): string {
  return /\d+ routes: [^\n]*/.exec(stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[0] ?? '';
}

function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out;
}

function folderBytes(dir: string): number {
  return files(dir, '').reduce((sum, f) => sum + statSync(f).size, 0);
}

// Run under npm, so `node` is the project's Node 24.
const node = 'node';
const buildEnv = { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache'), SITE_URL: 'https://example.org', BASE_PATH: '/' };
const build = () => timed(node, [...buildNodeArgs(root), '--outDir', join(work, 'dist')], buildEnv);

/** The bare-Astro reference: Astro's own markdown pipeline on the same paper files, one page per paper, nothing else. */
function bareAstro(): Promise<Run> {
  const project = join(work, 'bare-astro');
  cpSync(join(root, 'scripts', 'bench', 'bare-astro'), project, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  return timed(node, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', project], {
    BARE_PAPERS_DIR: join(content, 'papers'),
    BARE_OUT_DIR: join(work, 'bare-dist'),
    BARE_CACHE_DIR: join(work, 'bare-cache'),
  });
}

/** The year scenario (--year): what a group that imports whole digests builds every day. */
async function benchYear(): Promise<void> {
  log(`Generating a year of full digests, ${count} papers, in ${work} …`);
  const year = generateYear(content, count, join(root, 'content', 'group.yaml'));
  const firstDay = addDays(year.lastDay, 1);
  const nextDay = addDays(year.lastDay, 3);
  const buildOn = (day: string) => timed(node, [...buildNodeArgs(root), '--outDir', join(work, 'dist')], { ...buildEnv, SITE_TODAY: day });
  log(`Cold build as of ${firstDay} …`);
  const cold = await buildOn(firstDay);
  const pages = files(join(work, 'dist'), '.html').length;
  log("Import of the next day's 600-paper digest …");
  const digest = join(work, 'next-day.md');
  writeFileSync(digest, syntheticDigest(600, 700_000));
  const importRun = await timed(node, ['src/cli/import.ts', digest, '--offline', '--content', content, '--today', nextDay]);
  log(`Rebuild as of ${nextDay} …`);
  const rebuild = await buildOn(nextDay);
  const figures = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim() },
    scenario: 'a year of full digests',
    papers: count,
    engaged: year.engaged,
    sessions: year.sessions,
    coldBuild: { seconds: cold.seconds, peakRssMb: cold.peakRssMb, peakProcessMb: cold.peakProcessMb, pages, routes: routesLine(cold.stdout) },
    importNextDay: { seconds: importRun.seconds, peakRssMb: importRun.peakRssMb },
    rebuildNextDay: { seconds: rebuild.seconds, peakRssMb: rebuild.peakRssMb, ofCold: Math.round((rebuild.seconds / cold.seconds) * 100) / 100, routes: routesLine(rebuild.stdout) },
    searchIndexBytes: folderBytes(join(work, 'dist', 'pagefind')),
  };
  console.log(
    `\nBenchmark: a year of full digests — ${count} papers (${year.engaged} engaged with), ${year.sessions} sessions — ${figures.machine.cpus} × ${figures.machine.cpu}, ${figures.machine.memoryGb} GB, Node ${figures.machine.node}\n`,
  );
  console.log(`cold build + search index   ${cold.seconds.toFixed(1)} s, ${cold.peakRssMb} MB (largest process ${cold.peakProcessMb} MB), ${pages} pages`);
  console.log(`import of next day (600)    ${importRun.seconds.toFixed(1)} s, ${importRun.peakRssMb} MB`);
  console.log(`rebuild after it            ${rebuild.seconds.toFixed(1)} s, ${rebuild.peakRssMb} MB (${figures.rebuildNextDay.ofCold} of cold); ${figures.rebuildNextDay.routes}`);
  console.log(`search index                ${(figures.searchIndexBytes / 2 ** 20).toFixed(1)} MB`);
  mkdirSync(values.out, { recursive: true });
  const out = join(values.out, `bench-year-${count}.json`);
  writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nFigures written to ${out}`);
}

/** The main scenario: N papers, every one with a page (the worst case). */
async function benchPapers(): Promise<void> {
  log(`Generating ${count} papers in ${work} …`);
  const generated = generateContent(content, count, join(root, 'content', 'group.yaml'));

  log('Reference: plain Node render of every paper …');
  const reference = await timed(node, ['scripts/bench/reference.ts', content, join(work, 'reference')]);

  log("Bare-Astro reference: one page per paper through Astro's markdown pipeline …");
  const bare = await bareAstro();
  const barePages = files(join(work, 'bare-dist'), '.html').length;
  rmSync(join(work, 'bare-dist'), { recursive: true, force: true });

  log('Cold build (site and search index) …');
  const cold = await build();
  const dist = join(work, 'dist');
  const html = files(dist, '.html');
  const paperPages = files(join(dist, 'papers'), '.html').filter((f) => /\/papers\/[\w.-]+\/index\.html$/.test(f) && !f.includes('/papers/page/') && !f.includes('/papers/status/'));
  const samplePaper = paperPages[Math.floor(paperPages.length / 2)]!;
  const paperHtml = readFileSync(samplePaper);
  const cssFiles = [...paperHtml.toString().matchAll(/href="\/(_astro\/[^"]+\.css)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
  const largest = html.reduce((max, f) => (statSync(f).size > statSync(max).size ? f : max), html[0]!);

  log('Rebuild after importing 20 more papers …');
  const twenty = join(work, 'twenty.md');
  writeFileSync(twenty, syntheticDigest(20, 500_000));
  execFileSync(node, ['src/cli/import.ts', twenty, '--offline', '--content', content, '--today', '2026-11-24'], { cwd: root, stdio: 'ignore' });
  const rebuild = await build();

  log('Import of a 650-paper digest …');
  const big = join(work, 'big.md');
  writeFileSync(big, syntheticDigest(650, 600_000));
  const importRun = await timed(node, ['src/cli/import.ts', big, '--offline', '--content', content, '--today', '2026-11-25']);

  const ratio = (s: number) => Math.round((s / reference.seconds) * 100) / 100;
  const figures = {
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: execFileSync(node, ['--version'], { encoding: 'utf8' }).trim() },
    papers: count,
    sessions: generated.sessions,
    reference: { seconds: reference.seconds, peakRssMb: reference.peakRssMb },
    bareAstro: { seconds: bare.seconds, peakRssMb: bare.peakRssMb, ratio: ratio(bare.seconds), pages: barePages },
    coldBuild: {
      seconds: cold.seconds,
      peakRssMb: cold.peakRssMb,
      peakProcessMb: cold.peakProcessMb,
      ratio: ratio(cold.seconds),
      ofBareAstro: Math.round((cold.seconds / bare.seconds) * 100) / 100,
      pages: html.length,
      pagesPerSecond: Math.round(html.length / cold.seconds),
    },
    rebuildAfter20: { seconds: rebuild.seconds, peakRssMb: rebuild.peakRssMb, ratio: ratio(rebuild.seconds), ofCold: Math.round((rebuild.seconds / cold.seconds) * 100) / 100 },
    import650: { seconds: importRun.seconds, peakRssMb: importRun.peakRssMb, digestBytes: statSync(big).size, ratio: ratio(importRun.seconds) },
    paperPage: { htmlBytes: paperHtml.length, htmlGzipBytes: gzipSync(paperHtml).length, cssGzipBytes: cssFiles.reduce((s, c) => s + gzipSync(c).length, 0) },
    largestPage: { path: largest.slice(dist.length), bytes: statSync(largest).size },
    searchIndexBytes: folderBytes(join(dist, 'pagefind')),
  };

  const rows: [string, string, string][] = [
    ['reference (plain render)', `${reference.seconds.toFixed(1)} s, ${reference.peakRssMb} MB`, '1.00×'],
    ['bare Astro (one page a paper)', `${bare.seconds.toFixed(1)} s, ${bare.peakRssMb} MB, ${barePages} pages`, `${figures.bareAstro.ratio.toFixed(2)}×`],
    [
      'cold build + search index',
      `${cold.seconds.toFixed(1)} s, ${cold.peakRssMb} MB (largest process ${cold.peakProcessMb} MB)`,
      `${figures.coldBuild.ratio.toFixed(2)}× (${figures.coldBuild.ofBareAstro} of bare Astro)`,
    ],
    ['rebuild after +20 papers', `${rebuild.seconds.toFixed(1)} s, ${rebuild.peakRssMb} MB`, `${figures.rebuildAfter20.ratio.toFixed(2)}× (${figures.rebuildAfter20.ofCold} of cold)`],
    ['import of 650-paper digest', `${importRun.seconds.toFixed(2)} s (${(figures.import650.digestBytes / 2 ** 20).toFixed(1)} MB)`, `${figures.import650.ratio.toFixed(2)}×`],
    ['pages built', `${html.length} (${figures.coldBuild.pagesPerSecond} pages/s)`, ''],
    ['paper page', `${(paperHtml.length / 1024).toFixed(1)} KB HTML; ${((figures.paperPage.htmlGzipBytes + figures.paperPage.cssGzipBytes) / 1024).toFixed(1)} KB gzipped with CSS`, ''],
    ['largest page', `${(figures.largestPage.bytes / 1024).toFixed(1)} KB ${figures.largestPage.path}`, ''],
    ['search index', `${(figures.searchIndexBytes / 2 ** 20).toFixed(1)} MB`, ''],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\nBenchmark: ${count} papers, ${generated.sessions} sessions — ${figures.machine.cpus} × ${figures.machine.cpu}, ${figures.machine.memoryGb} GB, Node ${figures.machine.node}\n`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
  mkdirSync(values.out, { recursive: true });
  const out = join(values.out, `bench-${count}.json`);
  writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nFigures written to ${out}`);
}

try {
  if (values.year) await benchYear();
  else await benchPapers();
} finally {
  if (values.keep) log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
