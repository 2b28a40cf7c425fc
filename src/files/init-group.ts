/**
 * Starting a group of one's own from this repository: a new `content/group.yaml` from a few answers,
 * and the sample content (the papers of the shipped seed digest, the sessions and digests that came
 * with them) cleared away. Content a group made itself is never deleted.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { ContentPaths } from './content-paths.ts';
import { readFrontmatter } from './frontmatter.ts';
import { parseGroup } from './load-group.ts';
import { UserError } from '../domain/errors.ts';
import type { Locale } from '../schemas/common.ts';
import type { Group } from '../schemas/group.ts';

/** The digest the sample papers were imported from. */
export const SAMPLE_DIGEST = '000_98283bd719537a1c.txt';

export interface GroupAnswers {
  name: string;
  timezone: string;
  weekday: string;
  time: string;
  minutes?: number;
  location?: string;
  locale?: Locale;
  papersPerSession?: number;
  /** `id:Full Name` pairs, or just names (an id is made from the first name). */
  members: string[];
  description?: string;
  /** Members' GitHub logins by member id, so requests from the site are recorded as theirs. */
  github?: Record<string, string>;
  /** The repository's web address, e.g. `https://github.com/org/reading-group` (links to it from the site). */
  repository?: string;
}

/** `li:liwei,wang:wang-fang` into logins by member id; a `@` before a login is dropped. */
export function parseGithubLogins(items: string[]): Record<string, string> {
  const logins: Record<string, string> = {};
  for (const item of items
    .flatMap((i) => i.split(','))
    .map((i) => i.trim())
    .filter(Boolean)) {
    const pair = /^([^:\s]+)\s*:\s*@?(\S+)$/.exec(item);
    if (!pair) throw new UserError(`--github: expected id:login pairs such as "li:liwei,wang:wang-fang" (found "${item}")`, 2);
    logins[pair[1]!] = pair[2]!;
  }
  return logins;
}

/** An id for a member from their name: `Wang Fang` gives `wang`; CJK names keep their characters. */
export function memberId(name: string): string {
  const first = name.trim().split(/\s+/)[0] ?? name;
  const id = first
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}_-]/gu, '');
  return id || 'member';
}

export function parseMembers(items: string[]): { id: string; name: string }[] {
  const members = items
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const pair = /^([\p{L}\p{N}][\p{L}\p{N}_-]*)\s*:\s*(.+)$/u.exec(item);
      return pair ? { id: pair[1]!, name: pair[2]!.trim() } : { id: memberId(item), name: item };
    });
  const seen = new Map<string, number>();
  return members.map((m) => {
    const n = (seen.get(m.id) ?? 0) + 1;
    seen.set(m.id, n);
    return n === 1 ? m : { ...m, id: `${m.id}${n}` };
  });
}

/** The text of a new group.yaml, validated by the same schema as the build (throws a UserError). */
export function groupYaml(answers: GroupAnswers, file: string): { text: string; group: Group } {
  const data = {
    name: answers.name,
    description: answers.description ?? '',
    timezone: answers.timezone,
    locale: answers.locale ?? 'en',
    meeting: {
      weekday: answers.weekday.toLowerCase(),
      time: answers.time,
      minutes: answers.minutes ?? 60,
      location: answers.location ?? '',
    },
    papersPerSession: answers.papersPerSession ?? 2,
    members: parseMembers(answers.members).map((m) => (answers.github?.[m.id] ? { ...m, github: answers.github[m.id]! } : m)),
    holidays: [],
    ...(answers.repository ? { repository: { url: answers.repository, branch: 'main' } } : {}),
  };
  const unknown = Object.keys(answers.github ?? {}).filter((id) => !data.members.some((m) => m.id === id));
  if (unknown.length)
    throw new UserError(
      `--github: ${unknown.map((id) => `"${id}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not the id of a member; the members are ${data.members.map((m) => m.id).join(', ')}`,
      2,
    );
  const text = [
    '# The reading group. Every page and command reads this file; see the README for every field.',
    '# Dates are YYYY-MM-DD; times are "HH:MM" (quoted) in the group\'s time zone.',
    '# A member who is away: add  away: [{ from: 2027-03-01, to: 2027-03-05, reason: conference }]',
    '# A break: add it under holidays as  - { from: 2027-07-20, to: 2027-08-31, name: Summer break }',
    '',
    yaml.dump(data, { lineWidth: -1, quotingType: '"', forceQuotes: false }).replace(/^time: (\d\d:\d\d)$/m, 'time: "$1"'),
  ].join('\n');
  const group = parseGroup(text, file);
  return { text, group };
}

export interface SampleContent {
  /** Files to delete: sample papers, sessions and digests. */
  files: string[];
  /** Papers that are not samples (their presence stops `init` unless told to keep content). */
  ownPapers: string[];
}

function filesIn(dir: string, ext: RegExp): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => ext.test(n))
        .map((n) => join(dir, n))
    : [];
}

/**
 * The sample content in a content folder: papers whose every source is the sample digest, every
 * session and digest that came with them. Papers from anywhere else are the group's own.
 */
export function findSampleContent(paths: ContentPaths): SampleContent {
  const files: string[] = [];
  const ownPapers: string[] = [];
  for (const file of filesIn(paths.papers, /\.md$/)) {
    const { data } = readFrontmatter(readFileSync(file, 'utf8'), file);
    const sources = Array.isArray(data.sources) ? (data.sources as { digest?: string }[]) : [];
    if (sources.length > 0 && sources.every((s) => s.digest === SAMPLE_DIGEST)) files.push(file);
    else ownPapers.push(file);
  }
  if (ownPapers.length === 0) {
    files.push(...filesIn(paths.sessions, /\.md$/), ...filesIn(paths.digests, /./));
  } else {
    files.push(...filesIn(paths.digests, new RegExp(`^${SAMPLE_DIGEST.replace('.', '\\.')}$`)));
  }
  return { files, ownPapers };
}

/** Stops with a clear message when clearing the samples would touch the group's own papers' sessions. */
export function assertOnlySamples(sample: SampleContent): void {
  if (sample.ownPapers.length === 0) return;
  const shown = sample.ownPapers.slice(0, 3).join(', ');
  throw new UserError(
    `content/ already holds papers of your own (${shown}${sample.ownPapers.length > 3 ? ', …' : ''}); init would not delete them.\n` +
      'Run it with --keep-content to write only group.yaml and keep every paper, session and digest.',
  );
}
