import type { AgendaSubject, Body, Department, SessionStatus } from '../../../domain';
import { ServiceError } from '../../../http/serviceError';

export function bodyLabel(strings: ISteeringWebPartStrings, body: Body): string {
  switch (body) {
    case 'steeringGroup':
      return strings.SessionsBodySteeringGroup;
    case 'advisoryBoard':
      return strings.SessionsBodyAdvisoryBoard;
    case 'committee':
      return strings.SessionsBodyCommittee;
    case 'council':
      return strings.SessionsBodyCouncil;
  }
}

export const bodies: readonly Body[] = ['steeringGroup', 'advisoryBoard', 'committee', 'council'];
export const sessionStatuses: readonly SessionStatus[] = ['planned', 'booked', 'held', 'cancelled'];

export function statusLabel(strings: ISteeringWebPartStrings, status: SessionStatus | undefined): string {
  switch (status) {
    case 'planned':
      return strings.SessionsStatusPlanned;
    case 'booked':
      return strings.SessionsStatusBooked;
    case 'cancelled':
      return strings.SessionsStatusCancelled;
    default:
      return strings.SessionsStatusHeld;
  }
}

export function subjectKindLabel(strings: ISteeringWebPartStrings, kind: AgendaSubject['kind'] | ''): string {
  switch (kind) {
    case 'report':
      return strings.SessionsSubjectReport;
    case 'goalChange':
      return strings.SessionsSubjectGoalChange;
    case 'planPeriod':
      return strings.SessionsSubjectPlanPeriod;
    default:
      return strings.SessionsSubjectNone;
  }
}

export function departmentLabel(strings: ISteeringWebPartStrings, departments: readonly Department[], id: number): string {
  const department = departments.find((candidate) => candidate.id === id);
  return department ? strings.SessionsDepartmentLabel.replace('{0}', department.number).replace('{1}', department.name) : String(id);
}

/** The tab's own text for a refused minutes file; undefined for other errors (the shared texts apply). */
export function minutesErrorText(strings: ISteeringWebPartStrings, error: unknown): string | undefined {
  if (!(error instanceof ServiceError) || !error.code?.startsWith('MinutesFile.')) {
    return undefined;
  }
  switch (error.code) {
    case 'MinutesFile.type':
      return strings.SessionsMinutesType;
    case 'MinutesFile.empty':
      return strings.SessionsMinutesEmpty;
    case 'MinutesFile.tooLarge':
      return strings.SessionsMinutesTooLarge;
    case 'MinutesFile.name':
      return strings.SessionsMinutesName;
    default:
      return strings.SessionsMinutesExists;
  }
}
