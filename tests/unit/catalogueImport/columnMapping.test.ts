import { columnOfHeader, describeImportProblem, suggestColumnMapping } from '../../../src/catalogueImport';

describe('suggestColumnMapping', () => {
  it('maps the office spreadsheet headers to the catalogue columns', () => {
    const headers = ['Nr.', 'Handlungsfeld', 'Einzelziel', 'Maßnahme', 'federführender Fachbereich', 'Herkunft', 'Stand', 'Kennzahlen', 'Bemerkung intern'];
    const suggestion = suggestColumnMapping(headers);

    expect(suggestion.mapping).toEqual({ number: 0, fieldOfAction: 1, goal: 2, title: 3, leadDepartment: 4, sourceConcept: 5, status: 6, indicators: 7 });
    expect(suggestion.missing).toEqual([]);
    expect(suggestion.problems).toEqual([]);
    expect(suggestion.ignoredHeaders).toEqual(['Bemerkung intern']);
  });

  it.each([
    ['MASSNAHME', 'title'],
    ['Massnahme', 'title'],
    ['  Maßnahme  ', 'title'],
    ['Maßnahmen-\nnummer', 'number'],
    ['Federführender\nFachbereich', 'leadDepartment'],
    ['Maßnahmennummer', 'number'],
    ['Massnahmennummer', 'number'],
    ['FB', 'leadDepartment'],
    ['Fachbereich (federführend)', 'leadDepartment'],
    ['Fachbereich ( federfuehrend )', 'leadDepartment'],
    ['Federführender   Fachbereich', 'leadDepartment'],
    ['Beteiligte Fachbereiche', 'involvedDepartments'],
    ['Status', 'status'],
    ['Umsetzungsstand', 'status'],
    ['Stand der Umsetzung', 'status'],
    ['Stand (Mai 2024)', 'status'],
    ['Herkunft (Konzept)', 'sourceConcept'],
    ['Kennzahl', 'indicators'],
    ['Einzelziel:', 'goal'],
    ['Handlungsfeld*', 'fieldOfAction'],
    ['Bemerkung', undefined]
  ])('reads the header %j as %s', (header, expected) => {
    expect(columnOfHeader(header)).toBe(expected);
  });

  it('names each missing required column in German and English', () => {
    const suggestion = suggestColumnMapping(['Handlungsfeld', 'Einzelziel', 'Maßnahme', 'Stand', 'Kennzahlen']);

    expect(suggestion.missing).toEqual(['leadDepartment', 'sourceConcept']);
    expect(suggestion.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [0, 'Federführender Fachbereich'],
      [0, 'Herkunft']
    ]);
    expect(describeImportProblem(suggestion.problems[0])).toContain('Die Spalte „Federführender Fachbereich“ fehlt');
    expect(describeImportProblem(suggestion.problems[1], 'en')).toContain('The column "Herkunft" is missing');
  });

  it('reports two headers meaning the same column and keeps the first', () => {
    const suggestion = suggestColumnMapping(['Handlungsfeld', 'Einzelziel', 'Maßnahme', 'FB', 'Herkunft', 'Status', 'Stand', 'Kennzahlen']);

    expect(suggestion.mapping.status).toBe(5);
    expect(suggestion.problems).toEqual([{ row: 0, column: 'Stand', message: 'import.columnDuplicate', params: { first: 'Status', second: 'Stand', column: 'Stand' } }]);
  });
});
