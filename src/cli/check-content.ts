/**
 * npm run check-content -- [--content <dir>]
 */
import { runCommand } from '../lib/errors.ts';
import { checkContent } from '../lib/check-content.ts';
import { formatProblem } from '../lib/content-problem.ts';
import { parseCommand } from './args.ts';

const HELP = `Check the group's files the way the site build reads them, and list every problem.

Usage: npm run check-content -- [options]

Options:
  --content <dir>     the content folder (default: content)
  -h, --help          show this help

Checks group.yaml, every paper and session file (YAML, fields, file names) and what sessions say
about papers and members. Prints one line per problem (file, line or field, what was expected and
what was found) and exits with status 1 when there is any. Text typed into a frontmatter by mistake
(minutes above the closing ---) is reported as a warning with its line.`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

await runCommand(() => {
  const parsed = parseCommand(HELP, { content: { type: 'string', default: 'content' } });
  if (!parsed) return 0;
  const root = parsed.values.content;
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
