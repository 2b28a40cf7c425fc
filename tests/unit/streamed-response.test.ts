import { describe, expect, it } from 'vitest';
import { streamedResponse } from '../../src/site/views/streamed-response.ts';

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
