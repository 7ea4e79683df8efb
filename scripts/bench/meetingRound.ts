/**
 * Bench of the annual round of goal-agreement meetings ("Gesprächsrunde"): 40 departments with
 * one contact each and the coordinator, all with busy calendars, in a six-week window. Reads
 * free/busy through the product's Graph client (readFreeBusy), plans the round (planRound, timed
 * over several runs) and books the placed meetings (MeetingBooking) against the emulator.
 * Goals: free/busy in 1 round trip (the getSchedule calls in one JSON $batch), ≤ 2 booking batches,
 * planner median < 200 ms.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '../../local/emulator/server';
import { buildSeed } from '../../local/seed';
import { createRandom } from '../../local/seed/random';
import type { SeedData, SeedEvent, SeedUser } from '../../local/seed/types';
import { newTransactionId, type NewMeetingRecord } from '../../src/domain/meetings';
import { planRound, type DepartmentToPlan, type RoundPlan, type RoundSettings } from '../../src/domain/roundPlanner';
import { publicHolidaysBetween } from '../../src/domain/publicHolidays';
import { CalendarService } from '../../src/scheduling/calendarService';
import { createGraphClient } from '../../src/scheduling/graphClientFactory';
import type { GraphApi } from '../../src/scheduling/graphPaging';
import { mailboxesPerScheduleRequest, readFreeBusy, scheduleWindows } from '../../src/scheduling/freeBusy';
import { MeetingBooking } from '../../src/scheduling/meetingBooking';
import type { BenchLocale } from './benchMessages';
import type { ReportRow } from './benchReport';
import { median } from './statistics';
import { MemoryMeetingStore } from '../../tests/support/memoryMeetingStore';

export const roundGoals = { freeBusyRoundTrips: 1, bookingBatches: 2, plannerMs: 200 } as const;

export interface RoundBenchFigures {
  readonly departments: number;
  readonly mailboxes: number;
  readonly firstDay: string;
  readonly lastDay: string;
  /** HTTP requests readFreeBusy sent (JSON $batch requests). */
  readonly freeBusyRoundTrips: number;
  /** getSchedule calls inside them (≤ 15 mailboxes each). */
  readonly scheduleCalls: number;
  readonly busyIntervals: number;
  readonly plannerRuns: number;
  readonly plannerMs: number;
  readonly plannerMsPerRun: readonly number[];
  readonly placed: number;
  readonly unplaced: number;
  readonly bookingBatches: number;
  readonly booked: number;
  readonly eventsInCalendar: number;
}

const texts = {
  title: { de: 'Leistungsmessung Gesprächsrunde', en: 'Meeting round benchmark' },
  'step.freeBusy': { de: 'Lese Frei/Gebucht von {0} Postfächern ({1} – {2}) …', en: 'Reading free/busy of {0} mailboxes ({1} – {2}) …' },
  'step.plan': { de: 'Plane {0} Gespräche, {1} Läufe …', en: 'Planning {0} meetings, {1} runs …' },
  'step.book': { de: 'Buche {0} Termine …', en: 'Booking {0} meetings …' },
  'figure.freeBusyRoundTrips': { de: 'Frei/Gebucht: HTTP-Anfragen ({0} Postfächer, 6 Wochen, {1} getSchedule-Aufrufe)', en: 'Free/busy: HTTP requests ({0} mailboxes, 6 weeks, {1} getSchedule calls)' },
  'figure.plannerTime': { de: 'Planer: Zeit (Median)', en: 'Planner: time (median)' },
  'figure.placed': { de: 'Geplante Gespräche (ohne Termin)', en: 'Meetings placed (unplaced)' },
  'figure.bookingBatches': { de: 'Buchung: $batch-Anfragen', en: 'Booking: $batch requests' },
  'figure.events': { de: 'Termine im Kalender der Koordination', en: 'Events in the coordinator’s calendar' },
  method: {
    de: 'Gesprächsrunde: Emulator auf 127.0.0.1 mit {0} Fachbereichen (je ein Kontakt) und der Koordination, erzeugte Kalender (Termine werktags 8–17 Uhr, Urlaube); Fenster {1} – {2}; getSchedule über readFreeBusy (je Aufruf bis 15 Postfächer, alle Aufrufe als Schritte eines JSON-$batch), Planer planRound über {3} Läufe (Median, ohne Aufwärmlauf), Buchung über MeetingBooking (JSON-$batch zu je 20) mit Speicher im Arbeitsspeicher.',
    en: 'Meeting round: emulator on 127.0.0.1 with {0} departments (one contact each) and the coordinator, generated calendars (appointments on working days 8–17, holidays); window {1} – {2}; getSchedule through readFreeBusy (up to 15 mailboxes a call, all calls as steps of one JSON $batch), planner planRound over {3} runs (median, no warm-up run counted), booking through MeetingBooking (JSON $batch of 20) with an in-memory store.'
  },
  yes: { de: 'ja', en: 'yes' },
  no: { de: 'nein', en: 'no' },
  none: { de: '–', en: '–' }
} as const;

type TextKey = keyof typeof texts;

export function roundText(locale: BenchLocale, key: TextKey, ...args: ReadonlyArray<string | number>): string {
  return texts[key][locale].replace(/\{(\d+)\}/g, (whole, index: string) => (args[Number(index)] === undefined ? whole : String(args[Number(index)])));
}

const coordinator = 'koordination@stadt.example';
const timeZone = 'W. Europe Standard Time';
const dayMs = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function time(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
}

/** The Monday at least a week after `today`: the round is planned ahead. */
export function roundWindow(today: Date): { firstDay: string; lastDay: string } {
  let day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + 7 * dayMs;
  while (new Date(day).getUTCDay() !== 1) {
    day += dayMs;
  }
  return { firstDay: isoDay(day), lastDay: isoDay(day + 41 * dayMs) };
}

export function benchContact(index: number): string {
  return `fb-runde-${String(index + 1).padStart(2, '0')}@stadt.example`;
}

/** Busy working days for one mailbox: 1–4 appointments a day, a week's holiday for some. */
function busyCalendar(seed: string, firstDay: string, days: number): SeedEvent[] {
  const random = createRandom(seed);
  const events: SeedEvent[] = [];
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  const holidayWeek = random.int(0, 2) === 0 ? random.int(0, Math.floor(days / 7) - 1) : -1;
  for (let offset = 0; offset < days; offset++) {
    const day = start + offset * dayMs;
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) {
      continue;
    }
    const date = isoDay(day);
    if (Math.floor(offset / 7) === holidayWeek) {
      events.push({ subject: 'Urlaub', start: `${date}T00:00:00`, end: `${isoDay(day + dayMs)}T00:00:00`, timeZone, showAs: 'oof', isAllDay: true });
      continue;
    }
    let cursor = 8 * 60;
    for (let n = random.int(1, 4); n > 0 && cursor < 16 * 60; n--) {
      const begin = cursor + random.int(0, 4) * 30;
      const length = random.int(1, 4) * 30;
      if (begin + length > 17 * 60) {
        break;
      }
      events.push({ subject: 'Termin', start: `${date}T${time(begin)}`, end: `${date}T${time(begin + length)}`, timeZone, showAs: random.int(0, 5) === 0 ? 'tentative' : 'busy' });
      cursor = begin + length + 30;
    }
  }
  return events;
}

/** The emulator's seed for the bench: the empty site, 40 department contacts and everybody's busy calendar. */
export function roundSeed(departments: number, today: Date): SeedData {
  const base = buildSeed('empty', today);
  const { firstDay } = roundWindow(today);
  const contacts: SeedUser[] = Array.from({ length: departments }, (_, i) => ({
    login: benchContact(i),
    displayName: `Kontakt Fachbereich ${i + 1}`,
    role: 'department',
    department: String(100 + i)
  }));
  const calendars: Record<string, SeedEvent[]> = { [coordinator]: busyCalendar('round:coordinator', firstDay, 42) };
  contacts.forEach((contact) => {
    calendars[contact.login] = busyCalendar(`round:${contact.login}`, firstDay, 42);
  });
  return { ...base, users: [...base.users, ...contacts], calendars };
}

export async function benchMeetingRound(
  locale: BenchLocale,
  options: { departments?: number; plannerRuns?: number; say?: (line: string) => void } = {}
): Promise<RoundBenchFigures> {
  const departments = options.departments ?? 40;
  const plannerRuns = options.plannerRuns ?? 7;
  const say = options.say ?? ((line: string) => console.log(line));
  const today = new Date();
  const { firstDay, lastDay } = roundWindow(today);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-bench-round-'));
  const emulator = await startEmulator({ port: 0, dataDir, seedBuilder: (_name, now) => roundSeed(departments, now) });
  try {
    const paths: string[] = [];
    const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => coordinator });
    const counting: GraphApi = { api: (requestPath: string) => (paths.push(requestPath), client.api(requestPath)) };
    const calendar = new CalendarService(counting);
    const contacts = Array.from({ length: departments }, (_, i) => benchContact(i));

    say(roundText(locale, 'step.freeBusy', contacts.length + 1, firstDay, lastDay));
    const freeBusy = await readFreeBusy(calendar, [coordinator, ...contacts], firstDay, lastDay, { timeZone });
    // Counted at the client's api(), not taken from readFreeBusy's own report.
    const freeBusyRoundTrips = paths.length;
    const scheduleCalls = Math.ceil((contacts.length + 1) / mailboxesPerScheduleRequest) * scheduleWindows(firstDay, lastDay).length;
    if (freeBusy.unavailable.length > 0) {
      throw new Error(`getSchedule did not report on ${freeBusy.unavailable.map((entry) => entry.address).join(', ')}.`);
    }

    const settings: RoundSettings = {
      firstDay,
      lastDay,
      dayStartMinutes: 8 * 60,
      dayEndMinutes: 16 * 60,
      meetingMinutes: 90,
      bufferMinutes: 15,
      maxMeetingsPerDay: 3,
      stepMinutes: 15,
      closedDays: new Set(publicHolidaysBetween('NW', firstDay, lastDay).map((holiday) => holiday.date))
    };
    const toPlan: DepartmentToPlan[] = contacts.map((contact, i) => ({ departmentId: i + 1, name: `Fachbereich ${i + 1}`, attendees: [contact] }));
    say(roundText(locale, 'step.plan', departments, plannerRuns));
    const input = { settings, coordinator, departments: toPlan, busy: freeBusy.busy };
    planRound(input); // warm-up: JIT and caches
    const plannerMsPerRun: number[] = [];
    let plan: RoundPlan | undefined;
    for (let run = 0; run < plannerRuns; run++) {
      const started = performance.now();
      plan = planRound(input);
      plannerMsPerRun.push(performance.now() - started);
    }

    const year = Number(firstDay.slice(0, 4));
    const meetings: NewMeetingRecord[] = plan!.placed.map(({ departmentId, slot }) => ({
      kind: 'agreement',
      subject: `Zielvereinbarungsgespräch ${year} – Bench FB ${departmentId}`,
      departmentId,
      year,
      start: slot.start,
      end: slot.end,
      attendees: [benchContact(departmentId - 1)],
      isOnlineMeeting: departmentId % 2 === 0,
      transactionId: newTransactionId('agreement', year, departmentId, () => crypto.randomUUID()),
      agenda: 'Rückblick auf das Vorjahr; Maßnahmen und Ziele für das neue Jahr'
    }));
    say(roundText(locale, 'step.book', meetings.length));
    const batchesBefore = paths.filter((requestPath) => requestPath === '/$batch').length;
    const outcomes = await new MeetingBooking(calendar, new MemoryMeetingStore(), { timeZone }).book(meetings);
    const bookingBatches = paths.filter((requestPath) => requestPath === '/$batch').length - batchesBefore;
    const events = await calendar.listEventsBySubject(`Zielvereinbarungsgespräch ${year} – Bench`);

    return {
      departments,
      mailboxes: contacts.length + 1,
      firstDay,
      lastDay,
      freeBusyRoundTrips,
      scheduleCalls,
      busyIntervals: [...freeBusy.busy.values()].reduce((sum, intervals) => sum + intervals.length, 0),
      plannerRuns,
      plannerMs: median(plannerMsPerRun),
      plannerMsPerRun,
      placed: plan!.placed.length,
      unplaced: plan!.unplaced.length,
      bookingBatches,
      booked: outcomes.filter((outcome) => outcome.ok).length,
      eventsInCalendar: events.length
    };
  } finally {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Rows in the bench table's format. */
export function roundReportRows(figures: RoundBenchFigures, locale: BenchLocale): ReportRow[] {
  const number = (value: number, digits = 0): string =>
    new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const yesNo = (isMet: boolean): string => roundText(locale, isMet ? 'yes' : 'no');
  const none = roundText(locale, 'none');
  return [
    {
      figure: roundText(locale, 'figure.freeBusyRoundTrips', figures.mailboxes, figures.scheduleCalls),
      value: number(figures.freeBusyRoundTrips),
      goal: `= ${roundGoals.freeBusyRoundTrips}`,
      met: yesNo(figures.freeBusyRoundTrips <= roundGoals.freeBusyRoundTrips)
    },
    { figure: roundText(locale, 'figure.plannerTime'), value: `${number(figures.plannerMs, 1)} ms`, goal: `< ${roundGoals.plannerMs} ms`, met: yesNo(figures.plannerMs < roundGoals.plannerMs) },
    { figure: roundText(locale, 'figure.placed'), value: `${number(figures.placed)} (${number(figures.unplaced)})`, goal: `= ${figures.departments}`, met: yesNo(figures.placed === figures.departments) },
    {
      figure: roundText(locale, 'figure.bookingBatches'),
      value: number(figures.bookingBatches),
      goal: `≤ ${roundGoals.bookingBatches}`,
      met: yesNo(figures.bookingBatches <= roundGoals.bookingBatches)
    },
    { figure: roundText(locale, 'figure.events'), value: number(figures.eventsInCalendar), goal: `= ${number(figures.placed)}`, met: figures.placed === 0 ? none : yesNo(figures.eventsInCalendar === figures.placed && figures.booked === figures.placed) }
  ];
}
