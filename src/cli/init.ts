/**
 * `npm run init`: starts a group of one's own: writes content/group.yaml and clears the sample papers, sessions and
 * digests. Asks for what is missing when run in a terminal.
 */
import { createInterface } from 'node:readline/promises';
import { rm } from 'node:fs/promises';
import { displayPath } from '../files/display-path.ts';
import type { Locale } from '../schemas/common.ts';
import { defineCommand } from 'citty';
import { UserError } from '../domain/errors.ts';
import { contentArg } from './args.ts';
import { renderHelp, runCommandLine, type CommandValues } from './command.ts';
import { contentPaths } from '../files/content-paths.ts';
import { writeAtomic } from '../files/atomic-write.ts';
import { withContentLock } from '../files/content-lock.ts';
import { assertOnlySamples, findSampleContent, groupYaml, parseGithubLogins, parseMembers, type GroupAnswers } from '../files/init-group.ts';

export const initCommand = defineCommand({
  meta: {
    name: 'init',
    description: 'Start a reading group of your own: write content/group.yaml and remove the sample papers.',
    notes: `Run in a terminal, it asks for anything missing. Otherwise --name and --members are required, the
others default to this computer's time zone, thursday, 16:00 and en, and deleting the sample content
takes --yes (--keep-content keeps it).`,
    examples: [
      `npm run init -- --name "Vision Reading Club" --timezone Asia/Shanghai --weekday friday \\
    --time 14:00 --members "li:Li Wei,wang:Wang Fang,zhao:Zhao Min" --locale zh-CN --yes`,
    ],
  },
  args: {
    name: { type: 'string', valueHint: 'text', description: "the group's name" },
    timezone: { type: 'string', valueHint: 'zone', description: 'IANA time zone, e.g. Europe/Berlin, Asia/Shanghai, America/New_York' },
    weekday: { type: 'string', valueHint: 'day', description: 'meeting day, e.g. thursday' },
    time: { type: 'string', valueHint: 'HH:MM', description: 'meeting time, e.g. 16:00' },
    minutes: { type: 'string', valueHint: 'n', description: 'meeting length (default 60)' },
    location: { type: 'string', valueHint: 'text', description: 'room or video link' },
    members: { type: 'string', multiple: true, valueHint: 'list', description: '"alice:Alice Zhang,bob:Bob Li" (or just names)' },
    github: { type: 'string', multiple: true, valueHint: 'list', description: 'members\' GitHub logins, "alice:alice-zhang,bob:bobli" (for requests from the site)' },
    repository: { type: 'string', valueHint: 'url', description: "the repository's address, e.g. https://github.com/org/reading-group" },
    locale: { type: 'enum', options: ['en', 'zh-CN'], description: 'language of the site (default en)' },
    'papers-per-session': { type: 'string', valueHint: 'n', description: 'papers per meeting (default 2)' },
    'keep-content': { type: 'boolean', description: 'keep every paper, session and digest; only write group.yaml' },
    content: contentArg,
    yes: { type: 'boolean', alias: 'y', description: 'do not ask before deleting the sample content' },
  },
});

if (import.meta.main) await runCommandLine(initCommand, init);

async function init(values: CommandValues<typeof initCommand>): Promise<number> {
  const interactive = process.stdin.isTTY && process.stdout.isTTY;
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask = async (flag: string, question: string, fallback?: string): Promise<string> => {
    const given = values[flag as keyof typeof values];
    if (typeof given === 'string' && given) return given;
    if (Array.isArray(given) && given.length) return given.join(',');
    if (!rl) {
      if (fallback !== undefined) return fallback;
      throw new UserError(`--${flag} is required when not running in a terminal\n\n${renderHelp(initCommand)}`, 2);
    }
    const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
    return answer || fallback || ask(flag, question, fallback);
  };
  /** An answer that may stay empty: the flag's value, else (in a terminal) a question, else nothing. */
  const askOptional = async (question: string, given: string | undefined): Promise<string> => {
    if (given !== undefined) return given.trim();
    if (!rl) return '';
    return (await rl.question(`${question} (empty for none): `)).trim();
  };
  const number = (flag: string, text: string | undefined) => {
    if (text === undefined || text === '') return undefined;
    const n = Number(text);
    if (!Number.isInteger(n)) throw new UserError(`--${flag}: expected a whole number (found "${text}")`, 2);
    return n;
  };

  try {
    const name = await ask('name', 'Name of the group');
    const timezone = await ask('timezone', 'Time zone (IANA)', Intl.DateTimeFormat().resolvedOptions().timeZone);
    const weekday = await ask('weekday', 'Meeting day', 'thursday');
    const time = await ask('time', 'Meeting time (HH:MM)', '16:00');
    const members = [await ask('members', 'Members ("id:Name, id:Name" or names)')];
    // Each member's GitHub login, so that what they do from the site's links is recorded as theirs.
    let github: Record<string, string> = {};
    if (values.github?.length) github = parseGithubLogins(values.github);
    else if (rl) {
      for (const member of parseMembers(members)) {
        const login = (await askOptional(`GitHub login of ${member.name}`, undefined)).replace(/^@/, '');
        if (login) github[member.id] = login;
      }
    }
    const repository = await askOptional("Address of the group's repository, e.g. https://github.com/org/reading-group", values.repository);
    const answers: GroupAnswers = {
      name,
      timezone,
      weekday,
      time,
      members,
      ...(Object.keys(github).length ? { github } : {}),
      ...(repository ? { repository } : {}),
      ...(number('minutes', values.minutes) ? { minutes: number('minutes', values.minutes)! } : {}),
      ...(values.location ? { location: values.location } : {}),
      ...(number('papers-per-session', values['papers-per-session']) ? { papersPerSession: number('papers-per-session', values['papers-per-session'])! } : {}),
      locale: (await ask('locale', 'Site language (en or zh-CN)', 'en')) as Locale,
    };
    const paths = contentPaths(values.content);
    const { text, group } = groupYaml(answers, 'the new group.yaml (from your answers)');
    const keep = values['keep-content'];
    const preview = keep ? { files: [], ownPapers: [] } : findSampleContent(paths);
    assertOnlySamples(preview);
    if (preview.files.length && !values.yes) {
      if (!rl) throw new UserError(`init would delete ${preview.files.length} sample files; add --yes to confirm`, 2);
      const ok = (await rl.question(`Delete the ${preview.files.length} sample papers, sessions and digests? [y/N] `)).trim().toLowerCase();
      if (ok !== 'y' && ok !== 'yes') throw new UserError('nothing changed', 1);
    }
    const sample = await withContentLock(values.content, 'init', async () => {
      // Looked at again under the lock: an import may have added the group's own papers meanwhile.
      const current = keep ? preview : findSampleContent(paths);
      assertOnlySamples(current);
      await writeAtomic(paths.group, text);
      await Promise.all(current.files.map((f) => rm(f)));
      return current;
    });
    console.log(`Wrote ${displayPath(paths.group)} for "${group.name}" (${group.members.length} members, ${group.meeting.weekday}s at ${group.meeting.time}, ${group.timezone}).`);
    if (sample.files.length) console.log(`Removed ${sample.files.length} sample files.`);
    console.log('Next: npm run import -- <digest>, then npm run plan, then git commit and push.');
    return 0;
  } finally {
    rl?.close();
  }
}
