import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { CorrectionRequest, CorrectionRequestStatus, IndicatorValue } from '../domain';
import type { CorrectionRequestFiler, FiledRequest } from '../indicatorSheet/submission';
import { ServiceError, toServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { DepartmentNumbers } from './sp/departmentNumbers';
import { readAllItems } from './sp/listItems';
import { createKeyOf, writeByKey } from './sp/keyedCreate';
import { RegionalFormatSource, SiteRegionalFormat } from './sp/regionalSettings';
import {
  correctionRequestCreation,
  correctionRequestExpand,
  correctionRequestSelect,
  correctionValueFields,
  decisionFields,
  previousValueFields,
  toCorrectionRequest
} from './mapping/correctionRequestMapping';

/**
 * Korrekturanträge: requests to correct a value of a locked year. Each department files into its
 * own folder, where its permission level ("IP Korrektur beantragen") lets it add and read but
 * neither change nor delete, and other departments see nothing. The office decides: writes
 * here are ETag-conditional, so two coordinators cannot decide one request differently.
 */
export class CorrectionRequestRepository implements CorrectionRequestFiler {
  private readonly departmentFolders: DepartmentNumbers;

  public constructor(
    private readonly lists: SiteLists,
    private readonly regional: RegionalFormatSource = new SiteRegionalFormat(lists.spfi)
  ) {
    this.departmentFolders = new DepartmentNumbers(lists);
  }

  public async requestsOf(years: readonly number[], status?: CorrectionRequestStatus): Promise<CorrectionRequest[]> {
    const wanted = [...new Set(years.map((year) => Math.trunc(year)))];
    if (wanted.length === 0) {
      return [];
    }
    // ReportingYear is indexed: the filter stays below the list view threshold. The status is
    // checked here, not in the query: a status the requester set is no decision (toCorrectionRequest).
    const filter = wanted.map((year) => `ReportingYear eq ${year}`).join(' or ');
    try {
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists
          .list('CorrectionRequests')
          .items.select(...correctionRequestSelect)
          .expand(...correctionRequestExpand)
          .filter(filter)
      );
      const requests = rows.map(toCorrectionRequest);
      return status ? requests.filter((request) => request.status === status) : requests;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Every undecided request the signed-in user may read, whatever its year (the office: all
   * departments'). Read whole and decided here: a request filed as "Angenommen" by its requester
   * is still open (toCorrectionRequest); there are a few dozen a year, read in pages by id.
   */
  public async openRequests(): Promise<CorrectionRequest[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(
        this.lists.list('CorrectionRequests').items.select(...correctionRequestSelect, 'FileSystemObjectType').expand(...correctionRequestExpand)
      );
      // The department folders come back as items too.
      return rows
        .filter((row) => Number(row.FileSystemObjectType) !== 1)
        .map(toCorrectionRequest)
        .filter((request) => request.status === 'open');
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  public async request(id: number): Promise<CorrectionRequest> {
    try {
      return toCorrectionRequest(await this.lists.list('CorrectionRequests').items.getById(id).select(...correctionRequestSelect).expand(...correctionRequestExpand)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Creates the requests in their departments' folders, one `$batch`. A request whose key is
   * taken was filed before (the key is made from its content), so it is answered as such rather
   * than filed twice.
   */
  public async file(requests: readonly CorrectionRequest[]): Promise<FiledRequest[]> {
    if (requests.length === 0) {
      return [];
    }
    const [numbers, regional] = await Promise.all([this.departmentFolders.byId(), this.regional.format()]);
    const listUrl = this.lists.url('CorrectionRequests');
    const results: Array<FiledRequest | undefined> = requests.map(() => undefined);
    const writeIndex: number[] = [];
    const writes = requests.flatMap((request, index) => {
      const departmentNumber = numbers.get(request.departmentId);
      if (departmentNumber === undefined) {
        results[index] = { valueKey: request.valueKey, kind: 'failed', status: 400, message: `The department of request ${request.valueKey} is unknown.` };
        return [];
      }
      writeIndex.push(index);
      return [
        {
          kind: 'addToFolder' as const,
          listUrl,
          folderPath: this.lists.folderPath('CorrectionRequests', departmentNumber),
          formValues: correctionRequestCreation(request, regional),
          key: createKeyOf('CorrectionRequests', request.createKey)
        }
      ];
    });
    const outcomes = await writeByKey(this.lists.spfi, writes);
    for (const outcome of outcomes) {
      const index = writeIndex[outcome.index];
      const request = requests[index];
      if (outcome.ok && outcome.isReadBack) {
        results[index] = await this.alreadyFiled(request, outcome.id);
      } else if (outcome.ok) {
        results[index] = { valueKey: request.valueKey, kind: 'filed', request: { ...request, id: outcome.id, ...(outcome.etag ? { etag: outcome.etag } : {}) } };
      } else {
        results[index] = { valueKey: request.valueKey, kind: 'failed', status: outcome.error.status, message: outcome.error.serviceMessage };
      }
    }
    return results.map((result, index) => result ?? { valueKey: requests[index].valueKey, kind: 'failed', status: 0, message: 'No answer for this request.' });
  }

  /**
   * The same request found by its key. Still open, it is the one the user asked for; decided
   * already (the same numbers and reason were rejected, say), asking again needs a new reason,
   * so it is answered as a conflict (409) rather than as filed.
   */
  private async alreadyFiled(request: CorrectionRequest, id: number): Promise<FiledRequest> {
    const stored = await this.request(id);
    if (stored.status === 'open') {
      return { valueKey: request.valueKey, kind: 'alreadyFiled', request: stored };
    }
    return { valueKey: request.valueKey, kind: 'failed', status: 409, message: `The same correction request was already decided (${stored.status}); give another reason to ask again.` };
  }

  /** Records the value a request replaces, against the request's version (412 when someone decided it meanwhile). */
  public async recordPrevious(request: CorrectionRequest, previous: IndicatorValue): Promise<CorrectionRequest> {
    return this.updateRequest(request, previousValueFields(previous));
  }

  public async decide(request: CorrectionRequest, status: 'accepted' | 'rejected', siteUserId: number, note: string | undefined, now: Date = new Date()): Promise<CorrectionRequest> {
    return this.updateRequest(request, decisionFields(status, siteUserId, now, note));
  }

  /**
   * Writes the corrected value over exactly the version the office was shown (If-Match): a value
   * changed meanwhile answers 412 instead of being overwritten.
   */
  public async applyToValue(corrected: IndicatorValue, siteUserId: number, now: Date = new Date()): Promise<void> {
    if (corrected.id === undefined || corrected.etag === undefined) {
      throw new ServiceError(428, `Value ${corrected.indicatorId}-${corrected.year} has no version to correct against.`);
    }
    try {
      await this.lists.list('IndicatorValues').items.getById(corrected.id).update(correctionValueFields(corrected, siteUserId, now), corrected.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  private async updateRequest(request: CorrectionRequest, fields: Record<string, unknown>): Promise<CorrectionRequest> {
    if (request.id === undefined || request.etag === undefined) {
      throw new ServiceError(428, `Request ${request.valueKey} has no version to update against.`);
    }
    try {
      await this.lists.list('CorrectionRequests').items.getById(request.id).update(fields, request.etag);
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.request(request.id);
  }

}
