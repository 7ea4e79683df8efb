import type { UserRole } from './organisation';
import type { PlanPeriodStatus } from './choices';

/** Who writes: the office, or a contact of one department (its item id). */
export interface Writer {
  readonly role: UserRole;
  readonly departmentId?: number;
}

/** Data held in department folders: a department contact may write its own. */
export type DepartmentData = 'measure' | 'indicatorValue';

/** Data only the office writes: lists that inherit the web's permissions, and department folders the department only reads (agreements, interviews, meetings). */
export type OfficeData =
  | 'concept'
  | 'planPeriod'
  | 'fieldOfAction'
  | 'goal'
  | 'indicator'
  | 'department'
  | 'contact'
  | 'initialReview'
  | 'goalAgreement'
  | 'agreementItem'
  | 'steeringMeeting'
  | 'goalChange'
  | 'report';

export type WriteTarget =
  /** `departmentId`: a measure's lead department, an indicator value's department. */
  | { readonly kind: 'indicatorValue'; readonly departmentId: number }
  /** `period`: the plan period the measure belongs to; a closed one is read-only. */
  | { readonly kind: 'measure'; readonly departmentId: number; readonly period?: { readonly status: PlanPeriodStatus } }
  | { readonly kind: OfficeData };

/**
 * A closed plan period is read-only for everyone: its period folders are Read for the departments,
 * and the office, which could still write there, changes nothing either until it deliberately
 * reopens the period (recorded with a reason).
 */
export function isPeriodReadOnly(period: { readonly status: PlanPeriodStatus } | undefined): boolean {
  return period?.status === 'closed';
}

/**
 * Mirrors the site's permissions (sitePermissions.ts) so the UI offers only what SharePoint will
 * accept: the office (owners group) writes everything; a department's group edits only in its own
 * folders of Measures and IndicatorValues, and reads everything else it may see. A measure
 * belongs to its lead department's folder, so involved departments only read it. Nobody edits a
 * measure of a closed plan period.
 */
export function canWrite(user: Writer, target: WriteTarget): boolean {
  if (target.kind === 'measure' && isPeriodReadOnly(target.period)) {
    return false;
  }
  if (user.role === 'coordinator') {
    return true;
  }
  if (target.kind !== 'measure' && target.kind !== 'indicatorValue') {
    return false;
  }
  return user.departmentId !== undefined && user.departmentId === target.departmentId;
}

/**
 * Deleting is the office's alone: departments edit their measures with "IP Bearbeiten ohne
 * Löschen" (a measure belongs to the adopted concept), fill in value items they never delete,
 * and read everything else. Deletes go to the site's recycle bin, from where the office restores.
 */
export function canDelete(user: Writer): boolean {
  return user.role === 'coordinator';
}

/**
 * A comment on a goal agreement is changed or deleted by its author and by the office only: the
 * AgreementComments list's item-level write security (WriteSecurity 2) lets a department contact
 * change only the items they created, whatever the folder's level allows.
 */
export function canChangeComment(user: Writer & { readonly siteUserId: number }, comment: { readonly authorId: number }): boolean {
  return user.role === 'coordinator' || comment.authorId === user.siteUserId;
}
