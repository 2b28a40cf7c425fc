/**
 * Checks that a page in Chromium carries nothing injected: every script is the site's own, no element
 * has an event-handler attribute or a `javascript:`/`data:`/`vbscript:` URL, no frame, object, embed,
 * `<base>`, `<style>`, refresh or foreign stylesheet, and no form posting elsewhere. Plus listeners for
 * what a successful injection would cause: a dialog, a CSP violation, a script error.
 */
import type { Page } from 'playwright-core';

export interface PageEvents {
  dialogs: string[];
  cspViolations: string[];
  errors: string[];
}

/** Records dialogs (and dismisses them), CSP violations and uncaught errors, on every page the context opens. */
export async function recordEvents(page: Page): Promise<PageEvents> {
  const events: PageEvents = { dialogs: [], cspViolations: [], errors: [] };
  page.on('dialog', (dialog) => {
    events.dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) events.cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => events.errors.push(`${page.url()}: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => events.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(`${location.href}: ${e.violatedDirective} blocked ${e.blockedURI}`);
    });
  });
  return events;
}

/** Everything on the current page that the site did not put there itself. */
export function injectedElements(page: Page, ownInlineScripts: readonly string[]): Promise<string[]> {
  return page.evaluate(
    (own) => {
      const problems: string[] = [];
      const describe = (el: Element) => `<${el.tagName.toLowerCase()}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join('')}>`;
      const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'srcdoc', 'poster', 'background', 'srcset']);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          if (name.startsWith('on')) problems.push(`event handler: ${describe(el)}`);
          if (URL_ATTRIBUTES.has(name) && /^[\s\u0000-\u001f]*(?:javascript|data|vbscript):/i.test(attr.value)) problems.push(`script or data URL: ${describe(el)}`);
        }
      }
      for (const script of document.scripts) {
        const mine = script.src ? new URL(script.src).origin === location.origin && new URL(script.src).pathname.includes('/_astro/') : own.includes(script.textContent ?? '');
        if (!mine) problems.push(`foreign script: ${describe(script)} ${(script.textContent ?? '').slice(0, 80)}`);
      }
      const forbidden =
        'iframe, frame, object, embed, applet, base, style, evil, .evil, #evil, img[src="x"], [src*="evil.example"], link[href*="evil.example"], meta[http-equiv]:not([http-equiv="content-security-policy"])';
      for (const el of document.querySelectorAll(forbidden)) problems.push(`injected element: ${describe(el)}`);
      for (const form of document.forms) {
        if (new URL(form.action, location.href).origin !== location.origin) problems.push(`form posting elsewhere: ${describe(form)}`);
      }
      for (const link of document.querySelectorAll('link[href]')) {
        if (new URL((link as HTMLLinkElement).href).origin !== location.origin && (link as HTMLLinkElement).rel !== 'canonical') problems.push(`foreign link element: ${describe(link)}`);
      }
      const csp = document.querySelectorAll('meta[http-equiv="content-security-policy"]');
      const policy = csp[0]?.getAttribute('content') ?? '';
      if (csp.length !== 1 || /'unsafe-inline'|'unsafe-eval'|\*/.test(policy)) problems.push(`content security policy: ${csp.length} tags, "${policy}"`);
      return problems;
    },
    [...ownInlineScripts],
  );
}
