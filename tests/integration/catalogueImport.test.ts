import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { buildSeed, type SeedData, type SeedName } from '../../local/seed';
import { departmentGroup, ownersGroup } from '../../local/seed/organisation';
import type { ProductServices } from '../../src/app/services';
import { exportCatalogue, planCatalogueImport, previewCatalogueFile } from '../../src/catalogueImport';
import type { CatalogueImportPlan, CatalogueSheetRow } from '../../src/catalogueImport';
import type { ImportApplyResult } from '../../src/data/catalogueImportWriter';
import type { WriteProgress } from '../../src/data/sp/batchWriter';
import { ServiceError } from '../../src/http/serviceError';
import type { Measure, PlanPeriod } from '../../src/domain';
import { loadCatalogueImportSource, CatalogueImportSource } from '../../src/app/catalogueImport/catalogueImportSource';
import { sampleCatalogueRows } from '../../scripts/makeSampleCatalogue';
import { coordinator, useTestEmulator } from './support/testEmulator';

/**
 * The demo site plus two departments the office cannot write for: the audit office (14), whose
 * measures folder a site owner gave unique permissions in which the office only reads (→ 403 when
 * the import creates the period folder there), and a
 * department added to the list whose folder was never created (→ 404).
 */
function seedWithRestrictedDepartments(name: SeedName, now: Date): SeedData {
  const seed = buildSeed(name, now);
  if (name !== 'demo') {
    return seed;
  }
  seed.groups.push({ title: departmentGroup('14'), members: [] });
  seed.folders.push({ list: 'Measures', name: '14', roleAssignments: [{ group: departmentGroup('14'), role: 'Contribute' }, { group: ownersGroup, role: 'Read' }] });
  seed.lists.Departments = [
    ...seed.lists.Departments,
    { fields: { Title: 'Rechnungsprüfung', DepartmentNumber: '14', GroupName: departmentGroup('14') } },
    { fields: { Title: 'Bürgerbeteiligung', DepartmentNumber: '15', GroupName: departmentGroup('15') } }
  ];
  // The office keeps full control everywhere else.
  expect(seed.folders.filter((folder) => folder.list === 'Measures' && folder.name !== '14').every((folder) => folder.roleAssignments.some((role) => role.group === ownersGroup))).toBe(true);
  return seed;
}

describe('catalogue import against the local SharePoint', () => {
  const emulator = useTestEmulator('demo', { seedBuilder: seedWithRestrictedDepartments });
  let office: ProductServices;
  let period: PlanPeriod;
  let sampleRows: CatalogueSheetRow[];
  let sampleFile: Uint8Array;

  const source = (): Promise<CatalogueImportSource> => loadCatalogueImportSource(office, period);

  async function planFor(file: Uint8Array): Promise<{ plan: CatalogueImportPlan; source: CatalogueImportSource }> {
    const current = await source();
    const preview = await previewCatalogueFile(file, 'Katalog.xlsx', current);
    expect(preview.problems).toEqual([]);
    return { plan: planCatalogueImport(preview.rows, current), source: current };
  }

  /** Counts the writes the client sends (every $batch and every other non-GET, except the form digest). */
  async function countingWrites<T>(run: () => Promise<T>): Promise<{ value: T; writes: number }> {
    const spy = jest.spyOn(globalThis, 'fetch');
    try {
      const value = await run();
      const writes = spy.mock.calls.filter(([input, init]) => {
        const url = String(input instanceof Request ? input.url : input);
        const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        return method !== 'GET' && !/contextinfo/i.test(url);
      }).length;
      return { value, writes };
    } finally {
      spy.mockRestore();
    }
  }

  async function apply(plan: CatalogueImportPlan, current: CatalogueImportSource, onProgress?: (progress: WriteProgress) => void): Promise<ImportApplyResult> {
    return office.catalogueImport.apply(plan, { planPeriod: current.planPeriod, departments: current.departments, measures: current.measures }, { onProgress });
  }

  const etags = (measures: readonly Measure[]): Map<number, string | undefined> => new Map(measures.map((measure) => [measure.id, measure.etag]));
  const withRow = (rows: CatalogueSheetRow[], index: number, change: Partial<CatalogueSheetRow>): CatalogueSheetRow[] => rows.map((row, i) => (i === index ? { ...row, ...change } : row));
  /** Excel row of the sheet row at `index` (row 1 is the header). */
  const excelRow = (index: number): number => index + 2;

  beforeAll(async () => {
    office = emulator.services(coordinator);
    // The demo site holds its catalogue in the running period; the next update is a draft and empty, as before a first import.
    period = (await office.catalogue.planPeriods()).find((candidate) => candidate.status === 'draft')!;
    sampleRows = sampleCatalogueRows();
    sampleFile = await exportCatalogue(sampleRows);
  });

  it('imports the sample catalogue into the empty draft update: fields of action, goals, measures in their department folders of the period, indicators', async () => {
    const before = await source();
    expect(before.measures).toEqual([]);
    const { plan, source: current } = await planFor(sampleFile);
    expect(plan.counts).toEqual({ create: sampleRows.length, update: 0, unchanged: 0 });

    const progress: WriteProgress[] = [];
    const result = await apply(plan, current, (step) => progress.push(step));

    expect(result.failures).toEqual([]);
    expect(result).toMatchObject({ ok: true, counts: { created: sampleRows.length, updated: 0, unchanged: 0, failed: 0 } });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]).toEqual({ done: sampleRows.length, total: sampleRows.length, failed: 0 });
    expect(progress.map((step) => step.done)).toEqual([...progress.map((step) => step.done)].sort((a, b) => a - b));

    const after = await source();
    expect(after.fieldsOfAction.map((field) => field.title)).toEqual(['Sprache und Bildung', 'Arbeit', 'Soziales und gesellschaftliche Teilhabe', 'Politik und Recht']);
    expect(after.goals).toHaveLength(10);
    expect(after.measures).toHaveLength(sampleRows.length);
    const departmentText = new Map(after.departments.map((department) => [department.id, `${department.number} ${department.name}`]));
    const conceptTitle = new Map(after.concepts.map((concept) => [concept.id, concept.title]));
    for (const row of sampleRows) {
      const measure = after.measures.find((candidate) => candidate.number === row.number)!;
      expect(measure).toMatchObject({ title: row.title, importKey: `FS${period.updateNumber}-${row.number}`, planPeriodId: period.id });
      expect(result.createdIds.get(`FS${period.updateNumber}-${row.number}`)).toBe(measure.id);
      expect(departmentText.get(measure.leadDepartmentId)).toBe(row.leadDepartment);
      expect(measure.involvedDepartmentIds.map((id) => departmentText.get(id)).join('; ')).toBe(row.involvedDepartments);
      expect(conceptTitle.get(measure.sourceConceptId!)).toBe(row.sourceConcept);
      expect(after.goals.find((goal) => goal.id === measure.goalId)?.title).toBe(row.goal);
      expect(after.indicators.filter((indicator) => indicator.measureId === measure.id).map((indicator) => indicator.title).sort()).toEqual((row.indicators ?? '').split('\n').sort());
    }
    // Each measure sits in its lead department's folder of the period, so that department's contacts may edit it while the period is open.
    const sp = emulator.sp(coordinator);
    const folders = (await sp.web.getList('/sites/integration/Lists/Measures').items.select('Id', 'FileDirRef').top(5000)()) as Array<{ Id: number; FileDirRef: string }>;
    for (const measure of after.measures) {
      const number = after.departments.find((department) => department.id === measure.leadDepartmentId)!.number;
      expect(folders.find((row) => row.Id === measure.id)?.FileDirRef).toBe(`/sites/integration/Lists/Measures/${number}/FS${period.updateNumber}`);
    }
  });

  it('writes nothing when the same file is imported again', async () => {
    const { plan, source: current } = await planFor(sampleFile);
    const indicatorCount = (await office.indicators.indicators()).length;
    expect(plan).toMatchObject({ fieldsOfAction: [], goals: [], counts: { create: 0, update: 0, unchanged: sampleRows.length } });

    const { value: result, writes } = await countingWrites(() => apply(plan, current));

    expect(result).toMatchObject({ ok: true, counts: { created: 0, updated: 0, unchanged: sampleRows.length, failed: 0 } });
    expect(writes).toBe(0);
    const after = await source();
    expect(etags(after.measures)).toEqual(etags(current.measures));
    expect((await office.indicators.indicators()).length).toBe(indicatorCount);
  });

  it('updates exactly the measure whose row was edited, and adds only the new indicator', async () => {
    const index = sampleRows.findIndex((row) => row.status !== 'umgesetzt');
    const edited = withRow(sampleRows, index, { status: 'umgesetzt', indicators: `${sampleRows[index].indicators}\nAbgeschlossene Fälle` });
    const { plan, source: current } = await planFor(await exportCatalogue(edited));
    expect(plan.counts).toEqual({ create: 0, update: 1, unchanged: sampleRows.length - 1 });

    const { value: result, writes } = await countingWrites(() => apply(plan, current));

    expect(result).toMatchObject({ ok: true, counts: { created: 0, updated: 1, unchanged: sampleRows.length - 1, failed: 0 } });
    // One $batch for the measure, one for its new indicator.
    expect(writes).toBe(2);
    const target = current.measures.find((measure) => measure.number === sampleRows[index].number)!;
    const after = await source();
    for (const measure of after.measures) {
      if (measure.id === target.id) {
        expect(measure.etag).not.toBe(target.etag);
        expect(measure.status).toBe('implemented');
      } else {
        expect(measure.etag).toBe(current.measures.find((candidate) => candidate.id === measure.id)?.etag);
      }
    }
    expect(after.indicators.filter((indicator) => indicator.measureId === target.id).map((indicator) => indicator.title)).toContain('Abgeschlossene Fälle');
    expect(after.indicators.length).toBe(current.indicators.length + 1);
    sampleRows = edited;
  });

  it("lets the lead department's contact edit an imported measure and refuses another department's contact", async () => {
    const { measures, departments } = await source();
    const social = departments.find((department) => department.number === '50')!;
    const measure = measures.find((candidate) => candidate.leadDepartmentId === social.id)!;

    const saved = await emulator.services(emulator.people.contactOf('50').login).catalogue.updateMeasure(measure.id, measure.etag!, { description: 'Stand aus dem Fachbereich 50' });
    expect(saved.description).toBe('Stand aus dem Fachbereich 50');

    const refused = await emulator.services(emulator.people.contactOf('80').login)
      .catalogue.updateMeasure(measure.id, saved.etag!, { description: 'Vom Fachbereich 80' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ServiceError);
    expect((refused as ServiceError).status).toBe(403);
    expect((await office.catalogue.measure(measure.id)).description).toBe('Stand aus dem Fachbereich 50');
    // The file stays the office's version: the next import sets the description back.
    sampleRows = sampleRows.map((row) => (row.number === measure.number ? { ...row, description: 'Stand aus dem Fachbereich 50' } : row));
  });

  it('reports a conflict (412), a refused folder (403) and a missing folder per row while the other rows go through', async () => {
    const changedAfterPreview = 0;
    const goesThrough = 1;
    const rows: CatalogueSheetRow[] = [
      ...withRow(withRow(sampleRows, changedAfterPreview, { status: 'zurückgestellt' }), goesThrough, { status: 'entfallen' }),
      { ...sampleRows[2], number: '9.9.1', title: 'Prüfung der Fördermittelvergabe', leadDepartment: '14 Rechnungsprüfung', involvedDepartments: '', indicators: 'Geprüfte Bescheide' },
      { ...sampleRows[2], number: '9.9.2', title: 'Beteiligungsformate mehrsprachig', leadDepartment: '15 Bürgerbeteiligung', involvedDepartments: '', indicators: 'Formate' }
    ];
    const { plan, source: current } = await planFor(await exportCatalogue(rows));
    expect(plan.counts).toEqual({ create: 2, update: 2, unchanged: sampleRows.length - 2 });
    // Someone edits the first measure between preview and apply.
    const first = current.measures.find((measure) => measure.number === sampleRows[changedAfterPreview].number)!;
    await office.catalogue.updateMeasure(first.id, first.etag!, { status: 'ongoing' });

    const result = await apply(plan, current);

    expect(result.ok).toBe(false);
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: sampleRows.length - 2, failed: 3 });
    const byRow = new Map(result.failures.map((failure) => [failure.row, failure]));
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([excelRow(changedAfterPreview), excelRow(sampleRows.length), excelRow(sampleRows.length + 1)]);
    expect(byRow.get(excelRow(changedAfterPreview))).toMatchObject({ status: 412, message: 'importApply.conflict' });
    expect(byRow.get(excelRow(sampleRows.length))).toMatchObject({ status: 403, message: 'importApply.accessDenied' });
    expect(byRow.get(excelRow(sampleRows.length + 1))).toMatchObject({ status: 404, message: 'importApply.failed' });

    const after = await source();
    expect(after.measures.find((measure) => measure.id === first.id)?.status).toBe('ongoing');
    expect(after.measures.find((measure) => measure.number === sampleRows[goesThrough].number)?.status).toBe('dropped');
    expect(after.measures.some((measure) => measure.number === '9.9.1' || measure.number === '9.9.2')).toBe(false);
    expect(after.indicators.some((indicator) => indicator.title === 'Geprüfte Bescheide' || indicator.title === 'Formate')).toBe(false);
    sampleRows = withRow(sampleRows, goesThrough, { status: 'entfallen' });
  });

  it('reports every row of a $batch the server refused with 500, changes nothing, and a second run imports them', async () => {
    const rows = withRow(withRow(sampleRows, 3, { status: 'zurückgestellt' }), 4, { title: `${sampleRows[4].title} (neu gefasst)` });
    const file = await exportCatalogue(rows);
    const { plan, source: current } = await planFor(file);
    expect(plan.counts.update).toBeGreaterThanOrEqual(2);
    await emulator.injectFault({ status: 500, count: 1, path: '\\$batch' });

    const failed = await apply(plan, current);

    expect(failed.ok).toBe(false);
    expect(failed.counts).toMatchObject({ created: 0, updated: 0, failed: plan.counts.update });
    expect(failed.failures.every((failure) => failure.status === 500 && failure.message === 'importApply.failed')).toBe(true);
    expect(etags((await source()).measures)).toEqual(etags(current.measures));

    const retry = await planFor(file);
    expect(retry.plan.counts.update).toBe(plan.counts.update);
    const done = await apply(retry.plan, retry.source);
    expect(done).toMatchObject({ ok: true, counts: { updated: plan.counts.update, failed: 0 } });
    const after = await source();
    expect(after.measures.find((measure) => measure.number === rows[4].number)?.title).toBe(rows[4].title);
  });

  it('writes nothing when the plan refers to a goal or department it does not hold', async () => {
    const current = await source();
    const broken: CatalogueImportPlan = {
      fieldsOfAction: [],
      goals: [],
      measures: [
        {
          kind: 'create',
          row: 2,
          importKey: 'FS2-7.7.1',
          planPeriodId: period.id,
          addIndicators: ['Teilnehmende'],
          fields: { title: 'Neue Maßnahme', goal: { goalId: current.goals[0].id }, leadDepartmentId: current.departments[0].id, involvedDepartmentIds: [], status: 'planned' }
        },
        {
          kind: 'create',
          row: 3,
          importKey: 'FS2-7.7.2',
          planPeriodId: period.id,
          addIndicators: [],
          fields: { title: 'Ohne Ziel', goal: { newGoalKey: 'fehlt' }, leadDepartmentId: 9999, involvedDepartmentIds: [], status: 'planned' }
        }
      ],
      counts: { create: 2, update: 0, unchanged: 0 }
    };

    const { value: result, writes } = await countingWrites(() => apply(broken, current));

    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { row: 3, message: 'importApply.goalMissing' },
      { row: 3, message: 'importApply.departmentMissing', params: { departmentId: 9999 } }
    ]);
    expect(writes).toBe(0);
    expect((await source()).measures).toHaveLength(current.measures.length);
  });
});
