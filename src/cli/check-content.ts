/**
 * `npm run check-content`: reads the group's files the way the site build does and lists every problem.
 */
import { defineCommand } from 'citty';
import { checkContent } from '../files/check-content.ts';
import { formatProblem } from '../domain/content-problem.ts';
import { contentArg } from './args.ts';
import { runCommandLine } from './command.ts';

export const checkContentCommand = defineCommand({
  meta: {
    name: 'check-content',
    description: "Check the group's files the way the site build reads them, and list every problem.",
    notes: `Checks group.yaml, every paper and session file (YAML, fields, file names) and what sessions say
about papers and members. Prints one line per problem (file, line or field, what was expected and
what was found) and exits with status 1 when there is any. Text typed into a frontmatter by mistake
(minutes above the closing ---) is reported as a warning with its line.`,
  },
  args: { content: contentArg },
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

if (import.meta.main) {
  await runCommandLine(checkContentCommand, (values) => {
    const root = values.content;
    const report = checkContent(root);
    for (const warning of report.warnings) process.stderr.write(`warning: ${formatProblem(warning)}\n`);
    if (report.problems.length) {
      for (const problem of report.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      process.stderr.write(`${plural(report.problems.length, 'problem')} in ${root.replace(/\/?$/, '/')}\n`);
      return 1;
    }
    console.log(`${root.replace(/\/?$/, '/')} is fine: ${plural(report.papers, 'paper')}, ${plural(report.sessions, 'session')}`);
    return 0;
  });
}
