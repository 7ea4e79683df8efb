import type { Language, PlanPeriod } from '../../domain';
import { buildBodyReportModel } from '../committee/bodyReportModel';
import type { CommitteeReportData, ReportOptions } from '../committee/reportData';
import { committeeText } from '../committee/reportTexts';
import { reportDay } from '../statusQuo/reportDates';
import { planPeriodLabel } from '../statusQuo/statusQuoReportModel';
import type { ReportDocumentModel } from '../word/documentModel';

/**
 * Bericht zur Umsetzung der n. Fortschreibung: the committee report's blocks over every year of the
 * plan period, as the attachment the council acknowledges together with the next update.
 */
export function buildPeriodReportModel(data: CommitteeReportData, options: ReportOptions = {}): ReportDocumentModel {
  return buildBodyReportModel('period', data, options);
}

/** ASCII, with the period's years and the day: `Bericht-Fortschreibung-2_2019-2021_2026-12-03.docx`. */
export function periodReportFileName(period: Pick<PlanPeriod, 'updateNumber' | 'startYear' | 'endYear'>, reportDate: string, language: Language = 'de'): string {
  const day = reportDay(reportDate) ?? reportDate.slice(0, 10);
  return `${language === 'de' ? 'Bericht-Fortschreibung' : 'Period-report'}-${period.updateNumber}_${period.startYear}-${period.endYear}_${day}.docx`;
}

/** e.g. "Bericht zur Umsetzung der 2. Fortschreibung 2019–2021". */
export function periodReportTitle(period: Pick<PlanPeriod, 'updateNumber' | 'startYear' | 'endYear'>, language: Language = 'de'): string {
  return committeeText('periodTitle', language, { period: planPeriodLabel(period, language) });
}
