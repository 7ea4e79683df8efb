import { buildSeed, type SeedEvent } from '../../../local/seed';

/** The demo calendars feed free/busy for meeting planning; they must look like a working week. */

const today = new Date('2026-11-23T08:00:00Z');
const demo = buildSeed('demo', today);
const coordinator = 'koordination@stadt.example';
const minutes = (wallClock: string): number => Number(wallClock.slice(11, 13)) * 60 + Number(wallClock.slice(14, 16));
const dayOf = (wallClock: string): Date => new Date(`${wallClock.slice(0, 10)}T00:00:00Z`);
const allEvents = (): Array<[string, SeedEvent]> => Object.entries(demo.calendars).flatMap(([login, events]) => events.map((event): [string, SeedEvent] => [login, event]));

describe('seed calendars', () => {
  it('has a calendar with appointments for every user', () => {
    expect(Object.keys(demo.calendars).sort()).toEqual(demo.users.map((user) => user.login).sort());
    for (const events of Object.values(demo.calendars)) {
      expect(events.length).toBeGreaterThan(60);
    }
  });

  it('writes local wall-clock times in the W. Europe zone, each ending after it starts', () => {
    for (const [, event] of allEvents()) {
      expect(event.timeZone).toBe('W. Europe Standard Time');
      expect(event.start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00$/);
      expect(event.end > event.start).toBe(true);
    }
  });

  it('keeps timed appointments on weekdays between 8 and 17 o’clock, without overlaps per person', () => {
    const problems: string[] = [];
    for (const [login, events] of Object.entries(demo.calendars)) {
      const timed = events.filter((event) => !event.isAllDay);
      for (const event of timed) {
        const weekday = dayOf(event.start).getUTCDay();
        if (weekday === 0 || weekday === 6 || event.start.slice(0, 10) !== event.end.slice(0, 10) || minutes(event.start) < 8 * 60 || minutes(event.end) > 17 * 60) {
          problems.push(`${login}: ${event.subject} ${event.start}–${event.end}`);
        }
      }
      const sorted = [...timed].sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < sorted.length; i += 1) {
        if (sorted[i].start < sorted[i - 1].end) {
          problems.push(`${login}: ${sorted[i - 1].subject} overlaps ${sorted[i].subject} on ${sorted[i].start}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('covers four weeks before to sixteen weeks after today', () => {
    const first = Date.UTC(2026, 9, 26);
    const last = Date.UTC(2027, 2, 15);
    const days = allEvents().map(([, event]) => dayOf(event.start).getTime());
    expect(Math.min(...days)).toBeGreaterThanOrEqual(first);
    expect(Math.min(...days)).toBeLessThan(first + 7 * 86400_000);
    expect(Math.max(...days)).toBeLessThan(last);
    expect(Math.max(...days)).toBeGreaterThan(last - 14 * 86400_000);
  });

  it('mixes busy, tentative, out-of-office and working-elsewhere times, and keeps holidays free of meetings', () => {
    const shows = new Set(allEvents().map(([, event]) => event.showAs));
    expect(shows).toEqual(new Set(['busy', 'tentative', 'oof', 'workingElsewhere']));
    for (const [login, events] of Object.entries(demo.calendars)) {
      const holidays = events.filter((event) => event.isAllDay && event.showAs === 'oof');
      expect(holidays.length).toBeGreaterThan(0);
      for (const holiday of holidays) {
        const during = events.filter((event) => !event.isAllDay && event.start >= holiday.start && event.start < holiday.end);
        expect({ login, holiday: holiday.start, during: during.map((event) => event.subject) }).toEqual({ login, holiday: holiday.start, during: [] });
      }
    }
  });

  it("puts the office's meetings into the calendars of everyone invited", () => {
    const steering = (login: string): SeedEvent[] => demo.calendars[login].filter((event) => event.subject.startsWith('Steuerungsgruppe'));
    expect(steering(coordinator)).toHaveLength(1);
    expect(steering('anna.schmidt@stadt.example')).toEqual(steering(coordinator));
    expect(steering(coordinator)[0].start > '2026-11-23').toBe(true);
    const interview = demo.calendars[coordinator].find((event) => event.subject === 'Erstgespräch Integrationsplanung – FB 50 Soziales');
    expect(interview).toBeDefined();
    expect(demo.calendars['mehmet.kaya@stadt.example']).toContainEqual(interview);
  });

  it('differs between users', () => {
    expect(demo.calendars['anna.schmidt@stadt.example']).not.toEqual(demo.calendars['mehmet.kaya@stadt.example']);
  });
});
