import { describeImportProblem, suggestColumnMapping, validateImportRows } from '../../../src/catalogueImport';
import type { CatalogueSheetRow, ImportProblem } from '../../../src/catalogueImport';
import { context, headers, sheetRows, typedRows, validRow } from './catalogueFixture';

const mapping = suggestColumnMapping(headers).mapping;

function validate(...rows: CatalogueSheetRow[]) {
  return validateImportRows(typedRows(rows), mapping, context, headers);
}

function cells(problems: readonly ImportProblem[]): Array<[number, string, string]> {
  return problems.map((problem) => [problem.row, problem.column, problem.message]);
}

describe('validateImportRows', () => {
  it('resolves a clean row to ids, status code and import key', () => {
    const preview = validate(validRow({ leadDepartment: '51 Jugend und Familie', involvedDepartments: 'FB 40\nVolkshochschule; 50', status: 'GEPLANT', indicators: 'Vorlesestunden je Jahr; Beteiligte Familienzentren\n• Ehrenamtliche' }));

    expect(preview.canImport).toBe(true);
    expect(preview.problems).toEqual([]);
    expect(preview.rows).toEqual([
      {
        row: 2,
        importKey: 'FS2-1.1.9',
        number: '1.1.9',
        fieldOfAction: 'Sprache und Bildung',
        goal: 'Frühkindliche Sprachförderung und Bildungsbeteiligung stärken',
        title: 'Vorlesepatenschaften in Familienzentren',
        leadDepartmentId: 8,
        involvedDepartmentIds: [4, 6, 7],
        sourceConceptId: 1,
        status: 'planned',
        indicators: ['Vorlesestunden je Jahr', 'Beteiligte Familienzentren', 'Ehrenamtliche']
      }
    ]);
  });

  it.each(['50', '50 Soziales', 'Soziales', 'soziales', 'FB 50', 'Fachbereich 50 - Soziales'])('finds the department written as %j', (written) => {
    const preview = validate(validRow({ leadDepartment: written }));

    expect(preview.rows[0]?.leadDepartmentId).toBe(7);
  });

  it('reports an unknown department, a number with another department name, and an unknown involved department', () => {
    const preview = validate(validRow({ leadDepartment: '99' }), validRow({ number: '1.1.10', title: 'B', leadDepartment: '50 Jugend und Familie' }), validRow({ number: '1.1.11', title: 'C', involvedDepartments: '40; Stadtgrün' }));

    expect(preview.canImport).toBe(false);
    expect(preview.rows).toEqual([]);
    expect(cells(preview.problems)).toEqual([
      [2, 'Federführender Fachbereich', 'import.departmentUnknown'],
      [3, 'Federführender Fachbereich', 'import.departmentUnknown'],
      [4, 'Beteiligte Fachbereiche', 'import.departmentUnknown']
    ]);
    expect(describeImportProblem(preview.problems[2])).toContain('Den Fachbereich „Stadtgrün“ gibt es nicht');
    expect(describeImportProblem(preview.problems[0], 'en')).toContain('Department "99" does not exist');
  });

  it('requires exactly one lead department', () => {
    const preview = validate(validRow({ leadDepartment: '' }), validRow({ number: '1.1.10', title: 'B', leadDepartment: '50; 51' }));

    expect(cells(preview.problems)).toEqual([
      [2, 'Federführender Fachbereich', 'measure.leadDepartmentRequired'],
      [3, 'Federführender Fachbereich', 'measure.leadDepartmentAmbiguous']
    ]);
  });

  it('reports the same measure twice in the file on the second row, naming the first', () => {
    const preview = validate(validRow({ number: '' }), validRow({ number: '', title: ' vorlesepatenschaften  in Familienzentren ' }));

    expect(preview.canImport).toBe(false);
    expect(preview.problems).toEqual([{ row: 3, column: 'Maßnahme', message: 'import.duplicateMeasure', params: { firstRow: 2 } }]);
    expect(describeImportProblem(preview.problems[0])).toBe('Diese Maßnahme steht bereits in Zeile 2 (gleiches Handlungsfeld, Einzelziel und gleicher Titel).');
  });

  it('says a measure number Excel turned into a date was read as a date, naming the date', () => {
    const [row] = typedRows([validRow({ number: '2024-02-01' })]);
    const preview = validateImportRows([{ ...row, dateColumns: [mapping.number!] }], mapping, context, headers);

    expect(cells(preview.problems)).toEqual([[2, 'Nr.', 'import.numberIsDate']]);
    expect(describeImportProblem(preview.problems[0])).toBe('Excel hat die Maßnahmennummer als Datum gelesen (01.02.2024). Bitte die Spalte als Text formatieren und die Nummer neu eintragen (oder mit Apostroph: \'1.2).');
    expect(describeImportProblem(preview.problems[0], 'en')).toContain('Excel read the measure number as a date (01.02.2024)');
  });

  it('reads titles, numbers and departments pasted with invisible characters as typed without them', () => {
    const preview = validate(validRow({ number: '\uFEFF1.1.9\u200B', title: 'Vorlese\u00ADpatenschaften in\u200B Familienzentren', leadDepartment: '5\u200B1' }));

    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ importKey: 'FS2-1.1.9', number: '1.1.9', title: 'Vorlesepatenschaften in Familienzentren', leadDepartmentId: 8 });
  });

  it('reports a measure number used twice', () => {
    const preview = validate(validRow(), validRow({ title: 'Anderer Titel' }));

    expect(cells(preview.problems)).toEqual([[3, 'Nr.', 'import.duplicateNumber']]);
  });

  it('reports empty titles, fields of action and goals', () => {
    const preview = validate(validRow({ title: '   ' }), validRow({ number: '1.1.10', fieldOfAction: '', goal: '' }));

    expect(cells(preview.problems)).toEqual([
      [2, 'Maßnahme', 'measure.titleRequired'],
      [3, 'Handlungsfeld', 'import.valueRequired'],
      [3, 'Einzelziel', 'import.valueRequired']
    ]);
    expect(describeImportProblem(preview.problems[1])).toBe('Bitte „Handlungsfeld“ angeben.');
  });

  it('reports text in the number column', () => {
    const preview = validate(validRow({ number: 'neu' }), validRow({ number: '1.1.x', title: 'B' }));

    expect(cells(preview.problems)).toEqual([
      [2, 'Nr.', 'import.numberInvalid'],
      [3, 'Nr.', 'import.numberInvalid']
    ]);
    expect(describeImportProblem(preview.problems[0])).toBe('„neu“ ist keine Maßnahmennummer; erwartet wird eine Nummer wie 1.2.3.');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","Info")', '='],
    ['+49 123', '+'],
    ['-Kurse ausbauen', '-'],
    ['@SUMME(A1)', '@']
  ])('rejects the formula-looking cell %j', (title, sign) => {
    const preview = validate(validRow({ title }));

    expect(preview.canImport).toBe(false);
    expect(preview.problems).toEqual([{ row: 2, column: 'Maßnahme', message: 'import.formulaRejected', params: { sign } }]);
    expect(describeImportProblem(preview.problems[0])).toContain('Formeln werden aus Sicherheitsgründen nicht importiert');
  });

  it('rejects a formula cell in any column, e.g. the indicators', () => {
    const preview = validate(validRow({ indicators: '=1+1' }));

    expect(cells(preview.problems)).toEqual([[2, 'Kennzahlen', 'import.formulaRejected']]);
  });

  it.each([
    ['-5 % weniger Teilnehmende als geplant'],
    ['- Sprachkurse für Eltern\n- Elterncafés in den Familienzentren'],
    ['+ zwei weitere Standorte ab 2026'],
    ['=Beschluss des Rates vom 12.03.'],
    ['@Stadtteilbüro Nord']
  ])('keeps a description that starts with a formula sign as written: %j', (description) => {
    const preview = validate(validRow({ description }));

    expect(preview.problems).toEqual([]);
    expect(preview.rows[0].description).toBe(description);
  });

  it('still refuses such a text as a measure title, field of action, goal or indicators cell', () => {
    const preview = validate(
      validRow({ title: '-5 % weniger Teilnehmende' }),
      validRow({ number: '1.1.10', fieldOfAction: '+ Sprache' }),
      validRow({ number: '1.1.11', goal: '- Bildung' }),
      validRow({ number: '1.1.12', indicators: '-Abbrüche; Kurse' })
    );

    expect(cells(preview.problems)).toEqual([
      [2, 'Maßnahme', 'import.formulaRejected'],
      [3, 'Handlungsfeld', 'import.formulaRejected'],
      [4, 'Einzelziel', 'import.formulaRejected'],
      [5, 'Kennzahlen', 'import.formulaRejected']
    ]);
  });

  it('refuses a real formula cell in the description', () => {
    const descriptionColumn = mapping.description!;
    const rows = typedRows([validRow({ description: '=HYPERLINK("http://evil.example","Mehr")' })]).map((row) => ({ ...row, formulaColumns: [descriptionColumn] }));
    const preview = validateImportRows(rows, mapping, context, headers);

    expect(preview.problems).toEqual([{ row: 2, column: 'Beschreibung', message: 'import.formulaRejected', params: { sign: '=' } }]);
  });

  it('accepts text the export marked with an apostrophe and keeps it without the mark', () => {
    const preview = validate(validRow({ title: "'=Vielfalt in Ausbildungsanzeigen" }));

    expect(preview.problems).toEqual([]);
    expect(preview.rows[0].title).toBe('=Vielfalt in Ausbildungsanzeigen');
  });

  it('reports titles longer than 255 characters with their length', () => {
    const preview = validate(validRow({ title: 'x'.repeat(256) }), validRow({ number: '1.1.10', title: 'y'.repeat(255) }));

    expect(preview.problems).toEqual([{ row: 2, column: 'Maßnahme', message: 'measure.titleTooLong', params: { length: 256, max: 255 } }]);
  });

  it('accepts status labels in any case and reports unknown ones with the allowed values', () => {
    const preview = validate(validRow({ status: 'In Umsetzung' }), validRow({ number: '1.1.10', title: 'B', status: 'erledigt' }), validRow({ number: '1.1.11', title: 'C', status: '' }));

    expect(cells(preview.problems)).toEqual([
      [3, 'Stand', 'import.statusUnknown'],
      [4, 'Stand', 'import.valueRequired']
    ]);
    expect(describeImportProblem(preview.problems[0])).toBe('Der Stand „erledigt“ ist unbekannt. Erlaubt sind: geplant, in Umsetzung, umgesetzt, Daueraufgabe, zurückgestellt, entfallen.');
  });

  it('finds concepts by title, with or without their year, and reports unknown ones', () => {
    const preview = validate(
      validRow({ sourceConcept: 'integrationskonzept flüchtlinge' }),
      validRow({ number: '1.1.10', title: 'B', sourceConcept: 'Integration durch Konsens (2008)' }),
      validRow({ number: '1.1.11', title: 'C', sourceConcept: 'Leitbild 2030' }),
      validRow({ number: '1.1.12', title: 'D', sourceConcept: '' })
    );

    expect(cells(preview.problems)).toEqual([[4, 'Herkunft', 'import.conceptUnknown']]);
    expect(preview.problems[0].params).toEqual({ value: 'Leitbild 2030', allowed: 'Integration durch Konsens, Integrationskonzept Flüchtlinge' });
  });

  it('reports a known goal placed under another field of action', () => {
    const preview = validate(validRow({ fieldOfAction: 'Arbeit' }));

    expect(cells(preview.problems)).toEqual([[2, 'Einzelziel', 'import.goalFieldMismatch']]);
  });

  it('names the columns as the file spells them', () => {
    const ownHeaders = ['Massnahmennummer', 'HF', 'Ziel', 'MASSNAHME', 'FB', 'Beteiligte', 'Quelle', 'Umsetzungsstand', 'Indikatoren', 'Erläuterung'];
    const preview = validateImportRows(sheetRows([validRow({ leadDepartment: '77' })]), suggestColumnMapping(ownHeaders).mapping, context, ownHeaders);

    expect(cells(preview.problems)).toEqual([[2, 'FB', 'import.departmentUnknown']]);
  });

  it('refuses the whole file when a required column is missing', () => {
    const withoutStatus = suggestColumnMapping(headers.filter((header) => header !== 'Stand'));
    const rows = sheetRows([validRow()]).map((row) => ({ ...row, cells: row.cells.filter((_, index) => headers[index] !== 'Stand') }));

    const preview = validateImportRows(rows, withoutStatus.mapping, context);

    expect(preview.canImport).toBe(false);
    expect(cells(preview.problems)).toEqual([[0, 'Stand', 'import.columnMissing']]);
  });

  it('imports nothing when one row of many has an error', () => {
    const preview = validate(validRow(), validRow({ number: '1.1.10', title: 'B' }), validRow({ number: '1.1.11', title: 'C', status: 'fertig' }));

    expect(preview.canImport).toBe(false);
    expect(preview.rows).toEqual([]);
    expect(preview.problems).toHaveLength(1);
  });

  it('skips rows that are empty in every catalogue column', () => {
    const preview = validate(validRow(), {}, validRow({ number: '1.1.10', title: 'B' }));

    expect(preview.canImport).toBe(true);
    expect(preview.rows.map((row) => row.row)).toEqual([2, 4]);
  });
});
