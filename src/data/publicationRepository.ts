import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { PublicationKindChoices, ReportTypeChoices, isIsoDay, isoDay, localDate, publishableReportTypes } from '../domain';
import { wallClockToUtc } from '../domain/wallClockTime';
import type { PublicationKind, ReportRelease, ReportType } from '../domain';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { versionUnknown } from './sp/batchWriter';
import { ServiceError, toServiceError } from '../http/serviceError';
import { etagOf, numberOr, optionalNumber, optionalText, text } from './mapping/spValues';

/** A report of "Berichte" that may go to the public: annual and period reports, with their release. */
export interface ReleasableReport {
  readonly id: number;
  readonly fileName: string;
  readonly title: string;
  readonly type: ReportType;
  readonly year?: number;
  readonly planPeriodId?: number;
  readonly serverRelativeUrl: string;
  readonly url: string;
  readonly modified: string;
  readonly etag?: string;
  /** The Beirat's release, once recorded. */
  readonly release?: ReportRelease;
  /** ISO date-time of the last publication. */
  readonly publishedAt?: string;
}

/** A file in "Veröffentlichungen". */
export interface PublishedFile {
  readonly id: number;
  readonly fileName: string;
  readonly title: string;
  readonly kind?: PublicationKind;
  readonly reportType?: ReportType;
  readonly year?: number;
  readonly modified: string;
  readonly serverRelativeUrl: string;
  /** Absolute URL: opens the file in the browser. */
  readonly url: string;
}

export interface PublicationUpload {
  /** ASCII, the same at every publication of a report (`publicationFileNames`), so a repeat replaces it. */
  readonly fileName: string;
  readonly content: Blob | ArrayBuffer | string;
  readonly title: string;
  readonly kind: PublicationKind;
  readonly reportType: ReportType;
  readonly year?: number;
}

const reportSelect = ['Id', 'Title', 'FileLeafRef', 'FileRef', 'FSObjType', 'Modified', 'ReportType', 'ReportYear', 'PlanPeriodId', 'ReleaseSessionId', 'ReleasedAt', 'PublishedAt'];
const publicationSelect = ['Id', 'Title', 'FileLeafRef', 'FileRef', 'FSObjType', 'Modified', 'ReportType', 'ReportYear', 'PublicationKind'];

/**
 * The Beirat's release on reports in "Berichte" and the files in "Veröffentlichungen". Both
 * libraries are written by the office only: "Berichte" inherits the web (departments read),
 * "Veröffentlichungen" has its own permissions (everyone in the city reads). A department's
 * attempt is refused by SharePoint with 403.
 */
export class PublicationRepository {
  public constructor(
    private readonly lists: SiteLists,
    private readonly siteUrl: string
  ) {}

  /** The annual and period reports of "Berichte", newest first. */
  public async reports(): Promise<ReleasableReport[]> {
    try {
      const types = publishableReportTypes.map((type) => `ReportType eq '${ReportTypeChoices.toLabel(type)}'`).join(' or ');
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Reports').items.select(...reportSelect).filter(types));
      return rows
        .filter((row) => Number(row.FSObjType) !== 1)
        .flatMap((row) => {
          const report = this.toReport(row);
          return report ? [report] : [];
        })
        .sort((a, b) => b.modified.localeCompare(a.modified) || b.id - a.id);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async report(id: number): Promise<ReleasableReport> {
    try {
      const report = this.toReport(await this.lists.list('Reports').items.getById(id).select(...reportSelect)());
      if (!report) {
        throw new ServiceError(400, `Das Dokument ${id} in „Berichte“ ist kein Jahres- oder Fortschreibungsbericht und wird nicht veröffentlicht.`);
      }
      return report;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Records the Beirat's release on the report, if nobody changed the report since `report.etag`
   * was read: a change meanwhile fails with 412 and nothing is overwritten.
   */
  public async recordRelease(report: Pick<ReleasableReport, 'id' | 'etag'>, release: ReportRelease): Promise<ReleasableReport> {
    if (!report.etag || report.etag === '*') {
      throw versionUnknown(`Bericht ${report.id}`);
    }
    if (!isIsoDay(release.releasedOn)) {
      throw new ServiceError(400, `Das Freigabedatum „${release.releasedOn}“ ist kein gültiger Tag.`);
    }
    try {
      await this.lists
        .list('Reports')
        .items.getById(report.id)
        .update({ ReleaseSessionId: release.sessionId, ReleasedAt: wallClockToUtc(`${release.releasedOn}T00:00`) }, report.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.report(report.id);
  }

  /** Stamps the report as published now by the signed-in user; a repeat stamps it again (last publication wins). */
  public async markPublished(report: Pick<ReleasableReport, 'id'>, siteUserId: number | undefined, now: Date = new Date()): Promise<ReleasableReport> {
    try {
      await this.lists
        .list('Reports')
        .items.getById(report.id)
        .update({ PublishedAt: now.toISOString(), ...(siteUserId !== undefined ? { PublishedById: siteUserId } : {}) }, '*');
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.report(report.id);
  }

  /** The report document's content, to copy it into "Veröffentlichungen". */
  public async reportContent(report: Pick<ReleasableReport, 'serverRelativeUrl'>): Promise<ArrayBuffer> {
    try {
      return await this.lists.spfi.web.getFileByServerRelativePath(report.serverRelativeUrl).getBuffer();
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Puts one file into "Veröffentlichungen", replacing a file of the same name (a repeated
   * publication), and sets its columns. The file is public the moment it is stored, so its
   * content must be final before this is called.
   */
  public async upload(upload: PublicationUpload): Promise<PublishedFile> {
    const sp = this.lists.spfi;
    try {
      const info = await sp.web.getFolderByServerRelativePath(this.lists.url('Publications')).files.addUsingPath(upload.fileName, upload.content, { Overwrite: true });
      const item = (await sp.web.getFileByServerRelativePath(info.ServerRelativeUrl).listItemAllFields.select('Id')()) as { Id: number };
      await this.lists
        .list('Publications')
        .items.getById(item.Id)
        .update(
          {
            Title: upload.title,
            PublicationKind: PublicationKindChoices.toLabel(upload.kind),
            ReportType: ReportTypeChoices.toLabel(upload.reportType),
            ...(upload.year !== undefined ? { ReportYear: upload.year } : {})
          },
          '*'
        );
      return this.toPublished(await this.lists.list('Publications').items.getById(item.Id).select(...publicationSelect)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** Every published file, newest first. */
  public async publications(): Promise<PublishedFile[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('Publications').items.select(...publicationSelect));
      return rows
        .filter((row) => Number(row.FSObjType) !== 1)
        .map((row) => this.toPublished(row))
        .sort((a, b) => b.modified.localeCompare(a.modified) || a.fileName.localeCompare(b.fileName));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** A published file's content (the browser's download; a plain link would not carry the token outside SharePoint pages). */
  public async download(file: Pick<PublishedFile, 'serverRelativeUrl'>): Promise<Blob> {
    try {
      return await this.lists.spfi.web.getFileByServerRelativePath(file.serverRelativeUrl).getBlob();
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  private get origin(): string {
    return new URL(this.siteUrl).origin;
  }

  private toReport(row: Record<string, unknown>): ReleasableReport | undefined {
    const type = ReportTypeChoices.toCode(row.ReportType);
    if (!type || !publishableReportTypes.includes(type)) return undefined;
    const serverRelativeUrl = text(row.FileRef);
    const year = optionalNumber(row.ReportYear);
    const planPeriodId = optionalNumber(row.PlanPeriodId);
    const sessionId = optionalNumber(row.ReleaseSessionId);
    const releasedOn = dayOf(row.ReleasedAt);
    const etag = etagOf(row);
    const publishedAt = optionalText(row.PublishedAt);
    return {
      id: numberOr(row.Id, 0),
      fileName: text(row.FileLeafRef),
      title: optionalText(row.Title) ?? text(row.FileLeafRef),
      type,
      ...(year !== undefined ? { year } : {}),
      ...(planPeriodId !== undefined ? { planPeriodId } : {}),
      serverRelativeUrl,
      url: `${this.origin}${encodeURI(serverRelativeUrl)}`,
      modified: text(row.Modified),
      ...(etag ? { etag } : {}),
      ...(sessionId !== undefined && releasedOn ? { release: { sessionId, releasedOn } } : {}),
      ...(publishedAt ? { publishedAt } : {})
    };
  }

  private toPublished(row: Record<string, unknown>): PublishedFile {
    const serverRelativeUrl = text(row.FileRef);
    const kind = PublicationKindChoices.toCode(row.PublicationKind);
    const reportType = ReportTypeChoices.toCode(row.ReportType);
    const year = optionalNumber(row.ReportYear);
    return {
      id: numberOr(row.Id, 0),
      fileName: text(row.FileLeafRef),
      title: optionalText(row.Title) ?? text(row.FileLeafRef),
      ...(kind ? { kind } : {}),
      ...(reportType ? { reportType } : {}),
      ...(year !== undefined ? { year } : {}),
      modified: text(row.Modified),
      serverRelativeUrl,
      url: `${this.origin}${encodeURI(serverRelativeUrl)}`
    };
  }
}

function dayOf(value: unknown): string | undefined {
  const day = typeof value === 'string' ? localDate(value) : undefined;
  return day ? isoDay(day) : undefined;
}
