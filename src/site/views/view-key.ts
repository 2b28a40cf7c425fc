/**
 * Keys for Astro's incremental build (a page is copied from the last build while its key is
 * unchanged): a hash of the view the page renders and of what every page of the build shares (the
 * site's code, the page context). A page that renders only its view and the page context can then
 * never be stale: whatever it shows is in the key.
 *
 * Views are plain data: objects, arrays, strings, numbers, booleans, null, and Maps and Sets of
 * those. Objects are hashed with their keys sorted, so equal views give equal keys however they were
 * built; a function or a class instance in a view is an error rather than a value left out.
 */
import { createHash } from 'node:crypto';

/** `value` as JSON with object keys sorted; Maps and Sets as tagged lists of their entries. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (key: string, item: unknown): unknown => {
    if (typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint') throw new TypeError(`a view holds data only; ${key ? `"${key}"` : 'the view'} is a ${typeof item}`);
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    if (item instanceof Map) return { '(map)': [...item] };
    if (item instanceof Set) return { '(set)': [...item] };
    const prototype = Object.getPrototypeOf(item) as unknown;
    if (prototype !== Object.prototype && prototype !== null) throw new TypeError(`a view holds plain data only; "${key}" is a ${item.constructor?.name ?? 'class instance'}`);
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(item).sort()) sorted[name] = (item as Record<string, unknown>)[name];
    return sorted;
  });
}

/**
 * The key function of one build: `shared` is what every page depends on besides its view (hashed
 * once); the function returns a key for each view.
 */
export function viewKeys(shared: unknown): (view: unknown) => string {
  const base = createHash('sha256').update(canonicalJson(shared)).update('\n');
  return (view) => base.copy().update(canonicalJson(view)).digest('base64url').slice(0, 22);
}
