'use strict';

/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }]
  },
  // PnPjs, d3 (under Fluent UI charting) and a few dependencies of @microsoft/app-manifest
  // ship ES modules only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|d3-[a-z-]+|internmap|strip-bom|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill)/)'],
  moduleNameMapper: {
    '\\.(scss|css)$': '<rootDir>/tests/support/styleStub.js',
    '^office-addin-manifest$': '<rootDir>/tests/support/officeAddinManifestStub.js'
  },
  testTimeout: 60000
};
