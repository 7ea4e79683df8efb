import { spfi } from '@pnp/sp';
import { SiteLists, serverRelativeUrlOf } from '../../../src/data/sp/siteLists';

describe('addressing the lists by URL', () => {
  const lists = new SiteLists(spfi('https://contoso.sharepoint.com/sites/integration'), serverRelativeUrlOf('https://contoso.sharepoint.com/sites/integration/'));

  it('finds lists under /Lists and the report library at the web root', () => {
    expect(lists.url('Measures')).toBe('/sites/integration/Lists/Measures');
    expect(lists.url('Reports')).toBe('/sites/integration/Berichte');
    expect(lists.folderPath('IndicatorValues', '50')).toBe('/sites/integration/Lists/IndicatorValues/50');
  });
});
