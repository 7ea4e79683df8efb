'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// SPFx 1.21 has no local workbench; `gulp serve` only feeds a tenant's hosted workbench.
// The product's local workbench is `npm start` (scripts/start.js).
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// The web parts are one bundle (config/config.json) and each web part's view is a chunk of its own.
// The UI libraries every view builds on (Fluent UI and what it needs) go into one shared chunk, so a
// page fetches them once however many of our web parts it holds, and the browser keeps that one file
// for every page and tab of the site. Libraries loaded on a click (Excel, Word, charts) stay apart.
const onDemandLibraries = /[\\/]node_modules[\\/](exceljs|docx|jszip|@fluentui[\\/]react-charting|d3-[^\\/]+|internmap)[\\/]/;
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.optimization = {
      ...config.optimization,
      splitChunks: {
        chunks: 'async',
        cacheGroups: {
          viewLibraries: {
            name: 'view-libraries',
            chunks: 'async',
            enforce: true,
            priority: 10,
            test: (module) => /[\\/]node_modules[\\/]/.test(module.resource || '') && !onDemandLibraries.test(module.resource || '')
          }
        }
      }
    };
    return config;
  }
});

build.initialize(require('gulp'));
