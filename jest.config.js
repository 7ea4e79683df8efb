'use strict';

// One jest project per kind of test, so `npx jest --selectProjects unit` runs the fast tests
// alone; plain `jest` (npm test) runs them all, the fast projects listed first.
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }]
  },
  // PnPjs, d3 (under Fluent UI charting) and a few dependencies of @microsoft/app-manifest
  // ship ES modules only; let ts-jest turn them into CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|d3-[a-z-]+|internmap|strip-bom|node-fetch|data-uri-to-buffer|fetch-blob|formdata-polyfill)/)'],
  moduleNameMapper: {
    '\\.(scss|css)$': '<rootDir>/tests/support/styleStub.js',
    '^office-addin-manifest$': '<rootDir>/tests/support/officeAddinManifestStub.js',
    // The SPFx base packages load only inside SharePoint; see the stub for what it stands in for.
    '^@microsoft/sp-(webpart-base|component-base|core-library|property-pane)$': '<rootDir>/tests/support/spfxBaseStub.js'
  }
};

/** The project named `name` holds the tests under tests/<name>. */
const project = (name) => ({
  ...shared,
  displayName: name,
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`, `<rootDir>/tests/${name}/**/*.test.tsx`]
});

/** @type {import('jest').Config} */
module.exports = {
  projects: ['unit', 'package', 'emulator', 'integration', 'e2e'].map(project),
  // jest-circus reads the timeout from the global configuration only, not from a project's.
  testTimeout: 60000
};
