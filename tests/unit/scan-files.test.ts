import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awaitRelatedLists, forgetScanFiles, scanFailure, scanFiles, writeRelatedLists } from '../../src/site/integrations/scan-files.ts';

const dirs: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-scan-files-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Resolves after the event loop has turned `turns` times, so a poll gets several chances to look. */
const turns = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe("the paper pages' wait for the scan's related papers", () => {
  it('waits until the scan has written the lists, then gives them', async () => {
    const files = scanFiles(cacheDir());
    let settled = false;
    const waiting = awaitRelatedLists(files, 1).finally(() => (settled = true));
    await turns(20);
    expect(settled).toBe(false);
    writeRelatedLists(files.related, { '2401.00001': [{ id: '2401.00002', score: 0.4 }] });
    await expect(waiting).resolves.toEqual({ '2401.00001': [{ id: '2401.00002', score: 0.4 }] });
  });

  it("fails with the scan's own reason when the scan failed instead of waiting for ever", async () => {
    const files = scanFiles(cacheDir());
    const waiting = awaitRelatedLists(files, 1);
    writeFileSync(scanFailure(files), "the build's scan ran out of its 512 MB of memory; set SCAN_WORKER_MEMORY_MB to more");
    await expect(waiting).rejects.toThrow("the build's scan ran out of its 512 MB of memory; set SCAN_WORKER_MEMORY_MB to more");
  });

  it("never reads an earlier build's lists or failure: a new build forgets them before its scan starts", async () => {
    const files = scanFiles(cacheDir());
    writeRelatedLists(files.related, {});
    writeFileSync(scanFailure(files), 'an earlier failure');
    forgetScanFiles(files);
    expect(existsSync(files.related)).toBe(false);
    expect(existsSync(scanFailure(files))).toBe(false);
    let settled = false;
    const waiting = awaitRelatedLists(files, 1).finally(() => (settled = true));
    await turns(20);
    expect(settled).toBe(false);
    writeRelatedLists(files.related, {});
    await expect(waiting).resolves.toEqual({});
  });
});
