'use strict';
// Installs the product on a real tenant with CLI for Microsoft 365: the .sppkg (which
// provisions the lists), the Graph permissions, the department groups and the per-department
// folders with unique permissions (which the feature framework cannot declare), and the
// Teams app. `--dry-run` prints the commands instead of running them.
//
//   node scripts/tenantSetup.js --site https://contoso.sharepoint.com/sites/integration [--dry-run]
const { spawnSync } = require('child_process');
const path = require('path');

const cli = ['--yes', '@pnp/cli-microsoft365@11.11.0'];
const root = path.resolve(__dirname, '..');
const packageFile = 'sharepoint/solution/integrationsplanung-365.sppkg';
const teamsFile = 'teams/integrationsplanung-365-teams.zip';
const ownersGroup = 'Integrationsplanung Besitzer';
const membersGroup = 'Integrationsplanung Mitglieder';
/**
 * Lists whose items live in one folder per department, with the department group's permission
 * level there. Measures and values: the department writes its own, every member reads all.
 * Agreements and their measures: only the department reads its own (the office writes them);
 * comments: the department writes on its own agreements only. All other lists inherit the web's
 * permissions, so only the office (owners) writes them: among them "Berichtsjahre"
 * (Lists/ReportingYears), where locking a year is the office's decision alone.
 */
const departmentFolderLists = [
  { url: 'Lists/Measures', department: 'Contribute', isSharedWithMembers: true },
  { url: 'Lists/IndicatorValues', department: 'Contribute', isSharedWithMembers: true },
  { url: 'Lists/GoalAgreements', department: 'Read', isSharedWithMembers: false },
  { url: 'Lists/AgreementItems', department: 'Read', isSharedWithMembers: false },
  { url: 'Lists/AgreementComments', department: 'Contribute', isSharedWithMembers: false }
];

function departmentGroup(number) {
  return `FB ${number} Mitglieder`;
}

const addApp = ['spo', 'app', 'add', '--filePath', packageFile, '--overwrite'];

/** The app catalogue and site steps after `spo app add` (which answers the app's id). */
function planInstall(siteUrl, appId) {
  return [
    ['spo', 'app', 'deploy', '--id', appId],
    ['spo', 'app', 'install', '--id', appId, '--siteUrl', siteUrl],
    ['spo', 'serviceprincipal', 'grant', 'add', '--resource', 'Microsoft Graph', '--scope', 'Calendars.ReadWrite'],
    // Reminders to departments that still owe indicator values go out as the office's mail.
    ['spo', 'serviceprincipal', 'grant', 'add', '--resource', 'Microsoft Graph', '--scope', 'Mail.Send'],
    ['spo', 'group', 'add', '--webUrl', siteUrl, '--name', ownersGroup],
    ['spo', 'group', 'add', '--webUrl', siteUrl, '--name', membersGroup],
    ['spo', 'web', 'roleassignment', 'add', '--webUrl', siteUrl, '--groupName', ownersGroup, '--roleDefinitionName', 'Full Control'],
    ['spo', 'web', 'roleassignment', 'add', '--webUrl', siteUrl, '--groupName', membersGroup, '--roleDefinitionName', 'Read'],
    ...departmentFolderLists.map((list) => ['spo', 'list', 'set', '--webUrl', siteUrl, '--url', list.url, '--enableFolderCreation', 'true']),
    ['teams', 'app', 'publish', '--filePath', teamsFile]
  ];
}

/** One group per department and, in each department-scoped list, its folder with unique permissions. */
function planDepartments(siteUrl, departmentNumbers) {
  const commands = [];
  for (const number of departmentNumbers) {
    const group = departmentGroup(number);
    commands.push(['spo', 'group', 'add', '--webUrl', siteUrl, '--name', group]);
    for (const list of departmentFolderLists) {
      const folderUrl = `/${list.url}/${number}`;
      commands.push(['spo', 'folder', 'add', '--webUrl', siteUrl, '--parentFolderUrl', `/${list.url}`, '--name', number]);
      // Clearing the inherited assignments is what keeps a private folder away from the members group.
      commands.push(['spo', 'folder', 'roleinheritance', 'break', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--clearExistingPermissions', '--force']);
      commands.push(['spo', 'folder', 'roleassignment', 'add', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--groupName', ownersGroup, '--roleDefinitionName', 'Full Control']);
      commands.push(['spo', 'folder', 'roleassignment', 'add', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--groupName', group, '--roleDefinitionName', list.department]);
      if (list.isSharedWithMembers) {
        commands.push(['spo', 'folder', 'roleassignment', 'add', '--webUrl', siteUrl, '--folderUrl', folderUrl, '--groupName', membersGroup, '--roleDefinitionName', 'Read']);
      }
    }
  }
  return commands;
}

function show(command) {
  return ['m365', ...command].map((part) => (/[\s"']/.test(part) ? JSON.stringify(part) : part)).join(' ');
}

function run(command) {
  console.log(show(command));
  const result = spawnSync('npx', [...cli, ...command, '--output', 'json'], { cwd: root, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
  if (result.status !== 0) {
    throw new Error(`Failed: ${show(command)}`);
  }
  return result.stdout.trim() ? JSON.parse(result.stdout) : undefined;
}

function main(argv) {
  const siteIndex = argv.indexOf('--site');
  const siteUrl = siteIndex >= 0 ? argv[siteIndex + 1] : undefined;
  const dryRun = argv.includes('--dry-run');
  if (!siteUrl || !/^https:\/\/[^/]+\/sites\/[^/]+$/.test(siteUrl)) {
    console.error('Usage: node scripts/tenantSetup.js --site https://<tenant>.sharepoint.com/sites/<site> [--dry-run]');
    process.exit(2);
  }
  if (dryRun) {
    [addApp, ...planInstall(siteUrl, '<UniqueId answered by spo app add>')].forEach((command) => console.log(show(command)));
    console.log('# then, for every department in the list "Fachbereiche" (e.g. 50):');
    planDepartments(siteUrl, ['50']).forEach((command) => console.log(show(command)));
    return;
  }
  run(['status']);
  const added = run(addApp);
  planInstall(siteUrl, added.UniqueId).forEach(run);
  const departments = run(['spo', 'listitem', 'list', '--webUrl', siteUrl, '--listUrl', '/Lists/Departments', '--fields', 'DepartmentNumber']) || [];
  if (departments.length === 0) {
    console.log('The list "Fachbereiche" is empty: add the departments, then run this script again to create their groups and folders.');
    return;
  }
  planDepartments(siteUrl, departments.map((item) => String(item.DepartmentNumber))).forEach(run);
}

module.exports = { addApp, planInstall, planDepartments, departmentGroup, departmentFolderLists };

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
