import type { ReportDocumentModel } from '../word/documentModel';
import { buildWordDocument } from '../word/documentBuilder';
import type { WordBuildOptions } from '../word/documentBuilder';
import type { StatusQuoReportInput, StatusQuoReportModel, StatusQuoReportOptions } from './statusQuoReportModel';
import { buildStatusQuoReportModel } from './statusQuoReportModel';
import { statusQuoDocumentModel } from './statusQuoDocumentModel';

/** The report's content as data (for the page: counts, problems) and as a document. */
export interface StatusQuoReport {
  readonly model: StatusQuoReportModel;
  readonly document: ReportDocumentModel;
  /** When the document counts as created; now unless given (tests fix it). */
  readonly createdAt?: Date;
}

export interface StatusQuoReportRenderOptions {
  /** When the document counts as created; now unless given (tests fix it). */
  readonly createdAt?: Date;
}

/** The status-quo report, built from the domain's records. */
export function buildStatusQuoReport(input: StatusQuoReportInput, options: StatusQuoReportOptions & StatusQuoReportRenderOptions = {}): StatusQuoReport {
  const model = buildStatusQuoReportModel(input, options);
  return { model, document: statusQuoDocumentModel(model), ...(options.createdAt ? { createdAt: options.createdAt } : {}) };
}

/**
 * A `.docx` file for download or upload to the library, in the city's template when one is given.
 * A Blob, because the web part runs in the browser, where Node's Buffer does not exist.
 */
export function packStatusQuoReport(report: StatusQuoReport, options: Pick<WordBuildOptions, 'template'> = {}): Promise<Blob> {
  return buildWordDocument(report.document, { ...options, ...(report.createdAt ? { createdAt: report.createdAt } : {}) });
}
