/**
 * The only inline scripts the pages carry, kept here as text so that the Content-Security-Policy can
 * allow exactly them by hash (src/site/views/csp.ts): the theme choice applied before the first paint, and
 * the theme switch.
 */

/** In the head: applies a stored light/dark choice before the page is drawn. */
export const THEME_HEAD_SCRIPT = "try { const t = localStorage.getItem('theme'); if (t === 'dark' || t === 'light') document.documentElement.dataset.theme = t; } catch {}";

/**
 * After the switch: without a stored choice the site follows the system; a click stores the opposite
 * of what is shown.
 */
export const THEME_TOGGLE_SCRIPT = `(() => {
  const button = document.getElementById('theme-toggle');
  const root = document.documentElement;
  const isDark = () => root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try { localStorage.setItem('theme', next); } catch {}
    sync();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
})();`;

export const INLINE_SCRIPTS = [THEME_HEAD_SCRIPT, THEME_TOGGLE_SCRIPT] as const;
