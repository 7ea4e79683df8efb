import type { ProductServices } from '../app/services';
import { hasAutoShowTaskpane } from '../indicatorSheet/webExtensionParts';
import { BrowserSheetGrid, WorkbookStorage } from './browserSheetGrid';
import { browserWorkbookOf } from './workbookFile';
import { VersionedWorkbookStorage } from './workbookFileSaving';

export type WorkbookFileServices = Pick<ProductServices, 'users' | 'files'>;

export type OpenedWorkbookFile =
  | {
      readonly grid: BrowserSheetGrid;
      readonly fileName: string;
      readonly serverRelativeUrl: string;
      /** The file as read, and its version: what the page's autosave replaces. */
      readonly content: Uint8Array;
      readonly etag?: string;
      /** The page's copy of this version of the file; told the new version after each save. */
      readonly copy?: VersionedWorkbookStorage;
      /** The file carries the web-extension part that makes Excel open our task pane with the document. */
      readonly isPaneShownWithDocument: boolean;
    }
  | { readonly error: 'notWorkbook'; readonly fileName: string };

/**
 * A workbook from SharePoint as Excel for the web opens it: its bytes read with the signed-in
 * user's rights, its sheets shown as written, and the task pane opened with it only where the file
 * asks for that (`Office.AutoShowTaskpaneWithDocument`), as Excel does.
 *
 * The page keeps a copy per user and file in `storage` (what was typed, the pane's state), used
 * as long as the file is at the version the copy was made of; a file saved elsewhere since opens
 * as SharePoint holds it.
 */
export async function openWorkbookFile(services: WorkbookFileServices, serverRelativeUrl: string, language: 'de' | 'en', storage?: WorkbookStorage): Promise<OpenedWorkbookFile> {
  const [user, file] = await Promise.all([services.users.currentUser(), services.files.read(serverRelativeUrl)]);
  const workbook = await browserWorkbookOf(file.content);
  if (!workbook) {
    return { error: 'notWorkbook', fileName: file.name };
  }
  const copy = storage ? new VersionedWorkbookStorage(storage, file.etag ?? '') : undefined;
  return {
    grid: new BrowserSheetGrid(language, copy, workbookFileStorageKey(user.login, file.serverRelativeUrl), workbook),
    fileName: file.name,
    serverRelativeUrl: file.serverRelativeUrl,
    content: file.content,
    ...(file.etag ? { etag: file.etag } : {}),
    ...(copy ? { copy } : {}),
    isPaneShownWithDocument: await hasAutoShowTaskpane(file.content)
  };
}

/** One copy per user and file. */
export function workbookFileStorageKey(login: string, serverRelativeUrl: string): string {
  return `integrationsplanung365.file.${login.toLowerCase()}.${serverRelativeUrl}`;
}
