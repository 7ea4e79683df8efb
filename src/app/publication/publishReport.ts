import type { Indicator, PlanPeriod } from '../../domain';
import { germanDay, indicatorsOfCatalogue, publicationFileNames, reportDataYears, todayInCouncil } from '../../domain';
import { buildPublicDataset, hasWordComments, publicDatasetCsv, publicDatasetHtml, yearsLabel } from '../../reports/publicDataset';
import type { PublishedFile, ReleasableReport } from '../../data/publicationRepository';
import type { ProductServices } from '../services';

export type PublishServices = Pick<ProductServices, 'publications' | 'valueReviews' | 'reportingYears' | 'indicators' | 'catalogue' | 'users'>;

/** Why a report cannot be published; nothing was written then. */
export type PublishRefusal = 'notReleased' | 'noYears' | 'hasComments';

export class PublishRefusedError extends Error {
  public constructor(public readonly refusal: PublishRefusal) {
    super(`Publishing refused: ${refusal}`);
    this.name = 'PublishRefusedError';
  }
}

export type PublishStep = 'reading' | 'report' | 'datasetCsv' | 'datasetHtml' | 'stamping';

export const publishSteps: readonly PublishStep[] = ['reading', 'report', 'datasetCsv', 'datasetHtml', 'stamping'];

export interface PublishResult {
  readonly report: ReleasableReport;
  readonly files: readonly PublishedFile[];
  /** The report's years whose values were published (locked ones), and those left out (still open). */
  readonly publishedYears: readonly number[];
  readonly openYears: readonly number[];
  readonly rowCount: number;
}

export interface PublishOptions {
  readonly onStep?: (step: PublishStep) => void;
  readonly now?: Date;
}

/**
 * Publishes a released report: the report document and the public indicator dataset of its
 * years (accepted values of locked years only, small counts suppressed) as CSV and HTML page,
 * into "Veröffentlichungen" under names that stay the same, so a repeat replaces the files.
 * Everything is read and built before the first file is written; a report with Word comments
 * is refused, as the comments are internal.
 */
export async function publishReport(services: PublishServices, reportId: number, options: PublishOptions = {}): Promise<PublishResult> {
  const step = options.onStep ?? (() => undefined);
  const now = options.now ?? new Date();
  step('reading');
  const report = await services.publications.report(reportId);
  if (!report.release) throw new PublishRefusedError('notReleased');
  const periods = await services.catalogue.planPeriods();
  const named = report.planPeriodId !== undefined ? periods.find((period) => period.id === report.planPeriodId) : undefined;
  const years = reportDataYears(report, report.type === 'periodReport' ? named : undefined);
  if (years.length === 0) throw new PublishRefusedError('noYears');
  const period = named ?? periods.find((candidate) => candidate.startYear <= years[0] && years[0] <= candidate.endYear);
  const [content, reportingYears, acceptedValues, indicators, user] = await Promise.all([
    services.publications.reportContent(report),
    services.reportingYears.years(),
    services.valueReviews.acceptedValues(years),
    indicatorsOfReport(services, period),
    services.users.currentUser()
  ]);
  if (hasWordComments(content)) throw new PublishRefusedError('hasComments');
  const dataset = buildPublicDataset({ years, indicators, acceptedValues, lockedYears: reportingYears.filter((year) => year.isLocked).map((year) => year.year) });
  const names = publicationFileNames(report, years);
  const span = yearsLabel(years);
  const html = publicDatasetHtml(dataset, { reportTitle: report.title, releasedOn: germanDay(report.release.releasedOn), publishedOn: germanDay(todayInCouncil(now)) });
  const common = { reportType: report.type, ...(report.year !== undefined ? { year: report.year } : {}) };
  const files: PublishedFile[] = [];
  step('report');
  files.push(await services.publications.upload({ fileName: names.report, content, title: report.title, kind: 'report', ...common }));
  step('datasetCsv');
  files.push(await services.publications.upload({ fileName: names.datasetCsv, content: publicDatasetCsv(dataset), title: `Kennzahlen ${span} (CSV)`, kind: 'datasetCsv', ...common }));
  step('datasetHtml');
  files.push(await services.publications.upload({ fileName: names.datasetHtml, content: html, title: `Kennzahlen ${span}`, kind: 'datasetHtml', ...common }));
  step('stamping');
  const stamped = await services.publications.markPublished(report, user.siteUserId, now);
  return {
    report: stamped,
    files,
    publishedYears: dataset.publishedYears,
    openYears: years.filter((year) => !dataset.publishedYears.includes(year)),
    rowCount: dataset.rows.length
  };
}

/**
 * The indicators of the report's plan period: when an update continues an indicator, both periods
 * hold one of that title, and the dataset must show the report's, not both.
 */
async function indicatorsOfReport(services: PublishServices, period: PlanPeriod | undefined): Promise<Indicator[]> {
  const indicators = await services.indicators.indicators();
  if (!period) return indicators;
  const [goals, measures] = await Promise.all([services.catalogue.goals(period.id), services.catalogue.measures(period.id)]);
  return indicatorsOfCatalogue(indicators, goals, measures);
}
