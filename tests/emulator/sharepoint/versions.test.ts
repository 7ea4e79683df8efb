import { call, coordinator, department50, json, startFixtureEmulator, type Emulator } from './support/harness';

const list = "/web/lists/getbytitle('Ma%C3%9Fnahmen')";

/** Item versions (`items(id)/versions`): every change stays readable with who made it and when. */
describe('SharePoint item versions', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startFixtureEmulator();
  });
  afterEach(() => emulator.close());

  const merge = (login: string, id: number, body: unknown) =>
    call(emulator.api, login, `${list}/items(${id})`, { body, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' } });

  it('lists versions newest first with labels, ids, editors and the values of each version', async () => {
    expect((await merge(department50, 1, { MeasureStatus: 'in Umsetzung' })).status).toBe(204);
    expect((await merge(coordinator, 1, { MeasureStatus: 'umgesetzt', Title: 'Sprachkurse für Eltern und Kinder' })).status).toBe(204);

    const response = await call(emulator.api, department50, `${list}/items(1)/versions`);
    expect(response.status).toBe(200);
    const versions = (await json(response)).value as Array<Record<string, any>>;
    expect(versions.map((version) => [version.VersionLabel, version.VersionId, version.IsCurrentVersion, version.MeasureStatus])).toEqual([
      ['3.0', 1536, true, 'umgesetzt'],
      ['2.0', 1024, false, 'in Umsetzung'],
      ['1.0', 512, false, 'geplant']
    ]);
    expect(versions.map((version) => version.Editor.LookupValue)).toEqual(['Büro für Integration', 'Anna Schmidt', 'Büro für Integration']);
    expect(versions[0].Title).toBe('Sprachkurse für Eltern und Kinder');
    expect(versions[1].Title).toBe('Sprachkurse für Eltern');
    // Lookups carry id and shown value; person columns id, name and mail.
    expect(versions[2].LeadDepartment).toEqual({ LookupId: 1, LookupValue: 'Jugend, Schule und Sport' });
    expect(versions[2].Contact).toMatchObject({ LookupValue: 'Anna Schmidt', Email: department50 });
    expect(versions[2].OData__UIVersionString).toBe('1.0');
    expect(Date.parse(versions[0].Created)).toBeGreaterThanOrEqual(Date.parse(versions[2].Created));
  });

  it('answers one version by its id, also through the list id form', async () => {
    await merge(coordinator, 1, { MeasureStatus: 'in Umsetzung' });
    const listInfo = await json(await call(emulator.api, coordinator, `${list}?$select=Id`));
    const byId = await call(emulator.api, coordinator, `/web/lists(guid'${listInfo.Id}')/items(1)/versions(512)`);
    expect(byId.status).toBe(200);
    expect(await json(byId)).toMatchObject({ VersionLabel: '1.0', IsCurrentVersion: false, MeasureStatus: 'geplant' });
    const verbose = await json(await call(emulator.api, coordinator, `${list}/items(1)/versions(1024)`, { accept: 'application/json;odata=verbose' }));
    expect(verbose.d.__metadata.type).toBe('SP.ListItemVersion');
    expect((await call(emulator.api, coordinator, `${list}/items(1)/versions(2048)`)).status).toBe(404);
  });

  it('keeps versions read-only', async () => {
    await merge(coordinator, 1, { MeasureStatus: 'in Umsetzung' });
    expect((await call(emulator.api, coordinator, `${list}/items(1)/versions(512)`, { method: 'DELETE' })).status).toBe(405);
    expect((await call(emulator.api, coordinator, `${list}/items(1)/versions`, { body: { MeasureStatus: 'x' } })).status).toBe(405);
  });

  it('hides the versions of items the caller cannot read, like the items themselves', async () => {
    await merge(coordinator, 5, { MeasureStatus: 'umgesetzt' });
    const item = await call(emulator.api, department50, `${list}/items(5)`);
    const versions = await call(emulator.api, department50, `${list}/items(5)/versions`);
    expect(item.status).toBe(404);
    expect(versions.status).toBe(404);
    expect((await call(emulator.api, coordinator, `${list}/items(5)/versions`)).status).toBe(200);
  });
});
