/**
 * A response whose body is written piece by piece: an export of 20,000 papers never exists as one
 * array of records plus one string plus its copies at once, which kept the build's memory spiking at
 * its end. Items are rendered 200 at a time, as the body is read.
 */
export interface StreamedBody<T> {
  /** An array, or a generator (sync or async) that reads items only as the body is read. */
  items: Iterable<T> | AsyncIterable<T>;
  render: (item: T) => string;
  /** Text before the first item, between two items, and after the last. */
  head?: string;
  separator?: string;
  tail?: string;
  contentType: string;
}

export function streamedResponse<T>({ items, render, head = '', separator = '', tail = '', contentType }: StreamedBody<T>): Response {
  const encoder = new TextEncoder();
  const iterator: Iterator<T> | AsyncIterator<T> = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
  let count = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head) controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      let chunk = '';
      for (let i = 0; i < 200; i++) {
        const step = await iterator.next();
        if (step.done) {
          controller.enqueue(encoder.encode(chunk + tail));
          controller.close();
          return;
        }
        chunk += (count++ > 0 ? separator : '') + render(step.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers: { 'content-type': contentType } });
}
