/** True in pages rendered by `astro build`, false under `astro dev` (src/site/integrations/build-flag.ts). */
declare const __ASTRO_BUILD__: boolean;
