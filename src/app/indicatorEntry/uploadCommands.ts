import { fillPlaceholders } from '../../domain';
import type { Department } from '../../domain';
import type { CurrentUser } from '../../data/userRepository';
import type { IndicatorSheetModel } from '../../indicatorSheet/sheetLayout';
import { readIndicatorSheet, SheetReading } from '../../indicatorSheet/sheetReader';
import type { IndicatorEntryServices } from './entryServices';
import { loadSheetModel } from './sheetModelSource';
import type { LockCheck, ShownStatus } from './submissionFlow';
import { lockCheckOf } from './submissionFlow';

export interface EntryStart {
  readonly user: CurrentUser;
  readonly departments: readonly Department[];
  /** The department whose values are entered; undefined while a coordinator has not chosen one. */
  readonly departmentId?: number;
}

export async function startEntry(services: Pick<IndicatorEntryServices, 'users' | 'departments'>, initialDepartmentNumber: string | undefined): Promise<EntryStart> {
  const [user, departments] = await Promise.all([services.users.currentUser(), services.departments.departments()]);
  // A contact enters only their own department's values, whatever a link says.
  const departmentId = user.role === 'coordinator' ? (departments.find((department) => department.number === initialDepartmentNumber)?.id ?? user.departmentId) : user.departmentId;
  return { user, departments, ...(departmentId !== undefined ? { departmentId } : {}) };
}

export interface UploadTexts {
  readonly NoIndicators: string;
  readonly Downloaded: string;
  readonly FileEmpty: string;
  readonly NotXlsx: string;
  readonly Unreadable: string;
  readonly NoSheet: string;
  readonly Problems: string;
  readonly CheckNothing: string;
  readonly CheckClean: string;
}

export type TemplateDownload =
  | { readonly kind: 'empty'; readonly status: ShownStatus }
  | { readonly kind: 'file'; readonly file: Blob; readonly fileName: string; readonly status: ShownStatus };

/** The department's sheet of the year as an .xlsx to fill in offline. */
export async function indicatorTemplate(services: IndicatorEntryServices, departmentId: number, year: number, language: 'de' | 'en', texts: UploadTexts): Promise<TemplateDownload> {
  const model = await loadSheetModel(services, departmentId, year);
  if (model.rows.length === 0) {
    return { kind: 'empty', status: { kind: 'warning', text: fillPlaceholders(texts.NoIndicators, { 0: year }) } };
  }
  // The spreadsheet library is loaded only when someone downloads or uploads.
  const xlsx = await import(/* webpackChunkName: 'indicator-xlsx' */ '../../indicatorSheet/xlsxSheet');
  const bytes = await xlsx.writeIndicatorWorkbook(model, language);
  const fileName = xlsx.indicatorWorkbookFileName(model, language);
  return {
    kind: 'file',
    file: new Blob([bytes], { type: xlsx.xlsxMimeType }),
    fileName,
    status: { kind: 'success', text: fillPlaceholders(texts.Downloaded, { 0: fileName, 1: model.rows.length }) }
  };
}

/** An uploaded file, checked against the model it will be submitted with. */
export interface Upload {
  readonly fileName: string;
  readonly model: IndicatorSheetModel;
  readonly reading: SheetReading;
}

export interface CheckedUpload {
  readonly upload?: Upload;
  readonly status: ShownStatus;
}

/** Reads an uploaded .xlsx and checks it as the pane checks its sheet. */
export async function checkUpload(
  services: IndicatorEntryServices,
  departmentId: number,
  year: number,
  file: { readonly name: string; arrayBuffer(): Promise<ArrayBuffer> },
  language: 'de' | 'en',
  texts: UploadTexts
): Promise<CheckedUpload> {
  const xlsx = await import(/* webpackChunkName: 'indicator-xlsx' */ '../../indicatorSheet/xlsxSheet');
  const content = await xlsx.readIndicatorWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
  if (xlsx.isWorkbookError(content)) {
    const reasons = { fileEmpty: texts.FileEmpty, notXlsx: texts.NotXlsx, unreadable: texts.Unreadable, noSheet: texts.NoSheet };
    return { status: { kind: 'warning', text: fillPlaceholders(reasons[content.error], { 0: file.name }) } };
  }
  // Checked against what is stored now: a value someone changed since the download is a conflict, not overwritten.
  const model = await loadSheetModel(services, departmentId, year);
  const reading = readIndicatorSheet(content.values, content.formulas, model, language);
  const upload: Upload = { fileName: file.name, model, reading };
  if (reading.problems.length > 0) {
    return { upload, status: { kind: 'warning', text: fillPlaceholders(texts.Problems, { 0: reading.problems.length, 1: file.name }) } };
  }
  if (reading.values.length === 0) {
    return { upload, status: { kind: 'info', text: fillPlaceholders(texts.CheckNothing, { 0: file.name }) } };
  }
  return { upload, status: { kind: 'success', text: fillPlaceholders(texts.CheckClean, { 0: file.name, 1: reading.values.length }) } };
}

/** The model a resumed submission is sent with: the one already at hand, else what is stored now. */
export async function modelForResume(services: IndicatorEntryServices, known: IndicatorSheetModel | undefined, departmentId: number | undefined, year: number): Promise<IndicatorSheetModel | undefined> {
  if (known) {
    return known;
  }
  return departmentId === undefined ? undefined : loadSheetModel(services, departmentId, year);
}

export function canSubmitUpload(upload: Upload | undefined, openConflicts: number): upload is Upload {
  return !!upload && upload.reading.problems.length === 0 && upload.reading.values.length > 0 && openConflicts === 0;
}

/**
 * Before every submit and resume the upload asks SharePoint whether the year is locked now: the
 * file was checked against the lock of the moment it was uploaded (a change of a locked year needs
 * a reason and becomes a request), so after the office locked or unlocked the year it is checked again.
 */
export function uploadLockCheck(
  services: Pick<IndicatorEntryServices, 'reportingYears'>,
  texts: { readonly YearLockedMeanwhile: string; readonly YearUnlockedMeanwhile: string }
): LockCheck<IndicatorSheetModel> {
  return lockCheckOf(services.reportingYears, texts, (model) => model);
}
