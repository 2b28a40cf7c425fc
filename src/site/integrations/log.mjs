// @ts-check
/**
 * The terminal log of `astro build` and `astro dev`: Astro's own console log (astro/logger/node),
 * with two things left out that made it hard to read (configured as `logger` in astro.config.mjs;
 * Astro wants a JavaScript file here, hence .mjs):
 *
 * - The per-route lines of "generating static routes". Pages are rendered eight at a time
 *   (build.concurrency), and Astro writes each route's name and its time as two separate pieces, so
 *   with concurrency the list came out garbled (names run together, times on lines of their own).
 *   The list is replaced by one summary line: how many routes, how many rendered and how many copied
 *   from the last build.
 * - In `astro dev`, the repeats of a broken content file's message. The content loader prints the
 *   problem once, when the file breaks (src/site/data/markdown-loader.ts); every page then fails with it so
 *   that the browser shows it (src/site/data/broken-files.ts), and Astro would log that failure again, twice
 *   per request. Those repeats are dropped: the message was printed above.
 *
 * Everything else passes through unchanged, warnings and errors included.
 */
import nodeLog from 'astro/logger/node';

const ANSI = /\u001b\[[0-9;]*m/g;
/** The text of the error pages throw while a content file is broken (see broken-files.ts). */
export const BROKEN_CONTENT = /content files? (?:is|are) invalid; fix (?:it|them) and reload/;

/**
 * @param {{ level?: import('astro').AstroLoggerLevel } | undefined} config
 * @returns {import('astro').AstroLoggerDestination}
 */
export default function readingGroupLog(config) {
  const base = nodeLog(config);
  let rendered = 0;
  let copied = 0;
  let empty = 0;
  let routes = false;
  return {
    write(event) {
      const text = event.message.replace(ANSI, '');
      if (event.level === 'error' && BROKEN_CONTENT.test(text)) return;
      if (event.level === 'info') {
        if (event.label === null && /^\s*[├└]─ /u.test(text)) {
          routes = true;
          return;
        }
        if (event.label === 'SKIP_FORMAT' && /^\s*\((?:\+[\d.]+m?s|cached|restored)\)/.test(text)) {
          if (/\((?:cached|restored)\)/.test(text)) copied++;
          else rendered++;
          if (text.includes('file not created')) empty++;
          return;
        }
        if (routes && event.label === null && text.includes('Completed in')) {
          const total = rendered + copied;
          const parts = [`${rendered} rendered`, ...(copied ? [`${copied} copied from the last build`] : []), ...(empty ? [`${empty} empty, not written`] : [])];
          base.write({ ...event, message: `  ${total} route${total === 1 ? '' : 's'}: ${parts.join(', ')}` });
          routes = false;
          rendered = copied = empty = 0;
        }
      }
      base.write(event);
    },
  };
}
