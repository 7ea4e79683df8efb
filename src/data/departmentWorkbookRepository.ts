import '@pnp/sp/webs';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Department } from '../domain';
import { departmentWorkbookFileName, departmentWorkbookPath, workbookOpenLink } from '../domain/departmentWorkbook';
import { departmentWorkbookFolderRule } from '../domain/sitePermissions';
import { ServiceError, toServiceError } from '../http/serviceError';
import { DepartmentSubfolders } from './departmentSubfolders';
import { SiteLists } from './sp/siteLists';
import { arrayBufferOf, DocumentFiles } from './documentFiles';

/** Where a department's workbook of a year is, and how to open it in Excel. */
export interface DepartmentWorkbookRef {
  readonly departmentNumber: string;
  readonly year: number;
  readonly serverRelativeUrl: string;
  /** Opens the workbook in Excel (on the web, or the desktop app where the user prefers it). */
  readonly openLink: string;
  /** True when this refresh created the file; false when it was there (a refresh or a find). */
  readonly created: boolean;
}

export interface DepartmentWorkbookFailure {
  readonly departmentNumber: string;
  readonly error: ServiceError;
}

/** The outcome of refreshing several departments: each failure is that department's, the others went on. */
export interface DepartmentWorkbookRefreshAll {
  readonly refreshed: readonly DepartmentWorkbookRef[];
  readonly failed: readonly DepartmentWorkbookFailure[];
}

export interface DepartmentWorkbookProgress {
  readonly done: number;
  readonly total: number;
  /** The department just finished. */
  readonly departmentNumber?: string;
}

/**
 * Writes the workbook of one department and year: the sheet as the entry page builds it, with the
 * parts that open the task pane, keeping what a contact typed into `stored` (the file as it is
 * now) and has not submitted. Composed in src/app (departmentWorkbookContent.ts).
 */
export type DepartmentWorkbookWriter = (department: Department, year: number, stored: Uint8Array | undefined) => Promise<Uint8Array>;

interface StoredWorkbook {
  readonly etag: string;
  readonly content: Uint8Array;
}

/**
 * The department workbooks in "Kennzahlenmappen" (`departmentWorkbook.ts`): one file per department
 * and year in the department's folder, which only that department (edit, no delete) and the
 * office (full control) can open. A refresh writes the sheet as the entry page builds it, with the
 * web-extension part that opens our task pane in Excel, and keeps what a contact has typed but not
 * yet submitted. It replaces the file only over the version it read (If-Match), so a contact's
 * save in Excel meanwhile is read again and carried over instead of being overwritten.
 */
export class DepartmentWorkbookRepository {
  private readonly folders: DepartmentSubfolders;
  private readonly files: DocumentFiles;

  public constructor(
    private readonly lists: SiteLists,
    private readonly siteUrl: string,
    private readonly writeWorkbook: DepartmentWorkbookWriter
  ) {
    this.folders = new DepartmentSubfolders(lists, departmentWorkbookFolderRule.list, departmentWorkbookFolderRule.isSharedWithMembers);
    this.files = new DocumentFiles(lists);
  }

  /**
   * Creates or rewrites the department's workbook of `year`, ensuring its folder and the folder's
   * permissions first. A save by someone else between our read and our write (412) is read again
   * and retried once; a second one is reported, and the file stays as that person saved it.
   */
  public async refresh(input: { readonly department: Department; readonly year: number }): Promise<DepartmentWorkbookRef> {
    const { department, year } = input;
    await this.folders.ensure(department.number, '');
    await this.folders.applyLevel(department.number, '', departmentWorkbookFolderRule.department);
    const serverRelativeUrl = this.path(department.number, year);
    for (let attempt = 1; ; attempt++) {
      const stored = await this.read(serverRelativeUrl);
      const content = await this.writeWorkbook(department, year, stored?.content);
      try {
        if (stored) {
          await this.files.overwrite(serverRelativeUrl, content, stored.etag);
        } else {
          await this.create(department.number, year, content);
        }
        return this.ref(department.number, year, !stored);
      } catch (error) {
        const serviceError = await toServiceError(error);
        // 412: saved meanwhile; a 400 "already exists" on a create: someone else created it meanwhile.
        const isRace = serviceError.status === 412 || (!stored && (serviceError.status === 409 || /already exists/i.test(serviceError.serviceMessage)));
        if (!isRace) {
          throw serviceError;
        }
        if (attempt >= 2) {
          throw new ServiceError(
            412,
            `Die Arbeitsmappe von Fachbereich ${department.number} für ${year} wurde während der Aktualisierung zweimal von jemand anderem gespeichert. Bitte später erneut aktualisieren; das Gespeicherte bleibt erhalten.`,
            serviceError.code
          );
        }
      }
    }
  }

  /** Refreshes the workbooks of `departments`, one after the other; a department's failure is listed and the others go on. */
  public async refreshAll(year: number, departments: readonly Department[], onProgress?: (progress: DepartmentWorkbookProgress) => void): Promise<DepartmentWorkbookRefreshAll> {
    const refreshed: DepartmentWorkbookRef[] = [];
    const failed: DepartmentWorkbookFailure[] = [];
    onProgress?.({ done: 0, total: departments.length });
    for (const department of departments) {
      try {
        refreshed.push(await this.refresh({ department, year }));
      } catch (error) {
        failed.push({ departmentNumber: department.number, error: await toServiceError(error) });
      }
      onProgress?.({ done: refreshed.length + failed.length, total: departments.length, departmentNumber: department.number });
    }
    return { refreshed, failed };
  }

  /** The department's workbook of `year`, if it exists and the signed-in user may see it. */
  public async find(departmentNumber: string, year: number): Promise<DepartmentWorkbookRef | undefined> {
    try {
      await this.lists.spfi.web.getFileByServerRelativePath(this.path(departmentNumber, year)).select('Name')();
      return this.ref(departmentNumber, year, false);
    } catch (error) {
      const serviceError = await toServiceError(error);
      if (serviceError.status === 404) {
        return undefined;
      }
      throw serviceError;
    }
  }

  private path(departmentNumber: string, year: number): string {
    return departmentWorkbookPath(this.lists.webServerRelativeUrl, departmentNumber, year);
  }

  private ref(departmentNumber: string, year: number, created: boolean): DepartmentWorkbookRef {
    const serverRelativeUrl = this.path(departmentNumber, year);
    return { departmentNumber, year, serverRelativeUrl, openLink: workbookOpenLink(new URL(this.siteUrl).origin, serverRelativeUrl), created };
  }

  /** The stored file with the version it was read at, or nothing where there is none yet. */
  private async read(serverRelativeUrl: string): Promise<StoredWorkbook | undefined> {
    try {
      const { etag, content } = await this.files.read(serverRelativeUrl);
      if (!etag) {
        throw new ServiceError(500, `SharePoint gab für ${serverRelativeUrl} keine Version an; die Arbeitsmappe wird nicht blind überschrieben.`);
      }
      return { etag, content };
    } catch (error) {
      const serviceError = await toServiceError(error);
      if (serviceError.status === 404) {
        return undefined;
      }
      throw serviceError;
    }
  }

  private async create(departmentNumber: string, year: number, content: Uint8Array): Promise<void> {
    const folder = this.lists.spfi.web.getFolderByServerRelativePath(this.folders.url(departmentNumber, ''));
    const added = await folder.files.addUsingPath(departmentWorkbookFileName(departmentNumber, year), arrayBufferOf(content), { Overwrite: false });
    // The year as a column, so the office can sort and filter the library; the file is new, nobody else has saved it yet.
    const item = (await this.lists.spfi.web.getFileByServerRelativePath(added.ServerRelativeUrl).listItemAllFields.select('Id')()) as { Id: number };
    await this.lists.list('DepartmentWorkbooks').items.getById(item.Id).update({ Title: departmentWorkbookFileName(departmentNumber, year).replace(/\.xlsx$/, ''), ReportYear: year }, '*');
  }
}
