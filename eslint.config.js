import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from './eslint/boundaries.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, shortlist: boundaries },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'shortlist/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render untrusted text as text, never as HTML.' },
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'No .only: it silently skips every other test.' },
        { selector: "CallExpression[callee.property.name='skip'][callee.object.name=/^(it|test|describe)$/]", message: 'No skipped tests: fix it or delete it.' },
      ],
      // zustand only through selector hooks: no whole-store subscriptions.
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: "Use 'zod/mini' (tree-shakable; the size budget counts)." }] }],
    },
  },
  {
    // The Node server: Node's globals, and zod's full build is fine here (no bundle to keep small).
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['server/node/**', 'server/stores/postgres/**', 'server/cli/**', 'server/main.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**', 'scripts/**', 'eslint/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'shortlist/layers': 'off', 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'localStorage', message: 'The client keeps no credentials or server data in localStorage; server state lives in TanStack Query.' },
        { object: 'window', property: 'localStorage', message: 'The client keeps no credentials or server data in localStorage.' },
      ],
    },
  },
  {
    // Scorecard drafts stay on the device until the API has them (nothing typed is lost), and the colour
    // theme chosen on this device (a display preference): the two exceptions.
    files: ['src/lib/local-drafts.ts', 'src/lib/theme.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
