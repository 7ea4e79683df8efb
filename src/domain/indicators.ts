import type { IndicatorDirection, SeriesContinuity } from './choices';

/** An indicator (Kennzahl) measuring a measure or goal, collected once a year. */
export interface Indicator {
  readonly id: number;
  readonly title: string;
  readonly measureId?: number;
  readonly goalId?: number;
  /** The department that reports its values. */
  readonly departmentId: number;
  readonly unit: string;
  readonly direction: IndicatorDirection;
  readonly targetValue?: number;
  /** Participant counts are reported by gender where possible. */
  readonly isGenderSplit: boolean;
  readonly description?: string;
  /** The budget product (Produktplan) it is reported under, e.g. "1.31.01 Integration". */
  readonly budgetProduct?: string;
  /** The indicator of the previous plan period this one continues (see indicatorSeries.ts). */
  readonly predecessorId?: number;
  /** How its series relates to the predecessor's: continued, renamed, or redefined (the series breaks). */
  readonly seriesContinuity?: SeriesContinuity;
}

/** Gender parts of a participant count; their sum equals the total when reported. */
export interface GenderParts {
  readonly female?: number;
  readonly male?: number;
  readonly diverse?: number;
  readonly notStated?: number;
}

export const genderPartNames = ['female', 'male', 'diverse', 'notStated'] as const;
export type GenderPartName = (typeof genderPartNames)[number];

/** The value of one indicator in one year (Kennzahlwert). */
export interface IndicatorValue extends GenderParts {
  readonly id?: number;
  readonly indicatorId: number;
  readonly year: number;
  readonly total: number;
  readonly source?: string;
  readonly comment?: string;
  readonly departmentId?: number;
  readonly etag?: string;
  /** Changed after its year was locked (see reportingYear.ts); stays marked from then on. */
  readonly isCorrection?: boolean;
  /** Why the locked year's value was changed. */
  readonly correctionReason?: string;
  /** Where it is stored, relative to the list: `<department>/<year>` (as read from FileDirRef). */
  readonly folder?: string;
  /** Set on reading when its folder or department does not match its indicator (see `placementMismatch`). */
  readonly mismatch?: ValueMismatch;
}

/**
 * A stored value that does not belong where it is: `department` when its department is not its
 * indicator's, `folder` when it lies in another department's (or another year's) folder.
 */
export type ValueMismatch = 'department' | 'folder';
