/**
 * Every command's `--help` is rendered from its declaration (src/cli/command.ts), so it cannot drift:
 * each command, run with `--help`, prints exactly that text, listing every declared argument with its
 * description; and each refuses an unknown flag with exit status 2, naming it, with the usage.
 */
import { describe, expect, it } from 'vitest';
import { renderHelp, type CliArgDef, type DeclaredCommand } from '../../src/cli/command.ts';
import { addCommand } from '../../src/cli/add.ts';
import { checkContentCommand } from '../../src/cli/check-content.ts';
import { importCommand } from '../../src/cli/import.ts';
import { initCommand } from '../../src/cli/init.ts';
import { metadataCommand } from '../../src/cli/metadata.ts';
import { planCommand } from '../../src/cli/plan.ts';
import { questionsCommand } from '../../src/cli/questions.ts';
import { requestCommand } from '../../src/cli/request.ts';
import { expectUserError, runCli } from '../helpers/cli.ts';
import packageJson from '../../package.json' with { type: 'json' };

const COMMANDS: Record<string, DeclaredCommand> = {
  add: addCommand,
  'check-content': checkContentCommand,
  import: importCommand,
  init: initCommand,
  metadata: metadataCommand,
  plan: planCommand,
  questions: questionsCommand,
  request: requestCommand,
};

const declaredArgs = (command: DeclaredCommand) => Object.entries(command.args as Record<string, CliArgDef>);

it('covers every command of package.json that runs src/cli/', () => {
  const scripts = Object.entries(packageJson.scripts).filter(([, script]) => script.startsWith('node src/cli/'));
  expect(scripts.map(([name]) => name).sort()).toEqual(Object.keys(COMMANDS).sort());
  for (const [name, script] of scripts) expect(script, name).toBe(`node src/cli/${name}.ts`);
});

describe.each(Object.entries(COMMANDS))('npm run %s', (name, command) => {
  it('--help prints the help rendered from the declaration, every argument with its description', async () => {
    expect(command.meta).toMatchObject({ name });
    const result = await runCli(name, ['--help']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${renderHelp(command)}\n`);
    const help = result.stdout;
    expect(help).toMatch(new RegExp(`^Usage: npm run ${name} -- `, 'm'));
    for (const [arg, def] of declaredArgs(command)) {
      expect(def.description, `${name} ${arg}`).toBeTruthy();
      const names = (line: string) => (/^ {2}[-<]/.test(line) ? line.trim().split(/ {2,}/)[0]!.split(', ') : []);
      const declares = (label: string) => (def.type === 'positional' ? label.replace(/\.\.\.$/, '') === `<${def.valueHint ?? arg}>` : label === `--${arg}` || label.startsWith(`--${arg} `));
      const [firstLine, ...more] = def.description!.split('\n');
      const line = help.split('\n').find((l) => names(l).some(declares));
      expect(line, `${name}: the line of ${arg}`).toBeDefined();
      expect(line).toContain(firstLine);
      for (const next of more) expect(help).toContain(next);
      if (typeof def.default === 'string') expect(line).toContain(`(default: ${def.default})`);
    }
    expect(help).toMatch(/^ {2}-h, --help +show this help$/m);
    for (const example of (command.meta as { examples?: string[] }).examples ?? []) expect(help).toContain(example);
  });

  it('refuses an unknown flag with exit status 2, naming it, with the usage', async () => {
    const result = await runCli(name, ['--no-such-flag']);
    expect(result.code).toBe(2);
    expect(expectUserError(result)).toMatch(/^error: Unknown option '--no-such-flag'/);
    expect(result.stderr).toContain(`\n\n${renderHelp(command)}\n`);
    expect(result.stdout).toBe('');
  });
});
