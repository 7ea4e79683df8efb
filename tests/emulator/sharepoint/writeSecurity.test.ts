import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
import { call, coordinator, department32, department50, fixtureSchemaDir, fixtureSeed, json } from './support/harness';

/**
 * Item-level write security (`WriteSecurity` on a list schema's <List>): with 2 ("Create items and
 * edit items that were created by the user") a user without ManageLists changes only their own
 * items, whatever their permission level says; the office (Full Control) changes every item.
 */
describe('SharePoint WriteSecurity', () => {
  const notes = "/web/lists/getbytitle('Notizen')";
  let emulator: { api: string; close(): Promise<void> };
  let dirs: string[] = [];

  beforeEach(async () => {
    const schemaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-schema-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-emulator-'));
    dirs = [schemaDir, dataDir];
    // The fixture's lists plus one list whose schema asks for item-level write security.
    const elements = fs.readFileSync(path.join(fixtureSchemaDir, 'elements.xml'), 'utf8');
    fs.writeFileSync(
      path.join(schemaDir, 'elements.xml'),
      elements.replace('</Elements>', '  <ListInstance Title="Notizen" Url="Lists/Notes" TemplateType="100" CustomSchema="schema-Notes.xml" FeatureId="00bfea71-de22-43b2-a848-c05709900100" />\n</Elements>')
    );
    fs.writeFileSync(
      path.join(schemaDir, 'schema-Notes.xml'),
      `<?xml version="1.0" encoding="utf-8"?>
<List xmlns="http://schemas.microsoft.com/sharepoint/" Title="Notizen" Url="Lists/Notes" BaseType="0" FolderCreation="TRUE" WriteSecurity="2">
  <MetaData><Fields><Field ID="{0c7d6c8e-3b7e-4d3c-9a61-5d0d1f3b2a11}" Type="Note" Name="NoteText" StaticName="NoteText" DisplayName="Text" /></Fields></MetaData>
</List>`
    );
    const running = await startEmulator({
      port: 0,
      dataDir,
      schemaDir,
      seedBuilder: (name) => {
        const seed = fixtureSeed(name);
        // Both departments may contribute to the list; only WriteSecurity keeps them apart.
        return {
          ...seed,
          folders: [
            ...seed.folders,
            {
              list: 'Notes',
              name: 'alle',
              roleAssignments: [
                { group: 'Integrationsplanung Besitzer', role: 'Full Control' },
                { group: 'Integrationsplanung Mitglieder', role: 'Contribute' }
              ]
            }
          ]
        };
      }
    });
    emulator = { api: `${running.url}/sites/integration/_api`, close: () => running.close() };
  });

  afterEach(async () => {
    await emulator.close();
    dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  });

  async function addNote(login: string, text: string): Promise<number> {
    const response = await call(emulator.api, login, `${notes}/AddValidateUpdateItemUsingPath()`, {
      body: {
        listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/integration/Lists/Notes/alle' }, UnderlyingObjectType: 0 },
        formValues: [
          { FieldName: 'Title', FieldValue: text },
          { FieldName: 'NoteText', FieldValue: text }
        ]
      }
    });
    expect(response.status).toBe(200);
    const results = (await json(response)).value as Array<{ FieldName: string; FieldValue: string; HasException: boolean }>;
    expect(results.filter((result) => result.HasException)).toEqual([]);
    return Number(results.find((result) => result.FieldName === 'Id')!.FieldValue);
  }

  const merge = (login: string, id: number, text: string) => call(emulator.api, login, `${notes}/items(${id})`, { body: { NoteText: text }, headers: { 'X-HTTP-Method': 'MERGE', 'If-Match': '*' } });
  const textOf = async (id: number): Promise<string> => (await json(await call(emulator.api, coordinator, `${notes}/items(${id})?$select=NoteText`))).NoteText;

  it('answers the setting as the list property WriteSecurity (1 where the schema sets none)', async () => {
    expect((await json(await call(emulator.api, coordinator, `${notes}?$select=WriteSecurity`))).WriteSecurity).toBe(2);
    expect((await json(await call(emulator.api, coordinator, "/web/lists/getbytitle('Ma%C3%9Fnahmen')?$select=WriteSecurity"))).WriteSecurity).toBe(1);
  });

  it("lets a contributor change and delete only their own items: another's gets 403 and stays as it was", async () => {
    const own = await addNote(department50, 'Von Anna');
    const office = await addNote(coordinator, 'Vom Büro');

    expect((await merge(department50, own, 'Von Anna, geändert')).status).toBe(204);
    expect(await textOf(own)).toBe('Von Anna, geändert');

    const refused = await merge(department50, office, 'Überschrieben von Anna');
    expect(refused.status).toBe(403);
    expect((await json(refused))['odata.error'].message.value).toBe('Access denied. You do not have permission to perform this action or access this resource.');
    expect((await call(emulator.api, department50, `${notes}/items(${office})`, { method: 'DELETE', headers: { 'If-Match': '*' } })).status).toBe(403);
    expect((await call(emulator.api, department50, `${notes}/items(${office})/recycle()`, { method: 'POST' })).status).toBe(403);
    expect((await call(emulator.api, department32, `${notes}/items(${own})/recycle()`, { method: 'POST' })).status).toBe(403);
    expect(await textOf(office)).toBe('Vom Büro');
    expect(await textOf(own)).toBe('Von Anna, geändert');

    // Reading is not restricted (that would be ReadSecurity), and the author may recycle their own.
    expect((await call(emulator.api, department32, `${notes}/items(${own})`)).status).toBe(200);
    expect((await call(emulator.api, department50, `${notes}/items(${own})/recycle()`, { method: 'POST' })).status).toBe(200);
    expect((await call(emulator.api, coordinator, `${notes}/items(${own})`)).status).toBe(404);
  });

  it('lets a user with ManageLists (the office, Full Control) change and recycle anyone’s items', async () => {
    const own = await addNote(department50, 'Von Anna');
    expect((await merge(coordinator, own, 'Vom Büro korrigiert')).status).toBe(204);
    expect(await textOf(own)).toBe('Vom Büro korrigiert');
    expect((await call(emulator.api, coordinator, `${notes}/items(${own})/recycle()`, { method: 'POST' })).status).toBe(200);
  });
});
