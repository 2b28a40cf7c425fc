/**
 * The {@link PageRule} of a content folder, read from its files: the group's `candidateDays` and
 * time zone, "today" (SITE_TODAY, else today in the group's zone, as the site uses), and the papers
 * sessions list. Broken files are left to their own loaders and checks to report: a group file that
 * cannot be read gives no rule (every paper keeps its page), a session that cannot be read lists none.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { markdownFileNames } from './check-content.ts';
import type { ContentPaths } from './content-paths.ts';
import { todayIn } from '../domain/dates.ts';
import { loadGroup } from './load-group.ts';
import { parseSessionFile } from './session-file.ts';
import { hasPage, type PageRule } from '../domain/paper-pages.ts';
import type { PaperData } from '../schemas/paper.ts';

export function readPageRule(paths: ContentPaths, today = process.env.SITE_TODAY): PageRule | undefined {
  let group;
  try {
    group = loadGroup(paths.group);
  } catch {
    return undefined;
  }
  const inSessions = new Set<string>();
  for (const name of markdownFileNames(paths.sessions)) {
    const file = join(paths.sessions, name);
    try {
      for (const paper of parseSessionFile(readFileSync(file, 'utf8'), file).data.papers) inSessions.add(paper.id);
    } catch {
      // The sessions' loader reports it, with the same message.
    }
  }
  return { today: today || todayIn(group.timezone), candidateDays: group.candidateDays, inSessions };
}

/**
 * The rule as the papers' loader applies it: a paper left out stays left out, without being parsed
 * again, while its file, the window, the sessions' papers are unchanged and today has not gone back.
 */
export function paperPageFilter(paths: ContentPaths) {
  return () => {
    const rule = readPageRule(paths);
    if (!rule) return undefined;
    const sessions = [...rule.inSessions].sort().join(',');
    return {
      signature: JSON.stringify({ days: rule.candidateDays, sessions, today: rule.today }),
      stillLeavesOut(earlier: string): boolean {
        const was = JSON.parse(earlier) as { days?: number; sessions?: string; today?: string };
        return was.days === rule.candidateDays && was.sessions === sessions && typeof was.today === 'string' && was.today <= rule.today;
      },
      keep: (data: Record<string, unknown>, body: string) => hasPage(data as unknown as PaperData, body, rule),
    };
  };
}
