import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'manifest/build/**', 'tab/dist/**', 'data/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Benchmarks exist to print their figures.
    files: ['bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The tab: the two hook rules that catch real bugs (stale effects, conditional hooks).
    files: ['tab/src/**/*.tsx', 'tab/src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/**/*.ts', 'bot/**/*.ts'],
    ignores: ['src/main.ts', 'src/config.ts'],
    rules: {
      // Only the composition root reads the environment (ARCHITECTURE.md).
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Les konfigurasjon i src/config.ts.' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      // The domain is pure: no I/O.
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'http', 'https', 'better-sqlite3', 'botbuilder*', '@microsoft/*', '@azure/*', 'pino', 'restify', '../store/*', '../app/*'] }],
    },
  },
);
