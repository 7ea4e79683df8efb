import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
import { call, coordinator, department50, fixtureSchemaDir, fixtureSeed, json, startFixtureEmulator, type Emulator } from './support/harness';

const measures = "/web/lists/getbytitle('Ma%C3%9Fnahmen')";
const departments = "/web/lists/getbytitle('Fachbereiche')";
const pdf = Buffer.from('%PDF-1.7\n% Protokoll\n', 'latin1');

/**
 * List item attachments as SharePoint's REST reference documents them (`AttachmentFiles`):
 * add with the raw content, list, read one and its `$value`, delete; every change needs the right
 * to edit the item and gives it a new version.
 */
describe('SharePoint list item attachments', () => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startFixtureEmulator();
  });
  afterEach(() => emulator.close());

  const add = (login: string, list: string, id: number, name: string, content: Buffer = pdf) =>
    call(emulator.api, login, `${list}/items(${id})/AttachmentFiles/add(FileName='${encodeURIComponent(name.replace(/'/g, "''"))}')`, { body: content, headers: { 'Content-Type': 'application/octet-stream' } });
  const etag = async (login: string, list: string, id: number): Promise<string> => (await call(emulator.api, login, `${list}/items(${id})?$select=Id`)).headers.get('etag')!;

  it('adds a file, lists it with its server-relative URL, answers its content and marks the item as having attachments', async () => {
    const before = await etag(coordinator, departments, 1);
    const added = await add(coordinator, departments, 1, 'Protokoll Sitzung.pdf');
    expect(added.status).toBe(200);
    expect(await json(added)).toMatchObject({ FileName: 'Protokoll Sitzung.pdf', ServerRelativeUrl: '/sites/integration/Lists/Departments/Attachments/1/Protokoll Sitzung.pdf' });
    expect(await etag(coordinator, departments, 1)).not.toBe(before);

    const listed = await json(await call(emulator.api, department50, `${departments}/items(1)/AttachmentFiles`));
    expect(listed.value.map((file: { FileName: string }) => file.FileName)).toEqual(['Protokoll Sitzung.pdf']);
    const verbose = await json(await call(emulator.api, coordinator, `${departments}/items(1)/AttachmentFiles('Protokoll%20Sitzung.pdf')`, { accept: 'application/json;odata=verbose' }));
    expect(verbose.d.__metadata.type).toBe('SP.Attachment');
    expect(verbose.d.ServerRelativePath.DecodedUrl).toBe('/sites/integration/Lists/Departments/Attachments/1/Protokoll Sitzung.pdf');

    const content = await call(emulator.api, department50, `${departments}/items(1)/AttachmentFiles/getByFileName('Protokoll%20Sitzung.pdf')/$value`);
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toContain('application/pdf');
    expect(Buffer.from(await content.arrayBuffer())).toEqual(pdf);
    expect((await json(await call(emulator.api, coordinator, `${departments}/items(1)?$select=Attachments`))).Attachments).toBe(true);
    expect((await json(await call(emulator.api, coordinator, `${departments}/items(2)?$select=Attachments`))).Attachments).toBe(false);
  });

  it('refuses a second file of the same name (case-insensitive), an invalid name, and a missing file (404)', async () => {
    expect((await add(coordinator, departments, 1, 'protokoll.pdf')).status).toBe(200);
    const twice = await add(coordinator, departments, 1, 'PROTOKOLL.pdf', Buffer.from('anders'));
    expect(twice.status).toBe(400);
    expect(JSON.stringify(await json(twice))).toContain('already exists');
    expect((await add(coordinator, departments, 1, 'a:b.pdf')).status).toBe(400);
    expect((await call(emulator.api, coordinator, `${departments}/items(1)/AttachmentFiles('fehlt.pdf')/$value`)).status).toBe(404);
    const content = await call(emulator.api, coordinator, `${departments}/items(1)/AttachmentFiles('protokoll.pdf')/$value`);
    expect(Buffer.from(await content.arrayBuffer())).toEqual(pdf);
  });

  it('deletes a file with the current version, refuses a stale one (412) and keeps the file then', async () => {
    await add(coordinator, departments, 1, 'alt.pdf');
    const current = await etag(coordinator, departments, 1);
    const stale = await call(emulator.api, coordinator, `${departments}/items(1)/AttachmentFiles('alt.pdf')`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '"1"' } });
    expect(stale.status).toBe(412);
    const removed = await call(emulator.api, coordinator, `${departments}/items(1)/AttachmentFiles('alt.pdf')`, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': current } });
    expect(removed.status).toBe(204);
    expect((await json(await call(emulator.api, coordinator, `${departments}/items(1)/AttachmentFiles`))).value).toEqual([]);
    expect((await json(await call(emulator.api, coordinator, `${departments}/items(1)?$select=Attachments`))).Attachments).toBe(false);
  });

  it('lets only those who may edit the item attach or delete (403), and hides the files of items the caller cannot see (404)', async () => {
    await add(coordinator, departments, 1, 'buero.pdf');
    expect((await add(department50, departments, 1, 'fachbereich.pdf')).status).toBe(403);
    const removal = await call(emulator.api, department50, `${departments}/items(1)/AttachmentFiles('buero.pdf')`, { method: 'DELETE', headers: { 'IF-Match': '*' } });
    expect(removal.status).toBe(403);
    expect((await json(await call(emulator.api, coordinator, `${departments}/items(1)/AttachmentFiles`))).value.map((file: { FileName: string }) => file.FileName)).toEqual(['buero.pdf']);
    // Measure 1 lies in department 50's folder (Contribute), measure 5 in the office's own folder.
    expect((await add(department50, measures, 1, 'eigene.pdf')).status).toBe(200);
    expect((await call(emulator.api, department50, `${measures}/items(5)/AttachmentFiles`)).status).toBe(404);
  });

  it('keeps attachments through a restart of the emulator and versions the change', async () => {
    await add(coordinator, departments, 2, 'bleibt.pdf');
    const versions = await json(await call(emulator.api, coordinator, `${departments}/items(2)/versions`));
    expect(versions.value.map((version: { VersionLabel: string }) => version.VersionLabel)).toEqual(['2.0', '1.0']);
  });
});

describe('SharePoint list item attachments after a restart', () => {
  it('keeps the file and its content', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-attachments-'));
    try {
      const start = () => startEmulator({ port: 0, dataDir, seed: 'demo', schemaDir: fixtureSchemaDir, seedBuilder: fixtureSeed });
      const first = await start();
      const api = `${first.url}/sites/integration/_api`;
      const added = await call(api, coordinator, `${departments}/items(2)/AttachmentFiles/add(FileName='bleibt.pdf')`, { body: pdf, headers: { 'Content-Type': 'application/octet-stream' } });
      expect(added.status).toBe(200);
      await first.close();
      const second = await start();
      try {
        const content = await call(`${second.url}/sites/integration/_api`, coordinator, `${departments}/items(2)/AttachmentFiles('bleibt.pdf')/$value`);
        expect(content.status).toBe(200);
        expect(Buffer.from(await content.arrayBuffer())).toEqual(pdf);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
