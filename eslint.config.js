// Lint rules, including the layering the architecture depends on: the domain core and
// shared code never import Electron or React, and the renderer never imports Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectronOrReact = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message: 'The core must run under plain Node: no Electron here.',
    },
    {
      group: ['react', 'react-dom', 'react/*', 'lexical', '@lexical/*', 'zustand'],
      message: 'No UI libraries in the core.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'fixtures/**',
      'coverage/**',
      'tests/golden/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/main/backend/**/*.ts', 'src/main/cli/**/*.ts', 'src/main/host/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectronOrReact] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noElectronOrReact.patterns,
            {
              group: ['node:*', '../main/*', '../../main/*'],
              message: 'Shared code runs in the renderer too: no Node or backend imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', '**/main/**', 'better-sqlite3'],
              message: 'The renderer talks to the core only through the API contract.',
            },
          ],
        },
      ],
    },
  },
);
