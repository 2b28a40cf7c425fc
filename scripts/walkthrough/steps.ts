/**
 * The README's "Walkthrough: your first week", as data: every command and every edit, in order, kept
 * in this one place. The scenario test (tests/e2e/week.test.ts) and the screenshot script
 * (scripts/walkthrough-screenshots.ts) run exactly these, and tests/unit/walkthrough-readme.test.ts
 * checks that the README shows each of them, word for word and in this order.
 *
 * Running a step elsewhere than in the project's own content/ (see run-step.ts) adds only what points
 * it at a scratch folder: `--content <dir>` for the commands; CONTENT_DIR, ASTRO_CACHE_DIR and
 * `--outDir` for the build; the digest address for `$DIGEST`; a static server for `npm run preview`.
 */

/** The day the group starts (a Friday), and the day after its first meeting. */
export const START_DAY = '2026-08-21';
export const AFTER_FIRST_MEETING = '2026-08-28';
export const GROUP = {
  name: 'Retrieval Reading Group',
  timezone: 'Asia/Shanghai',
  weekday: 'thursday',
  time: '19:30',
  minutes: 90,
  location: 'Room 5.02, Library',
  members: [
    { id: 'li', name: 'Li Wei' },
    { id: 'maria', name: 'Maria Rossi' },
    { id: 'sam', name: 'Sam Okoye' },
  ],
} as const;
/** The two papers the members shortlist, and the first meeting, which discusses them. */
export const SHORTLISTED = ['2608.19204', '2608.20317'] as const;
export const FIRST_MEETING = '2026-08-27';
export const MATCH = 'retriev|检索';
export const MINUTES = `## Minutes

Present: Li, Maria, Sam.

- **CrossQ** (Li). Conditioning token codes on document context is the real idea; the gains are
  small (+0.01 MRR@10) but hold at 2 bytes a token. We want the ablation without the ranking loss.
- **BrowseComp-Plus on ClimbMix** (Maria). A fair way to make agentic search harder; Sam doubts
  that the projected questions keep one answer each.

Action: Sam checks how many projected questions have more than one valid answer.
`;

export type Action =
  /** A command, run from the project's folder. `$DIGEST` stands for the digest's address or file. */
  | { kind: 'command'; argv: string[]; env?: Record<string, string> }
  /** `DIGEST=<file>`: which digest the next import reads (the sample, or your group's address). */
  | { kind: 'digest'; sample: string }
  /** A person's edit of a file under content/: whole lines replaced, text added at the end. */
  | { kind: 'edit'; file: string; replace: [from: string, to: string][]; append?: string }
  /** `npm run preview`: serve the built site. */
  | { kind: 'preview' };

export interface Step {
  id: string;
  title: string;
  actions: Action[];
}

const npm = (script: string, ...args: string[]): Action => ({ kind: 'command', argv: ['npm', 'run', script, ...(args.length ? ['--', ...args] : [])] });
const build = (day: string): Action => ({ kind: 'command', argv: ['npm', 'run', 'build'], env: { SITE_TODAY: day } });

export const STEPS: Step[] = [
  {
    id: 'init',
    title: 'Start the group',
    actions: [
      npm(
        'init',
        ...['--name', GROUP.name, '--timezone', GROUP.timezone, '--weekday', GROUP.weekday, '--time', GROUP.time],
        ...['--minutes', String(GROUP.minutes), '--location', GROUP.location],
        ...['--members', GROUP.members.map((m) => `${m.id}:${m.name}`).join(','), '--yes'],
      ),
    ],
  },
  {
    id: 'import',
    title: "Import today's digest",
    actions: [{ kind: 'digest', sample: 'tests/fixtures/digests/cs.IR-2026-08-21.md' }, npm('import', '$DIGEST', '--match', MATCH, '--today', START_DAY)],
  },
  {
    id: 'shortlist',
    title: 'Shortlist and vote',
    actions: [
      {
        kind: 'edit',
        file: `papers/${SHORTLISTED[0]}.md`,
        replace: [
          ['status: candidate', 'status: shortlisted'],
          ['votes: 0', 'votes: [li, maria]'],
        ],
      },
      {
        kind: 'edit',
        file: `papers/${SHORTLISTED[1]}.md`,
        replace: [
          ['status: candidate', 'status: shortlisted'],
          ['votes: 0', 'votes: [sam]'],
        ],
      },
    ],
  },
  { id: 'plan', title: 'Plan four weeks', actions: [npm('plan', '--weeks', '4', '--today', START_DAY)] },
  { id: 'site', title: 'Open the site', actions: [build(START_DAY), { kind: 'preview' }] },
  { id: 'agenda', title: 'The agenda', actions: [] },
  { id: 'handout', title: 'The handout and the calendar', actions: [] },
  {
    id: 'minutes',
    title: 'After the meeting',
    actions: [{ kind: 'edit', file: `sessions/${FIRST_MEETING}.md`, replace: [['status: planned', 'status: done']], append: `\n${MINUTES}` }, build(AFTER_FIRST_MEETING)],
  },
  { id: 'discussed', title: 'The papers are discussed', actions: [] },
  {
    id: 'next-digest',
    title: 'The next digest',
    actions: [{ kind: 'digest', sample: 'tests/fixtures/digests/cs.IR-2026-08-28.md' }, npm('import', '$DIGEST', '--match', MATCH, '--today', AFTER_FIRST_MEETING)],
  },
];

/** A word as a shell needs it: bare when safe, else in double quotes (`$DIGEST` stays expandable). */
function shellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  if (word === '$DIGEST') return '"$DIGEST"';
  return `"${word.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** A command as the README shows it: `SITE_TODAY=… npm run build`. */
export function commandLine(action: Extract<Action, { kind: 'command' }>): string {
  const env = Object.entries(action.env ?? {}).map(([k, v]) => `${k}=${shellWord(v)} `);
  return `${env.join('')}${action.argv.map(shellWord).join(' ')}`;
}

/** The lines of shell an action is in the README, or undefined for an edit. */
export function shellLines(action: Action): string | undefined {
  switch (action.kind) {
    case 'command':
      return commandLine(action);
    case 'digest':
      return `DIGEST=${action.sample}`;
    case 'preview':
      return 'npm run preview';
    case 'edit':
      return undefined;
  }
}

/** The frontmatter's closing line: appended text goes below it, and the README's diff shows it there. */
export const FRONTMATTER_END = '---';

/**
 * An edit as the README shows it: a diff of the file under content/. Appended text comes after the
 * frontmatter's closing `---` (shown as context, so nobody pastes it into the frontmatter).
 */
export function editDiff(action: Extract<Action, { kind: 'edit' }>): string {
  const lines = [`# content/${action.file}`, ...action.replace.flatMap(([from, to]) => [`-${from}`, `+${to}`])];
  if (action.append)
    lines.push(
      ' …',
      ` ${FRONTMATTER_END}`,
      ...action.append
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => `+${l}`),
    );
  return lines.join('\n');
}

/** The picture of a step in the README, made by scripts/walkthrough-screenshots.ts. */
export function picturePath(index: number): string {
  return `docs/walkthrough/${String(index + 1).padStart(2, '0')}-${STEPS[index]!.id}.png`;
}
