import * as React from 'react';
import type { Language, PlanPeriod } from '../../domain';
import { uiLanguage } from '../../domain';
import type { CatalogueImportPlan, ColumnMapping, ImportProblem, SheetData } from '../../catalogueImport';
import type { ImportApplyResult } from '../../data/catalogueImportWriter';
import type { WriteProgress } from '../../data/sp/batchWriter';
import type { ProductServices } from '../services';
import { CatalogueImportSource, loadCatalogueImportSource } from './catalogueImportSource';

/** What the import reads (the period's catalogue) and writes with (the import writer). */
export type CatalogueImportServices = Pick<ProductServices, 'catalogue' | 'catalogueImport' | 'departments' | 'indicators'>;

/** The spreadsheet module pulls in exceljs: loaded only when someone imports, like the export. */
export type ImportModule = typeof import('../../catalogueImport');
export const loadImportModule = (): Promise<ImportModule> => import(/* webpackChunkName: 'catalogue-xlsx' */ '../../catalogueImport');

export interface ReadFile {
  readonly fileName: string;
  readonly sheet: SheetData;
  readonly source: CatalogueImportSource;
  readonly module: ImportModule;
}

export interface ImportPreviewResult {
  readonly problems: readonly ImportProblem[];
  /** Present only when no problem is left: nothing is half-imported because of a bad row. */
  readonly plan?: CatalogueImportPlan;
}

/** The five steps: choose the file, map its columns, preview with row problems, apply with progress, the outcome per row. */
export type ImportStep =
  | { readonly kind: 'file'; readonly busy: boolean; readonly problems?: readonly string[]; readonly error?: unknown }
  | { readonly kind: 'mapping'; readonly file: ReadFile; readonly mapping: ColumnMapping }
  | { readonly kind: 'preview'; readonly file: ReadFile; readonly mapping: ColumnMapping; readonly preview: ImportPreviewResult }
  | { readonly kind: 'applying'; readonly progress?: WriteProgress }
  | { readonly kind: 'result'; readonly result: ImportApplyResult }
  | { readonly kind: 'failed'; readonly error: unknown; readonly file: ReadFile; readonly mapping: ColumnMapping; readonly preview: ImportPreviewResult };

export const stepNumber: Readonly<Record<ImportStep['kind'], number>> = { file: 1, mapping: 2, preview: 3, applying: 4, failed: 4, result: 5 };
export const stepCount = 5;

export type ImportAction =
  | { readonly type: 'reading' }
  | { readonly type: 'fileRejected'; readonly problems: readonly string[] }
  | { readonly type: 'fileFailed'; readonly error: unknown }
  | { readonly type: 'fileRead'; readonly file: ReadFile; readonly mapping: ColumnMapping }
  | { readonly type: 'mappingChanged'; readonly mapping: ColumnMapping }
  | { readonly type: 'previewed'; readonly file: ReadFile; readonly mapping: ColumnMapping; readonly preview: ImportPreviewResult }
  | { readonly type: 'backToMapping' }
  | { readonly type: 'otherFile' }
  | { readonly type: 'applying'; readonly progress?: WriteProgress }
  | { readonly type: 'applied'; readonly result: ImportApplyResult }
  | { readonly type: 'applyFailed'; readonly error: unknown; readonly file: ReadFile; readonly mapping: ColumnMapping; readonly preview: ImportPreviewResult };

export const initialImportStep: ImportStep = { kind: 'file', busy: false };

export function importReducer(step: ImportStep, action: ImportAction): ImportStep {
  switch (action.type) {
    case 'reading':
      return { kind: 'file', busy: true };
    case 'fileRejected':
      return { kind: 'file', busy: false, problems: action.problems };
    case 'fileFailed':
      return { kind: 'file', busy: false, error: action.error };
    case 'fileRead':
      return { kind: 'mapping', file: action.file, mapping: action.mapping };
    case 'mappingChanged':
      return step.kind === 'mapping' ? { ...step, mapping: action.mapping } : step;
    case 'previewed':
      return { kind: 'preview', file: action.file, mapping: action.mapping, preview: action.preview };
    case 'backToMapping':
      return step.kind === 'preview' ? { kind: 'mapping', file: step.file, mapping: step.mapping } : step;
    case 'otherFile':
      return initialImportStep;
    case 'applying':
      return { kind: 'applying', progress: action.progress };
    case 'applied':
      return { kind: 'result', result: action.result };
    case 'applyFailed':
      return { kind: 'failed', error: action.error, file: action.file, mapping: action.mapping, preview: action.preview };
  }
}

/** Something was created or updated: the catalogue behind the panel loads again when it closes. */
export function hasImportChanged(step: ImportStep): boolean {
  return step.kind === 'result' && step.result.counts.created + step.result.counts.updated > 0;
}

/** While a file is read or the writes run, the panel stays open: closing would hide their outcome. */
export function isImportBusy(step: ImportStep): boolean {
  return step.kind === 'applying' || (step.kind === 'file' && step.busy);
}


export interface MappingProblems {
  /** Headers of required catalogue columns no file column is mapped to. */
  readonly missing: readonly string[];
  /** File headers mapped to more than one catalogue column. */
  readonly duplicates: readonly string[];
}

export function mappingProblems(file: ReadFile, mapping: ColumnMapping): MappingProblems {
  const missing = file.module.missingColumns(mapping).map((key) => file.module.columnSpec(key).header);
  const used = new Map<number, number>();
  for (const index of Object.values(mapping)) {
    if (index !== undefined) {
      used.set(index, (used.get(index) ?? 0) + 1);
    }
  }
  const duplicates = [...used].filter(([, count]) => count > 1).map(([index]) => file.sheet.headers[index]);
  return { missing, duplicates };
}

/** A file the browser hands over: its name and its bytes. */
export interface ChosenFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads the workbook, finds the catalogue sheet and suggests a column mapping from its headers. */
export async function chooseImportFile(
  services: CatalogueImportServices,
  period: PlanPeriod,
  file: ChosenFile,
  language: Language,
  dispatch: (action: ImportAction) => void,
  loadModule: () => Promise<ImportModule> = loadImportModule
): Promise<void> {
  dispatch({ type: 'reading' });
  try {
    const [module, source, bytes] = await Promise.all([loadModule(), loadCatalogueImportSource(services, period), file.arrayBuffer()]);
    const read = await module.readWorkbook(bytes, file.name);
    const sheet = module.pickCatalogueSheet(read.sheets);
    if (read.problems.length > 0 || !sheet) {
      dispatch({ type: 'fileRejected', problems: read.problems.map((problem) => module.describeImportProblem(problem, language)) });
      return;
    }
    dispatch({ type: 'fileRead', file: { fileName: file.name, sheet, source, module }, mapping: module.suggestColumnMapping(sheet.headers).mapping });
  } catch (error) {
    dispatch({ type: 'fileFailed', error });
  }
}

/** Checks every row against the stored catalogue; the plan exists only when no problem remains. */
export function previewImport(file: ReadFile, mapping: ColumnMapping): ImportPreviewResult {
  const preview = file.module.previewWithMapping(file.sheet, mapping, file.source);
  const plan = preview.canImport ? file.module.planCatalogueImport(preview.rows, file.source) : undefined;
  return { problems: preview.problems, plan };
}

/** Writes the plan in batches with progress; per-row failures come back in the result, a failure before any write as `failed`. */
export async function applyImport(services: CatalogueImportServices, file: ReadFile, mapping: ColumnMapping, preview: ImportPreviewResult, dispatch: (action: ImportAction) => void): Promise<void> {
  if (!preview.plan) {
    return;
  }
  dispatch({ type: 'applying' });
  try {
    const result = await services.catalogueImport.apply(
      preview.plan,
      { planPeriod: file.source.planPeriod, departments: file.source.departments, measures: file.source.measures },
      { onProgress: (progress) => dispatch({ type: 'applying', progress }) }
    );
    dispatch({ type: 'applied', result });
  } catch (error) {
    // A failure outside the per-row outcomes (e.g. the network is gone before the first write).
    dispatch({ type: 'applyFailed', error, file, mapping, preview });
  }
}

export interface CatalogueImportWorkflow {
  readonly step: ImportStep;
  readonly language: Language;
  readonly isBusy: boolean;
  readonly hasChanged: boolean;
  readonly chooseFile: (file: ChosenFile) => Promise<void>;
  readonly changeMapping: (mapping: ColumnMapping) => void;
  readonly showPreview: (file: ReadFile, mapping: ColumnMapping) => void;
  readonly apply: (file: ReadFile, mapping: ColumnMapping, preview: ImportPreviewResult) => Promise<void>;
  readonly backToMapping: () => void;
  readonly otherFile: () => void;
}

export function useCatalogueImport(services: CatalogueImportServices & Pick<ProductServices, 'locale'>, period: PlanPeriod): CatalogueImportWorkflow {
  const [step, dispatch] = React.useReducer(importReducer, initialImportStep);
  const language = uiLanguage(services.locale);
  return {
    step,
    language,
    isBusy: isImportBusy(step),
    hasChanged: hasImportChanged(step),
    chooseFile: (file) => chooseImportFile(services, period, file, language, dispatch),
    changeMapping: (mapping) => dispatch({ type: 'mappingChanged', mapping }),
    showPreview: (file, mapping) => dispatch({ type: 'previewed', file, mapping, preview: previewImport(file, mapping) }),
    apply: (file, mapping, preview) => applyImport(services, file, mapping, preview, dispatch),
    backToMapping: () => dispatch({ type: 'backToMapping' }),
    otherFile: () => dispatch({ type: 'otherFile' })
  };
}
