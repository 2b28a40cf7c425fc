/**
 * A response whose body is written piece by piece: an export of 20,000 papers never exists as one
 * array of records plus one string plus its copies at once, which kept the build's memory spiking at
 * its end. Items are rendered 200 at a time, as the body is read.
 */
export interface StreamedBody<T> {
  items: readonly T[];
  render: (item: T) => string;
  /** Text before the first item, between two items, and after the last. */
  head?: string;
  separator?: string;
  tail?: string;
  contentType: string;
}

export function streamedResponse<T>({ items, render, head = '', separator = '', tail = '', contentType }: StreamedBody<T>): Response {
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head) controller.enqueue(encoder.encode(head));
    },
    pull(controller) {
      if (next >= items.length) {
        if (tail) controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      let chunk = '';
      for (const end = Math.min(next + 200, items.length); next < end; next++) chunk += (next > 0 ? separator : '') + render(items[next]!);
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers: { 'content-type': contentType } });
}
