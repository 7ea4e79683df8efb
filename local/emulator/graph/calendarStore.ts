import type { DurableState } from '../core/types';
import type { Journal } from '../core/journal';
import type { StoredEvent } from './types';

export const graphNamespace = 'graph';

/**
 * The one kind of journal entry: a set of event writes and removals across mailboxes that
 * belongs to one client action (an invitation lands in every attendee's calendar, or in none).
 * Every generated value (ids, timestamps) is inside the entry, so replay is exact.
 */
export interface CalendarOp {
  readonly kind: 'calendar';
  readonly puts: ReadonlyArray<{ readonly mailbox: string; readonly event: StoredEvent }>;
  readonly removes: ReadonlyArray<{ readonly mailbox: string; readonly id: string }>;
}

export interface LocatedEvent {
  readonly mailbox: string;
  readonly event: StoredEvent;
}

function isCalendarOp(op: unknown): op is CalendarOp {
  const candidate = op as Partial<CalendarOp> | null;
  return typeof candidate === 'object' && candidate !== null && candidate.kind === 'calendar' && Array.isArray(candidate.puts) && Array.isArray(candidate.removes);
}

/** Events per mailbox (keyed by the user's id), durable through the core's journal. */
export class CalendarStore implements DurableState {
  public readonly namespace = graphNamespace;
  private readonly mailboxes = new Map<string, Map<string, StoredEvent>>();

  public constructor(private readonly journal: Journal) {
    journal.register(this);
  }

  public apply(op: unknown): void {
    if (!isCalendarOp(op)) {
      throw new Error(`Unknown ${graphNamespace} journal entry: ${JSON.stringify(op).slice(0, 200)}`);
    }
    for (const { mailbox, id } of op.removes) {
      this.mailboxes.get(mailbox)?.delete(id);
    }
    for (const { mailbox, event } of op.puts) {
      let events = this.mailboxes.get(mailbox);
      if (!events) {
        events = new Map();
        this.mailboxes.set(mailbox, events);
      }
      events.set(event.id, event);
    }
  }

  public reset(): void {
    this.mailboxes.clear();
  }

  /** Journals (and thereby applies) one client action; returns once it is on disk. */
  public commit(puts: CalendarOp['puts'], removes: CalendarOp['removes'] = []): void {
    if (puts.length === 0 && removes.length === 0) {
      return;
    }
    const op: CalendarOp = { kind: 'calendar', puts, removes };
    this.journal.record(this.namespace, op);
  }

  /** The mailbox's events in the order they were created. */
  public events(mailbox: string): StoredEvent[] {
    return [...(this.mailboxes.get(mailbox)?.values() ?? [])];
  }

  public find(mailbox: string, id: string): StoredEvent | undefined {
    return this.mailboxes.get(mailbox)?.get(id);
  }

  public findByICalUId(mailbox: string, iCalUId: string): StoredEvent | undefined {
    for (const event of this.mailboxes.get(mailbox)?.values() ?? []) {
      if (event.iCalUId === iCalUId) {
        return event;
      }
    }
    return undefined;
  }

  /** Every copy of a meeting, in every mailbox. */
  public copiesOf(iCalUId: string): LocatedEvent[] {
    const copies: LocatedEvent[] = [];
    for (const [mailbox, events] of this.mailboxes) {
      for (const event of events.values()) {
        if (event.iCalUId === iCalUId) {
          copies.push({ mailbox, event });
        }
      }
    }
    return copies;
  }

  public findAnywhere(id: string): LocatedEvent | undefined {
    for (const [mailbox, events] of this.mailboxes) {
      const event = events.get(id);
      if (event) {
        return { mailbox, event };
      }
    }
    return undefined;
  }

  public allMailboxes(): string[] {
    return [...this.mailboxes.keys()];
  }
}
