import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { ReportTypeChoices } from '../domain';
import type { ReportType } from '../domain';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { ServiceError, toServiceError } from '../http/serviceError';
import { numberOr, optionalNumber, optionalText, text } from './mapping/spValues';

/** A generated document in the library "Berichte". */
export interface StoredReport {
  readonly id: number;
  readonly fileName: string;
  /** e.g. "Status-Quo-Bericht 2. Fortschreibung 2019–2021". */
  readonly title: string;
  readonly type?: ReportType;
  readonly year?: number;
  readonly planPeriodId?: number;
  /** ISO date-time the file was first stored. */
  readonly created: string;
  /** ISO date-time of its last change (a replaced report keeps its creation date). */
  readonly modified: string;
  readonly serverRelativeUrl: string;
  /** Absolute URL: opens the document in the browser (Word for the web) on a real site. */
  readonly url: string;
}

export interface ReportUpload {
  /** ASCII, carries the date, e.g. `Status-Quo-Bericht_2019-2021_2026-11-23.docx`. */
  readonly fileName: string;
  readonly content: Blob | ArrayBuffer;
  readonly title: string;
  readonly type: ReportType;
  readonly year: number;
  readonly planPeriodId?: number;
}

export type ReportSaveOutcome =
  | { readonly status: 'saved'; readonly report: StoredReport }
  /** A report of that name is stored already; nothing was written. Save again with `overwrite` to replace it. */
  | { readonly status: 'exists'; readonly fileName: string };

/** The city's template always has this name, so storing a new one replaces the old. */
export const templateFileName = 'Berichtsvorlage.docx';

const reportSelect = ['Id', 'Title', 'FileLeafRef', 'FileRef', 'FSObjType', 'Created', 'Modified', 'ReportType', 'ReportYear', 'PlanPeriodId'];

/**
 * Generated reports in the document library "Berichte": uploaded with their metadata
 * (type, year, plan period), listed newest first, downloaded through the same
 * authenticated client (a plain link would not carry the token outside SharePoint pages).
 */
export class ReportRepository {
  /** `siteUrl`: absolute URL of the site, for links to the documents. */
  public constructor(
    private readonly lists: SiteLists,
    private readonly siteUrl: string
  ) {}

  /**
   * Stores a report and sets its columns. A file of the same name is replaced only with
   * `overwrite`: SharePoint refuses otherwise, and the caller asks the user. Reports are a few
   * hundred kilobytes, far below the size where a chunked upload is needed.
   * If the columns cannot be set, the new file is removed again, so the library never holds
   * a report without type and period.
   */
  public async save(upload: ReportUpload, options: { readonly overwrite?: boolean } = {}): Promise<ReportSaveOutcome> {
    const overwrite = options.overwrite ?? false;
    const sp = this.lists.spfi;
    let serverRelativeUrl: string;
    try {
      const info = await sp.web.getFolderByServerRelativePath(this.lists.url('Reports')).files.addUsingPath(upload.fileName, upload.content, { Overwrite: overwrite });
      serverRelativeUrl = info.ServerRelativeUrl;
    } catch (error) {
      const failure = await toServiceError(error);
      if (!overwrite && isFileExists(failure)) {
        return { status: 'exists', fileName: upload.fileName };
      }
      throw failure;
    }
    const file = sp.web.getFileByServerRelativePath(serverRelativeUrl);
    try {
      const item = (await file.listItemAllFields.select('Id')()) as { Id: number };
      await this.lists
        .list('Reports')
        .items.getById(item.Id)
        .update({
          Title: upload.title,
          ReportType: ReportTypeChoices.toLabel(upload.type),
          ReportYear: upload.year,
          ...(upload.planPeriodId !== undefined ? { PlanPeriodId: upload.planPeriodId } : {})
        });
      return { status: 'saved', report: toStoredReport(await this.lists.list('Reports').items.getById(item.Id).select(...reportSelect)(), this.origin) };
    } catch (error) {
      const failure = await toServiceError(error);
      if (!overwrite) {
        // Deleted, not recycled: the file is the one this call created a moment ago, nobody has seen
        // it. Best effort: the error the user sees is the one that stopped the save; should the
        // removal fail too, the file stays without type and period and the next save of the same
        // name asks whether to replace it.
        await file.delete().catch(() => undefined);
      }
      throw failure;
    }
  }

  /** Every stored report, newest first. Read in ID-ordered pages, so the library may grow without limit. */
  public async reports(): Promise<StoredReport[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Reports').items.select(...reportSelect));
      return rows
        .filter((row) => row.FSObjType !== 1 && row.FSObjType !== '1')
        .map((row) => toStoredReport(row, this.origin))
        .sort((a, b) => b.modified.localeCompare(a.modified) || b.id - a.id);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** The file's content, for the browser's download. */
  public async download(report: Pick<StoredReport, 'serverRelativeUrl'>): Promise<Blob> {
    try {
      return await this.lists.spfi.web.getFileByServerRelativePath(report.serverRelativeUrl).getBlob();
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * The city's Word template in use: the newest file of type "Berichtsvorlage", or none (then the
   * reports use the product's default design).
   */
  public async currentTemplate(): Promise<StoredReport | undefined> {
    return (await this.templates())[0];
  }

  /** The content of the template in use, for the document builder; undefined without one. */
  public async template(): Promise<ArrayBuffer | undefined> {
    const current = await this.currentTemplate();
    return current ? (await this.download(current)).arrayBuffer() : undefined;
  }

  /**
   * Stores the city's template under one fixed name, replacing the one before (SharePoint keeps
   * the earlier one as a version): uploading twice is harmless. The caller checks the file first.
   */
  public async saveTemplate(upload: { readonly content: Blob | ArrayBuffer; readonly title: string; readonly year: number }): Promise<StoredReport> {
    const outcome = await this.save({ fileName: templateFileName, content: upload.content, title: upload.title, type: 'template', year: upload.year }, { overwrite: true });
    if (outcome.status !== 'saved') {
      throw new ServiceError(409, `${templateFileName} could not be replaced.`);
    }
    return outcome.report;
  }

  /** Moves every stored template to the recycle bin (restorable there): the reports go back to the default design. */
  public async removeTemplates(): Promise<void> {
    const templates = await this.templates();
    try {
      for (const template of templates) {
        await this.lists.list('Reports').items.getById(template.id).recycle();
      }
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Stored templates, newest first. */
  private async templates(): Promise<StoredReport[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists.list('Reports').items.select(...reportSelect).filter(`ReportType eq '${ReportTypeChoices.toLabel('template')}'`)
      );
      return rows
        .filter((row) => row.FSObjType !== 1 && row.FSObjType !== '1')
        .map((row) => toStoredReport(row, this.origin))
        .sort((a, b) => b.modified.localeCompare(a.modified) || b.id - a.id);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  private get origin(): string {
    return new URL(this.siteUrl).origin;
  }
}

/** SharePoint answers an existing file name with 400 and SPException -2130575257 ("A file with the name … already exists"). */
function isFileExists(error: ServiceError): boolean {
  return error.code?.startsWith('-2130575257') === true || (error.status === 400 && /already exists/i.test(error.serviceMessage));
}

function toStoredReport(row: Record<string, unknown>, origin: string): StoredReport {
  const serverRelativeUrl = text(row.FileRef);
  const type = ReportTypeChoices.toCode(row.ReportType);
  const year = optionalNumber(row.ReportYear);
  const planPeriodId = optionalNumber(row.PlanPeriodId);
  const created = text(row.Created);
  return {
    id: numberOr(row.Id, 0),
    fileName: text(row.FileLeafRef),
    title: optionalText(row.Title) ?? text(row.FileLeafRef),
    ...(type ? { type } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(planPeriodId !== undefined ? { planPeriodId } : {}),
    created,
    modified: optionalText(row.Modified) ?? created,
    serverRelativeUrl,
    url: `${origin}${encodeURI(serverRelativeUrl)}`
  };
}
