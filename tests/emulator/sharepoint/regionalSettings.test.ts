import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../../local/emulator/server';
import type { SiteLocale } from '../../../local/emulator/sharepoint/regional';
import { call, coordinator, department50, fixtureSchemaDir, fixtureSeed, json } from './support/harness';

const list = "/web/lists/getbytitle('Ma%C3%9Fnahmen')";

describe.each<[SiteLocale | undefined, { localeId: number; decimal: string; thousand: string }]>([
  [undefined, { localeId: 1031, decimal: ',', thousand: '.' }],
  ['en-US', { localeId: 1033, decimal: '.', thousand: ',' }]
])('regional settings of a site started with locale %s', (siteLocale, expected) => {
  let emulator: RunningEmulator;
  let api: string;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-regional-'));
    emulator = await startEmulator({ port: 0, dataDir, seed: 'demo', schemaDir: fixtureSchemaDir, seedBuilder: fixtureSeed, siteLocale });
    api = `${emulator.url}/sites/integration/_api`;
  });
  afterAll(async () => {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /web/RegionalSettings with the locale and its separators, to every member', async () => {
    const settings = await json(await call(api, department50, '/web/RegionalSettings'));
    expect(settings).toMatchObject({ LocaleId: expected.localeId, DecimalSeparator: expected.decimal, ThousandSeparator: expected.thousand, NegativeSign: '-', TimeSeparator: ':' });
    expect(settings.TimeZone).toBeUndefined(); // deferred, as in SharePoint Online
    const selected = await json(await call(api, coordinator, '/web/regionalSettings?$select=DecimalSeparator'));
    expect(selected).toMatchObject({ DecimalSeparator: expected.decimal, 'odata.type': 'SP.RegionalSettings' });
    expect(selected.LocaleId).toBeUndefined();
    const verbose = await json(await call(api, coordinator, '/web/RegionalSettings', { accept: 'application/json;odata=verbose' }));
    expect(verbose.d.__metadata.type).toBe('SP.RegionalSettings');
    const zone = await json(await call(api, coordinator, '/web/RegionalSettings/TimeZone'));
    expect(zone).toMatchObject({ Id: expect.any(Number), Description: expect.stringContaining('UTC'), Information: { Bias: expect.any(Number) } });
  });

  it('refuses to change them over REST', async () => {
    expect((await call(api, coordinator, '/web/RegionalSettings', { body: { DecimalSeparator: ',' }, headers: { 'X-HTTP-Method': 'MERGE' } })).status).toBe(405);
  });

  it('parses number form values with the site separators, as SharePoint does', async () => {
    const written = async (text: string): Promise<{ stored?: number; failed: boolean }> => {
      const response = await call(api, department50, `${list}/AddValidateUpdateItemUsingPath()`, {
        body: {
          listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/integration/Lists/Measures/50' }, UnderlyingObjectType: 0 },
          formValues: [
            { FieldName: 'Title', FieldValue: `Zahl ${text}` },
            { FieldName: 'TargetYear', FieldValue: text },
            { FieldName: 'LeadDepartment', FieldValue: '1' }
          ]
        }
      });
      expect(response.status).toBe(200);
      const results = (await json(response)).value as Array<{ FieldName: string; FieldValue: string; HasException: boolean }>;
      if (results.some((result) => result.HasException)) {
        return { failed: true };
      }
      const id = Number(results.find((result) => result.FieldName === 'Id')!.FieldValue);
      return { stored: (await json(await call(api, coordinator, `${list}/items(${id})?$select=TargetYear`))).TargetYear, failed: false };
    };
    const d = expected.decimal;
    const t = expected.thousand;
    expect(await written(`3${d}5`)).toEqual({ stored: 3.5, failed: false });
    // The other separator groups digits: "3,5" on an en-US site is 35, not 3.5.
    expect(await written(`3${t}5`)).toEqual({ stored: 35, failed: false });
    expect(await written(`1${t}234${d}5`)).toEqual({ stored: 1234.5, failed: false });
    expect(await written(`-0${d}25`)).toEqual({ stored: -0.25, failed: false });
    expect(await written('2025')).toEqual({ stored: 2025, failed: false });
    expect(await written(`1${d}2${d}3`)).toEqual({ failed: true });
    expect(await written('drei')).toEqual({ failed: true });
  });
});
