import { newTransactionId, planRound } from '../../domain';
import type { AttendeeStatus, Contact, Department, DepartmentToPlan, Interval, MeetingRecord, NewMeetingRecord, RoundInput, RoundPlan, UnplacedReason } from '../../domain';
import { followUpDay } from './roundSettings';

/** The mailbox a contact is invited with, lower case like the planner's busy map; none when the contact has no address. */
export function contactAddress(contact: Contact): string | undefined {
  const address = contact.email || contact.user?.email || contact.user?.login;
  return address && address.includes('@') ? address.trim().toLowerCase() : undefined;
}

/** Counted as held or coming: booked (in Outlook) or at least recorded; cancelled ones do not count. */
export const isActiveMeeting = (meeting: MeetingRecord): boolean => meeting.state !== 'cancelled';

/**
 * Departments still to plan for the year: those without a booked agreement meeting (one only
 * proposed is planned again and booked under its record). A department that met last year is
 * proposed near the same weekday twelve months later.
 */
export function departmentsToPlan(
  departments: readonly Department[],
  contacts: readonly Contact[],
  meetingsThisYear: readonly MeetingRecord[],
  meetingsLastYear: readonly MeetingRecord[]
): DepartmentToPlan[] {
  const planned = new Set(meetingsThisYear.filter((meeting) => meeting.state === 'booked').map((meeting) => meeting.departmentId));
  const previous = new Map<number, MeetingRecord>();
  for (const meeting of meetingsLastYear.filter(isActiveMeeting)) {
    const known = meeting.departmentId === undefined ? undefined : previous.get(meeting.departmentId);
    // The latest one, if a department met twice last year.
    if (meeting.departmentId !== undefined && (!known || known.start < meeting.start)) {
      previous.set(meeting.departmentId, meeting);
    }
  }
  return departments
    .filter((department) => !planned.has(department.id))
    .map((department) => {
      const attendees = [...new Set(contacts.filter((contact) => contact.departmentId === department.id).map(contactAddress).filter((address): address is string => !!address))];
      const last = previous.get(department.id);
      return {
        departmentId: department.id,
        name: `${department.number} ${department.name}`,
        attendees,
        ...(last ? { preferredDay: followUpDay(last.start) } : {})
      };
    });
}

/** The localised text of why a department got no slot. */
export function unplacedReasonText(reason: UnplacedReason, strings: { readonly ReasonNoCommonFreeTime: string; readonly ReasonDaysFull: string; readonly ReasonNoAttendees: string }): string {
  switch (reason) {
    case 'noCommonFreeTime':
      return strings.ReasonNoCommonFreeTime;
    case 'daysFull':
      return strings.ReasonDaysFull;
    case 'noAttendees':
      return strings.ReasonNoAttendees;
  }
}

/**
 * The next free slots for one department while every other placed meeting stays where it is,
 * by the planner's own rules (working hours, holidays, buffers, meetings per day). Each found
 * slot is avoided in the next run, so the list holds distinct slots in the planner's order.
 */
export function alternativeSlots(input: RoundInput, department: DepartmentToPlan, plan: RoundPlan, count: number): Interval[] {
  const others = plan.placed.filter((entry) => entry.departmentId !== department.departmentId).map((entry) => ({ departmentId: entry.departmentId, slot: entry.slot }));
  const current = plan.placed.find((entry) => entry.departmentId === department.departmentId)?.slot;
  const avoid: Interval[] = [...(department.avoid ?? []), ...(current ? [current] : [])];
  const found: Interval[] = [];
  while (found.length < count) {
    const next = planRound({ ...input, departments: [{ ...department, avoid }], fixed: others }).placed.find((entry) => entry.departmentId === department.departmentId);
    if (!next) {
      break;
    }
    found.push(next.slot);
    avoid.push(next.slot);
  }
  return found.sort((a, b) => a.start.localeCompare(b.start));
}

/** The plan with one department moved to a slot the coordinator chose; it counts as fixed from now on. */
export function moveInPlan(plan: RoundPlan, departmentId: number, slot: Interval): RoundPlan {
  const others = plan.placed.filter((entry) => entry.departmentId !== departmentId);
  return {
    placed: [...others, { departmentId, slot, isFixed: true }].sort((a, b) => a.slot.start.localeCompare(b.slot.start) || a.departmentId - b.departmentId),
    unplaced: plan.unplaced.filter((entry) => entry.departmentId !== departmentId)
  };
}

export interface RecordTexts {
  /** Subject of a department's meeting, e.g. "Zielvereinbarungsgespräch 2027: 50 Soziales". */
  subject(department: DepartmentToPlan): string;
  agenda(department: DepartmentToPlan): string;
}

/**
 * Meeting records for the placed departments, each with its own transaction id (a repeated
 * booking returns the same event). A department's record that is only proposed so far is reused
 * with the new time, so the list never holds two records for one meeting.
 */
export function meetingRecordsOf(
  plan: RoundPlan,
  departments: readonly DepartmentToPlan[],
  options: { readonly year: number; readonly isOnlineMeeting: boolean; readonly texts: RecordTexts; readonly proposed?: readonly MeetingRecord[]; readonly random?: () => string }
): Array<MeetingRecord | NewMeetingRecord> {
  const byId = new Map(departments.map((department) => [department.departmentId, department]));
  const proposedOf = new Map((options.proposed ?? []).filter((meeting) => meeting.state === 'proposed' && meeting.year === options.year).map((meeting) => [meeting.departmentId, meeting]));
  return plan.placed.flatMap((entry): Array<MeetingRecord | NewMeetingRecord> => {
    const department = byId.get(entry.departmentId);
    if (!department) {
      return [];
    }
    const proposed = proposedOf.get(department.departmentId);
    if (proposed) {
      return [{ ...proposed, subject: options.texts.subject(department), start: entry.slot.start, end: entry.slot.end, attendees: department.attendees, isOnlineMeeting: options.isOnlineMeeting }];
    }
    return [
      {
        kind: 'agreement' as const,
        subject: options.texts.subject(department),
        departmentId: department.departmentId,
        year: options.year,
        start: entry.slot.start,
        end: entry.slot.end,
        attendees: department.attendees,
        isOnlineMeeting: options.isOnlineMeeting,
        transactionId: newTransactionId('agreement', options.year, department.departmentId, options.random ?? (() => crypto.randomUUID())),
        agenda: options.texts.agenda(department)
      }
    ];
  });
}

/** Required attendees (the meeting's invitees) who declined; the organizer's own entry never counts. */
export function declinedAttendees(meeting: MeetingRecord, statuses: readonly AttendeeStatus[] | undefined): AttendeeStatus[] {
  const invited = new Set(meeting.attendees.map((address) => address.toLowerCase()));
  return (statuses ?? []).filter((status) => status.response === 'declined' && invited.has(status.address.toLowerCase()));
}

/** How many invitees gave each answer, for a compact line per meeting. */
export function responseCounts(meeting: MeetingRecord, statuses: readonly AttendeeStatus[] | undefined): { accepted: number; tentative: number; declined: number; open: number } {
  const byAddress = new Map((statuses ?? []).map((status) => [status.address.toLowerCase(), status.response]));
  const counts = { accepted: 0, tentative: 0, declined: 0, open: 0 };
  for (const address of meeting.attendees) {
    const response = byAddress.get(address.toLowerCase());
    if (response === 'accepted') {
      counts.accepted += 1;
    } else if (response === 'tentativelyAccepted') {
      counts.tentative += 1;
    } else if (response === 'declined') {
      counts.declined += 1;
    } else {
      counts.open += 1;
    }
  }
  return counts;
}

/**
 * The next free slot for a department whose meeting was declined: the declined slot avoided,
 * every other meeting of the round fixed, fresh free/busy in `input.busy`.
 */
export function replanDeclined(
  input: RoundInput,
  department: DepartmentToPlan,
  declined: MeetingRecord,
  otherMeetings: readonly MeetingRecord[]
): { readonly slot: Interval } | { readonly reason: UnplacedReason } {
  const fixed = otherMeetings
    .filter((meeting) => isActiveMeeting(meeting) && meeting.departmentId !== undefined && meeting.departmentId !== department.departmentId)
    .map((meeting) => ({ departmentId: meeting.departmentId!, slot: { start: meeting.start, end: meeting.end } }));
  const avoid = [...(department.avoid ?? []), { start: declined.start, end: declined.end }];
  const plan = planRound({ ...input, departments: [{ ...department, avoid }], fixed });
  const placed = plan.placed.find((entry) => entry.departmentId === department.departmentId);
  if (placed) {
    return { slot: placed.slot };
  }
  return { reason: plan.unplaced.find((entry) => entry.departmentId === department.departmentId)?.reason ?? 'noCommonFreeTime' };
}
