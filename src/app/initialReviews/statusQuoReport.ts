import type { Department, Measure, PlanPeriod } from '../../domain';
import type { StoredReport } from '../../data/reportRepository';
import type { InitialReviewServices } from './initialReviewsData';
import { createStatusQuoReportFile, ReportStep, StatusQuoReportFile } from './statusQuoReportFile';

export type Creation =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly step: ReportStep | 'upload' }
  /** A report of that name exists: the user decides whether to replace it. */
  | { readonly kind: 'confirmReplace'; readonly file: StatusQuoReportFile }
  | { readonly kind: 'saved'; readonly file: StatusQuoReportFile }
  | { readonly kind: 'notReplaced' }
  /** `file` is kept when only the upload failed, so the retry does not build it again. */
  | { readonly kind: 'failed'; readonly error: unknown; readonly file?: StatusQuoReportFile; readonly overwrite: boolean };

export type ReportServices = Pick<InitialReviewServices, 'catalogue' | 'initialReviews' | 'reports'>;

export interface ReportContext {
  readonly services: ReportServices;
  readonly period: PlanPeriod;
  readonly departments: readonly Department[];
  readonly measures: readonly Measure[];
  readonly officeName: string;
  /** The library's title of a report: `{0}` is the plan period. */
  readonly documentTitle: (periodLabel: string) => string;
  readonly show: (creation: Creation) => void;
  /** A report was stored: the list of stored reports is read again. */
  readonly onStored: () => void;
}

/** Uploads the file; an existing report of that name is replaced only when the user said so. */
export async function storeStatusQuoReport(context: ReportContext, file: StatusQuoReportFile, overwrite: boolean): Promise<void> {
  const { services, period, show } = context;
  show({ kind: 'working', step: 'upload' });
  try {
    const outcome = await services.reports.save(
      { fileName: file.fileName, content: file.content, title: context.documentTitle(file.periodLabel), type: 'statusReport', year: file.year, planPeriodId: period.id },
      { overwrite }
    );
    show(outcome.status === 'exists' ? { kind: 'confirmReplace', file } : { kind: 'saved', file });
    if (outcome.status === 'saved') {
      context.onStored();
    }
  } catch (error) {
    show({ kind: 'failed', error, file, overwrite });
  }
}

/** Builds the report from what is stored now, then stores it. */
export async function createStatusQuoReport(context: ReportContext, now: Date): Promise<void> {
  let file: StatusQuoReportFile;
  try {
    file = await createStatusQuoReportFile(
      context.services,
      { period: context.period, departments: context.departments, measures: context.measures, officeName: context.officeName, now },
      (step) => context.show({ kind: 'working', step })
    );
  } catch (error) {
    context.show({ kind: 'failed', error, overwrite: false });
    return;
  }
  await storeStatusQuoReport(context, file, false);
}

/** After a failure: only the upload again when the file was built, else the whole report. */
export function retryStatusQuoReport(context: ReportContext, creation: Creation, now: Date): Promise<void> {
  return creation.kind === 'failed' && creation.file ? storeStatusQuoReport(context, creation.file, creation.overwrite) : createStatusQuoReport(context, now);
}

export function loadStoredReports(services: Pick<InitialReviewServices, 'reports'>): Promise<StoredReport[]> {
  return services.reports.reports();
}

export function downloadStoredReport(services: Pick<InitialReviewServices, 'reports'>, report: StoredReport): Promise<Blob> {
  return services.reports.download(report);
}
