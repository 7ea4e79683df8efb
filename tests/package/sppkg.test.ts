import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';

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
    const declared = ['elements.xml', ...solutionConfig.solution.features[0].assets.elementFiles];
    expect([...declared].sort()).toEqual([...assets].sort());
    const packed = Object.keys(zip.files).map((name) => path.basename(name));
    for (const file of assets) {
      expect(packed).toContain(file);
    }
  });

  it('prints the sizes of the SharePoint and the Teams package', () => {
    expect(output).toMatch(/SharePoint package: sharepoint\/solution\/integrationsplanung-365\.sppkg \(\d+\.\d KiB\)/);
    expect(output).toMatch(/Teams app package: {2}teams\/integrationsplanung-365-teams\.zip \(\d+\.\d KiB/);
  });
});
