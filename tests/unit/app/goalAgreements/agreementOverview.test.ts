import type { Department, GoalAgreement, MeetingRecord } from '../../../../src/domain';
import { meetingOfDepartment, todayInCouncil } from '../../../../src/domain';
import { isReviewDue, meetingTimeText, overviewCounts, overviewRows } from '../../../../src/app/goalAgreements/agreementOverview';

const department = (id: number, number: string): Department => ({ id, number, name: `Fachbereich ${number}`, groupName: `FB ${number} Mitglieder` });
const departments = [department(3, '50'), department(1, '10'), department(2, '32')];

function agreement(departmentId: number, year: number, status: GoalAgreement['status'], meetingStart?: string): GoalAgreement {
  return {
    id: departmentId * 100 + year,
    title: `Zielvereinbarung ${departmentId} ${year}`,
    departmentId,
    year,
    status,
    ...(meetingStart ? { meeting: { start: meetingStart, end: meetingStart } } : {})
  };
}

function meeting(departmentId: number, start: string, state: MeetingRecord['state']): MeetingRecord {
  return { kind: 'agreement', subject: 'Zielvereinbarungsgespräch', departmentId, year: Number(start.slice(0, 4)), start, end: start, attendees: [], isOnlineMeeting: false, state, transactionId: `t-${departmentId}-${start}` };
}

describe('goal agreements overview', () => {
  describe('review due', () => {
    const agreed = agreement(1, 2025, 'agreed', '2025-02-10T09:00:00Z');

    it('is due eleven months after the agreement meeting, not a day earlier', () => {
      expect(isReviewDue(agreed, '2026-01-09')).toBe(false);
      expect(isReviewDue(agreed, '2026-01-10')).toBe(true);
      expect(isReviewDue(agreed, '2026-11-23')).toBe(true);
    });

    it('counts the meeting day in the city: 23:30 UTC on 31 January is already 1 February in Berlin', () => {
      const lateMeeting = agreement(1, 2025, 'agreed', '2025-01-31T23:30:00Z');
      expect(isReviewDue(lateMeeting, '2025-12-31')).toBe(false);
      expect(isReviewDue(lateMeeting, '2026-01-01')).toBe(true);
    });

    it('is not due for a draft, a reviewed agreement or none', () => {
      expect(isReviewDue(agreement(1, 2025, 'draft', '2025-02-10T09:00:00Z'), '2026-11-23')).toBe(false);
      expect(isReviewDue(agreement(1, 2025, 'reviewed', '2025-02-10T09:00:00Z'), '2026-11-23')).toBe(false);
      expect(isReviewDue(undefined, '2026-11-23')).toBe(false);
    });

    it('without a recorded meeting, is due once the agreement year is over', () => {
      expect(isReviewDue(agreement(1, 2025, 'agreed'), '2025-12-31')).toBe(false);
      expect(isReviewDue(agreement(1, 2025, 'agreed'), '2026-01-01')).toBe(true);
    });
  });

  it('picks a booked meeting before a proposed one and never a cancelled one', () => {
    const meetings = [
      meeting(1, '2026-03-01T10:00', 'cancelled'),
      meeting(1, '2026-02-01T10:00', 'proposed'),
      meeting(1, '2026-04-01T10:00', 'booked'),
      meeting(2, '2026-02-01T10:00', 'cancelled')
    ];
    expect(meetingOfDepartment(meetings, 1)?.start).toBe('2026-04-01T10:00');
    expect(meetingOfDepartment(meetings, 2)).toBeUndefined();
  });

  it('lists every department by number with its state, due review and meeting, and counts those without a booked meeting', () => {
    const rows = overviewRows(
      departments,
      [agreement(1, 2026, 'draft'), agreement(3, 2026, 'agreed')],
      [agreement(1, 2025, 'agreed', '2025-02-10T09:00:00Z'), agreement(2, 2025, 'reviewed', '2025-02-10T09:00:00Z'), agreement(3, 2025, 'agreed', '2025-02-12T09:00:00Z')],
      [meeting(3, '2026-02-12T10:00', 'booked'), meeting(2, '2026-12-01T10:00', 'proposed'), meeting(1, '2026-05-01T10:00', 'cancelled')],
      '2026-11-23'
    );
    expect(rows.map((row) => [row.department.number, row.state, row.dueReview?.year, row.meeting?.state])).toEqual([
      ['10', 'draft', 2025, undefined],
      ['32', 'none', undefined, 'proposed'],
      ['50', 'agreed', 2025, 'booked']
    ]);
    expect(overviewCounts(rows)).toEqual({ departments: 3, withoutMeeting: 2, reviewsDue: 2, agreed: 1 });
  });

  it('shows a wall-clock meeting time as written and an ISO instant in Berlin time', () => {
    expect(meetingTimeText('2026-03-29T10:00', 'de-DE')).toBe('29.03.2026, 10:00');
    // 08:00 UTC on the last Sunday of March is 10:00 summer time in Berlin.
    expect(meetingTimeText('2026-03-29T08:00:00Z', 'de-DE')).toBe('29.03.2026, 10:00');
    expect(meetingTimeText('2026-01-15T08:00:00Z', 'de-DE')).toBe('15.01.2026, 09:00');
  });

  it("takes today's date from the city's calendar", () => {
    expect(todayInCouncil(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(todayInCouncil(new Date('2026-06-30T12:00:00Z'))).toBe('2026-06-30');
  });
});
