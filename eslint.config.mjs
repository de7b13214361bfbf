// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, enforced here rather than described in a comment (VS Code's common/node/browser split):
 * - electron/common/: code both sides run (contract, query language, shapes); imports neither Node, the DOM nor Electron;
 * - electron/library/: the domain, which also serves the CLI and browser mode; never imports Electron or its hosts;
 * - renderer/: reaches the library only through electron/common/ and the API client.
 */
const layers = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: './renderer',
          from: './electron',
          except: ['./common'],
          message: 'The renderer may import only electron/common/ (code both sides run); everything else goes through the API.',
        },
        {
          target: './electron/common',
          from: './electron',
          except: ['./common'],
          message: 'electron/common/ is shared with the renderer: it may import only itself.',
        },
        {
          target: './electron/library',
          from: './electron',
          except: ['./library', './common'],
          message: 'The library never imports its hosts (Electron shell, IPC, HTTP, CLI, API handlers).',
        },
      ],
    },
  ],
};
const noElectron = {
  'no-restricted-imports': [
    'error',
    { paths: [{ name: 'electron', message: 'Only the desktop shell (main.ts, preload.ts and its helpers) imports Electron.' }] },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.electron-native/', 'tests/fixtures/lint/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is checked in its own part's project (electron/, renderer/, tests/, build/); the few config files at the top in a default one.
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.ts', 'electron/cli/dossier.cjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      ...layers,
      // Unused names are errors, except the ones deliberately dropped from a destructuring (`excerpt: _excerpt`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Fire-and-forget promises are marked with `void`; handlers that React or Node call without awaiting may be async.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false, arguments: false } }],
      // `async` marks a function that answers with a promise (an interface's method, a stand-in), whether or not it awaits.
      '@typescript-eslint/require-await': 'off',
      // node:test's test() returns a promise that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'todo', 'skip'] }] },
      ],
    },
  },
  { files: ['electron/common/**', 'electron/library/**'], rules: noElectron },
  {
    files: ['electron/common/**', 'renderer/src/**'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-nodejs-modules': ['error'] },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two rules of hooks; the React Compiler's own rules (refs, set-state-in-effect) assume a compiler this project does not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The reader's bundle stays free of zod: a zod schema, once built, probes `new Function` (its JIT check), which the
      // strict Content-Security-Policy reports as a violation. Types are free; values come from zod-free modules.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zod', '**/common/contract/*', '**/common/shapes/*Shapes', '**/common/shapes/fields'],
              allowTypeImports: true,
              message: 'Import only types from the contract and the shapes in the renderer; values come from zod-free modules (highlightColors.ts).',
            },
          ],
        },
      ],
      // Hooks answer objects of closures (`rows.setRead`), never class instances: there is no `this` to lose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['electron/**', 'tests/**', 'build/**', '*.ts', '*.mjs', 'renderer/vite.config.ts'], languageOptions: { globals: globals.node } },
  {
    // A package loaded only when it is needed (Electron's binary path, the security scanner), and the CLI's CommonJS shim.
    files: ['build/scripts/**', '**/*.cjs'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring even when empty.
  { files: ['tests/e2e/**'], rules: { 'no-empty-pattern': 'off' } },
  {
    // Tests read what the program printed or wrote (JSON.parse: any) and assert its fields: the assertions are the type check.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Vite's own configuration runs in Node, outside every part's project.
  { files: ['**/*.mjs', '**/*.cjs', 'renderer/vite.config.ts'], ...tseslint.configs.disableTypeChecked },
  prettier,
);
