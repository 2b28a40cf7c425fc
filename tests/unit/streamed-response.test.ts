import { describe, expect, it } from 'vitest';
import { streamedResponse } from '../../src/lib/streamed-response.ts';

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
