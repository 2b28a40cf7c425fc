/**
 * Tells the pages whether `astro build` renders them (`__ASTRO_BUILD__`, true) or `astro dev` (false).
 * Only built pages carry the Content-Security-Policy: the dev server injects inline styles and scripts
 * of its own. `import.meta.env.PROD` cannot tell, as it follows NODE_ENV (test runners set `test`).
 */
import type { AstroIntegration } from 'astro';

export function buildFlag(): AstroIntegration {
  return {
    name: 'build-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __ASTRO_BUILD__: JSON.stringify(command === 'build') } } });
      },
    },
  };
}
