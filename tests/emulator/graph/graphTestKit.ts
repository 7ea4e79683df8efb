import type { DurableState, EmulatorUser } from '../../../local/emulator/core/types';
import type { Journal } from '../../../local/emulator/core/journal';
import { createGraphService, type GraphService } from '../../../local/emulator/graph';
import type { SeedEvent } from '../../../local/seed/types';

/** An in-memory journal with the core's contract: record applies, then keeps the (JSON-serialised) entry. */
export class MemoryJournal implements Journal {
  public readonly entries: Array<{ namespace: string; op: unknown }> = [];
  private readonly states = new Map<string, DurableState>();

  public register(state: DurableState): void {
    this.states.set(state.namespace, state);
  }

  public record(namespace: string, op: unknown): void {
    const state = this.states.get(namespace);
    if (!state) {
      throw new Error(`no state registered for ${namespace}`);
    }
    const copy = JSON.parse(JSON.stringify(op)) as unknown;
    state.apply(copy);
    this.entries.push({ namespace, op: copy });
  }

  /** Replays every entry into the states registered on `target`, as the core does at start-up. */
  public replayInto(target: MemoryJournal): void {
    for (const entry of this.entries) {
      target.states.get(entry.namespace)?.apply(JSON.parse(JSON.stringify(entry.op)));
      target.entries.push(entry);
    }
  }
}

function user(id: string, login: string, displayName: string, role: 'coordinator' | 'department', department: string | null): EmulatorUser {
  return { id, siteUserId: 10, login, mail: login, displayName, role, department };
}

export const coordinator = user('6b1d6d7e-3c44-4f0e-9a55-0d2d1c1f0a01', 'koordination@stadt.example', 'Kim Koordination', 'coordinator', null);
export const socialOffice = user('6b1d6d7e-3c44-4f0e-9a55-0d2d1c1f0a50', 'fb50@stadt.example', 'Sara Sozialamt', 'department', '50');
export const schoolOffice = user('6b1d6d7e-3c44-4f0e-9a55-0d2d1c1f0a40', 'fb40@stadt.example', 'Theo Schulamt', 'department', '40');
export const users: EmulatorUser[] = [coordinator, socialOffice, schoolOffice];

export const berlin = 'W. Europe Standard Time';
export const origin = 'http://127.0.0.1:4321';

export interface Harness {
  readonly service: GraphService;
  readonly journal: MemoryJournal;
  /** The clock the service sees; tests move it forward. */
  now: Date;
}

export function createHarness(now = new Date('2025-03-20T07:00:00Z'), calendars: Record<string, SeedEvent[]> = {}): Harness {
  const journal = new MemoryJournal();
  const harness = { journal, now } as Harness;
  (harness as { service: GraphService }).service = createGraphService({ journal, users: () => users, now: () => harness.now });
  if (Object.keys(calendars).length > 0) {
    harness.service.seedCalendars(calendars);
  }
  return harness;
}

export interface CallOptions {
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly as?: EmulatorUser;
  /** Absolute URL instead of `origin` + /v1.0 + path (e.g. a nextLink). */
  readonly url?: string;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Record<string, string>;
  // Test code reads arbitrary Graph JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly json: any;
}

/** One Graph call as the core would hand it over: full URL, path below /v1.0, raw body. */
export async function graph(harness: Harness, method: string, pathAndQuery: string, options: CallOptions = {}): Promise<CallResult> {
  const url = new URL(options.url ?? `${origin}/v1.0${pathAndQuery}`);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    headers[name.toLowerCase()] = value;
  }
  const body = options.body === undefined ? Buffer.alloc(0) : Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body));
  const response = await harness.service.handle({
    method,
    url,
    path: url.pathname.replace(/^\/v1\.0/, ''),
    headers,
    body,
    user: options.as ?? coordinator
  });
  const text = response.body === undefined ? '' : response.body.toString();
  return { status: response.status, headers: response.headers ?? {}, json: text === '' ? undefined : JSON.parse(text) };
}

export function slot(dateTime: string, timeZone = berlin): { dateTime: string; timeZone: string } {
  return { dateTime, timeZone };
}

export function meeting(subject: string, start: string, end: string, attendees: string[] = [], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject,
    start: slot(start),
    end: slot(end),
    attendees: attendees.map((address) => ({ type: 'required', emailAddress: { address } })),
    ...extra
  };
}
