import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { customLevels } from '../../src/domain/sitePermissions';
import { cliForMicrosoft365, main, readProduct } from '../../scripts/tenantSetup';
import { itemWriteSecurity, listSchema } from '../../src/domain/lists';
import { departmentFolderTargets, listUrlOf, planSetup, relaxedColumns, verifyPermissions, type CliRoleAssignment, type SetupCommand, type TenantAnswers } from '../../scripts/tenantSetup.plan';
import { SimulatedTenant } from './support/simulatedTenant';
import recordedTenant from './support/recordedTenant.json';

const site = 'https://stadt.sharepoint.com/sites/integration';
const product = readProduct(site);
/** Recorded from a German site set up with the previous release (0.0.9): no custom levels, department 32 added since. */
const recorded = recordedTenant as unknown as TenantAnswers;

function clone(answers: TenantAnswers): TenantAnswers {
  return JSON.parse(JSON.stringify(answers));
}

function lines(commands: readonly SetupCommand[]): string[] {
  return commands.map((command) => command.args.join(' '));
}

/**
 * The recorded tenant after one run of the set-up, in its two phases as the runner does it: the
 * plan for what was read first, then the plan for the site read again after the app's upgrade
 * (which adds the libraries "Veröffentlichungen" and "Kennzahlenmappen").
 */
function settled(): SimulatedTenant {
  const tenant = new SimulatedTenant(recorded, product);
  tenant.apply(planSetup(product, recorded));
  tenant.apply(planSetup(product, tenant.answers()));
  return tenant;
}

/** Who may do what in a folder, as a department contact would find out: group → levels, in the site's language. */
function grantsOf(answers: TenantAnswers, folder: string): Record<string, string[]> {
  const permissions = answers.folderPermissions[folder].ListItemAllFields;
  expect(permissions.HasUniqueRoleAssignments).toBe(true);
  return Object.fromEntries(permissions.RoleAssignments.map((assignment) => [assignment.Member.Title, assignment.RoleDefinitionBindings.map((binding) => binding.Name)]));
}

describe('tenant set-up with CLI for Microsoft 365', () => {
  it('brings a tenant of the previous release up to date, and a second run over the result plans nothing', () => {
    const plan = lines(planSetup(product, recorded));
    const appId = '5b0a7f6e-2f61-4a8e-9d0b-1c1f7e4f3a21';
    expect(plan.filter((command) => command.startsWith('spo app'))).toEqual([
      'spo app add --filePath sharepoint/solution/integrationsplanung-365.sppkg --overwrite',
      `spo app deploy --id ${appId}`,
      `spo app upgrade --id ${appId} --siteUrl ${site}`
    ]);
    expect(plan).toContain(`spo storageentity set --appCatalogUrl https://stadt.sharepoint.com/sites/apps --key IntegrationsplanungSiteUrl --value ${site} --description Site of Integrationsplanung 365 (read by its web parts in Teams, Outlook and the Microsoft 365 app)`);
    // Calendars.ReadWrite is granted already; the Mail.Send grant recorded belongs to another API, not Microsoft Graph.
    expect(plan.filter((command) => command.includes('grant'))).toEqual(['spo serviceprincipal grant add --resource Microsoft Graph --scope Mail.Send']);
    expect(plan.filter((command) => command.startsWith('spo roledefinition add'))).toEqual(
      Object.values(customLevels).map((level) => `spo roledefinition add --webUrl ${site} --name ${level.name} --description ${level.description} --rights ${level.permissions.join(',')}`)
    );
    expect(plan.filter((command) => command.startsWith('spo group add'))).toEqual([`spo group add --webUrl ${site} --name FB 32 Mitglieder`]);
    expect(plan.filter((command) => command.startsWith('spo web'))).toEqual([]);
    // Departments edit their measures only inside a plan period's folder: their Contribute ("Mitwirken") on the department folder becomes Read.
    const measures50 = `--webUrl ${site} --folderUrl /Lists/Measures/50`;
    const read = recorded.roleDefinitions.find((definition) => definition.RoleTypeKind === 2)!;
    expect(plan).toContain(`spo folder roleassignment remove ${measures50} --principalId 9 --force`);
    expect(plan).toContain(`spo folder roleassignment add ${measures50} --groupName FB 50 Mitglieder --roleDefinitionId ${read.Id}`);
    // The previous release left the administrator who broke the inheritance with full control in every folder.
    const leftByPreviousRelease = Object.keys(recorded.folderPermissions).filter((folder) => recorded.folderPermissions[folder].ListItemAllFields.RoleAssignments.some((assignment) => assignment.PrincipalId === 6));
    expect(leftByPreviousRelease).toHaveLength(10);
    expect(plan.filter((command) => command.includes('--principalId 6 ')).map((command) => command.split(' --folderUrl /')[1].split(' ')[0]).sort()).toEqual(leftByPreviousRelease.sort());

    const tenant = new SimulatedTenant(recorded, product);
    tenant.apply(planSetup(product, recorded));
    // The app's upgrade added "Veröffentlichungen" and "Kennzahlenmappen": read again, the site needs only their permissions and folders.
    const afterUpgrade = lines(planSetup(product, tenant.answers()));
    expect(afterUpgrade.every((command) => command.includes('/Veroeffentlichungen') || command.includes('/Kennzahlenmappen') || command.includes('/_api/web/ensureuser'))).toBe(true);
    tenant.apply(planSetup(product, tenant.answers()));
    const after = tenant.answers();
    expect(planSetup(product, after)).toEqual([]);
    expect(verifyPermissions(product, after)).toEqual([]);
    expect(grantsOf(after, 'Lists/Measures/32')).toEqual({
      'Integrationsplanung Besitzer': ['Vollzugriff'],
      'FB 32 Mitglieder': ['Lesen'],
      'Integrationsplanung Mitglieder': ['Lesen']
    });
    expect(grantsOf(after, 'Lists/GoalAgreements/51')).toEqual({ 'Integrationsplanung Besitzer': ['Vollzugriff'], 'FB 51 Mitglieder': ['Lesen'] });
    expect(after.storageEntity?.Value).toBe(site);
    expect(after.grants.find((grant) => grant.resourceId === after.graph.id)?.scope.split(' ')).toEqual(expect.arrayContaining(['Calendars.ReadWrite', 'Mail.Send']));
  });

  it('gives lists of the previous release the settings an app upgrade leaves unchanged: own comments only, folders, an optional total', () => {
    // Recorded with 0.0.9's settings: comments writable by every contact, no folders in meetings,
    // interviews and correction requests, and the total of a value required.
    const settings = (answers: TenantAnswers, list: string): { folders: boolean; writeSecurity?: number } => {
      const entry = answers.lists.find((candidate) => candidate.RootFolder.ServerRelativeUrl === `/sites/integration/Lists/${list}`)!;
      return { folders: entry.EnableFolderCreation, writeSecurity: entry.WriteSecurity };
    };
    expect(settings(recorded, 'AgreementComments').writeSecurity).toBe(1);
    expect(['Meetings', 'InitialReviews', 'CorrectionRequests'].map((list) => settings(recorded, list).folders)).toEqual([false, false, false]);
    expect(recorded.fields?.['IndicatorValues/Total']).toEqual({ Required: true });

    const plan = lines(planSetup(product, recorded));
    expect(plan.filter((command) => command.startsWith('spo list set') || command.startsWith('request')).sort()).toEqual([
      `spo list set --webUrl ${site} --url /Lists/InitialReviews --enableFolderCreation true`,
      `spo list set --webUrl ${site} --url /Lists/Meetings --enableFolderCreation true`,
      `spo list set --webUrl ${site} --url /Lists/CorrectionRequests --enableFolderCreation true`,
      `spo list set --webUrl ${site} --url /Lists/AgreementComments --writeSecurity 2`,
      `request --method post --url ${site}/_api/web/GetList('/sites/integration/Lists/IndicatorValues')/fields('a7304001-fa6e-55ac-b738-d888e7a75c3a') --body {"Required":false} --content-type application/json;odata=nometadata --x-http-method MERGE --if-match *`
    ].sort());

    const after = settled().answers();
    expect(settings(after, 'AgreementComments')).toEqual({ folders: true, writeSecurity: 2 });
    expect(['Meetings', 'InitialReviews', 'CorrectionRequests'].map((list) => settings(after, list).folders)).toEqual([true, true, true]);
    expect(after.fields?.['IndicatorValues/Total']).toEqual({ Required: false });
    expect(planSetup(product, after)).toEqual([]);

    // Someone lets contacts change every comment again: --verify names it, the next run restores it.
    const tenant = settled();
    tenant.state.lists.find((entry) => entry.RootFolder.ServerRelativeUrl.endsWith('/Lists/AgreementComments'))!.WriteSecurity = 1;
    expect(verifyPermissions(product, tenant.answers()).map((finding) => `${finding.subject}: ${finding.problem}`)).toEqual([
      '/Lists/AgreementComments: item-level write security is 1 instead of 2 (users change only the items they created)'
    ]);
    tenant.apply(planSetup(product, tenant.answers()));
    expect(settings(tenant.answers(), 'AgreementComments').writeSecurity).toBe(2);
  });

  it('takes the intended list settings from the schema the feature provisions', () => {
    const assets = path.resolve(__dirname, '../../sharepoint/assets');
    for (const spec of Object.values(listSchema)) {
      const schema = fs.readFileSync(path.join(assets, `schema-${spec.name}.xml`), 'utf8');
      const writeSecurity = /<List [^>]*\bWriteSecurity="(\d)"/.exec(schema)?.[1] ?? '1';
      expect({ list: spec.name, writeSecurity: Number(writeSecurity) }).toEqual({ list: spec.name, writeSecurity: itemWriteSecurity[spec.name] ?? 1 });
    }
    for (const column of relaxedColumns) {
      const schema = fs.readFileSync(path.join(assets, `schema-${column.list}.xml`), 'utf8');
      const field = new RegExp(`<Field ID="\\{([^}]+)\\}" Name="${column.field}"[^>]*Required="(TRUE|FALSE)"`).exec(schema);
      expect(field?.[1]).toBe(column.id);
      const required = field?.[2];
      const declared = listSchema[column.list].fields.find((field) => field.name === column.field)?.required;
      expect({ column, required }).toEqual({ column, required: declared ? 'TRUE' : 'FALSE' });
    }
  });

  it('provisions a department added later: its group and folders, nothing else', () => {
    const tenant = settled();
    tenant.state.departments.push({ DepartmentNumber: '60' } as never);
    const plan = lines(planSetup(product, tenant.answers()));
    expect(plan.filter((command) => !command.includes('FB 60 Mitglieder') && !/(\/60 |--name 60$)/.test(command))).toEqual([]);
    expect(plan.filter((command) => command.startsWith('spo group add'))).toEqual([`spo group add --webUrl ${site} --name FB 60 Mitglieder`]);
    expect(plan.filter((command) => command.startsWith('spo folder add'))).toEqual(departmentFolderTargets.map((target) => `spo folder add --webUrl ${site} --parentFolderUrl /${listUrlOf(target.list)} --name 60`));

    tenant.apply(planSetup(product, tenant.answers()));
    expect(planSetup(product, tenant.answers())).toEqual([]);
    expect(grantsOf(tenant.answers(), 'Lists/AgreementComments/60')).toEqual({ 'Integrationsplanung Besitzer': ['Vollzugriff'], 'FB 60 Mitglieder': ['Mitwirken'] });
    // The department's workbook folder: its group edits without deleting, the office has full control, nobody else.
    expect(grantsOf(tenant.answers(), 'Kennzahlenmappen/60')).toEqual({ 'Integrationsplanung Besitzer': ['Vollzugriff'], 'FB 60 Mitglieder': [customLevels.editWithoutDelete.name] });
  });

  it('restores a changed permission: removes the extra assignment, adds the missing one, replaces a wrong level', () => {
    const tenant = settled();
    const items50 = tenant.state.folderPermissions['Lists/AgreementItems/50'].ListItemAllFields;
    const read = tenant.state.roleDefinitions.find((definition) => definition.Name === 'Lesen')!;
    const contribute = tenant.state.roleDefinitions.find((definition) => definition.Name === 'Mitwirken')!;
    const fb51 = tenant.state.groups.find((group) => group.Title === 'FB 51 Mitglieder')!;
    // Someone shared department 50's agreed measures with department 51 and removed the office.
    items50.RoleAssignments = items50.RoleAssignments.filter((assignment) => assignment.Member.Title !== 'Integrationsplanung Besitzer');
    items50.RoleAssignments.push({ Member: fb51, RoleDefinitionBindings: [read], PrincipalId: fb51.Id });
    // ... and gave department 51 write and delete rights on its folder of measures again.
    const measures51 = tenant.state.folderPermissions['Lists/Measures/51'].ListItemAllFields.RoleAssignments.find((assignment) => assignment.Member.Title === 'FB 51 Mitglieder')!;
    measures51.RoleDefinitionBindings.push(contribute);

    const differences = verifyPermissions(product, tenant.answers()).map((finding) => `${finding.subject}: ${finding.problem}`);
    expect(differences).toEqual([
      '/Lists/Measures/51: FB 51 Mitglieder has Read, Contribute instead of Read',
      '/Lists/AgreementItems/50: extra role assignment FB 51 Mitglieder: Read',
      '/Lists/AgreementItems/50: missing role assignment Integrationsplanung Besitzer: Full Control'
    ]);
    expect(lines(planSetup(product, tenant.answers()))).toEqual([
      `spo folder roleassignment remove --webUrl ${site} --folderUrl /Lists/Measures/51 --principalId ${fb51.Id} --force`,
      `spo folder roleassignment add --webUrl ${site} --folderUrl /Lists/Measures/51 --groupName FB 51 Mitglieder --roleDefinitionId ${read.Id}`,
      `spo folder roleassignment remove --webUrl ${site} --folderUrl /Lists/AgreementItems/50 --principalId ${fb51.Id} --force`,
      // Built-in levels go by id: their names depend on the site's language ("Vollzugriff").
      `spo folder roleassignment add --webUrl ${site} --folderUrl /Lists/AgreementItems/50 --groupName Integrationsplanung Besitzer --roleDefinitionId 1073741829`
    ]);
    tenant.apply(planSetup(product, tenant.answers()));
    expect(planSetup(product, tenant.answers())).toEqual([]);
    expect(grantsOf(tenant.answers(), 'Lists/AgreementItems/50')).toEqual({ 'FB 50 Mitglieder': ['Lesen'], 'Integrationsplanung Besitzer': ['Vollzugriff'] });
  });

  it('lets everyone in the organisation read "Veröffentlichungen" and only the office write it, and restores that when changed', () => {
    const tenant = settled();
    const library = tenant.answers().publicationLibrary!;
    expect(library.HasUniqueRoleAssignments).toBe(true);
    const grants = Object.fromEntries(library.RoleAssignments.map((assignment) => [assignment.Member.LoginName, assignment.RoleDefinitionBindings.map((binding) => binding.Name)]));
    expect(grants).toEqual({ 'Integrationsplanung Besitzer': ['Vollzugriff'], [tenant.state.everyonePrincipal!.LoginName]: ['Lesen'] });
    expect(tenant.state.everyonePrincipal).toMatchObject({ Title: 'Jeder außer externen Benutzern', PrincipalType: 4 });
    expect(tenant.state.everyonePrincipal!.LoginName).toMatch(/^c:0-\.f\|rolemanager\|spo-grid-all-users\/[0-9a-f-]{36}$/);

    // Someone lets the members' group contribute: --verify names it, the next run removes it.
    const members = tenant.state.groups.find((group) => group.Title === 'Integrationsplanung Mitglieder')!;
    const contribute = tenant.state.roleDefinitions.find((definition) => definition.Name === 'Mitwirken')!;
    (tenant.state.publicationLibrary!.RoleAssignments as CliRoleAssignment[]).push({ Member: members, RoleDefinitionBindings: [contribute], PrincipalId: members.Id });
    expect(verifyPermissions(product, tenant.answers()).map((finding) => `${finding.subject}: ${finding.problem}`)).toEqual([
      '/Veroeffentlichungen: extra role assignment Integrationsplanung Mitglieder: Contribute'
    ]);
    expect(lines(planSetup(product, tenant.answers()))).toEqual([`spo list roleassignment remove --webUrl ${site} --listUrl /Veroeffentlichungen --principalId ${members.Id} --force`]);
    tenant.apply(planSetup(product, tenant.answers()));
    expect(planSetup(product, tenant.answers())).toEqual([]);

    // Someone resets the library to the web's permissions: it gets its own again, with the principal the site knows.
    tenant.state.publicationLibrary = undefined;
    const read = tenant.state.roleDefinitions.find((definition) => definition.RoleTypeKind === 2)!;
    expect(lines(planSetup(product, tenant.answers()))).toEqual([
      `spo list roleinheritance break --webUrl ${site} --listUrl /Veroeffentlichungen --clearExistingPermissions --force`,
      `spo list roleassignment add --webUrl ${site} --listUrl /Veroeffentlichungen --groupName Integrationsplanung Besitzer --roleDefinitionId 1073741829`,
      `spo list roleassignment add --webUrl ${site} --listUrl /Veroeffentlichungen --principalId ${tenant.state.everyonePrincipal!.Id} --roleDefinitionId ${read.Id}`,
      `spo list roleassignment remove --webUrl ${site} --listUrl /Veroeffentlichungen --upn ${tenant.state.status.connectedAs} --force`
    ]);
    tenant.apply(planSetup(product, tenant.answers()));
    expect(verifyPermissions(product, tenant.answers())).toEqual([]);
  });

  it('updates the Teams app by its id when the catalogue has it, and publishes it when not', () => {
    expect(lines(planSetup(product, recorded)).filter((command) => command.startsWith('teams'))).toEqual([
      'teams app update --id a3b9c8d7-1e2f-4a5b-9c8d-7e6f5a4b3c21 --filePath teams/integrationsplanung-365-teams.zip'
    ]);
    const withoutApp = clone(recorded);
    const answers = { ...withoutApp, teamsApps: withoutApp.teamsApps.filter((app) => app.externalId !== product.teamsAppId), teamsAppDefinitions: undefined };
    expect(lines(planSetup(product, answers)).filter((command) => command.startsWith('teams'))).toEqual(['teams app publish --filePath teams/integrationsplanung-365-teams.zip']);
  });

  it('checks the year folders the office opened: a locked year is read-only for its department, an open one writable', () => {
    const tenant = settled();
    const permissions = tenant.state.folderPermissions;
    const department = permissions['Lists/IndicatorValues/50'].ListItemAllFields.RoleAssignments;
    const enterValues = tenant.state.roleDefinitions.find((definition) => definition.Name === customLevels.enterValues.name)!;
    const yearFolder = (departmentNumber: string, year: number, isUnique: boolean, level = enterValues): void => {
      tenant.state.folders.IndicatorValues.push({ Name: String(year), ServerRelativeUrl: `/sites/integration/Lists/IndicatorValues/${departmentNumber}/${year}` });
      const assignments = JSON.parse(JSON.stringify(department)).map((assignment: { Member: { Title: string }; RoleDefinitionBindings: unknown[] }) =>
        assignment.Member.Title === 'FB 50 Mitglieder' ? { ...assignment, RoleDefinitionBindings: [level] } : assignment
      );
      permissions[`Lists/IndicatorValues/${departmentNumber}/${year}`] = { ListItemAllFields: { HasUniqueRoleAssignments: isUnique, RoleAssignments: assignments } };
    };
    yearFolder('50', 2024, true); // 2024 is locked, but department 50 may still enter values
    yearFolder('50', 2025, true); // open, as it should be
    yearFolder('51', 2024, false); // inherits department 51's folder, where it may contribute

    const differences = verifyPermissions(product, tenant.answers()).map((finding) => `${finding.subject}: ${finding.problem}`);
    expect(differences).toEqual([
      '/Lists/IndicatorValues/50/2024: FB 50 Mitglieder has IP Werte eintragen instead of Read',
      "/Lists/IndicatorValues/51/2024: folder inherits the list's permissions (should grant only Integrationsplanung Besitzer: Full Control, FB 51 Mitglieder: Read, Integrationsplanung Mitglieder: Read)"
    ]);
    const plan = lines(planSetup(product, tenant.answers()));
    expect(plan.filter((command) => command.startsWith('spo folder add'))).toEqual([]);
    tenant.apply(planSetup(product, tenant.answers()));
    expect(verifyPermissions(product, tenant.answers())).toEqual([]);
    expect(grantsOf(tenant.answers(), 'Lists/IndicatorValues/50/2024')['FB 50 Mitglieder']).toEqual(['Lesen']);
    expect(grantsOf(tenant.answers(), 'Lists/IndicatorValues/50/2025')['FB 50 Mitglieder']).toEqual([customLevels.enterValues.name]);
  });

  it('gives every department a folder per plan period: editable while adopted, read-only once closed, restored when changed', () => {
    const tenant = settled();
    tenant.state.lists = [...tenant.state.lists, { RootFolder: { ServerRelativeUrl: '/sites/integration/Lists/PlanPeriods' }, EnableFolderCreation: false }];
    (tenant.state as { planPeriods?: TenantAnswers['planPeriods'] }).planPeriods = [
      { UpdateNumber: 2, PeriodStatus: 'Abgeschlossen' },
      { UpdateNumber: 3, PeriodStatus: 'Beschlossen' }
    ];
    const plan = lines(planSetup(product, tenant.answers()));
    expect(plan.filter((command) => command.startsWith('spo folder add'))).toEqual(
      [2, 3].flatMap((period) => ['51', '50', '32'].map((department) => `spo folder add --webUrl ${site} --parentFolderUrl /Lists/Measures/${department} --name FS${period}`))
    );
    tenant.apply(planSetup(product, tenant.answers()));
    expect(planSetup(product, tenant.answers())).toEqual([]);
    expect(grantsOf(tenant.answers(), 'Lists/Measures/50/FS2')).toEqual({ 'Integrationsplanung Besitzer': ['Vollzugriff'], 'FB 50 Mitglieder': ['Lesen'], 'Integrationsplanung Mitglieder': ['Lesen'] });
    expect(grantsOf(tenant.answers(), 'Lists/Measures/50/FS3')).toEqual({
      'Integrationsplanung Besitzer': ['Vollzugriff'],
      'FB 50 Mitglieder': [customLevels.editWithoutDelete.name],
      'Integrationsplanung Mitglieder': ['Lesen']
    });

    // Someone made the closed period writable for department 51 again.
    const closed51 = tenant.state.folderPermissions['Lists/Measures/51/FS2'].ListItemAllFields.RoleAssignments.find((assignment) => assignment.Member.Title === 'FB 51 Mitglieder')!;
    closed51.RoleDefinitionBindings = [tenant.state.roleDefinitions.find((definition) => definition.Name === customLevels.editWithoutDelete.name)!];
    expect(verifyPermissions(product, tenant.answers()).map((finding) => `${finding.subject}: ${finding.problem}`)).toEqual([
      `/Lists/Measures/51/FS2: FB 51 Mitglieder has ${customLevels.editWithoutDelete.name} instead of Read`
    ]);
    tenant.apply(planSetup(product, tenant.answers()));
    expect(verifyPermissions(product, tenant.answers())).toEqual([]);
    expect(grantsOf(tenant.answers(), 'Lists/Measures/51/FS2')['FB 51 Mitglieder']).toEqual(['Lesen']);
  });

  it('points out measures of an earlier release that still lie directly in a department folder, which the department only reads', () => {
    const tenant = settled();
    (tenant.state as { measureLocations?: TenantAnswers['measureLocations'] }).measureLocations = [
      { FileDirRef: '/sites/integration/Lists/Measures/50', FSObjType: 0 },
      { FileDirRef: '/sites/integration/Lists/Measures/50', FSObjType: 0 },
      // A period folder is an item of the department folder too; measures inside it are where they belong.
      { FileDirRef: '/sites/integration/Lists/Measures/50', FSObjType: 1 },
      { FileDirRef: '/sites/integration/Lists/Measures/50/FS3', FSObjType: 0 }
    ];
    tenant.state.lists = [...tenant.state.lists, { RootFolder: { ServerRelativeUrl: '/sites/integration/Lists/PlanPeriods' }, EnableFolderCreation: false }];
    (tenant.state as { planPeriods?: TenantAnswers['planPeriods'] }).planPeriods = [{ UpdateNumber: 3, PeriodStatus: 'Beschlossen' }];
    tenant.apply(planSetup(product, tenant.answers()));
    const findings = verifyPermissions(product, tenant.answers());
    expect(findings.map((finding) => `${finding.subject}: ${finding.problem}`)).toEqual([
      expect.stringMatching(/^\/Lists\/Measures\/50: 2 measure\(s\) lie directly in the department folder, which the department only reads: move them into the folder of their plan period \(e\.g\. 50\/FS3\)/)
    ]);
    // Nothing to run for it: moving list items is done in the list (or by importing again).
    expect(planSetup(product, tenant.answers())).toEqual([]);
  });

  describe('the script', () => {
    let productRoot: string;
    beforeAll(() => {
      // The set-up checks that the packages were built; the simulated CLI never opens them.
      productRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-setup-'));
      for (const file of ['config/package-solution.json', 'teams/app.json', product.packageFile, product.teamsFile]) {
        fs.mkdirSync(path.dirname(path.join(productRoot, file)), { recursive: true });
        const source = path.resolve(__dirname, '../..', file);
        fs.writeFileSync(path.join(productRoot, file), fs.existsSync(source) && file.endsWith('.json') ? fs.readFileSync(source) : 'package');
      }
    });
    afterAll(() => fs.rmSync(productRoot, { recursive: true, force: true }));

    async function run(tenant: SimulatedTenant, ...argv: string[]): Promise<{ code: number; output: string[] }> {
      const output: string[] = [];
      const code = await main(['--site', site, ...argv], tenant.cli, (line) => output.push(line), productRoot);
      return { code, output };
    }

    it('--verify lists where the permissions differ and exits with 1, changing nothing', async () => {
      const tenant = new SimulatedTenant(recorded, product);
      const { code, output } = await run(tenant, '--verify');
      expect(code).toBe(1);
      expect(output).toEqual(
        expect.arrayContaining([
          '  permission level "IP Werte eintragen": missing',
          '  group "FB 32 Mitglieder": missing',
          '  /Lists/Measures/50: FB 50 Mitglieder has Contribute instead of Read',
          '  /Lists/GoalAgreements/51: extra role assignment admin: Full Control',
          '  /Lists/AgreementComments: item-level write security is 1 instead of 2 (users change only the items they created)',
          '  /Lists/IndicatorValues column Total: is required (the schema leaves it optional)',
          expect.stringMatching(/^ {2}\/Lists\/Measures\/32: folder missing/)
        ])
      );
      expect(tenant.written).toEqual([]);
    });

    it('stops before reading the tenant when the CLI is not logged in', async () => {
      const tenant = new SimulatedTenant({ ...recorded, status: 'Logged out' as never }, product);
      await expect(run(tenant, '--dry-run')).rejects.toThrow('Not logged in: run `npx @pnp/cli-microsoft365@11.11.0 login` first.');
    });

    it('--dry-run prints the plan and changes nothing', async () => {
      const tenant = new SimulatedTenant(recorded, product);
      const { code, output } = await run(tenant, '--dry-run');
      expect(code).toBe(0);
      expect(output).toContain(`m365 spo group add --webUrl ${site} --name "FB 32 Mitglieder"`);
      expect(output).toContain('m365 teams app update --id a3b9c8d7-1e2f-4a5b-9c8d-7e6f5a4b3c21 --filePath teams/integrationsplanung-365-teams.zip');
      expect(tenant.written).toEqual([]);
    });

    it('upgrades a site of the previous release: the app, then the settings the upgrade leaves unchanged; a second run changes nothing', async () => {
      const tenant = new SimulatedTenant(recorded, product);
      const first = await run(tenant);
      expect(first.output.at(-1)).toBe(`${site} is set up.`);
      const written = tenant.written.map((args) => args.join(' '));
      expect(written.indexOf(`spo app upgrade --id 5b0a7f6e-2f61-4a8e-9d0b-1c1f7e4f3a21 --siteUrl ${site}`)).toBeLessThan(written.indexOf(`spo list set --webUrl ${site} --url /Lists/AgreementComments --writeSecurity 2`));
      expect(written.filter((command) => command.startsWith('request --method post') && command.includes('/fields('))).toHaveLength(1);
      expect(tenant.state.fields?.['IndicatorValues/Total']).toEqual({ Required: false });

      const count = tenant.written.length;
      expect((await run(tenant)).code).toBe(0);
      expect(tenant.written).toHaveLength(count);
      expect((await run(tenant, '--verify')).output.at(-1)).toBe(`The permissions and list settings of ${site} match the product's model.`);
    });

    it('sets up a new site (the app first, then the folders its lists hold), and a second run changes nothing', async () => {
      const fresh = clone(recorded);
      const tenant = new SimulatedTenant(
        {
          ...fresh,
          roleDefinitions: fresh.roleDefinitions.filter((definition) => definition.RoleTypeKind !== 0),
          groups: fresh.groups.filter((group) => group.Title.startsWith('Integration ')),
          web: { RoleAssignments: fresh.web.RoleAssignments.filter((assignment) => assignment.Member.Title.startsWith('Integration ')) },
          lists: [],
          folders: {},
          folderPermissions: {},
          apps: fresh.apps.filter((app) => app.ProductId !== product.solutionId),
          storageEntity: undefined,
          grants: [],
          teamsApps: fresh.teamsApps.filter((app) => app.externalId !== product.teamsAppId),
          teamsAppDefinitions: undefined
        },
        product
      );
      const first = await run(tenant);
      expect(first.output.at(-1)).toBe(`${site} is set up.`);
      expect(first.code).toBe(0);
      const written = tenant.written.map((args) => args.slice(0, 3).join(' '));
      expect(written.slice(0, 3)).toEqual(['spo app add', 'spo app deploy', 'spo app install']);
      expect(written.filter((command) => command === 'spo serviceprincipal grant').length).toBe(2);
      expect(tenant.written.filter((args) => args.includes('--scope')).map((args) => args.at(-1))).toEqual(['Calendars.ReadWrite', 'Mail.Send']);
      expect(tenant.written.filter((args) => args.join(' ').startsWith('spo folder add'))).toHaveLength(departmentFolderTargets.length * 3);
      expect((await run(tenant, '--verify')).code).toBe(0);

      const count = tenant.written.length;
      const second = await run(tenant);
      expect(second.code).toBe(0);
      expect(tenant.written).toHaveLength(count);
    });
  });
  (process.platform === 'win32' ? it.skip : it)('calls the pinned CLI with JSON output and passes on its error message', async () => {
    // A stand-in for `npx`: answers `status`, fails like the CLI for anything else.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-npx-'));
    fs.writeFileSync(
      path.join(bin, 'npx'),
      '#!/bin/sh\necho "$@" > "$(dirname "$0")/args"\nif [ "$3" = status ]; then echo \'{"connectedAs":"admin@stadt.onmicrosoft.com"}\'; exit 0; fi\necho "Error: Group cannot be found." >&2\nexit 1\n',
      { mode: 0o755 }
    );
    const cli = cliForMicrosoft365(path.join(bin, 'npx'));
    try {
      await expect(cli(['status'])).resolves.toEqual({ connectedAs: 'admin@stadt.onmicrosoft.com' });
      expect(fs.readFileSync(path.join(bin, 'args'), 'utf8').trim()).toBe('--yes @pnp/cli-microsoft365@11.11.0 status --output json');
      await expect(cli(['spo', 'group', 'get', '--webUrl', site, '--name', 'FB 99 Mitglieder'])).rejects.toThrow(
        `m365 spo group get --webUrl ${site} --name "FB 99 Mitglieder" failed: Error: Group cannot be found.`
      );
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });
});
