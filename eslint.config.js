// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Our choices on top of typescript-eslint's strict presets, for .ts and .astro alike.
 * @type {import('eslint').Linter.RulesRecord}
 */
const syntacticRules = {
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
  // With noUncheckedIndexedAccess, `!` marks a lookup that a preceding check already guarantees
  // (an element's state once set up, a row a test has just asserted), which TypeScript cannot see.
  '@typescript-eslint/no-non-null-assertion': 'off',
};

/**
 * The same for the rules that need type information (TypeScript modules only).
 * @type {import('eslint').Linter.RulesRecord}
 */
const typedRules = {
  ...syntacticRules,
  // The tsconfig's noPropertyAccessFromIndexSignature asks for brackets on index signatures.
  '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
  // Template literals with numbers are how sizes and counts are formatted; they are not bugs.
  '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
  // An empty attribute or query value means "not set": `||` falling back on '' is meant.
  '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
  // `(event) => this.#onInput(event)` as a listener reads better than a block around one call.
  '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.dist-staging/',
      '.astro/',
      'node_modules/',
      'tests/.tmp/',
      'bench/results/',
      'public/',
    ],
  },
  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
  },
  // Type-checked rules where the logic lives: every TypeScript module, with the project's tsconfig.
  {
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: typedRules,
  },
  // Astro components: typescript-eslint's project service cannot read .astro files, so `astro check`
  // (part of `npm test`) type-checks them and here they get the syntactic TypeScript rules.
  {
    files: ['**/*.astro'],
    extends: [tseslint.configs.strict, tseslint.configs.stylistic],
    rules: syntacticRules,
  },
  // After typescript-eslint's presets, which set their own parser: Astro's parser reads the
  // component and hands its frontmatter and scripts to typescript-eslint's.
  ...astro.configs.recommended,
  {
    // Client scripts inside .astro files are linted as virtual .ts files without type information.
    files: ['**/*.astro/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
