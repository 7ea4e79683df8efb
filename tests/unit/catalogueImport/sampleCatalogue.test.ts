import { MeasureStatusChoices } from '../../../src/domain';
import type { Department, FieldOfAction, Goal, Indicator, Measure } from '../../../src/domain';
import { exportCatalogue, planCatalogueImport, readWorkbook, suggestColumnMapping, validateImportRows } from '../../../src/catalogueImport';
import { concepts, fieldsOfAction, measures } from '../../../local/seed/catalogueData';
import { departments } from '../../../local/seed/organisation';
import { sampleCatalogueRows } from '../../../scripts/makeSampleCatalogue';

/** The demo site's 2nd update as the seed writes it: ids in list order, import keys FS2-<number>. */
function seededSite() {
  const planPeriod = { id: 2, updateNumber: 2 };
  const siteDepartments: Department[] = departments.map((department, index) => ({ id: index + 1, number: department.number, name: department.name, groupName: `FB ${department.number} Mitglieder` }));
  const fields: FieldOfAction[] = fieldsOfAction.map((field, index) => ({ id: index + 1, title: field.title, sortOrder: index + 1, planPeriodId: 2 }));
  const goals: Goal[] = fieldsOfAction.flatMap((field, fieldIndex) => field.goals.map((goal) => ({ title: goal.title, number: goal.number, fieldOfActionId: fieldIndex + 1, planPeriodId: 2 }))).map((goal, index) => ({ ...goal, id: index + 1 }));
  const departmentId = (number: string): number => siteDepartments.find((department) => department.number === number)?.id ?? 0;
  const perGoal = new Map<string, number>();
  const siteMeasures: Measure[] = measures.map((measure, index) => {
    const position = (perGoal.get(measure.goal) ?? 0) + 1;
    perGoal.set(measure.goal, position);
    const number = `${measure.goal}.${position}`;
    return {
      id: index + 1,
      title: measure.title,
      number,
      goalId: goals.find((goal) => goal.number === measure.goal)?.id ?? 0,
      planPeriodId: 2,
      leadDepartmentId: departmentId(measure.lead),
      involvedDepartmentIds: (measure.involved ?? []).map(departmentId),
      sourceConceptId: measure.concept + 1,
      status: MeasureStatusChoices.toCode(measure.status) ?? 'planned',
      description: measure.description,
      importKey: `FS2-${number}`,
      etag: '"1"'
    };
  });
  const indicators: Indicator[] = measures.flatMap((measure, index) =>
    measure.indicators.map((indicator) => ({ id: 0, title: indicator.title, measureId: index + 1, departmentId: departmentId(measure.lead), unit: indicator.unit, direction: 'higherIsBetter' as const, isGenderSplit: false }))
  );
  const siteConcepts = concepts.map((concept, index) => ({ id: index + 1, title: concept.title, year: concept.year }));
  return { planPeriod, departments: siteDepartments, concepts: siteConcepts, fieldsOfAction: fields, goals, measures: siteMeasures, indicators };
}

describe('the generated sample catalogue', () => {
  it('holds the demo city’s measures across its departments, the four fields of action and their goals', () => {
    const rows = sampleCatalogueRows();

    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((row) => row.fieldOfAction))).toEqual(new Set(['Sprache und Bildung', 'Arbeit', 'Soziales und gesellschaftliche Teilhabe', 'Politik und Recht']));
    expect(new Set(rows.map((row) => row.goal)).size).toBe(10);
    const leads = new Set(rows.map((row) => row.leadDepartment?.split(' ')[0]));
    expect(leads).toContain('10');
    expect(leads).toContain('80');
    expect(rows.every((row) => (row.indicators ?? '') !== '')).toBe(true);
  });

  it('imports onto an empty period as new fields of action, goals and measures', async () => {
    const site = seededSite();
    const read = await readWorkbook(await exportCatalogue(sampleCatalogueRows()), 'Beispielkatalog.xlsx');
    const [sheet] = read.sheets;

    const preview = validateImportRows(sheet.rows, suggestColumnMapping(sheet.headers).mapping, { ...site, fieldsOfAction: [], goals: [], measures: [] }, sheet.headers);
    const plan = planCatalogueImport(preview.rows, { planPeriod: site.planPeriod, fieldsOfAction: [], goals: [], measures: [] });

    expect(preview.problems).toEqual([]);
    expect(plan.fieldsOfAction.map((field) => field.title)).toEqual(['Sprache und Bildung', 'Arbeit', 'Soziales und gesellschaftliche Teilhabe', 'Politik und Recht']);
    expect(plan.goals).toHaveLength(10);
    expect(plan.counts).toEqual({ create: sampleCatalogueRows().length, update: 0, unchanged: 0 });
  });

  it('agrees with the demo site: importing it there changes nothing', async () => {
    const site = seededSite();
    const read = await readWorkbook(await exportCatalogue(sampleCatalogueRows()), 'Beispielkatalog.xlsx');
    const [sheet] = read.sheets;

    const preview = validateImportRows(sheet.rows, suggestColumnMapping(sheet.headers).mapping, site, sheet.headers);
    const plan = planCatalogueImport(preview.rows, site);

    expect(preview.problems).toEqual([]);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: site.measures.length });
  });
});
