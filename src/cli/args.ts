/**
 * Validation of command-line values shared by the commands (declared in src/cli/command.ts's way);
 * each failure says what was expected, with exit status 2.
 */
import { UserError } from '../domain/errors.ts';
import { isoDate } from '../schemas/common.ts';

/** Arguments that several commands declare alike. */
export const contentArg = { type: 'string', valueHint: 'dir', default: 'content', description: 'the content folder' } as const;
export const dryRunArg = { type: 'boolean', description: 'show what would change; write nothing' } as const;
export const todayArg = (what: string) => ({ type: 'string', valueHint: 'YYYY-MM-DD', description: `${what} (default: today in the group's time zone)` }) as const;

export function parseToday(text: string): string {
  const result = isoDate.safeParse(text);
  if (!result.success) throw new UserError(`--today: expected a date written YYYY-MM-DD, e.g. 2026-11-24 (found "${text}")`, 2);
  return result.data;
}

export function parseRegex(text: string): RegExp {
  try {
    return new RegExp(text, 'iu');
  } catch (error) {
    throw new UserError(`--match: not a valid regular expression: ${(error as Error).message}`, 2);
  }
}

/** `1,4,7` or `3-9,12` into a set of refs. */
export function parseRefs(text: string): Set<number> {
  const refs = new Set<number>();
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) throw new UserError(`--only: expected refs such as 1,4,7 or 3-9 (found "${part}")`, 2);
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (to < from) throw new UserError(`--only: the range ${part} runs backwards`, 2);
    for (let r = from; r <= to; r++) refs.add(r);
  }
  if (refs.size === 0) throw new UserError('--only: expected at least one ref, e.g. --only 1,4,7', 2);
  return refs;
}

export function parseWeeks(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 520) {
    throw new UserError(`--weeks: expected a whole number of meetings from 1 to 520, e.g. --weeks 8 (found "${text}")`, 2);
  }
  return Number(text);
}
