import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';

const root = path.resolve(__dirname, '../..');
const solutionConfig = JSON.parse(fs.readFileSync(path.join(root, 'config/package-solution.json'), 'utf8'));

describe('npm run package', () => {
  let output = '';
  let zip: JSZip;

  beforeAll(async () => {
    const result = spawnSync('npm', ['run', 'package'], { cwd: root, encoding: 'utf8', timeout: 900_000 });
    output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).toBe(0);
    zip = await JSZip.loadAsync(fs.readFileSync(path.join(root, 'sharepoint', solutionConfig.paths.zippedPackage)));
  }, 960_000);

  it('builds a production package: no debug build and no build warnings', () => {
    expect(output).toContain('Build target: SHIP');
    expect(output).not.toMatch(/Build target: DEBUG/);
    expect(output).not.toMatch(/\bWarning\b/);
  });

  it('ships the client-side assets inside the .sppkg, including both languages', () => {
    const names = Object.keys(zip.files);
    // One bundle for all web parts (services and PnPjs once per page), each web part's view a chunk of its own.
    expect(names.some((name) => /^ClientSideAssets\/integrationsplanung-web-parts_[0-9a-f]+\.js$/.test(name))).toBe(true);
    for (const view of ['overview', 'catalogue', 'initial-reviews', 'goal-agreements', 'meeting-round', 'indicator-dashboard', 'indicator-entry']) {
      expect(names.filter((name) => new RegExp(`^ClientSideAssets/chunk\\.${view}-view_[0-9a-f]+\\.js$`).test(name))).toHaveLength(1);
    }
    expect(names.some((name) => /^ClientSideAssets\/OverviewWebPartStrings_de-de_/.test(name))).toBe(true);
    expect(names.some((name) => /^ClientSideAssets\/OverviewWebPartStrings_en-us_/.test(name))).toBe(true);
  });

  it('provisions every list file of sharepoint/assets through the feature', () => {
    const assets = fs.readdirSync(path.join(root, 'sharepoint/assets')).filter((file) => file.endsWith('.xml'));
    const { elementManifests, elementFiles, upgradeActions } = solutionConfig.solution.features[0].assets;
    const declared = [...elementManifests, ...elementFiles, ...upgradeActions];
    expect([...declared].sort()).toEqual([...assets].sort());
    const packed = Object.keys(zip.files).map((name) => path.basename(name));
    for (const file of assets) {
      expect(packed).toContain(file);
    }
  });

  it('upgrades sites that installed feature 1.0.0.0: the upgrade actions are packaged with their version range and manifest', async () => {
    const feature = solutionConfig.solution.features[0];
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const read = async (name: string): Promise<string> => {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} is not in the package`);
      return file.async('string');
    };
    const featureXml = parser.parse(await read(`feature_${feature.id}.xml`));
    expect(featureXml.Feature.Version).toBe(feature.version);
    expect(feature.version).toBe('1.1.0.0');

    // SharePoint finds a feature's parts through the relationships of its feature XML.
    const rels = parser.parse(await read(`_rels/feature_${feature.id}.xml.rels`)).Relationships.Relationship as Array<{ Type: string; Target: string }>;
    const targets = (kind: string): string[] => rels.filter((rel) => rel.Type.endsWith(`/${kind}`)).map((rel) => rel.Target.replace(/^\//, ''));
    expect(targets('feature-upgradeactions')).toEqual([`${feature.id}/upgrade-actions-1.1.xml`]);

    const actions = parser.parse(await read(`${feature.id}/upgrade-actions-1.1.xml`)).VersionRange;
    // Sites at 1.0.0.0 (every earlier release) are upgraded; EndVersion is exclusive and is the new version.
    expect(actions.BeginVersion).toBe('1.0.0.0');
    expect(actions.EndVersion).toBe(feature.version);
    const manifest = (actions.ApplyElementManifests.ElementManifest.Location as string).replace(/\\/g, '/');
    expect(targets('feature-elementmanifest')).toContain(manifest);
    const upgradeElements = parser.parse(await read(manifest)).Elements;
    expect([upgradeElements.ListInstance].flat().map((list: { Url: string }) => list.Url)).toEqual(['Lists/CorrectionRequests', 'Lists/BodySessions', 'Lists/GuidingGoals', 'Lists/ActionItems', 'Lists/ValueReviews', 'Veroeffentlichungen', 'Kennzahlenmappen', 'Lists/Reminders']);
    const addedToContentTypes = [actions.AddContentTypeField].flat().map((add: { FieldId: string }) => add.FieldId);
    expect(addedToContentTypes).toEqual(expect.arrayContaining(['{d95a602b-b955-4aab-9b9b-cc6f26f85d21}', '{cccbb5f6-3af1-4521-93cb-d3d486d3767d}']));
  });

  it('ships the to-do card as an Adaptive Card Extension for the dashboard, medium by default, in German and English', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'src/adaptiveCardExtensions/todo/TodoAdaptiveCardExtension.manifest.json'), 'utf8'));
    const names = Object.keys(zip.files);
    const element = names.find((name) => name.endsWith(`/AdaptiveCardExtension_${manifest.id}.xml`));
    expect(element).toBeDefined();
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const component = parser.parse(await zip.file(element!)!.async('string')).Elements.ClientSideComponent as { Id: string; ComponentManifest: string };
    expect(component.Id).toBe(manifest.id);
    const packed = JSON.parse(component.ComponentManifest);
    expect(packed).toMatchObject({ componentType: 'AdaptiveCardExtension', supportedHosts: ['Dashboard'] });
    const [entry] = packed.preconfiguredEntries;
    expect(entry).toMatchObject({ cardSize: 'Medium', title: { 'de-DE': 'Meine Aufgaben', 'en-US': 'My to-dos' } });
    expect(entry.description['en-US']).toMatch(/to-dos/);
    expect(entry.iconImageUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    // Its own bundle: a dashboard loads the card without the web parts' code.
    expect(names.some((name) => /^ClientSideAssets\/todo-adaptive-card-extension_[0-9a-f]+\.js$/.test(name))).toBe(true);
    expect(names.some((name) => /^ClientSideAssets\/TodoAdaptiveCardExtensionStrings_de-de_/.test(name))).toBe(true);
    expect(names.some((name) => /^ClientSideAssets\/TodoAdaptiveCardExtensionStrings_en-us_/.test(name))).toBe(true);
  });

  it('prints the sizes of the SharePoint and the Teams package', () => {
    expect(output).toMatch(/SharePoint package: sharepoint\/solution\/integrationsplanung-365\.sppkg \(\d+\.\d KiB\)/);
    expect(output).toMatch(/Teams app package: {2}teams\/integrationsplanung-365-teams\.zip \(\d+\.\d KiB/);
  });
});
