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

/**
 * One browser bundle of a host's entry point, with the web parts' localised strings; the workbench and
 * the task pane build alike. With `splitting`, dynamic imports become chunks beside the entry (an ES
 * module, so the page loads it with `<script type="module">`), and each is fetched when first needed.
 */
function bundleForBrowser(entryPoint, outfile, minify = true, splitting = false) {
  return esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    ...(splitting ? { outdir: path.dirname(outfile), entryNames: path.basename(outfile, '.js'), chunkNames: 'chunks/[name]-[hash]', splitting: true, format: 'esm' } : { outfile, format: 'iife' }),
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
  fs.rmSync(path.join(outDir, 'chunks'), { recursive: true, force: true });
  const result = await bundleForBrowser(path.join(root, 'src', 'hosts', 'workbench', 'index.tsx'), path.join(outDir, 'workbench.js'), options.minify, true);
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
