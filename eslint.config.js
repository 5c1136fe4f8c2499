// Lint: the recommended JavaScript and typescript-eslint rules (syntax only, not type-aware: fast enough
// to run before every unit test run). Formatting is prettier's (.prettierrc.json), not the linter's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'demo/**', 'tests/fixtures/**', 'tests/e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // The CLI, the prefilter and their tests look for control characters (terminal escapes, NUL) on purpose.
      'no-control-regex': 'off',
      // `_` marks what a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // The bullet class holds ▪︎ with its text-style selector (U+FE0E), so a bare selector also opens a line;
  // splitting it out would change what is stripped.
  { files: ['lib/normalize.ts'], rules: { 'no-misleading-character-class': 'off' } },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { process: 'readonly' } } },
);
