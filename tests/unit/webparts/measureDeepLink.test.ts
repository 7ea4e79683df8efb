import { measureDeepLinkId, measureIdOfDeepLink, teamsMeasureLink } from '../../../src/webparts/catalogue/measureDeepLink';

describe('deep links to a measure', () => {
  it('round-trips the id through the link and ignores anything else', () => {
    expect(measureIdOfDeepLink(measureDeepLinkId(42))).toBe(42);
    expect(measureIdOfDeepLink('measure-abc')).toBeUndefined();
    expect(measureIdOfDeepLink('goal-3')).toBeUndefined();
    expect(measureIdOfDeepLink(undefined)).toBeUndefined();
  });

  it('builds a Teams entity link whose context carries the measure as subEntityId', () => {
    const link = new URL(teamsMeasureLink('app-id', 'tab-id', 7));
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/entity/app-id/tab-id');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'measure-7' });
  });
});
