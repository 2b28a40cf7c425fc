/**
 * Where a build's CPU time goes, from a V8 CPU profile (`node --cpu-prof`): every sample's time is
 * given to the function it was in (self time), and each function to a group — a component, layout,
 * page or module of src/, a package, Node's internals, the file system, V8's
 * garbage collector, or idle time. Functions of the bundle Astro renders pages with are traced back
 * to their source through the bundle's source maps (see src/site/integrations/build-profile.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, like columnNumber. */
  lineNumber: number;
  columnNumber: number;
}

/** Where a bundled function came from: its original file (absolute path or file: URL), if known. */
export type SourceOf = (frame: CallFrame) => string | undefined;

export interface ProfileSummary {
  /** Sampled time, idle included, in milliseconds. */
  totalMs: number;
  groups: { group: string; ms: number }[];
  functions: { group: string; name: string; ms: number }[];
}

/** Native functions of Node's file system binding, as they appear in a profile. */
const FILE_SYSTEM = new Set([
  'mkdir',
  'open',
  'openFileHandle',
  'close',
  'writeBuffer',
  'writeBuffers',
  'writeString',
  'read',
  'readFileUtf8',
  'readBuffers',
  'stat',
  'lstat',
  'fstat',
  'statx',
  'readdir',
  'copyFile',
  'cpSyncCopyDir',
  'cpSyncOverrideFile',
  'rename',
  'unlink',
  'rmdir',
  'rmSync',
  'fsync',
  'existsSync',
  'internalModuleStat',
  'realpath',
  'access',
]);

export const IDLE = 'idle (waiting for the disk or a worker)';

/** The group a function's time is counted in. */
export function groupOf(frame: CallFrame, source: string | undefined, root: string): string {
  const name = frame.functionName;
  if (name === '(garbage collector)') return 'V8: garbage collection';
  if (name === '(idle)') return IDLE;
  if (name === '(program)') return 'V8: engine, not attributed';
  if (!frame.url) return FILE_SYSTEM.has(name) ? 'file system (native)' : `native: ${name || '(anonymous)'}`;
  const file = source ?? frame.url;
  if (file.startsWith('node:')) return file.startsWith('node:internal/deps/undici') ? 'Node: Response and streams (undici)' : 'Node: internals';
  const path = file.startsWith('file:') ? fileURLToPath(file) : file;
  // The innermost package: gray-matter's own js-yaml counts as js-yaml.
  const packageName = [...path.matchAll(/[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g)].at(-1)?.[1];
  if (packageName) return packageName.replace(/\\/g, '/');
  const inProject = relative(root, path).split(sep).join('/');
  if (inProject.startsWith('src/')) return inProject;
  if (!source && /[\\/]\.prerender[\\/]/.test(path)) return 'bundle, not traced to a source';
  return inProject.startsWith('../') ? `other: ${path}` : inProject;
}

/** Sums the self time of every function into groups. */
export function summariseProfile(profile: CpuProfile, sourceOf: SourceOf, root: string): ProfileSummary {
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const groups = new Map<string, number>();
  const functions = new Map<string, { group: string; name: string; ms: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id);
    if (!us || node.callFrame.functionName === '(root)') continue;
    const group = groupOf(node.callFrame, sourceOf(node.callFrame), root);
    const ms = us / 1000;
    total += ms;
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${group}\0${name}`;
    const entry = functions.get(key) ?? { group, name, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  return {
    totalMs: total,
    groups: [...groups].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()].sort((a, b) => b.ms - a.ms),
  };
}

/**
 * Traces functions of a kept prerender bundle (`bundleDir`, with its .map files) to their sources. A
 * frame's URL is matched to the bundle by its path below the `.prerender/` folder it was run from.
 */
export function bundleSources(bundleDir: string): SourceOf {
  const maps = new Map<string, TraceMap | null>();
  return (frame) => {
    const ran = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
    const inBundle = /[\\/]\.prerender[\\/](.+)$/.exec(ran)?.[1];
    if (!inBundle) return undefined;
    if (!maps.has(ran)) {
      const kept = join(bundleDir, `${inBundle}.map`);
      // Sources are resolved against where the bundle ran, not where its copy is kept.
      maps.set(ran, existsSync(kept) ? new TraceMap(readFileSync(kept, 'utf8'), `${pathToFileURL(ran).href}.map`) : null);
    }
    const map = maps.get(ran);
    if (!map || frame.lineNumber < 0 || frame.columnNumber < 0) return undefined;
    const source = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }).source;
    return source ? (source.startsWith('file:') ? fileURLToPath(source) : source) : undefined;
  };
}
