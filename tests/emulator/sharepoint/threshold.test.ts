import { call, coordinator, department32, json, largeMeasureCount, startFixtureEmulator, type Emulator } from './support/harness';

const items = "/web/lists/getbytitle('Ma%C3%9Fnahmen')/items";

describe('large lists: paging and the list view threshold', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startFixtureEmulator('large');
  });
  afterAll(() => emulator.close());

  it('pages past 5,000 items by ID with $skiptoken', async () => {
    const ids: number[] = [];
    let next: string | undefined = `${emulator.api}${items}?$select=Id&$top=5000`;
    let pages = 0;
    for (; next && pages < 5; pages += 1) {
      const body: { value: Array<{ Id: number }>; 'odata.nextLink'?: string } = await json(await call(emulator.api, coordinator, next));
      ids.push(...body.value.map((item) => item.Id));
      next = body['odata.nextLink'];
    }
    expect(pages).toBe(2);
    // Items plus the three folders.
    expect(ids).toHaveLength(largeMeasureCount + 3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('caps $top at 5,000 and defaults to 100', async () => {
    expect((await json(await call(emulator.api, coordinator, `${items}?$select=Id&$top=6000`))).value).toHaveLength(5000);
    expect((await json(await call(emulator.api, coordinator, `${items}?$select=Id`))).value).toHaveLength(100);
  });

  it('refuses non-indexed filters and sorts, and indexed filters matching more than 5,000 items', async () => {
    for (const query of [`$filter=${encodeURIComponent('TargetYear eq 2001')}`, '$orderby=Title', `$filter=${encodeURIComponent('LeadDepartmentId gt 0')}`]) {
      const response = await call(emulator.api, coordinator, `${items}?$select=Id&${query}`);
      expect({ query, status: response.status }).toEqual({ query, status: 500 });
      expect((await json(response))['odata.error']).toEqual({
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
      });
    }
  });

  it('answers filters on indexed columns that narrow below the threshold', async () => {
    const byKey = await call(emulator.api, coordinator, `${items}?$select=Id,Title&$filter=${encodeURIComponent("ImportKey eq 'L-42'")}`);
    expect(byKey.status).toBe(200);
    expect((await json(byKey)).value).toEqual([expect.objectContaining({ Title: 'Maßnahme 42' })]);
    // An indexed condition narrowing the list lets a non-indexed one run on the rest.
    const combined = await call(emulator.api, coordinator, `${items}?$select=Id&$filter=${encodeURIComponent("LeadDepartmentId eq 2 and TargetYear eq 2001")}&$top=5000`);
    expect(combined.status).toBe(200);
    expect((await json(combined)).value.length).toBeGreaterThan(0);
  });

  it('trims per department folder on large lists too', async () => {
    const body = await json(await call(emulator.api, department32, `${items}?$select=Id&$filter=${encodeURIComponent("ImportKey eq 'M-5'")}`));
    expect(body.value).toEqual([]);
  });
});
