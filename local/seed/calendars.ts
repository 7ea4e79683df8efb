import type { SharedAppointment } from './governance';
import { departments } from './organisation';
import { createRandom, type Random } from './random';
import type { SeedEvent, SeedUser } from './types';
import { addDays, compareDates, formatDate, isWeekend, seedTimeZone, wallClock, weekdayOf, type LocalDate } from './wallClock';

/**
 * Outlook calendars for every user from four weeks before to sixteen weeks after `today`, so
 * that free/busy look like a real administration: weekly team meetings, appointments between
 * 8 and 17 o'clock (some tentative), holidays, days working elsewhere, and the office's
 * own meetings in the calendars of everyone invited.
 */

const weeksBefore = 4;
const weeksAfter = 16;
const dayStart = 8 * 60;
const dayEnd = 17 * 60;

const subjects = [
  'Dienstbesprechung',
  'Abstimmung Haushalt',
  'Arbeitskreis Integration',
  'Telefonkonferenz mit dem Jobcenter',
  'Gespräch mit freiem Träger',
  'Vorbereitung Ausschusssitzung',
  'Netzwerktreffen Quartier',
  'Projektgruppe Digitalisierung',
  'Bürgersprechstunde',
  'Bewerbungsgespräche',
  'Ortstermin',
  'Abstimmung mit der Fachbereichsleitung',
  'Fachtag Vielfalt',
  'Steuerungsrunde Sozialraum',
  'Jour fixe mit der Dezernentin'
];
const locations = ['Rathaus, Raum 1.12', 'Stadthaus, Besprechungsraum 3', 'Microsoft Teams-Besprechung', 'Rathaus, Sitzungssaal 1', 'Technisches Rathaus, Raum 4.07'];

interface Slot {
  readonly start: number;
  readonly end: number;
}

function overlaps(slots: readonly Slot[], candidate: Slot): boolean {
  return slots.some((slot) => candidate.start < slot.end && slot.start < candidate.end);
}

function allDay(subject: string, first: LocalDate, days: number, showAs: SeedEvent['showAs']): SeedEvent {
  return { subject, start: wallClock(first, 0), end: wallClock(addDays(first, days), 0), timeZone: seedTimeZone, showAs, isAllDay: true };
}

/** One or two holidays of three to five working days, somewhere in the window, clear of the office's meetings. */
function holidays(random: Random, windowStart: LocalDate, windowDays: number, fixedDays: ReadonlySet<string>): Array<{ first: LocalDate; days: number }> {
  const blocks: Array<{ first: LocalDate; days: number }> = [];
  const wanted = random.int(1, 2);
  for (let attempt = 0; attempt < 8 && blocks.length < wanted; attempt += 1) {
    // Start on a Monday so the block covers working days only.
    let first = addDays(windowStart, random.int(0, windowDays - 7));
    first = addDays(first, (8 - weekdayOf(first)) % 7);
    const days = random.int(3, 5);
    const coversFixed = Array.from({ length: days }, (_, offset) => formatDate(addDays(first, offset))).some((day) => fixedDays.has(day));
    const isNearOther = blocks.some((other) => Math.abs(compareDates(other.first, first)) < 14 * 86400_000);
    if (!coversFixed && !isNearOther) {
      blocks.push({ first, days });
    }
  }
  return blocks;
}

export function buildCalendars(users: readonly SeedUser[], today: LocalDate, appointments: readonly SharedAppointment[]): Record<string, SeedEvent[]> {
  const calendars: Record<string, SeedEvent[]> = {};
  const windowStart = addDays(today, -weeksBefore * 7);
  const windowDays = (weeksBefore + weeksAfter) * 7;
  for (const user of users) {
    const random = createRandom(`calendar:${user.login}:${formatDate(today)}`);
    const events: SeedEvent[] = [];
    const timed = new Map<string, Slot[]>();
    const slotsOf = (date: LocalDate): Slot[] => {
      const key = formatDate(date);
      const slots = timed.get(key) ?? [];
      timed.set(key, slots);
      return slots;
    };

    const invitations = appointments.filter((candidate) => candidate.attendees.includes(user.login));
    const away = new Set<string>();
    for (const block of holidays(random, windowStart, windowDays, new Set(invitations.map((appointment) => formatDate(appointment.date))))) {
      events.push(allDay('Urlaub', block.first, block.days, 'oof'));
      for (let offset = 0; offset < block.days; offset += 1) {
        away.add(formatDate(addDays(block.first, offset)));
      }
    }

    // The office's own meetings first: they are fixed, everything else fits around them.
    for (const appointment of invitations) {
      const date = appointment.date;
      if (compareDates(date, windowStart) < 0 || compareDates(date, addDays(windowStart, windowDays)) >= 0) {
        continue;
      }
      slotsOf(date).push({ start: appointment.start, end: appointment.end });
      events.push({ subject: appointment.subject, start: wallClock(date, appointment.start), end: wallClock(date, appointment.end), timeZone: seedTimeZone, showAs: 'busy', location: appointment.location });
    }

    const teamDay = user.department === null ? 1 : 1 + (departments.findIndex((department) => department.number === user.department) % 5);
    const teamSubject = user.department === null ? 'Jour fixe Büro für Integration' : `Teambesprechung FB ${user.department}`;
    for (let offset = 0; offset < windowDays; offset += 1) {
      const date = addDays(windowStart, offset);
      if (isWeekend(date) || away.has(formatDate(date))) {
        continue;
      }
      const slots = slotsOf(date);
      if (weekdayOf(date) === teamDay) {
        const team = { start: 9 * 60, end: 10 * 60 };
        if (!overlaps(slots, team)) {
          slots.push(team);
          events.push({ subject: teamSubject, start: wallClock(date, team.start), end: wallClock(date, team.end), timeZone: seedTimeZone, showAs: 'busy', location: 'Rathaus, Raum 1.12' });
        }
      }
      if (random.chance(0.08)) {
        events.push(allDay(random.chance(0.5) ? 'Mobiles Arbeiten' : 'Außendienst', date, 1, 'workingElsewhere'));
      }
      if (random.chance(0.03)) {
        const start = random.pick([8 * 60, 14 * 60]);
        const slot = { start, end: start + 120 };
        if (!overlaps(slots, slot)) {
          slots.push(slot);
          events.push({ subject: 'Arzttermin', start: wallClock(date, slot.start), end: wallClock(date, slot.end), timeZone: seedTimeZone, showAs: 'oof' });
        }
      }
      const meetings = random.int(0, 3);
      for (let meeting = 0, attempts = 0; meeting < meetings && attempts < 10; attempts += 1) {
        const duration = random.pick([30, 60, 60, 90, 120]);
        const start = dayStart + random.int(0, (dayEnd - duration - dayStart) / 30) * 30;
        const slot = { start, end: start + duration };
        if (overlaps(slots, slot)) {
          continue;
        }
        slots.push(slot);
        meeting += 1;
        events.push({
          subject: random.pick(subjects),
          start: wallClock(date, slot.start),
          end: wallClock(date, slot.end),
          timeZone: seedTimeZone,
          showAs: random.chance(0.15) ? 'tentative' : 'busy',
          location: random.pick(locations)
        });
      }
    }
    events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.subject.localeCompare(b.subject)));
    calendars[user.login] = events;
  }
  return calendars;
}
