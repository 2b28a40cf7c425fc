/**
 * What every page and component needs besides its own data: the group, its locale and strings, and
 * the site's base path. src/middleware.ts puts it in `Astro.locals` before each page renders, in
 * `astro build` as in `astro dev`, so components read it there instead of receiving `t` through
 * props or joining the base path themselves. Its type is Astro's `App.Locals` (src/env.d.ts).
 */
import type { Group } from '../../schemas/group.ts';
import { strings } from '../../domain/i18n.ts';
import { withBase } from '../../domain/routes.ts';

export type PageContext = App.Locals;

export function pageContext(group: Group, base: string): PageContext {
  return { group, locale: group.locale, t: strings(group.locale), base, href: (path) => withBase(base, path) };
}
