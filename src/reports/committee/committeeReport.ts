import type { Language } from '../../domain';
import { reportDay } from '../statusQuo/reportDates';
import type { ReportDocumentModel } from '../word/documentModel';
import { buildBodyReportModel } from './bodyReportModel';
import type { CommitteeReportData, ReportOptions } from './reportData';
import { committeeText } from './reportTexts';

/** The annual report to the committee (Jahresbericht an den Ausschuss) for the single year in `data.years`. */
export function buildCommitteeReportModel(data: CommitteeReportData, options: ReportOptions = {}): ReportDocumentModel {
  return buildBodyReportModel('annual', data, options);
}

/** ASCII, with year and day: `Jahresbericht_2026_2026-12-03.docx`. */
export function committeeReportFileName(year: number, reportDate: string, language: Language = 'de'): string {
  const day = reportDay(reportDate) ?? reportDate.slice(0, 10);
  return `${language === 'de' ? 'Jahresbericht' : 'Annual-report'}_${year}_${day}.docx`;
}

/** The library's title of the report, e.g. "Jahresbericht 2026 an den Ausschuss". */
export function committeeReportTitle(year: number, language: Language = 'de'): string {
  return committeeText('annualTitle', language, { year });
}
