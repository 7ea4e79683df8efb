// The DOM must exist before react-dom loads.
import '../../support/domWindow';
import { setIconOptions } from '@fluentui/react';
import { closeDocument, navigateTo, quietActWarnings } from '../../support/domWindow';
import { FakeTenant, fakeHost, integrationSite, showWebPart, tenantOrigin, viewOf, waitFor, type ShownWebPart } from '../../support/spfxHost';
import CatalogueWebPart from '../../../src/webparts/catalogue/CatalogueWebPart';
import GoalAgreementsWebPart from '../../../src/webparts/goalAgreements/GoalAgreementsWebPart';
import IndicatorDashboardWebPart from '../../../src/webparts/indicatorDashboard/IndicatorDashboardWebPart';
import IndicatorEntryWebPart from '../../../src/webparts/indicatorEntry/IndicatorEntryWebPart';
import InitialReviewsWebPart from '../../../src/webparts/initialReviews/InitialReviewsWebPart';
import MeetingRoundWebPart from '../../../src/webparts/meetingRound/MeetingRoundWebPart';
import OverviewWebPart from '../../../src/webparts/overview/OverviewWebPart';
import SteeringWebPart from '../../../src/webparts/steering/SteeringWebPart';

// SPFx serves these string modules from loc/<locale>.js; the tests read the German ones.
jest.mock('CatalogueWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('CatalogueWebPartStrings', 'de-de'), { virtual: true });
jest.mock('GoalAgreementsWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('GoalAgreementsWebPartStrings', 'de-de'), { virtual: true });
jest.mock('IndicatorDashboardWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('IndicatorDashboardWebPartStrings', 'de-de'), { virtual: true });
jest.mock('IndicatorEntryWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('IndicatorEntryWebPartStrings', 'de-de'), { virtual: true });
jest.mock('InitialReviewsWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('InitialReviewsWebPartStrings', 'de-de'), { virtual: true });
jest.mock('MeetingRoundWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('MeetingRoundWebPartStrings', 'de-de'), { virtual: true });
jest.mock('OverviewWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('OverviewWebPartStrings', 'de-de'), { virtual: true });
jest.mock('SteeringWebPartStrings', () => require('../../../scripts/locStrings').readLocStrings('SteeringWebPartStrings', 'de-de'), { virtual: true });
jest.mock('CommonStrings', () => require('../../../scripts/locStrings').readLocStrings('CommonStrings', 'de-de'), { virtual: true });

// The views are their own chunks with their own tests; here a stand-in shows what the web part hands them.
jest.mock('../../../src/webparts/catalogue/components/Catalogue', () => ({ Catalogue: require('../../support/spfxHost').standInView('Catalogue') }));
jest.mock('../../../src/webparts/goalAgreements/components/GoalAgreements', () => ({ GoalAgreements: require('../../support/spfxHost').standInView('GoalAgreements') }));
jest.mock('../../../src/webparts/indicatorDashboard/components/IndicatorDashboard', () => ({ IndicatorDashboard: require('../../support/spfxHost').standInView('IndicatorDashboard') }));
jest.mock('../../../src/webparts/indicatorEntry/components/IndicatorEntry', () => ({ IndicatorEntry: require('../../support/spfxHost').standInView('IndicatorEntry') }));
jest.mock('../../../src/webparts/initialReviews/components/InitialReviews', () => ({ InitialReviews: require('../../support/spfxHost').standInView('InitialReviews') }));
jest.mock('../../../src/webparts/meetingRound/components/MeetingRound', () => ({ MeetingRound: require('../../support/spfxHost').standInView('MeetingRound') }));
jest.mock('../../../src/webparts/overview/components/Overview', () => ({ Overview: require('../../support/spfxHost').standInView('Overview') }));
jest.mock('../../../src/webparts/steering/components/Steering', () => ({ Steering: require('../../support/spfxHost').standInView('Steering') }));

const webParts: Array<[string, new () => unknown]> = [
  ['Catalogue', CatalogueWebPart],
  ['GoalAgreements', GoalAgreementsWebPart],
  ['IndicatorDashboard', IndicatorDashboardWebPart],
  ['IndicatorEntry', IndicatorEntryWebPart],
  ['InitialReviews', InitialReviewsWebPart],
  ['MeetingRound', MeetingRoundWebPart],
  ['Overview', OverviewWebPart],
  ['Steering', SteeringWebPart]
];

const rootSite = tenantOrigin;

// SharePoint's pages (the Teams-hosted ones too) register Fluent's icon font; here the icons stay blank.
setIconOptions({ disableWarnings: true });
const periodTitle = 'Integrationskonzept 2024';

describe('web parts in a faked SPFx host', () => {
  let tenant: FakeTenant;
  let shown: ShownWebPart[];
  const show = async (...args: Parameters<typeof showWebPart>): Promise<ShownWebPart> => {
    const result = await showWebPart(...args);
    shown.push(result);
    return result;
  };
  const dataRequests = (): string[] => tenant.requests.filter((request) => request.includes('/items'));

  /** The view has loaded its data: no request of this test is still under way. */
  const viewLoaded = (domElement: HTMLElement): boolean => viewOf(domElement)?.textContent?.includes(periodTitle) === true;

  beforeAll(() => {
    // Every request goes to the fake tenant of the running test, none to the network.
    jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => tenant.fetch(input, init));
    quietActWarnings();
  });
  afterAll(() => {
    closeDocument();
    jest.restoreAllMocks();
  });
  beforeEach(() => {
    tenant = new FakeTenant();
    shown = [];
    navigateTo(`${integrationSite}/SitePages/Start.aspx`);
  });
  afterEach(() => {
    for (const { webPart } of shown) {
      webPart.dispose();
    }
    document.body.innerHTML = '';
  });

  describe.each(webParts)('%s web part', (name, WebPart) => {
    it('renders its view with the services of the page’s site, and unmounts it when the page removes the web part', async () => {
      const host = fakeHost({ webUrl: integrationSite });
      const { webPart, domElement } = await show(WebPart, host);
      await waitFor(`the ${name} view with plan periods`, () => viewLoaded(domElement));
      expect(viewOf(domElement)!.getAttribute('data-view')).toBe(name);
      expect(viewOf(domElement)!.getAttribute('data-locale')).toBe('de-DE');
      expect(dataRequests()).toEqual([expect.stringMatching(new RegExp(`^GET ${integrationSite}/_api/web/getList\\('/sites/integration/Lists/PlanPeriods'\\)/items`))]);
      webPart.dispose();
      expect(domElement.innerHTML).toBe('');
      expect(host.themeHandlerCount()).toBe(0);
    });

    it('finds the site through the tenant property when it runs as a personal tab on the root site', async () => {
      const host = fakeHost({ webUrl: rootSite, teams: { theme: 'dark', pageId: 'personal' } });
      navigateTo(`${rootSite}/_layouts/15/teamshostedapp.aspx?teams&personal`);
      const { domElement } = await show(WebPart, host);
      await waitFor(`the ${name} view in a personal tab`, () => viewLoaded(domElement));
      expect(viewOf(domElement)!.getAttribute('data-theme')).toBe('dark');
      expect(tenant.requests).toEqual(
        expect.arrayContaining([`GET ${rootSite}/_api/web/getList('/Lists/Measures')?$select=Id`, `GET ${rootSite}/_api/web/getStorageEntity('IntegrationsplanungSiteUrl')`])
      );
      expect(dataRequests()).toHaveLength(1);
      expect(dataRequests()[0]).toContain(`GET ${integrationSite}/_api/web/getList('/sites/integration/Lists/PlanPeriods')/items`);
    });

    it('says what to do, and renders no view, when neither the page’s web nor a tenant property leads to the site', async () => {
      tenant.siteUrlProperty = undefined;
      const { domElement } = await show(WebPart, fakeHost({ webUrl: rootSite, teams: {} }));
      await waitFor('the message', () => domElement.querySelector('[role="alert"]') !== null);
      const text = domElement.textContent ?? '';
      expect(text).toContain('Integrationsplanung 365 findet die Website der Integrationsplanung nicht.');
      expect(text).toContain(`Diese Seite gehört zu ${rootSite}`);
      expect(text).toContain('„IntegrationsplanungSiteUrl“');
      expect(text).toContain('npx tsx scripts/tenantSetup.ts --site https://<tenant>.sharepoint.com/sites/<integration-site>');
      expect(viewOf(domElement)).toBeNull();
      expect(dataRequests()).toEqual([]);
    });
  });

  it('tells an English user the same in English', async () => {
    tenant.siteUrlProperty = undefined;
    const { domElement } = await show(OverviewWebPart, fakeHost({ webUrl: rootSite, uiCulture: 'en-US', teams: {} }));
    await waitFor('the message', () => domElement.querySelector('[role="alert"]') !== null);
    expect(domElement.textContent).toContain('Integration planning 365 cannot find the integration planning site.');
    expect(domElement.textContent).toContain('Ask your Microsoft 365 administrator to run the set-up script');
  });

  it('refuses a tenant property that points to another host or back to the root site', async () => {
    tenant.siteUrlProperty = 'https://fabrikam.sharepoint.com/sites/integration';
    const other = await show(CatalogueWebPart, fakeHost({ webUrl: rootSite, teams: {} }));
    await waitFor('the message', () => other.domElement.querySelector('[role="alert"]') !== null);
    expect(other.domElement.textContent).toContain('enthält „https://fabrikam.sharepoint.com/sites/integration“; das ist keine Adresse einer Website dieses Mandanten.');
    tenant.siteUrlProperty = `${rootSite}/`;
    const root = await show(CatalogueWebPart, fakeHost({ webUrl: rootSite, teams: {} }));
    await waitFor('the message', () => root.domElement.querySelector('[role="alert"]') !== null);
    expect(root.domElement.textContent).toContain(`zeigt auf ${rootSite}/; dort liegen die Listen der Integrationsplanung nicht.`);
    expect(dataRequests()).toEqual([]);
  });

  it('prefers the page’s own web when it holds the lists (a copy of the site for tests) over the tenant property', async () => {
    const copy = `${tenantOrigin}/sites/integration-test`;
    tenant.websWithLists.add(copy);
    const { domElement } = await show(OverviewWebPart, fakeHost({ webUrl: copy }));
    await waitFor('the view', () => viewLoaded(domElement));
    expect(dataRequests()).toEqual([expect.stringContaining(`GET ${copy}/_api/web/getList('/sites/integration-test/Lists/PlanPeriods')/items`)]);
  });

  it('shows SharePoint’s refusal with a retry instead of failing the page, and recovers when retried', async () => {
    tenant.answer(/getList\('\/sites\/integration\/Lists\/Measures'\)/, { status: 403, body: { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } } });
    const { domElement } = await show(GoalAgreementsWebPart, fakeHost({ webUrl: integrationSite }));
    // Fluent's message bar writes its text a moment later, for screen readers to announce it.
    await waitFor('the error', () => domElement.textContent?.includes('Access denied.') === true);
    expect(viewOf(domElement)).toBeNull();
    tenant.clearAnswers();
    const retry = [...domElement.querySelectorAll('button')].find((button) => /erneut|wiederholen/i.test(button.textContent ?? ''));
    expect(retry).toBeDefined();
    retry!.click();
    await waitFor('the view after the retry', () => viewLoaded(domElement));
  });

  it('follows SharePoint’s theme while shown, and stops listening when disposed', async () => {
    const host = fakeHost({ webUrl: integrationSite, sharePointTheme: { palette: { themePrimary: '#0f6cbd' } } });
    const { webPart, domElement } = await show(CatalogueWebPart, host);
    await waitFor('the view', () => viewLoaded(domElement));
    expect(viewOf(domElement)!.getAttribute('data-palette')).toBe('#0f6cbd');
    host.changeSharePointTheme({ palette: { themePrimary: '#c239b3' } });
    await waitFor('the new section theme', () => viewOf(domElement)?.getAttribute('data-palette') === '#c239b3');
    webPart.dispose();
    host.changeSharePointTheme({ palette: { themePrimary: '#000000' } });
    expect(domElement.innerHTML).toBe('');
  });

  it('follows Teams’ theme and opens the item of a Teams deep link', async () => {
    const host = fakeHost({ webUrl: rootSite, teams: { theme: 'default', subPageId: 'measure-12', pageId: 'catalogue', channelId: '19:abc@thread.tacv2' } });
    const { webPart, domElement } = await show(CatalogueWebPart, host);
    await waitFor('the view', () => viewLoaded(domElement));
    expect(viewOf(domElement)!.getAttribute('data-theme')).toBe('light');
    expect(JSON.parse(viewOf(domElement)!.getAttribute('data-props')!)).toMatchObject({ initialMeasureId: 12 });
    host.changeTeamsTheme('contrast');
    await waitFor('high contrast', () => viewOf(domElement)?.getAttribute('data-theme') === 'contrast');
    webPart.dispose();
    host.changeTeamsTheme('dark');
    expect(domElement.innerHTML).toBe('');
  });

  it('opens the item of a SharePoint page link (?item=)', async () => {
    navigateTo(`${integrationSite}/SitePages/Katalog.aspx?item=measure-5`);
    const { domElement } = await show(CatalogueWebPart, fakeHost({ webUrl: integrationSite }));
    await waitFor('the view', () => viewLoaded(domElement));
    expect(JSON.parse(viewOf(domElement)!.getAttribute('data-props')!)).toMatchObject({ initialMeasureId: 5 });
  });

  it('links reminder mails to the indicator page of the product’s site, also from a personal tab on the root site', async () => {
    const { webPart, domElement } = await show(IndicatorDashboardWebPart, fakeHost({ webUrl: rootSite, teams: {} }));
    await waitFor('the view', () => viewLoaded(domElement));
    expect(JSON.parse(viewOf(domElement)!.getAttribute('data-props')!).entryLinkTemplate).toBe(`${integrationSite}/SitePages/Kennzahlen.aspx?year={year}&department={department}`);
    const [field] = webPart.getPropertyPaneConfiguration().pages[0].groups[0].groupFields;
    expect(field.targetProperty).toBe('entryLinkTemplate');
    const configured = await show(IndicatorDashboardWebPart, fakeHost({ webUrl: integrationSite }), { entryLinkTemplate: 'https://contoso.sharepoint.com/:x:/r/Kennzahlen-{year}.xlsx' });
    await waitFor('the configured view', () => viewLoaded(configured.domElement));
    expect(JSON.parse(viewOf(configured.domElement)!.getAttribute('data-props')!).entryLinkTemplate).toBe('https://contoso.sharepoint.com/:x:/r/Kennzahlen-{year}.xlsx');
  });

  it('lets the channel tab (the overview) pick a plan period in its property pane', async () => {
    const host = fakeHost({ webUrl: integrationSite, teams: { pageId: 'overview', channelId: '19:abc@thread.tacv2' } });
    const properties: { planPeriodId?: number } = {};
    const { webPart, domElement } = await show(OverviewWebPart, host, properties);
    await waitFor('the view', () => viewLoaded(domElement));
    const dropdown = (): { targetProperty: string; properties: Record<string, unknown> } => webPart.getPropertyPaneConfiguration().pages[0].groups[0].groupFields[0];
    expect(dropdown()).toMatchObject({ targetProperty: 'planPeriodId', properties: { label: 'Fortschreibung', disabled: true } });
    webPart.onPropertyPaneConfigurationStart();
    await waitFor('the plan periods in the pane', () => host.propertyPaneRefreshes() > 0);
    expect(dropdown().properties).toMatchObject({
      disabled: false,
      selectedKey: 0,
      options: [
        { key: 0, text: 'Die aktuelle Fortschreibung' },
        { key: 7, text: 'Integrationskonzept 2024 (2024–2028)' }
      ]
    });
    // SharePoint writes the choice into the properties and renders again.
    properties.planPeriodId = 7;
    webPart.render();
    await waitFor('the chosen period in the view', () => viewLoaded(domElement) && JSON.parse(viewOf(domElement)!.getAttribute('data-props')!).planPeriodId === 7);
  });
});
