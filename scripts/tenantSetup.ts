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
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { periodFolderRule, yearFolderRule } from '../src/domain/sitePermissions';
import {
  addedAppId,
  ensuredPrincipalId,
  everyoneClaimPrefix,
  publicationLibraryAt,
  appFindings,
  departmentFolderTargets,
  departmentNumbers,
  findDifferences,
  listAt,
  listUrlOf,
  relaxedColumns,
  microsoftGraphAppId,
  siteFindings,
  siteUrlKey,
  tenantFindings,
  verifyPermissions,
  type CatalogueAnswers,
  type CliFolder,
  type CliFolderPermissions,
  type CliListPermissions,
  type CliPrincipal,
  type Finding,
  type Product,
  type SetupCommand,
  type SiteAnswers,
  type TenantAnswers
} from './tenantSetup.plan';

/** Runs one CLI command and answers its JSON output (undefined when it printed nothing); rejects when the command fails. */
export type Cli = (args: readonly string[]) => Promise<unknown>;

/** Folder reads at a time: each CLI call is a process of its own, and a site has hundreds of folders. */
const parallelReads = 4;

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

/** Who the CLI is logged in as; every other command would fail without a login. */
async function connection(cli: Cli): Promise<{ connectedAs: string }> {
  const status = (await cli(['status'])) as { connectedAs?: string } | string | undefined;
  if (typeof status !== 'object' || !status.connectedAs) {
    throw new Error(`Not logged in: run \`npx ${cliPackage} login\` first.`);
  }
  return { connectedAs: status.connectedAs };
}

/** The app catalogue, the tenant property, the Graph grants and the Teams catalogue. */
export async function observeTenant(product: Product, cli: Cli): Promise<CatalogueAnswers> {
  const teamsApps = asArray<TenantAnswers['teamsApps'][number]>(await cli(['teams', 'app', 'list', '--distributionMethod', 'organization']));
  const teamsApp = teamsApps.find((candidate) => candidate.externalId === product.teamsAppId);
  // `teams app list` does not say which version the catalogue holds; its app definitions do.
  const definitions = teamsApp ? ((await cli(['request', '--url', `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${teamsApp.id}/appDefinitions?$select=version`])) as { value?: Array<{ version: string }> } | undefined) : undefined;
  return {
    appCatalogUrl: String((await cli(['spo', 'tenant', 'appcatalogurl', 'get'])) ?? ''),
    // Asked through the site, the tenant catalogue answers which version the site has installed.
    apps: asArray(await cli(['spo', 'app', 'list', '--appCatalogUrl', product.siteUrl])),
    storageEntity: (await cli(['spo', 'storageentity', 'get', '--key', siteUrlKey])) as TenantAnswers['storageEntity'],
    graph: (await cli(['entra', 'enterpriseapp', 'get', '--id', microsoftGraphAppId])) as TenantAnswers['graph'],
    grants: asArray(await cli(['spo', 'serviceprincipal', 'grant', 'list'])),
    teamsApps,
    ...(definitions ? { teamsAppDefinitions: definitions.value ?? [] } : {})
  };
}

/** Permission levels, groups, the web's and the department and year folders' role assignments. */
export async function observeSite(product: Product, cli: Cli): Promise<SiteAnswers> {
  const site = product.siteUrl;
  const status = await connection(cli);
  const lists = asArray<TenantAnswers['lists'][number]>(await cli(['spo', 'list', 'list', '--webUrl', site, '--properties', 'RootFolder/ServerRelativeUrl,EnableFolderCreation,WriteSecurity']));
  const partial: SiteAnswers = {
    status,
    roleDefinitions: asArray(await cli(['spo', 'roledefinition', 'list', '--webUrl', site])),
    groups: asArray(await cli(['spo', 'group', 'list', '--webUrl', site])),
    web: (await cli(['spo', 'web', 'get', '--url', site, '--withPermissions'])) as TenantAnswers['web'],
    lists,
    departments: [],
    reportingYears: [],
    folders: {},
    folderPermissions: {}
  };
  const hasList = (name: string): boolean => listAt(product, partial, name) !== undefined;
  const departments = hasList('Departments') ? asArray<TenantAnswers['departments'][number]>(await cli(['spo', 'listitem', 'list', '--webUrl', site, '--listUrl', '/Lists/Departments', '--fields', 'DepartmentNumber'])) : [];
  const planPeriods = hasList('PlanPeriods') ? asArray<NonNullable<TenantAnswers['planPeriods']>[number]>(await cli(['spo', 'listitem', 'list', '--webUrl', site, '--listUrl', '/Lists/PlanPeriods', '--fields', 'UpdateNumber,PeriodStatus'])) : [];
  const measureLocations = hasList('Measures') ? asArray<NonNullable<TenantAnswers['measureLocations']>[number]>(await cli(['spo', 'listitem', 'list', '--webUrl', site, '--listUrl', '/Lists/Measures', '--fields', 'FileDirRef,FSObjType'])) : [];
  const reportingYears = hasList('ReportingYears') ? asArray<TenantAnswers['reportingYears'][number]>(await cli(['spo', 'listitem', 'list', '--webUrl', site, '--listUrl', '/Lists/ReportingYears', '--fields', 'ReportingYear,IsLocked'])) : [];
  const fields: Record<string, { Required: boolean }> = {};
  for (const column of relaxedColumns.filter((candidate) => hasList(candidate.list))) {
    const field = (await cli(['spo', 'field', 'get', '--webUrl', site, '--listUrl', `/Lists/${column.list}`, '--id', column.id])) as { Required: boolean };
    fields[`${column.list}/${column.field}`] = { Required: field.Required };
  }
  const numbers = new Set(departmentNumbers({ departments }));
  const webPath = new URL(site).pathname.replace(/\/$/, '');
  const folders: Record<string, CliFolder[]> = {};
  const folderPermissions: Record<string, CliFolderPermissions> = {};
  const toRead: string[] = [];
  for (const list of departmentFolderTargets.map((target) => target.list).filter(hasList)) {
    // IndicatorValues holds a folder per year inside each department folder, Measures one per plan period.
    const isRecursive = list === yearFolderRule.list || list === periodFolderRule.list;
    folders[list] = asArray<CliFolder>(await cli(['spo', 'folder', 'list', '--webUrl', site, '--parentFolderUrl', `/${listUrlOf(list)}`, '--fields', 'Name,ServerRelativeUrl', ...(isRecursive ? ['--recursive'] : [])]));
    for (const folder of folders[list]) {
      const relative = folder.ServerRelativeUrl.slice(webPath.length + 1);
      // "Lists/Measures/50/FS2" or "Kennzahlenmappen/50": the department, then what lies below it.
      const [department, year, ...deeper] = relative.slice(listUrlOf(list).length + 1).split('/');
      const isDepartmentFolder = year === undefined && numbers.has(department);
      const isYearFolder = list === yearFolderRule.list && year !== undefined && deeper.length === 0 && numbers.has(department) && /^\d{4}$/.test(year);
      const isPeriodFolder = list === periodFolderRule.list && year !== undefined && deeper.length === 0 && numbers.has(department) && /^FS\d+$/.test(year);
      if (isDepartmentFolder || isYearFolder || isPeriodFolder) {
        toRead.push(relative);
      }
    }
  }
  const answers = await inParallel(toRead, parallelReads, (relative) => cli(['spo', 'folder', 'get', '--webUrl', site, '--url', `/${relative}`, '--withPermissions']));
  toRead.forEach((relative, index) => {
    folderPermissions[relative] = answers[index] as CliFolderPermissions;
  });
  return { ...partial, departments, planPeriods, measureLocations, reportingYears, fields, folders, folderPermissions, ...(await observePublicationLibrary(product, partial, cli)) };
}

/** The library "Veröffentlichungen" with its permissions, and the tenant's everyone claim as the site knows it. */
async function observePublicationLibrary(product: Product, answers: Pick<SiteAnswers, 'lists'>, cli: Cli): Promise<Pick<SiteAnswers, 'publicationLibrary' | 'tenantId' | 'everyonePrincipal'>> {
  const library = publicationLibraryAt(product, answers);
  if (!library) return {};
  const site = product.siteUrl;
  const tenantId = String((await cli(['tenant', 'id', 'get'])) ?? '').trim();
  const everyone = asArray<CliPrincipal>(await cli(['spo', 'user', 'list', '--webUrl', site])).find((user) => user.LoginName.toLowerCase().startsWith(everyoneClaimPrefix));
  return {
    publicationLibrary: (await cli(['spo', 'list', 'get', '--webUrl', site, '--url', library.RootFolder.ServerRelativeUrl, '--withPermissions'])) as CliListPermissions,
    ...(tenantId ? { tenantId } : {}),
    ...(everyone ? { everyonePrincipal: everyone } : {})
  };
}

/** `work` over `items`, at most `limit` at a time, answers in the order of the items. */
async function inParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function show(args: readonly string[]): string {
  return ['m365', ...args].map((part) => (/[\s"'{}$]/.test(part) ? JSON.stringify(part) : part)).join(' ');
}

function report(findings: readonly Finding[], log: (line: string) => void): void {
  for (const finding of findings) {
    log(`  ${finding.subject}: ${finding.problem}`);
  }
}

/** Runs the commands in order; the ids `spo app add` and `web/ensureuser` answer replace their placeholders in later ones. */
async function runCommands(commands: readonly SetupCommand[], cli: Cli, log: (line: string) => void, appId: { value?: string; principalId?: string }): Promise<void> {
  for (const command of commands) {
    const args = command.args.map((arg) => (arg === addedAppId && appId.value ? appId.value : arg === ensuredPrincipalId && appId.principalId ? appId.principalId : arg));
    log(show(args));
    const answer = (await cli(args)) as { UniqueId?: string; Id?: number } | undefined;
    if (command.yieldsPrincipalId) {
      if (answer?.Id === undefined) {
        throw new Error(`${show(args)} answered no principal id.`);
      }
      appId.principalId = String(answer.Id);
    }
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
export async function main(argv: readonly string[], cli: Cli, log: (line: string) => void = console.log, productRoot: string = root): Promise<number> {
  const siteIndex = argv.indexOf('--site');
  const siteUrl = siteIndex >= 0 ? argv[siteIndex + 1]?.replace(/\/$/, '') : undefined;
  const isDryRun = argv.includes('--dry-run');
  const isVerify = argv.includes('--verify');
  if (!siteUrl || !/^https:\/\/[^/]+\/(sites|teams)\/[^/]+$/.test(siteUrl) || (isDryRun && isVerify)) {
    log(usage);
    return 2;
  }
  const product = readProduct(siteUrl, productRoot);
  log(`Logged in as ${(await connection(cli)).connectedAs}.`);
  if (isVerify) {
    const differences = verifyPermissions(product, await observeSite(product, cli));
    if (differences.length === 0) {
      log(`The permissions and list settings of ${siteUrl} match the product's model.`);
      return 0;
    }
    log(`The permissions and list settings of ${siteUrl} differ from the product's model in ${differences.length} place(s):`);
    report(differences, log);
    return 1;
  }
  if (isDryRun) {
    const answers = { ...(await observeTenant(product, cli)), ...(await observeSite(product, cli)) };
    const findings = findDifferences(product, answers);
    if (findings.length === 0) {
      log(`${siteUrl} is set up; nothing to do.`);
      return 0;
    }
    log(`# ${findings.length} difference(s):`);
    report(findings, log);
    log('# The plan:');
    findings.flatMap((finding) => finding.commands).forEach((command) => log(show(command.args)));
    if (!departmentFolderTargets.every((target) => listAt(product, answers, target.list))) {
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
  const appId: { value?: string; principalId?: string } = {};
  // The lists (and so the folders) exist only once the package is installed: the app first, then the site.
  const tenant = await observeTenant(product, cli);
  await runCommands([...appFindings(product, tenant), ...tenantFindings(product, tenant)].flatMap((finding) => finding.commands), cli, log, appId);
  const site = await observeSite(product, cli);
  if (site.departments.length === 0) {
    log('The list "Fachbereiche" is empty: add the departments, then run this script again to create their groups and folders.');
  }
  await runCommands(siteFindings(product, { ...tenant, ...site }).flatMap((finding) => finding.commands), cli, log, appId);
  const remaining = findDifferences(product, { ...(await observeTenant(product, cli)), ...(await observeSite(product, cli)) });
  if (remaining.length > 0) {
    log(`After the set-up ${remaining.length} difference(s) remain:`);
    report(remaining, log);
    return 1;
  }
  log(`${siteUrl} is set up.`);
  return 0;
}

/** Quotes an argument for cmd.exe, which runs npx.cmd on Windows (Node refuses to spawn .cmd files without a shell). */
function quoteForCmd(arg: string): string {
  return /[\s"&|<>^()%!,;=]/.test(arg) ? `"${arg.replace(/"/g, '""')}"` : arg;
}

/** The CLI for Microsoft 365, pinned, with JSON output, run through `npx`. */
export function cliForMicrosoft365(npx: string = process.platform === 'win32' ? 'npx.cmd' : 'npx'): Cli {
  return (args) =>
    new Promise((resolve, reject) => {
      const npxArgs = ['--yes', cliPackage, ...args, '--output', 'json'];
      const child = npx.endsWith('.cmd') ? spawn(npx, npxArgs.map(quoteForCmd), { cwd: root, shell: true }) : spawn(npx, npxArgs, { cwd: root });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) {
          reject(new Error(`${show(args)} failed: ${(stderr || stdout).trim()}`));
          return;
        }
        try {
          resolve(stdout.trim() ? JSON.parse(stdout) : undefined);
        } catch {
          reject(new Error(`${show(args)} answered no JSON: ${stdout.trim().slice(0, 200)}`));
        }
      });
    });
}

if (require.main === module) {
  main(process.argv.slice(2), cliForMicrosoft365()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  );
}
