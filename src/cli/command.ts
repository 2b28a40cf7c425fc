/**
 * How the commands are declared and run. Each command in src/cli/ is one declaration made with
 * citty's `defineCommand`: `meta` (its name, what it does, notes and examples) and `args` (each
 * argument's type, description, value hint and default). From that one declaration come the
 * parser, the `--help` text and the types of the values the command's body gets, so they cannot drift.
 *
 * citty parses leniently (unknown flags are ignored) and has no repeatable options, so the
 * declaration is parsed here by Node's `util.parseArgs` in strict mode; and citty's `renderUsage`
 * colours its output even when it goes to a file, so the help is rendered here too, plain.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { ArgDef, ArgsDef, CommandDef, CommandMeta } from 'citty';
import { UserError } from '../domain/errors.ts';
import { runCommand } from './run-command.ts';

declare module 'citty' {
  interface CommandMeta {
    /** The usage line's forms after `npm run <name> --`, when the generated one does not say it. */
    usage?: string[];
    /** Paragraphs printed after the options: what the command promises, its environment variables. */
    notes?: string;
    /** Command lines printed last, under "Examples:". */
    examples?: string[];
  }
}

/** citty's argument declaration, plus `multiple`: a repeatable option, or a positional that takes the rest. */
export type CliArgDef = ArgDef & { multiple?: boolean };

type Given<A, V> = A extends { default: string } | { required: true } ? V : V | undefined;

/** The value the command's body gets for one declared argument. */
export type CliValue<A> = A extends { type: 'boolean' }
  ? boolean
  : A extends { multiple: true }
    ? string[]
    : A extends { type: 'positional' }
      ? A extends { required: false }
        ? string | undefined
        : string
      : A extends { type: 'enum'; options: readonly (infer O)[] }
        ? Given<A, O>
        : Given<A, string>;

export type CliValues<T> = { -readonly [K in keyof T]: CliValue<T[K]> };

/** The values a declared command's body gets: `CommandValues<typeof initCommand>`. */
export type CommandValues<C> = C extends CommandDef<infer T> ? CliValues<T> : never;

/** What the help and the parser read of a command: its declaration, whatever its arguments. */
export type DeclaredCommand = Pick<CommandDef<ArgsDef>, 'meta' | 'args'>;

interface Declaration {
  meta: CommandMeta & { name: string; description: string };
  args: [string, CliArgDef][];
}

/** The declaration's meta and args; the commands declare them as plain objects. */
function declared(cmd: DeclaredCommand): Declaration {
  const { meta, args = {} } = cmd;
  if (!meta || typeof meta !== 'object' || 'then' in meta || typeof args !== 'object' || 'then' in args) {
    throw new Error('a command declares its meta and args as plain objects');
  }
  if (!meta.name || !meta.description) throw new Error('a command declares meta.name and meta.description');
  return { meta: meta as Declaration['meta'], args: Object.entries(args) };
}

const HELP_ARG: CliArgDef = { type: 'boolean', alias: 'h', description: 'show this help' };

const aliases = (arg: CliArgDef): string[] => ('alias' in arg && arg.alias !== undefined ? [arg.alias].flat() : []);

/** `--today <YYYY-MM-DD>`, `-y, --yes`, `<arXiv id or link>...` */
function label(name: string, arg: CliArgDef): string {
  const hint = `<${arg.valueHint ?? name}>`;
  if (arg.type === 'positional') return `${hint}${arg.multiple ? '...' : ''}`;
  const flags = [...aliases(arg).map((a) => `-${a}`), `--${name}`].join(', ');
  if (arg.type === 'boolean') return flags;
  if (arg.type === 'enum' && !arg.valueHint && arg.options?.length) return `${flags} <${arg.options.join('|')}>`;
  return `${flags} ${hint}`;
}

const isRequired = (arg: CliArgDef): boolean => (arg.type === 'positional' ? arg.required !== false : arg.required === true) && arg.default === undefined;

/** The usage line after `npm run <name> --`, generated from the arguments unless the declaration gives its forms. */
function usageForms({ meta, args }: Declaration): string[] {
  if (meta.usage) return meta.usage;
  const parts = args.map(([name, arg]) => {
    if (arg.type === 'positional') return isRequired(arg) ? label(name, arg) : `[${label(name, arg)}]`;
    return isRequired(arg) ? label(name, arg) : undefined;
  });
  return [[...parts.filter(Boolean), '[options]'].join(' ')];
}

/** Two columns, the second's extra lines indented under it. */
function columns(rows: [string, string][], width: number): string {
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right.replace(/\n/g, `\n  ${' '.repeat(width)}`)}`).join('\n');
}

function explain(arg: CliArgDef): string {
  const text = arg.description ?? '';
  return typeof arg.default === 'string' ? `${text} (default: ${arg.default})` : text;
}

/** The `--help` text of a command, rendered from its declaration alone. */
export function renderHelp(cmd: DeclaredCommand): string {
  const declaration = declared(cmd);
  const { meta, args } = declaration;
  const command = `npm run ${meta.name} --`;
  const [first, ...others] = usageForms(declaration);
  const sections = [meta.description, [`Usage: ${command} ${first}`, ...others.map((form) => `       ${command} ${form}`)].join('\n')];
  const rows = (list: [string, CliArgDef][]) => list.map(([name, arg]): [string, string] => [label(name, arg), explain(arg)]);
  const positionals = rows(args.filter(([, arg]) => arg.type === 'positional'));
  const options = rows([...args.filter(([, arg]) => arg.type !== 'positional'), ['help', HELP_ARG]]);
  const width = Math.max(...[...positionals, ...options].map(([left]) => left.length)) + 2;
  if (positionals.length) sections.push(`Arguments:\n${columns(positionals, width)}`);
  sections.push(`Options:\n${columns(options, width)}`);
  if (meta.notes) sections.push(meta.notes);
  if (meta.examples?.length) sections.push(`Examples:\n${meta.examples.map((line) => `  ${line}`).join('\n')}`);
  return sections.join('\n\n');
}

/**
 * Parses `argv` by the declaration. A wrong flag, a missing value or a missing required argument
 * is a UserError that shows the usage (exit status 2); a value outside an enum's options says
 * which are allowed. Returns undefined for `-h/--help`.
 */
export function parseCommandLine<T extends ArgsDef>(cmd: CommandDef<T>, argv: string[]): CliValues<T> | undefined {
  const declaration = declared(cmd);
  const usageError = (message: string) => new UserError(`${message}\n\n${renderHelp(cmd)}`, 2);
  const options: ParseArgsOptionsConfig = {};
  for (const [name, arg] of [...declaration.args, ['help', HELP_ARG] as const]) {
    if (arg.type === 'positional') continue;
    const short = aliases(arg);
    if (short.some((a) => a.length !== 1)) throw new Error(`--${name}: only one-letter aliases can be declared`);
    options[name] = { type: arg.type === 'boolean' ? 'boolean' : 'string', ...(arg.multiple ? { multiple: true } : {}), ...(short[0] ? { short: short[0] } : {}) };
  }
  const positionals = declaration.args.filter(([, arg]) => arg.type === 'positional');
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: positionals.length > 0, strict: true });
  } catch (error) {
    throw usageError((error as Error).message);
  }
  if (parsed.values.help) return undefined;
  const values: Record<string, unknown> = {};
  const rest = [...parsed.positionals];
  for (const [name, arg] of declaration.args) {
    if (arg.type === 'positional') {
      const value = arg.multiple ? rest.splice(0) : (rest.shift() ?? arg.default);
      if (isRequired(arg) && (value === undefined || value.length === 0)) throw usageError(`give at least one ${arg.valueHint ?? name}`);
      values[name] = value;
      continue;
    }
    const given = parsed.values[name];
    if (arg.type === 'boolean') values[name] = given ?? arg.default ?? false;
    else if (arg.multiple) values[name] = given ?? [];
    else values[name] = given ?? arg.default;
    if (arg.type === 'enum' && typeof values[name] === 'string' && !arg.options?.includes(values[name])) {
      throw new UserError(`--${name}: expected ${(arg.options ?? []).join(' or ')} (found "${values[name]}")`, 2);
    }
    if (isRequired(arg) && values[name] === undefined) throw usageError(`${label(name, arg)} is required`);
  }
  if (rest.length) throw usageError(`Unexpected argument '${rest[0]}'`);
  return values as CliValues<T>;
}

/**
 * Runs a declared command: parses the process's arguments, prints the help for `--help`, and runs
 * `body` with the values. Its result is the exit status; user errors print as `error: …` (runCommand).
 */
export async function runCommandLine<T extends ArgsDef>(cmd: CommandDef<T>, body: (args: CliValues<T>) => Promise<number | void> | number | void, argv = process.argv.slice(2)): Promise<void> {
  await runCommand(() => {
    const args = parseCommandLine(cmd, argv);
    if (args) return body(args);
    console.log(renderHelp(cmd));
    return 0;
  });
}
