import { coordinator, useTestEmulator } from './support/testEmulator';
import { SiteLists } from '../../src/data/sp/siteLists';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { IndicatorRepository } from '../../src/data/indicatorRepository';
import { ReportingYearRepository, YearLockIncompleteError } from '../../src/data/reportingYearRepository';
import type { Department, Indicator } from '../../src/domain';

/**
 * What the product promises about values, tried as a department contact would: plain REST calls
 * (a browser console, Power Automate, any script) against the local SharePoint with demo data.
 * SharePoint, not the UI, must refuse.
 */

const sitePath = '/sites/integration';
const listPath = `${sitePath}/Lists/IndicatorValues`;
const list = `/_api/web/GetList(@l)`;
/** The demo seed locks the year before last; last year is opened and being collected. */
const thisYear = new Date().getFullYear();
const lockedYear = thisYear - 2;
const openYear = thisYear - 1;

interface ValueRow {
  readonly Id: number;
  readonly Total: number | null;
  readonly IndicatorId: number;
  readonly ValueYear: number;
  readonly DepartmentId: number;
  readonly FileDirRef: string;
  readonly 'odata.etag': string;
}

describe('values against the local SharePoint, as a department contact with raw REST', () => {
  const emulator = useTestEmulator();
  let departments: Department[];
  let own: Department;
  let other: Department;
  let contact: string;

  /** A raw REST call as `login`, with the list's URL as the `@l` alias. */
  async function rest(login: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
    const url = new URL(`${emulator.siteUrl}${path}`);
    if (path.includes('@l')) {
      url.searchParams.set('@l', `'${listPath}'`);
    }
    return fetch(url, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { Authorization: `Bearer ${login}`, Accept: 'application/json', 'Content-Type': 'application/json', ...(init.headers ?? {}) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) })
    });
  }

  async function rows(filter: string): Promise<ValueRow[]> {
    const response = await rest(coordinator, `${list}/items?$select=Id,Total,IndicatorId,ValueYear,DepartmentId,FileDirRef&$top=5000&$filter=${encodeURIComponent(filter)}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { value: ValueRow[] }).value;
  }

  async function row(id: number): Promise<ValueRow> {
    const response = await rest(coordinator, `${list}/items(${id})?$select=Id,Total,IndicatorId,ValueYear,DepartmentId,FileDirRef`);
    expect(response.status).toBe(200);
    return (await response.json()) as ValueRow;
  }

  function merge(login: string, id: number, fields: Record<string, unknown>, etag = '*'): Promise<Response> {
    return rest(login, `${list}/items(${id})`, { body: fields, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': etag } });
  }

  function addToFolder(login: string, folder: string, fields: Record<string, string>): Promise<Response> {
    return rest(login, `${list}/AddValidateUpdateItemUsingPath()`, {
      body: {
        listItemCreateInfo: { FolderPath: { DecodedUrl: `${listPath}/${folder}` } },
        formValues: Object.entries(fields).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue }))
      }
    });
  }

  /** Answers the status of an AddValidateUpdateItemUsingPath, which reports a field's failure inside a 200. */
  async function createStatus(response: Response): Promise<number> {
    if (response.status !== 200) {
      return response.status;
    }
    const results = ((await response.json()) as { value: Array<{ HasException: boolean }> }).value;
    return results.some((result) => result.HasException) ? 400 : 200;
  }

  beforeAll(async () => {
    departments = await new DepartmentRepository(new SiteLists(emulator.sp(coordinator), sitePath)).departments();
    const person = emulator.people.contactOf('50');
    contact = person.login;
    own = departments.find((department) => department.number === person.department)!;
    other = departments.find((department) => department.number !== own.number && emulator.people.contacts().some((candidate) => candidate.department === department.number))!;
  });

  it('refuses a change to a value of a locked year of their own department with 403, and nothing changes', async () => {
    const [locked] = await rows(`ValueYear eq ${lockedYear} and DepartmentId eq ${own.id}`);
    expect(locked.FileDirRef).toBe(`${listPath}/${own.number}/${lockedYear}`);
    expect(locked.Total).not.toBeNull();
    expect((await merge(contact, locked.Id, { Total: 999999 })).status).toBe(403);
    expect((await rest(contact, `${list}/items(${locked.Id})`, { method: 'PATCH', body: { Total: 999999 }, headers: { 'IF-MATCH': '*' } })).status).toBe(403);
    expect((await row(locked.Id)).Total).toBe(locked.Total);
  });

  it('lets them fill in a prepared value of the open year (204), on its ETag', async () => {
    const [prepared] = await rows(`ValueYear eq ${openYear} and DepartmentId eq ${own.id} and Total eq null`);
    expect(prepared).toBeDefined();
    const read = await rest(contact, `${list}/items(${prepared.Id})?$select=Id,Total`);
    expect(read.status).toBe(200);
    const etag = ((await read.json()) as ValueRow)['odata.etag'];
    const filled = await merge(contact, prepared.Id, { Total: 42 }, etag);
    expect(filled.status).toBe(204);
    expect((await row(prepared.Id)).Total).toBe(42);
  });

  it('refuses to create a value in their own folders (year, department, list root) with 403', async () => {
    const indicator = (await new IndicatorRepository(new SiteLists(emulator.sp(coordinator), sitePath)).indicators()).find((candidate) => candidate.departmentId === own.id)!;
    const fields = { ValueKey: `${indicator.id}-2099`, Indicator: String(indicator.id), ValueYear: '2099', Total: '5', Department: String(own.id) };
    expect(await createStatus(await addToFolder(contact, `${own.number}/${openYear}`, fields))).toBe(403);
    expect(await createStatus(await addToFolder(contact, own.number, fields))).toBe(403);
    expect((await rest(contact, `${list}/items`, { body: { ValueKey: fields.ValueKey, IndicatorId: indicator.id, ValueYear: 2099, Total: 5, DepartmentId: own.id } })).status).toBe(403);
    expect(await rows(`ValueKey eq '${fields.ValueKey}'`)).toEqual([]);
  });

  it('refuses to delete or recycle a value with 403, and it stays', async () => {
    const [value] = await rows(`ValueYear eq ${openYear} and DepartmentId eq ${own.id} and Total ne null`);
    expect((await rest(contact, `${list}/items(${value.Id})`, { method: 'DELETE', headers: { 'IF-MATCH': '*' } })).status).toBe(403);
    expect((await rest(contact, `${list}/items(${value.Id})/recycle()`, { method: 'POST' })).status).toBe(403);
    expect((await row(value.Id)).Id).toBe(value.Id);
  });

  it("refuses to create or edit a value in another department's folder with 403, and nothing changes", async () => {
    const [theirs] = await rows(`ValueYear eq ${openYear} and DepartmentId eq ${other.id}`);
    expect((await merge(contact, theirs.Id, { Total: 777 })).status).toBe(403);
    expect((await row(theirs.Id)).Total).toBe(theirs.Total);
    const indicator = (await new IndicatorRepository(new SiteLists(emulator.sp(coordinator), sitePath)).indicators()).find((candidate) => candidate.departmentId === other.id)!;
    const fields = { ValueKey: `${indicator.id}-2098`, Indicator: String(indicator.id), ValueYear: '2098', Total: '5', Department: String(other.id) };
    expect(await createStatus(await addToFolder(contact, `${other.number}/${openYear}`, fields))).toBe(403);
    expect(await rows(`ValueKey eq '${fields.ValueKey}'`)).toEqual([]);
  });

  describe('opening, locking and unlocking a year', () => {
    const year = 2034; // not in the demo
    let indicators: Indicator[];
    let office: ReportingYearRepository;
    let siteUserId: number;

    beforeAll(async () => {
      siteUserId = (await emulator.services(coordinator).users.currentUser()).siteUserId;
      const lists = new SiteLists(emulator.sp(coordinator), sitePath);
      office = new ReportingYearRepository(lists);
      indicators = (await new IndicatorRepository(lists).indicators()).filter((indicator) => indicator.departmentId === own.id || indicator.departmentId === other.id);
    });

    const plan = () => ({ year, state: 'open' as const, departments, indicators });

    it('creates the year folders and one empty item per indicator, and nothing the second time', async () => {
      const progress: number[] = [];
      const first = await office.open(plan(), ({ done }) => progress.push(done));
      expect(first).toEqual({ foldersCreated: departments.length, foldersChanged: departments.length, itemsCreated: indicators.length, itemsKept: 0, failures: [] });
      expect(progress[progress.length - 1]).toBe(departments.length + indicators.length);
      const items = await rows(`ValueYear eq ${year}`);
      expect(items).toHaveLength(indicators.length);
      expect(items.every((item) => item.Total === null)).toBe(true);
      for (const item of items) {
        const department = departments.find((candidate) => candidate.id === item.DepartmentId)!;
        expect(item.FileDirRef).toBe(`${listPath}/${department.number}/${year}`);
      }

      const second = await office.open(plan());
      expect(second).toEqual({ foldersCreated: 0, foldersChanged: 0, itemsCreated: 0, itemsKept: indicators.length, failures: [] });
      expect(await rows(`ValueYear eq ${year}`)).toHaveLength(indicators.length);
    });

    it('gives the department its prepared items to fill in, but not to add to', async () => {
      const [mine] = await rows(`ValueYear eq ${year} and DepartmentId eq ${own.id}`);
      expect((await merge(contact, mine.Id, { Total: 1 })).status).toBe(204);
      const indicator = indicators.find((candidate) => candidate.departmentId === own.id)!;
      expect(await createStatus(await addToFolder(contact, `${own.number}/${year}`, { ValueKey: `${indicator.id}-x`, Indicator: String(indicator.id), ValueYear: String(year), Department: String(own.id) }))).toBe(403);
    });

    it("switches the department's year folders to read-only on lock and back on unlock", async () => {
      const [mine] = await rows(`ValueYear eq ${year} and DepartmentId eq ${own.id}`);
      const locked = await office.lock(year, siteUserId);
      expect(locked.isLocked).toBe(true);
      expect((await merge(contact, mine.Id, { Total: 2 })).status).toBe(403);
      expect((await row(mine.Id)).Total).toBe(1);

      const unlocked = await office.unlock(year, siteUserId);
      expect(unlocked.isLocked).toBe(false);
      expect((await merge(contact, mine.Id, { Total: 3 })).status).toBe(204);
      expect((await row(mine.Id)).Total).toBe(3);
    });

    it('writes no lock while a year folder could not be switched, says which, and a repeat finishes it', async () => {
      const [mine] = await rows(`ValueYear eq ${year} and DepartmentId eq ${own.id}`);
      // The first permission change of the lock fails: the first department's folder keeps its level.
      await emulator.injectFault({ path: 'addroleassignment', status: 500, count: 1 });
      const failure = await office.lock(year, siteUserId).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(YearLockIncompleteError);
      const incomplete = failure as YearLockIncompleteError;
      expect(incomplete.folders.failed.map((failed) => failed.department)).toEqual([departments[0].number]);
      expect(incomplete.folders.switched).toHaveLength(departments.length - 1);
      expect(incomplete.saved).toBeUndefined();
      // The year still shows open, and that is true for the folder that failed.
      expect((await office.yearOf(year))?.isLocked).toBe(false);

      const repeated = await office.lock(year, siteUserId);
      expect(repeated.isLocked).toBe(true);
      expect((await merge(contact, mine.Id, { Total: 4 })).status).toBe(403);
      await office.unlock(year, siteUserId);
    });
  });
});
