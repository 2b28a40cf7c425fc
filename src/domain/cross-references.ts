/**
 * What one file says about others: a session names papers (which must have a file in
 * `content/papers/`) and presenters (who must be members in `group.yaml`), and two sessions cannot
 * share a day. The site build, the planner and `npm run check-content` all use these checks.
 */
import { join } from 'node:path';
import { slugForId } from './arxiv-id.ts';
import { closestMatch } from './closest-match.ts';
import type { ContentProblem } from './content-problem.ts';

export interface SessionReferences {
  /** The session's file as the user names it. */
  file: string;
  date: string;
  papers: readonly { id: string; presenter?: string | undefined }[];
}

export interface ReferenceTargets {
  /** Whether a paper with this id exists. */
  hasPaper: (id: string) => boolean;
  /** The papers folder and the group file, as named in messages. */
  papersDir: string;
  groupFile: string;
  /** Member ids in the order of `group.yaml`; presenters are not checked without them. */
  members?: readonly string[];
}

function memberList(members: readonly string[]): string {
  const shown = members.slice(0, 12);
  const words = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : (shown[0] ?? 'none');
  return members.length > shown.length ? `${shown.join(', ')}, …` : words;
}

/** Every broken reference of every session, and every day claimed by two session files. */
export function sessionReferenceProblems(sessions: readonly SessionReferences[], targets: ReferenceTargets): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const memberIds = targets.members ?? [];
  const members = new Set(memberIds);
  const byDate = new Map<string, string>();
  for (const session of [...sessions].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const first = byDate.get(session.date);
    if (first) problems.push({ file: session.file, field: 'date', message: `expected one session file per day (found ${session.date}, the date of ${first} too)` });
    else byDate.set(session.date, session.file);
    session.papers.forEach((item, i) => {
      if (!targets.hasPaper(item.id)) {
        problems.push({
          file: session.file,
          field: `papers[${i}].id`,
          message: `expected the id of a paper in ${targets.papersDir}/ (found "${item.id}"; there is no ${join(targets.papersDir, `${slugForId(item.id)}.md`)})`,
        });
      }
      if (targets.members && item.presenter && !members.has(item.presenter)) {
        const near = closestMatch(item.presenter, memberIds);
        problems.push({
          file: session.file,
          field: `papers[${i}].presenter`,
          message: `expected the id of a member in ${targets.groupFile}: ${memberList(memberIds)} (found "${item.presenter}"${near ? `; did you mean ${near}?` : ''})`,
        });
      }
    });
  }
  return problems;
}
