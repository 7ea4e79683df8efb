import { currentPlanPeriod, meetingOfDepartment } from '../../domain';
import type { AgreementWithItems, Contact, Department, GoalAgreement, Measure, MeetingRecord } from '../../domain';
import type { CurrentUser } from '../../data/userRepository';
import type { AgreementComment } from '../../data/goalAgreementRepository';
import type { ProductServices } from '../services';

/** What the goal-agreement views read: who is signed in, the catalogue, the agreements and their meetings. */
export type AgreementServices = Pick<ProductServices, 'locale' | 'users' | 'departments' | 'catalogue' | 'goalAgreements' | 'meetings'>;

/** What every view needs and changes rarely: who is signed in, the departments, their contacts and measures. */
export interface AgreementBasics {
  readonly user: CurrentUser;
  readonly isOffice: boolean;
  /** All of them for the office, the own one for a department contact. */
  readonly departments: readonly Department[];
  readonly contacts: readonly Contact[];
  /** The measures of the current plan period. */
  readonly measures: readonly Measure[];
}

export type AgreementTab = 'overview' | 'agreement' | 'review' | 'comments';

export async function loadBasics(services: Pick<AgreementServices, 'users' | 'departments' | 'catalogue'>): Promise<AgreementBasics> {
  const [user, departments, contacts, periods] = await Promise.all([
    services.users.currentUser(),
    services.departments.departments(),
    services.departments.contacts(),
    services.catalogue.planPeriods()
  ]);
  const period = currentPlanPeriod(periods);
  const measures = period ? await services.catalogue.measures(period.id) : [];
  const isOffice = user.role === 'coordinator';
  const sorted = [...departments].sort((a, b) => a.number.localeCompare(b.number, 'de', { numeric: true }));
  // A department contact works on the own department only; SharePoint hides the others' agreements anyway.
  const visible = isOffice ? sorted : sorted.filter((department) => department.id === user.departmentId);
  return { user, isOffice, departments: visible, contacts, measures };
}

export interface OverviewData {
  readonly agreements: readonly GoalAgreement[];
  readonly previousAgreements: readonly GoalAgreement[];
  readonly meetings: readonly MeetingRecord[];
}

export async function loadAgreementOverview(services: Pick<AgreementServices, 'goalAgreements' | 'meetings'>, year: number): Promise<OverviewData> {
  const [agreements, previousAgreements, meetings] = await Promise.all([
    services.goalAgreements.agreementsOf(year),
    services.goalAgreements.agreementsOf(year - 1),
    services.meetings.meetingsOf(year, 'agreement')
  ]);
  return { agreements, previousAgreements, meetings };
}

export interface WorkspaceData {
  readonly current?: AgreementWithItems;
  /** Last year's agreement: its items are reviewed in this year's meeting. */
  readonly previous?: AgreementWithItems;
  readonly meeting?: MeetingRecord;
}

export async function loadWorkspace(services: Pick<AgreementServices, 'goalAgreements' | 'meetings'>, departmentId: number, year: number): Promise<WorkspaceData> {
  const [current, previous, meetings] = await Promise.all([
    services.goalAgreements.load(departmentId, year),
    services.goalAgreements.load(departmentId, year - 1),
    services.meetings.meetingsOf(year, 'agreement')
  ]);
  const meeting = meetingOfDepartment(meetings, departmentId);
  return { ...(current ? { current } : {}), ...(previous ? { previous } : {}), ...(meeting ? { meeting } : {}) };
}

export function loadComments(services: Pick<AgreementServices, 'goalAgreements'>, agreementId: number): Promise<AgreementComment[]> {
  return services.goalAgreements.comments(agreementId);
}

/** The comments to show: the stored ones and those added since, once each, as changed since, without the deleted ones, oldest first. */
export function commentsToShow(
  stored: readonly AgreementComment[],
  added: readonly AgreementComment[],
  changed: readonly AgreementComment[] = [],
  removed: readonly number[] = []
): AgreementComment[] {
  const known = new Set(stored.map((comment) => comment.id));
  const latest = new Map(changed.map((comment) => [comment.id, comment]));
  const gone = new Set(removed);
  return [...stored, ...added.filter((comment) => !known.has(comment.id))]
    .filter((comment) => !gone.has(comment.id))
    .map((comment) => latest.get(comment.id) ?? comment)
    .sort((a, b) => a.created.localeCompare(b.created) || a.id - b.id);
}
