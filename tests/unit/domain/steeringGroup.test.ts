import { steeringGroupWarnings, steeringMeetingsPerYear, steeringSessionCount, SteeringMeeting } from '../../../src/domain/steeringGroup';

function meeting(date: string): SteeringMeeting {
  return { title: 'Steuerungsgruppe', date };
}

describe('steeringGroupWarnings', () => {
  const meetings = [
    meeting('2022-03-10T09:00:00Z'),
    meeting('2022-10-05T09:00:00Z'),
    meeting('2023-06-01T08:00:00Z'),
    meeting('2024-02-01T09:00:00Z'),
    meeting('2024-05-01T09:00:00Z'),
    meeting('2024-11-20T09:00:00Z')
  ];

  it('lists the years with fewer than two meetings, including years without any', () => {
    expect(steeringGroupWarnings(meetings, [2025, 2022, 2023, 2024])).toEqual([
      { year: 2023, meetingCount: 1, required: 2 },
      { year: 2025, meetingCount: 0, required: 2 }
    ]);
  });

  it('gives no warning when every year has two meetings', () => {
    expect(steeringGroupWarnings(meetings, [2022, 2024])).toEqual([]);
  });

  it('counts by the calendar year in Germany', () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Berlin.
    const counts = steeringMeetingsPerYear([meeting('2023-12-31T23:30:00Z'), meeting('2024-06-01')], [2023, 2024]);
    expect(counts.get(2023)).toBe(0);
    expect(counts.get(2024)).toBe(2);
  });

  it('ignores meetings without a readable date', () => {
    expect(steeringMeetingsPerYear([meeting('irgendwann')], [2024]).get(2024)).toBe(0);
  });
});

describe('steeringSessionCount', () => {
  const session = (date: string, status?: 'planned' | 'booked' | 'held' | 'cancelled', body: 'steeringGroup' | 'committee' = 'steeringGroup') => ({ body, date, ...(status ? { status } : {}) });

  it('counts booked and held steering sessions of the year, shows planned ones apart and ignores cancelled ones and other bodies', () => {
    const sessions = [session('2027-03-02', 'held'), session('2027-09-14', 'planned'), session('2027-10-01', 'cancelled'), session('2027-05-05', 'booked', 'committee'), session('2026-11-30', 'held')];
    expect(steeringSessionCount(sessions, 2027)).toEqual({ year: 2027, counted: 1, proposed: 1, required: 2, isShort: true });
    expect(steeringSessionCount([...sessions, session('2027-11-20', 'booked')], 2027)).toMatchObject({ counted: 2, isShort: false });
  });

  it('counts a session typed in without a status as held', () => {
    expect(steeringSessionCount([session('2019-04-01'), session('2019-10-01')], 2019).isShort).toBe(false);
  });
});
