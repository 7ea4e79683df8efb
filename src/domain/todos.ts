import { daysBetween, germanDay } from './calendarDate';
import type { GoalAgreement } from './goalAgreement';
import { defaultReviewRules } from './goalAgreement';
import type { IndicatorValue } from './indicators';
import type { AttendeeResponse, MeetingRecord } from './meetings';
import type { ReportingYear } from './reportingYear';
import type { CountedSession } from './steeringGroup';
import { steeringSessionCount } from './steeringGroup';
import type { ValueReview } from './valueReview';
import { latestReviews, reviewStatusOf } from './valueReview';
import { addMonths, isoDay, localDate } from './calendarDate';

/**
 * The to-dos of one person as the card shows them: a department contact's (values owed and
 * returned, an agreement review due, a meeting invitation unanswered) or the office's (departments
 * without values or without a meeting, reviews due, the steering group short of two sessions).
 * Pure rules on data the caller has read with the person's own permissions.
 */
export type TodoKind =
  | 'valuesOwed'
  | 'valuesReturned'
  | 'agreementReviewDue'
  | 'invitationUnanswered'
  | 'departmentsWithoutValues'
  | 'departmentsWithoutMeeting'
  | 'reviewsDue'
  | 'steeringSessionsShort';

/** Where one tap leads: the department's workbook, the agreement, the meeting round, the completeness view, the bodies' sessions. */
export type TodoTarget = 'workbook' | 'agreement' | 'round' | 'dashboard' | 'steering';

export type TodoLanguage = 'de' | 'en';

export interface Todo {
  readonly kind: TodoKind;
  /** How many: values, departments, agreements, invitations, sessions missing. */
  readonly count: number;
  /** Higher comes first (0–100). */
  readonly urgency: number;
  readonly target: TodoTarget;
  /** The reporting year or agreement year the to-do is about. */
  readonly year?: number;
  /** `YYYY-MM-DD`: the deadline of the values, the start of the meeting. */
  readonly due?: string;
  readonly isOverdue: boolean;
  readonly text: Readonly<Record<TodoLanguage, string>>;
  /** The place itself where the data names it (the invitation in Outlook); otherwise the target's page. */
  readonly link?: string;
}

/** A deadline this close (in days) makes owed values urgent. */
export const deadlineSoonDays = 14;

/**
 * The reporting year the departments are collecting: the latest one the office opened with a
 * deadline and has not locked. None without such an entry: then no values are asked for.
 */
export function openReportingYear(years: readonly ReportingYear[]): (ReportingYear & { readonly deadline: string }) | undefined {
  return [...years]
    .filter((year): year is ReportingYear & { deadline: string } => !year.isLocked && typeof year.deadline === 'string' && year.deadline !== '')
    .sort((a, b) => b.year - a.year)[0];
}

/** One owed value of the department's sheet: the indicator and the stored value of the open year, if any. */
export interface OwedValue {
  readonly indicatorId: number;
  readonly valueKey: string;
  readonly stored?: Pick<IndicatorValue, 'total' | 'etag'>;
}

/** The contact's own meeting invitation (their copy of the office's event, Graph `responseStatus`). */
export interface Invitation {
  readonly subject: string;
  /** ISO date-time of the start. */
  readonly start: string;
  readonly response: AttendeeResponse;
  readonly isCancelled?: boolean;
  /** Opens the event in Outlook on the web, where it is answered. */
  readonly webLink?: string;
}

export interface ContactTodoFacts {
  /** `YYYY-MM-DD` in the council's calendar. */
  readonly today: string;
  readonly reportingYears: readonly ReportingYear[];
  /** The department's sheet of the open year (empty without an open year). */
  readonly owedValues: readonly OwedValue[];
  /** The office's decisions on the department's values of the open year. */
  readonly reviews: readonly ValueReview[];
  /** The department's agreements (SharePoint shows a contact only their own). */
  readonly agreements: readonly GoalAgreement[];
  readonly invitations: readonly Invitation[];
}

export interface OfficeTodoFacts {
  readonly today: string;
  readonly reportingYears: readonly ReportingYear[];
  /** Per department that owes values of the open year: how many are still missing. */
  readonly completeness: readonly { readonly departmentId: number; readonly missing: number }[];
  /** Every department: each should have its agreement meeting in the round. */
  readonly departmentIds: readonly number[];
  /** The agreement meetings of the current round (the year of `today`). */
  readonly roundMeetings: readonly Pick<MeetingRecord, 'departmentId' | 'state'>[];
  readonly agreements: readonly GoalAgreement[];
  /** The sessions of the bodies this year. */
  readonly sessions: readonly CountedSession[];
}

export function contactTodos(facts: ContactTodoFacts): Todo[] {
  const todos: Todo[] = [];
  const open = openReportingYear(facts.reportingYears);
  if (open) {
    const latest = latestReviews(facts.reviews.filter((review) => review.year === open.year));
    const states = facts.owedValues.map((owed) => reviewStatusOf(owed.stored, latest.get(owed.valueKey)).state);
    const missing = states.filter((state) => state === 'missing').length;
    const returned = states.filter((state) => state === 'returned').length;
    if (missing > 0) {
      todos.push(valuesOwed(missing, open.year, open.deadline, facts.today));
    }
    if (returned > 0) {
      todos.push(todo('valuesReturned', returned, 90, 'workbook', { year: open.year }, texts.valuesReturned(returned, open.year)));
    }
  }
  for (const due of reviewsDue(facts.agreements, facts.today)) {
    todos.push(todo('agreementReviewDue', 1, due.isOverdue ? 75 : 55, 'agreement', { year: due.agreement.year, isOverdue: due.isOverdue }, texts.agreementReviewDue(due.agreement.year)));
  }
  const unanswered = unansweredInvitations(facts.invitations, facts.today);
  if (unanswered.length > 0) {
    const first = unanswered[0];
    const day = localDate(first.start);
    todos.push(todo('invitationUnanswered', unanswered.length, 80, 'round', { ...(day ? { due: isoDay(day) } : {}), ...(first.webLink ? { link: first.webLink } : {}) }, texts.invitationUnanswered(unanswered.length, day ? isoDay(day) : undefined)));
  }
  return ordered(todos);
}

export function officeTodos(facts: OfficeTodoFacts): Todo[] {
  const todos: Todo[] = [];
  const open = openReportingYear(facts.reportingYears);
  if (open) {
    const owing = facts.completeness.filter((row) => row.missing > 0).length;
    if (owing > 0) {
      const overdue = facts.today > open.deadline;
      const urgency = overdue ? 95 : daysBetween(facts.today, open.deadline) <= deadlineSoonDays ? 80 : 60;
      todos.push(todo('departmentsWithoutValues', owing, urgency, 'dashboard', { year: open.year, due: open.deadline, isOverdue: overdue }, texts.departmentsWithoutValues(owing, open.year, open.deadline, overdue)));
    }
  }
  const roundYear = Number(facts.today.slice(0, 4));
  // Only a meeting in Outlook counts: a proposed one has not reached the department yet.
  const met = new Set(facts.roundMeetings.filter((meeting) => meeting.state === 'booked').map((meeting) => meeting.departmentId));
  const withoutMeeting = facts.departmentIds.filter((id) => !met.has(id)).length;
  if (withoutMeeting > 0) {
    todos.push(todo('departmentsWithoutMeeting', withoutMeeting, 50, 'round', { year: roundYear }, texts.departmentsWithoutMeeting(withoutMeeting, roundYear)));
  }
  const due = reviewsDue(facts.agreements, facts.today);
  if (due.length > 0) {
    const anyOverdue = due.some((entry) => entry.isOverdue);
    todos.push(todo('reviewsDue', due.length, anyOverdue ? 70 : 45, 'agreement', { isOverdue: anyOverdue }, texts.reviewsDue(due.length)));
  }
  const steering = steeringSessionCount(facts.sessions, roundYear);
  if (steering.isShort) {
    const short = steering.required - steering.counted;
    // From October on the year is nearly over: a second session needs booking now.
    const isLate = Number(facts.today.slice(5, 7)) >= 10;
    todos.push(todo('steeringSessionsShort', short, isLate ? 65 : 35, 'steering', { year: roundYear }, texts.steeringSessionsShort(steering.counted, steering.required, roundYear)));
  }
  return ordered(todos);
}

export interface DueReview {
  readonly agreement: GoalAgreement;
  /** `YYYY-MM-DD` from which the review can be held. */
  readonly dueFrom: string;
  /** Twelve months have passed since the agreement meeting. */
  readonly isOverdue: boolean;
}

/**
 * The agreements whose review is due: agreed, not reviewed, and their meeting lies at least as
 * far back as the review rules allow a review (ten months), overdue from twelve. An agreement
 * without a recorded meeting counts from 1 January of its year.
 */
export function reviewsDue(agreements: readonly GoalAgreement[], today: string): DueReview[] {
  const due: DueReview[] = [];
  for (const agreement of agreements) {
    if (agreement.status !== 'agreed') continue;
    const start = (agreement.meeting ? localDate(agreement.meeting.start) : undefined) ?? { year: agreement.year, month: 1, day: 1 };
    const dueFrom = isoDay(addMonths(start, defaultReviewRules.minimumMonths));
    if (dueFrom > today) continue;
    due.push({ agreement, dueFrom, isOverdue: isoDay(addMonths(start, 12)) <= today });
  }
  return due.sort((a, b) => a.dueFrom.localeCompare(b.dueFrom) || a.agreement.departmentId - b.agreement.departmentId);
}

/** Invitations the person has not answered, of meetings still ahead, earliest first. */
export function unansweredInvitations(invitations: readonly Invitation[], today: string): Invitation[] {
  return invitations
    .filter((invitation) => !invitation.isCancelled && (invitation.response === 'notResponded' || invitation.response === 'none'))
    .filter((invitation) => {
      const day = localDate(invitation.start);
      return day !== undefined && isoDay(day) >= today;
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}

const kindOrder: readonly TodoKind[] = [
  'valuesReturned',
  'valuesOwed',
  'invitationUnanswered',
  'agreementReviewDue',
  'departmentsWithoutValues',
  'reviewsDue',
  'departmentsWithoutMeeting',
  'steeringSessionsShort'
];

/** Most urgent first; equal urgency in a fixed order of kinds, then the earlier year. */
export function ordered(todos: readonly Todo[]): Todo[] {
  return [...todos].sort((a, b) => b.urgency - a.urgency || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || (a.year ?? 0) - (b.year ?? 0));
}

function valuesOwed(missing: number, year: number, deadline: string, today: string): Todo {
  const overdue = today > deadline;
  const urgency = overdue ? 100 : daysBetween(today, deadline) <= deadlineSoonDays ? 85 : 60;
  return todo('valuesOwed', missing, urgency, 'workbook', { year, due: deadline, isOverdue: overdue }, texts.valuesOwed(missing, year, deadline, overdue));
}

function todo(
  kind: TodoKind,
  count: number,
  urgency: number,
  target: TodoTarget,
  extra: { readonly year?: number; readonly due?: string; readonly isOverdue?: boolean; readonly link?: string },
  text: Readonly<Record<TodoLanguage, string>>
): Todo {
  return { kind, count, urgency, target, ...(extra.year !== undefined ? { year: extra.year } : {}), ...(extra.due ? { due: extra.due } : {}), isOverdue: extra.isOverdue ?? false, text, ...(extra.link ? { link: extra.link } : {}) };
}

/** `31.03.2026` / `31 Mar 2026`. */
export function todoDate(day: string, language: TodoLanguage): string {
  if (language === 'de') return germanDay(day);
  const [year, month, date] = day.split('-');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(date)} ${months[Number(month) - 1]} ${year}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

const texts = {
  valuesOwed: (count: number, year: number, deadline: string, overdue: boolean) => ({
    de: `${count} ${plural(count, 'Kennzahlwert', 'Kennzahlwerte')} ${year} ${plural(count, 'fehlt', 'fehlen')} – ${overdue ? 'Abgabefrist überschritten' : 'Abgabefrist'}: ${todoDate(deadline, 'de')}`,
    en: `${count} indicator ${plural(count, 'value', 'values')} for ${year} ${plural(count, 'is', 'are')} missing – ${overdue ? 'deadline passed' : 'deadline'}: ${todoDate(deadline, 'en')}`
  }),
  valuesReturned: (count: number, year: number) => ({
    de: `${count} ${plural(count, 'Wert', 'Werte')} ${year} vom Büro zurückgegeben – bitte korrigieren`,
    en: `${count} ${plural(count, 'value', 'values')} for ${year} returned by the office – please correct`
  }),
  agreementReviewDue: (year: number) => ({
    de: `Überprüfung der Zielvereinbarung ${year} ist fällig`,
    en: `The review of the ${year} goal agreement is due`
  }),
  invitationUnanswered: (count: number, day: string | undefined) => ({
    de: `${count === 1 ? 'Einladung zum Zielvereinbarungsgespräch' : `${count} Einladungen zu Zielvereinbarungsgesprächen`} unbeantwortet${day ? ` (${todoDate(day, 'de')})` : ''}`,
    en: `${count === 1 ? 'Goal agreement meeting invitation' : `${count} goal agreement meeting invitations`} not answered${day ? ` (${todoDate(day, 'en')})` : ''}`
  }),
  departmentsWithoutValues: (count: number, year: number, deadline: string, overdue: boolean) => ({
    de: `${count} ${plural(count, 'Fachbereich hat', 'Fachbereiche haben')} noch nicht alle Kennzahlen ${year} geliefert – ${overdue ? 'Abgabefrist überschritten' : 'Abgabefrist'}: ${todoDate(deadline, 'de')}`,
    en: `${count} ${plural(count, 'department has', 'departments have')} not delivered all indicator values for ${year} – ${overdue ? 'deadline passed' : 'deadline'}: ${todoDate(deadline, 'en')}`
  }),
  departmentsWithoutMeeting: (count: number, year: number) => ({
    de: `${count} ${plural(count, 'Fachbereich', 'Fachbereiche')} ohne gebuchtes Zielvereinbarungsgespräch ${year}`,
    en: `${count} ${plural(count, 'department', 'departments')} without a booked goal agreement meeting in ${year}`
  }),
  reviewsDue: (count: number) => ({
    de: `${count} ${plural(count, 'Überprüfung', 'Überprüfungen')} von Zielvereinbarungen fällig`,
    en: `${count} goal agreement ${plural(count, 'review', 'reviews')} due`
  }),
  steeringSessionsShort: (counted: number, required: number, year: number) => ({
    de: `Steuerungsgruppe ${year}: ${counted} von mindestens ${required} Sitzungen`,
    en: `Steering group ${year}: ${counted} of at least ${required} sessions`
  })
};
