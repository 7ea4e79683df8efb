import { BrowserSheetGrid } from '../../../src/excel/browserSheetGrid';
import { browserWorkbookOf } from '../../../src/excel/workbookFile';
import { AutosaveStatus, WorkbookAutosave } from '../../../src/excel/workbookAutosave';
import { savedWorkbookContent, VersionedWorkbookStorage } from '../../../src/excel/workbookFileSaving';
import { ServiceError } from '../../../src/http/serviceError';
import { addAutoShowTaskpane, hasAutoShowTaskpane } from '../../../src/indicatorSheet/webExtensionParts';
import { columnIndex } from '../../../src/indicatorSheet/sheetLayout';
import { writeIndicatorWorkbook } from '../../../src/indicatorSheet/xlsxSheet';
import { demoModel } from '../indicatorSheet/fixtures';

const name = 'Kennzahlen 2026';
const total = columnIndex('total');

async function departmentWorkbook(): Promise<Uint8Array> {
  return addAutoShowTaskpane(await writeIndicatorWorkbook(demoModel(), 'de'));
}

async function gridOf(file: Uint8Array): Promise<BrowserSheetGrid> {
  return new BrowserSheetGrid('de', undefined, 'key', (await browserWorkbookOf(file))!);
}

describe('saving the page’s workbook back to its file', () => {
  it('writes what was typed and keeps everything else of the file, the task pane parts included', async () => {
    const file = await departmentWorkbook();
    const grid = await gridOf(file);
    expect(await savedWorkbookContent(file, grid)).toBeUndefined();
    grid.enter(name, { row: 1, column: total }, '120');
    grid.enter(name, { row: 3, column: columnIndex('comment') }, 'neu');
    const saved = (await savedWorkbookContent(file, grid))!;
    expect(await hasAutoShowTaskpane(saved)).toBe(true);
    const before = (await browserWorkbookOf(file))!;
    const after = (await browserWorkbookOf(saved))!;
    expect(after.sheets[0].values[1][total]).toBe(120);
    expect(after.sheets[0].values[3][columnIndex('comment')]).toBe('neu');
    // Everything else as the file had it: other cells, protection, unlocked cells, columns, the notes sheet.
    const unchanged = (workbook: typeof before) => ({
      ...workbook,
      sheets: workbook.sheets.map((sheet) => ({ ...sheet, values: sheet.values.map((row, r) => row.map((value, c) => ((r === 1 && c === total) || (r === 3 && c === columnIndex('comment')) ? 'typed' : value))) }))
    });
    expect(unchanged(after)).toEqual(unchanged(before));
    // A file without the parts stays without them.
    const plain = await writeIndicatorWorkbook(demoModel(), 'de');
    const plainGrid = await gridOf(plain);
    plainGrid.enter(name, { row: 1, column: total }, '5');
    expect(await hasAutoShowTaskpane((await savedWorkbookContent(plain, plainGrid))!)).toBe(false);
  });

  it('keeps the page’s copy for the version it was made of, and moves it to the version the page saved', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (key: string) => data.get(key) ?? null, setItem: (key: string, value: string) => void data.set(key, value) };
    const copy = new VersionedWorkbookStorage(storage, '"1"');
    copy.setItem('k', 'workbook');
    expect(copy.getItem('k')).toBe('workbook');
    expect(new VersionedWorkbookStorage(storage, '"2"').getItem('k')).toBeNull();
    copy.setVersion('"2"');
    expect(new VersionedWorkbookStorage(storage, '"2"').getItem('k')).toBe('workbook');
    expect(new VersionedWorkbookStorage({ getItem: () => 'kein JSON', setItem: () => undefined }, '"2"').getItem('k')).toBeNull();
  });
});

describe('autosave of the workbench’s Excel page', () => {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function setUp(replace: (url: string, content: Uint8Array, etag: string) => Promise<string>) {
    const file = await departmentWorkbook();
    const grid = await gridOf(file);
    const statuses: AutosaveStatus[] = [];
    const saved: string[] = [];
    const autosave = new WorkbookAutosave({ files: { replace: jest.fn(replace) }, serverRelativeUrl: '/sites/integration/K/a.xlsx', content: file, etag: '"1"', grid, onStatus: (status) => statuses.push(status), onSaved: (etag) => saved.push(etag), delayMs: 20 });
    return { grid, autosave, statuses, saved };
  }

  it('saves a moment after the last change, over the version it knows, one save at a time', async () => {
    const versions: string[] = [];
    let version = 1;
    const { grid, autosave, statuses, saved } = await setUp(async (_url, _content, etag) => {
      versions.push(etag);
      version += 1;
      return `"${version}"`;
    });
    const stop = autosave.start();
    grid.enter(name, { row: 1, column: total }, '1');
    grid.enter(name, { row: 1, column: total }, '12');
    expect(versions).toEqual([]);
    await pause(50);
    await autosave.saveNow();
    expect(versions).toEqual(['"1"']);
    grid.enter(name, { row: 2, column: total }, '7');
    await autosave.saveNow();
    expect(versions).toEqual(['"1"', '"2"']);
    expect(saved).toEqual(['"2"', '"3"']);
    expect(statuses.map((status) => status.kind)).toEqual(['saving', 'saved', 'saving', 'saved']);
    // Nothing changed since: nothing to save.
    await autosave.saveNow();
    expect(versions).toHaveLength(2);
    stop();
  });

  it('stops saving when the file was saved elsewhere (412), and tries a failed save again with the next change', async () => {
    const answers: Array<() => Promise<string>> = [() => Promise.reject(new ServiceError(503, 'busy')), () => Promise.resolve('"2"'), () => Promise.reject(new ServiceError(412, 'changed'))];
    const { grid, autosave, statuses } = await setUp(() => answers.shift()!());
    autosave.start();
    grid.enter(name, { row: 1, column: total }, '1');
    await autosave.saveNow();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', error: expect.any(ServiceError) });
    grid.enter(name, { row: 1, column: total }, '2');
    await autosave.saveNow();
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
    grid.enter(name, { row: 1, column: total }, '3');
    await autosave.saveNow();
    expect(statuses.at(-1)).toEqual({ kind: 'changedElsewhere' });
    grid.enter(name, { row: 1, column: total }, '4');
    await pause(50);
    await autosave.saveNow();
    expect(answers).toHaveLength(0);
    expect(statuses.filter((status) => status.kind === 'saving')).toHaveLength(3);
  });
});
