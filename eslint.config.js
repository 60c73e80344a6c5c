// ESLint flat config for the whole kit (each package runs `eslint src` from its own folder;
// ESLint finds this file by walking up). Templates are also checked by lit-analyzer (see each
// package's "lint" script), which knows the element types; ESLint knows the code around them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/**
 * Content comes from JSON written by social-centre workers and must always render as text
 * (HOUSE-STYLE "Text"): no HTML strings reach the DOM. Lit templates escape everything; these
 * are the ways around them.
 */
const noHtmlStrings = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
          message:
            'unsafeHTML / unsafeSVG / unsafeMathML sont interdits : le contenu se rend comme du texte (texte enrichi du kit : renderRichText).',
        },
      ],
      paths: [
        {
          name: 'lit/static-html.js',
          importNames: ['unsafeStatic'],
          message:
            'unsafeStatic est interdit : il injecte une chaîne telle quelle dans le gabarit.',
        },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector:
        'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
      message:
        'Pas de .innerHTML / .outerHTML = : rendez avec un gabarit Lit (html`…`) ou textContent.',
    },
    {
      selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe)$/]',
      message: 'insertAdjacentHTML / setHTMLUnsafe sont interdits : rendez avec un gabarit Lit.',
    },
    {
      selector: 'CallExpression[callee.property.name="createContextualFragment"]',
      message: 'createContextualFragment est interdit : rendez avec un gabarit Lit.',
    },
    {
      selector:
        'CallExpression[callee.object.name="document"][callee.property.name=/^write(ln)?$/]',
      message: 'document.write est interdit.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/generated/**',
      '**/reports/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.turbo/**',
      '**/custom-elements.json',
      '**/schema.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    settings: {
      // Lit elements: `LitElement` and our base class count as HTMLElement subclasses.
      wc: { elementBaseClasses: ['LitElement', 'QdContentElement'] },
    },
    rules: {
      // Public types must say what they are: `unknown` + narrowing, never `any`.
      '@typescript-eslint/no-explicit-any': 'error',
      // Overridable hooks (`contentChanged`, `hostConnected`…) and no-op default callbacks are
      // empty on purpose.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['methods', 'arrowFunctions'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `x!` after a check TypeScript cannot follow (`noUncheckedIndexedAccess` on a known index)
      // is clearer than a dead branch; reviewers still look at each one.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Messages and props are often declared as `type` aliases of unions; both are fine.
      '@typescript-eslint/consistent-type-definitions': 'off',
      // `delete record[id]` on plain JSON records (answers by question id, stored envelopes)
      // is the point of a record: a Map would not survive JSON.stringify.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Lit: the base class calls these lifecycle methods; no guard needed (and tests would lie).
      'wc/guard-super-call': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // A few type-aware rules that catch real bugs (lost promises, promises where a callback
    // returns void). The full `strictTypeChecked` set doubles lint time for mostly style.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
    },
  },
  {
    files: ['packages/*/src/**/*.{ts,js}'],
    ignores: ['**/*.test.ts', '**/src/test/**'],
    rules: noHtmlStrings,
  },
  {
    // Tests and their helpers (`src/test/`) never ship. They build fixtures with HTML they
    // wrote themselves (hence no no-restricted-syntax above) and twist content into invalid
    // shapes on purpose, which is what `any` is for there. Shipped code keeps
    // `no-explicit-any` as an error.
    files: ['**/*.test.ts', '**/src/test/**'],
    rules: {
      'no-console': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JS: build and dev scripts (Node) and demo pages (browser).
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // Build, dev-server and config scripts report to the terminal.
    files: [
      '**/scripts/**',
      '**/bin/**',
      'tools/**',
      '**/.storybook/**',
      '**/*.config.{js,mjs,cjs,ts}',
    ],
    rules: { 'no-console': 'off' },
  },
);
