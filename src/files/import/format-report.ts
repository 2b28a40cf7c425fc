/**
 * The import's summary, as the command prints it: counts first, then the details that need a look.
 */
import { displayPath as shown } from '../display-path.ts';
import type { ImportReport } from './run-import.ts';
import { formatDigestProblem } from './run-import.ts';
import { formatMetadataOutcome } from './arxiv-metadata.ts';

function list(ids: string[], max = 8): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

export function formatImportReport(report: ImportReport, dryRun: boolean): string {
  const out: string[] = [];
  const verb = dryRun ? 'Would import' : 'Imported';
  for (const d of report.digests) {
    out.push(`${verb} ${d.input}: ${d.entries} entries, ${d.kept} kept (digest ${dryRun ? 'would be ' : ''}kept as ${shown(d.storedAs)})`);
    for (const p of d.problems.filter((q) => q.severity === 'warning')) out.push(`  warning: ${formatDigestProblem(d.input, p)}`);
  }
  const pad = (label: string) => `  ${label.padEnd(10)}`;
  out.push(`${pad('added')}${report.added.length}${report.added.length ? `  ${list(report.added)}` : ''}`);
  out.push(`${pad('updated')}${report.updated.length}`);
  for (const u of report.updated.slice(0, 20)) {
    const version = u.version ? ` (v${u.version[0] ?? '?'} → v${u.version[1]})` : '';
    out.push(`    ${u.id}${version}: ${u.fields.join(', ')}`);
  }
  if (report.updated.length > 20) out.push(`    … and ${report.updated.length - 20} more`);
  out.push(`${pad('unchanged')}${report.unchanged.length}`);
  out.push(`${pad('skipped')}${report.skipped.length}`);
  for (const s of report.skipped) out.push(`    ${s.digest}${s.line ? `:${s.line}` : ''}: ${s.reason}`);
  if (report.filtered) out.push(`${pad('filtered')}${report.filtered}  (left out by --match/--only)`);
  if (report.metadata) out.push(...formatMetadataOutcome(report.metadata, 'the next import fills them in, or run npm run metadata'));
  const files = report.writes.length;
  out.push(
    dryRun
      ? `Dry run: ${files} file${files === 1 ? '' : 's'} would be written; nothing was changed.`
      : `${files} file${files === 1 ? '' : 's'} written under ${shown(report.papersDir)} and its digests folder in ${(report.milliseconds / 1000).toFixed(2)} s.`,
  );
  return out.join('\n');
}
