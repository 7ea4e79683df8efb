import type { IncomingHttpHeaders } from 'node:http';

export interface EmulatorUser {
  /** Stable GUID derived from the login (the user's Entra object id in Graph). */
  id: string;
  /** The user's id in the site's user information list (SharePoint principal id). */
  siteUserId: number;
  login: string;
  mail: string;
  displayName: string;
  role: 'coordinator' | 'department';
  department: string | null;
  jobTitle?: string;
}

export interface EmulatorRequest {
  /** Upper case; for SharePoint `X-HTTP-Method` is already applied. */
  method: string;
  /** Full URL as the client called it (scheme + Host header), so links keep scheme and host. */
  url: URL;
  /** Path below the service prefix, e.g. '/web/lists' or '/me/calendar/getSchedule' (not decoded further). */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Authenticated user (the core answered 401 already if missing or unknown). */
  user: EmulatorUser;
}

export interface EmulatorResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** In-memory state that is rebuilt from the journal: `apply` must be deterministic. */
export interface DurableState {
  readonly namespace: string;
  apply(op: unknown): void;
  reset(): void;
}
