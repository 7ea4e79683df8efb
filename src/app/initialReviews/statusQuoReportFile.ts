import type { Department, Measure, PlanPeriod } from '../../domain';
import type { ProductServices } from '../services';

export type ReportStep = 'data' | 'document';

/** A status-quo report ready to store: the Word file and what the library's columns need. */
export interface StatusQuoReportFile {
  readonly fileName: string;
  readonly content: Blob;
  /** e.g. "2. Fortschreibung 2019–2021". */
  readonly periodLabel: string;
  /** The report's year in the city's time zone. */
  readonly year: number;
  /** Measures left out because their goal is not in the period. */
  readonly problemCount: number;
}

/**
 * Builds the status-quo report from what is stored now (re-read, so interviews saved by
 * colleagues since the page loaded are in it). The Word library is loaded only here, when
 * someone asks for a report.
 */
export async function createStatusQuoReportFile(
  services: Pick<ProductServices, 'catalogue' | 'initialReviews' | 'reports'>,
  input: { readonly period: PlanPeriod; readonly departments: readonly Department[]; readonly measures: readonly Measure[]; readonly officeName: string; readonly now: Date },
  onStep: (step: ReportStep) => void
): Promise<StatusQuoReportFile> {
  onStep('data');
  const { period } = input;
  const [fieldsOfAction, goals, initialReviews, template] = await Promise.all([
    services.catalogue.fieldsOfAction(period.id),
    services.catalogue.goals(period.id),
    services.initialReviews.reviews(input.measures.map((measure) => measure.id)),
    // The city's template, when the office stored one; else the product's default design.
    services.reports.template()
  ]);
  onStep('document');
  const reports = await import(/* webpackChunkName: 'status-quo-docx' */ '../../reports');
  const reportDate = input.now.toISOString();
  const report = reports.buildStatusQuoReport(
    { planPeriod: period, reportDate, officeName: input.officeName, fieldsOfAction, goals, measures: input.measures, departments: input.departments, initialReviews },
    { language: 'de', createdAt: input.now }
  );
  const content = await reports.packStatusQuoReport(report, template ? { template } : {});
  const day = reports.reportDay(reportDate) ?? reportDate.slice(0, 10);
  return {
    fileName: reports.statusQuoReportFileName(period, reportDate),
    content,
    periodLabel: report.model.periodLabel,
    year: Number(day.slice(0, 4)),
    problemCount: report.model.problems.length
  };
}
