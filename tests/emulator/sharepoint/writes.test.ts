import { call, coordinator, department32, department50, json, startFixtureEmulator, type Emulator } from './support/harness';

const list = "/web/lists/getbytitle('Ma%C3%9Fnahmen')";

describe('SharePoint REST writes', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startFixtureEmulator();
  });
  afterEach(() => emulator.close());

  const read = async (id: number, login = coordinator) => json(await call(emulator.api, login, `${list}/items(${id})`));

  it('creates an item from plain JSON with ids for lookups and persons', async () => {
    const me = await json(await call(emulator.api, department50, '/web/currentuser'));
    const response = await call(emulator.api, coordinator, `${list}/items`, {
      body: { Title: 'Neue Maßnahme', LeadDepartmentId: 2, InvolvedDepartmentsId: [1, 2], ContactId: me.Id, TargetYear: '2024', IsPriority: false, DueDate: '2024-06-30T00:00:00Z' }
    });
    expect(response.status).toBe(201);
    const created = await json(response);
    expect(created).toMatchObject({ Id: 9, Title: 'Neue Maßnahme', LeadDepartmentId: 2, InvolvedDepartmentsId: [1, 2], ContactId: me.Id, TargetYear: 2024, 'odata.etag': '"1"' });
    const coordinatorUser = await json(await call(emulator.api, coordinator, '/web/currentuser'));
    expect(created.AuthorId).toBe(coordinatorUser.Id);
    expect((await read(9)).Title).toBe('Neue Maßnahme');
  });

  it('refuses unknown properties and lookups written by name', async () => {
    for (const body of [{ Title: 'x', Nope: 1 }, { Title: 'x', LeadDepartment: 2 }]) {
      const response = await call(emulator.api, coordinator, `${list}/items`, { body });
      expect(response.status).toBe(400);
      expect((await json(response))['odata.error'].message.value).toContain('does not exist on type');
    }
  });

  it('updates with MERGE and If-Match; a stale ETag gets 412, * overwrites', async () => {
    const merge = (etag: string, body: unknown) => call(emulator.api, coordinator, `${list}/items(1)`, { body, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': etag } });
    const first = await merge('"1"', { Title: 'Erste Änderung' });
    expect(first.status).toBe(204);
    expect(first.headers.get('etag')).toBe('"2"');

    const stale = await merge('"1"', { Title: 'Verlorene Änderung' });
    expect(stale.status).toBe(412);
    expect((await json(stale))['odata.error']).toMatchObject({
      code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
      message: { value: 'The request ETag value \'"1"\' does not match the object\'s ETag value \'"2"\'.' }
    });
    expect((await read(1)).Title).toBe('Erste Änderung');

    const forced = await merge('*', { Title: 'Überschrieben' });
    expect(forced.headers.get('etag')).toBe('"3"');
    const patched = await call(emulator.api, coordinator, `${list}/items(1)`, { method: 'PATCH', body: { TargetYear: 2030 }, headers: { 'If-Match': '"3"' } });
    expect(patched.status).toBe(204);
    const item = await read(1);
    expect(item).toMatchObject({ Title: 'Überschrieben', TargetYear: 2030, OData__UIVersionString: '4.0', 'odata.etag': '"4"' });
    // Columns not sent stay as they were (MERGE semantics).
    expect(item.InvolvedDepartmentsId).toEqual([1, 2]);
  });

  it('deletes with DELETE or X-HTTP-Method: DELETE, and recycles', async () => {
    expect((await call(emulator.api, coordinator, `${list}/items(1)`, { method: 'DELETE', headers: { 'If-Match': '*' } })).status).toBe(204);
    expect((await call(emulator.api, coordinator, `${list}/items(2)`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'If-Match': '"1"' } })).status).toBe(204);
    const recycled = await call(emulator.api, coordinator, `${list}/items(3)/recycle()`, { method: 'POST' });
    expect(recycled.status).toBe(200);
    expect((await json(recycled)).value).toMatch(/^[0-9a-f-]{36}$/);
    for (const id of [1, 2, 3]) {
      const gone = await call(emulator.api, coordinator, `${list}/items(${id})`);
      expect(gone.status).toBe(404);
      expect((await json(gone))['odata.error'].message.value).toBe('Item does not exist. It may have been deleted by another user.');
    }
    // IDs are not reused after deletes.
    expect((await json(await call(emulator.api, coordinator, `${list}/items`, { body: { Title: 'danach' } }))).Id).toBe(9);
  });

  it('enforces unique values on create and update', async () => {
    const duplicate = await call(emulator.api, coordinator, `${list}/items`, { body: { Title: 'Doppelt', ImportKey: 'm-1' } });
    expect(duplicate.status).toBe(400);
    expect((await json(duplicate))['odata.error'].code).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    const update = await call(emulator.api, coordinator, `${list}/items(2)`, { body: { ImportKey: 'M-1' }, headers: { 'X-HTTP-Method': 'MERGE' } });
    expect(update.status).toBe(400);
    expect((await read(2)).ImportKey).toBe('M-2');
    // Writing an item's own value again is no conflict.
    expect((await call(emulator.api, coordinator, `${list}/items(1)`, { body: { ImportKey: 'M-1' }, headers: { 'X-HTTP-Method': 'MERGE' } })).status).toBe(204);
  });

  it("refuses a department writing into another department's folder with 403, changing nothing", async () => {
    const before = await read(3);
    const update = await call(emulator.api, department50, `${list}/items(3)`, { body: { Title: 'Fremd geändert' }, headers: { 'X-HTTP-Method': 'MERGE', 'If-Match': '*' } });
    expect(update.status).toBe(403);
    expect(await json(update)).toEqual({
      'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' } }
    });
    const verbose = await call(emulator.api, department50, `${list}/items(3)`, { method: 'DELETE', accept: 'application/json;odata=verbose' });
    expect(verbose.status).toBe(403);
    expect((await json(verbose)).error.code).toBe('-2147024891, System.UnauthorizedAccessException');
    const add = await call(emulator.api, department50, `${list}/AddValidateUpdateItemUsingPath()`, {
      body: { listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/integration/Lists/Measures/32' }, UnderlyingObjectType: 0 }, formValues: [{ FieldName: 'Title', FieldValue: 'Eingeschleust' }], bNewDocumentUpdate: false }
    });
    expect(add.status).toBe(403);
    expect(await read(3)).toEqual(before);
    const count = (await json(await call(emulator.api, coordinator, `${list}?$select=ItemCount`))).ItemCount;
    expect(count).toBe(8);
    // Departments only read the web: lists outside their folders are read-only for them.
    expect((await call(emulator.api, department50, `${list}/items`, { body: { Title: 'Wurzel' } })).status).toBe(403);
  });

  it('adds items into a department folder with AddValidateUpdateItemUsingPath; they inherit its permissions', async () => {
    const response = await call(emulator.api, department50, `${list}/AddValidateUpdateItemUsingPath()`, {
      body: {
        listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/integration/Lists/Measures/50' }, UnderlyingObjectType: 0 },
        formValues: [
          { FieldName: 'Title', FieldValue: 'Vom Fachbereich' },
          { FieldName: 'TargetYear', FieldValue: '2025' },
          { FieldName: 'LeadDepartment', FieldValue: '1' },
          { FieldName: 'MeasureStatus', FieldValue: 'geplant' }
        ],
        bNewDocumentUpdate: false
      }
    });
    expect(response.status).toBe(200);
    const results = (await json(response)).value as Array<{ FieldName: string; FieldValue: string; HasException: boolean }>;
    expect(results.every((result) => !result.HasException)).toBe(true);
    const id = Number(results.find((result) => result.FieldName === 'Id')!.FieldValue);
    const created = await json(await call(emulator.api, coordinator, `${list}/items(${id})?$select=Title,TargetYear,LeadDepartmentId,FileDirRef`));
    expect(created).toMatchObject({ Title: 'Vom Fachbereich', TargetYear: 2025, LeadDepartmentId: 1, FileDirRef: '/sites/integration/Lists/Measures/50' });
    // The other department reads it (members have Read) but cannot change it.
    expect((await call(emulator.api, department32, `${list}/items(${id})`)).status).toBe(200);
    expect((await call(emulator.api, department32, `${list}/items(${id})`, { method: 'DELETE' })).status).toBe(403);

    const invalid = await call(emulator.api, department50, `${list}/AddValidateUpdateItemUsingPath()`, {
      body: { listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/integration/Lists/Measures/50' } }, formValues: [{ FieldName: 'Title', FieldValue: 'x' }, { FieldName: 'TargetYear', FieldValue: 'zwanzig' }] }
    });
    const invalidResults = (await json(invalid)).value as Array<{ FieldName: string; HasException: boolean; ErrorMessage: string }>;
    expect(invalid.status).toBe(200);
    expect(invalidResults.find((result) => result.FieldName === 'TargetYear')).toMatchObject({ HasException: true });
    expect((await json(await call(emulator.api, coordinator, `${list}?$select=ItemCount`))).ItemCount).toBe(9);
  });

  it('creates folders, breaks inheritance and assigns roles', async () => {
    const folder = await call(emulator.api, coordinator, `${list}/rootFolder/folders/addUsingPath(DecodedUrl='60',overwrite=false)`, { method: 'POST' });
    expect(folder.status).toBe(200);
    expect(await json(folder)).toMatchObject({ Name: '60', ServerRelativeUrl: '/sites/integration/Lists/Measures/60' });
    const folderPath = "/web/getFolderByServerRelativePath(decodedurl='/sites/integration/Lists/Measures/60')";
    const item = await json(await call(emulator.api, coordinator, `${folderPath}/listItemAllFields?$select=Id,HasUniqueRoleAssignments`));
    expect(item).toMatchObject({ Id: 9, HasUniqueRoleAssignments: false });
    expect((await call(emulator.api, coordinator, `${list}/items(9)/breakroleinheritance(copyroleassignments=false, clearsubscopes=true)`, { method: 'POST' })).status).toBe(204);
    const group = await json(await call(emulator.api, coordinator, "/web/sitegroups/getbyname('FB 32 Mitglieder')"));
    const assign = await call(emulator.api, coordinator, `${list}/items(9)/roleassignments/addroleassignment(principalid=${group.Id}, roledefid=1073741827)`, { method: 'POST' });
    expect(assign.status).toBe(204);
    expect((await json(await call(emulator.api, coordinator, `${list}/items(9)/HasUniqueRoleAssignments`))).value).toBe(true);

    const inFolder = (login: string) =>
      call(emulator.api, login, `${list}/AddValidateUpdateItemUsingPath()`, {
        body: { listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/integration/Lists/Measures/60' } }, formValues: [{ FieldName: 'Title', FieldValue: `von ${login}` }] }
      });
    expect((await inFolder(department32)).status).toBe(200);
    expect((await inFolder(department50)).status).toBe(403);
    const perms = await json(await call(emulator.api, coordinator, `${list}/items(9)/getusereffectivepermissions(@user)?@user='${encodeURIComponent('i:0#.f|membership|' + department32)}'`));
    expect(perms).toMatchObject({ High: '432', Low: '1011028719' });
    const assignments = await json(await call(emulator.api, coordinator, `${list}/items(9)/roleassignments?$expand=Member,RoleDefinitionBindings`));
    expect(assignments.value.map((a: { Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> }) => `${a.Member.Title}:${a.RoleDefinitionBindings[0].Name}`).sort()).toEqual(['Büro für Integration:Full Control', 'FB 32 Mitglieder:Contribute']);
    // Departments cannot change permissions.
    expect((await call(emulator.api, department32, `${list}/items(9)/roleassignments/addroleassignment(principalid=${group.Id}, roledefid=1073741829)`, { method: 'POST' })).status).toBe(403);
  });

  it('adds a custom permission level that lets a department edit but neither add nor delete', async () => {
    // View (1), Edit (3), Open items (6), Open (17), Use remote APIs (38): no Add (2), no Delete (4).
    const low = 1 + 4 + 32 + 65536;
    const high = 32;
    const created = await call(emulator.api, coordinator, '/web/roledefinitions', {
      body: { BasePermissions: { High: String(high), Low: String(low) }, Name: 'Nur bearbeiten', Description: 'Test', Order: 300 }
    });
    expect(created.status).toBe(200);
    const level = await json(created);
    expect(level).toMatchObject({ Name: 'Nur bearbeiten', BasePermissions: { Low: String(low), High: String(high) } });
    expect((await json(await call(emulator.api, coordinator, "/web/roledefinitions/getbyname('Nur bearbeiten')?$select=Id"))).Id).toBe(level.Id);
    // A second level of the same name, or one from a department, is refused.
    expect((await call(emulator.api, coordinator, '/web/roledefinitions', { body: { BasePermissions: { High: '0', Low: '1' }, Name: 'Nur bearbeiten' } })).status).toBe(400);
    expect((await call(emulator.api, department50, '/web/roledefinitions', { body: { BasePermissions: { High: '0', Low: '1' }, Name: 'Eigenes' } })).status).toBe(403);

    const group = await json(await call(emulator.api, coordinator, "/web/sitegroups/getbyname('FB 50 Mitglieder')"));
    const folderItem = `${list}/items(6)`;
    expect((await call(emulator.api, coordinator, `${folderItem}/roleassignments/removeroleassignment(principalid=${group.Id}, roledefid=1073741827)`, { method: 'POST' })).status).toBe(204);
    expect((await call(emulator.api, coordinator, `${folderItem}/roleassignments/addroleassignment(principalid=${group.Id}, roledefid=${level.Id})`, { method: 'POST' })).status).toBe(204);
    expect((await call(emulator.api, department50, `${list}/items(1)`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: { Title: 'Geändert' } })).status).toBe(204);
    expect((await call(emulator.api, department50, `${list}/items(1)`, { method: 'DELETE', headers: { 'IF-MATCH': '*' } })).status).toBe(403);
    const add = await call(emulator.api, department50, `${list}/AddValidateUpdateItemUsingPath()`, {
      body: { listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/integration/Lists/Measures/50' } }, formValues: [{ FieldName: 'Title', FieldValue: 'Neu' }] }
    });
    expect(add.status).toBe(403);
    expect((await json(await call(emulator.api, coordinator, `${list}/items(1)?$select=Title`))).Title).toBe('Geändert');
  });

  it('uploads and downloads report documents in the library', async () => {
    const content = Buffer.from('PK\u0003\u0004 Bericht 2024 – Inhalt', 'utf8');
    const upload = await call(emulator.api, coordinator, "/web/getFolderByServerRelativePath(decodedurl='/sites/integration/Berichte')/files/addUsingPath(decodedurl='Statusbericht 2024.docx',overwrite=true)", {
      method: 'POST',
      body: content,
      headers: { 'Content-Type': 'application/octet-stream' }
    });
    expect(upload.status).toBe(200);
    expect(await json(upload)).toMatchObject({ Name: 'Statusbericht 2024.docx', ServerRelativeUrl: '/sites/integration/Berichte/Statusbericht 2024.docx', Length: String(content.length) });
    const file = "/web/getFileByServerRelativePath(decodedurl='/sites/integration/Berichte/Statusbericht 2024.docx')";
    const download = await call(emulator.api, department50, `${file}/$value`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('wordprocessingml');
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
    const again = await call(emulator.api, coordinator, "/web/lists/getbytitle('Berichte')/rootFolder/files/addUsingPath(decodedurl='Statusbericht 2024.docx')", { method: 'POST', body: Buffer.from('x'), headers: { 'Content-Type': 'application/octet-stream' } });
    expect(again.status).toBe(400);
    const fields = await json(await call(emulator.api, coordinator, `${file}/listItemAllFields?$select=Id,FileLeafRef`));
    expect(fields).toMatchObject({ FileLeafRef: 'Statusbericht 2024.docx' });
    expect((await call(emulator.api, department50, "/web/lists/getbytitle('Berichte')/rootFolder/files/addUsingPath(decodedurl='x.docx')", { method: 'POST', body: Buffer.from('x'), headers: { 'Content-Type': 'application/octet-stream' } })).status).toBe(403);
  });

  it('refuses a malformed request digest header', async () => {
    const response = await call(emulator.api, coordinator, `${list}/items`, { body: { Title: 'x' }, headers: { 'X-RequestDigest': '' } });
    expect(response.status).toBe(403);
  });
});
