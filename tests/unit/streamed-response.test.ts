import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamedResponse } from '../../src/site/views/streamed-response.ts';
import { completeExport, EXPORTS } from '../../src/site/integrations/scan-files.ts';

describe('a streamed export', () => {
  it('gives exactly the text of the items joined, across many chunks', async () => {
    const items = Array.from({ length: 1234 }, (_, i) => ({ id: i, title: `Paper ${i} — 安全` }));
    const response = streamedResponse({ items, render: (item) => JSON.stringify(item), head: '[\n', separator: ',\n', tail: '\n]\n', contentType: 'application/json' });
    const text = await response.text();
    expect(text).toBe(`[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`);
    expect(JSON.parse(text)).toEqual(items);
    expect(response.headers.get('content-type')).toBe('application/json');
  });

  it('is valid with no items', async () => {
    const response = streamedResponse({ items: [], render: String, head: '[\n', separator: ',\n', tail: '\n]\n', contentType: 'application/json' });
    expect(JSON.parse(await response.text())).toEqual([]);
  });
});

describe('a streamed export from a generator', () => {
  it('reads items only as the body is read, 200 at a time', async () => {
    let made = 0;
    function* papers() {
      for (let i = 0; i < 450; i++) {
        made++;
        yield { id: i };
      }
    }
    const response = streamedResponse({ items: papers(), render: (item) => String(item.id), separator: ',', contentType: 'text/plain' });
    expect(made).toBe(0);
    const reader = response.body!.getReader();
    await reader.read();
    expect(made).toBeLessThanOrEqual(400);
    let text = new TextDecoder().decode((await reader.read()).value);
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += new TextDecoder().decode(r.value);
    expect(made).toBe(450);
    expect(text.split(',').at(-1)).toBe('449');
  });
});

describe('an export completed after the build (completeExport)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What the endpoint writes in a build (its layout without the tail), then the scan's file appended. */
  async function completed(format: 'bibtex' | 'csl', paged: string[], archived: string[]): Promise<string> {
    const { head, separator } = EXPORTS[format].layout;
    const output = join(dir, `${format}-${paged.length}-${archived.length}`);
    const response = streamedResponse({ items: paged, render: String, head, separator, contentType: 'text/plain' });
    writeFileSync(output, await response.text());
    const scanFile = `${output}.jsonl`;
    // As the scan writes them: a BibTeX entry as a JSON string (it spans lines), a CSL item as its line.
    writeFileSync(scanFile, archived.map((item) => `${format === 'bibtex' ? JSON.stringify(item) : item}\n`).join(''));
    await completeExport(output, scanFile, format);
    return readFileSync(output, 'utf8');
  }

  const bib = (i: number) => `@misc{p${i},\n  title = {Paper ${i} — 安全},\n}\n`;
  const csl = (i: number) => JSON.stringify({ id: `p${i}`, title: `Paper ${i} — "安全"` });
  const sizes = [
    [0, 0],
    [3, 0],
    [0, 3],
    [2, 5],
    [40, 12_000], // several megabytes: the appended part is written in chunks
  ] as const;

  it.each(sizes)('gives the whole BibTeX export, %i papers with a page and %i without', async (paged, archived) => {
    const items = Array.from({ length: paged + archived }, (_, i) => bib(i));
    expect(await completed('bibtex', items.slice(0, paged), items.slice(paged))).toBe(items.join('\n'));
  });

  it.each(sizes)('gives the whole CSL-JSON export, %i papers with a page and %i without', async (paged, archived) => {
    const items = Array.from({ length: paged + archived }, (_, i) => csl(i));
    const text = await completed('csl', items.slice(0, paged), items.slice(paged));
    expect(text).toBe(`[\n${items.join(',\n')}\n]\n`);
    expect((JSON.parse(text) as unknown[]).length).toBe(paged + archived);
  });

  it('fails with the file named when the scan did not write it', async () => {
    const output = join(dir, 'missing-scan');
    writeFileSync(output, '[\n');
    await expect(completeExport(output, join(dir, 'nowhere.jsonl'), 'csl')).rejects.toThrow(/nowhere\.jsonl/);
  });
});
