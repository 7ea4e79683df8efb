import { choiceTable } from './choices';
import type { GenderParts, IndicatorValue } from './indicators';
import { indicatorValueKey, sameContent } from './indicatorValueUpsert';

/**
 * A department's request to correct a value of a locked reporting year. Once the office locks a
 * year, the department's year folder is read-only: a changed value can only be filed as a
 * request (value + reason) in the department's folder of Korrekturanträge, which the office
 * accepts (and thereby applies) or rejects. An accepted request keeps the value it replaced, so
 * the value's history stays visible.
 */
export type CorrectionRequestStatus = 'open' | 'accepted' | 'rejected';
export const CorrectionRequestStatusChoices = choiceTable<CorrectionRequestStatus>({ open: 'Offen', accepted: 'Angenommen', rejected: 'Abgelehnt' });

/** The numbers of a value: what a request asks for, and what it replaced once accepted. */
export interface ValueFigures extends GenderParts {
  readonly total: number;
}

export interface CorrectionRequest {
  readonly id?: number;
  readonly etag?: string;
  readonly indicatorId: number;
  readonly year: number;
  readonly departmentId: number;
  /** The value's key (`<indicatorId>-<year>`): all requests of one value share it. */
  readonly valueKey: string;
  readonly requested: ValueFigures;
  readonly source?: string;
  readonly comment?: string;
  readonly reason: string;
  readonly status: CorrectionRequestStatus;
  /** The value before the correction, recorded when the office accepts (before applying it). */
  readonly previous?: ValueFigures;
  /** Display name of whoever filed it (SharePoint's Author) and when (Created, ISO). */
  readonly requestedBy?: string;
  readonly requestedAt?: string;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly decisionNote?: string;
  /** Unique per request content, so that sending the same request again cannot file it twice. */
  readonly createKey: string;
}

const partKeys = ['female', 'male', 'diverse', 'notStated'] as const;

export function figuresOf(value: GenderParts & { readonly total: number }): ValueFigures {
  const figures: { -readonly [K in keyof ValueFigures]: ValueFigures[K] } = { total: value.total };
  for (const key of partKeys) {
    if (value[key] !== undefined) {
      figures[key] = value[key];
    }
  }
  return figures;
}

/**
 * The key of a request: the value, the numbers asked for and the reason. The same correction
 * sent twice (a repeated submit, a lost answer, the same sheet uploaded again) has the same key,
 * and SharePoint's unique column refuses the second item; a different value or reason is a new request.
 */
export function correctionRequestKey(value: IndicatorValue, reason: string): string {
  const content = [value.total, ...partKeys.map((key) => value[key] ?? ''), (value.source ?? '').trim(), reason.trim()].join('|');
  return `${indicatorValueKey(value.indicatorId, value.year)}:${hashOf(content)}`;
}

/** A request for `value` (as read from a sheet, marked as a correction with its reason) by its department. */
export function correctionRequestOf(value: IndicatorValue, departmentId: number): CorrectionRequest {
  const reason = (value.correctionReason ?? value.comment ?? '').trim();
  if (reason === '') {
    throw new Error(`A correction request for ${indicatorValueKey(value.indicatorId, value.year)} needs a reason.`);
  }
  return {
    indicatorId: value.indicatorId,
    year: value.year,
    departmentId,
    valueKey: indicatorValueKey(value.indicatorId, value.year),
    requested: figuresOf(value),
    ...(value.source ? { source: value.source } : {}),
    ...(value.comment ? { comment: value.comment } : {}),
    reason,
    status: 'open',
    createKey: correctionRequestKey(value, reason)
  };
}

/** The value as it is once the request is applied: the requested numbers, marked as a correction with the request's reason. */
export function correctedValue(stored: IndicatorValue, request: CorrectionRequest): IndicatorValue {
  const withoutParts: { -readonly [K in keyof IndicatorValue]: IndicatorValue[K] } = { ...stored };
  for (const key of partKeys) {
    delete withoutParts[key];
  }
  return {
    ...withoutParts,
    ...request.requested,
    ...(request.source !== undefined ? { source: request.source } : {}),
    comment: request.comment ?? stored.comment,
    isCorrection: true,
    correctionReason: request.reason
  };
}

/** Whether `stored` already holds what the request asks for (an accept interrupted after the value was written). */
export function isRequestApplied(stored: IndicatorValue, request: CorrectionRequest): boolean {
  return stored.isCorrection === true && stored.correctionReason?.trim() === request.reason.trim() && sameContent(stored, correctedValue(stored, request));
}

/** The open requests of one value, oldest first. */
export function openRequestsOf(requests: readonly CorrectionRequest[], valueKey: string): CorrectionRequest[] {
  return requests.filter((request) => request.valueKey === valueKey && request.status === 'open').sort(byRequestTime);
}

/**
 * The corrections of one value, newest first: accepted requests that recorded the value they
 * replaced. A request can only be accepted by the office, and the value before it is written in
 * the same step (see `app/indicatorDashboard/correctionRequests.ts`).
 */
export function correctionHistoryOf(requests: readonly CorrectionRequest[], valueKey: string): CorrectionRequest[] {
  return requests
    .filter((request) => request.valueKey === valueKey && request.status === 'accepted' && request.previous !== undefined)
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
}

function byRequestTime(a: CorrectionRequest, b: CorrectionRequest): number {
  return (a.requestedAt ?? '').localeCompare(b.requestedAt ?? '') || (a.id ?? 0) - (b.id ?? 0);
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: short and stable, not a secret. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    // hash * 16777619 (the FNV prime) modulo 2^32, in shifts: a plain product loses bits beyond 2^53.
    hash = (hash + (hash << 1) + (hash << 4) + (hash << 7) + (hash << 8) + (hash << 24)) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
