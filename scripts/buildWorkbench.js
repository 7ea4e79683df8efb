'use strict';
// Bundles the local workbench page (src/hosts/workbench) with esbuild: the same React
// components, repositories and localised strings as the SPFx bundles, for the browser.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const { locales, localizedResources, readLocStrings } = require('./locStrings');

const root = path.resolve(__dirname, '..');

/** Resolves `import * as strings from 'XWebPartStrings'` to every locale, picked at run time. */
const localizedStringsPlugin = {
  name: 'spfx-localized-strings',
  setup(build) {
    const names = Object.keys(localizedResources());
    build.onResolve({ filter: /^\w+Strings$/ }, (args) => (names.includes(args.path) ? { path: args.path, namespace: 'spfx-strings' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'spfx-strings' }, (args) => {
      const all = Object.fromEntries(locales.map((locale) => [locale, readLocStrings(args.path, locale)]));
      return {
        loader: 'js',
        contents: `var all = ${JSON.stringify(all)};\nmodule.exports = all[(globalThis.__workbenchLocale || 'de-de')] || all['de-de'];`
      };
    });
  }
};

/** One browser bundle of a host's entry point, with the web parts' localised strings; the workbench and the task pane build alike. */
function bundleForBrowser(entryPoint, outfile, minify = true) {
  return esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    outfile,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify,
    sourcemap: true,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [localizedStringsPlugin],
    logLevel: 'warning'
  });
}

async function buildWorkbench(outDir, options = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  const result = await bundleForBrowser(path.join(root, 'src', 'hosts', 'workbench', 'index.tsx'), path.join(outDir, 'workbench.js'), options.minify);
  fs.copyFileSync(path.join(root, 'src', 'hosts', 'workbench', 'index.html'), path.join(outDir, 'index.html'));
  // The Excel task pane at /excel/taskpane.html, with office.js from node_modules.
  await require('./buildTaskpane').buildTaskpane(path.join(outDir, 'excel'), { minify: options.minify });
  return result;
}

module.exports = { buildWorkbench, bundleForBrowser };

if (require.main === module) {
  buildWorkbench(path.join(root, 'temp', 'workbench')).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
