import fs from 'node:fs';
import path from 'node:path';
import { linkToMeasure, measureDeepLinkId, measureIdOfDeepLink } from '../../../../src/app/catalogue/measureDeepLink';
import { pageItemLink, teamsAppId, teamsItemLink } from '../../../../src/hosts/itemLinks';

describe('deep links to a measure', () => {
  it('round-trips the id through the link and ignores anything else', () => {
    expect(measureIdOfDeepLink(measureDeepLinkId(42))).toBe(42);
    expect(measureIdOfDeepLink('measure-abc')).toBeUndefined();
    expect(measureIdOfDeepLink('goal-3')).toBeUndefined();
    expect(measureIdOfDeepLink(undefined)).toBeUndefined();
  });

  it('builds a Teams entity link whose context carries the measure as subEntityId', () => {
    const link = new URL(teamsItemLink({ appId: 'app-id', entityId: 'tab-id' }, measureDeepLinkId(7)));
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/entity/app-id/tab-id');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'measure-7' });
  });

  it('names the channel of a channel tab, which Teams opens only there', () => {
    const link = new URL(teamsItemLink({ appId: 'app-id', entityId: 'tab-id', channelId: '19:abc@thread.tacv2' }, 'measure-7'));
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'measure-7', channelId: '19:abc@thread.tacv2' });
  });

  it('links to a SharePoint page with ?item= and keeps its other parameters', () => {
    const link = new URL(pageItemLink('https://contoso.sharepoint.com/sites/integration/SitePages/Katalog.aspx?view=x&item=measure-1#top', 'measure-9'));
    expect(link.searchParams.get('item')).toBe('measure-9');
    expect(link.searchParams.get('view')).toBe('x');
    expect(link.hash).toBe('');
  });

  it("uses the Teams app package's id", () => {
    const app = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../teams/app.json'), 'utf8')) as { id: string };
    expect(teamsAppId).toBe(app.id);
  });
});

describe('link to a measure', () => {
  it('is the host page at the measure, or nothing where the host has no page', () => {
    expect(linkToMeasure({ linkToItem: (item) => `https://stadt.example/sites/integration?item=${item}` }, 12)).toBe('https://stadt.example/sites/integration?item=measure-12');
    expect(linkToMeasure({}, 12)).toBeUndefined();
  });
});
