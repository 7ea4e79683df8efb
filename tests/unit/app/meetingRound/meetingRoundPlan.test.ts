import { addDays } from '../../../../src/domain';
import type { Contact, Department, MeetingRecord, RoundInput, RoundSettings } from '../../../../src/domain';
import { planRound, wallMinutes } from '../../../../src/domain';
import {
  defaultRoundForm,
  defaultRoundWindow,
  followUpDay,
  roundFormProblems,
  roundSettingsOf,
  weekdayIndex
} from '../../../../src/app/meetingRound/roundSettings';
import {
  alternativeSlots,
  contactAddress,
  declinedAttendees,
  departmentsToPlan,
  meetingRecordsOf,
  moveInPlan,
  replanDeclined,
  responseCounts,
  unplacedReasonText
} from '../../../../src/app/meetingRound/roundPlanModel';

describe('meeting round: window and settings', () => {
  it('starts six weeks on the Monday after next and ends on the Friday of the sixth week', () => {
    // 2026-11-23 is a Monday: next Monday is the 30th, the Monday after next 7 December.
    expect(defaultRoundWindow('2026-11-23')).toEqual({ firstDay: '2026-12-07', lastDay: '2027-01-15' });
    // From a Sunday and a Friday of the same week the window is the same.
    expect(defaultRoundWindow('2026-11-29')).toEqual({ firstDay: '2026-12-07', lastDay: '2027-01-15' });
    expect(defaultRoundWindow('2026-11-27').firstDay).toBe('2026-12-07');
    expect(weekdayIndex('2027-01-15')).toBe(4);
  });

  it('proposes a follow-up near the same weekday twelve months later', () => {
    const day = followUpDay('2026-03-11T10:00');
    expect(day).toBe('2027-03-10');
    expect(weekdayIndex(day)).toBe(weekdayIndex('2026-03-11'));
  });

  it('accepts the default form and names each wrong field with its problem', () => {
    const form = defaultRoundForm('2026-11-23', 'NW');
    expect(roundFormProblems(form)).toEqual([]);
    expect(
      roundFormProblems({ ...form, firstDay: '2027-02-30', dayStart: '9 Uhr', meetingMinutes: 0, maxMeetingsPerDay: 1.5 }).map((problem) => `${problem.field}:${problem.kind}`)
    ).toEqual(['firstDay:invalidDay', 'dayStart:invalidTime', 'meetingMinutes:invalidNumber', 'maxMeetingsPerDay:invalidNumber']);
    expect(roundFormProblems({ ...form, lastDay: addDays(form.firstDay, -1), dayEnd: '08:00' }).map((problem) => `${problem.field}:${problem.kind}`)).toEqual([
      'lastDay:lastBeforeFirst',
      'dayEnd:endBeforeStart'
    ]);
    expect(roundFormProblems({ ...form, lastDay: addDays(form.firstDay, 120) })).toEqual([{ field: 'lastDay', kind: 'windowTooLong' }]);
    expect(roundFormProblems({ ...form, dayStart: '09:00', dayEnd: '10:00', meetingMinutes: 90 })).toEqual([{ field: 'meetingMinutes', kind: 'meetingLongerThanDay' }]);
  });

  it('closes the public holidays of the chosen state in the window', () => {
    const form = { ...defaultRoundForm('2026-11-23'), firstDay: '2026-12-21', lastDay: '2027-01-08' };
    const bavaria = roundSettingsOf({ ...form, state: 'BY' });
    expect([...bavaria.settings.closedDays].sort()).toEqual(['2026-12-25', '2026-12-26', '2027-01-01', '2027-01-06']);
    expect([...roundSettingsOf({ ...form, state: 'NW' }).settings.closedDays]).not.toContain('2027-01-06');
    expect(bavaria.settings).toMatchObject({ dayStartMinutes: 9 * 60, dayEndMinutes: 15 * 60, meetingMinutes: 60, bufferMinutes: 15, maxMeetingsPerDay: 2 });
  });
});

const department = (id: number, number: string): Department => ({ id, number, name: `Fachbereich ${number}`, groupName: `FB ${number} Mitglieder` });
const contact = (id: number, departmentId: number, email: string | undefined, login?: string): Contact => ({
  id,
  name: `Kontakt ${id}`,
  departmentId,
  isPrimary: false,
  ...(email !== undefined ? { email } : {}),
  ...(login ? { user: { login } } : {})
});
const meeting = (departmentId: number, year: number, start: string, overrides: Partial<MeetingRecord> = {}): MeetingRecord => ({
  id: departmentId * 100 + year,
  kind: 'agreement',
  subject: `Zielvereinbarungsgespräch ${year}: ${departmentId}`,
  departmentId,
  year,
  start,
  end: `${start.slice(0, 11)}${String(Number(start.slice(11, 13)) + 1).padStart(2, '0')}:${start.slice(14, 16)}`,
  attendees: [`fb${departmentId}@stadt.example`],
  isOnlineMeeting: false,
  state: 'booked',
  transactionId: `tx-${departmentId}-${year}`,
  eventId: `event-${departmentId}-${year}`,
  ...overrides
});

describe('meeting round: departments to plan', () => {
  const departments = [department(1, '10'), department(2, '20'), department(3, '30'), department(4, '40')];
  const contacts = [
    contact(1, 1, 'Anna.Schmidt@Stadt.example'),
    contact(2, 1, undefined, 'ben.meyer@stadt.example'),
    contact(3, 2, 'cem@stadt.example'),
    contact(4, 3, 'dora@stadt.example'),
    contact(5, 4, 'kein-postfach')
  ];

  it('leaves out departments with a booked meeting this year; a cancelled or only proposed one is planned again', () => {
    const thisYear = [meeting(2, 2027, '2027-03-03T10:00'), meeting(3, 2027, '2027-03-04T10:00', { state: 'cancelled' }), meeting(4, 2027, '2027-03-05T10:00', { state: 'proposed', eventId: undefined })];
    const planned = departmentsToPlan(departments, contacts, thisYear, []);
    expect(planned.map((entry) => entry.departmentId)).toEqual([1, 3, 4]);
  });

  it('invites the contacts by their lower-case address and skips contacts without a mailbox', () => {
    const planned = departmentsToPlan(departments, contacts, [], []);
    expect(planned.find((entry) => entry.departmentId === 1)).toMatchObject({ name: '10 Fachbereich 10', attendees: ['anna.schmidt@stadt.example', 'ben.meyer@stadt.example'] });
    expect(planned.find((entry) => entry.departmentId === 4)!.attendees).toEqual([]);
    expect(contactAddress(contacts[4])).toBeUndefined();
  });

  it('prefers the same weekday twelve months after last year\'s (latest, not cancelled) meeting', () => {
    const lastYear = [
      meeting(1, 2026, '2026-03-11T10:00'),
      meeting(1, 2026, '2026-05-06T10:00', { transactionId: 'second' }),
      meeting(2, 2026, '2026-04-01T10:00', { state: 'cancelled' })
    ];
    const planned = departmentsToPlan(departments, contacts, [], lastYear);
    expect(planned.find((entry) => entry.departmentId === 1)!.preferredDay).toBe('2027-05-05');
    expect(planned.find((entry) => entry.departmentId === 2)!.preferredDay).toBeUndefined();
  });
});

// 2027-03-01 is a Monday.
const settings: RoundSettings = {
  firstDay: '2027-03-01',
  lastDay: '2027-03-05',
  dayStartMinutes: 9 * 60,
  dayEndMinutes: 12 * 60,
  meetingMinutes: 60,
  bufferMinutes: 0,
  maxMeetingsPerDay: 1,
  stepMinutes: 60,
  closedDays: new Set<string>()
};
const coordinator = 'koordination@stadt.example';
const toPlan = (id: number) => ({ departmentId: id, name: `FB ${id}`, attendees: [`fb${id}@stadt.example`] });

describe('meeting round: adjusting the plan', () => {
  const input: RoundInput = { settings, coordinator, departments: [toPlan(1), toPlan(2)], busy: new Map() };

  it('lists other free slots for one department by the planner\'s rules, keeping the others where they are', () => {
    const plan = planRound(input);
    expect(plan.placed.map((entry) => entry.slot.start)).toEqual(['2027-03-01T09:00', '2027-03-02T09:00']);
    const options = alternativeSlots(input, toPlan(1), plan, 5);
    // Department 2's day is full (one meeting a day); its own current slot is not offered again.
    expect(options.map((option) => option.start)).toEqual(['2027-03-01T10:00', '2027-03-01T11:00', '2027-03-03T09:00', '2027-03-03T10:00', '2027-03-03T11:00']);
    expect(options.some((option) => option.start.startsWith('2027-03-02'))).toBe(false);
  });

  it('keeps a moved meeting fixed and takes it out of the unplaced list', () => {
    const plan = { placed: [{ departmentId: 1, slot: { start: '2027-03-02T09:00', end: '2027-03-02T10:00' }, isFixed: false }], unplaced: [{ departmentId: 2, reason: 'daysFull' as const }] };
    const moved = moveInPlan(plan, 2, { start: '2027-03-01T11:00', end: '2027-03-01T12:00' });
    expect(moved.placed).toEqual([
      { departmentId: 2, slot: { start: '2027-03-01T11:00', end: '2027-03-01T12:00' }, isFixed: true },
      { departmentId: 1, slot: { start: '2027-03-02T09:00', end: '2027-03-02T10:00' }, isFixed: false }
    ]);
    expect(moved.unplaced).toEqual([]);
  });

  it('says in words why a department has no slot', () => {
    const strings = { ReasonNoCommonFreeTime: 'keine gemeinsame Zeit', ReasonDaysFull: 'Tage voll', ReasonNoAttendees: 'niemand' };
    expect(['noCommonFreeTime', 'daysFull', 'noAttendees'].map((reason) => unplacedReasonText(reason as 'daysFull', strings))).toEqual(['keine gemeinsame Zeit', 'Tage voll', 'niemand']);
  });

  it('builds one record per placed department, with its own transaction id, subject and attendees', () => {
    const plan = planRound(input);
    let counter = 0;
    const records = meetingRecordsOf(plan, input.departments, {
      year: 2027,
      isOnlineMeeting: true,
      texts: { subject: (department) => `Zielvereinbarungsgespräch 2027: ${department.name}`, agenda: (department) => `Tagesordnung ${department.name}` },
      random: () => `r${(counter += 1)}`
    });
    expect(records).toEqual([
      expect.objectContaining({ kind: 'agreement', departmentId: 1, year: 2027, start: '2027-03-01T09:00', end: '2027-03-01T10:00', attendees: ['fb1@stadt.example'], isOnlineMeeting: true, transactionId: 'ip365-agreement-2027-1-r1', subject: 'Zielvereinbarungsgespräch 2027: FB 1', agenda: 'Tagesordnung FB 1' }),
      expect.objectContaining({ departmentId: 2, transactionId: 'ip365-agreement-2027-2-r2' })
    ]);
  });

  it('books a department\'s proposed record under its own id and transaction id instead of adding a second one', () => {
    const proposed = meeting(2, 2027, '2027-03-05T10:00', { state: 'proposed', eventId: undefined, transactionId: 'tx-proposed' });
    const records = meetingRecordsOf(planRound(input), input.departments, {
      year: 2027,
      isOnlineMeeting: false,
      proposed: [proposed, meeting(1, 2027, '2027-03-05T10:00', { state: 'cancelled' })],
      texts: { subject: () => 'neu', agenda: () => '' },
      random: () => 'fresh'
    });
    expect(records[1]).toMatchObject({ id: proposed.id, transactionId: 'tx-proposed', subject: 'neu', start: '2027-03-02T09:00', end: '2027-03-02T10:00', state: 'proposed' });
    expect(records[0]).toMatchObject({ transactionId: 'ip365-agreement-2027-1-fresh' });
    expect(records[0]).not.toHaveProperty('id');
  });
});

describe('meeting round: declined meetings', () => {
  const booked = meeting(1, 2027, '2027-03-01T09:00', { attendees: ['fb1@stadt.example', 'gast@stadt.example'] });

  it('counts answers per invitee and names those who declined, not the organizer', () => {
    const statuses = [
      { address: 'koordination@stadt.example', response: 'organizer' as const },
      { address: 'FB1@stadt.example', name: 'Anna Schmidt', response: 'declined' as const },
      { address: 'gast@stadt.example', response: 'accepted' as const }
    ];
    expect(declinedAttendees(booked, statuses).map((status) => status.name)).toEqual(['Anna Schmidt']);
    expect(responseCounts(booked, statuses)).toEqual({ accepted: 1, tentative: 0, declined: 1, open: 0 });
    expect(responseCounts(booked, undefined)).toEqual({ accepted: 0, tentative: 0, declined: 0, open: 2 });
    expect(declinedAttendees(booked, [{ address: 'koordination@stadt.example', response: 'declined' }])).toEqual([]);
  });

  it('re-plans the department away from the declined slot, with the round\'s other meetings fixed', () => {
    const other = meeting(2, 2027, '2027-03-02T09:00');
    const department = toPlan(1);
    const result = replanDeclined({ settings, coordinator, departments: [department], busy: new Map() }, department, booked, [booked, other]);
    // Same day is still possible (one meeting a day: the declined one itself is not counted), the declined hour is not.
    expect(result).toEqual({ slot: { start: '2027-03-01T10:00', end: '2027-03-01T11:00' } });

    const busyAllWeek = new Map([['fb1@stadt.example', [{ start: '2027-03-01T00:00', end: '2027-03-06T00:00' }]]]);
    expect(replanDeclined({ settings, coordinator, departments: [department], busy: busyAllWeek }, department, booked, [booked, other])).toEqual({ reason: 'noCommonFreeTime' });
    expect(wallMinutes('2027-03-01T10:00') - wallMinutes('2027-03-01T09:00')).toBe(60);
  });
});
