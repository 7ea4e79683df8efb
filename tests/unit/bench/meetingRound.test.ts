import { benchContact, roundReportRows, roundSeed, roundWindow, type RoundBenchFigures } from '../../../scripts/bench/meetingRound';

const figures: RoundBenchFigures = {
  departments: 40,
  mailboxes: 41,
  firstDay: '2026-11-30',
  lastDay: '2027-01-10',
  freeBusyRoundTrips: 1,
  scheduleCalls: 3,
  busyIntervals: 900,
  plannerRuns: 7,
  plannerMs: 17.2,
  plannerMsPerRun: [17.2],
  placed: 40,
  unplaced: 0,
  bookingBatches: 2,
  booked: 40,
  eventsInCalendar: 40
};

describe('meeting round bench', () => {
  it('plans six weeks from the Monday at least a week ahead', () => {
    expect(roundWindow(new Date('2026-11-23T14:00:00Z'))).toEqual({ firstDay: '2026-11-30', lastDay: '2027-01-10' });
    expect(roundWindow(new Date('2026-11-24T14:00:00Z'))).toEqual({ firstDay: '2026-12-07', lastDay: '2027-01-17' });
  });

  it('seeds one contact per department and a busy calendar for everyone', () => {
    const seed = roundSeed(40, new Date('2026-11-23T10:00:00Z'));
    expect(seed.users.filter((user) => user.login.startsWith('fb-runde-'))).toHaveLength(40);
    expect(benchContact(0)).toBe('fb-runde-01@stadt.example');
    expect(Object.keys(seed.calendars)).toHaveLength(41);
    expect(Object.values(seed.calendars).every((events) => events.length > 20)).toBe(true);
  });

  it('marks each goal met or missed', () => {
    const met = roundReportRows(figures, 'en').map((row) => row.met);
    expect(met).toEqual(['yes', 'yes', 'yes', 'yes', 'yes']);
    const missed = roundReportRows({ ...figures, freeBusyRoundTrips: 2, plannerMs: 250, placed: 38, unplaced: 2, bookingBatches: 3, eventsInCalendar: 37 }, 'de').map((row) => row.met);
    expect(missed).toEqual(['nein', 'nein', 'nein', 'nein', 'nein']);
  });
});
