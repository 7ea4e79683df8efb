/** `'{0} of {1}'` → fills the numbered placeholders of a localised string. */
export function format(template: string, ...values: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** The UI language of a localised strings object's host ('de-DE' unless the page is English). */
export function formatDate(isoDate: string | undefined, locale: string): string {
  if (!isoDate) {
    return '';
  }
  const date = new Date(isoDate);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' });
}

export function formatPercent(part: number, whole: number, locale: string): string {
  return whole === 0 ? '–' : (part / whole).toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
}
