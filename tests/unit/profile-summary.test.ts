import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IDLE, bundleSources, groupOf, summariseProfile, type CallFrame, type CpuProfile } from '../../scripts/bench/profile-summary.ts';

const ROOT = '/project';
const frame = (functionName: string, url = '', lineNumber = 0, columnNumber = 0): CallFrame => ({ functionName, url, lineNumber, columnNumber });

describe('grouping a function of a build profile', () => {
  it('tells V8, idle time, the file system and other native code apart', () => {
    expect(groupOf(frame('(garbage collector)'), undefined, ROOT)).toBe('V8: garbage collection');
    expect(groupOf(frame('(idle)'), undefined, ROOT)).toBe(IDLE);
    expect(groupOf(frame('mkdir'), undefined, ROOT)).toBe('file system (native)');
    expect(groupOf(frame('encodeUtf8String'), undefined, ROOT)).toBe('native: encodeUtf8String');
  });

  it('names the package, Node internal or source file a function comes from', () => {
    expect(groupOf(frame('render', 'file:///project/node_modules/astro/dist/runtime/server/render.js'), undefined, ROOT)).toBe('astro');
    expect(groupOf(frame('parse', 'file:///project/node_modules/@astrojs/markdown-remark/dist/index.js'), undefined, ROOT)).toBe('@astrojs/markdown-remark');
    // A package's own copy of another package counts as that other package.
    expect(groupOf(frame('load', 'file:///project/node_modules/gray-matter/node_modules/js-yaml/index.js'), undefined, ROOT)).toBe('js-yaml');
    expect(groupOf(frame('default', 'file:///project/astro.config.mjs'), undefined, ROOT)).toBe('astro.config.mjs');
    expect(groupOf(frame('x', 'file:///project/src-old/a.ts'), undefined, ROOT)).toBe('src-old/a.ts');
    expect(groupOf(frame('x', 'node:internal/deps/undici/undici'), undefined, ROOT)).toBe('Node: Response and streams (undici)');
    expect(groupOf(frame('x', 'node:internal/fs/promises'), undefined, ROOT)).toBe('Node: internals');
    // A bundled function is counted where its source map says it came from.
    const bundled = frame('default', 'file:///project/dist/.prerender/chunks/MathText_x.mjs');
    expect(groupOf(bundled, '/project/src/components/MathText.astro', ROOT)).toBe('src/components/MathText.astro');
    expect(groupOf(bundled, '/project/node_modules/astro/dist/runtime/server/index.js', ROOT)).toBe('astro');
    expect(groupOf(bundled, undefined, ROOT)).toBe('bundle, not traced to a source');
  });
});

describe('summarising a profile', () => {
  it('adds up each function’s self time by group, largest first, idle time included in the total', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5, 6] },
        { id: 2, callFrame: frame('(garbage collector)') },
        { id: 3, callFrame: frame('(idle)') },
        { id: 4, callFrame: frame('mkdir') },
        { id: 5, callFrame: frame('default', 'file:///project/dist/.prerender/chunks/MathText_x.mjs', 3, 10) },
        { id: 6, callFrame: frame('close') },
      ],
      samples: [2, 3, 4, 5, 5, 6, 1, 5],
      timeDeltas: [1000, 4000, 500, 2000, 2000, 700, 9000, 1000],
    };
    const summary = summariseProfile(profile, (f) => (f.url.includes('MathText') ? '/project/src/components/MathText.astro' : undefined), ROOT);
    expect(summary.groups).toEqual(
      [
        { group: 'src/components/MathText.astro', ms: 5 },
        { group: IDLE, ms: 4 },
        { group: 'V8: garbage collection', ms: 1 },
        { group: 'file system (native)', ms: 1.2 },
      ].sort((a, b) => b.ms - a.ms),
    );
    // (root)'s own samples are not work of any function.
    expect(summary.totalMs).toBeCloseTo(11.2);
    expect(summary.functions[0]).toEqual({ group: 'src/components/MathText.astro', name: 'default', ms: 5 });
  });
});

describe('tracing the bundle to its sources', () => {
  it('resolves a bundled function through the kept source map, relative to where the bundle ran', () => {
    const kept = mkdtempSync(join(tmpdir(), 'rg-bundle-'));
    mkdirSync(join(kept, 'chunks'));
    // Line 1 of the chunk maps to math.ts; line 2, column 4 to MathText.astro.
    writeFileSync(
      join(kept, 'chunks', 'site_x.mjs.map'),
      JSON.stringify({ version: 3, sources: ['../../../src/render/math.ts', '../../../src/components/MathText.astro'], names: [], mappings: 'AAAA;ICAA' }),
    );
    const sourceOf = bundleSources(kept);
    const ran = pathToFileURL('/project/dist/.prerender/chunks/site_x.mjs').href;
    expect(sourceOf(frame('splitMath', ran, 0, 0))).toBe('/project/src/render/math.ts');
    expect(sourceOf(frame('default', ran, 1, 4))).toBe('/project/src/components/MathText.astro');
    expect(sourceOf(frame('f', pathToFileURL('/project/dist/.prerender/chunks/no-map.mjs').href))).toBeUndefined();
    expect(sourceOf(frame('f', 'file:///project/node_modules/astro/dist/x.js'))).toBeUndefined();
    // V8 marks frames without a position with -1.
    expect(sourceOf(frame('(anonymous)', ran, -1, -1))).toBeUndefined();
  });
});
