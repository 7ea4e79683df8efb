import * as React from 'react';
import type { CorrectionRequest, IndicatorValue, ValueFigures, ValueReview } from '../../domain';
import { correctedValue, correctionHistoryOf, indicatorValueKey, isRequestApplied, latestReviews, sameVersion, uiLanguage } from '../../domain';
import { ServiceError } from '../../http/serviceError';
import type { ProductServices } from '../services';
import type { DashboardData } from './dashboardData';

/**
 * The office decides the departments' correction requests. Accepting applies the value:
 *
 * 1. the request is read again (another coordinator may have decided it meanwhile);
 * 2. the value it replaces is recorded on the request (If-Match on the request's ETag);
 * 3. the value item is written, marked as a correction with the reason, who and when (If-Match
 *    on the value's ETag: a value changed since step 2 answers 412 instead of being overwritten);
 * 4. the corrected version of the value is accepted in the office's review (Wertprüfungen), so the
 *    corrected value keeps counting in reports: writing it changed its version;
 * 5. the request is set to Angenommen with who and when.
 *
 * A failure after 2, 3 or 4 leaves the request open with its previous value recorded, which the list
 * shows as an unfinished acceptance; accepting again finds the value already applied (same
 * numbers and reason) and its version already accepted, and only completes what is left. The value
 * before is never lost: it is on the request before the value is written.
 */
export type CorrectionServices = Pick<ProductServices, 'correctionRequests' | 'indicatorValues' | 'valueReviews'>;

/** An accepted request, with the corrected value as stored now and the review that accepted that version. */
export interface AcceptedCorrection {
  readonly request: CorrectionRequest;
  readonly value?: IndicatorValue;
  readonly review?: ValueReview;
}

export type Decision = 'accepted' | 'rejected';

export type DecisionNotice =
  | { readonly kind: 'decided'; readonly decision: Decision; readonly request: CorrectionRequest }
  | { readonly kind: 'failed'; readonly request: CorrectionRequest; readonly error: unknown }
  /** Decided by someone else meanwhile: nothing was written. */
  | { readonly kind: 'alreadyDecided'; readonly request: CorrectionRequest }
  | { readonly kind: 'noteRequired'; readonly request: CorrectionRequest };

export interface CorrectionReviewState {
  /** The open requests, oldest first. */
  readonly requests: readonly CorrectionRequest[];
  /** The request being decided. */
  readonly busyId?: number;
  /** The request whose rejection note is being written. */
  readonly rejectingId?: number;
  readonly note: string;
  readonly notice?: DecisionNotice;
}

export type CorrectionReviewEvent =
  | { readonly type: 'loaded'; readonly requests: readonly CorrectionRequest[] }
  | { readonly type: 'deciding'; readonly id: number }
  | { readonly type: 'decided'; readonly decision: Decision; readonly request: CorrectionRequest }
  /** The request as stored now, after a failure or a decision by someone else. */
  | { readonly type: 'failed'; readonly request: CorrectionRequest; readonly error: unknown }
  | { readonly type: 'alreadyDecided'; readonly request: CorrectionRequest }
  | { readonly type: 'rejectOpened'; readonly id: number }
  | { readonly type: 'noteChanged'; readonly note: string }
  | { readonly type: 'rejectCancelled' }
  | { readonly type: 'noteMissing'; readonly request: CorrectionRequest }
  | { readonly type: 'noticeDismissed' };

export const initialCorrectionReview: CorrectionReviewState = { requests: [], note: '' };

export function correctionReviewReducer(state: CorrectionReviewState, event: CorrectionReviewEvent): CorrectionReviewState {
  switch (event.type) {
    case 'loaded':
      // The list changes after a decision (the dashboard applies it): the decision's notice stays.
      return { ...initialCorrectionReview, requests: event.requests, ...(state.notice ? { notice: state.notice } : {}) };
    case 'deciding':
      return { ...state, busyId: event.id, notice: undefined };
    case 'decided':
      return {
        ...state,
        busyId: undefined,
        rejectingId: undefined,
        note: '',
        requests: state.requests.filter((request) => request.id !== event.request.id),
        notice: { kind: 'decided', decision: event.decision, request: event.request }
      };
    case 'failed':
      // The request stays in the list, as stored now (an unfinished acceptance shows as such).
      return { ...state, busyId: undefined, requests: replaced(state.requests, event.request), notice: { kind: 'failed', request: event.request, error: event.error } };
    case 'alreadyDecided':
      return {
        ...state,
        busyId: undefined,
        rejectingId: undefined,
        requests: state.requests.filter((request) => request.id !== event.request.id),
        notice: { kind: 'alreadyDecided', request: event.request }
      };
    case 'rejectOpened':
      return { ...state, rejectingId: event.id, note: '', notice: undefined };
    case 'noteChanged':
      return { ...state, note: event.note };
    case 'rejectCancelled':
      return state.busyId !== undefined ? state : { ...state, rejectingId: undefined, note: '' };
    case 'noteMissing':
      return { ...state, notice: { kind: 'noteRequired', request: event.request } };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

function replaced(requests: readonly CorrectionRequest[], request: CorrectionRequest): CorrectionRequest[] {
  return requests.map((candidate) => (candidate.id === request.id ? request : candidate));
}

/** An acceptance that recorded the value before but did not finish: accepting again completes it. */
export function isAcceptanceUnfinished(request: CorrectionRequest): boolean {
  return request.status === 'open' && request.previous !== undefined;
}

/** The stored value a request concerns, if there is one. */
async function storedValueOf(services: CorrectionServices, request: CorrectionRequest): Promise<IndicatorValue | undefined> {
  const values = await services.indicatorValues.valuesOf([request.indicatorId], [request.year]);
  return values.find((value) => value.indicatorId === request.indicatorId && value.year === request.year);
}

/** Accepts a request and applies its value (see the order above); answers the request as decided. */
export async function acceptRequest(services: CorrectionServices, shown: CorrectionRequest, siteUserId: number, now: Date = new Date()): Promise<CorrectionRequest> {
  return (await acceptCorrection(services, shown, siteUserId, now)).request;
}

/** `acceptRequest`, answering also the corrected value as stored and the review that accepted it. */
export async function acceptCorrection(services: CorrectionServices, shown: CorrectionRequest, siteUserId: number, now: Date = new Date()): Promise<AcceptedCorrection> {
  let request = await services.correctionRequests.request(shown.id!);
  if (request.status !== 'open') {
    throw new AlreadyDecidedError(request);
  }
  const stored = await storedValueOf(services, request);
  if (!stored || !isRequestApplied(stored, request)) {
    if (stored) {
      request = await services.correctionRequests.recordPrevious(request, stored);
      await services.correctionRequests.applyToValue(correctedValue(stored, request), siteUserId, now);
    } else {
      await createCorrectedValue(services, request);
    }
  }
  const accepted = await acceptCorrectedVersion(services, request, now);
  return { request: await services.correctionRequests.decide(request, 'accepted', siteUserId, undefined, now), ...accepted };
}

/**
 * Step 4: the corrected value, read again, is accepted in exactly the version now stored, unless
 * that version is accepted already (a repeat after a failure in step 5).
 */
async function acceptCorrectedVersion(services: CorrectionServices, request: CorrectionRequest, now: Date): Promise<{ value: IndicatorValue; review: ValueReview }> {
  const stored = await storedValueOf(services, request);
  if (!stored || !isRequestApplied(stored, request)) {
    throw new ServiceError(412, `The value ${request.valueKey} was changed after the correction was written; accept the request again.`);
  }
  const latest = latestReviews(await services.valueReviews.reviewsOf(request.year, request.departmentId)).get(request.valueKey);
  if (latest && latest.decision === 'accepted' && stored.etag !== undefined && sameVersion(latest.reviewedETag, stored.etag)) {
    return { value: stored, review: latest };
  }
  const [outcome] = await services.valueReviews.accept([stored], { now });
  if (!outcome || outcome.kind === 'failed') {
    throw new ServiceError(outcome?.status ?? 0, outcome?.message ?? `No answer for the acceptance of ${request.valueKey}.`);
  }
  return { value: stored, review: outcome.review };
}

/** A value reported for the first time after the lock: the office creates it, as a correction. */
async function createCorrectedValue(services: CorrectionServices, request: CorrectionRequest): Promise<void> {
  const key = indicatorValueKey(request.indicatorId, request.year);
  const value: IndicatorValue = correctedValue({ indicatorId: request.indicatorId, year: request.year, total: 0, departmentId: request.departmentId }, request);
  const [result] = await services.indicatorValues.write([{ action: 'create', key, value }]);
  if (!result || result.kind === 'failed') {
    throw new Error(result ? `${result.status}: ${result.message}` : `No answer for ${key}.`);
  }
  if (result.kind === 'exists' || result.kind === 'stale') {
    // Someone stored the value meanwhile: the office accepts again against that version.
    throw new Error(`The value ${key} was stored meanwhile; accept the request again.`);
  }
}

export async function rejectRequest(services: CorrectionServices, shown: CorrectionRequest, note: string, siteUserId: number, now: Date = new Date()): Promise<CorrectionRequest> {
  const request = await services.correctionRequests.request(shown.id!);
  if (request.status !== 'open') {
    throw new AlreadyDecidedError(request);
  }
  return services.correctionRequests.decide(request, 'rejected', siteUserId, note, now);
}

export class AlreadyDecidedError extends Error {
  public constructor(public readonly request: CorrectionRequest) {
    super(`Request ${request.valueKey} was already decided (${request.status}).`);
    this.name = 'AlreadyDecidedError';
  }
}

export interface CorrectionReviewCommands {
  accept(request: CorrectionRequest): Promise<void>;
  reject(request: CorrectionRequest, note: string): Promise<void>;
}

/**
 * The commands behind the list; `onDecided` lets the dashboard reload the values (an accepted
 * request changed one). A failure shows the request as stored now, so a half-done acceptance is visible.
 */
export function correctionReviewCommands(
  services: CorrectionServices,
  siteUserId: number,
  dispatch: (event: CorrectionReviewEvent) => void,
  onDecided: (decision: Decision, request: CorrectionRequest, accepted?: AcceptedCorrection) => void
): CorrectionReviewCommands {
  const decide = async (request: CorrectionRequest, decision: Decision, work: () => Promise<AcceptedCorrection>): Promise<void> => {
    dispatch({ type: 'deciding', id: request.id! });
    try {
      const decided = await work();
      dispatch({ type: 'decided', decision, request: decided.request });
      onDecided(decision, decided.request, decided);
    } catch (error) {
      if (error instanceof AlreadyDecidedError) {
        dispatch({ type: 'alreadyDecided', request: error.request });
        return;
      }
      const current = await services.correctionRequests.request(request.id!).catch(() => request);
      dispatch({ type: 'failed', request: current, error });
    }
  };
  return {
    accept: (request) => decide(request, 'accepted', () => acceptCorrection(services, request, siteUserId)),
    reject: (request, note) => {
      if (note.trim() === '') {
        dispatch({ type: 'noteMissing', request });
        return Promise.resolve();
      }
      return decide(request, 'rejected', async () => ({ request: await rejectRequest(services, request, note, siteUserId) }));
    }
  };
}

export function useCorrectionReview(requests: readonly CorrectionRequest[]): [CorrectionReviewState, React.Dispatch<CorrectionReviewEvent>] {
  const [state, dispatch] = React.useReducer(correctionReviewReducer, initialCorrectionReview, () => ({ ...initialCorrectionReview, requests }));
  React.useEffect(() => dispatch({ type: 'loaded', requests }), [requests]);
  return [state, dispatch];
}

/** "120 (w 60, m 55, d 1, o. A. 4)" in the user's number format; "–" for none. */
export function figuresText(figures: ValueFigures | undefined, locale: string): string {
  if (!figures) {
    return '–';
  }
  const isGerman = uiLanguage(locale) === 'de';
  const labels = isGerman ? { female: 'w', male: 'm', diverse: 'd', notStated: 'o. A.' } : { female: 'f', male: 'm', diverse: 'd', notStated: 'n/s' };
  const parts = (['female', 'male', 'diverse', 'notStated'] as const).filter((key) => figures[key] !== undefined).map((key) => `${labels[key]} ${figures[key]!.toLocaleString(locale)}`);
  return `${figures.total.toLocaleString(locale)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** One correction of a value as the dashboard lists it: when, by whom, why, and the value before and after. */
export interface CorrectionHistoryEntry {
  readonly key: string;
  readonly year: number;
  readonly decidedAt?: string;
  readonly decidedBy?: string;
  readonly reason: string;
  readonly before: ValueFigures;
  readonly after: ValueFigures;
}

/** The corrections of an indicator's values in the shown years, newest year first. */
export function correctionHistoryOfIndicator(requests: readonly CorrectionRequest[], indicatorId: number, years: readonly number[]): CorrectionHistoryEntry[] {
  return [...years]
    .sort((a, b) => b - a)
    .flatMap((year) =>
      correctionHistoryOf(requests, indicatorValueKey(indicatorId, year)).map((request) => ({
        key: `${request.id ?? request.createKey}`,
        year,
        ...(request.decidedAt ? { decidedAt: request.decidedAt } : {}),
        ...(request.decidedBy ? { decidedBy: request.decidedBy } : {}),
        reason: request.reason,
        before: request.previous!,
        after: request.requested
      }))
    );
}

/**
 * The dashboard's data after a decision, without loading everything again: the request as decided,
 * and for an accepted one the value as it is now stored (the requested numbers, marked as a
 * correction) and the review that accepted that version.
 */
export function withDecision(data: DashboardData, decided: CorrectionRequest, accepted?: Omit<AcceptedCorrection, 'request'>): DashboardData {
  const correctionRequests = [...data.correctionRequests.filter((request) => request.id !== decided.id), decided];
  if (decided.status !== 'accepted') {
    return { ...data, correctionRequests };
  }
  const isDecidedValue = (value: IndicatorValue): boolean => value.indicatorId === decided.indicatorId && value.year === decided.year;
  const stored = data.values.find(isDecidedValue);
  const corrected = accepted?.value ?? correctedValue(stored ?? { indicatorId: decided.indicatorId, year: decided.year, total: 0, departmentId: decided.departmentId }, decided);
  const reviews = accepted?.review ? [...data.reviews, accepted.review] : data.reviews;
  return { ...data, correctionRequests, reviews, values: [...data.values.filter((value) => !isDecidedValue(value)), corrected] };
}
