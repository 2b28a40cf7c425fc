/**
 * Where pages find the related papers computed by the build's side job (search-index.ts): a promise
 * on `globalThis` under this key. Without it (as in `astro dev`) pages compute them themselves.
 */
export const RELATED_KEY = Symbol.for('reading-group-planner.related');
