import { coordinator, useTestEmulator } from './support/testEmulator';
import { ServiceError } from '../../src/http/serviceError';
import type { Department } from '../../src/domain';

/**
 * Opening and saving a department's workbook by its server-relative URL with the product's PnPjs
 * pipeline, as the workbench's Excel for the web does: the department's contact reads and saves
 * over the version read, a stale version is refused (412) and changes nothing, and a contact of
 * another department cannot even read it.
 */
describe('documents by server-relative URL (Excel for the web opening and saving the workbook)', () => {
  const emulator = useTestEmulator();
  const year = new Date().getFullYear() - 1;
  let own: Department;
  let other: Department;
  let url: string;

  beforeAll(async () => {
    const office = emulator.services(coordinator);
    [own, other] = await office.departments.departments();
    url = (await office.departmentWorkbooks.refresh({ department: own, year })).serverRelativeUrl;
  });

  it('reads the file with its name and version, saves over that version and refuses a stale one', async () => {
    const files = emulator.services(emulator.people.contactOf(own.number).login).files;
    const opened = await files.read(url);
    expect(opened).toMatchObject({ serverRelativeUrl: url, name: url.split('/').pop() });
    expect(opened.etag).toMatch(/^"\{[0-9A-F-]+\},\d+"$/);
    expect(Array.from(opened.content.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);

    const saved = new Uint8Array([...opened.content]);
    const etag = await files.replace(url, saved, opened.etag!);
    expect(etag).not.toBe(opened.etag);
    expect((await files.read(url)).etag).toBe(etag);

    const stale = await files.replace(url, new Uint8Array([1, 2, 3]), opened.etag!).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ServiceError);
    expect((stale as ServiceError).status).toBe(412);
    expect(Array.from((await files.read(url)).content)).toEqual(Array.from(saved));
  });

  it('does not open another department’s workbook, nor a file of another site', async () => {
    const stranger = emulator.services(emulator.people.contactOf(other.number).login).files;
    const denied = await stranger.read(url).catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(ServiceError);
    expect([403, 404]).toContain((denied as ServiceError).status);
    const elsewhere = await stranger.read('/sites/other/Dokumente/a.xlsx').catch((error: unknown) => error);
    expect((elsewhere as ServiceError).status).toBe(400);
  });
});
