import type { IncomingHttpHeaders } from 'node:http';
import { spErrors } from '../errors';
import { renderCollection, renderComplex, renderPrimitive, renderSingle, type ComplexValue, type Entity, type MetadataLevel } from '../metadata';
import type { UserPermissions } from '../permissions';
import { serviceRootOf, type SiteContext } from '../site';

/** One SharePoint REST call (a plain request or one part of a `$batch`). */
export interface SpCall {
  readonly context: SiteContext;
  readonly method: string;
  readonly url: URL;
  /** Path below `/_api`, e.g. "/web/lists/getbytitle('Maßnahmen')/items". */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly level: MetadataLevel;
  readonly permissions: UserPermissions;
}

export interface RouteResult {
  readonly status: number;
  /** JSON body (already in the requested metadata level). */
  readonly json?: unknown;
  /** Binary body (file content). */
  readonly raw?: Buffer;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

export function metadataUrl(call: SpCall, fragment: string): string {
  return `${serviceRootOf(call.context)}/$metadata#${fragment}`;
}

export function single(call: SpCall, fragment: string, entity: Entity, status = 200, headers?: Record<string, string>): RouteResult {
  return { status, json: renderSingle(call.level, metadataUrl(call, fragment), entity), headers };
}

export function collection(call: SpCall, fragment: string, entities: readonly Entity[], nextLink?: string): RouteResult {
  return { status: 200, json: renderCollection(call.level, metadataUrl(call, fragment), entities, nextLink) };
}

export function primitive(call: SpCall, fragment: string, name: string, value: unknown): RouteResult {
  return { status: 200, json: renderPrimitive(call.level, metadataUrl(call, fragment), name, value) };
}

export function complex(call: SpCall, fragment: string, name: string, value: ComplexValue): RouteResult {
  return { status: 200, json: renderComplex(call.level, metadataUrl(call, fragment), name, value) };
}

export function noContent(headers?: Record<string, string>): RouteResult {
  return { status: 204, headers };
}

export function expectMethod(call: SpCall, ...methods: string[]): void {
  if (!methods.includes(call.method)) {
    throw spErrors.methodNotAllowed();
  }
}
