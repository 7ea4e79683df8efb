import { catalogueImportKey, planCatalogueImport, suggestColumnMapping, validateImportRows } from '../../../src/catalogueImport';
import type { CatalogueSheetRow } from '../../../src/catalogueImport';
import { context, existing, exportedRows, headers, sheetRows, validRow } from './catalogueFixture';

const mapping = suggestColumnMapping(headers).mapping;

function plan(rows: readonly CatalogueSheetRow[]) {
  const preview = validateImportRows(sheetRows(rows), mapping, context, headers);
  expect(preview.problems).toEqual([]);
  return planCatalogueImport(preview.rows, existing);
}

describe('planCatalogueImport', () => {
  it('finds every measure of the site unchanged when its own rows are imported', () => {
    const result = plan(exportedRows());

    expect(result.counts).toEqual({ create: 0, update: 0, unchanged: 4 });
    expect(result.fieldsOfAction).toEqual([]);
    expect(result.goals).toEqual([]);
  });

  it('plans one update with only the changed fields, the stored id and the etag', () => {
    const rows = exportedRows().map((row) => (row.number === '1.1.2' ? { ...row, status: 'umgesetzt', involvedDepartments: '43 Volkshochschule' } : row));

    const result = plan(rows);

    expect(result.counts).toEqual({ create: 0, update: 1, unchanged: 3 });
    expect(result.measures.find((step) => step.kind === 'update')).toEqual({
      kind: 'update',
      row: 3,
      importKey: 'FS2-1.1.2',
      id: 102,
      etag: '"102,3"',
      changes: { status: 'implemented', involvedDepartmentIds: [6] },
      addIndicators: []
    });
  });

  it('plans an emptied description and a moved goal as changes', () => {
    const rows = exportedRows().map((row) => (row.number === '1.1.1' ? { ...row, description: '', goal: 'Deutschkenntnisse Erwachsener verbessern' } : row));

    const step = plan(rows).measures.find((candidate) => candidate.kind === 'update');

    expect(step?.kind === 'update' && step.changes).toEqual({ goal: { goalId: 22 }, description: undefined });
  });

  it('adds indicator titles the site does not hold yet, and never removes any', () => {
    const rows = exportedRows().map((row) => (row.number === '1.1.1' ? { ...row, indicators: 'kinder in sprach-kitas\nSprachstandserhebungen' } : row));

    const step = plan(rows).measures.find((candidate) => candidate.kind === 'update');

    expect(step).toMatchObject({ id: 101, changes: {}, addIndicators: ['Sprachstandserhebungen'] });
  });

  it('creates new measures with goal, field of action and key, and plans missing fields of action and goals once', () => {
    const result = plan([
      validRow(),
      validRow({ number: '5.1.1', fieldOfAction: 'Digitale Teilhabe', goal: 'Zugang zu digitalen Angeboten', title: 'Digitalsprechstunden' }),
      validRow({ number: '5.1.2', fieldOfAction: 'digitale  teilhabe', goal: 'Zugang zu digitalen Angeboten', title: 'Leihgeräte' }),
      validRow({ number: '2.9.1', fieldOfAction: 'Arbeit', goal: 'Selbstständigkeit fördern', title: 'Gründungsberatung' })
    ]);

    expect(result.counts).toEqual({ create: 4, update: 0, unchanged: 0 });
    expect(result.fieldsOfAction).toEqual([{ key: 'digitale teilhabe', title: 'Digitale Teilhabe', sortOrder: 3, planPeriodId: 2 }]);
    expect(result.goals).toEqual([
      { key: 'digitale teilhabe\u241fzugang zu digitalen angeboten', title: 'Zugang zu digitalen Angeboten', fieldOfAction: { newFieldOfActionKey: 'digitale teilhabe' }, planPeriodId: 2 },
      { key: '12\u241fselbstständigkeit fördern', title: 'Selbstständigkeit fördern', fieldOfAction: { fieldOfActionId: 12 }, planPeriodId: 2 }
    ]);
    expect(result.measures[0]).toEqual({
      kind: 'create',
      row: 2,
      importKey: 'FS2-1.1.9',
      planPeriodId: 2,
      fields: { title: 'Vorlesepatenschaften in Familienzentren', number: '1.1.9', goal: { goalId: 21 }, leadDepartmentId: 8, involvedDepartmentIds: [], sourceConceptId: 1, status: 'planned' },
      addIndicators: ['Vorlesestunden je Jahr']
    });
    expect(result.measures[2]).toMatchObject({ fields: { goal: { newGoalKey: 'digitale teilhabe\u241fzugang zu digitalen angeboten' } } });
  });

  it('keys rows without a number by field of action, goal and title, stable across spelling of blanks and case', () => {
    const row = { fieldOfAction: 'Arbeit', goal: 'Zugang zu Ausbildung erleichtern', title: 'Ausbildungsmesse' };

    const key = catalogueImportKey(2, row);

    expect(key).toMatch(/^FS2-T[0-9a-f]{16}$/);
    expect(catalogueImportKey(2, { ...row, title: '  ausbildungsmesse ' })).toBe(key);
    expect(catalogueImportKey(2, { ...row, title: 'Ausbildungsmesse 2025' })).not.toBe(key);
    expect(catalogueImportKey(3, row)).not.toBe(key);
    expect(catalogueImportKey(2, { ...row, number: '2.1.4' })).toBe('FS2-2.1.4');
  });

  it('finds a measure imported without a number again on the next import', () => {
    const first = plan([validRow({ number: '' })]);
    const created = first.measures[0];
    expect(created.kind).toBe('create');
    const stored = { ...existing, measures: [...existing.measures, { id: 150, title: 'Vorlesepatenschaften in Familienzentren', goalId: 21, planPeriodId: 2, leadDepartmentId: 8, involvedDepartmentIds: [], sourceConceptId: 1, status: 'planned' as const, importKey: created.importKey }], indicators: [...existing.indicators, { id: 250, title: 'Vorlesestunden je Jahr', measureId: 150, departmentId: 8, unit: 'Anzahl', direction: 'higherIsBetter' as const, isGenderSplit: false }] };

    const preview = validateImportRows(sheetRows([validRow({ number: '' })]), mapping, context, headers);
    const second = planCatalogueImport(preview.rows, stored);

    expect(second.measures).toEqual([{ kind: 'unchanged', row: 2, importKey: created.importKey, id: 150 }]);
  });

  it.each([
    ['a zero-width space', '\u200B'],
    ['a soft hyphen', '\u00AD'],
    ['a byte order mark', '\uFEFF']
  ])('keys a title, field of action, goal and number with %s as without it', (_name, invisible) => {
    const row = { fieldOfAction: 'Arbeit', goal: 'Zugang zu Ausbildung erleichtern', title: 'Ausbildungsmesse' };
    const key = catalogueImportKey(2, row);

    expect(catalogueImportKey(2, { fieldOfAction: `${invisible}Arbeit`, goal: `Zugang zu Aus${invisible}bildung erleichtern`, title: `Ausbildungs${invisible}messe${invisible}` })).toBe(key);
    expect(catalogueImportKey(2, { ...row, number: `${invisible}2.1.4${invisible}` })).toBe('FS2-2.1.4');
  });

  it('finds the same measure again when the file is imported again with invisible characters pasted into its texts', () => {
    const first = plan([validRow({ number: '' })]);
    const created = first.measures[0];
    const stored = { ...existing, measures: [...existing.measures, { id: 150, title: 'Vorlesepatenschaften in Familienzentren', goalId: 21, planPeriodId: 2, leadDepartmentId: 8, involvedDepartmentIds: [], sourceConceptId: 1, status: 'planned' as const, importKey: created.importKey }], indicators: [...existing.indicators, { id: 250, title: 'Vorlesestunden je Jahr', measureId: 150, departmentId: 8, unit: 'Anzahl', direction: 'higherIsBetter' as const, isGenderSplit: false }] };
    const pasted = validRow({
      number: '\u200B',
      fieldOfAction: '\uFEFFSprache und Bildung',
      goal: 'Frühkindliche Sprach\u00ADförderung und Bildungsbeteiligung stärken',
      title: 'Vorlese\u00ADpaten\u200Bschaften in Familien\u2060zentren\u200B',
      indicators: 'Vorlese\u200Bstunden je Jahr'
    });

    const preview = validateImportRows(sheetRows([pasted]), mapping, context, headers);
    expect(preview.problems).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ title: 'Vorlesepatenschaften in Familienzentren', goal: 'Frühkindliche Sprachförderung und Bildungsbeteiligung stärken', indicators: ['Vorlesestunden je Jahr'] });
    const second = planCatalogueImport(preview.rows, stored);

    // Not a second measure, and no title "change" that only adds characters nobody sees.
    expect(second.measures).toEqual([{ kind: 'unchanged', row: 2, importKey: created.importKey, id: 150 }]);
  });

  it('adopts a measure entered by form whose stored title holds a zero-width space', () => {
    const keyless = { ...existing.measures[2], importKey: undefined, number: undefined, title: `${existing.measures[2].title.slice(0, 4)}\u200B${existing.measures[2].title.slice(4)}` };
    const site = { ...existing, measures: [existing.measures[0], existing.measures[1], keyless, existing.measures[3]] };
    const rows = exportedRows().map((row, index) => (index === 2 ? { ...row, number: '' } : row));
    const preview = validateImportRows(sheetRows(rows), mapping, context, headers);

    const result = planCatalogueImport(preview.rows, site);

    expect(result.counts.create).toBe(0);
    expect(result.measures.find((step) => 'id' in step && step.id === 103)).toMatchObject({ kind: 'update', changes: { title: existing.measures[2].title } });
  });
});

describe('planCatalogueImport with measures entered by form', () => {
  it('adopts a stored measure without import key instead of creating it twice', () => {
    const keyless = { ...existing.measures[2], importKey: undefined };
    const site = { ...existing, measures: [existing.measures[0], existing.measures[1], keyless, existing.measures[3]] };
    const preview = validateImportRows(sheetRows(exportedRows()), mapping, context, headers);

    const result = planCatalogueImport(preview.rows, site);

    expect(result.counts).toEqual({ create: 0, update: 1, unchanged: 3 });
    expect(result.measures.find((step) => step.kind === 'update')).toMatchObject({ id: 103, changes: { importKey: 'FS2-1.3.1' } });
  });
});
