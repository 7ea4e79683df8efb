import type { MeasureStatus, PlanPeriodStatus } from './choices';
import type { PersonRef } from './organisation';

/** An adopted integration concept, e.g. "Integration durch Konsens" (2008). */
export interface Concept {
  readonly id: number;
  readonly title: string;
  readonly year: number;
  readonly description?: string;
}

/** An update of the concept (Fortschreibung) covering a span of years. */
export interface PlanPeriod {
  readonly id: number;
  readonly title: string;
  readonly updateNumber: number;
  readonly startYear: number;
  readonly endYear: number;
  /** Date of the council's decision, `YYYY-MM-DD`. */
  readonly adoptionDate?: string;
  readonly status: PlanPeriodStatus;
  /** The council paper (Drucksache) of the adoption, e.g. "0123/2019". */
  readonly paperNumber?: string;
  /** When and by whom the office closed the period (ISO date-time, display name). */
  readonly closedAt?: string;
  readonly closedBy?: string;
  /** The last deliberate reopening: when, by whom, why (earlier ones are in the item's versions). */
  readonly reopenedAt?: string;
  readonly reopenedBy?: string;
  readonly reopenReason?: string;
  /** The item's version, for the close and reopen writes (If-Match). */
  readonly etag?: string;
}

/** An overarching guiding goal (Leitziel) of a plan period, above its fields of action. */
export interface GuidingGoal {
  readonly id: number;
  readonly title: string;
  readonly sortOrder: number;
  readonly planPeriodId: number;
  readonly description?: string;
}

/** A field of action (Handlungsfeld) of a plan period. */
export interface FieldOfAction {
  readonly id: number;
  readonly title: string;
  readonly sortOrder: number;
  readonly planPeriodId: number;
  readonly description?: string;
}

/** A goal (Einzelziel) within a field of action. */
export interface Goal {
  readonly id: number;
  readonly title: string;
  /** e.g. "1.2" */
  readonly number: string;
  readonly fieldOfActionId: number;
  readonly planPeriodId: number;
  readonly description?: string;
}

/** A measure (Maßnahme) of the catalogue: one goal, one lead department. */
export interface Measure {
  readonly id: number;
  readonly title: string;
  readonly number?: string;
  readonly goalId: number;
  readonly planPeriodId: number;
  readonly leadDepartmentId: number;
  readonly involvedDepartmentIds: readonly number[];
  readonly sourceConceptId?: number;
  readonly status: MeasureStatus;
  readonly contact?: PersonRef;
  readonly description?: string;
  /** Stable key of the import row, so that re-importing a file changes nothing. */
  readonly importKey?: string;
  /** SharePoint's ETag, for optimistic concurrency on update. */
  readonly etag?: string;
}

/** A measure before it has an ID (from a form or an import row). */
export type MeasureDraft = Omit<Measure, 'id' | 'etag'> & { readonly id?: number };
