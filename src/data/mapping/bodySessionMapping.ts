import { BodyChoices, SessionStatusChoices, agendaItemsOf, agendaItemsToText, isoDay, localDate } from '../../domain';
import { wallClockToUtc } from '../../domain/wallClockTime';
import type { BodySession, BodySessionChanges, NewBodySession } from '../../domain';
import { etagOf, numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const bodySessionSelect = ['Id', 'Title', 'Body', 'SessionDate', 'PaperNumber', 'AgendaItems', 'Decisions', 'PlanPeriodId', 'SessionStatus', 'EventId'] as const;

/** A date-only column holds midnight in Germany as a UTC instant (2019-03-14T23:00:00Z for the 15th). */
export function sessionDateValue(day: string): string {
  return wallClockToUtc(`${day}T00:00`);
}

function dayOf(value: unknown): string {
  const day = typeof value === 'string' ? localDate(value) : undefined;
  return day ? isoDay(day) : '';
}

export function toBodySession(row: Row): BodySession {
  const paperNumber = optionalText(row.PaperNumber);
  const decisions = optionalText(row.Decisions);
  const planPeriodId = optionalNumber(row.PlanPeriodId);
  const status = SessionStatusChoices.toCode(row.SessionStatus);
  const eventId = optionalText(row.EventId);
  const etag = etagOf(row);
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    // A required column; an item typed by hand without it still shows, as a steering group session.
    body: BodyChoices.toCode(row.Body) ?? 'steeringGroup',
    date: dayOf(row.SessionDate),
    ...(paperNumber ? { paperNumber } : {}),
    agendaItems: agendaItemsOf(optionalText(row.AgendaItems)),
    ...(decisions ? { decisions } : {}),
    ...(planPeriodId !== undefined ? { planPeriodId } : {}),
    ...(status ? { status } : {}),
    ...(eventId ? { eventId } : {}),
    ...(etag ? { etag } : {})
  };
}

/** The columns of a change; a property set to undefined clears nothing, an empty text clears the column. */
export function bodySessionFields(changes: BodySessionChanges): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const set = (name: string, value: unknown): void => {
    if (value !== undefined) {
      fields[name] = value;
    }
  };
  set('Title', changes.title);
  set('Body', changes.body && BodyChoices.toLabel(changes.body));
  set('SessionDate', changes.date && sessionDateValue(changes.date));
  set('PaperNumber', changes.paperNumber === undefined ? undefined : changes.paperNumber || null);
  set('AgendaItems', changes.agendaItems && agendaItemsToText(changes.agendaItems));
  set('Decisions', changes.decisions === undefined ? undefined : changes.decisions || null);
  set('PlanPeriodId', changes.planPeriodId);
  set('SessionStatus', changes.status && SessionStatusChoices.toLabel(changes.status));
  set('EventId', changes.eventId === undefined ? undefined : changes.eventId || null);
  return fields;
}

export function bodySessionCreationFields(session: NewBodySession): Record<string, unknown> {
  const { createKey, ...content } = session;
  return { ...bodySessionFields(content), CreateKey: createKey };
}
