/**
 * Support for `npm run profile-build` (scripts/profile-build.ts). With BUILD_PROFILE_BUNDLE=<dir>, the
 * build writes source maps for the bundle that renders the pages and keeps a copy of that bundle in
 * <dir> (Astro deletes it once the pages are written), so that a CPU profile of the build can be traced
 * back to the components and modules in src/. Without the variable it does nothing.
 */
import type { AstroIntegration } from 'astro';
import { cpSync } from 'node:fs';

export function buildProfile(keep: string | undefined = process.env.BUILD_PROFILE_BUNDLE): AstroIntegration {
  let prerenderDir: string | undefined;
  return {
    name: 'build-profile',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (keep && command === 'build') updateConfig({ vite: { build: { sourcemap: true } } });
      },
      'astro:build:setup': ({ vite, target }) => {
        if (!keep || target !== 'server') return;
        prerenderDir = vite.environments?.prerender?.build?.outDir;
      },
      'astro:build:generated': ({ logger }) => {
        if (!keep) return;
        if (!prerenderDir) throw new Error('build-profile: the build did not say where its prerender bundle is');
        cpSync(prerenderDir, keep, { recursive: true });
        logger.info(`kept the prerender bundle and its source maps in ${keep}`);
      },
    },
  };
}
