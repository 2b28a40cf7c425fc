/** True in pages rendered by `astro build`, false under `astro dev` (src/integrations/build-flag.ts). */
declare const __ASTRO_BUILD__: boolean;
