import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A timed run in bench-<n>.json (scripts/bench.ts). */
interface Run {
  seconds: number;
  peakRssMb: number;
}

/** The parts of bench-<n>.json these tests read. */
interface BenchFigures {
  papers: number;
  reference: Run;
  bareAstro: Run & { ratio: number; pages: number };
  coldBuild: Run & { ratio: number; ofBareAstro: number; pages: number; peakProcessMb: number };
  rebuildAfter20: Run;
  import650: Run;
  largestPage: { bytes: number };
  paperPage: { htmlGzipBytes: number; cssGzipBytes: number };
  searchIndexBytes: number;
}

/** The parts of profile-<n>.json these tests read (scripts/profile-build.ts). */
interface ProfileFigures {
  papers: number;
  groups: { group: string; ms: number }[];
}

describe('the benchmark', () => {
  it('generates papers, builds them twice, and reports every figure with its ratio to the reference', () => {
    const out = mkdtempSync(join(tmpdir(), 'rg-bench-out-'));
    const printed = execFileSync('npm', ['run', '--silent', 'bench', '--', '--papers', '60', '--out', out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const figures = JSON.parse(readFileSync(join(out, 'bench-60.json'), 'utf8')) as BenchFigures;
    // What is printed is what is saved.
    expect(printed).toContain('reference (plain render)');
    expect(printed).toContain('bare Astro (one page a paper)');
    expect(printed).toContain(`${figures.coldBuild.ratio.toFixed(2)}×`);
    expect(figures.papers).toBe(60);
    // Every paper has a page, the 20 imported ones included, plus listings, sessions and the rest.
    expect(figures.coldBuild.pages).toBeGreaterThan(60);
    // The bare-Astro reference renders exactly one page per paper, on the same files.
    expect(figures.bareAstro.pages).toBe(60);
    for (const key of ['reference', 'bareAstro', 'coldBuild', 'rebuildAfter20', 'import650'] as const) {
      expect(figures[key].seconds, key).toBeGreaterThan(0);
      expect(figures[key].peakRssMb, key).toBeGreaterThan(0);
    }
    // The largest process of the build is part of its tree, and is printed.
    expect(figures.coldBuild.peakProcessMb).toBeGreaterThan(0);
    expect(figures.coldBuild.peakProcessMb).toBeLessThanOrEqual(figures.coldBuild.peakRssMb);
    expect(printed).toContain(`largest process ${figures.coldBuild.peakProcessMb} MB`);
    expect(figures.coldBuild.ratio).toBeCloseTo(figures.coldBuild.seconds / figures.reference.seconds, 1);
    expect(figures.coldBuild.ofBareAstro).toBeCloseTo(figures.coldBuild.seconds / figures.bareAstro.seconds, 1);
    // Sizes, not times: these are the limits.
    expect(figures.largestPage.bytes).toBeLessThan(200 * 1024);
    expect(figures.paperPage.htmlGzipBytes + figures.paperPage.cssGzipBytes).toBeLessThan(15 * 1024);
    expect(figures.searchIndexBytes).toBeGreaterThan(0);
  });

  it('profiles a build and traces its CPU time to the site’s components through the bundle’s source maps', () => {
    const out = mkdtempSync(join(tmpdir(), 'rg-profile-out-'));
    const printed = execFileSync('npm', ['run', '--silent', 'profile-build', '--', '--papers', '200', '--out', out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const figures = JSON.parse(readFileSync(join(out, 'profile-200.json'), 'utf8')) as ProfileFigures;
    expect(figures.papers).toBe(200);
    const groups = new Map(figures.groups.map((g) => [g.group, g.ms]));
    // Astro's runtime and the site's own pages are told apart: the paper page's code is found in src/.
    expect(groups.get('astro')).toBeGreaterThan(0);
    expect([...groups.keys()].some((g) => /^src\/(layouts|components|pages)\/.+\.astro$/.test(g))).toBe(true);
    expect([...groups.keys()].some((g) => /^src\/(domain|render|files|site)\/.+\.ts$/.test(g))).toBe(true);
    expect(printed).toContain("The site's own code (src/)");
  });
});
