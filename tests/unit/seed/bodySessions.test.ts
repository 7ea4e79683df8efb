import { buildSeed, type SeedItem } from '../../../local/seed';
import { agendaItemsOf, localDate } from '../../../src/domain';

/** The demo's sessions of the bodies: the council papers' cycle of the 2nd update and the steering group's sessions. */

const today = new Date('2026-11-23T08:00:00Z');
const demo = buildSeed('demo', today);
const sessions = demo.lists.BodySessions ?? [];
const periods = demo.lists.PlanPeriods ?? [];
const dayOf = (item: SeedItem, column = 'SessionDate'): string => {
  const day = localDate(String(item.fields[column]))!;
  return `${day.day}.${day.month}.${day.year}`;
};
const periodTitle = (item: SeedItem): string | undefined => (item.fields.PlanPeriodId === undefined ? undefined : String(periods[Number(item.fields.PlanPeriodId) - 1]?.fields.Title));

describe('demo sessions of the bodies', () => {
  it('holds the cycle of the 2nd update: Beirat 10.12.2018 and 04.03.2019, Ausschuss 12.03.2019, Rat 15.03.2019', () => {
    const cycle = sessions.filter((item) => item.fields.Body !== 'Steuerungsgruppe' && localDate(String(item.fields.SessionDate))!.year < 2020);
    expect(cycle.map((item) => [item.fields.Body, dayOf(item), item.fields.PaperNumber, periodTitle(item)])).toEqual([
      ['Beirat', '10.12.2018', undefined, '1. Fortschreibung 2016–2018'],
      ['Beirat', '4.3.2019', 'DS 0123/2019', '2. Fortschreibung 2019–2021'],
      ['Ausschuss', '12.3.2019', 'DS 0123/2019', '2. Fortschreibung 2019–2021'],
      ['Rat', '15.3.2019', 'DS 0123/2019', '2. Fortschreibung 2019–2021']
    ]);
    expect(String(cycle[0].fields.Decisions)).toMatch(/zur Kenntnis.*Veröffentlichung frei/);
    expect(String(cycle[3].fields.Decisions)).toMatch(/unverändert/);
  });

  it('links agenda items to the plan period they dealt with, in the format the product reads', () => {
    const council = sessions.find((item) => item.fields.Body === 'Rat')!;
    expect(agendaItemsOf(String(council.fields.AgendaItems))).toEqual([{ title: '2. Fortschreibung des Integrationskonzepts 2019–2021', subject: { kind: 'planPeriod', id: 2 } }]);
  });

  it("holds the steering group's sessions held so far, the same as the SteeringMeetings list, each in its plan period", () => {
    // The demo leaves one past year with a single session, so the steering group warning shows.
    const held = (demo.lists.SteeringMeetings ?? []).filter((item) => Date.parse(String(item.fields.MeetingDate)) < today.getTime());
    const steering = sessions.filter((item) => item.fields.Body === 'Steuerungsgruppe');
    expect(steering.map((item) => [item.fields.Title, dayOf(item)])).toEqual(held.map((item) => [item.fields.Title, dayOf(item, 'MeetingDate')]));
    expect(steering.length).toBeGreaterThanOrEqual(5);
    for (const item of steering) {
      const year = localDate(String(item.fields.SessionDate))!.year;
      const period = periods[Number(item.fields.PlanPeriodId) - 1];
      expect({ year, inPeriod: Number(period.fields.StartYear) <= year && year <= Number(period.fields.EndYear) }).toEqual({ year, inPeriod: true });
      expect(agendaItemsOf(String(item.fields.AgendaItems)).map((entry) => entry.title)).toContain('Bericht des Büros für Integration zum Umsetzungsstand');
    }
  });

  it('links the goal changes of the current period to the Beirat and Ausschuss sessions that dealt with them', () => {
    const changes = demo.lists.GoalChanges ?? [];
    const current = periods.find((period) => period.fields.PeriodStatus === 'Beschlossen')!;
    expect(changes.map((change) => periodTitle(change))).toEqual(changes.map(() => String(current.fields.Title)));
    const sessionOf = (change: SeedItem, column: string): SeedItem | undefined => (change.fields[column] === undefined ? undefined : sessions[Number(change.fields[column]) - 1]);
    for (const change of changes) {
      const board = sessionOf(change, 'AdvisoryBoardSessionId');
      const committee = sessionOf(change, 'CommitteeSessionId');
      expect([board?.fields.Body, board && dayOf(board)]).toEqual(change.fields.AdvisoryBoardDate === undefined ? [undefined, undefined] : ['Beirat', dayOf(change, 'AdvisoryBoardDate')]);
      expect([committee?.fields.Body, committee && dayOf(committee), committee?.fields.PaperNumber]).toEqual(
        change.fields.CommitteeDate === undefined ? [undefined, undefined, undefined] : ['Ausschuss', dayOf(change, 'CommitteeDate'), change.fields.CommitteeReference]
      );
      for (const session of [board, committee].filter((candidate): candidate is SeedItem => candidate !== undefined)) {
        expect(agendaItemsOf(String(session.fields.AgendaItems)).map((entry) => entry.subject)).toContainEqual({ kind: 'goalChange', id: changes.indexOf(change) + 1 });
      }
    }
    const decided = changes.filter((change) => change.fields.ChangeStatus === 'beschlossen');
    const pending = changes.filter((change) => change.fields.ChangeStatus === 'vorgeschlagen' || change.fields.ChangeStatus === 'Beirat zugestimmt');
    expect([decided.length, pending.length]).toEqual([2, 3]);
  });

  it('gives every session its own create key', () => {
    const keys = sessions.map((item) => item.fields.CreateKey);
    expect(new Set(keys).size).toBe(sessions.length);
  });
});

describe('demo action items of the steering group', () => {
  const items = demo.lists.ActionItems ?? [];
  const steeringIds = sessions.map((item, index) => ({ item, id: index + 1 })).filter((entry) => entry.item.fields.Body === 'Steuerungsgruppe').map((entry) => entry.id);

  it('gives the last two steering sessions action items, one of them done, so the next agenda lists two open ones', () => {
    const [earlier, last] = steeringIds.slice(-2);
    expect(items.map((item) => [item.fields.SessionId, item.fields.IsDone])).toEqual([
      [earlier, false],
      [earlier, true],
      [last, false]
    ]);
    expect(items.every((item) => typeof item.fields.DepartmentId === 'number' && String(item.fields.Description).length > 0 && item.fields.CreateKey)).toBe(true);
    expect(items.filter((item) => item.fields.IsDone).every((item) => item.fields.DoneAt)).toBe(true);
  });
});
