import { readIndicatorSheet, maxIndicatorValue } from '../../../src/indicatorSheet/sheetReader';
import { cellAddress, columnIndex, SheetColumnKey, sheetColumns } from '../../../src/indicatorSheet/sheetLayout';
import { demoModel, fill, formulasWith, Matrix, matrixOf, setCell } from './fixtures';

/** Rows of the demo sheet: 1 participants (split, persons), 2 budget (euros, stored), 3 share (percent), 4 counselling (count). */
const participantsRow = 1;
const budgetRow = 2;
const shareRow = 3;
const countRow = 4;

const validParticipants = { total: 110, female: 55, male: 50, diverse: 1, notStated: 4 };

interface BadCase {
  readonly name: string;
  /** Changes the freshly built sheet; may return formulas. */
  readonly edit: (matrix: Matrix) => Array<Array<string | null>> | void;
  readonly row: number;
  readonly column: SheetColumnKey;
  readonly says: RegExp;
  readonly language?: 'de' | 'en';
}

/** 15.03.2024 as Excel shows it; stored as the serial 45366, which must never pass as a count. */
const march15 = { date: '2024-03-15' };
const address = (row: number, column: SheetColumnKey): string => cellAddress(row, columnIndex(column));

const otherDepartmentRow = (matrix: Matrix): void => {
  // A row copied from another department's sheet: its own hidden id and key.
  const pasted = [...matrix[participantsRow]];
  pasted[columnIndex('indicatorId')] = 77;
  pasted[columnIndex('valueKey')] = '77-2026';
  pasted[columnIndex('indicator')] = 'Kita-Plätze';
  pasted[columnIndex('total')] = 40;
  matrix.push(pasted);
};

const corpus: readonly BadCase[] = [
  { name: 'text in a number cell', edit: (m) => fill(m, budgetRow, { total: 'zwölftausend' }), row: budgetRow, column: 'total', says: /Text .*zwölftausend.*Zahl/ },
  { name: 'a decimal typed as text', edit: (m) => fill(m, shareRow, { total: '12,5' }), row: shareRow, column: 'total', says: /Text \(„12,5“\)/ },
  { name: 'a digit string beyond the bound', edit: (m) => fill(m, budgetRow, { total: '99999999999999' }), row: budgetRow, column: 'total', says: /unplausibel groß/ },
  { name: 'a date in a number cell', edit: (m) => fill(m, countRow, { total: march15 }), row: countRow, column: 'total', says: new RegExp(`Zelle ${address(countRow, 'total')} enthält ein Datum \\(15\\.03\\.2024\\), keine Zahl.*als Zahl formatieren`) },
  { name: 'a date in a gender part', edit: (m) => fill(m, participantsRow, { ...validParticipants, male: march15 }), row: participantsRow, column: 'male', says: new RegExp(`Zelle ${address(participantsRow, 'male')} enthält ein Datum`) },
  { name: 'English: a date in a number cell', edit: (m) => fill(m, budgetRow, { total: march15 }), row: budgetRow, column: 'total', says: new RegExp(`Cell ${address(budgetRow, 'total')} holds a date \\(2024-03-15\\), not a number.*Format the cell as a number`), language: 'en' },
  { name: 'German thousands separator as text', edit: (m) => fill(m, budgetRow, { total: '21.000' }), row: budgetRow, column: 'total', says: /ohne Tausenderpunkte/ },
  { name: 'a unit typed into the cell', edit: (m) => fill(m, shareRow, { total: '12 %' }), row: shareRow, column: 'total', says: /ohne Einheit/ },
  { name: 'text in a gender part', edit: (m) => fill(m, participantsRow, { ...validParticipants, female: 'fünfzig' }), row: participantsRow, column: 'female', says: /Text/ },
  { name: 'a negative total', edit: (m) => fill(m, countRow, { total: -3 }), row: countRow, column: 'total', says: /nicht negativ/ },
  { name: 'a negative gender part', edit: (m) => fill(m, participantsRow, { ...validParticipants, diverse: -1 }), row: participantsRow, column: 'diverse', says: /nicht negativ/ },
  { name: 'a huge negative number', edit: (m) => fill(m, budgetRow, { total: -1e15 }), row: budgetRow, column: 'total', says: /nicht negativ/ },
  { name: 'decimals in a person count', edit: (m) => fill(m, participantsRow, { ...validParticipants, total: 110.5 }), row: participantsRow, column: 'total', says: /ganze Zahl/ },
  { name: 'decimals in a gender part', edit: (m) => fill(m, participantsRow, { ...validParticipants, female: 54.5 }), row: participantsRow, column: 'female', says: /ganze Zahl/ },
  { name: 'decimals in a count ("Anzahl")', edit: (m) => fill(m, countRow, { total: 3.2 }), row: countRow, column: 'total', says: /ganze Zahl/ },
  { name: 'gender parts incomplete', edit: (m) => fill(m, participantsRow, { total: 110, female: 60, male: 50 }), row: participantsRow, column: 'diverse', says: /alle vier Anteile/ },
  { name: 'gender parts incomplete (not stated missing)', edit: (m) => fill(m, participantsRow, { total: 110, female: 60, male: 49, diverse: 1 }), row: participantsRow, column: 'notStated', says: /alle vier Anteile/ },
  { name: 'gender parts not adding up', edit: (m) => fill(m, participantsRow, { ...validParticipants, male: 40 }), row: participantsRow, column: 'total', says: /ergeben 100, die Gesamtzahl ist 110/ },
  { name: 'gender parts on an indicator that is not split', edit: (m) => fill(m, budgetRow, { female: 5 }), row: budgetRow, column: 'female', says: /nicht nach Geschlecht.*Zelle leeren/ },
  { name: 'comment missing on a large rise', edit: (m) => fill(m, participantsRow, { total: 300, female: 150, male: 140, diverse: 5, notStated: 5 }), row: participantsRow, column: 'comment', says: /200 %.*Vorjahr \(100\).*begründen/ },
  { name: 'comment missing on a drop to zero', edit: (m) => fill(m, countRow, { total: 0 }), row: countRow, column: 'comment', says: /100 %.*begründen/ },
  { name: 'comment of spaces only on a large change', edit: (m) => fill(m, shareRow, { total: 40, comment: '   ' }), row: shareRow, column: 'comment', says: /Vorjahr \(12,5\).*begründen/ },
  { name: 'a huge number', edit: (m) => fill(m, budgetRow, { total: 1e13 }), row: budgetRow, column: 'total', says: /unplausibel groß/ },
  { name: 'a number beyond exact integers', edit: (m) => fill(m, budgetRow, { total: 2 ** 60 }), row: budgetRow, column: 'total', says: /unplausibel groß/ },
  { name: 'infinity', edit: (m) => fill(m, budgetRow, { total: Number.POSITIVE_INFINITY }), row: budgetRow, column: 'total', says: /keine gültige Zahl/ },
  { name: 'NaN (an Excel error value)', edit: (m) => fill(m, countRow, { total: Number.NaN }), row: countRow, column: 'total', says: /keine gültige Zahl/ },
  { name: 'a boolean', edit: (m) => fill(m, countRow, { total: true }), row: countRow, column: 'total', says: /keine gültige Zahl/ },
  { name: 'a formula in a number cell', edit: (m) => (fill(m, countRow, { total: 12 }), formulasWith(m, countRow, 'total', '=A1*2')), row: countRow, column: 'total', says: /Formeln werden nicht übernommen/ },
  { name: 'a formula in a gender part', edit: (m) => (fill(m, participantsRow, validParticipants), formulasWith(m, participantsRow, 'female', '=SUM(B2:B3)')), row: participantsRow, column: 'female', says: /Formeln/ },
  { name: 'a formula in the comment', edit: (m) => (fill(m, countRow, { total: 11, comment: 'Link' }), formulasWith(m, countRow, 'comment', '=HYPERLINK("http://x.example")')), row: countRow, column: 'comment', says: /Formeln/ },
  { name: 'formula-looking text in a number cell', edit: (m) => fill(m, countRow, { total: '=1+1' }), row: countRow, column: 'total', says: /nicht mit =/ },
  { name: 'an unknown indicator id (hidden id edited)', edit: (m) => fill(m, countRow, { indicatorId: 999, total: 11 }), row: countRow, column: 'indicator', says: /Kennzahl 999 gehört nicht zu den Kennzahlen von Fachbereich 50 Soziales/ },
  { name: "a row pasted from another department's sheet", edit: otherDepartmentRow, row: 5, column: 'indicator', says: /Kennzahl 77 gehört nicht.*Zeile löschen/ },
  { name: 'a row without id (inserted by hand)', edit: (m) => m.push(sheetColumns.map((c) => (c.key === 'indicator' ? 'Neue Kennzahl' : c.key === 'total' ? 5 : null))), row: 5, column: 'indicator', says: /keine Kennzahl-ID/ },
  { name: 'a hidden id overwritten with text', edit: (m) => fill(m, countRow, { indicatorId: 'abc', total: 11 }), row: countRow, column: 'indicator', says: /keine Kennzahl-ID/ },
  { name: 'a hidden id of zero', edit: (m) => fill(m, countRow, { indicatorId: 0, total: 11 }), row: countRow, column: 'indicator', says: /keine Kennzahl-ID/ },
  { name: 'a duplicate row', edit: (m) => (fill(m, countRow, { total: 11 }), m.push([...m[countRow]])), row: 5, column: 'indicator', says: /doppelt im Blatt \(auch in Zeile 5\)/ },
  { name: "a row from another year's sheet", edit: (m) => fill(m, countRow, { valueKey: '14-2025', total: 11 }), row: countRow, column: 'indicator', says: /anderen Jahres \(14-2025\).*Blatt 2026/ },
  { name: 'comment without total', edit: (m) => fill(m, countRow, { comment: 'Zahl folgt' }), row: countRow, column: 'total', says: /keine Gesamtzahl/ },
  { name: 'gender parts without total', edit: (m) => fill(m, participantsRow, { female: 1, male: 1, diverse: 0, notStated: 0 }), row: participantsRow, column: 'total', says: /keine Gesamtzahl/ },
  { name: 'a stored total cleared while its comment stays', edit: (m) => fill(m, budgetRow, { total: null, comment: 'korrigiert' }), row: budgetRow, column: 'total', says: /keine Gesamtzahl/ },
  { name: 'a column inserted', edit: (m) => m.forEach((row, i) => row.splice(columnIndex('unit'), 0, i === 0 ? 'Notiz' : null)), row: 0, column: 'unit', says: /Spalte „Notiz“ steht nicht an ihrem Platz/ },
  { name: 'English: text in a number cell', edit: (m) => fill(m, budgetRow, { total: 'twelve' }), row: budgetRow, column: 'total', says: /holds text \("twelve"\)\. Enter a number/, language: 'en' },
  { name: 'English: parts not adding up', edit: (m) => fill(m, participantsRow, { ...validParticipants, male: 40 }), row: participantsRow, column: 'total', says: /add up to 100, but the total is 110\. Correct/, language: 'en' },
  { name: 'English: foreign id', edit: (m) => fill(m, countRow, { indicatorId: 999, total: 11 }), row: countRow, column: 'indicator', says: /Indicator 999 is not one of the indicators of Fachbereich 50 Soziales\. Delete the row/, language: 'en' }
];

describe('reading a filled indicator sheet: bad input', () => {
  it('has a corpus of at least 30 distinct bad inputs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.name, c] as const))('%s → a problem on that cell saying what to do', (_name, bad) => {
    const model = demoModel();
    const language = bad.language ?? 'de';
    const matrix = matrixOf(model, language);
    const formulas = bad.edit(matrix) ?? undefined;
    const { values, problems } = readIndicatorSheet(matrix, formulas, model, language);

    expect(problems).toContainEqual({ row: bad.row, column: bad.column, message: expect.stringMatching(bad.says) });
    // The problem stays on its row: other rows are read as usual.
    expect(problems.every((problem) => problem.row === bad.row)).toBe(true);
    // Nothing of the bad row is submitted: no value for its indicator, none foreign, none twice.
    const ids = values.map((value) => value.indicatorId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => model.rows.some((row) => row.indicator.id === id))).toBe(true);
    if (bad.row === 0) {
      expect(values).toEqual([]);
    } else if (bad.row <= model.rows.length) {
      expect(ids).not.toContain(model.rows[bad.row - 1].indicator.id);
    }
  });

  it('names a date by the date the user sees, never by the serial number Excel stores', () => {
    const model = demoModel();
    for (const language of ['de', 'en'] as const) {
      const matrix = matrixOf(model, language);
      fill(matrix, countRow, { total: march15 });
      const { problems } = readIndicatorSheet(matrix, undefined, model, language);
      expect(problems).toHaveLength(1);
      expect(problems[0].message).not.toContain('45366');
      expect(problems[0].message).not.toContain('45.366');
      expect(problems[0].message).toContain(address(countRow, 'total'));
    }
  });

  it('states the bound for huge numbers in the message', () => {
    const model = demoModel();
    const matrix = matrixOf(model);
    fill(matrix, budgetRow, { total: maxIndicatorValue + 1 });
    const { problems } = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(problems[0].message).toContain('1.000.000.000.000');
    fill(matrix, budgetRow, { total: maxIndicatorValue, comment: 'Sondervermögen' });
    expect(readIndicatorSheet(matrix, undefined, model, 'de').problems).toEqual([]);
  });

  it('keeps only the first of a duplicated pair and reports the second', () => {
    const model = demoModel();
    const matrix = matrixOf(model);
    fill(matrix, countRow, { total: 11 });
    matrix.push([...matrix[countRow]]);
    setCell(matrix, 5, 'total', 12);
    const { values, problems } = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(problems).toHaveLength(1);
    expect(values.filter((value) => value.indicatorId === 14).map((value) => value.total)).toEqual([11]);
  });
});

describe('reading a filled indicator sheet: good input', () => {
  function filledSheet(): Matrix {
    const matrix = matrixOf();
    fill(matrix, participantsRow, validParticipants);
    fill(matrix, shareRow, { total: 12.75 });
    fill(matrix, countRow, { total: 30, comment: 'Neue Beratungsstelle seit März' });
    return matrix;
  }

  it('reads every filled row as a value of the year, with the stored id and the version the sheet was opened with', () => {
    const model = demoModel();
    const { values, problems } = readIndicatorSheet(filledSheet(), undefined, model, 'de');
    expect(problems).toEqual([]);
    expect(values).toEqual([
      { indicatorId: 11, year: 2026, total: 110, female: 55, male: 50, diverse: 1, notStated: 4, source: 'Kursstatistik', departmentId: 3 },
      { indicatorId: 12, year: 2026, total: 21000, source: 'Haushalt', departmentId: 3, id: 501, etag: '"3"' },
      { indicatorId: 13, year: 2026, total: 12.75, departmentId: 3 },
      { indicatorId: 14, year: 2026, total: 30, comment: 'Neue Beratungsstelle seit März', departmentId: 3 }
    ]);
  });

  it('matches moved rows by their hidden id', () => {
    const model = demoModel();
    const matrix = filledSheet();
    const moved = [matrix[0], ...matrix.slice(1).reverse()];
    const straight = readIndicatorSheet(matrix, undefined, model, 'de').values;
    const reading = readIndicatorSheet(moved, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect([...reading.values].sort((a, b) => a.indicatorId - b.indicatorId)).toEqual(straight);
  });

  it('submits nothing for deleted rows', () => {
    const model = demoModel();
    const matrix = filledSheet();
    const withoutTwo = [matrix[0], matrix[participantsRow], matrix[countRow]];
    const reading = readIndicatorSheet(withoutTwo, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((value) => value.indicatorId)).toEqual([11, 14]);
  });

  it('skips empty rows, also empty rows in between and rows whose ids were cleared along with their values', () => {
    const model = demoModel();
    const matrix = filledSheet();
    matrix.splice(2, 0, sheetColumns.map(() => null), sheetColumns.map(() => ''));
    matrix.push(sheetColumns.map((column) => (column.key === 'indicator' ? 'Kennzahl ohne Wert' : null)));
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values).toHaveLength(4);
  });

  it('ignores edited key and reference cells and the outcome column: the hidden id decides', () => {
    const model = demoModel();
    const matrix = filledSheet();
    fill(matrix, countRow, { indicator: 'Umbenannt', measure: 'Andere Maßnahme', unit: 'Stück', previousTotal: 29, outcome: 'Gespeichert' });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.find((value) => value.indicatorId === 14)).toMatchObject({ total: 30 });
  });

  it('reads a sheet opened in English with German messages, and accepts an id pasted as digits', () => {
    const model = demoModel();
    const matrix = matrixOf(model, 'en');
    fill(matrix, countRow, { total: 11, indicatorId: '14' });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.map((value) => value.indicatorId)).toEqual([12, 14]);
  });

  it('accepts complete gender parts of zero, a small change without comment and plain text comments', () => {
    const model = demoModel();
    const matrix = matrixOf(model);
    fill(matrix, participantsRow, { total: 100, female: 50, male: 50, diverse: 0, notStated: 0, comment: 'Zählung zum 31.12.' });
    fill(matrix, countRow, { total: 12 });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.find((value) => value.indicatorId === 11)).toMatchObject({ diverse: 0, notStated: 0, comment: 'Zählung zum 31.12.' });
  });

  it.each([
    ['a number stored as text', '42'],
    ['a number with blanks around it', ' 42 '],
    ['a number with a leading zero', '042'],
    ['a number with a byte order mark', '\uFEFF42'],
    ['a number with a zero-width space', '4\u200B2'],
    ['a number with a soft hyphen', '42\u00AD']
  ])('reads %s as the number', (_name, text) => {
    const model = demoModel();
    const matrix = matrixOf(model);
    fill(matrix, countRow, { total: text, comment: 'Neue Beratungsstelle' });
    fill(matrix, participantsRow, { total: '110', female: '55', male: 50, diverse: ' 1', notStated: '4 ' });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.find((value) => value.indicatorId === 14)).toMatchObject({ total: 42 });
    expect(reading.values.find((value) => value.indicatorId === 11)).toMatchObject({ total: 110, female: 55, male: 50, diverse: 1, notStated: 4 });
  });

  it('drops invisible characters from comments and from the hidden key, id and version cells', () => {
    const model = demoModel();
    const matrix = matrixOf(model);
    fill(matrix, countRow, { total: 30, comment: '\u200BNeue Bera\u00ADtungs\u00ADstelle\uFEFF', valueKey: '\uFEFF14-2026', indicatorId: '14\u200B' });
    fill(matrix, budgetRow, { etag: '"3"\u200B' });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.find((value) => value.indicatorId === 14)).toMatchObject({ total: 30, comment: 'Neue Beratungsstelle' });
    expect(reading.values.find((value) => value.indicatorId === 12)).toMatchObject({ etag: '"3"' });
  });

  it.each([
    ['-5 % weniger Teilnehmende'],
    ['- zwei Kurse ausgefallen\n- ein Kurs neu'],
    ['+2 Kurse im Herbst'],
    ['=Summe laut Kursstatistik'],
    ['@Stadtteilbüro Nord: Zahlen nachgemeldet'],
    ['=HYPERLINK("https://evil.example")']
  ])('keeps a comment that starts with a formula sign as the office wrote it: %j', (comment) => {
    // The sheet formats the comment column as text (@), so such a comment is text there, never run.
    const model = demoModel();
    const matrix = matrixOf(model);
    fill(matrix, countRow, { total: 11, comment });
    const reading = readIndicatorSheet(matrix, undefined, model, 'de');
    expect(reading.problems).toEqual([]);
    expect(reading.values.find((value) => value.indicatorId === 14)?.comment).toBe(comment);
  });

  it('keeps a stored comment with a formula sign, and still refuses a real formula in the comment cell', () => {
    const base = demoModel();
    const model = { ...base, rows: base.rows.map((row, index) => (index === budgetRow - 1 ? { ...row, stored: { ...row.stored!, comment: '-5 % weniger Mittel' } } : row)) };
    const matrix = matrixOf(model);
    expect(readIndicatorSheet(matrix, undefined, model, 'de').problems).toEqual([]);
    fill(matrix, budgetRow, { comment: 'Link' });
    const formulas = formulasWith(matrix, budgetRow, 'comment', '=HYPERLINK("https://evil.example")');
    expect(readIndicatorSheet(matrix, formulas, model, 'de').problems).toEqual([expect.objectContaining({ row: budgetRow, column: 'comment', message: expect.stringMatching(/Formeln werden nicht übernommen/) })]);
  });

  it('reads nothing from an empty matrix', () => {
    expect(readIndicatorSheet([], undefined, demoModel(), 'de')).toEqual({ values: [], problems: [] });
  });
});
