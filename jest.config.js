const path = require('path');

// Fluent UI's react-context-selector imports `scheduler`, a peer dependency npm does not install
// with legacy-peer-deps; use react-dom's own copy (webpack.config.js aliases it the same way).
const scheduler = require.resolve('scheduler', { paths: [path.dirname(require.resolve('react-dom/package.json'))] });

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: { '^scheduler$': scheduler },
  testTimeout: 60000,
};
