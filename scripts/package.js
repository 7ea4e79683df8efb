'use strict';
// `npm run package`: the production .sppkg (client-side assets included) and the Teams app zip.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { writeTeamsPackage } = require('./teamsPackage');
const { writeExcelAddIn, settingsFromEnvironment } = require('./excelManifest');

const root = path.resolve(__dirname, '..');

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(result.status || 1);
  }
}

function size(file) {
  return `${(fs.statSync(file).size / 1024).toFixed(1)} KiB`;
}

async function main() {
  run('gulp', ['clean', '--ship']);
  run('gulp', ['bundle', '--ship']);
  run('gulp', ['package-solution', '--ship']);
  const solution = readSolutionPath();
  const teamsZip = path.join(root, 'teams', 'integrationsplanung-365-teams.zip');
  const { manifest } = await writeTeamsPackage(root, teamsZip);
  const excelDir = path.join(root, 'release', 'excel');
  const excel = await writeExcelAddIn(excelDir, settingsFromEnvironment());
  console.log('');
  console.log(`SharePoint package: ${path.relative(root, solution)} (${size(solution)})`);
  console.log(`Teams app package:  ${path.relative(root, teamsZip)} (${size(teamsZip)}, ${manifest.staticTabs.length} personal tab(s), ${manifest.configurableTabs.length} channel tab)`);
  console.log(`Excel add-in:       ${path.relative(root, path.join(excelDir, 'manifest.xml'))} (task pane served from ${excel.settings.baseUrl}${excel.usesPlaceholders ? '; placeholders: set EXCEL_ADDIN_BASE_URL, _SITE_URL, _CLIENT_ID, _TENANT' : ''})`);
}

function readSolutionPath() {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8'));
  return path.join(root, 'sharepoint', config.paths.zippedPackage);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
