import type { PlanPeriod } from '../../domain';
import { reportDay } from './reportDates';

/**
 * The file name in the library "Berichte", e.g. `Status-Quo-Bericht_2019-2021_2026-11-23.docx`.
 * ASCII only, because SharePoint URLs, e-mail attachments and older file shares mangle umlauts
 * and dashes other than the hyphen.
 */
export function statusQuoReportFileName(period: Pick<PlanPeriod, 'startYear' | 'endYear'>, date: string): string {
  const day = reportDay(date) ?? asciiSafe(date);
  return `Status-Quo-Bericht_${period.startYear}-${period.endYear}_${day}.docx`;
}

function asciiSafe(text: string): string {
  const replaced = text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return replaced.length > 0 ? replaced : 'ohne-Datum';
}
