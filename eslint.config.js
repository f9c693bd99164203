// Lint rules that keep the layers honest: dependencies point inward
// (domain ← graph/hosts/auth ← features ← app), feature folders never import each other, and
// ui and features see graph, hosts and auth only through the domain's ports (AppServices).
import js from '@eslint/js';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const layer = (names) => `(^|/)(${names.join('|')})(/|$)`;
const restrict = (regex, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ regex, message }] }],
});

const hostSdks = '^(react|react-dom|@fluentui/|@microsoft/office-js|@microsoft/teams-js|@azure/|office-addin-)';

// A second copy of the core rule: flat config replaces a rule's options block by block, so the app's
// "never import local-graph" rule runs beside each src block's own no-restricted-imports.
const boundary = { rules: { 'no-restricted-imports': builtinRules.get('no-restricted-imports') } };

// Globals a browser has and Node has not ('off' removes them), for the Node-only local service.
const browserOnlyGlobals = Object.fromEntries(
  Object.keys(globals.browser)
    .filter((name) => !(name in globals.node))
    .map((name) => [name, 'off']),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/artifacts/', '.punkt-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Text from the lists is untrusted and React escapes it; raw HTML would bypass that. If HTML is
    // ever needed, it goes through DOMPurify and this rule is lifted for that one line, with a reason.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML: list text is untrusted.' },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Render text, not HTML: list text is untrusted.',
        },
      ],
    },
  },
  {
    // Sign-in lives in src/auth: MSAL is imported nowhere else. A rule of its own (the typescript-eslint
    // twin of no-restricted-imports) so the layer blocks below, which set no-restricted-imports, keep it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/auth/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@azure/msal-', message: 'Sign-in lives in src/auth: only it imports MSAL.' }] },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: hostSdks, message: 'src/domain is pure: no React, Office, Teams or MSAL.' },
            { regex: layer(['graph', 'hosts', 'auth', 'features', 'ui', 'app']), message: 'src/domain imports nothing outside itself.' },
            { regex: '^node:', message: 'src/domain is pure: no Node APIs.' },
            { regex: layer(['documents']) + '|^docx$', message: 'src/domain is pure: document files are built in src/documents.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'fetch',
          'XMLHttpRequest',
          'WebSocket',
          'Office',
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
        ].map((name) => ({ name, message: 'src/domain is pure: pass data in through parameters.' })),
      ],
    },
  },
  {
    files: ['src/graph/**', 'src/auth/**'],
    rules: restrict(layer(['hosts', 'features', 'ui', 'app']), 'graph and auth depend only on domain.'),
  },
  {
    // Document files (the referat as DOCX) need a package the pure domain must not: they build on the
    // domain's document blocks and nothing else of the app, so the browser and the CLI share them.
    files: ['src/documents/**'],
    rules: restrict(
      `${layer(['graph', 'hosts', 'auth', 'features', 'ui', 'app'])}|${hostSdks}`,
      'src/documents depends only on domain (and the document packages).',
    ),
  },
  {
    files: ['src/hosts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: layer(['graph', 'features', 'ui', 'app']), message: 'hosts depend only on domain and auth.' },
            // The hosts are in the task pane's first chunk (≤ 150 kB gzip); luxon alone is ~20 kB.
            {
              regex: '^luxon$|domain/(time|schedule|live-meeting|parse)$',
              message: 'hosts load before the first paint: no luxon (use Date).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: layer(['features', 'app']), message: 'src/ui is shared by the features and cannot import them.' },
            {
              regex: layer(['graph', 'hosts', 'auth']),
              message: 'src/ui reaches Graph, the host and sign-in only through the ports (src/domain) that the app fills in AppServices.',
            },
          ],
        },
      ],
    },
  },
  ...[
    ['agenda', ['notes', 'prepare']],
    ['notes', ['agenda', 'prepare']],
    ['prepare', ['agenda', 'notes']],
  ].map(([feature, others]) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: layer([...others, 'app']), message: 'Feature folders never import each other; share through src/ui.' },
            {
              regex: layer(['graph', 'hosts', 'auth']),
              message: 'Features reach Graph, the host and sign-in only through useServices() and the ports in src/domain.',
            },
          ],
        },
      ],
    },
  })),
  {
    // The app never ships the local Graph service; only tests, scripts and vite.config.ts start it.
    // Fakes and test helpers (tests/fakes, tests/helpers) are for tests only.
    files: ['src/**', 'local-graph/**'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { boundary },
    rules: {
      'boundary/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: layer(['local-graph']), message: 'The app never imports the local Graph service (local-graph/).' },
            { regex: layer(['tests']), message: 'Production code never imports tests/: fakes and test helpers are for tests.' },
            {
              // The barrel re-exports ~20 000 icons: Vite's dev optimizer bundles all of them (17 MB) and
              // every page waits for it. One module per icon costs nothing at build time.
              regex: '^@fluentui/react-icons$',
              message: "Import each icon from its own module: '@fluentui/react-icons/svg/<kebab-name>'.",
            },
          ],
        },
      ],
    },
  },
  {
    // The local Graph service (local-graph/) is a Node product of its own. It seeds the demo through
    // the app's domain and list shapes (src/domain, src/graph) and nothing else of the app; no
    // browser globals (its tsconfig has no DOM library either), nothing of scripts/.
    files: ['local-graph/**'],
    languageOptions: { globals: browserOnlyGlobals },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: hostSdks, message: 'local-graph runs under Node: no React, Office, Teams or MSAL.' },
            {
              regex: '(^|/)src/(hosts|auth|features|ui|app)(/|$)',
              message: 'local-graph imports only src/domain and src/graph of the app.',
            },
            { regex: layer(['scripts']), message: 'local-graph is a product of its own: it never imports scripts/.' },
          ],
        },
      ],
    },
  },
  {
    // The local Teams host (teams-host/, dev server only) is a browser page of its own (its tsconfig
    // has no Node types): it talks to the app only as Teams does, through the frame's messages.
    files: ['teams-host/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: layer(['src', 'local-graph', 'tests', 'scripts']),
              message: 'The local Teams host stands apart: it reaches the app through teams-js messages and the Graph service over HTTP.',
            },
          ],
        },
      ],
    },
  },
);
