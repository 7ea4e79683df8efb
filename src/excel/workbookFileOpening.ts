import type { ProductServices } from '../app/services';
import { hasAutoShowTaskpane } from '../indicatorSheet/webExtensionParts';
import { BrowserSheetGrid, WorkbookStorage } from './browserSheetGrid';
import { browserWorkbookOf } from './workbookFile';

export type WorkbookFileServices = Pick<ProductServices, 'users' | 'files'>;

export type OpenedWorkbookFile =
  | {
      readonly grid: BrowserSheetGrid;
      readonly fileName: string;
      /** The file carries the web-extension part that makes Excel open our task pane with the document. */
      readonly isPaneShownWithDocument: boolean;
    }
  | { readonly error: 'notWorkbook'; readonly fileName: string };

/**
 * A workbook from SharePoint as Excel for the web opens it: its bytes read with the signed-in
 * user's rights, its sheets shown as written, and the task pane opened with it only where the file
 * asks for that (`Office.AutoShowTaskpaneWithDocument`), as Excel does.
 *
 * What the user types stays in the page's copy of this version of the file (kept per user in
 * `storage`, so a reload does not lose it) until it is submitted; the file itself is not written.
 * A new version of the file (the office refreshed it) opens fresh.
 */
export async function openWorkbookFile(services: WorkbookFileServices, serverRelativeUrl: string, language: 'de' | 'en', storage?: WorkbookStorage): Promise<OpenedWorkbookFile> {
  const [user, file] = await Promise.all([services.users.currentUser(), services.files.read(serverRelativeUrl)]);
  const workbook = await browserWorkbookOf(file.content);
  if (!workbook) {
    return { error: 'notWorkbook', fileName: file.name };
  }
  const storageKey = workbookFileStorageKey(user.login, file.serverRelativeUrl, file.etag);
  return {
    grid: new BrowserSheetGrid(language, storage, storageKey, workbook),
    fileName: file.name,
    isPaneShownWithDocument: await hasAutoShowTaskpane(file.content)
  };
}

/** One copy per user, file and version of the file. */
export function workbookFileStorageKey(login: string, serverRelativeUrl: string, etag: string | undefined): string {
  return `integrationsplanung365.file.${login.toLowerCase()}.${serverRelativeUrl}.${etag ?? ''}`;
}
