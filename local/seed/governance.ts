import type { SeededGoal, SeededMeasure } from './catalogue';
import { contactItemId, contactsOf, coordinatorLogin, departmentId, departments, primaryContactOf } from './organisation';
import type { Random } from './random';
import { SeedList } from './seedList';
import { addDays, compareDates, dateOnlyToIso, localDate, nextWeekday, nextWorkday, previousWorkday, wallClockToIso, type LocalDate } from './wallClock';

/**
 * The office's own lists: initial reviews, goal agreements with their agreed measures, steering
 * group meetings and goal changes, placed in time relative to the seed's `today`.
 */

/** An appointment that also belongs into the attendees' Outlook calendars. */
export interface SharedAppointment {
  readonly subject: string;
  readonly date: LocalDate;
  /** Minutes after local midnight. */
  readonly start: number;
  readonly end: number;
  readonly attendees: readonly string[];
  readonly location: string;
}

export interface Governance {
  readonly initialReviews: SeedList;
  /** The office's Outlook meetings (agreement meetings, initial interviews) as the Meetings list records them. */
  readonly meetings: SeedList;
  readonly goalAgreements: SeedList;
  readonly agreementItems: SeedList;
  readonly agreementComments: SeedList;
  readonly steeringMeetings: SeedList;
  readonly goalChanges: SeedList;
  readonly appointments: readonly SharedAppointment[];
}

interface Context {
  readonly today: LocalDate;
  readonly year: number;
  readonly measures: readonly SeededMeasure[];
  readonly goals: readonly SeededGoal[];
  readonly random: Random;
  readonly appointments: SharedAppointment[];
  readonly meetings: SeedList;
}

const officeLocation = 'Rathaus, Raum 214';

export function buildGovernance(today: LocalDate, measures: readonly SeededMeasure[], goals: readonly SeededGoal[], random: Random): Governance {
  const context: Context = { today, year: today.year, measures, goals, random, appointments: [], meetings: new SeedList() };
  const agreements = buildAgreements(context);
  const initialReviews = buildInitialReviews(context);
  addUpcomingAgreementMeetings(context);
  return {
    initialReviews,
    meetings: context.meetings,
    goalAgreements: agreements.goalAgreements,
    agreementItems: agreements.agreementItems,
    agreementComments: agreements.agreementComments,
    steeringMeetings: buildSteeringMeetings(context),
    goalChanges: buildGoalChanges(context),
    appointments: context.appointments
  };
}

function departmentLabel(number: string): string {
  const department = departments.find((candidate) => candidate.number === number);
  return `FB ${number} ${department?.name ?? ''}`.trim();
}

function attendeesOf(number: string): string[] {
  return [coordinatorLogin, ...contactsOf(number).map((person) => person.login)];
}

interface RecordedMeeting {
  readonly kind: 'Zielvereinbarungsgespräch' | 'Erstgespräch';
  readonly subject: string;
  readonly number: string;
  readonly year: number;
  readonly date: LocalDate;
  readonly start: number;
  readonly end: number;
  readonly state: 'gebucht' | 'vorgeschlagen';
  readonly agenda: string;
}

const transactionKinds = { Zielvereinbarungsgespräch: 'agreement', Erstgespräch: 'initialInterview' } as const;

/**
 * A record in the Meetings list, in the department's folder: its agenda is as confidential as the
 * agreement. Attendees are the department's contacts (the organizer is not among them). The
 * Outlook event id is not known to the seed, so records carry none: the demo's calendar events
 * were not created through the product.
 */
function recordMeeting(context: Context, meeting: RecordedMeeting): void {
  const id = departmentId(meeting.number);
  context.meetings.add(
    {
      Title: meeting.subject,
      MeetingKind: meeting.kind,
      DepartmentId: id,
      MeetingYear: meeting.year,
      MeetingStart: wallClockToIso(meeting.date, meeting.start),
      MeetingEnd: wallClockToIso(meeting.date, meeting.end),
      Attendees: contactsOf(meeting.number)
        .map((person) => person.login)
        .join('; '),
      IsOnlineMeeting: false,
      MeetingState: meeting.state,
      TransactionId: `ip365-${transactionKinds[meeting.kind]}-${meeting.year}-${id}-seed`,
      Agenda: meeting.agenda
    },
    meeting.number
  );
}

/** The interviews of the current round: four departments done, the others still to come. */
function buildInitialReviews(context: Context): SeedList {
  const list = new SeedList();
  const reviewed = ['50', '51', '43', '40'];
  const notes = [
    'Maßnahme läuft wie geplant; Finanzierung bis Ende des Jahres gesichert.',
    'Zielgruppe wird gut erreicht, Nachfrage übersteigt das Angebot.',
    'Kooperation mit freien Trägern soll ausgebaut werden.',
    'Kennzahl wird künftig aus dem Fachverfahren geliefert.',
    'Personelle Engpässe im Fachbereich, Umsetzung verzögert sich.',
    'Beschreibung sollte in der nächsten Fortschreibung angepasst werden.'
  ];
  reviewed.forEach((number, index) => {
    const date = previousWorkday(addDays(context.today, -(24 - index * 6)));
    const start = index % 2 === 0 ? 9 * 60 : 13 * 60 + 30;
    const subject = `Erstgespräch Integrationsplanung – ${departmentLabel(number)}`;
    context.appointments.push({ subject, date, start, end: start + 120, attendees: attendeesOf(number), location: officeLocation });
    recordMeeting(context, { kind: 'Erstgespräch', subject, number, year: date.year, date, start, end: start + 120, state: 'gebucht', agenda: 'Aktualität, Angemessenheit und Stand der Umsetzung der Maßnahmen des Fachbereichs.' });
    // The last department is only half way through its checklist.
    const own = context.measures.filter((measure) => measure.lead === number);
    const done = index === reviewed.length - 1 ? own.slice(0, Math.ceil(own.length / 2)) : own;
    for (const measure of done) {
      const isCurrent = measure.status === 'entfallen' ? 'nein' : measure.status === 'zurückgestellt' ? 'offen' : 'ja';
      list.add(
        {
          Title: `Erstgespräch ${measure.number} – FB ${number}`,
          MeasureId: measure.id,
          DepartmentId: departmentId(number),
          IsCurrent: isCurrent,
          IsAppropriate: isCurrent === 'nein' ? 'nein' : context.random.chance(0.8) ? 'ja' : 'offen',
          // Interviews bring news: a planned measure has often started by now.
          ImplementationStatus: measure.status === 'geplant' && context.random.chance(0.5) ? 'in Umsetzung' : measure.status,
          ReviewNotes: context.random.pick(notes),
          ReviewDate: wallClockToIso(date, start),
          ReviewKey: String(measure.id)
        },
        number
      );
    }
  });
  return list;
}

const achievementReasons: Readonly<Record<string, readonly string[]>> = {
  'teilweise erreicht': ['Angebot erst ab Herbst verfügbar.', 'Kooperationspartner ist im Laufe des Jahres ausgefallen.', 'Nachfrage geringer als erwartet.'],
  'nicht erreicht': ['Stelle war zehn Monate unbesetzt.', 'Haushaltsmittel wurden gesperrt.', 'Räume standen nicht zur Verfügung.'],
  entfallen: ['Förderprogramm ist ausgelaufen.', 'Maßnahme wurde in eine andere Maßnahme überführt.']
};

function achievementFor(measure: SeededMeasure, random: Random): string {
  if (measure.status === 'entfallen') {
    return 'entfallen';
  }
  const roll = random.next();
  return roll < 0.5 ? 'erreicht' : roll < 0.8 ? 'teilweise erreicht' : roll < 0.95 ? 'nicht erreicht' : 'entfallen';
}

function targetFor(measure: SeededMeasure): string {
  return measure.indicator
    ? `${measure.indicator.title}: Zielwert ${measure.indicator.target.toLocaleString('de-DE')} (${measure.indicator.unit}).`
    : `Maßnahme ${measure.number} fortführen und Ergebnisse dokumentieren.`;
}

interface AgreementRound {
  readonly year: number;
  /** Department number → agreement ID. */
  readonly ids: Map<string, number>;
  /** Department number → unfinished agreed items (item ID, measure) to carry over. */
  readonly unfinished: Map<string, Array<{ itemId: number; measure: SeededMeasure }>>;
}

/**
 * The year before last, reviewed; last year, agreed (three departments already reviewed, and
 * their new agreement for this year signed in the same meeting). Unfinished measures carry over.
 */
function buildAgreements(context: Context): { goalAgreements: SeedList; agreementItems: SeedList; agreementComments: SeedList } {
  const goalAgreements = new SeedList();
  const agreementItems = new SeedList('agreementItem');
  const agreementComments = new SeedList('agreementComment');
  const meetingDate = (year: number, index: number): LocalDate => nextWorkday(addDays(localDate(year, 2, 2), index * 3));
  const meetingStart = (index: number): number => (index % 2 === 0 ? 10 * 60 : 14 * 60);
  const reviewedEarly = new Set(['50', '43', '52']);
  const reviewDates = new Map<string, LocalDate>();
  [...reviewedEarly].forEach((number, index) => reviewDates.set(number, previousWorkday(addDays(context.today, -(9 + index * 5)))));

  const addRound = (year: number, previous: AgreementRound | undefined, departmentNumbers: readonly string[]): AgreementRound => {
    const round: AgreementRound = { year, ids: new Map(), unfinished: new Map() };
    departments.forEach((department, index) => {
      const number = department.number;
      if (!departmentNumbers.includes(number)) {
        return;
      }
      const isCurrentYear = year === context.year;
      const date = isCurrentYear ? reviewDates.get(number)! : meetingDate(year, index);
      const start = isCurrentYear ? 10 * 60 : meetingStart(index);
      const isReviewed = year === context.year - 2 || (year === context.year - 1 && reviewedEarly.has(number));
      const reviewDate = year === context.year - 2 ? meetingDate(year + 1, index) : isReviewed ? reviewDates.get(number) : undefined;
      // Agreements, their measures and comments live in the department's folder, private to it.
      const id = goalAgreements.add(
        {
          Title: `Zielvereinbarung ${departmentLabel(number)} ${year}`,
          DepartmentId: departmentId(number),
          AgreementYear: year,
          AgreementStatus: isReviewed ? 'überprüft' : 'vereinbart',
          ReviewedOn: reviewDate ? dateOnlyToIso(reviewDate) : undefined,
          PreviousAgreementId: previous?.ids.get(number),
          AgreementNotes: isReviewed ? 'Zielerreichung im Überprüfungsgespräch festgestellt.' : 'Vereinbarung für die nächsten zwölf Monate.',
          AgreementKey: `${departmentId(number)}-${year}`
        },
        number
      );
      round.ids.set(number, id);
      const subject = `Zielvereinbarungsgespräch ${departmentLabel(number)}`;
      recordMeeting(context, { kind: 'Zielvereinbarungsgespräch', subject, number, year, date, start, end: start + 90, state: 'gebucht', agenda: `Zielvereinbarung ${year}: Maßnahmen und Ziele für die nächsten zwölf Monate.` });
      if (compareDates(date, context.today) < 0 && year >= context.year - 1) {
        context.appointments.push({ subject, date, start, end: start + 90, attendees: attendeesOf(number), location: officeLocation });
      }

      const carried = previous?.unfinished.get(number) ?? [];
      const carriedMeasureIds = new Set(carried.map((entry) => entry.measure.id));
      const fresh = context.measures
        .filter((measure) => measure.lead === number && !carriedMeasureIds.has(measure.id) && measure.status !== 'umgesetzt' && measure.status !== 'entfallen')
        .slice(0, Math.max(1, 3 - carried.length));
      const agreed = [...carried.map((entry) => ({ measure: entry.measure, from: entry.itemId })), ...fresh.map((measure) => ({ measure, from: undefined }))];
      const unfinished: Array<{ itemId: number; measure: SeededMeasure }> = [];
      const contacts = contactsOf(number);
      agreed.forEach(({ measure, from }, position) => {
        const achievement = isReviewed ? achievementFor(measure, context.random) : 'offen';
        const contactIndex = position % contacts.length;
        const itemId = agreementItems.add(
          {
            Title: `${measure.number} ${measure.title}`.slice(0, 255),
            AgreementId: id,
            MeasureId: measure.id,
            Target: targetFor(measure),
            Achievement: achievement,
            AchievementReason: achievementReasons[achievement] ? context.random.pick(achievementReasons[achievement]) : undefined,
            CarriedOverFromId: from,
            ResponsibleContactId: contacts.length > 0 ? contactItemId(number, contactIndex) : undefined,
            ItemNotes: from !== undefined ? 'Aus der Vorjahresvereinbarung übernommen.' : undefined
          },
          number
        );
        if (achievement === 'teilweise erreicht' || achievement === 'nicht erreicht') {
          unfinished.push({ itemId, measure });
        }
      });
      round.unfinished.set(number, unfinished);
      if (year === context.year - 1 && departmentComments[number]) {
        agreementComments.add({ Title: `Anmerkung FB ${number} ${year}`, AgreementId: id, CommentText: departmentComments[number] }, number);
      }
    });
    return round;
  };

  const allNumbers = departments.map((department) => department.number);
  const beforeLast = addRound(context.year - 2, undefined, allNumbers);
  const last = addRound(context.year - 1, beforeLast, allNumbers);
  addRound(context.year, last, [...reviewedEarly]);
  return { goalAgreements, agreementItems, agreementComments };
}

/** What two departments remarked on last year's agreement. */
const departmentComments: Readonly<Record<string, string>> = {
  '51': 'Die Ausweitung der Sprachförderung in den Kitas hängt an der Besetzung von zwei Fachkraftstellen; wir melden uns zum Halbjahr.',
  '80': 'Die Zahl der Beratungen wird künftig direkt aus dem Fachverfahren gemeldet; bitte den Zielwert im nächsten Gespräch anpassen.'
};

/**
 * This year's round has started: two departments have their agreement meeting booked in the
 * coming weeks, one is proposed but not yet in Outlook, and the others have none yet.
 */
function addUpcomingAgreementMeetings(context: Context): void {
  const upcoming: ReadonlyArray<{ number: string; days: number; state: 'gebucht' | 'vorgeschlagen' }> = [
    { number: '40', days: 10, state: 'gebucht' },
    { number: '51', days: 17, state: 'gebucht' },
    { number: '10', days: 24, state: 'vorgeschlagen' }
  ];
  for (const { number, days, state } of upcoming) {
    const date = nextWorkday(addDays(context.today, days));
    const subject = `Zielvereinbarungsgespräch ${departmentLabel(number)}`;
    const start = 10 * 60;
    recordMeeting(context, { kind: 'Zielvereinbarungsgespräch', subject, number, year: context.year, date, start, end: start + 90, state, agenda: `Überprüfung der Zielvereinbarung ${context.year - 1} und Zielvereinbarung ${context.year}.` });
    if (state === 'gebucht') {
      context.appointments.push({ subject, date, start, end: start + 90, attendees: attendeesOf(number), location: officeLocation });
    }
  }
}

/** Twice a year as the council asked, except the year before last: only one meeting, so the warning shows. */
/** The steering group besides the office: the integration council's chair and seven departments. */
const steeringGroupMembers: readonly string[] = ['lena.yilmaz@stadt.example', ...['10', '32', '40', '43', '50', '51', '80'].map(primaryContactOf)];

function buildSteeringMeetings(context: Context): SeedList {
  const list = new SeedList();
  const dates: LocalDate[] = [
    nextWeekday(localDate(context.year - 3, 4, 20), 2),
    nextWeekday(localDate(context.year - 3, 10, 12), 2),
    nextWeekday(localDate(context.year - 2, 5, 18), 2),
    nextWeekday(localDate(context.year - 1, 3, 9), 2),
    nextWeekday(localDate(context.year - 1, 9, 21), 2)
  ];
  const spring = nextWeekday(localDate(context.year, 3, 10), 2);
  if (compareDates(spring, addDays(context.today, -14)) < 0) {
    dates.push(spring);
  }
  const upcoming = nextWeekday(addDays(context.today, 35), 2);
  dates.push(upcoming);

  const attendees = [
    'Büro für Integration (Vorsitz)',
    ...['10', '32', '40', '43', '50', '51', '80'].map((number) => {
      const person = contactsOf(number)[0];
      return `${departmentLabel(number)}: ${person.displayName}`;
    })
  ].join('\n');
  const perYear = new Map<number, number>();
  for (const date of dates) {
    const ordinal = (perYear.get(date.year) ?? 0) + 1;
    perYear.set(date.year, ordinal);
    const isPast = compareDates(date, context.today) < 0;
    list.add({
      Title: `Steuerungsgruppe „Umsetzung Integrationsplanung“ ${ordinal}/${date.year}`,
      MeetingDate: wallClockToIso(date, 14 * 60),
      Attendees: attendees,
      Agenda: [
        '1. Bericht des Büros für Integration zum Umsetzungsstand',
        '2. Kennzahlen des Vorjahres',
        ordinal === 1 ? '3. Vorbereitung der Zielvereinbarungsgespräche' : '3. Jahresbericht an den Ausschuss',
        '4. Verschiedenes'
      ].join('\n'),
      Decisions: isPast
        ? ordinal === 1
          ? 'Die Steuerungsgruppe nimmt den Umsetzungsstand zur Kenntnis. Die Zielvereinbarungsgespräche finden im ersten Quartal statt.'
          : 'Der Entwurf des Jahresberichts wird mit den Ergänzungen der Fachbereiche an den Ausschuss weitergeleitet.'
        : undefined
    });
    // The sessions are Outlook meetings too; the Meetings list counts them per year. They belong to
    // no department and stay in the list's root, readable by every member like SteeringMeetings.
    context.meetings.add({
      Title: `Steuerungsgruppe „Umsetzung Integrationsplanung“ ${ordinal}/${date.year}`,
      MeetingKind: 'Steuerungsgruppe',
      MeetingYear: date.year,
      MeetingStart: wallClockToIso(date, 14 * 60),
      MeetingEnd: wallClockToIso(date, 16 * 60),
      Attendees: steeringGroupMembers.join('; '),
      IsOnlineMeeting: false,
      MeetingState: 'gebucht',
      TransactionId: `ip365-steeringGroup-${date.year}-all-seed-${ordinal}`
    });
    if (compareDates(date, upcoming) === 0) {
      context.appointments.push({
        subject: 'Steuerungsgruppe „Umsetzung Integrationsplanung“',
        date,
        start: 14 * 60,
        end: 16 * 60,
        attendees: [coordinatorLogin, ...steeringGroupMembers],
        location: 'Rathaus, Sitzungssaal 2'
      });
    }
  }
  return list;
}

/**
 * Changes in every state of the procedure: proposal → advisory board → committee. Their plan
 * period and the sessions of Beirat and Ausschuss are linked in `linkGoalChangesToSessions`.
 */
function buildGoalChanges(context: Context): SeedList {
  const list = new SeedList('goalChange');
  const goalId = (number: string): number => {
    const goal = context.goals.find((candidate) => candidate.number === number);
    if (!goal) {
      throw new Error(`Unknown goal ${number}.`);
    }
    return goal.id;
  };
  const daysAgo = (days: number): string => dateOnlyToIso(previousWorkday(addDays(context.today, -days)));
  const reference = (days: number, serial: number): string => `V/${previousWorkday(addDays(context.today, -days)).year}/${String(serial).padStart(4, '0')}`;
  const changes: Array<Record<string, unknown>> = [
    {
      Title: 'Einzelziel 1.1 um Kindertagespflege erweitern',
      GoalId: goalId('1.1'),
      ChangeType: 'Ziel geändert',
      ChangeDescription: 'Die Sprachförderung soll ausdrücklich auch die Kindertagespflege einschließen.',
      ChangeStatus: 'beschlossen',
      ProposedDate: daysAgo(420),
      AdvisoryBoardDate: daysAgo(380),
      CommitteeDate: daysAgo(350),
      CommitteeReference: reference(350, 412),
      ChangeReason: 'Ein Drittel der Kinder unter drei Jahren wird in der Kindertagespflege betreut.'
    },
    {
      Title: 'Einzelziel 2.2 erreicht: Netzwerk Unternehmen etabliert',
      GoalId: goalId('2.2'),
      ChangeType: 'Ziel erreicht',
      ChangeDescription: 'Das Netzwerk arbeitet selbstständig; das Teilziel Netzwerkaufbau gilt als erreicht.',
      ChangeStatus: 'beschlossen',
      ProposedDate: daysAgo(300),
      AdvisoryBoardDate: daysAgo(270),
      CommitteeDate: daysAgo(240),
      CommitteeReference: reference(240, 87),
      ChangeReason: 'Der Zielwert von 40 beteiligten Unternehmen ist erreicht.'
    },
    {
      Title: 'Einzelziel 3.3: Zielwert dezentrale Unterbringung anheben',
      GoalId: goalId('3.3'),
      ChangeType: 'Ziel geändert',
      ChangeDescription: 'Der Zielwert für den Anteil dezentral untergebrachter Geflüchteter soll von 75 auf 80 Prozent steigen.',
      ChangeReason: 'Mehr Wohnungen im Bestand stehen über das Programm Wohnraum für alle zur Verfügung.',
      ChangeStatus: 'Beirat zugestimmt',
      ProposedDate: daysAgo(90),
      AdvisoryBoardDate: daysAgo(30)
    },
    {
      // A change of 4.1, not a new goal: an "added" change's goal is in force only once decided, and 4.1 is.
      Title: 'Einzelziel 4.1 um Antidiskriminierungsberatung ergänzen',
      GoalId: goalId('4.1'),
      ChangeType: 'Ziel geändert',
      ChangeDescription: 'Ergänzung des Einzelziels um eine unabhängige Antidiskriminierungsberatung.',
      ChangeReason: 'Die Beratungsanfragen zu Diskriminierung haben sich seit Beginn der Fortschreibung verdoppelt.',
      ChangeStatus: 'vorgeschlagen',
      ProposedDate: daysAgo(12)
    },
    {
      Title: 'Einzelziel 2.3 streichen',
      GoalId: goalId('2.3'),
      ChangeType: 'Ziel gestrichen',
      ChangeDescription: 'Vorschlag, die interkulturelle Öffnung als Daueraufgabe aus dem Konzept zu nehmen.',
      ChangeStatus: 'abgelehnt',
      ProposedDate: daysAgo(200),
      AdvisoryBoardDate: daysAgo(170),
      CommitteeDate: daysAgo(150),
      CommitteeReference: reference(150, 233),
      ChangeReason: 'Die interkulturelle Öffnung ist in den Leitlinien der Personalentwicklung verankert.'
    },
    {
      Title: 'Einzelziel 1.3: Alphabetisierung ausdrücklich aufnehmen',
      GoalId: goalId('1.3'),
      ChangeType: 'Ziel geändert',
      ChangeDescription: 'Das Ziel soll Alphabetisierungskurse ausdrücklich nennen, sobald die Landesförderung gesichert ist.',
      ChangeReason: 'Das Land hat die Förderung von Alphabetisierungskursen angekündigt.',
      ChangeStatus: 'vorgeschlagen',
      ProposedDate: daysAgo(40)
    }
  ];
  for (const change of changes) {
    list.add(change);
  }
  return list;
}
