import { councilTimeZone } from '../domain';

/** `'{0} of {1}'` → fills the numbered placeholders of a localised string. */
export function format(template: string, ...values: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** A day as the council's calendar has it (Europe/Berlin), e.g. 15.03.2019; '' for none or nonsense. */
export function formatDate(isoDate: string | undefined, locale: string): string {
  if (!isoDate) {
    return '';
  }
  const date = new Date(isoDate);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: councilTimeZone });
}

/** A moment in the council's time zone, day and time (e.g. "15.03.2019, 14:05"); '' for none or nonsense. */
export function formatDateTime(isoInstant: string | undefined, locale: string): string {
  if (!isoInstant) {
    return '';
  }
  const instant = new Date(isoInstant);
  return Number.isNaN(instant.getTime()) ? '' : instant.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: councilTimeZone });
}

export function formatPercent(part: number, whole: number, locale: string): string {
  return whole === 0 ? '–' : (part / whole).toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
}
