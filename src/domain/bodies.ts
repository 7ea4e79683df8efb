import { choiceTable } from './choices';
import type { SessionStatus } from './choices';

/**
 * The bodies the plan goes through (council paper): the steering group steers the work, the
 * accompanying advisory board (begleitender Beirat) discusses reports and goal changes, the
 * committee decides them, the council adopts each update (Fortschreibung).
 */
export type Body = 'steeringGroup' | 'advisoryBoard' | 'committee' | 'council';
export const BodyChoices = choiceTable<Body>({ steeringGroup: 'Steuerungsgruppe', advisoryBoard: 'Beirat', committee: 'Ausschuss', council: 'Rat' });

/** What an agenda item dealt with: a report, a goal change or a plan period, by its item id. */
export type AgendaSubject = { readonly kind: 'report' | 'goalChange' | 'planPeriod'; readonly id: number };

export interface AgendaItem {
  readonly title: string;
  readonly subject?: AgendaSubject;
}

/** A session of one body (Gremiensitzung). */
export interface BodySession {
  readonly id: number;
  readonly title: string;
  readonly body: Body;
  /** ISO day of the session. */
  readonly date: string;
  /** The council paper's number (Drucksache), when the session dealt with one. */
  readonly paperNumber?: string;
  readonly agendaItems: readonly AgendaItem[];
  readonly decisions?: string;
  readonly planPeriodId?: number;
  /** Planned, booked, held or cancelled; sessions typed in by hand before the column existed have none. */
  readonly status?: SessionStatus;
  /** The Outlook event of a booked session. */
  readonly eventId?: string;
  readonly etag?: string;
}

/** A session to record: its fields without the id and version SharePoint gives it. */
export interface NewBodySession extends Omit<BodySession, 'id' | 'etag'> {
  /** Generated once per create (`newCreateKey`) and kept for its repeats. */
  readonly createKey: string;
}

export type BodySessionChanges = Partial<Pick<BodySession, 'title' | 'body' | 'date' | 'paperNumber' | 'agendaItems' | 'decisions' | 'planPeriodId' | 'status' | 'eventId'>>;

const subjectKinds: ReadonlySet<string> = new Set(['report', 'goalChange', 'planPeriod']);

/** Agenda items as the AgendaItems column stores them: JSON, so the links to their subjects survive. */
export function agendaItemsToText(items: readonly AgendaItem[]): string {
  return JSON.stringify(items.map((item) => (item.subject ? { title: item.title, subject: { kind: item.subject.kind, id: item.subject.id } } : { title: item.title })));
}

/**
 * The agenda items of a stored AgendaItems value. The office may also type the agenda into the
 * SharePoint form by hand, one item per line; such lines are items without a subject.
 */
export function agendaItemsOf(stored: string | undefined): AgendaItem[] {
  const value = stored?.trim() ?? '';
  if (value === '') {
    return [];
  }
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) {
        return parsed.flatMap(toAgendaItem);
      }
    } catch {
      // Not our JSON after all: read it as lines below.
    }
  }
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((title) => ({ title }));
}

function toAgendaItem(entry: unknown): AgendaItem[] {
  if (typeof entry === 'string') {
    return entry.trim() ? [{ title: entry.trim() }] : [];
  }
  const record = entry as { title?: unknown; subject?: { kind?: unknown; id?: unknown } } | null;
  if (!record || typeof record.title !== 'string' || record.title.trim() === '') {
    return [];
  }
  const subject = record.subject;
  const isSubject = subject && typeof subject.kind === 'string' && subjectKinds.has(subject.kind) && typeof subject.id === 'number' && Number.isInteger(subject.id);
  return [isSubject ? { title: record.title.trim(), subject: { kind: subject.kind as AgendaSubject['kind'], id: subject.id as number } } : { title: record.title.trim() }];
}

/** Sessions in the order of the cycle: by date, and on one day the board before the committee before the council. */
export function compareSessions(a: Pick<BodySession, 'date' | 'body'>, b: Pick<BodySession, 'date' | 'body'>): number {
  return a.date.localeCompare(b.date) || BodyChoices.codes.indexOf(a.body) - BodyChoices.codes.indexOf(b.body);
}
