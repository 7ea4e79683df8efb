import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { acceptedOnly, draftValueReview, indicatorValueKey } from '../domain';
import type { IndicatorValue, NewValueReview, ValueReview, ValueReviewDecision, ValueReviewRefusal } from '../domain';
import { ServiceError, toServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { createKeyOf, newCreateKey, writeByKey } from './sp/keyedCreate';
import type { KeyedWrite } from './sp/keyedCreate';
import { readIndicatorValues } from './indicatorValueQueries';
import { UserRepository } from './userRepository';
import { toValueReview, valueReviewCreation, valueReviewExpand, valueReviewSelect } from './mapping/valueReviewMapping';

/** What became of one decision: recorded (also when found by its key after a lost answer), or why not. */
export type ValueReviewOutcome =
  | { readonly kind: 'recorded'; readonly valueKey: string; readonly review: ValueReview }
  | { readonly kind: 'failed'; readonly valueKey: string; readonly status: number; readonly message: string };

export interface ValueReviewWriteOptions {
  /** Decisions written so far of all, while many go out in `$batch` requests. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly now?: Date;
}

/** The status a refused draft answers with: a return without comment is bad input, a value without version cannot be judged. */
const refusalStatus: Readonly<Record<ValueReviewRefusal, number>> = { commentRequired: 400, notSubmitted: 400, versionUnknown: 428, departmentUnknown: 400 };

const refusalMessage: Readonly<Record<ValueReviewRefusal, string>> = {
  commentRequired: 'A value is returned with a comment that tells the department what to correct.',
  notSubmitted: 'The value has not been submitted yet: there is nothing to decide.',
  versionUnknown: 'The value was read without its version: reload the values and decide again.',
  departmentUnknown: 'The value names no department: reload the values and decide again.'
};

/**
 * The office's review of submitted values (Wertprüfungen). Every decision is a new item naming the
 * version of the value it judged (its ETag), so the history of decisions stays and a department's
 * later write makes the value "submitted" again. The list inherits the web's permissions: the
 * office records decisions, departments only read them (SharePoint answers their writes with 403).
 * Reads filter on the indexed ReportingYear and Department columns.
 */
export class ValueReviewRepository {
  private currentUser: Promise<{ readonly siteUserId: number; readonly displayName: string } | undefined> | undefined;

  public constructor(private readonly lists: SiteLists) {}

  /** Every decision on the values of a year, of one department if given, in no particular order. */
  public async reviewsOf(year: number, departmentId?: number): Promise<ValueReview[]> {
    const filter = `ReportingYear eq ${Math.trunc(year)}${departmentId === undefined ? '' : ` and DepartmentId eq ${Math.trunc(departmentId)}`}`;
    return this.read(filter);
  }

  /** Every decision on the values of the given years. */
  public async reviewsOfYears(years: readonly number[]): Promise<ValueReview[]> {
    const wanted = [...new Set(years.map((year) => Math.trunc(year)))];
    // One query per year on the indexed column, side by side.
    return (await Promise.all(wanted.map((year) => this.read(`ReportingYear eq ${year}`)))).flat();
  }

  /**
   * The values of the given years that count: those whose latest decision accepted exactly their
   * current version. A value changed after its acceptance (a department's write, or a correction)
   * does not count until it is accepted again.
   */
  public async acceptedValues(years: readonly number[]): Promise<IndicatorValue[]> {
    const wanted = [...new Set(years.map((year) => Math.trunc(year)))];
    if (wanted.length === 0) return [];
    const reviews = await this.reviewsOfYears(wanted);
    const indicatorIds = [...new Set(reviews.filter((review) => review.decision === 'accepted').map((review) => review.indicatorId))];
    if (indicatorIds.length === 0) return [];
    const wantedYears = new Set(wanted);
    const values = (await readIndicatorValues(this.lists, indicatorIds, Math.min(...wanted), Math.max(...wanted))).filter((value) => wantedYears.has(value.year));
    return acceptedOnly(values, reviews).sort((a, b) => a.indicatorId - b.indicatorId || a.year - b.year);
  }

  /** Accepts the shown version of each value, a hundred decisions per `$batch`; one outcome per value, in order. */
  public async accept(values: readonly IndicatorValue[], options: ValueReviewWriteOptions = {}): Promise<ValueReviewOutcome[]> {
    return this.decide(values.map((value) => ({ value, decision: 'accepted' as const })), options);
  }

  /**
   * Returns the shown version of a value to its department with a comment saying what to correct.
   * Without a comment nothing is written (400); a failure comes as ServiceError.
   */
  public async returnValue(value: IndicatorValue, comment: string, options: Pick<ValueReviewWriteOptions, 'now'> = {}): Promise<ValueReview> {
    const [outcome] = await this.decide([{ value, decision: 'returned', comment }], options);
    if (outcome.kind === 'failed') throw new ServiceError(outcome.status, outcome.message);
    return outcome.review;
  }

  /** Decisions on the shown versions of values; those that cannot be recorded fail without being sent. */
  public async decide(
    decisions: ReadonlyArray<{ readonly value: IndicatorValue; readonly decision: ValueReviewDecision; readonly comment?: string }>,
    options: ValueReviewWriteOptions = {}
  ): Promise<ValueReviewOutcome[]> {
    const now = options.now ?? new Date();
    const results: Array<ValueReviewOutcome | undefined> = decisions.map(() => undefined);
    const drafted: NewValueReview[] = [];
    const draftIndex: number[] = [];
    decisions.forEach(({ value, decision, comment }, index) => {
      const draft = draftValueReview(value, decision, comment, now, newCreateKey());
      if (draft.ok) {
        drafted.push(draft.review);
        draftIndex.push(index);
      } else {
        results[index] = { kind: 'failed', valueKey: indicatorValueKey(value.indicatorId, value.year), status: refusalStatus[draft.reason], message: refusalMessage[draft.reason] };
      }
    });
    const recorded = await this.record(drafted, options);
    recorded.forEach((outcome, position) => {
      results[draftIndex[position]] = outcome;
    });
    return results.map((result, index) => result ?? { kind: 'failed', valueKey: indicatorValueKey(decisions[index].value.indicatorId, decisions[index].value.year), status: 0, message: 'No answer for this decision.' });
  }

  /**
   * Records decisions as drafted (`draftValueReview`), each by its CreateKey: a create whose answer
   * was lost is read back instead of recorded twice. One outcome per decision, in order.
   */
  public async record(reviews: readonly NewValueReview[], options: Pick<ValueReviewWriteOptions, 'onProgress'> = {}): Promise<ValueReviewOutcome[]> {
    if (reviews.length === 0) return [];
    const reviewer = await this.reviewer();
    const listUrl = this.lists.url('ValueReviews');
    const writes: KeyedWrite[] = reviews.map((review) => ({ kind: 'add', listUrl, fields: valueReviewCreation(review, reviewer?.siteUserId), key: createKeyOf('ValueReviews', review.createKey) }));
    const outcomes = await writeByKey(this.lists.spfi, writes, { onProgress: (progress) => options.onProgress?.(progress.done, progress.total) });
    return outcomes.map((outcome): ValueReviewOutcome => {
      const review = reviews[outcome.index];
      if (!outcome.ok) {
        return { kind: 'failed', valueKey: review.valueKey, status: outcome.error.status, message: outcome.error.serviceMessage };
      }
      return { kind: 'recorded', valueKey: review.valueKey, review: storedReview(review, outcome.id, reviewer?.displayName) };
    });
  }

  /** Who decides: the signed-in user, read once. A failed read leaves ReviewedBy empty rather than stopping the review; SharePoint keeps the author anyway. */
  private reviewer(): Promise<{ readonly siteUserId: number; readonly displayName: string } | undefined> {
    this.currentUser ??= new UserRepository(this.lists)
      .currentUser()
      .then((user) => ({ siteUserId: user.siteUserId, displayName: user.displayName }))
      .catch(() => {
        this.currentUser = undefined;
        return undefined;
      });
    return this.currentUser;
  }

  private async read(filter: string): Promise<ValueReview[]> {
    try {
      const rows = await readAllItems<Record<string, unknown>>(this.lists.list('ValueReviews').items.select(...valueReviewSelect).expand(...valueReviewExpand).filter(filter));
      return rows.flatMap((row) => {
        const review = toValueReview(row);
        return review ? [review] : [];
      });
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}

/** The decision as stored: its item id, without the key that made its create repeatable. */
function storedReview(review: NewValueReview, id: number, reviewedBy: string | undefined): ValueReview {
  return {
    id,
    valueKey: review.valueKey,
    indicatorId: review.indicatorId,
    year: review.year,
    departmentId: review.departmentId,
    decision: review.decision,
    ...(review.comment ? { comment: review.comment } : {}),
    reviewedETag: review.reviewedETag,
    reviewedAt: review.reviewedAt,
    ...(reviewedBy ? { reviewedBy } : {})
  };
}
