import { spfi, DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import { BearerToken, BrowserFetch, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import { coordinator, department50, startFixtureEmulator, type Emulator } from './support/harness';

/** The real PnPjs 4 client, unchanged, against the emulator. */
describe('PnPjs against the emulator', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startFixtureEmulator();
  });
  afterAll(() => emulator.close());

  const sp = (login: string) => spfi(`${emulator.url}/sites/integration`).using(DefaultHeaders(), DefaultInit(), BrowserFetch(), BearerToken(login), DefaultParse(), RequestDigest());

  it('reads, adds, updates with ETags and pages', async () => {
    const list = sp(coordinator).web.getList('/sites/integration/Lists/Measures');
    const items = await list.items.select('Id', 'Title', 'LeadDepartment/Title').expand('LeadDepartment').filter('FSObjType eq 0').orderBy('Id')();
    expect(items.map((item: { Title: string }) => item.Title)).toContain("O'Brien-Programm");
    expect(items[0].LeadDepartment.Title).toBe('Jugend, Schule und Sport');

    const added = await list.items.add({ Title: 'Über PnPjs', LeadDepartmentId: 1, ImportKey: 'PNP-1' });
    expect(added.Id).toBe(9);
    const updated = await list.items.getById(9).update({ Title: 'Über PnPjs geändert' }, added['odata.etag']);
    expect(updated.etag).toBe('"2"');
    await expect(list.items.getById(9).update({ Title: 'veraltet' }, added['odata.etag'])).rejects.toMatchObject({ status: 412 });

    const pages: number[] = [];
    for await (const page of list.items.select('Id').top(3)) {
      pages.push(page.length);
    }
    expect(pages).toEqual([3, 3, 3]);
  });

  it('batches writes and reports each outcome', async () => {
    const [batched, execute] = sp(coordinator).batched();
    const list = batched.web.getList('/sites/integration/Lists/Measures');
    const outcomes: string[] = [];
    list.items.add({ Title: 'B1', ImportKey: 'PNP-B1' }).then(() => outcomes.push('ok'), () => outcomes.push('failed'));
    list.items.add({ Title: 'B2', ImportKey: 'M-1' }).then(() => outcomes.push('ok'), () => outcomes.push('failed'));
    list.items.getById(2).update({ Title: 'B3' }).then(() => outcomes.push('ok'), () => outcomes.push('failed'));
    await execute();
    expect(outcomes.sort()).toEqual(['failed', 'ok', 'ok']);
    const check = await sp(coordinator).web.getList('/sites/integration/Lists/Measures').items.getById(2).select('Title')();
    expect(check.Title).toBe('B3');
  });

  it('adds into a folder and refuses other departments with 403', async () => {
    const list = sp(department50).web.getList('/sites/integration/Lists/Measures');
    const results = await list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Im Ordner 50' }], '/sites/integration/Lists/Measures/50');
    expect(results.find((result) => result.FieldName === 'Id')?.FieldValue).toMatch(/^\d+$/);
    await expect(list.addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'Im Ordner 32' }], '/sites/integration/Lists/Measures/32')).rejects.toMatchObject({ status: 403 });
  });

  it('uploads and downloads a file', async () => {
    const folder = sp(coordinator).web.getFolderByServerRelativePath('/sites/integration/Berichte');
    await folder.files.addUsingPath('Jahresbericht.docx', 'Inhalt des Berichts', { Overwrite: true });
    const text = await sp(department50).web.getFileByServerRelativePath('/sites/integration/Berichte/Jahresbericht.docx').getText();
    expect(text).toBe('Inhalt des Berichts');
  });
});
