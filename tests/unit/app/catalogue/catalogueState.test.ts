import { catalogueReducer, exportShownMeasures, hasFilters, initialCatalogueState, CatalogueAction } from '../../../../src/app/catalogue/catalogueState';
import { indexCatalogue, viewCatalogue } from '../../../../src/app/catalogue/catalogueView';
import { loadCatalogue, CatalogueServices, LoadedCatalogue } from '../../../../src/app/catalogue/catalogueLoader';
import { MeasureStatusChoices } from '../../../../src/domain';
import type { Measure, PlanPeriod } from '../../../../src/domain';

function measure(id: number, goalId: number, number: string, title: string, status: Measure['status'] = 'planned'): Measure {
  return { id, title, number, goalId, planPeriodId: 2, leadDepartmentId: 50, involvedDepartmentIds: [], status };
}

const period: PlanPeriod = { id: 2, title: 'Fortschreibung 2024–2026', updateNumber: 3, startYear: 2024, endYear: 2026, status: 'adopted' };
const catalogue: Omit<LoadedCatalogue, 'index'> = {
  user: { siteUserId: 1, login: 'koordination@stadt.example', displayName: 'Koordination', email: 'koordination@stadt.example', role: 'coordinator' },
  periods: [period],
  period,
  fieldsOfAction: [{ id: 1, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 2 }],
  goals: [{ id: 11, title: 'Sprachförderung', number: '1.1', fieldOfActionId: 1, planPeriodId: 2 }],
  measures: [measure(1, 11, '1.1.2', 'Sprachkurse für Eltern', 'inProgress'), measure(2, 11, '1.1.1', 'Übersetzungsdienst'), measure(3, 99, '9.9.9', 'Andere Fortschreibung')],
  departments: [{ id: 50, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' }],
  concepts: []
};
const loaded: LoadedCatalogue = { ...catalogue, index: indexCatalogue(catalogue, MeasureStatusChoices.codes) };

const reduce = (actions: CatalogueAction[], initialMeasureId?: number) => actions.reduce(catalogueReducer, initialCatalogueState(loaded.measures, initialMeasureId));

describe('catalogue workflow', () => {
  it('opens a deep-linked measure once the catalogue shows, and ignores a link to a measure it does not hold', () => {
    expect(initialCatalogueState(loaded.measures, 2).openMeasureId).toBe(2);
    expect(initialCatalogueState(loaded.measures, 77).openMeasureId).toBeUndefined();
    expect(reduce([{ type: 'close' }], 2).openMeasureId).toBeUndefined();
  });

  it('combines filters, resets them, and sorts', () => {
    const state = reduce([{ type: 'filter', filters: { text: 'kurse' } }, { type: 'filter', filters: { status: 'inProgress' } }, { type: 'sort', sort: 'title' }]);
    expect(state.filters).toEqual({ text: 'kurse', status: 'inProgress' });
    expect(hasFilters(state.filters)).toBe(true);
    expect(state.sort).toBe('title');
    const reset = catalogueReducer(state, { type: 'resetFilters' });
    expect(reset.filters).toEqual({});
    expect(hasFilters(reset.filters)).toBe(false);
    expect(hasFilters({ text: '' })).toBe(false);
  });

  it('shows a saved measure in place of the loaded one once its panel closes', () => {
    const first = { ...loaded.measures[0], status: 'inProgress' as const };
    const saved = { ...loaded.measures[0], title: 'Sprachkurse für Mütter und Väter', status: 'implemented' as const };
    const open = reduce([{ type: 'open', measureId: 1 }, { type: 'measureSaved', measure: first }, { type: 'measureSaved', measure: saved }]);
    expect(open.measures).toBe(loaded.measures);
    const state = catalogueReducer(open, { type: 'close' });
    expect(state.savedInPanel).toEqual([]);
    const view = viewCatalogue(indexCatalogue({ ...loaded, measures: state.measures }, MeasureStatusChoices.codes), {}, 'number');
    expect(view.rows.map((row) => [row.measure.number, row.measure.title])).toEqual([
      ['1.1.1', 'Übersetzungsdienst'],
      ['1.1.2', 'Sprachkurse für Mütter und Väter']
    ]);
    expect(view.total).toBe(3);
  });

  it('opens and closes the import panel', () => {
    expect(reduce([{ type: 'importOpened' }]).isImportOpen).toBe(true);
    expect(reduce([{ type: 'importOpened' }, { type: 'importClosed' }]).isImportOpen).toBe(false);
  });

  it('exports the shown rows under a dated file name, and keeps the failure to retry', async () => {
    const index = indexCatalogue(loaded, MeasureStatusChoices.codes);
    const rows = viewCatalogue(index, { text: 'kurse' }, 'number').rows;
    const actions: CatalogueAction[] = [];
    const offered: Array<[Blob, string]> = [];
    await exportShownMeasures((action) => actions.push(action), loaded, rows, 'Massnahmenkatalog', (file, name) => offered.push([file, name]), new Date('2026-11-23T10:00:00Z'));
    expect(actions.map((action) => action.type)).toEqual(['exportStarted', 'exportDone']);
    expect(offered.map(([, name]) => name)).toEqual(['Massnahmenkatalog_2024-2026_2026-11-23.xlsx']);
    const { readWorkbook } = await import('../../../../src/catalogueImport');
    const read = await readWorkbook(await offered[0][0].arrayBuffer(), 'export.xlsx');
    const sheet = read.sheets[0];
    expect(sheet.rows.map((row) => row.cells.join('|')).join('\n')).toContain('Sprachkurse für Eltern');
    expect(sheet.rows.map((row) => row.cells.join('|')).join('\n')).not.toContain('Übersetzungsdienst');

    const failed = reduce([{ type: 'exportStarted' }, { type: 'exportFailed', error: new Error('kaputt') }]);
    expect(failed.exportBusy).toBe(false);
    expect((failed.exportError as Error).message).toBe('kaputt');
    expect(catalogueReducer(failed, { type: 'exportStarted' }).exportError).toBeUndefined();
  });
});

describe('catalogue index', () => {
  it('sorts each goal once per sort key and searches without rebuilding the rows', () => {
    const index = indexCatalogue(loaded, MeasureStatusChoices.codes);
    const first = viewCatalogue(index, {}, 'number');
    const again = viewCatalogue(index, {}, 'number');
    expect(again.rows[0]).toBe(first.rows[0]);
    expect(viewCatalogue(index, { text: 'UBERSETZUNG' }, 'number').rows.map((row) => row.measure.id)).toEqual([2]);
    expect(viewCatalogue(index, {}, 'status').rows.map((row) => row.measure.status)).toEqual(['planned', 'inProgress']);
    expect(index.rowById.get(3)).toBeUndefined();
  });
});

describe('loading the catalogue', () => {
  const services = (periods: PlanPeriod[]): CatalogueServices =>
    ({
      users: { currentUser: async () => loaded.user },
      catalogue: {
        planPeriods: async () => periods,
        concepts: async () => [],
        fieldsOfAction: async (periodId: number) => (periodId === 2 ? loaded.fieldsOfAction : []),
        goals: async (periodId: number) => (periodId === 2 ? loaded.goals : []),
        measures: async (periodId: number, options: { onProgress: (count: number) => void }) => {
          options.onProgress(3);
          return periodId === 2 ? loaded.measures : [];
        }
      },
      departments: { departments: async () => loaded.departments },
      indicators: { indicators: async () => [] }
    }) as unknown as CatalogueServices;

  it('loads the chosen period with its index, counting measures as they arrive', async () => {
    const progress: number[] = [];
    const result = await loadCatalogue(services([period]), 2, (count) => progress.push(count));
    expect(result.period?.id).toBe(2);
    expect(progress).toEqual([3]);
    expect([...result.index.rowById.keys()].sort()).toEqual([1, 2]);
    expect(viewCatalogue(result.index, {}, 'number').rows.map((row) => row.measure.number)).toEqual(['1.1.1', '1.1.2']);
  });

  it('shows an empty catalogue when there is no period yet', async () => {
    const result = await loadCatalogue(services([]), undefined, () => undefined);
    expect(result.period).toBeUndefined();
    expect(result.measures).toEqual([]);
    expect(result.index.total).toBe(0);
  });
});
