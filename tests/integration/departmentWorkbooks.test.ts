import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { rawRest } from './support/rawRest';
import { departmentWorkbookFileName } from '../../src/domain/departmentWorkbook';
import { columnIndex } from '../../src/indicatorSheet/sheetLayout';
import { isWorkbookError, readIndicatorWorkbook } from '../../src/indicatorSheet/xlsxSheet';
import { hasAutoShowTaskpane } from '../../src/indicatorSheet/webExtensionParts';
import type { Department } from '../../src/domain';
import { loadSheetModel } from '../../src/app/indicatorEntry/sheetModelSource';

/**
 * The department workbooks in the local SharePoint: the office's refresh writes each department's
 * workbook with the task pane's parts into its folder of "Kennzahlenmappen"; a second refresh keeps
 * what a contact typed; the contact of the department reads and saves it, a contact of another
 * department cannot even read it (raw REST, as SharePoint answers).
 */

const thisYear = new Date().getFullYear();
/** The demo collects last year; the seed gives it a deadline. */
const openYear = thisYear - 1;
const artifacts = path.resolve(__dirname, '../../test-results/workbooks');

describe('department workbooks in the local SharePoint', () => {
  const emulator = useTestEmulator();
  const office = () => emulator.services(coordinator);
  let departments: Department[];
  let own: Department;
  let other: Department;

  const fileUrl = (department: Department): string => `/sites/integration/Kennzahlenmappen/${department.number}/${departmentWorkbookFileName(department.number, openYear)}`;
  const fileApi = (department: Department): string => `${emulator.siteUrl}/_api/web/GetFileByServerRelativePath(decodedurl='${encodeURIComponent(fileUrl(department))}')`;

  async function download(login: string, department: Department): Promise<{ status: number; bytes: Uint8Array; etag?: string }> {
    const response = await fetch(`${fileApi(department)}/$value`, { headers: { Authorization: `Bearer ${login}` } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const properties = response.ok ? ((await (await fetch(fileApi(department), { headers: { Authorization: `Bearer ${login}`, Accept: 'application/json' } })).json()) as { ETag?: string }) : {};
    return { status: response.status, bytes, ...(properties.ETag ? { etag: properties.ETag } : {}) };
  }

  async function upload(login: string, department: Department, bytes: Uint8Array, etag = '*'): Promise<number> {
    const response = await fetch(`${fileApi(department)}/$value`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${login}`, 'X-HTTP-Method': 'PUT', 'IF-Match': etag },
      body: Buffer.from(bytes)
    });
    return response.status;
  }

  /** What a contact does in Excel: types into the sheet and saves. */
  async function typeInto(bytes: Uint8Array, row: number, key: 'total' | 'comment', value: number | string): Promise<Uint8Array> {
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    workbook.worksheets[0].getRow(row + 1).getCell(columnIndex(key) + 1).value = value;
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  async function sheetOf(bytes: Uint8Array): Promise<ReturnType<typeof readIndicatorWorkbook> extends Promise<infer T> ? Exclude<T, { error: unknown }> : never> {
    const content = await readIndicatorWorkbook(bytes, 'x.xlsx');
    if (isWorkbookError(content)) throw new Error(content.error);
    return content;
  }

  beforeAll(async () => {
    departments = await office().departments.departments();
    // A department that still owes a value of the open year (the demo has submitted many), and another one.
    for (const department of departments) {
      const model = await loadSheetModel(office(), department.id, openYear);
      if (model.rows.some((row) => !row.stored)) {
        own = department;
        break;
      }
    }
    other = departments.find((department) => department.id !== own.id)!;
    // Nothing is there before the office's first refresh.
    expect(await office().departmentWorkbooks.find(own.number, openYear)).toBeUndefined();
  });

  it('creates the workbook in the department’s folder with the parts that open the task pane, and keeps one for review', async () => {
    const ref = await office().departmentWorkbooks.refresh({ department: own, year: openYear });
    expect(ref).toEqual({
      departmentNumber: own.number,
      year: openYear,
      serverRelativeUrl: fileUrl(own),
      openLink: `${new URL(emulator.siteUrl).origin}${fileUrl(own).split('/').map(encodeURIComponent).join('/')}?web=1`,
      created: true
    });
    const file = await download(coordinator, own);
    expect(file.status).toBe(200);
    expect(await hasAutoShowTaskpane(file.bytes)).toBe(true);
    const sheet = await sheetOf(file.bytes);
    // The year's deadline (seeded for the open demo year) heads this year's column.
    expect(String(sheet.values[0][columnIndex('total')])).toMatch(new RegExp(`^Gesamt ${openYear} \\(Abgabe bis \\d{2}\\.\\d{2}\\.\\d{4}\\)$`));
    expect(sheet.values.length).toBeGreaterThan(1);
    expect(await office().departmentWorkbooks.find(own.number, openYear)).toEqual({ ...ref, created: false });
    fs.mkdirSync(artifacts, { recursive: true });
    fs.writeFileSync(path.join(artifacts, `department-${own.number}-${openYear}.xlsx`), file.bytes);
  });

  it('keeps what the contact typed and saved when the office refreshes the workbook again', async () => {
    const contact = emulator.people.contactOf(own.number).login;
    const before = await download(contact, own);
    expect(before.status).toBe(200);
    const sheet = await sheetOf(before.bytes);
    const owedRow = sheet.values.findIndex((cells, index) => index > 0 && (cells[columnIndex('total')] === null || cells[columnIndex('total')] === ''));
    expect(owedRow).toBeGreaterThan(0);
    const typed = await typeInto(await typeInto(before.bytes, owedRow, 'total', 4321), owedRow, 'comment', 'noch nicht abgesendet');
    // The contact saves over the version read (as Excel does); the department may edit its file.
    expect(await upload(contact, own, typed, before.etag)).toBe(204);

    const again = await office().departmentWorkbooks.refresh({ department: own, year: openYear });
    expect(again.created).toBe(false);
    const after = await sheetOf((await download(coordinator, own)).bytes);
    const row = after.values.find((cells) => cells[columnIndex('indicatorId')] === sheet.values[owedRow][columnIndex('indicatorId')])!;
    expect(row[columnIndex('total')]).toBe(4321);
    expect(row[columnIndex('comment')]).toBe('noch nicht abgesendet');
    expect(await hasAutoShowTaskpane((await download(coordinator, own)).bytes)).toBe(true);
  });

  it('lets only the department and the office read and write it: a contact of another department gets 403 or 404 by raw REST', async () => {
    const stranger = emulator.people.contactOf(other.number).login;
    const contact = emulator.people.contactOf(own.number).login;
    const file = await download(contact, own);
    expect(file.status).toBe(200);
    // SharePoint hides a file in a folder the user cannot see: it answers as if it were not there.
    const read = await download(stranger, own);
    expect([403, 404]).toContain(read.status);
    expect(await upload(stranger, own, file.bytes)).toBeGreaterThanOrEqual(403);
    // Nor can the other department put a file into the folder.
    const add = await fetch(`${emulator.siteUrl}/_api/web/GetFolderByServerRelativePath(decodedurl='${encodeURIComponent(`/sites/integration/Kennzahlenmappen/${own.number}`)}')/files/AddUsingPath(decodedurl='fremd.xlsx',overwrite=true)`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${stranger}` },
      body: Buffer.from(file.bytes)
    });
    expect([403, 404]).toContain(add.status);
    // The department edits but does not delete its workbook; the office can do both.
    const remove = await fetch(fileApi(own), { method: 'POST', headers: { Authorization: `Bearer ${contact}`, 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' } });
    expect(remove.status).toBe(403);
    expect(await upload(contact, own, file.bytes, file.etag)).toBe(204);
    const officeCopy = await download(coordinator, own);
    expect(await upload(coordinator, own, officeCopy.bytes, officeCopy.etag)).toBe(204);
  });

  it('does not overwrite a save that happened between its read and its write: a stale version is refused', async () => {
    const contact = emulator.people.contactOf(own.number).login;
    const first = await download(contact, own);
    expect(await upload(contact, own, first.bytes, first.etag)).toBe(204);
    // The version read before that save is stale now.
    expect(await upload(coordinator, own, first.bytes, first.etag)).toBe(412);
  });

  it('refreshes all departments, each on its own, with progress', async () => {
    const progress: number[] = [];
    const result = await office().departmentWorkbooks.refreshAll(openYear, departments.slice(0, 3), (step) => progress.push(step.done));
    expect(result.failed).toEqual([]);
    expect(result.refreshed.map((ref) => ref.departmentNumber)).toEqual(departments.slice(0, 3).map((department) => department.number));
    expect(progress).toEqual([0, 1, 2, 3]);
    // A department contact cannot write another department's workbook: SharePoint refuses, and the failure is that department's.
    const contact = emulator.people.contactOf(own.number).login;
    const asContact = await emulator.services(contact).departmentWorkbooks.refreshAll(openYear, [other]);
    expect(asContact.refreshed).toEqual([]);
    expect(asContact.failed.map((failure) => failure.departmentNumber)).toEqual([other.number]);
  });

  it('lets the office set a year’s deadline (over the version read), and refuses a department contact’s by raw REST with 403', async () => {
    const nextYear = thisYear;
    const set = await office().reportingYears.setDeadline(nextYear, `${thisYear + 1}-03-31`);
    expect(set).toEqual(expect.objectContaining({ year: nextYear, isLocked: false, deadline: `${thisYear + 1}-03-31` }));
    const moved = await office().reportingYears.setDeadline(nextYear, `${thisYear + 1}-04-30`);
    expect(moved.id).toBe(set.id);
    expect(moved.deadline).toBe(`${thisYear + 1}-04-30`);
    await expect(office().reportingYears.setDeadline(nextYear, '2000-01-01')).rejects.toMatchObject({ status: 400 });
    const contact = emulator.people.contactOf(own.number).login;
    const list = `web/GetList('${encodeURIComponent('/sites/integration/Lists/ReportingYears')}')`;
    const change = await rawRest(emulator.siteUrl, contact, 'POST', `${list}/items(${set.id})`, { Deadline: `${thisYear + 2}-01-01T00:00:00Z` }, { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' });
    expect(change.status).toBe(403);
    const create = await rawRest(emulator.siteUrl, contact, 'POST', `${list}/items`, { Title: String(thisYear + 5), ReportingYear: thisYear + 5, Deadline: `${thisYear + 6}-01-01T00:00:00Z` });
    expect(create.status).toBe(403);
    expect((await office().reportingYears.yearOf(nextYear))?.deadline).toBe(`${thisYear + 1}-04-30`);
    await expect(emulator.services(contact).reportingYears.setDeadline(nextYear, `${thisYear + 1}-05-31`)).rejects.toMatchObject({ status: 403 });
  });

  it('stores one year item when the deadline’s create was stored but its answer was lost', async () => {
    const year = thisYear + 40;
    await emulator.injectFault({ path: 'ReportingYears.*/items$', count: 1, status: 500, afterProcessing: true });
    const saved = await office().reportingYears.setDeadline(year, `${thisYear + 41}-03-31`);
    expect(saved.deadline).toBe(`${thisYear + 41}-03-31`);
    expect((await office().reportingYears.years()).filter((candidate) => candidate.year === year)).toHaveLength(1);
  });

  it('reads a workbook saved between its read and its write again and keeps that save, instead of overwriting it', async () => {
    const contact = emulator.people.contactOf(own.number).login;
    const realFetch = globalThis.fetch;
    let saves = 0;
    let comment = 0;
    /** The contact saves in Excel just before each of the office's next `times` writes reaches SharePoint. */
    const saveBeforeOfficeWrites = (times: number): void => {
      globalThis.fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const headers = new Headers(init?.headers);
        if (saves < times && decodeURIComponent(url).includes('/Kennzahlenmappen/') && url.endsWith('/$value') && headers.get('X-HTTP-Method') === 'PUT' && headers.get('Authorization') === `Bearer ${coordinator}`) {
          saves += 1;
          comment += 1;
          const current = await download(contact, own);
          const owed = (await sheetOf(current.bytes)).values.findIndex((cells, index) => index > 0 && cells[columnIndex('total')] === 4321);
          expect(await upload(contact, own, await typeInto(current.bytes, owed, 'comment', `gespeichert während der Aktualisierung ${comment}`), current.etag)).toBe(204);
        }
        return realFetch(input, init);
      };
    };
    try {
      saveBeforeOfficeWrites(1);
      const again = await office().departmentWorkbooks.refresh({ department: own, year: openYear });
      expect(again.created).toBe(false);
      expect(saves).toBe(1);
      let after = await sheetOf((await download(coordinator, own)).bytes);
      let row = after.values.find((cells) => cells[columnIndex('total')] === 4321)!;
      // The refresh read the contact's save again and kept it, with the value typed before.
      expect(row[columnIndex('comment')]).toBe('gespeichert während der Aktualisierung 1');

      // A save before each of its two attempts: the refresh reports it, and the file stays as the contact saved it.
      saves = 0;
      saveBeforeOfficeWrites(2);
      await expect(office().departmentWorkbooks.refresh({ department: own, year: openYear })).rejects.toMatchObject({ status: 412 });
      after = await sheetOf((await download(coordinator, own)).bytes);
      row = after.values.find((cells) => cells[columnIndex('total')] === 4321)!;
      expect(row[columnIndex('comment')]).toBe('gespeichert während der Aktualisierung 3');
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
