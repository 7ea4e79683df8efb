/**
 * Installs Integrationsplanung 365 in a tenant with CLI for Microsoft 365, safe to run again:
 * it reads the tenant with the CLI's get/list commands, plans only what is missing or wrong
 * (tenantSetup.plan.ts) and runs that plan, then reads again and reports what still differs.
 *
 *   npx tsx scripts/tenantSetup.ts --site https://contoso.sharepoint.com/sites/integration [--dry-run | --verify]
 *
 * --dry-run prints the plan and changes nothing; --verify lists where the site's permissions
 * differ from src/domain/sitePermissions.ts and exits with 1 when they do.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { departmentFolderLists, yearFolderRule } from '../src/domain/sitePermissions';
import {
  addedAppId,
  appFindings,
  departmentNumbers,
  findDifferences,
  listAt,
  microsoftGraphAppId,
  siteFindings,
  siteUrlKey,
  tenantFindings,
  verifyPermissions,
  type CatalogueAnswers,
  type CliFolder,
  type CliFolderPermissions,
  type Finding,
  type Product,
  type SetupCommand,
  type SiteAnswers,
  type TenantAnswers
} from './tenantSetup.plan';

/** Runs one CLI command and answers its JSON output (undefined when it printed nothing); throws when the command fails. */
export type Cli = (args: readonly string[]) => unknown;

const cliPackage = '@pnp/cli-microsoft365@11.11.0';
const root = path.resolve(__dirname, '..');

export function readProduct(siteUrl: string, productRoot: string = root): Product {
  const readJson = (file: string): { [key: string]: never } => JSON.parse(fs.readFileSync(path.join(productRoot, file), 'utf8'));
  const solution = (readJson('config/package-solution.json').solution as unknown) as { id: string; version: string };
  const teams = (readJson('teams/app.json') as unknown) as { id: string; version: string };
  return {
    siteUrl,
    packageFile: 'sharepoint/solution/integrationsplanung-365.sppkg',
    solutionId: solution.id,
    solutionVersion: solution.version,
    teamsFile: 'teams/integrationsplanung-365-teams.zip',
    teamsAppId: teams.id,
    teamsVersion: teams.version
  };
}


function asArray<T>(answer: unknown): T[] {
  return Array.isArray(answer) ? (answer as T[]) : [];
}

/** The app catalogue, the tenant property, the Graph grants and the Teams catalogue. */
export function observeTenant(product: Product, cli: Cli): CatalogueAnswers {
  const teamsApps = asArray<TenantAnswers['teamsApps'][number]>(cli(['teams', 'app', 'list', '--distributionMethod', 'organization']));
  const teamsApp = teamsApps.find((candidate) => candidate.externalId === product.teamsAppId);
  // `teams app list` does not say which version the catalogue holds; its app definitions do.
  const definitions = teamsApp ? (cli(['request', '--url', `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${teamsApp.id}/appDefinitions?$select=version`]) as { value?: Array<{ version: string }> } | undefined) : undefined;
  return {
    appCatalogUrl: String(cli(['spo', 'tenant', 'appcatalogurl', 'get']) ?? ''),
    // Asked through the site, the tenant catalogue answers which version the site has installed.
    apps: asArray(cli(['spo', 'app', 'list', '--appCatalogUrl', product.siteUrl])),
    storageEntity: cli(['spo', 'storageentity', 'get', '--key', siteUrlKey]) as TenantAnswers['storageEntity'],
    graph: cli(['entra', 'enterpriseapp', 'get', '--id', microsoftGraphAppId]) as TenantAnswers['graph'],
    grants: asArray(cli(['spo', 'serviceprincipal', 'grant', 'list'])),
    teamsApps,
    ...(definitions ? { teamsAppDefinitions: definitions.value ?? [] } : {})
  };
}

/** Permission levels, groups, the web's and the department and year folders' role assignments. */
export function observeSite(product: Product, cli: Cli): SiteAnswers {
  const site = product.siteUrl;
  const status = cli(['status']) as { connectedAs?: string } | undefined;
  if (!status?.connectedAs) {
    throw new Error(`Not logged in: run \`npx ${cliPackage} login\` first.`);
  }
  const lists = asArray<TenantAnswers['lists'][number]>(cli(['spo', 'list', 'list', '--webUrl', site, '--properties', 'RootFolder/ServerRelativeUrl,EnableFolderCreation']));
  const partial: SiteAnswers = {
    status: { connectedAs: status.connectedAs },
    roleDefinitions: asArray(cli(['spo', 'roledefinition', 'list', '--webUrl', site])),
    groups: asArray(cli(['spo', 'group', 'list', '--webUrl', site])),
    web: cli(['spo', 'web', 'get', '--url', site, '--withPermissions']) as TenantAnswers['web'],
    lists,
    departments: [],
    reportingYears: [],
    folders: {},
    folderPermissions: {}
  };
  const hasList = (name: string): boolean => listAt(product, partial, name) !== undefined;
  const departments = hasList('Departments') ? asArray<TenantAnswers['departments'][number]>(cli(['spo', 'listitem', 'list', '--webUrl', site, '--listUrl', '/Lists/Departments', '--fields', 'DepartmentNumber'])) : [];
  const reportingYears = hasList('ReportingYears') ? asArray<TenantAnswers['reportingYears'][number]>(cli(['spo', 'listitem', 'list', '--webUrl', site, '--listUrl', '/Lists/ReportingYears', '--fields', 'ReportingYear,IsLocked'])) : [];
  const numbers = new Set(departmentNumbers({ departments }));
  const webPath = new URL(site).pathname.replace(/\/$/, '');
  const folders: Record<string, CliFolder[]> = {};
  const folderPermissions: Record<string, CliFolderPermissions> = {};
  for (const list of departmentFolderLists.filter(hasList)) {
    // IndicatorValues holds a folder per year inside each department folder.
    const isRecursive = list === yearFolderRule.list;
    folders[list] = asArray<CliFolder>(cli(['spo', 'folder', 'list', '--webUrl', site, '--parentFolderUrl', `/Lists/${list}`, '--fields', 'Name,ServerRelativeUrl', ...(isRecursive ? ['--recursive'] : [])]));
    for (const folder of folders[list]) {
      const relative = folder.ServerRelativeUrl.slice(webPath.length + 1);
      const [, , department, year, ...deeper] = relative.split('/');
      const isDepartmentFolder = year === undefined && numbers.has(department);
      const isYearFolder = isRecursive && year !== undefined && deeper.length === 0 && numbers.has(department) && /^\d{4}$/.test(year);
      if (isDepartmentFolder || isYearFolder) {
        folderPermissions[relative] = cli(['spo', 'folder', 'get', '--webUrl', site, '--url', `/${relative}`, '--withPermissions']) as CliFolderPermissions;
      }
    }
  }
  return { ...partial, departments, reportingYears, folders, folderPermissions };
}

export function show(args: readonly string[]): string {
  return ['m365', ...args].map((part) => (/[\s"'{}$]/.test(part) ? JSON.stringify(part) : part)).join(' ');
}

function report(findings: readonly Finding[], log: (line: string) => void): void {
  for (const finding of findings) {
    log(`  ${finding.subject}: ${finding.problem}`);
  }
}

/** Runs the commands in order; the id `spo app add` answers replaces the placeholder in later ones. */
function runCommands(commands: readonly SetupCommand[], cli: Cli, log: (line: string) => void, appId: { value?: string }): void {
  for (const command of commands) {
    const args = command.args.map((arg) => (arg === addedAppId && appId.value ? appId.value : arg));
    log(show(args));
    const answer = cli(args) as { UniqueId?: string } | undefined;
    if (command.yieldsAppId) {
      if (!answer?.UniqueId) {
        throw new Error(`${show(args)} answered no app id.`);
      }
      appId.value = answer.UniqueId;
    }
  }
}

const usage = 'Usage: npx tsx scripts/tenantSetup.ts --site https://<tenant>.sharepoint.com/sites/<site> [--dry-run | --verify]';

/** Runs the set-up (or a dry run, or a verification) and answers the exit code. */
export function main(argv: readonly string[], cli: Cli, log: (line: string) => void = console.log, productRoot: string = root): number {
  const siteIndex = argv.indexOf('--site');
  const siteUrl = siteIndex >= 0 ? argv[siteIndex + 1]?.replace(/\/$/, '') : undefined;
  const isDryRun = argv.includes('--dry-run');
  const isVerify = argv.includes('--verify');
  if (!siteUrl || !/^https:\/\/[^/]+\/sites\/[^/]+$/.test(siteUrl) || (isDryRun && isVerify)) {
    log(usage);
    return 2;
  }
  const product = readProduct(siteUrl, productRoot);
  if (isVerify) {
    const differences = verifyPermissions(product, observeSite(product, cli));
    if (differences.length === 0) {
      log(`The permissions of ${siteUrl} match the product's permission model.`);
      return 0;
    }
    log(`The permissions of ${siteUrl} differ from the product's permission model in ${differences.length} place(s):`);
    report(differences, log);
    return 1;
  }
  if (isDryRun) {
    const answers = { ...observeTenant(product, cli), ...observeSite(product, cli) };
    const findings = findDifferences(product, answers);
    if (findings.length === 0) {
      log(`${siteUrl} is set up; nothing to do.`);
      return 0;
    }
    log(`# ${findings.length} difference(s):`);
    report(findings, log);
    log('# The plan:');
    findings.flatMap((finding) => finding.commands).forEach((command) => log(show(command.args)));
    if (!departmentFolderLists.every((list) => listAt(product, answers, list))) {
      log('# The department folders follow once the package has provisioned the lists: run again after the set-up.');
    }
    return 0;
  }
  for (const file of [product.packageFile, product.teamsFile]) {
    if (!fs.existsSync(path.join(productRoot, file))) {
      log(`${file} is missing: run \`npm run package\` first.`);
      return 2;
    }
  }
  const appId: { value?: string } = {};
  // The lists (and so the folders) exist only once the package is installed: the app first, then the site.
  const tenant = observeTenant(product, cli);
  runCommands([...appFindings(product, tenant), ...tenantFindings(product, tenant)].flatMap((finding) => finding.commands), cli, log, appId);
  const site = observeSite(product, cli);
  if (site.departments.length === 0) {
    log('The list "Fachbereiche" is empty: add the departments, then run this script again to create their groups and folders.');
  }
  runCommands(siteFindings(product, { ...tenant, ...site }).flatMap((finding) => finding.commands), cli, log, appId);
  const remaining = findDifferences(product, { ...observeTenant(product, cli), ...observeSite(product, cli) });
  if (remaining.length > 0) {
    log(`After the set-up ${remaining.length} difference(s) remain:`);
    report(remaining, log);
    return 1;
  }
  log(`${siteUrl} is set up.`);
  return 0;
}

/** The CLI for Microsoft 365, pinned, with JSON output. */
export const cliForMicrosoft365: Cli = (args) => {
  const result = spawnSync('npx', ['--yes', cliPackage, ...args, '--output', 'json'], { cwd: root, encoding: 'utf8', stdio: ['inherit', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${show(args)} failed: ${(result.stderr || result.stdout || '').trim()}`);
  }
  const output = result.stdout.trim();
  return output ? JSON.parse(output) : undefined;
};

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2), cliForMicrosoft365);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
