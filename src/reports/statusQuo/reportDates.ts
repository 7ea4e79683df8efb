import type { Language } from '../../domain';
import { isoDay, localDate } from '../../domain';

const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The date as the report prints it: `23.11.2026` in German council papers, `23 November 2026`
 * in English. A date-time counts in the city's time zone; text that is no date stays as given.
 */
export function formatReportDate(iso: string, language: Language): string {
  const date = localDate(iso);
  if (!date) {
    return iso;
  }
  if (language === 'de') {
    return `${String(date.day).padStart(2, '0')}.${String(date.month).padStart(2, '0')}.${date.year}`;
  }
  return `${date.day} ${englishMonths[date.month - 1]} ${date.year}`;
}

/** `YYYY-MM-DD` in the city's time zone, or `undefined` for text that is no date. */
export function reportDay(iso: string): string | undefined {
  const date = localDate(iso);
  return date ? isoDay(date) : undefined;
}
