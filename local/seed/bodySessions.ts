import type { PlanPeriodInfo } from './planPeriods';
import { SeedList } from './seedList';
import type { SeedItem } from './types';
import { compareDates, dateOnlyToIso, localDate, localDateOf, type LocalDate } from './wallClock';

/**
 * The sessions of the bodies (Gremiensitzungen): the cycle of the 2nd update as the council papers
 * record it, and the steering group's sessions held so far, the same ones the SteeringMeetings list
 * holds. Agenda items are stored as the product stores them: JSON with the plan period they dealt with.
 */

interface AgendaEntry {
  readonly title: string;
  readonly subject?: { readonly kind: 'report' | 'goalChange' | 'planPeriod'; readonly id: number };
}

interface Session {
  readonly title: string;
  readonly body: 'Steuerungsgruppe' | 'Beirat' | 'Ausschuss' | 'Rat';
  readonly date: LocalDate;
  readonly paperNumber?: string;
  readonly agenda: readonly AgendaEntry[];
  readonly decisions: string;
  readonly planPeriodId?: number;
}

/** The paper the 2nd update went through Beirat, Ausschuss and Rat with. */
const secondUpdatePaper = 'DS 0123/2019';

function cycleOfTheSecondUpdate(first: PlanPeriodInfo | undefined, second: PlanPeriodInfo | undefined): Session[] {
  const about = (period: PlanPeriodInfo | undefined, title: string): AgendaEntry => (period ? { title, subject: { kind: 'planPeriod', id: period.id } } : { title });
  return [
    {
      title: 'Sitzung des begleitenden Beirats',
      body: 'Beirat',
      date: localDate(2018, 12, 10),
      agenda: [about(first, 'Bericht zur 1. Fortschreibung des Integrationskonzepts'), about(second, 'Ausblick auf die 2. Fortschreibung')],
      decisions: 'Der Beirat nimmt den Bericht zur 1. Fortschreibung zur Kenntnis und gibt ihn zur Veröffentlichung frei.',
      ...(first ? { planPeriodId: first.id } : {})
    },
    {
      title: 'Sitzung des begleitenden Beirats',
      body: 'Beirat',
      date: localDate(2019, 3, 4),
      paperNumber: secondUpdatePaper,
      agenda: [about(second, '2. Fortschreibung des Integrationskonzepts 2019–2021')],
      decisions: 'Der Beirat stimmt der 2. Fortschreibung 2019–2021 zu.',
      ...(second ? { planPeriodId: second.id } : {})
    },
    {
      title: 'Sitzung des Ausschusses für Soziales und Integration',
      body: 'Ausschuss',
      date: localDate(2019, 3, 12),
      paperNumber: secondUpdatePaper,
      agenda: [about(second, '2. Fortschreibung des Integrationskonzepts 2019–2021')],
      decisions: 'Der Ausschuss hat die 2. Fortschreibung beraten und empfiehlt dem Rat den Beschluss.',
      ...(second ? { planPeriodId: second.id } : {})
    },
    {
      title: 'Sitzung des Rates',
      body: 'Rat',
      date: localDate(2019, 3, 15),
      paperNumber: secondUpdatePaper,
      agenda: [about(second, '2. Fortschreibung des Integrationskonzepts 2019–2021')],
      decisions: 'Der Rat beschließt die 2. Fortschreibung 2019–2021 unverändert.',
      ...(second ? { planPeriodId: second.id } : {})
    }
  ];
}

/** The steering group's sessions that took place before `today`, read from the SteeringMeetings items. */
function heldSteeringSessions(steeringMeetings: readonly SeedItem[], periods: readonly PlanPeriodInfo[], today: LocalDate): Session[] {
  return steeringMeetings.flatMap((item): Session[] => {
    const date = localDateOf(new Date(String(item.fields.MeetingDate)));
    if (compareDates(date, today) >= 0) {
      return [];
    }
    const period = periods.find((candidate) => candidate.startYear <= date.year && date.year <= candidate.endYear);
    const topics = String(item.fields.Agenda ?? '')
      .split('\n')
      .map((line) => line.replace(/^\d+\.\s*/, '').trim())
      .filter((line) => line.length > 0);
    return [
      {
        title: String(item.fields.Title),
        body: 'Steuerungsgruppe',
        date,
        agenda: topics.map((title) => ({ title })),
        decisions: String(item.fields.Decisions ?? ''),
        ...(period ? { planPeriodId: period.id } : {})
      }
    ];
  });
}

export function buildBodySessions(periods: readonly PlanPeriodInfo[], steeringMeetings: readonly SeedItem[], today: LocalDate): SeedList {
  const list = new SeedList('bodySession');
  const byNumber = (updateNumber: number): PlanPeriodInfo | undefined => periods.find((period) => period.updateNumber === updateNumber);
  const sessions = [...cycleOfTheSecondUpdate(byNumber(1), byNumber(2)), ...heldSteeringSessions(steeringMeetings, periods, today)].sort((a, b) => compareDates(a.date, b.date));
  for (const session of sessions) {
    list.add({
      Title: session.title,
      Body: session.body,
      SessionDate: dateOnlyToIso(session.date),
      PaperNumber: session.paperNumber,
      AgendaItems: JSON.stringify(session.agenda),
      Decisions: session.decisions || undefined,
      PlanPeriodId: session.planPeriodId,
      // Every seeded session lies before the seed's day: all of them took place.
      SessionStatus: 'stattgefunden'
    });
  }
  return list;
}
