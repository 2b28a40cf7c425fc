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
  // The layers of src/ (README, "Layout of the code"): what each folder may not import.
  layer(['src/schemas/**', 'src/domain/**'], { io: true, network: true, process: true, astro: true, folders: ['files', 'net', 'cli', 'site'], render: 'only math.ts' }),
  layer(['src/render/**'], { io: true, network: true, process: true, astro: true, folders: ['files', 'net', 'cli', 'site'] }),
  layer(['src/site/views/**'], { io: true, network: true, process: true, astro: true, folders: ['files', 'net', 'cli', 'data', 'integrations'] }),
  layer(['src/net/**'], { disk: true, astro: true, folders: ['files', 'cli', 'site'] }),
  layer(['src/files/**'], { astro: true, folders: ['cli', 'site'] }),
  layer(['src/cli/**'], { astro: true, folders: ['site'] }),
  layer(['src/site/data/**', 'src/site/integrations/**', 'src/content.config.ts', 'src/middleware.ts'], { folders: ['cli'] }),
  layer(['src/pages/**'], { folders: ['cli', 'files', 'net'] }),
);

/**
 * One layer's import ban. `io`: no disk, processes, sockets or threads (node:path, node:crypto and
 * node:util are fine); `disk`: the same but sockets (the network clients); `network`: no global fetch either;
 * `process`: no global `process` either (no environment, arguments, exit code or standard streams:
 * the commands in src/cli read and set those); `astro`: no astro: modules and no astro
 * package but its zod; `folders`: no module under a folder of that name (relative imports);
 * `render: 'only math.ts'`: of src/render, only its TeX splitter (the search tokens need it).
 * @param {string[]} files
 * @param {{ io?: boolean; disk?: boolean; network?: boolean; process?: boolean; astro?: boolean; folders?: string[]; render?: 'only math.ts' }} ban
 */
function layer(files, ban) {
  const disk = ['fs', 'fs/promises', 'child_process', 'worker_threads', 'cluster', 'readline', 'readline/promises', 'os', 'process'];
  const io = [...disk, 'net', 'dgram', 'http', 'https', 'http2', 'tls'];
  const why = `${files.join(', ')}: see README, "Layout of the code"`;
  const patterns = [];
  if (ban.io || ban.disk) {
    const banned = ban.io ? io : disk;
    patterns.push({ regex: `^(node:)?(${banned.join('|')})$`, message: `no ${ban.io ? 'disk, process or network' : 'disk or process'} I/O here (${why})` });
  }
  if (ban.astro) patterns.push({ regex: '^astro(:|$|/(?!zod$))', message: `no astro modules here (${why})` });
  if (ban.folders?.length) patterns.push({ regex: `^\\.{1,2}/(.*/)?(${ban.folders.join('|')})/`, message: `this layer may not import from ${ban.folders.join(', ')} (${why})` });
  if (ban.render) patterns.push({ regex: '^\\.{1,2}/(.*/)?render/(?!math\\.ts$)', message: `domain code does not render (${why})` });
  /** @type {import('eslint').Linter.RulesRecord} */
  const rules = { 'no-restricted-imports': ['error', { patterns }] };
  const globals = [];
  if (ban.network) globals.push({ name: 'fetch', message: `no network here: src/net/ holds the clients (${why})` });
  if (ban.process) globals.push({ name: 'process', message: `no process here: its environment, arguments, exit code and streams belong to src/cli (${why})` });
  if (globals.length) rules['no-restricted-globals'] = ['error', ...globals];
  return { files, rules };
}
