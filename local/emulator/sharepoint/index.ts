import path from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorRequest, EmulatorResponse, EmulatorUser } from '../core/types';
import type { FileJournal } from '../core/journal';
import type { TenantProperties } from '../core/tenantProperties';
import type { SeedData } from '../../seed/types';
import { formatBatchResponse, parseBatch, type BatchPartResponse } from './batch';
import { SpError, spErrors } from './errors';
import { jsonContentType, metadataLevelOf, renderError, type MetadataLevel } from './metadata';
import { UserPermissions } from './permissions';
import { type RouteResult, type SpCall } from './routes/call';
import { parseSegments } from './routes/path';
import { contextInfoRoute, webRoute } from './routes/web';
import { regionalSettingsOf, type SiteLocale } from './regional';
import { loadSchema } from './schema';
import { SecurityStore } from './security';
import { seedSharePoint, type SeededPrincipals } from './seeding';
import { webServerRelativeUrl, type SiteContext } from './site';
import { ListStore } from './store';

export const sharePointApiPrefix = `${webServerRelativeUrl}/_api`;

/** Where the solution's list schema lives (`sharepoint/assets` of the repository). */
export const defaultSchemaDir = path.resolve(__dirname, '../../../sharepoint/assets');

export interface SharePointServiceDeps {
  readonly journal: FileJournal;
  users(): EmulatorUser[];
  now(): Date;
  readonly schemaDir?: string;
  /** The site's regional settings; German unless a test needs another locale. */
  readonly siteLocale?: SiteLocale;
  readonly tenantProperties?: TenantProperties;
}

export interface SharePointService {
  /** Answers one request; `req.path` is below `/sites/integration/_api`. */
  handle(req: EmulatorRequest): Promise<EmulatorResponse>;
  /** Fills a fresh site from the seed; returns the site user id of every seeded login. */
  seed(data: SeedData): SeededPrincipals;
}

interface PlainCall {
  readonly method: string;
  readonly url: URL;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly user: EmulatorUser;
}

/** The SharePoint REST half of the emulator. */
export function createSharePointService(deps: SharePointServiceDeps): SharePointService {
  const lists = loadSchema(deps.schemaDir ?? defaultSchemaDir);
  const store = new ListStore(deps.journal, lists);
  const security = new SecurityStore(deps.journal);
  const regional = regionalSettingsOf(deps.siteLocale);
  const tenantProperties = deps.tenantProperties ?? new Map();

  function execute(call: PlainCall): { result?: RouteResult; error?: SpError; level: MetadataLevel } {
    const level = metadataLevelOf(call.headers.accept);
    try {
      const digest = call.headers['x-requestdigest'];
      if (call.method !== 'GET' && digest !== undefined && (typeof digest !== 'string' || digest.trim() === '')) {
        throw spErrors.invalidDigest();
      }
      const context: SiteContext = { store, security, origin: call.url.origin, now: deps.now, user: call.user, users: deps.users, regional, tenantProperties };
      const spCall: SpCall = { context, method: call.method, url: call.url, path: call.path, headers: call.headers, body: call.body, level, permissions: new UserPermissions(security, store, call.user.siteUserId) };
      const segments = parseSegments(call.path);
      const [first, ...rest] = segments;
      if (!first) {
        throw spErrors.notFound('_api');
      }
      switch (first.lower) {
        case 'web':
          return { result: webRoute(spCall, rest), level };
        case 'contextinfo':
          return { result: contextInfoRoute(spCall), level };
        case 'sp.web.getcontextwebinformation':
          return { result: contextInfoRoute(spCall), level };
        default:
          throw spErrors.notFound(first.name);
      }
    } catch (error) {
      if (error instanceof SpError) {
        return { error, level };
      }
      console.error('SharePoint emulator failure', error);
      return { error: new SpError(500, '-2146233088, System.InvalidOperationException', error instanceof Error ? error.message : String(error)), level };
    }
  }

  function toParts(outcome: ReturnType<typeof execute>): { status: number; headers: Record<string, string>; body?: string | Buffer } {
    const common = { 'X-SharePointHealthScore': '0', DataServiceVersion: '3.0', 'SPRequestGuid': globalThis.crypto.randomUUID() };
    if (outcome.error) {
      return {
        status: outcome.error.status,
        headers: { ...common, 'Content-Type': jsonContentType(outcome.level), ...outcome.error.headers },
        body: JSON.stringify(renderError(outcome.level, outcome.error.code, outcome.error.message))
      };
    }
    const result = outcome.result!;
    if (result.raw) {
      return { status: result.status, headers: { ...common, 'Content-Type': result.contentType ?? 'application/octet-stream', ...result.headers }, body: result.raw };
    }
    if (result.json === undefined) {
      return { status: result.status, headers: { ...common, ...result.headers } };
    }
    return { status: result.status, headers: { ...common, 'Content-Type': jsonContentType(outcome.level), ...result.headers }, body: JSON.stringify(result.json) };
  }

  function batch(req: EmulatorRequest): EmulatorResponse {
    const parts = parseBatch(typeof req.headers['content-type'] === 'string' ? req.headers['content-type'] : undefined, req.body);
    // One fsync for the whole batch: nothing is acknowledged before the response is sent.
    const responses: BatchPartResponse[] = deps.journal.group(() =>
      parts.map((part) => {
        let url: URL;
        try {
          url = new URL(part.url, req.url);
        } catch {
          return toBatchPart({ error: spErrors.badRequest(`Invalid URL in $batch: ${part.url}`), level: metadataLevelOf(part.headers.accept) });
        }
        const prefix = sharePointApiPrefix.toLowerCase();
        const pathname = url.pathname;
        if (!pathname.toLowerCase().startsWith(prefix)) {
          return toBatchPart({ error: spErrors.notFound(pathname), level: metadataLevelOf(part.headers.accept) });
        }
        return toBatchPart(execute({ method: part.method, url, path: pathname.slice(prefix.length), headers: part.headers, body: part.body, user: req.user }));
      })
    );
    const formatted = formatBatchResponse(responses);
    return { status: 200, headers: { 'Content-Type': formatted.contentType }, body: formatted.body };
  }

  function toBatchPart(outcome: ReturnType<typeof execute>): BatchPartResponse {
    const parts = toParts(outcome);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(parts.headers)) {
      if (/^(content-type|etag|location)$/i.test(name)) {
        headers[name.toUpperCase() === 'CONTENT-TYPE' ? 'CONTENT-TYPE' : name] = value;
      }
    }
    const body = parts.body === undefined ? '' : Buffer.isBuffer(parts.body) ? parts.body.toString('utf8') : parts.body;
    return { status: parts.status, headers, body };
  }

  return {
    async handle(req) {
      if (req.path.replace(/\/+$/, '').toLowerCase() === '/$batch') {
        if (req.method !== 'POST') {
          return toParts({ error: spErrors.methodNotAllowed(), level: metadataLevelOf(req.headers.accept) });
        }
        try {
          return batch(req);
        } catch (error) {
          if (error instanceof SpError) {
            return toParts({ error, level: metadataLevelOf(req.headers.accept) });
          }
          throw error;
        }
      }
      return toParts(execute({ method: req.method, url: req.url, path: req.path, headers: req.headers, body: req.body, user: req.user }));
    },
    seed(data) {
      return seedSharePoint(store, security, data, deps.now());
    }
  };
}
