/**
 * Two jest projects:
 * - unit: domain rules, stores on in-memory fakes, components with Testing Library; Taro's
 *   packages are mapped to small stand-ins (its own test utils need Taro 3).
 * - integration: a real Parse Server on a throwaway embedded PostgreSQL, over HTTP.
 */
const path = require('node:path')

// The path aliases of tsconfig.json (`@/*` -> src, `@contract/*` -> types, ...), declared there once.
const { paths } = require(path.join(__dirname, 'tsconfig.json')).compilerOptions
const aliases = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [
    `^${alias.replace('*', '(.*)')}$`,
    `<rootDir>/${target.replace(/^\.\//, '').replace('*', '$1')}`,
  ]),
)

const babel = [
  'babel-jest',
  {
    configFile: false,
    babelrc: false,
    presets: [
      ['@babel/preset-env', { targets: { node: 'current' } }],
      ['@babel/preset-react', { runtime: 'automatic' }],
      '@babel/preset-typescript',
    ],
  },
]

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/unit'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.[jt]sx?$': babel },
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/unit/stand-ins/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/unit/stand-ins/components.tsx',
        '\\.css$': '<rootDir>/test/unit/stand-ins/empty.ts',
        ...aliases,
      },
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/integration'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.[jt]sx?$': babel },
      setupFilesAfterEnv: ['<rootDir>/test/integration/support/setup.ts'],
      moduleNameMapper: aliases,
    },
  ],
}
