// @ts-check
/**
 * Lint: ESLint's recommended rules and typescript-eslint's type-aware rules over the TypeScript
 * sources, scripts and tests. CI runs `npm run lint`, which fails on any warning. The .astro files
 * are type-checked by `astro check` (npm run check) instead.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', '.astro/**', 'bench-results/**', 'test-results/**', 'public/**', 'content/**', '**/*.astro', '**/*.mjs', '**/*.cjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      // The code strips or matches control characters in untrusted text (digests, requests, calendars, search) on purpose.
      'no-control-regex': 'off',
    },
  },
);
