import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { AppManifestUtils } from '@microsoft/app-manifest';
import Ajv from 'ajv';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildTeamsManifest, writeTeamsPackage } = require('../../scripts/teamsPackage');

const root = path.resolve(__dirname, '../..');
const schemaDir = path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.17');

function readSchema(file: string): never {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')) as never;
}

function pngSize(buffer: Buffer): { width: number; height: number } {
  // IHDR follows the 8-byte signature and the chunk's length and type.
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('Teams app package', () => {
  const { manifest, localization, webParts } = buildTeamsManifest(root);

  it('validates against the Teams v1.17 manifest schema, offline', async () => {
    expect(manifest.manifestVersion).toBe('1.17');
    const errors = await AppManifestUtils.validateAgainstSchema(manifest, readSchema('MicrosoftTeams.schema.json'));
    expect(errors).toEqual([]);
  });

  it('validates the English localisation against the localisation schema', () => {
    // The localisation schema's key patterns are not valid as Unicode regular expressions,
    // which the app-manifest helper's ajv 8 insists on; ajv 6 compiles them as written.
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    const validate = ajv.compile(readSchema('MicrosoftTeams.Localization.schema.json'));
    expect(validate(localization) ? [] : validate.errors).toEqual([]);
    manifest.staticTabs.forEach((tab: { entityId: string }, index: number) => {
      const webPart = webParts.find((candidate: { id: string }) => candidate.id === tab.entityId);
      expect(localization[`staticTabs[${index}].name`]).toBe(webPart.preconfiguredEntries[0].title['en-US']);
    });
  });

  it('offers every web part that supports Teams as a personal tab hosted by SharePoint', () => {
    expect(webParts.length).toBeGreaterThan(0);
    for (const webPart of webParts) {
      const tab = manifest.staticTabs.find((candidate: { entityId: string }) => candidate.entityId === webPart.id);
      expect(tab).toBeDefined();
      expect(tab.contentUrl).toContain(`componentId=${webPart.id}`);
      expect(tab.contentUrl).toMatch(/^https:\/\/\{teamSiteDomain\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true/);
    }
  });

  it('makes the overview the one channel tab (its property pane is tested in tests/unit/hosts)', () => {
    // Teams accepts one configurable tab per app, configured in SPFx's property pane.
    const overview = webParts.find((webPart: { alias: string }) => webPart.alias === 'OverviewWebPart');
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs;
    expect(tab.configurationUrl).toContain(`componentId=${overview.id}`);
    expect(tab.configurationUrl).toContain('openPropertyPane=true');
    expect(tab.context).toEqual(expect.arrayContaining(['channelTab']));
    expect(webParts.filter((webPart: { supportedHosts: string[] }) => webPart.supportedHosts.includes('TeamsTab')).map((webPart: { alias: string }) => webPart.alias)).toEqual(['OverviewWebPart']);
  });

  it('refuses a second channel tab instead of picking one by name', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-root-'));
    fs.cpSync(path.join(root, 'teams'), path.join(copy, 'teams'), { recursive: true });
    fs.cpSync(path.join(root, 'src/webparts'), path.join(copy, 'src/webparts'), { recursive: true, filter: (file: string) => !file.includes(`${path.sep}components`) });
    const catalogueManifest = path.join(copy, 'src/webparts/catalogue/CatalogueWebPart.manifest.json');
    const catalogue = JSON.parse(fs.readFileSync(catalogueManifest, 'utf8'));
    catalogue.supportedHosts.push('TeamsTab');
    fs.writeFileSync(catalogueManifest, JSON.stringify(catalogue));
    expect(() => buildTeamsManifest(copy)).toThrow('found 2: CatalogueWebPart, OverviewWebPart');
  });

  it('reaches Outlook and the Microsoft 365 app: the round planner and the agreements are personal tabs of a manifest 1.13 or later', () => {
    // Personal tabs of apps with manifest 1.13+ appear in Outlook and the Microsoft 365 app as well as in Teams.
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major > 1 || minor >= 13).toBe(true);
    const titles = manifest.staticTabs.filter((tab: { scopes: string[] }) => tab.scopes.includes('personal')).map((tab: { name: string }) => tab.name);
    expect(titles).toEqual(expect.arrayContaining(['Gesprächsrunde', 'Zielvereinbarungen']));
    // Outlook and the Microsoft 365 app load no bots or connectors; the app has none that would only half load there.
    expect(manifest.bots ?? []).toEqual([]);
    expect(manifest.connectors ?? []).toEqual([]);
  });

  it('has the colour icon at 192×192 and the outline icon at 32×32 with transparency', () => {
    expect(pngSize(fs.readFileSync(path.join(root, 'teams', manifest.icons.color)))).toEqual({ width: 192, height: 192 });
    const outline = fs.readFileSync(path.join(root, 'teams', manifest.icons.outline));
    expect(pngSize(outline)).toEqual({ width: 32, height: 32 });
    expect(outline[25]).toBe(6); // colour type 6: RGBA
  });

  it('writes a zip with the manifest, its localisation and both icons at the root', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'teams-')), 'app.zip');
    await writeTeamsPackage(root, out);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packed.id).toBe(manifest.id);
  });
});
