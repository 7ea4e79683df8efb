import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const excel = require('../../scripts/excelManifest');

const root = path.resolve(__dirname, '../..');
const settings = {
  baseUrl: 'https://cdn.stadt.example/integrationsplanung/excel',
  siteUrl: 'https://stadt.sharepoint.com/sites/integration',
  clientId: '3f0c8a4e-1b2d-4c5e-9f7a-0b1c2d3e4f5a',
  tenant: 'stadt.onmicrosoft.com'
};

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['AppDomain', 'bt:Image', 'bt:Url', 'bt:String', 'Set', 'Host', 'Control', 'Group'].includes(name) });
const preserveOrder = new XMLParser({ preserveOrder: true, ignoreAttributes: true });

/** Every `resid` attribute anywhere below the node. */
function resids(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.flatMap(resids);
  }
  if (node && typeof node === 'object') {
    return Object.entries(node as Node).flatMap(([key, value]) => (key === '@resid' ? [String(value)] : resids(value)));
  }
  return [];
}

describe('Excel add-in manifest (XML, add-in only)', () => {
  const xml: string = excel.buildExcelManifest(settings);
  const doc = parser.parse(xml) as { OfficeApp: Node };
  const app = doc.OfficeApp;
  const solution = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8')).solution;
  const paneUrl = new URL(String((app.DefaultSettings as Node & { SourceLocation: Node }).SourceLocation['@DefaultValue']));
  const overrides = app.VersionOverrides as Node;
  const resources = overrides.Resources as Record<string, Record<string, Node[]>>;
  const resourceIds = Object.values(resources).flatMap((group) => Object.values(group).flatMap((items) => items.map((item) => String(item['@id']))));

  it('is well-formed XML with the task pane app root and namespaces', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app['@xsi:type']).toBe('TaskPaneApp');
    expect(app['@xmlns']).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(overrides['@xsi:type']).toBe('VersionOverridesV1_0');
    expect(overrides['@xmlns']).toBe('http://schemas.microsoft.com/office/taskpaneappversionoverrides');
  });

  it('has the required elements in the order the schema prescribes', () => {
    const children = (preserveOrder.parse(xml) as Array<Record<string, unknown>>)
      .flatMap((node) => (node.OfficeApp ? (node.OfficeApp as Array<Record<string, unknown>>) : []))
      .map((node) => Object.keys(node)[0]);
    expect(children).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides'
    ]);
  });

  it('names the add-in, its version and provider consistently with the SharePoint package, German with English', () => {
    expect(app.Id).toBe(excel.addInId);
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(String(app.Version)).toBe(solution.version);
    // The department workbooks name the add-in by the same id and version (one source for both).
    const reference = JSON.parse(fs.readFileSync(path.join(root, 'src/indicatorSheet/excelAddIn.json'), 'utf8'));
    expect({ id: app.Id, version: String(app.Version) }).toEqual({ id: reference.id, version: reference.version });
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.ProviderName).toBe(solution.developer.name);
    expect(app.DefaultLocale).toBe('de-DE');
    for (const element of ['DisplayName', 'Description'] as const) {
      const node = app[element] as Node & { Override: Node };
      expect(String(node['@DefaultValue']).length).toBeGreaterThan(5);
      expect(node.Override['@Locale']).toBe('en-US');
      expect(node.Override['@Value']).not.toBe(node['@DefaultValue']);
    }
  });

  it('runs in Excel workbooks with the requirement set the adapter uses and may write the document', () => {
    expect((app.Hosts as { Host: Node[] }).Host.map((host) => host['@Name'])).toEqual(['Workbook']);
    const set = ((app.Requirements as Node).Sets as { Set: Node[] }).Set;
    expect(set).toEqual([expect.objectContaining({ '@Name': 'ExcelApi', '@MinVersion': excel.excelApiVersion })]);
    expect(app.Permissions).toBe('ReadWriteDocument');
  });

  it('loads the pane over https from the base URL, telling it the site, app and tenant the pane reads', () => {
    expect(paneUrl.protocol).toBe('https:');
    expect(paneUrl.href.startsWith(`${settings.baseUrl}/taskpane.html?`)).toBe(true);
    expect(paneUrl.searchParams.get('site')).toBe(settings.siteUrl);
    expect(paneUrl.searchParams.get('clientId')).toBe(settings.clientId);
    expect(paneUrl.searchParams.get('tenant')).toBe(settings.tenant);
    // The composition root reads exactly these parameters.
    const host = fs.readFileSync(path.join(root, 'src/hosts/excel/index.tsx'), 'utf8');
    for (const name of ['site', 'clientId', 'tenant']) {
      expect(host).toContain(`requiredParam(params, '${name}')`);
    }
    const domains = (app.AppDomains as { AppDomain: string[] }).AppDomain;
    expect(domains).toEqual(expect.arrayContaining(['https://stadt.sharepoint.com', 'https://login.microsoftonline.com']));
  });

  it('adds a ribbon button on the Home tab that shows the same task pane, and every resource it names exists', () => {
    const host = ((overrides.Hosts as Node).Host as Node[])[0];
    expect(host['@xsi:type']).toBe('Workbook');
    const surface = (host.DesktopFormFactor as Node).ExtensionPoint as Node;
    expect(surface['@xsi:type']).toBe('PrimaryCommandSurface');
    const group = ((surface.OfficeTab as Node).Group as Node[])[0];
    const button = (group.Control as Node[])[0];
    expect(button['@xsi:type']).toBe('Button');
    const action = button.Action as Node & { SourceLocation: Node };
    expect(action['@xsi:type']).toBe('ShowTaskpane');
    expect(action.TaskpaneId).toBe(excel.taskpaneId);
    // Auto-open (AddInCommands 1.1): the reserved id makes Excel show this pane with a workbook that carries our web extension.
    expect(excel.taskpaneId).toBe('Office.AutoShowTaskpaneWithDocument');
    const urls = resources['bt:Urls']['bt:Url'];
    expect(urls.find((url) => url['@id'] === action.SourceLocation['@resid'])?.['@DefaultValue']).toBe(paneUrl.href);
    const referenced = [...new Set(resids(overrides))];
    expect(referenced.length).toBeGreaterThan(5);
    expect(referenced.filter((id) => !resourceIds.includes(id))).toEqual([]);
    // Resource ids are unique and short strings fit Office's 125-character limit.
    expect(new Set(resourceIds).size).toBe(resourceIds.length);
    for (const text of resources['bt:ShortStrings']['bt:String']) {
      expect(String(text['@DefaultValue']).length).toBeLessThanOrEqual(125);
    }
  });

  it('refuses a base URL that is not https, since Office loads add-ins over https only', () => {
    expect(() => excel.buildExcelManifest({ ...settings, baseUrl: 'http://127.0.0.1:4800/excel' })).toThrow(/https/);
  });

  it('writes the manifest with the pane, office.js from Microsoft’s CDN and every icon it points to', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-excel-'));
    try {
      const result = await excel.writeExcelAddIn(outDir, settings);
      expect(result.usesPlaceholders).toBe(false);
      const written = fs.readFileSync(path.join(outDir, 'manifest.xml'), 'utf8');
      expect(written).toBe(xml);
      const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
      expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
      expect(html).toContain('<script src="taskpane.js"></script>');
      expect(fs.statSync(path.join(outDir, 'taskpane.js')).size).toBeGreaterThan(10_000);
      const iconUrls = [...written.matchAll(/"(https:[^"]+\.png)"/g)].map((match) => match[1]);
      expect(iconUrls.length).toBeGreaterThanOrEqual(5);
      for (const url of iconUrls) {
        expect(url.startsWith(`${settings.baseUrl}/assets/`)).toBe(true);
        const file = path.join(outDir, url.slice(settings.baseUrl.length + 1));
        const png = fs.readFileSync(file);
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      }
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
