import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, scriptHashSource } from '../../src/site/views/csp.ts';
import { INLINE_SCRIPTS, THEME_HEAD_SCRIPT, THEME_TOGGLE_SCRIPT } from '../../src/site/views/inline-scripts.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  it("hashes a script's exact text with SHA-256", () => {
    // The SHA-256 of the empty string, as every CSP reference gives it.
    expect(scriptHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHashSource(THEME_HEAD_SCRIPT)).not.toBe(scriptHashSource(`${THEME_HEAD_SCRIPT} `));
  });

  it("allows the site's own files and the hashes of its two inline scripts, nothing else", () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", scriptHashSource(THEME_HEAD_SCRIPT), scriptHashSource(THEME_TOGGLE_SCRIPT)]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe|https?:|\*/);
  });

  it('allows WebAssembly only where asked (the search page), never eval', () => {
    expect(directives(contentSecurityPolicy({ webAssembly: true })).get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(contentSecurityPolicy({ webAssembly: true })).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  });

  it('the pages render their inline scripts from the hashed texts, not from copies', () => {
    const layout = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'layouts', 'BaseLayout.astro'), 'utf8');
    const toggle = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'components', 'ThemeToggle.astro'), 'utf8');
    expect(layout).toContain('<script is:inline set:html={THEME_HEAD_SCRIPT} />');
    expect(toggle).toContain('<script is:inline set:html={THEME_TOGGLE_SCRIPT} />');
    expect([...`${layout}${toggle}`.matchAll(/<script\b/g)]).toHaveLength(INLINE_SCRIPTS.length);
  });
});
