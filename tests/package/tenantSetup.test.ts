// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addApp, planInstall, planDepartments } = require('../../scripts/tenantSetup');

const site = 'https://contoso.sharepoint.com/sites/integration';

describe('tenant set-up with CLI for Microsoft 365', () => {
  it('adds the package, then deploys and installs it by the id spo app add answered', () => {
    expect(addApp).toEqual(['spo', 'app', 'add', '--filePath', 'sharepoint/solution/integrationsplanung-365.sppkg', '--overwrite']);
    const install = planInstall(site, 'abc') as string[][];
    expect(install[0]).toEqual(['spo', 'app', 'deploy', '--id', 'abc']);
    expect(install[1]).toEqual(['spo', 'app', 'install', '--id', 'abc', '--siteUrl', site]);
    expect(install.filter((command) => command.includes('grant')).map((command) => command[command.length - 1])).toEqual(['Calendars.ReadWrite', 'Mail.Send']);
  });

  it('gives every department a folder in Maßnahmen and Kennzahlwerte that only its group may write, and private folders for its agreements', () => {
    const commands = (planDepartments(site, ['50', '51']) as string[][]).map((command) => command.join(' '));
    for (const [number, list] of [
      ['50', 'Measures'],
      ['50', 'IndicatorValues'],
      ['51', 'Measures'],
      ['51', 'IndicatorValues']
    ]) {
      const folder = `/Lists/${list}/${number}`;
      expect(commands).toContain(`spo folder roleinheritance break --webUrl ${site} --folderUrl ${folder} --clearExistingPermissions --force`);
      expect(commands).toContain(`spo folder roleassignment add --webUrl ${site} --folderUrl ${folder} --groupName FB ${number} Mitglieder --roleDefinitionName Contribute`);
      expect(commands).toContain(`spo folder roleassignment add --webUrl ${site} --folderUrl ${folder} --groupName Integrationsplanung Mitglieder --roleDefinitionName Read`);
    }
    // Agreements are private to the department, which reads them and may only comment.
    for (const [list, level] of [
      ['GoalAgreements', 'Read'],
      ['AgreementItems', 'Read'],
      ['AgreementComments', 'Contribute']
    ]) {
      const folder = `/Lists/${list}/50`;
      expect(commands).toContain(`spo folder add --webUrl ${site} --parentFolderUrl /Lists/${list} --name 50`);
      expect(commands).toContain(`spo folder roleinheritance break --webUrl ${site} --folderUrl ${folder} --clearExistingPermissions --force`);
      expect(commands).toContain(`spo folder roleassignment add --webUrl ${site} --folderUrl ${folder} --groupName FB 50 Mitglieder --roleDefinitionName ${level}`);
      expect(commands.filter((command) => command.includes(`--folderUrl ${folder} `) && command.includes(`--groupName FB 50 Mitglieder`))).toHaveLength(1);
      expect(commands.filter((command) => command.includes(`--folderUrl ${folder} `) && command.includes('Integrationsplanung Mitglieder'))).toEqual([]);
    }
    // A department's group never gets rights on another department's folder.
    expect(commands.filter((command) => command.includes('FB 50 Mitglieder') && command.includes('/51'))).toEqual([]);
  });
});
