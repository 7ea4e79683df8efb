import type { Event } from '@microsoft/microsoft-graph-types';
import type { Department, GoalAgreement, ReportingYear, ValueReview } from '../../domain';
import { indicatorValueKey, meetingOfDepartment, todayInCouncil } from '../../domain';
import type { Invitation, OwedValue, Todo } from '../../domain/todos';
import { contactTodos, officeTodos, openReportingYear } from '../../domain/todos';
import { wallClockToUtc } from '../../domain/wallClockTime';
import type { ProductServices } from '../services';
import { catalogueOfYear, loadSheetModel } from '../indicatorEntry/sheetModelSource';
import { completenessOf } from '../indicatorDashboard/dashboardModel';

/** What the card reads, through the same repositories as the web parts: SharePoint shows a contact only what the contact may read. */
export type TodoCardServices = Pick<
  ProductServices,
  'users' | 'reportingYears' | 'catalogue' | 'departments' | 'indicators' | 'indicatorValues' | 'valueReviews' | 'goalAgreements' | 'meetings' | 'calendar' | 'bodySessions'
>;

export interface TodoCardData {
  readonly role: 'coordinator' | 'department';
  /** The contact's department number (the workbook's folder). */
  readonly departmentNumber?: string;
  readonly todos: readonly Todo[];
}

/** Agreements of this year and the two before: a review falls due ten to twelve months after the agreement meeting. */
const agreementYearsBack = 2;

/**
 * The to-dos of the signed-in person. A bounded number of requests: the user and the reporting
 * years, then for a contact the department's sheet of the open year, its reviews, three years of
 * agreements and the round's meeting with the contact's own invitation; for the office the open
 * year's indicators and values, the round's meetings, three years of agreements and the year's
 * sessions.
 */
export async function loadTodoCard(services: TodoCardServices, now: Date): Promise<TodoCardData> {
  const today = todayInCouncil(now);
  const year = Number(today.slice(0, 4));
  const [user, reportingYears] = await Promise.all([services.users.currentUser(), services.reportingYears.years()]);
  if (user.role === 'coordinator') {
    return { role: 'coordinator', todos: await officeTodoList(services, reportingYears, today, year) };
  }
  if (user.departmentId === undefined) {
    // Someone on the site who is no department's contact owes nothing.
    return { role: 'department', todos: [] };
  }
  const departmentId = user.departmentId;
  const open = openReportingYear(reportingYears);
  const [owedValues, reviews, agreements, invitations] = await Promise.all([
    open ? owedValuesOf(services, departmentId, open.year) : Promise.resolve([]),
    open ? services.valueReviews.reviewsOf(open.year, departmentId) : Promise.resolve([] as ValueReview[]),
    agreementsOfRecentYears(services, year),
    ownInvitations(services, departmentId, year, now)
  ]);
  const todos = contactTodos({ today, reportingYears, owedValues, reviews, agreements: agreements.filter((agreement) => agreement.departmentId === departmentId), invitations });
  return { role: 'department', ...(user.departmentNumber ? { departmentNumber: user.departmentNumber } : {}), todos };
}

async function officeTodoList(services: TodoCardServices, reportingYears: readonly ReportingYear[], today: string, year: number): Promise<Todo[]> {
  const open = openReportingYear(reportingYears);
  // Read once, used by both the count of values owed and the list of departments.
  const departmentsRead = services.departments.departments();
  const [completeness, departments, roundMeetings, agreements, sessions] = await Promise.all([
    open ? departmentsRead.then((all) => completenessOfYear(services, open.year, all)) : Promise.resolve([]),
    departmentsRead,
    services.meetings.meetingsOf(year, 'agreement'),
    agreementsOfRecentYears(services, year),
    services.bodySessions.sessionsOfYear(year)
  ]);
  return officeTodos({ today, reportingYears, completeness, departmentIds: departments.map((department) => department.id), roundMeetings, agreements, sessions });
}

/** Which department still owes how many values of `year`, counted as the completeness view counts them. */
async function completenessOfYear(services: TodoCardServices, year: number, departments: readonly Department[]): Promise<Array<{ departmentId: number; missing: number }>> {
  const { measures, indicators: owed } = await catalogueOfYear(services, year);
  const values = owed.length > 0 ? await services.indicatorValues.valuesOf(owed.map((indicator) => indicator.id), [year]) : [];
  return completenessOf(year, owed, measures, values, departments, []).departments.map((row) => ({ departmentId: row.department.id, missing: row.missing.length }));
}

/** The rows of the department's workbook for the year, as the sheet lists them. */
async function owedValuesOf(services: TodoCardServices, departmentId: number, year: number): Promise<OwedValue[]> {
  const { catalogue, departments, indicators, indicatorValues } = services;
  const sheet = await loadSheetModel({ catalogue, departments, indicators, indicatorValues }, departmentId, year);
  return sheet.rows.map((row) => ({ indicatorId: row.indicator.id, valueKey: indicatorValueKey(row.indicator.id, year), ...(row.stored ? { stored: row.stored } : {}) }));
}

async function agreementsOfRecentYears(services: TodoCardServices, year: number): Promise<GoalAgreement[]> {
  const years = Array.from({ length: agreementYearsBack + 1 }, (_, index) => year - index);
  return (await Promise.all(years.map((agreementYear) => services.goalAgreements.agreementsOf(agreementYear)))).flat();
}

/**
 * The contact's answer to the invitation to the department's agreement meeting of the round: the
 * office's record names the meeting, the contact's own calendar copy holds the contact's answer.
 */
async function ownInvitations(services: TodoCardServices, departmentId: number, year: number, now: Date): Promise<Invitation[]> {
  const meeting = meetingOfDepartment(await services.meetings.meetingsOf(year, 'agreement'), departmentId);
  if (!meeting || meeting.state !== 'booked' || Date.parse(wallClockToUtc(meeting.end)) < now.getTime()) {
    return [];
  }
  const events = await services.calendar.ownEventsBySubject(meeting.subject);
  return events.filter((event) => event.subject === meeting.subject && event.isOrganizer !== true).map(toInvitation);
}

function toInvitation(event: Event): Invitation {
  const dateTime = event.start?.dateTime ?? '';
  // Without a Prefer header Graph answers in UTC, without an offset.
  const start = /([zZ]|[+-]\d\d:\d\d)$/.test(dateTime) ? dateTime : `${dateTime}Z`;
  return {
    subject: event.subject ?? '',
    start,
    response: event.responseStatus?.response ?? 'none',
    ...(event.isCancelled ? { isCancelled: true } : {}),
    ...(event.webLink ? { webLink: event.webLink } : {})
  };
}
