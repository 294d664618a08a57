// Lint rules that keep the codebase honest: no `any`, no floating promises, no unused code, and
// the layer boundaries of docs/architecture.md (dependencies point down only).
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((folder) => ({ group: [`**/${folder}/*`, `**/${folder}/**`], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-artifacts/**', '.chorus-test/**', '.scratch/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Fastify handlers and ports are async by contract even when a body needs no await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    // Vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any` by design.
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  layer(['src/core/**'], ['db', 'app', 'server', 'cli', 'web', 'jobs', 'connectors', 'runtime'], 'core is pure: no storage, transport or jobs'),
  layer(['src/db/**'], ['app', 'server', 'cli', 'web', 'jobs', 'runtime'], 'db sits below the use cases'),
  layer(['src/app/**'], ['server', 'cli', 'web', 'runtime'], 'use cases do not know their transport'),
  layer(['src/jobs/**'], ['server', 'cli', 'web', 'runtime'], 'jobs do not know their transport'),
  layer(['src/server/**'], ['cli', 'web', 'db/schema', 'runtime'], 'routes call use cases, not tables'),
  layer(['src/web/**'], ['server', 'app', 'db', 'jobs', 'cli', 'runtime', 'connectors'], 'the web UI talks to the API through src/client only'),
  layer(['src/client/**'], ['server', 'app', 'db', 'jobs', 'cli', 'web', 'runtime', 'connectors'], 'the client depends on the contract only'),
);
