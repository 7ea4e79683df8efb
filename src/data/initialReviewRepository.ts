import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { initialReviewKey } from '../domain';
import { SiteLists } from './sp/siteLists';
import { DepartmentNumbers } from './sp/departmentNumbers';
import { createKeyOf, isDuplicateKey, writeByKey } from './sp/keyedCreate';
import { readAllItems, ReadAllOptions } from './sp/listItems';
import { ServiceError, toServiceError } from '../http/serviceError';
import { initialReviewFields, initialReviewFolderCreation, initialReviewSelect, reviewDateFields, InitialReviewInput, StoredInitialReview, toInitialReview } from './mapping/initialReviewMapping';

export type { InitialReviewInput, StoredInitialReview } from './mapping/initialReviewMapping';

/** The review stored so far, as the page read it: a save must match its ETag. */
export interface ReviewVersion {
  readonly id: number;
  readonly etag: string;
}

/**
 * The initial interviews (Erstgespräche): one review per measure, in the folder of the measure's
 * lead department, keyed by the measure id in a unique column, so a second save updates the
 * first and a concurrent create cannot duplicate it.
 */
export class InitialReviewRepository {
  private readonly departmentFolders: DepartmentNumbers;

  public constructor(private readonly lists: SiteLists) {
    this.departmentFolders = new DepartmentNumbers(lists);
  }

  /**
   * The reviews of the given measures (e.g. those of one plan period). The list has no plan
   * period column, and a filter on Measure would hit the list-view threshold once the list
   * grows past 5,000 reviews, so it is read whole in ID-ordered pages and filtered here.
   */
  public async reviews(measureIds: Iterable<number>, options: ReadAllOptions = {}): Promise<StoredInitialReview[]> {
    const wanted = new Set(measureIds);
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('InitialReviews').items.select(...initialReviewSelect), options);
      return rows.map(toInitialReview).filter((review) => wanted.has(review.measureId));
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /** The stored review of a measure, if any. ReviewKey is unique and indexed, so this filter is safe on a list of any size. */
  public async reviewOf(measureId: number): Promise<StoredInitialReview | undefined> {
    try {
      const rows = (await this.lists
        .list('InitialReviews')
        .items.select(...initialReviewSelect)
        .filter(`ReviewKey eq '${initialReviewKey(measureId)}'`)
        .top(1)()) as Array<Record<string, unknown>>;
      return rows.length > 0 ? toInitialReview(rows[0]) : undefined;
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Creates the review of a measure in its department's folder (confidential to the office and
   * that department), or updates it when `stored` says which version the user edited. A version
   * changed meanwhile comes back as a 412 ServiceError, a review someone else created meanwhile
   * as a 409 (both `isConflict`): nothing is overwritten silently.
   * Returns the review as stored now, with its new ETag.
   */
  public async save(input: InitialReviewInput, stored?: ReviewVersion): Promise<StoredInitialReview> {
    const items = this.lists.list('InitialReviews').items;
    let id: number;
    try {
      if (stored) {
        await items.getById(stored.id).update(initialReviewFields(input), stored.etag);
        id = stored.id;
      } else {
        id = await this.create(input);
      }
    } catch (error) {
      throw asConflictIfDuplicate(await toServiceError(error));
    }
    try {
      return toInitialReview(await items.getById(id).select(...initialReviewSelect)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * A lost answer is read back by the review's key (and the date written then); a review someone
   * else created meanwhile surfaces as the duplicate-key refusal.
   */
  private async create(input: InitialReviewInput): Promise<number> {
    const number = (await this.departmentFolders.byId()).get(input.departmentId);
    if (number === undefined) {
      throw new ServiceError(400, `Department ${input.departmentId} does not exist.`);
    }
    const listUrl = this.lists.url('InitialReviews');
    const [created] = await writeByKey(this.lists.spfi, [
      {
        kind: 'addToFolder',
        listUrl,
        folderPath: this.lists.folderPath('InitialReviews', number),
        formValues: initialReviewFolderCreation(input),
        key: createKeyOf('InitialReviews', initialReviewKey(input.measureId))
      }
    ]);
    if (!created.ok) {
      throw created.error;
    }
    try {
      // '*' on purpose: the date completes the item this call just created, there is no other version to lose.
      await this.lists.list('InitialReviews').items.getById(created.id).update(reviewDateFields(input), '*');
    } catch (error) {
      // Stored but without its date: say so, with the stored version, so that the next save updates it (and adds the date) instead of creating it again.
      const failure = await toServiceError(error);
      const stored = await this.reviewOf(input.measureId).catch(() => undefined);
      throw new ReviewStoredWithoutDate(failure, stored);
    }
    return created.id;
  }

}

/**
 * The review was created but its interview date could not be written. `stored`: the review as
 * stored now (when it could be read), the version the next save must go against.
 */
export class ReviewStoredWithoutDate extends ServiceError {
  public constructor(
    failure: ServiceError,
    public readonly stored: StoredInitialReview | undefined
  ) {
    super(failure.status, `The review was stored without its interview date: ${failure.serviceMessage}`, failure.code, failure.retryAfterMs);
    this.name = 'ReviewStoredWithoutDate';
  }
}

/** SharePoint refuses a second item with the same unique key with a 400; for the user that is someone else's save. */
function asConflictIfDuplicate(error: ServiceError): ServiceError {
  return isDuplicateKey(error) ? new ServiceError(409, error.serviceMessage, error.code) : error;
}
