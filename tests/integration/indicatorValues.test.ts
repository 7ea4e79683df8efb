import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import { startEmulator, RunningEmulator } from '../../local/emulator/server';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { People, readPeople } from './support/people';
import { createSpForToken } from '../../src/data/sp/spFactory';
import { SiteLists } from '../../src/data/sp/siteLists';
import { writeInBatches } from '../../src/data/sp/batchWriter';
import { readAllItems } from '../../src/data/sp/listItems';
import { IndicatorValueRepository } from '../../src/data/indicatorValueRepository';
import { DepartmentRepository } from '../../src/data/departmentRepository';
import { IndicatorRepository } from '../../src/data/indicatorRepository';
import { ReportingYearRepository } from '../../src/data/reportingYearRepository';
import type { Indicator, IndicatorValue } from '../../src/domain';
import type { IndicatorSheetModel } from '../../src/indicatorSheet/sheetLayout';
import { PendingStore, PendingSubmission, resolveConflict, startSubmission, submitPending } from '../../src/indicatorSheet/submission';

const sitePath = '/sites/integration';
const year = 2031; // no seeded values in this year

/** The pending state as the workbook keeps it: JSON, every save kept for the test to resume from. */
class JsonStore implements PendingStore {
  public readonly snapshots: PendingSubmission[] = [];
  public cleared = false;
  public async load(): Promise<PendingSubmission | undefined> {
    return this.snapshots[this.snapshots.length - 1];
  }
  public async save(pending: PendingSubmission): Promise<void> {
    this.snapshots.push(JSON.parse(JSON.stringify(pending)) as PendingSubmission);
    this.cleared = false;
  }
  public async clear(): Promise<void> {
    this.cleared = true;
  }
}

interface Department {
  readonly id: number;
  readonly number: string;
  readonly name: string;
  readonly contact: string;
}

async function departmentWithContact(sp: SPFI, people: People, skip?: string): Promise<Department> {
  const departments = await new DepartmentRepository(new SiteLists(sp, sitePath)).departments();
  for (const department of departments) {
    const contact = people.contacts().find((user) => user.department === department.number);
    if (contact && department.number !== skip) {
      return { id: department.id, number: department.number, name: department.name, contact: contact.login };
    }
  }
  throw new Error('no department with a contact');
}

/** Creates `count` indicators of a department through the product's batch writer, as the office would import them. */
async function createIndicators(sp: SPFI, department: Department, count: number, prefix: string): Promise<Indicator[]> {
  const lists = new SiteLists(sp, sitePath);
  const outcomes = await writeInBatches(
    sp,
    Array.from({ length: count }, (_, i) => ({
      kind: 'add' as const,
      listUrl: lists.url('Indicators'),
      fields: { Title: `${prefix} ${i + 1}`, DepartmentId: department.id, Unit: 'Anzahl', IsGenderSplit: i % 2 === 0 }
    }))
  );
  const failed = outcomes.filter((outcome) => !outcome.ok);
  if (failed.length > 0) {
    throw new Error(`could not create indicators: ${failed.length} failed`);
  }
  return outcomes.map((outcome, i) => ({
    id: outcome.ok ? outcome.id : 0,
    title: `${prefix} ${i + 1}`,
    departmentId: department.id,
    unit: 'Anzahl',
    direction: 'higherIsBetter',
    isGenderSplit: i % 2 === 0
  }));
}

/** The office opens the year: year folders for every department, an empty item per given indicator. */
async function openYear(sp: SPFI, indicators: readonly Indicator[]): Promise<void> {
  const lists = new SiteLists(sp, sitePath);
  const departments = await new DepartmentRepository(lists).departments();
  const result = await new ReportingYearRepository(lists).open({ year, state: 'open', departments, indicators });
  if (result.failures.length > 0) {
    throw new Error(`opening ${year} failed: ${result.failures.map((failure) => failure.error.message).join('; ')}`);
  }
}

/** Whether a request's body is a `$batch` that writes (fills in prepared items), not one that reads. */
function isWritingBatch(init: Parameters<typeof fetch>[1]): boolean {
  return typeof init?.body === 'string' && /^MERGE /m.test(init.body);
}

function modelOf(department: Department, indicators: readonly Indicator[], stored: readonly IndicatorValue[] = []): IndicatorSheetModel {
  const storedById = new Map(stored.map((value) => [value.indicatorId, value]));
  return {
    departmentId: department.id,
    departmentName: department.name,
    year,
    rows: indicators.map((indicator) => ({ indicator, measureTitle: 'Maßnahme', ...(storedById.has(indicator.id) ? { stored: storedById.get(indicator.id) } : {}) }))
  };
}

/** What the department enters: gender-split indicators with parts that add up. */
function enteredValues(indicators: readonly Indicator[], seed: number): IndicatorValue[] {
  return indicators.map((indicator, i) => {
    const total = 10 + ((i * 7 + seed) % 90);
    return indicator.isGenderSplit
      ? { indicatorId: indicator.id, year, total, female: total - 3, male: 2, diverse: 0, notStated: 1 }
      : { indicatorId: indicator.id, year, total, comment: `Erhebung ${seed}` };
  });
}

/** Every stored value of the year by ValueKey, read whole as the office. */
async function storedByKey(sp: SPFI): Promise<Map<string, Array<Record<string, unknown>>>> {
  const rows = await readAllItems<Record<string, unknown>>(
    sp.web.getList(`${sitePath}/Lists/IndicatorValues`).items.select('Id', 'ValueKey', 'Total', 'Female', 'ValueComment', 'DepartmentId', 'ValueYear').filter(`ValueYear eq ${year}`)
  );
  const byKey = new Map<string, Array<Record<string, unknown>>>();
  for (const row of rows) {
    const key = String(row.ValueKey);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return byKey;
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

describe('indicator values: bulk submit against the local SharePoint', () => {
  const emulator = useTestEmulator();
  let department: Department;
  let other: Department;
  let indicators: Indicator[];

  beforeAll(async () => {
    department = await departmentWithContact(emulator.sp(coordinator), emulator.people);
    other = await departmentWithContact(emulator.sp(coordinator), emulator.people, department.number);
    indicators = await createIndicators(emulator.sp(coordinator), department, 2000, 'Massenkennzahl');
    await openYear(emulator.sp(coordinator), indicators);
  }, 180_000);

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('stores 2,000 values exactly once in a few $batch requests while every fifth request is throttled', async () => {
    const original = globalThis.fetch;
    const sharePointRequests: string[] = [];
    let throttled = 0;
    let throttledBatches = 0;
    const writingBatches: string[] = [];
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = urlOf(input);
      if (url.includes('/_api/')) {
        sharePointRequests.push(url);
        if (isWritingBatch(init)) {
          writingBatches.push(url);
        }
        // One request in five is answered 429 or 503 with Retry-After: inject it just before it leaves.
        if (sharePointRequests.length % 5 === 0) {
          throttled += 1;
          throttledBatches += url.includes('/$batch') ? 1 : 0;
          const status = throttled % 2 === 0 ? 503 : 429;
          await original(`${emulator.url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1', 'Content-Type': 'application/json' }, body: JSON.stringify({ path: '/_api/', status, retryAfter: 1, count: 1 }) });
        }
      }
      return original(input, init);
    });

    const repository = new IndicatorValueRepository(new SiteLists(emulator.sp(department.contact), sitePath));
    const model = modelOf(department, indicators);
    const values = enteredValues(indicators, 1);
    const store = new JsonStore();
    const progress: number[] = [];
    const outcomes = await submitPending(repository, startSubmission(model, values), store, { onProgress: (done) => progress.push(done) });

    expect(Object.values(outcomes).filter((outcome) => outcome.kind !== 'created')).toEqual([]);
    expect(Object.keys(outcomes)).toHaveLength(2000);
    expect(progress[progress.length - 1]).toBe(2000);
    expect(store.cleared).toBe(true);
    expect(throttled).toBeGreaterThanOrEqual(4);

    const answered = sharePointRequests.length - throttled;
    // 20 $batch requests filling in 100 prepared items each; per 100 values one read of the
    // department's items of the year; the form digest, the departments and the site's regional settings.
    const batches = sharePointRequests.filter((url) => url.includes('/$batch')).length;
    expect(batches - throttledBatches).toBe(20);
    expect(writingBatches.length - throttledBatches).toBe(20);
    expect(sharePointRequests.filter((url) => /\/web\/regionalSettings/i.test(url)).length).toBeGreaterThanOrEqual(1);
    expect(answered).toBeLessThanOrEqual(43);

    jest.restoreAllMocks();
    const stored = await storedByKey(emulator.sp(coordinator));
    for (const value of values) {
      const rows = stored.get(`${value.indicatorId}-${year}`) ?? [];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ Total: value.total, DepartmentId: department.id });
    }
  }, 180_000);

  it('reports a value someone else changed since the sheet was opened as a conflict with theirs, and overwrites nothing', async () => {
    const mine = indicators.slice(0, 3);
    const repository = new IndicatorValueRepository(new SiteLists(emulator.sp(department.contact), sitePath));
    const opened = await repository.valuesOf(mine.map((indicator) => indicator.id), [year]);
    expect(opened).toHaveLength(3);
    expect(opened.every((value) => typeof value.etag === 'string')).toBe(true);
    const model = modelOf(department, mine, opened);

    // The office corrects the first value after the department opened its sheet.
    const target = opened[0];
    await emulator.sp(coordinator).web.getList(`${sitePath}/Lists/IndicatorValues`).items.getById(target.id!).update({ Total: target.total + 1000, Female: null, Male: null, Diverse: null, NotStated: null, ValueComment: 'Korrektur Koordinierung' });

    const edited = opened.map((value) => ({ ...value, total: value.total + 1, female: undefined, male: undefined, diverse: undefined, notStated: undefined, comment: 'Nachmeldung' }));
    const store = new JsonStore();
    const outcomes = await submitPending(repository, startSubmission(model, edited), store);
    const key = `${target.indicatorId}-${year}`;
    expect(outcomes[key]).toMatchObject({ kind: 'conflict', theirs: { total: target.total + 1000, comment: 'Korrektur Koordinierung' } });
    expect(outcomes[`${opened[1].indicatorId}-${year}`]).toEqual({ kind: 'updated' });
    expect((await storedByKey(emulator.sp(coordinator))).get(key)![0]).toMatchObject({ Total: target.total + 1000, ValueComment: 'Korrektur Koordinierung' });
    expect(store.cleared).toBe(false);

    // The department looks at theirs and keeps its own value.
    const resolved = resolveConflict((await store.load())!, key, 'mine');
    expect((await submitPending(repository, resolved, store))[key]).toEqual({ kind: 'updated' });
    expect((await storedByKey(emulator.sp(coordinator))).get(key)![0]).toMatchObject({ Total: target.total + 1, ValueComment: 'Nachmeldung' });
    expect(store.cleared).toBe(true);
  }, 60_000);

  it("refuses with 403 when a department contact writes another department's values, and nothing changes", async () => {
    const office = new IndicatorRepository(new SiteLists(emulator.sp(coordinator), sitePath));
    const theirIndicators = (await office.indicators()).filter((indicator) => indicator.departmentId === other.id);
    const withValue = (await office.recentValues(theirIndicators.map((indicator) => indicator.id), 2000))[0];
    expect(withValue).toBeDefined();
    const theirIndicator = theirIndicators.find((indicator) => indicator.id === withValue.indicatorId)!;
    const fresh = theirIndicators.find((indicator) => indicator.id !== theirIndicator.id)!;

    const repository = new IndicatorValueRepository(new SiteLists(emulator.sp(department.contact), sitePath));
    const results = await repository.write([
      { action: 'create', key: `${fresh.id}-${year}`, value: { indicatorId: fresh.id, year, total: 5, departmentId: other.id } },
      { action: 'update', key: `${withValue.indicatorId}-${withValue.year}`, value: { ...withValue, total: withValue.total + 1 }, existing: withValue }
    ]);
    expect(results.map((result) => result.kind === 'failed' && result.status)).toEqual([403, 403]);

    expect(await office.recentValues([fresh.id], year)).toEqual([]);
    const after = (await office.recentValues([withValue.indicatorId], withValue.year)).find((value) => value.year === withValue.year);
    expect(after).toEqual(withValue);
  }, 60_000);
});

describe('indicator values: the emulator stops mid-submit', () => {
  let dataDir: string;
  let running: RunningEmulator;
  let port: number;
  let department: Department;

  const sp = (login: string): SPFI =>
    createSpForToken({ siteUrl: `http://127.0.0.1:${port}${sitePath}`, getToken: async () => login, retry: { attempts: 3, backoffMs: 20, maxWaitMs: 500 } });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-resume-'));
    running = await startEmulator({ port: 0, dataDir, seed: 'demo' });
    port = Number(new URL(running.url).port);
  });

  afterAll(async () => {
    await running.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('resumes the saved submission after a restart and reaches the intended state without duplicates', async () => {
    department = await departmentWithContact(sp(coordinator), await readPeople(running.url));
    const indicators = await createIndicators(sp(coordinator), department, 250, 'Neustartkennzahl');
    await openYear(sp(coordinator), indicators);
    const values = enteredValues(indicators, 2);
    const model = modelOf(department, indicators);

    // The second $batch that fills in values reaches the emulator and is written, then the emulator goes away before answering.
    const original = globalThis.fetch;
    let batches = 0;
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (urlOf(input).includes('/_api/$batch') && isWritingBatch(init) && ++batches === 2) {
        await (await original(input, init)).text();
        await running.close();
        throw new TypeError('fetch failed');
      }
      return original(input, init);
    });

    const repository = new IndicatorValueRepository(new SiteLists(sp(department.contact), sitePath));
    const store = new JsonStore();
    const first = await submitPending(repository, startSubmission(model, values), store);
    jest.restoreAllMocks();
    const failed = Object.values(first).filter((outcome) => outcome.kind === 'failed');
    expect(failed).toHaveLength(150);
    expect(Object.values(first).filter((outcome) => outcome.kind === 'created')).toHaveLength(100);
    expect(store.cleared).toBe(false);

    // Restart on the same data, at the same address; the add-in resumes what the workbook kept.
    running = await startEmulator({ port, dataDir, seed: 'demo' });
    const afterRestart = await storedByKey(sp(coordinator));
    expect(afterRestart.size).toBe(250); // the prepared items
    // The second batch was written before the stop; the rest are still empty.
    expect([...afterRestart.values()].filter((rows) => rows[0].Total !== null).length).toBe(200);

    const resumed = await submitPending(new IndicatorValueRepository(new SiteLists(sp(department.contact), sitePath)), (await store.load())!, store);
    expect(Object.values(resumed).filter((outcome) => outcome.kind !== 'created')).toEqual([]);
    expect(store.cleared).toBe(true);

    // Even resuming from the very first save (nothing settled yet) changes nothing.
    const again = await submitPending(new IndicatorValueRepository(new SiteLists(sp(department.contact), sitePath)), store.snapshots[0], new JsonStore());
    expect(Object.values(again).filter((outcome) => outcome.kind !== 'created')).toEqual([]);

    const stored = await storedByKey(sp(coordinator));
    expect(stored.size).toBe(250);
    for (const value of values) {
      const rows = stored.get(`${value.indicatorId}-${year}`) ?? [];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ Total: value.total, Female: value.female ?? null });
    }
  }, 120_000);
});
