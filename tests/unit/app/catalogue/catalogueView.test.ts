import { buildCatalogueView, CatalogueData, searchable } from '../../../../src/app/catalogue/catalogueView';
import { MeasureStatusChoices } from '../../../../src/domain';
import type { Measure } from '../../../../src/domain';

const statusOrder = MeasureStatusChoices.codes;

function measure(id: number, goalId: number, number: string, title: string, lead: number, status: Measure['status'], extra: Partial<Measure> = {}): Measure {
  return { id, title, number, goalId, planPeriodId: 2, leadDepartmentId: lead, involvedDepartmentIds: [], status, ...extra };
}

const data: CatalogueData = {
  fieldsOfAction: [
    { id: 2, title: 'Arbeit', sortOrder: 2, planPeriodId: 2 },
    { id: 1, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 2 }
  ],
  goals: [
    { id: 11, title: 'Sprachförderung', number: '1.1', fieldOfActionId: 1, planPeriodId: 2 },
    { id: 12, title: 'Bildungsberatung', number: '1.2', fieldOfActionId: 1, planPeriodId: 2 },
    { id: 21, title: 'Arbeitsmarktintegration', number: '2.1', fieldOfActionId: 2, planPeriodId: 2 }
  ],
  measures: [
    measure(1, 11, '1.1.10', 'Sprachkurse für Eltern', 50, 'inProgress', { sourceConceptId: 1 }),
    measure(2, 11, '1.1.2', 'Übersetzungsdienst', 32, 'planned', { involvedDepartmentIds: [50] }),
    measure(3, 21, '2.1.1', 'Jobcoaching', 80, 'implemented', { sourceConceptId: 2 }),
    measure(4, 99, '9.9.9', 'Maßnahme einer anderen Fortschreibung', 50, 'planned')
  ],
  departments: [
    { id: 50, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' },
    { id: 32, number: '32', name: 'Ordnung', groupName: 'FB 32 Mitglieder' },
    { id: 80, number: '80', name: 'Wirtschaftsförderung', groupName: 'FB 80 Mitglieder' }
  ],
  concepts: [
    { id: 1, title: 'Integration durch Konsens', year: 2008 },
    { id: 2, title: 'Integrationskonzept Flüchtlinge', year: 2016 }
  ]
};

describe('catalogue tree', () => {
  it('groups measures by field of action and goal in their order, numbers sorted naturally, with counts', () => {
    const view = buildCatalogueView(data, {}, 'number', statusOrder);
    expect(view.rows.map((row) => row.measure.number)).toEqual(['1.1.2', '1.1.10', '2.1.1']);
    expect(view.groups.map((group) => [group.name, group.startIndex, group.count])).toEqual([
      ['1. Sprache und Bildung', 0, 2],
      ['2. Arbeit', 2, 1]
    ]);
    expect(view.groups[0].children!.map((goal) => [goal.name, goal.startIndex, goal.count, goal.level])).toEqual([['1.1 Sprachförderung', 0, 2, 1]]);
  });

  it('filters by department (lead or involved), status, source concept and free text without case or umlauts', () => {
    expect(buildCatalogueView(data, { departmentId: 50 }, 'number', statusOrder).rows.map((row) => row.measure.id)).toEqual([2, 1]);
    expect(buildCatalogueView(data, { status: 'implemented' }, 'number', statusOrder).rows.map((row) => row.measure.id)).toEqual([3]);
    expect(buildCatalogueView(data, { conceptId: 1 }, 'number', statusOrder).rows.map((row) => row.measure.id)).toEqual([1]);
    expect(buildCatalogueView(data, { text: 'ubersetzung' }, 'number', statusOrder).rows.map((row) => row.measure.id)).toEqual([2]);
    expect(buildCatalogueView(data, { text: 'wirtschaftsforderung coaching' }, 'number', statusOrder).rows.map((row) => row.measure.id)).toEqual([3]);
    const none = buildCatalogueView(data, { text: 'gibt es nicht' }, 'number', statusOrder);
    expect(none.rows).toEqual([]);
    expect(none.groups).toEqual([]);
  });

  it('sorts within each goal by status in the list order', () => {
    expect(buildCatalogueView(data, {}, 'status', statusOrder).rows.map((row) => row.measure.status)).toEqual(['planned', 'inProgress', 'implemented']);
  });

  it("gives each row its measure's indicators and finds a measure by an indicator's title", () => {
    const indicator = (id: number, measureId: number | undefined, title: string) => ({ id, title, measureId, departmentId: 50, unit: 'Personen', direction: 'higherIsBetter' as const, isGenderSplit: false });
    const withIndicators: CatalogueData = { ...data, indicators: [indicator(1, 1, 'Teilnehmende Eltern'), indicator(2, 1, 'Kurse'), indicator(3, undefined, 'Quote je Einzelziel'), indicator(4, 3, 'Vermittlungen')] };
    const view = buildCatalogueView(withIndicators, {}, 'number', statusOrder);
    expect(view.rows.map((row) => [row.measure.id, row.indicators.map((item) => item.title)])).toEqual([
      [2, []],
      [1, ['Teilnehmende Eltern', 'Kurse']],
      [3, ['Vermittlungen']]
    ]);
    expect(buildCatalogueView(withIndicators, { text: 'vermittlungen' }, 'number', statusOrder).rows.map((row) => row.measure.id)).toEqual([3]);
  });

  it('folds case, ß and diacritics for search', () => {
    expect(searchable('Maßnahme ÜBER Straße')).toBe('massnahme uber strasse');
  });
});
