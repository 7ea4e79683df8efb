import {
  applyImport,
  chooseImportFile,
  hasImportChanged,
  importReducer,
  initialImportStep,
  isImportBusy,
  mappingProblems,
  previewImport,
  CatalogueImportServices,
  ImportAction,
  ImportStep,
  ReadFile
} from '../../../../src/app/catalogueImport/catalogueImportFlow';
import type { ImportApplyResult } from '../../../../src/data/catalogueImportWriter';
import type { PlanPeriod } from '../../../../src/domain';
import { concepts, departments, exportedFile, exportedRows, fieldsOfAction, goals, indicators, measures } from '../../catalogueImport/catalogueFixture';

const period: PlanPeriod = { id: 2, updateNumber: 2, title: '2. Fortschreibung', startYear: 2019, endYear: 2021, status: 'adopted' };

function servicesWith(apply: CatalogueImportServices['catalogueImport']['apply']): CatalogueImportServices {
  return {
    departments: { departments: async () => departments },
    catalogue: { concepts: async () => concepts, fieldsOfAction: async () => fieldsOfAction, goals: async () => goals, measures: async () => measures },
    indicators: { indicators: async () => indicators },
    catalogueImport: { apply }
  } as unknown as CatalogueImportServices;
}

/** Runs a command against the reducer and keeps every step it went through. */
function recorder(start: ImportStep = initialImportStep): { steps: ImportStep[]; dispatch: (action: ImportAction) => void; last: () => ImportStep } {
  const steps = [start];
  return { steps, dispatch: (action) => steps.push(importReducer(steps[steps.length - 1], action)), last: () => steps[steps.length - 1] };
}

const fileOf = (name: string, bytes: Uint8Array) => ({ name, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer });

async function readExported(rows = exportedRows()): Promise<ReadFile> {
  const run = recorder();
  await chooseImportFile(servicesWith(jest.fn()), period, fileOf('katalog.xlsx', await exportedFile(rows)), 'de', run.dispatch);
  const step = run.last();
  if (step.kind !== 'mapping') {
    throw new Error(`expected the mapping step, got ${step.kind}`);
  }
  return step.file;
}

const okResult: ImportApplyResult = { ok: true, problems: [], counts: { created: 0, updated: 1, unchanged: 5, failed: 0 }, failures: [], createdIds: new Map() };

describe('catalogue import workflow', () => {
  it('reads a file, shows the busy step meanwhile, and suggests the mapping from its headers', async () => {
    const run = recorder();
    await chooseImportFile(servicesWith(jest.fn()), period, fileOf('katalog.xlsx', await exportedFile()), 'de', run.dispatch);
    expect(run.steps.map((step) => step.kind)).toEqual(['file', 'file', 'mapping']);
    expect(isImportBusy(run.steps[1])).toBe(true);
    const mapping = run.last();
    expect(mapping.kind === 'mapping' && mapping.file.sheet.rows.length).toBe(exportedRows().length);
    expect(mapping.kind === 'mapping' && mappingProblems(mapping.file, mapping.mapping)).toEqual({ missing: [], duplicates: [] });
  });

  it('refuses a file that is no workbook with a sentence, not an exception', async () => {
    const run = recorder();
    await chooseImportFile(servicesWith(jest.fn()), period, fileOf('notizen.xlsx', new TextEncoder().encode('kein Excel')), 'de', run.dispatch);
    const step = run.last();
    expect(step.kind).toBe('file');
    expect(step.kind === 'file' && step.problems?.length).toBeGreaterThan(0);
    expect(isImportBusy(step)).toBe(false);
  });

  it('names a missing required column and a file column used twice', async () => {
    const file = await readExported();
    const mapping = file.module.suggestColumnMapping(file.sheet.headers).mapping;
    const { title, ...withoutTitle } = mapping;
    expect(mappingProblems(file, { ...withoutTitle, description: title }).missing).toEqual([file.module.columnSpec('title').header]);
    expect(mappingProblems(file, { ...mapping, description: mapping.title }).duplicates).toEqual([file.sheet.headers[mapping.title!]]);
  });

  it('blocks the apply with row problems and goes back to the mapping unchanged', async () => {
    const file = await readExported([...exportedRows(), { ...exportedRows()[0], leadDepartment: '99 Gibt es nicht' }]);
    const mapping = file.module.suggestColumnMapping(file.sheet.headers).mapping;
    const preview = previewImport(file, mapping);
    expect(preview.plan).toBeUndefined();
    expect(preview.problems.length).toBeGreaterThan(0);
    const step = importReducer({ kind: 'mapping', file, mapping }, { type: 'previewed', file, mapping, preview });
    expect(importReducer(step, { type: 'backToMapping' })).toEqual({ kind: 'mapping', file, mapping });
  });

  it('writes a clean plan with progress and ends with the per-row result', async () => {
    const file = await readExported();
    const mapping = file.module.suggestColumnMapping(file.sheet.headers).mapping;
    const preview = previewImport(file, mapping);
    expect(preview.plan).toBeDefined();
    const apply = jest.fn(async (_plan, _context, options) => {
      options.onProgress({ done: 1, total: 2, failed: 0 });
      options.onProgress({ done: 2, total: 2, failed: 0 });
      return okResult;
    });
    const run = recorder({ kind: 'preview', file, mapping, preview });
    await applyImport(servicesWith(apply), file, mapping, preview, run.dispatch);
    expect(apply).toHaveBeenCalledWith(preview.plan, { planPeriod: period, departments, measures }, expect.anything());
    expect(run.steps.slice(1).map((step) => (step.kind === 'applying' ? step.progress?.done ?? 'start' : step.kind))).toEqual(['start', 1, 2, 'result']);
    expect(isImportBusy(run.steps[2])).toBe(true);
    expect(hasImportChanged(run.last())).toBe(true);
    expect(hasImportChanged({ kind: 'result', result: { ...okResult, counts: { created: 0, updated: 0, unchanged: 6, failed: 0 } } })).toBe(false);
  });

  it('keeps file, mapping and preview after a failure before the first write, so the user can try again', async () => {
    const file = await readExported();
    const mapping = file.module.suggestColumnMapping(file.sheet.headers).mapping;
    const preview = previewImport(file, mapping);
    const offline = new Error('Failed to fetch');
    const run = recorder();
    await applyImport(servicesWith(async () => Promise.reject(offline)), file, mapping, preview, run.dispatch);
    expect(run.last()).toEqual({ kind: 'failed', error: offline, file, mapping, preview });
    expect(importReducer(run.last(), { type: 'otherFile' })).toEqual(initialImportStep);
  });
});
