/**
 * Fair rotation of presenters. Everyone who presents is counted over past and planned sessions
 * (cancelled ones do not count); the next presenter is whoever has presented least, ties going to
 * whoever presented longest ago (never counts as longest), then to the order of `group.yaml`.
 * Members with `presents: false` never present; nobody presents on a day inside one of their `away`
 * ranges (both ends included).
 */
import type { Member } from '../../schemas/group.ts';
import { inRange } from '../dates.ts';

/** Whether `member` can present on `date`. */
export function canPresent(member: Member, date: string): boolean {
  return member.presents !== false && !member.away.some((range) => inRange(date, range));
}

/** Running tally of who presented when. */
export class Rotation {
  readonly #members: Member[];
  readonly #dates = new Map<string, string[]>();

  constructor(members: Member[]) {
    this.#members = members;
    for (const m of members) this.#dates.set(m.id, []);
  }

  /** Counts one presentation by `memberId` on `date` (unknown ids are ignored). */
  record(memberId: string, date: string): void {
    this.#dates.get(memberId)?.push(date);
  }

  /** How many presentations `memberId` has so far. */
  count(memberId: string): number {
    return this.#dates.get(memberId)?.length ?? 0;
  }

  /** The latest presentation of `memberId` before `date`, or '' if none. */
  #lastBefore(memberId: string, date: string): string {
    let last = '';
    for (const d of this.#dates.get(memberId) ?? []) if (d < date && d > last) last = d;
    return last;
  }

  /**
   * The next presenter on `date`: the fairest member who can present that day, preferring people not
   * in `already` (those presenting another paper of the same session). Between members equally due
   * (as many presentations, the last as long ago), one in `preferred` (who voted for a paper of the
   * session) goes first, else the order of `group.yaml`. Undefined when nobody can present.
   */
  next(date: string, already: ReadonlySet<string>, preferred: ReadonlySet<string> = new Set()): Member | undefined {
    const able = this.#members.filter((m) => canPresent(m, date));
    const fresh = able.filter((m) => !already.has(m.id));
    const pool = fresh.length > 0 ? fresh : able;
    let best: Member | undefined;
    let bestKey: [number, string, number] | undefined;
    for (const m of pool) {
      const key: [number, string, number] = [this.count(m.id), this.#lastBefore(m.id, date), preferred.has(m.id) ? 0 : 1];
      if (!bestKey || key[0] < bestKey[0] || (key[0] === bestKey[0] && (key[1] < bestKey[1] || (key[1] === bestKey[1] && key[2] < bestKey[2])))) {
        best = m;
        bestKey = key;
      }
    }
    return best;
  }
}
