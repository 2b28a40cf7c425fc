/**
 * `npm run request`: carries out one request made from the site: the JSON of a GitHub `issues` event (the request
 * workflow passes `$GITHUB_EVENT_PATH`), opened from one of the group's issue forms. Prints the reply
 * for the issue (markdown) on stdout. Exit status: 0 when the request is recorded or was already, 1
 * when it is refused (the reply says why; nothing changed), 2 for a wrong invocation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { UserError } from '../domain/errors.ts';
import { contentArg, parseToday, todayArg } from './args.ts';
import { runCommandLine } from './command.ts';
import { contentPaths } from '../files/content-paths.ts';
import { withContentLock } from '../files/content-lock.ts';
import { writeAllOrNothing } from '../files/atomic-write.ts';
import { loadGroup } from '../files/load-group.ts';
import { todayIn } from '../domain/dates.ts';
import { readIssueEvent } from '../domain/requests/parse-issue.ts';
import { planRequest } from '../files/requests/apply.ts';
import { RequestRefused } from '../domain/requests/refused.ts';
import { MAX_BODY } from '../domain/requests/parse-issue.ts';
import { replyStrings, type ReplyStrings } from '../domain/requests/strings.ts';
import type { Locale } from '../domain/i18n.ts';

export const requestCommand = defineCommand({
  meta: {
    name: 'request',
    description: "Carry out a request made from the site (a GitHub issue opened from one of the group's forms).",
    notes: 'Prints the reply for the issue. Exit status 0: recorded, or recorded before; 1: refused, nothing changed.',
  },
  args: {
    event: { type: 'string', required: true, valueHint: 'file', description: 'the JSON of the issues event (in a workflow: "$GITHUB_EVENT_PATH")' },
    'commit-message': { type: 'string', valueHint: 'file', description: 'write a one-line commit message naming the request there (empty when nothing changed)' },
    today: todayArg('the day it is'),
    content: contentArg,
  },
});

function readEvent(file: string, r: ReplyStrings): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`--event: cannot read ${file}; expected the JSON file of an issues event`, 2);
  }
  // An event is the issue plus repository details; far beyond that is not an event of ours.
  if (text.length > MAX_BODY * 20) throw new RequestRefused(r.eventTooLarge(text.length));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new RequestRefused(r.notJson(file, (error as Error).message));
  }
}

if (import.meta.main) {
  await runCommandLine(requestCommand, async (values) => {
    const messageFile = values['commit-message'];
    if (messageFile) writeFileSync(messageFile, '');
    const paths = contentPaths(values.content);
    // The reply is in the group's language; a group file that cannot be read is answered in English (and reported below).
    let locale: Locale = 'en';
    try {
      locale = loadGroup(paths.group).locale;
    } catch {
      // planRequest loads it again and says what is wrong.
    }
    const r = replyStrings(locale);
    try {
      const request = readIssueEvent(readEvent(values.event, r), r);
      const today = values.today ? parseToday(values.today) : todayIn(loadGroup(paths.group).timezone);
      const outcome = await withContentLock(values.content, 'request', async () => {
        // Planned and written under the lock, so two requests never read the same file and lose a change.
        const planned = await planRequest(request, { contentDir: values.content, today });
        await writeAllOrNothing(planned.writes, { within: paths.root });
        return planned;
      });
      console.log(outcome.reply);
      if (messageFile && outcome.status === 'done') writeFileSync(messageFile, `${outcome.summary}\n`);
      process.stderr.write(outcome.status === 'done' ? `${outcome.writes.length} file${outcome.writes.length === 1 ? '' : 's'} written\n` : 'nothing changed\n');
      return 0;
    } catch (error) {
      if (!(error instanceof UserError) || error.exitCode === 2) throw error;
      // The reply for the issue; the error line on stderr is for the workflow's log.
      console.log(`${r.refused}${error instanceof RequestRefused ? error.message : `${r.filesProblem}\n\n\`\`\`\n${error.message.replace(/`/g, "'")}\n\`\`\``}`);
      throw error;
    }
  });
}
