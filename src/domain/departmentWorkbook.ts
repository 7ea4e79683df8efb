/**
 * Each department's indicator workbook for a reporting year lives in the library
 * "Kennzahlenmappen", in the department's own folder (named by its number, readable only by
 * that department and the office): `Kennzahlenmappen/<number>/Kennzahlen <year> – <number>.xlsx`.
 * The reminder mail and the to-do card link to it; the office creates or refreshes it.
 */
export const departmentWorkbookLibraryUrl = 'Kennzahlenmappen';

/** Characters SharePoint refuses in file and folder names (`" * : < > ? / \ |`, `#` and `%` break links). */
const unsafeInName = /["*:<>?/\\|#%]/g;

/** The workbook's file name: the year and the department number, so that a contact recognises it among downloads. */
export function departmentWorkbookFileName(departmentNumber: string, year: number): string {
  const number = departmentNumber.replace(unsafeInName, '-').trim();
  return `Kennzahlen ${year} – Fachbereich ${number}.xlsx`;
}

/** Server-relative URL of the department's workbook of `year`, below the web's server-relative URL. */
export function departmentWorkbookPath(webServerRelativeUrl: string, departmentNumber: string, year: number): string {
  const web = webServerRelativeUrl.replace(/\/+$/, '');
  return `${web}/${departmentWorkbookLibraryUrl}/${departmentNumber}/${departmentWorkbookFileName(departmentNumber, year)}`;
}

/**
 * The link that opens a workbook in Excel (on the web, or the desktop app where the user has set
 * that preference) instead of downloading it: the document's absolute URL with `web=1`. Each
 * path segment is encoded, so spaces and umlauts survive mail clients.
 */
export function workbookOpenLink(origin: string, serverRelativeUrl: string): string {
  const path = serverRelativeUrl.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  return `${origin.replace(/\/+$/, '')}${path}?web=1`;
}
