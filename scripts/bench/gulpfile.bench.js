'use strict';
// `gulp bundle --ship` of the project's own gulpfile, plus what the bench needs to split the
// catalogue bundle into own code and libraries: the webpack stats as JSON and hidden source
// maps (no sourceMappingURL comment, so the shipped JavaScript stays byte for byte the same).
const fs = require('fs');
const path = require('path');
const build = require('@microsoft/sp-build-web');

const root = path.resolve(__dirname, '..', '..');
const statsDir = path.join(root, 'temp', 'stats');

require(path.join(root, 'gulpfile.js'));

// mergeConfig replaces a function option: keep the project's own webpack changes and add ours.
const projectConfiguration = build.configureWebpack.taskConfig.additionalConfiguration;

build.configureWebpack.mergeConfig({
  additionalConfiguration: (projectDefault) => {
    const config = projectConfiguration ? projectConfiguration(projectDefault) : projectDefault;
    config.devtool = 'hidden-source-map';
    // The SPFx generator fixes the minifier's source-map switch when it builds the config
    // (off for --ship); the rushstack ModuleMinifierPlugin keeps it in `_sourceMap`.
    for (const minimizer of (config.optimization && config.optimization.minimizer) || []) {
      if (minimizer && '_sourceMap' in minimizer) {
        minimizer._sourceMap = true;
      }
    }
    config.plugins = [
      ...(config.plugins || []),
      {
        apply(compiler) {
          compiler.hooks.done.tap('bench-stats', (stats) => {
            fs.mkdirSync(statsDir, { recursive: true });
            const json = stats.toJson({
              all: false,
              assets: true,
              entrypoints: true,
              chunkGroups: true,
              chunks: true,
              chunkRelations: true,
              ids: true,
              modules: true,
              nestedModules: true,
              modulesSpace: Infinity,
              nestedModulesSpace: Infinity,
              groupModulesByPath: false,
              groupModulesByType: false,
              groupModulesByExtension: false,
              groupModulesByAttributes: false,
              groupModulesByCacheStatus: false,
              groupModulesByLayer: false
            });
            fs.writeFileSync(path.join(statsDir, 'bench.stats.json'), JSON.stringify(json));
          });
        }
      }
    ];
    return config;
  }
});
