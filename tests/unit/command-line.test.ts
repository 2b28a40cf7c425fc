/**
 * How a declared command reads its arguments (src/cli/command.ts), in this process: repeatable
 * options, enums, required arguments, positionals, and every wrong invocation a UserError with exit
 * status 2 that shows the usage.
 */
import { describe, expect, it } from 'vitest';
import { defineCommand } from 'citty';
import { parseCommandLine, renderHelp } from '../../src/cli/command.ts';
import { UserError } from '../../src/domain/errors.ts';

const command = defineCommand({
  meta: { name: 'demo', description: 'A demo command.', notes: 'Some notes.', examples: ['npm run demo -- a.md'] },
  args: {
    files: { type: 'positional', multiple: true, valueHint: 'file', description: 'the files' },
    tag: { type: 'string', multiple: true, valueHint: 'tag', description: 'a tag (repeatable)' },
    locale: { type: 'enum', options: ['en', 'zh-CN'], description: 'the language' },
    event: { type: 'string', required: true, valueHint: 'file', description: 'the event' },
    yes: { type: 'boolean', alias: 'y', description: 'do not ask' },
    content: { type: 'string', valueHint: 'dir', default: 'content', description: 'the content folder' },
  },
});

function usageError(argv: string[]): string {
  try {
    parseCommandLine(command, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    return (error as UserError).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('a declared command line', () => {
  it('gives each argument its typed value, defaults and repeated options included', () => {
    expect(parseCommandLine(command, ['a.md', '--tag', 'x', '--event', 'e.json', 'b.md', '--tag=y', '-y', '--locale', 'zh-CN', '--', '--c.md'])).toEqual({
      files: ['a.md', 'b.md', '--c.md'],
      tag: ['x', 'y'],
      locale: 'zh-CN',
      event: 'e.json',
      yes: true,
      content: 'content',
    });
    expect(parseCommandLine(command, ['a.md', '--event', 'e.json'])).toEqual({ files: ['a.md'], tag: [], locale: undefined, event: 'e.json', yes: false, content: 'content' });
  });

  it('answers -h and --help with undefined (the help), whatever else is given', () => {
    expect(parseCommandLine(command, ['--help'])).toBeUndefined();
    expect(parseCommandLine(command, ['a.md', '-h'])).toBeUndefined();
  });

  it('refuses a wrong invocation with the problem and the usage', () => {
    const help = renderHelp(command);
    for (const [argv, problem] of [
      [['a.md', '--event', 'e', '--frobnicate'], "Unknown option '--frobnicate'"],
      [['a.md', '--event'], "Option '--event <value>' argument missing"],
      [['a.md', '--event', 'e', '--yes=no'], "Option '-y, --yes' does not take an argument"],
      [['a.md'], '--event <file> is required'],
      [['--event', 'e'], 'give at least one file'],
    ] as const) {
      const message = usageError([...argv]);
      expect(message.startsWith(problem), `${argv.join(' ')}: ${message}`).toBe(true);
      expect(message.endsWith(`\n\n${help}`)).toBe(true);
    }
    expect(usageError(['a.md', '--event', 'e', '--locale', 'fr'])).toBe('--locale: expected en or zh-CN (found "fr")');
  });

  it('renders its help from the declaration', () => {
    expect(renderHelp(command)).toBe(`A demo command.

Usage: npm run demo -- <file>... --event <file> [options]

Arguments:
  <file>...            the files

Options:
  --tag <tag>          a tag (repeatable)
  --locale <en|zh-CN>  the language
  --event <file>       the event
  -y, --yes            do not ask
  --content <dir>      the content folder (default: content)
  -h, --help           show this help

Some notes.

Examples:
  npm run demo -- a.md`);
  });
});
