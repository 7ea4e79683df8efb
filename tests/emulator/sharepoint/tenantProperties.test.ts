import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../local/emulator/server';
import { parseTenantProperty } from '../../../local/emulator/core/tenantProperties';
import { call, coordinator, department32, fixtureSchemaDir, fixtureSeed, json, startFixtureEmulator } from './support/harness';

describe('tenant properties (GetStorageEntity)', () => {
  let emulator: RunningEmulator;
  let api: string;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-tenant-'));
    emulator = await startEmulator({
      port: 0,
      dataDir,
      seed: 'demo',
      schemaDir: fixtureSchemaDir,
      seedBuilder: fixtureSeed,
      tenantProperties: {
        IntegrationsplanungSiteUrl: '/sites/integration',
        AnalyticsId: { value: 'https://contoso.sharepoint.com/sites/other', description: 'Web analytics', comment: "O'Brien's" }
      }
    });
    api = `${emulator.url}/sites/integration/_api`;
  });
  afterAll(async () => {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a property to every member, a server-relative value on the host the client called', async () => {
    const light = await json(await call(api, department32, "/web/GetStorageEntity('IntegrationsplanungSiteUrl')"));
    expect(light).toMatchObject({ Value: `${emulator.url}/sites/integration`, Comment: null, Description: null, 'odata.type': 'Microsoft.SharePoint.ClientSideComponent.StorageEntity' });
    expect(light['odata.metadata']).toContain('$metadata#SP.ApiData.StorageEntitys/@Element');
    const viaLocalhost = await json(await call(api, coordinator, emulator.url.replace('127.0.0.1', 'localhost') + "/sites/integration/_api/web/getstorageentity('IntegrationsplanungSiteUrl')"));
    expect(viaLocalhost.Value).toBe(emulator.url.replace('127.0.0.1', 'localhost') + '/sites/integration');
    const bare = await json(await call(api, coordinator, "/web/GetStorageEntity('AnalyticsId')", { accept: 'application/json;odata=nometadata' }));
    expect(bare).toEqual({ Comment: "O'Brien's", Description: 'Web analytics', Value: 'https://contoso.sharepoint.com/sites/other' });
  });

  it('answers OData null for a key nobody set, as SharePoint does, and refuses writes through this call', async () => {
    const missing = await call(api, coordinator, "/web/GetStorageEntity('Nope')");
    expect(missing.status).toBe(200);
    expect(await json(missing)).toEqual({ 'odata.null': true });
    const verbose = await json(await call(api, coordinator, "/web/GetStorageEntity('Nope')", { accept: 'application/json;odata=verbose' }));
    expect(verbose).toEqual({ d: { GetStorageEntity: null } });
    const posted = await call(api, coordinator, "/web/GetStorageEntity('IntegrationsplanungSiteUrl')", { method: 'POST', body: {} });
    expect(posted.status).toBe(405);
  });

  it('has no tenant property unless started with one', async () => {
    const plain = await startFixtureEmulator();
    try {
      expect(await json(await call(plain.api, coordinator, "/web/GetStorageEntity('IntegrationsplanungSiteUrl')"))).toEqual({ 'odata.null': true });
    } finally {
      await plain.close();
    }
  });

  it('reads Key=Value from the command line', () => {
    expect(parseTenantProperty('IntegrationsplanungSiteUrl=https://contoso.sharepoint.com/sites/ip?a=b')).toEqual(['IntegrationsplanungSiteUrl', { value: 'https://contoso.sharepoint.com/sites/ip?a=b' }]);
    expect(() => parseTenantProperty('=value')).toThrow('Key=Value');
    expect(() => parseTenantProperty('novalue')).toThrow('Key=Value');
  });
});
