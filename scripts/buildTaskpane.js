'use strict';
// Bundles the Excel task pane (src/hosts/excel) with esbuild into <outDir>: taskpane.html and
// taskpane.js. office.js comes from Microsoft's CDN in production (as the Office Store
// requires); for local development it is served from node_modules under <outDir>/office/.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const officeJsCdn = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * @param {string} outDir
 * @param {{ minify?: boolean, officeJs?: 'local' | 'cdn' }} options
 */
async function buildTaskpane(outDir, options = {}) {
  // Required here, not at the top: buildWorkbench requires this module too.
  const { bundleForBrowser } = require('./buildWorkbench');
  fs.mkdirSync(outDir, { recursive: true });
  const result = await bundleForBrowser(path.join(root, 'src', 'hosts', 'excel', 'index.tsx'), path.join(outDir, 'taskpane.js'), options.minify);
  const local = (options.officeJs ?? 'local') === 'local';
  const html = fs.readFileSync(path.join(root, 'src', 'hosts', 'excel', 'taskpane.html'), 'utf8').replace('%OFFICE_JS%', local ? 'office/office.js' : officeJsCdn);
  fs.writeFileSync(path.join(outDir, 'taskpane.html'), html);
  if (local) {
    linkOfficeJs(path.join(outDir, 'office'));
  }
  return result;
}

/** office.js loads its host- and language-specific parts from beside itself, so the whole dist folder is served (linked, not copied: 86 MB). */
function linkOfficeJs(target) {
  const dist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
  fs.rmSync(target, { recursive: true, force: true });
  fs.symlinkSync(dist, target, process.platform === 'win32' ? 'junction' : 'dir');
}

module.exports = { buildTaskpane, officeJsCdn };

if (require.main === module) {
  buildTaskpane(path.join(root, 'temp', 'workbench', 'excel')).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
