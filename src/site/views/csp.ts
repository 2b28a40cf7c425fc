/**
 * The pages' Content-Security-Policy, sent as a `<meta http-equiv>` tag (a static host sets no
 * headers). Everything comes from the site itself; scripts are the site's own files plus the inline
 * scripts of src/site/views/inline-scripts.ts, allowed by the SHA-256 of their exact text, so an injected
 * `<script>` or `onerror=` could not run even if it reached a page. Styles are the site's stylesheet
 * only: no page uses a `style` attribute or `<style>` element (KaTeX's are removed in src/render/math.ts).
 * A meta policy cannot say `frame-ancestors`; that needs a header.
 */
import { createHash } from 'node:crypto';
import { INLINE_SCRIPTS } from './inline-scripts.ts';

/** The CSP source that allows one inline script: `'sha256-<base64 of the digest of its text>'`. */
export function scriptHashSource(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export interface CspOptions {
  /**
   * The search page runs Pagefind, which compiles a WebAssembly module: in a web worker (whose policy
   * is its own), or in the page itself when a worker cannot start, and there it needs
   * `'wasm-unsafe-eval'` (which allows compiling WebAssembly, not JavaScript's `eval`).
   */
  webAssembly?: boolean;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const scripts = ["'self'", ...(options.webAssembly ? ["'wasm-unsafe-eval'"] : []), ...INLINE_SCRIPTS.map(scriptHashSource)];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
