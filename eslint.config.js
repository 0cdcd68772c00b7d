// Lint config for loki-verify's own sources (the static probe lints user repositories with their own eslint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'fixtures/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Orders that reach the evidence must not depend on the machine's locale.
      'no-restricted-properties': ['error', { property: 'localeCompare', message: 'Use compareText (src/text.ts): localeCompare follows LC_ALL.' }],
    },
  },
);
