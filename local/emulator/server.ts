import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SeedName } from '../seed';
import { authenticate, unauthorized, type Service } from './core/auth';
import { handleControl } from './core/controlApi';
import { FaultInjector, faultResponse } from './core/faults';
import { delay, readBody, requestUrl, send } from './core/http';
import { FileJournal } from './core/journal';
import { applySeed, SeedRecord, type SeedBuilder } from './core/seeding';
import { serveStatic } from './core/staticFiles';
import { tenantPropertiesOf, type StorageEntity } from './core/tenantProperties';
import type { EmulatorResponse } from './core/types';
import { UserDirectory } from './core/users';
import { createGraphService } from './graph';
import { createSharePointService, sharePointApiPrefix } from './sharepoint';
import type { SiteLocale } from './sharepoint/regional';
import { officeWebRedirect } from './sharepoint/officeWebLinks';

export interface EmulatorOptions {
  /** 0 = a free port. */
  readonly port: number;
  readonly dataDir: string;
  readonly seed?: SeedName;
  readonly staticDir?: string;
  readonly now?: () => Date;
  /** The list schema XML; defaults to the solution's `sharepoint/assets`. */
  readonly schemaDir?: string;
  /** Seed data source; defaults to `buildSeed` from `local/seed`. */
  readonly seedBuilder?: SeedBuilder;
  /** The site's regional settings (decimal separator, date format); German like the product's sites. */
  readonly siteLocale?: SiteLocale;
  /** Tenant properties (storage entities), e.g. `{ IntegrationsplanungSiteUrl: '/sites/integration' }`; none by default. */
  readonly tenantProperties?: Readonly<Record<string, string | StorageEntity>>;
}

export interface RunningEmulator {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  close(): Promise<void>;
}

const graphPrefix = '/v1.0';
const controlPrefix = '/_emulator/';

/** Methods SharePoint lets clients tunnel through POST with `X-HTTP-Method`. */
const tunnelledMethods = new Set(['MERGE', 'PATCH', 'PUT', 'DELETE']);

async function defaultSeedBuilder(): Promise<SeedBuilder> {
  const module = await import('../seed');
  return module.buildSeed;
}

/** Starts the local SharePoint + Graph stand-in on 127.0.0.1; loopback only, never another interface. */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const now = options.now ?? (() => new Date());
  const startSeed: SeedName = options.seed ?? 'demo';
  const journal = new FileJournal(options.dataDir);
  const users = new UserDirectory(journal);
  const record = new SeedRecord(journal);
  const faults = new FaultInjector();
  const sharePoint = createSharePointService({ journal, users: () => users.all(), now, schemaDir: options.schemaDir, siteLocale: options.siteLocale, tenantProperties: tenantPropertiesOf(options.tenantProperties) });
  const graph = createGraphService({ journal, users: () => users.all(), now, takeFault: (pathAndQuery) => faults.take(pathAndQuery, { withStatus: true }) });
  journal.load();

  const seedBuilder = options.seedBuilder ?? (await defaultSeedBuilder());
  const seed = (name: SeedName): void => {
    applySeed({ journal, users, sharePoint, graph, record, now: now() }, name, seedBuilder(name, now()));
  };
  // Idempotent: a data directory that already holds data is not seeded again.
  if (journal.isEmpty) {
    seed(startSeed);
  }

  const reset = async (name: SeedName | undefined): Promise<void> => {
    journal.wipe();
    seed(name ?? startSeed);
  };

  async function route(req: http.IncomingMessage, url: URL, body: Buffer): Promise<EmulatorResponse> {
    const method = (req.method ?? 'GET').toUpperCase();
    const pathname = url.pathname;
    if (pathname.startsWith(controlPrefix)) {
      return handleControl(
        { faults, users: () => users.all(), reset, simulateResponse: (payload) => graph.simulateResponse(payload as Parameters<typeof graph.simulateResponse>[0]), sentMail: () => graph.sentMail() },
        { method, path: pathname, headers: req.headers, body },
        (server.address() as AddressInfo).port
      );
    }
    const lowerPath = pathname.toLowerCase();
    const service: Service | undefined = lowerPath === sharePointApiPrefix.toLowerCase() || lowerPath.startsWith(`${sharePointApiPrefix.toLowerCase()}/`) ? 'sharepoint' : pathname === graphPrefix || pathname.startsWith(`${graphPrefix}/`) ? 'graph' : undefined;

    const fault = faults.take(`${pathname}${url.search}`);
    if (fault) {
      if (fault.latencyMs > 0) {
        await delay(fault.latencyMs);
      }
      if (fault.status !== undefined) {
        if (fault.afterProcessing) {
          // The request takes effect; only its answer is lost.
          await serve(req, url, body, method, service);
        }
        return faultResponse(service ?? 'other', { ...fault, status: fault.status }, now());
      }
    }
    return serve(req, url, body, method, service);
  }

  async function serve(req: http.IncomingMessage, url: URL, body: Buffer, method: string, service: Service | undefined): Promise<EmulatorResponse> {
    const pathname = url.pathname;
    if (!service) {
      const officeWeb = officeWebRedirect(method, url);
      if (officeWeb) {
        return officeWeb;
      }
      if (options.staticDir) {
        return serveStatic(options.staticDir, pathname, method);
      }
      return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not Found' };
    }
    const auth = authenticate(req.headers, (login) => users.find(login));
    if (!('user' in auth)) {
      return unauthorized(service, auth.failure);
    }
    if (service === 'sharepoint') {
      const override = req.headers['x-http-method'];
      const effective = method === 'POST' && typeof override === 'string' && tunnelledMethods.has(override.toUpperCase()) ? override.toUpperCase() : method;
      return sharePoint.handle({ method: effective, url, path: pathname.slice(sharePointApiPrefix.length), headers: req.headers, body, user: auth.user });
    }
    return graph.handle({ method, url, path: pathname.slice(graphPrefix.length), headers: req.headers, body, user: auth.user });
  }

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const body = await readBody(req);
        const url = requestUrl(req, `127.0.0.1:${(server.address() as AddressInfo).port}`);
        send(res, await route(req, url, body));
      } catch (error) {
        console.error('emulator request failed', error);
        if (!res.headersSent) {
          send(res, { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Internal emulator error' });
        } else {
          res.destroy();
        }
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      journal.close();
    }
  };
}
