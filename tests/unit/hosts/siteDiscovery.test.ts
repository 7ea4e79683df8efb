import { createSpForSpfx } from '../../../src/data/sp/spFactory';
import { discoverSite } from '../../../src/hosts/siteDiscovery';
import { ServiceError } from '../../../src/http/serviceError';
import { FakeTenant, fakeHost, integrationSite, tenantOrigin } from '../../support/spfxHost';

describe('finding the product’s site', () => {
  let tenant: FakeTenant;
  beforeEach(() => {
    tenant = new FakeTenant();
    jest.spyOn(globalThis, 'fetch').mockImplementation((input, init) => tenant.fetch(input, init));
  });
  afterEach(() => jest.restoreAllMocks());

  const discover = (webUrl: string) => discoverSite(createSpForSpfx(fakeHost({ webUrl }).context, { attempts: 1 }), webUrl);

  it('keeps to the page’s web when it holds the lists, even if the tenant property cannot be read', async () => {
    tenant.answer(/getStorageEntity/, { status: 500, body: { 'odata.error': { code: '-1', message: { lang: 'en-US', value: 'Server error' } } } });
    await expect(discover(`${integrationSite}/`)).resolves.toEqual({ kind: 'found', siteUrl: integrationSite, source: 'currentWeb' });
  });

  it('takes the tenant property’s site, without a trailing slash, and matches the host without regard to case', async () => {
    tenant.siteUrlProperty = ' https://CONTOSO.sharepoint.com/sites/integration/ ';
    await expect(discover(tenantOrigin)).resolves.toEqual({ kind: 'found', siteUrl: integrationSite, source: 'tenantProperty' });
  });

  it('names the reason when the property is missing, no URL, or carries a query', async () => {
    tenant.siteUrlProperty = undefined;
    await expect(discover(tenantOrigin)).resolves.toMatchObject({ kind: 'missing', reason: 'notSet', currentWebUrl: tenantOrigin });
    tenant.siteUrlProperty = '/sites/integration';
    await expect(discover(tenantOrigin)).resolves.toMatchObject({ kind: 'missing', reason: 'invalid', propertyValue: '/sites/integration' });
    tenant.siteUrlProperty = `${integrationSite}?web=1`;
    await expect(discover(tenantOrigin)).resolves.toMatchObject({ kind: 'missing', reason: 'invalid' });
  });

  it('passes on SharePoint’s refusal with its status and message rather than guessing', async () => {
    tenant.answer(/getList/, { status: 403, body: { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } } });
    const failure = await discover(tenantOrigin).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure).toMatchObject({ status: 403, serviceMessage: 'Access denied.' });
  });

  it('passes on a failed tenant property read when the page’s web has no lists', async () => {
    tenant.answer(/getStorageEntity/, { status: 403, body: { 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } } });
    await expect(discover(tenantOrigin)).rejects.toMatchObject({ status: 403 });
  });
});
