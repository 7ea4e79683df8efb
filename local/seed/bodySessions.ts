import { adoptionPaper } from './planPeriods';
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
const secondUpdatePaper = adoptionPaper(2, 2019);

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

/**
 * The goal changes of the demo, linked to their plan period and to the Beirat and Ausschuss
 * sessions that dealt with them (one session per body and date, the Ausschuss with the change's
 * paper); those sessions are added to the list by `buildBodySessions`.
 */
export function linkGoalChangesToSessions(goalChanges: readonly SeedItem[], periods: readonly PlanPeriodInfo[]): { goalChanges: SeedItem[]; sessions: Session[] } {
  const sessions = new Map<string, { session: Session; agenda: AgendaEntry[]; decisions: string[] }>();
  const periodOf = (day: LocalDate): PlanPeriodInfo | undefined => periods.find((period) => period.startYear <= day.year && day.year <= period.endYear);
  const sessionOf = (body: 'Beirat' | 'Ausschuss', iso: unknown, paperNumber: unknown): { session: Session; agenda: AgendaEntry[]; decisions: string[] } => {
    const date = localDateOf(new Date(String(iso)));
    const key = `${body} ${dateOnlyToIso(date)}`;
    const period = periodOf(date);
    const entry = sessions.get(key) ?? {
      session: {
        title: body === 'Beirat' ? 'Sitzung des begleitenden Beirats' : 'Sitzung des Ausschusses für Soziales und Integration',
        body,
        date,
        ...(typeof paperNumber === 'string' ? { paperNumber } : {}),
        agenda: [],
        decisions: '',
        ...(period ? { planPeriodId: period.id } : {})
      },
      agenda: [],
      decisions: []
    };
    sessions.set(key, entry);
    return entry;
  };
  const linked = goalChanges.map((item, index): SeedItem => {
    const fields = item.fields;
    const status = String(fields.ChangeStatus);
    const about: AgendaEntry = { title: `Zieländerung: ${String(fields.Title)}`, subject: { kind: 'goalChange', id: index + 1 } };
    const period = periodOf(localDateOf(new Date(String(fields.ProposedDate))));
    const links: Record<string, unknown> = { ...(period ? { PlanPeriodId: period.id } : {}) };
    if (fields.AdvisoryBoardDate !== undefined) {
      const board = sessionOf('Beirat', fields.AdvisoryBoardDate, undefined);
      board.agenda.push(about);
      // A change the committee dealt with had the Beirat's consent; one rejected without a committee date, its refusal.
      const consented = fields.CommitteeDate !== undefined || status === 'Beirat zugestimmt';
      board.decisions.push(`Der Beirat ${consented ? 'stimmt der Zieländerung' : 'lehnt die Zieländerung'} „${String(fields.Title)}“ ${consented ? 'zu' : 'ab'}.`);
      links.AdvisoryBoardSession = board.session;
    }
    if (fields.CommitteeDate !== undefined) {
      const committee = sessionOf('Ausschuss', fields.CommitteeDate, fields.CommitteeReference);
      committee.agenda.push(about);
      committee.decisions.push(`Der Ausschuss ${status === 'beschlossen' ? 'beschließt' : 'lehnt'} die Zieländerung „${String(fields.Title)}“${status === 'beschlossen' ? '' : ' ab'}.`);
      links.CommitteeSession = committee.session;
    }
    return { ...item, fields: { ...fields, ...links } };
  });
  const all = [...sessions.values()].map((entry) => ({ ...entry.session, agenda: entry.agenda, decisions: entry.decisions.join('\n') }));
  // Lookup ids are known once the sessions are placed in the list: `withSessionIds` fills them.
  return { goalChanges: linked, sessions: all };
}

export function buildBodySessions(
  periods: readonly PlanPeriodInfo[],
  steeringMeetings: readonly SeedItem[],
  today: LocalDate,
  goalChanges: readonly SeedItem[] = []
): { list: SeedList; goalChanges: SeedItem[] } {
  const list = new SeedList('bodySession');
  const byNumber = (updateNumber: number): PlanPeriodInfo | undefined => periods.find((period) => period.updateNumber === updateNumber);
  const changes = linkGoalChangesToSessions(goalChanges, periods);
  const sessions = [...cycleOfTheSecondUpdate(byNumber(1), byNumber(2)), ...heldSteeringSessions(steeringMeetings, periods, today), ...changes.sessions].sort((a, b) => compareDates(a.date, b.date));
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
  const idOf = (placeholder: unknown): number | undefined => {
    const session = placeholder as Session | undefined;
    const index = session ? sessions.findIndex((candidate) => candidate.body === session.body && compareDates(candidate.date, session.date) === 0) : -1;
    return index >= 0 ? index + 1 : undefined;
  };
  const linkedChanges = changes.goalChanges.map((item) => {
    const { AdvisoryBoardSession: board, CommitteeSession: committee, ...fields } = item.fields;
    const boardId = idOf(board);
    const committeeId = idOf(committee);
    return { ...item, fields: { ...fields, ...(boardId ? { AdvisoryBoardSessionId: boardId } : {}), ...(committeeId ? { CommitteeSessionId: committeeId } : {}) } };
  });
  return { list, goalChanges: linkedChanges };
}
