/// <reference types="office-js" />
import { OfficeMockObject } from 'office-addin-mock';
import { dateOfSerial, isDateFormat, markFill, markPrefix, OfficeSheetGrid, stateSettingKey, verticalRuns } from '../../../src/excel/officeSheetGrid';
import { readIndicatorSheet } from '../../../src/indicatorSheet';
import { columnIndex, sheetMatrix } from '../../../src/indicatorSheet/sheetLayout';
import { demoModel } from '../indicatorSheet/fixtures';
import { hostileTexts } from '../indicatorSheet/hostileTexts';

interface RangeCall {
  readonly method: 'getRangeByIndexes' | 'getRange';
  readonly args: readonly unknown[];
  readonly range: Record<string, any>;
}

/**
 * A workbook for office-addin-mock: one sheet (optionally missing or protected), the ranges the
 * adapter asks for recorded with what was set on them, settings and comments.
 */
function mockExcel(options: { sheetExists?: boolean; isProtected?: boolean; used?: { values: unknown[][]; formulas: unknown[][]; rowIndex: number; columnIndex: number; valueTypes?: unknown[][]; numberFormat?: unknown[][] } } = {}) {
  const calls: RangeCall[] = [];
  const log: string[] = [];
  const settings = new Map<string, string>();
  const comments: Array<{ address: string; content: string }> = [];
  const newRange = (method: RangeCall['method'], args: unknown[]): Record<string, any> => {
    const range: Record<string, any> = new OfficeMockObject({
      format: { protection: {}, fill: { clear: () => log.push(`fill.clear ${method}(${args.join(',')})`) }, font: {} },
      dataValidation: { clear: () => undefined },
      clear: (what: string) => log.push(`clear ${what}`),
      select: () => log.push(`select ${args.join(',')}`)
    });
    range.getEntireColumn = () => {
      const column = newRange(method, [...args, 'entireColumn']);
      return column;
    };
    calls.push({ method, args, range });
    return range;
  };
  const sheetData = {
    isNullObject: false,
    name: 'Kennzahlen 2025',
    protection: {
      protected: options.isProtected ?? false,
      options: { allowFormatColumns: true },
      protect(this: Record<string, unknown>, protectOptions: unknown) {
        log.push(`protect ${JSON.stringify(protectOptions, (key, value) => (key.startsWith('_') ? undefined : value))}`);
      },
      unprotect() {
        log.push('unprotect');
      }
    },
    freezePanes: { freezeRows: (count: number) => log.push(`freezeRows ${count}`) },
    usedRange: {
      isNullObject: options.used === undefined,
      values: options.used?.values ?? [],
      formulas: options.used?.formulas ?? [],
      // As Excel reports them: "Double" for every number, "General" where nobody set a format.
      valueTypes: options.used?.valueTypes ?? (options.used?.values ?? []).map((row) => row.map((value) => (value === '' ? 'Empty' : typeof value === 'number' ? 'Double' : 'String'))),
      numberFormat: options.used?.numberFormat ?? (options.used?.values ?? []).map((row) => row.map(() => 'General')),
      rowIndex: options.used?.rowIndex ?? 0,
      columnIndex: options.used?.columnIndex ?? 0
    },
    comments: {
      items: [
        { content: `${markPrefix}old problem`, delete: () => log.push('delete marked comment') },
        { content: 'a note of the user', delete: () => log.push('delete user comment') }
      ]
    },
    activate: () => log.push('activate'),
    getRangeByIndexes: (...args: unknown[]) => newRange('getRangeByIndexes', args),
    getRange: (...args: unknown[]) => newRange('getRange', args),
    getUsedRangeOrNullObject(this: Record<string, unknown>) {
      return this.usedRange;
    }
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: sheetData,
          missing: { isNullObject: true },
          getItemOrNullObject(this: Record<string, unknown>) {
            return options.sheetExists === false ? this.missing : this.sheet;
          },
          getItem(this: Record<string, unknown>) {
            return this.sheet;
          },
          add(this: Record<string, unknown>, name: string) {
            log.push(`add ${name}`);
            return this.sheet;
          }
        },
        settings: {
          item: { isNullObject: true, value: '', delete: () => settings.delete(stateSettingKey) },
          add: (key: string, value: string) => {
            settings.set(key, value);
          },
          getItemOrNullObject(this: { item: { setValue(name: string, value: unknown): void } }, key: string) {
            const value = settings.get(key);
            this.item.setValue('isNullObject', value === undefined);
            this.item.setValue('value', value ?? '');
            return this.item;
          }
        },
        comments: {
          add: (address: string, content: string) => comments.push({ address, content })
        }
      }
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    }
  });
  (global as Record<string, unknown>).Excel = mock;
  return { calls, log, settings, comments, rangesAt: (...args: unknown[]) => calls.filter((call) => JSON.stringify(call.args) === JSON.stringify(args)).map((call) => call.range) };
}

function withRequirementSets(supported: boolean): void {
  (global as Record<string, unknown>).Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => supported } } });
}

describe('office.js sheet grid', () => {
  const grid = new OfficeSheetGrid();
  beforeEach(() => withRequirementSets(true));

  it('adds a missing worksheet and shows it', async () => {
    const excel = mockExcel({ sheetExists: false });
    await grid.openSheet('Kennzahlen 2025');
    expect(excel.log).toEqual(['add Kennzahlen 2025', 'activate']);
  });

  it('empties an existing protected worksheet before reuse', async () => {
    const excel = mockExcel({ isProtected: true });
    await grid.openSheet('Kennzahlen 2025');
    expect(excel.log).toEqual(['unprotect', 'clear All', 'activate']);
  });

  it('writes the matrix at A1, empty cells as empty strings (null would leave the old content)', async () => {
    const excel = mockExcel();
    await grid.writeValues('Kennzahlen 2025', [
      ['Kennzahl', 'Gesamt', 'Weiblich'],
      ['Teilnehmende', 12, null]
    ]);
    const [range] = excel.rangesAt(0, 0, 2, 3);
    expect(range.values).toEqual([
      ['Kennzahl', 'Gesamt', 'Weiblich'],
      ['Teilnehmende', 12, '']
    ]);
  });

  it('hides the id columns, sets widths and formats, and validates number columns', async () => {
    const excel = mockExcel();
    await grid.formatColumns('Kennzahlen 2025', 3, [
      { column: 0, width: 10, isHidden: true, numberFormat: '@' },
      { column: 1, width: 12, validation: 'decimal', validationMessage: 'Bitte eine Zahl ab 0 eintragen.' },
      { column: 2, width: 10, validation: 'whole', numberFormat: '0' }
    ]);
    const [hidden] = excel.rangesAt(0, 0, 1, 1, 'entireColumn');
    expect(hidden.columnHidden).toBe(true);
    expect(hidden.format.columnWidth).toBe(70);
    expect(excel.rangesAt(0, 1, 1, 1, 'entireColumn')[0].columnHidden).toBeUndefined();
    expect(excel.rangesAt(1, 0, 2, 1)[0].numberFormat).toEqual([['@'], ['@']]);
    const total = excel.rangesAt(1, 1, 2, 1)[0];
    expect(total.dataValidation.rule).toEqual({ decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(total.dataValidation.errorAlert).toEqual(expect.objectContaining({ showAlert: true, style: 'Stop', message: 'Bitte eine Zahl ab 0 eintragen.' }));
    expect(excel.rangesAt(1, 2, 2, 1)[0].dataValidation.rule).toEqual({ wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(excel.log).toContain('freezeRows 1');
  });

  it('locks the sheet and leaves exactly the input cells editable, a column run as one range', async () => {
    const excel = mockExcel();
    await grid.protectSheet('Kennzahlen 2025', [
      { row: 1, column: 7 },
      { row: 2, column: 7 },
      { row: 3, column: 7 },
      { row: 2, column: 8 }
    ]);
    expect(excel.rangesAt()[0].format.protection.locked).toBe(true);
    expect(excel.rangesAt(1, 7, 3, 1)[0].format.protection.locked).toBe(false);
    expect(excel.rangesAt(2, 8, 1, 1)[0].format.protection.locked).toBe(false);
    expect(excel.log).toEqual([expect.stringMatching(/^protect \{.*"allowInsertRows":false/)]);
  });

  it('marks problems with a fill and a comment, lifting and restoring the protection', async () => {
    const excel = mockExcel({ isProtected: true });
    await grid.markCells('Kennzahlen 2025', [
      { row: 2, column: 7, message: 'Der Wert darf nicht negativ sein.' },
      { row: 2, column: 7, message: 'Bitte eine ganze Zahl eintragen.' },
      { row: 4, column: 12, message: 'Bitte die Veränderung begründen.' }
    ]);
    expect(excel.rangesAt(2, 7, 1, 1).map((range) => range.format.fill.color)).toEqual([markFill, markFill]);
    expect(excel.comments).toEqual([
      { address: "'Kennzahlen 2025'!H3", content: `${markPrefix}Der Wert darf nicht negativ sein.\nBitte eine ganze Zahl eintragen.` },
      { address: "'Kennzahlen 2025'!M5", content: `${markPrefix}Bitte die Veränderung begründen.` }
    ]);
    expect(excel.log[0]).toBe('unprotect');
    expect(excel.log[excel.log.length - 1]).toBe('protect {"allowFormatColumns":true}');
  });

  it('marks with the fill only where comments are not available (ExcelApi before 1.10)', async () => {
    withRequirementSets(false);
    const excel = mockExcel();
    await grid.markCells('Kennzahlen 2025', [{ row: 1, column: 7, message: 'Bitte eine Zahl eintragen.' }]);
    expect(excel.rangesAt(1, 7, 1, 1)[0].format.fill.color).toBe(markFill);
    expect(excel.comments).toEqual([]);
  });

  it("clears its own marks and keeps the user's comments", async () => {
    const excel = mockExcel();
    await grid.clearMarks('Kennzahlen 2025');
    expect(excel.log).toEqual(['fill.clear getRange()', 'delete marked comment']);
  });

  it('reads the used range from A1, empty cells as null and formulas where present', async () => {
    mockExcel({
      used: {
        rowIndex: 1,
        columnIndex: 1,
        values: [
          [12, ''],
          ['text', 3]
        ],
        formulas: [
          [12, ''],
          ['text', '=1+2']
        ]
      }
    });
    const content = await grid.readContent('Kennzahlen 2025');
    expect(content.values).toEqual([[], [null, 12, null], [null, 'text', 3]]);
    expect(content.formulas).toEqual([[], [null, null, null], [null, null, '=1+2']]);
  });

  it('reads a text cell starting with "=" (a comment) as text, not as a formula, which the sheet reader keeps', async () => {
    const model = demoModel();
    const matrix = sheetMatrix(model, 'de');
    const [total, comment] = [columnIndex('total'), columnIndex('comment')];
    // Row 4 (counselling): 11 and a comment typed into the text-formatted cell; office.js returns a constant as its own formula.
    const values = matrix.map((row, r) => row.map((value, c) => (r === 4 && c === total ? 11 : r === 4 && c === comment ? '=Summe laut Kursstatistik' : value ?? '')));
    mockExcel({ used: { rowIndex: 0, columnIndex: 0, values, formulas: values } });

    const content = await grid.readContent('Kennzahlen 2025');

    expect(content.formulas.flat().every((formula) => formula === null)).toBe(true);
    const reading = readIndicatorSheet(content.values, content.formulas, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.find((value) => value.indicatorId === 14)?.comment).toBe('=Summe laut Kursstatistik');
  });

  it('reads a date typed into a number cell as the date, which the sheet reader refuses naming cell and date', async () => {
    const model = demoModel();
    const matrix = sheetMatrix(model, 'de');
    const total = columnIndex('total');
    // Row 4 (counselling) holds "15.3.2024" as typed in German Excel: the serial with a date format; row 3 (share, 12.5 last year) "13" in a text cell.
    const values = matrix.map((row, r) => row.map((value, c) => (r === 4 && c === total ? 45366 : r === 3 && c === total ? '13' : value ?? '')));
    const numberFormat = matrix.map((row, r) => row.map((_, c) => (r === 4 && c === total ? 'dd/mm/yyyy' : r === 3 && c === total ? '@' : '#,##0.##')));
    const valueTypes = values.map((row) => row.map((value) => (value === '' ? 'Empty' : typeof value === 'number' ? 'Double' : 'String')));
    mockExcel({ used: { rowIndex: 0, columnIndex: 0, values, formulas: values, valueTypes, numberFormat } });

    const content = await grid.readContent('Kennzahlen 2025');

    expect(content.values[4][total]).toEqual({ date: '2024-03-15' });
    expect(content.values[3][total]).toBe('13');
    // The id column is a number with a number format: still a number.
    expect(content.values[4][columnIndex('indicatorId')]).toBe(14);
    const reading = readIndicatorSheet(content.values, content.formulas, model, 'de');
    expect(reading.problems).toEqual([{ row: 4, column: 'total', message: expect.stringMatching(/^Die Zelle [A-Z]+5 enthält ein Datum \(15\.03\.2024\), keine Zahl/) }]);
    expect(reading.problems[0].message).not.toMatch(/45\.?366/);
    expect(reading.values.find((value) => value.indicatorId === 13)).toMatchObject({ total: 13 });
  });

  it.each([
    ['dd.mm.yyyy', true],
    ['m/d/yy', true],
    ['[$-407]d. mmmm yyyy', true],
    ['mmmm', true],
    ['yyyy-mm-dd hh:mm', true],
    ['General', false],
    ['#,##0', false],
    ['0.00', false],
    ['#,##0.00 [$€-407]', false],
    ['0 "Tage"', false],
    ['0\\d', false],
    ['hh:mm', false],
    ['[h]:mm:ss', false],
    ['@', false],
    ['0.00E+00', false]
  ])('tells whether the number format %j shows a date: %s', (format, isDate) => {
    expect(isDateFormat(format)).toBe(isDate);
  });

  it('converts Excel serials to dates, with the 1900 leap-year slip of Excel', () => {
    expect(dateOfSerial(45366)).toBe('2024-03-15');
    expect(dateOfSerial(45366.75)).toBe('2024-03-15');
    expect(dateOfSerial(61)).toBe('1900-03-01');
    expect(dateOfSerial(1)).toBe('1900-01-01');
    expect(dateOfSerial(59)).toBe('1900-02-28');
    expect(dateOfSerial(0)).toBeUndefined();
    expect(dateOfSerial(-3)).toBeUndefined();
  });

  it('keeps the pane state in the workbook settings and removes it', async () => {
    const excel = mockExcel();
    await expect(grid.readState()).resolves.toBeUndefined();
    await grid.writeState('{"version":1}');
    expect(excel.settings.get(stateSettingKey)).toBe('{"version":1}');
    await expect(grid.readState()).resolves.toBe('{"version":1}');
    await grid.writeState(undefined);
    expect(excel.settings.has(stateSettingKey)).toBe(false);
  });

  it('writes outcomes into single cells of a protected sheet', async () => {
    const excel = mockExcel({ isProtected: true });
    await grid.writeCells('Kennzahlen 2025', [{ row: 3, column: 13, value: 'Gespeichert' }]);
    expect(excel.rangesAt(3, 13, 1, 1)[0].values).toEqual([['Gespeichert']]);
    expect(excel.log).toEqual(['unprotect', 'protect {"allowFormatColumns":true}']);
  });

  it('selects a cell by its address', async () => {
    const excel = mockExcel();
    await grid.selectCell('Kennzahlen 2025', { row: 4, column: 27 });
    expect(excel.log).toEqual(['activate', 'select AB5']);
  });
});

/** A stored cell of the fake below: what Excel keeps after a value was written into it. */
interface TypedCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
}

/**
 * A sheet that takes `range.values` as Excel does (office.js documents that a written string
 * starting with = + or - is read as a formula): unless the cell is formatted as text, such a
 * string (and one starting with @) becomes a formula, a numeral a number, "3/4" a date.
 */
function excelLikeSheet() {
  const cells = new Map<string, TypedCell>();
  const cellAt = (row: number, column: number): TypedCell => {
    const key = `${row}:${column}`;
    const cell = cells.get(key) ?? { value: '', numberFormat: 'General' };
    cells.set(key, cell);
    return cell;
  };
  const typed = (cell: TypedCell, input: string | number | boolean): void => {
    delete cell.formula;
    if (typeof input !== 'string' || cell.numberFormat === '@') {
      cell.value = input;
    } else if (/^[=+\-@]/.test(input)) {
      cell.formula = input.startsWith('=') ? input : `=${input}`;
      cell.value = '#NAME?';
    } else if (/^\d+([.,]\d+)?$/.test(input)) {
      cell.value = Number(input.replace(',', '.'));
    } else if (/^\d+\/\d+$/.test(input)) {
      cell.value = 46085; // Excel's serial of a date this year
      cell.numberFormat = 'd/m';
    } else {
      cell.value = input;
    }
  };
  const sheet = {
    protection: { protected: false, load: () => undefined, protect: () => undefined, unprotect: () => undefined },
    getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
      const each = <T,>(matrix: T[][], apply: (cell: TypedCell, item: T) => void): void =>
        matrix.forEach((line, r) => line.forEach((item, c) => r < rows && c < columns && apply(cellAt(row + r, column + c), item)));
      return {
        set numberFormat(formats: (string | null)[][]) {
          each(formats, (cell, format) => {
            if (format !== null) {
              cell.numberFormat = format;
            }
          });
        },
        set values(values: (string | number | boolean | null)[][]) {
          each(values, (cell, value) => value !== null && typed(cell, value));
        }
      };
    }
  };
  (global as Record<string, unknown>).Excel = {
    run: async (callback: (context: unknown) => Promise<unknown>) => callback({ workbook: { worksheets: { getItem: () => sheet } }, sync: async () => undefined })
  };
  return { cellAt };
}

describe('office.js sheet grid writing text from SharePoint', () => {
  const grid = new OfficeSheetGrid();

  it('writes titles, units and comments as text: none becomes a formula, a number or a date', async () => {
    const excel = excelLikeSheet();
    await grid.writeValues('Kennzahlen 2026', [['Kennzahl', 'Gesamt'], ...hostileTexts.map((text) => [text, 12])]);
    hostileTexts.forEach((text, index) => {
      expect(excel.cellAt(index + 1, 0)).toEqual({ value: text, numberFormat: '@' });
      // Numbers stay numbers with the column's own format.
      expect(excel.cellAt(index + 1, 1)).toEqual({ value: 12, numberFormat: 'General' });
    });
  });

  it('writes single cells (an outcome, a stored comment taken over) as text too', async () => {
    const excel = excelLikeSheet();
    await grid.writeCells(
      'Kennzahlen 2026',
      hostileTexts.map((text, index) => ({ row: index + 1, column: 12, value: text }))
    );
    await grid.writeCells('Kennzahlen 2026', [{ row: 1, column: 7, value: 42 }]);
    expect(hostileTexts.map((_, index) => excel.cellAt(index + 1, 12).value)).toEqual([...hostileTexts]);
    expect(hostileTexts.some((_, index) => excel.cellAt(index + 1, 12).formula !== undefined)).toBe(false);
    expect(excel.cellAt(1, 7)).toEqual({ value: 42, numberFormat: 'General' });
  });
});

describe('editable cells as column runs', () => {
  it('joins adjacent rows of a column and ignores duplicates', () => {
    expect(
      verticalRuns([
        { row: 3, column: 1 },
        { row: 1, column: 1 },
        { row: 2, column: 1 },
        { row: 2, column: 1 },
        { row: 5, column: 1 },
        { row: 1, column: 2 }
      ])
    ).toEqual([
      { row: 1, column: 1, rows: 3 },
      { row: 5, column: 1, rows: 1 },
      { row: 1, column: 2, rows: 1 }
    ]);
  });
});

describe('office.js sheet grid listing the worksheets', () => {
  it('names the worksheets in tab order, loading nothing but their names', async () => {
    const loaded: unknown[] = [];
    let synced = false;
    const worksheets = {
      load: (what: unknown) => loaded.push(what),
      get items() {
        // Excel answers the collection only after the sync.
        return synced ? [{ name: 'Kennzahlen 2026' }, { name: 'Hinweise' }] : [];
      }
    };
    (global as Record<string, unknown>).Excel = {
      run: async (callback: (context: unknown) => Promise<unknown>) =>
        callback({ workbook: { worksheets }, sync: async () => void (synced = true) })
    };
    expect(await new OfficeSheetGrid().sheetNames()).toEqual(['Kennzahlen 2026', 'Hinweise']);
    expect(loaded).toEqual(['items/name']);
  });
});
