import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SPFI } from '@pnp/sp';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startEmulator } from '../../../local/emulator/server';
import type { SeedBuilder } from '../../../local/emulator/core/seeding';
import type { SeedName } from '../../../local/seed';
import type { FaultSpec } from '../../../local/emulator/core/faults';
import type { SiteLocale } from '../../../local/emulator/sharepoint/regional';
import { createSpForToken } from '../../../src/data/sp/spFactory';
import { createGraphClient } from '../../../src/scheduling/graphClientFactory';
import { createProductServices } from '../../../src/hosts/productServices';
import type { ProductServices } from '../../../src/app/services';
import { People, readPeople } from './people';

export { coordinator } from './people';

export interface TestEmulator {
  readonly url: string;
  readonly siteUrl: string;
  /** Who can sign in, read once when the emulator started. */
  readonly people: People;
  /** The real PnPjs pipeline of the product, signed in as `login`. */
  sp(login: string): SPFI;
  /** The real Graph client with the product's middleware chain, signed in as `login`. */
  graph(login: string): Client;
  /** The product's services as the hosts compose them, signed in as `login` (one per login). */
  services(login: string): ProductServices;
  injectFault(fault: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  close(): Promise<void>;
}

export interface TestEmulatorOptions {
  /** Changes the seed before it is applied, for a suite that needs a site the demo does not have. */
  readonly seedBuilder?: SeedBuilder;
  /** The site's regional settings; German (de-DE) unless given. */
  readonly siteLocale?: SiteLocale;
}

/** The emulator on a random loopback port with its own temporary data folder. */
export async function startTestEmulator(seed: SeedName = 'demo', options: TestEmulatorOptions = {}): Promise<TestEmulator> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed, seedBuilder: options.seedBuilder, siteLocale: options.siteLocale });
  const siteUrl = `${emulator.url}/sites/integration`;
  const people = await readPeople(emulator.url);
  const sp = (login: string): SPFI => createSpForToken({ siteUrl, getToken: async () => login, retry: { attempts: 4, backoffMs: 20, maxWaitMs: 2000 } });
  const graph = (login: string): Client => createGraphClient({ baseUrl: emulator.url, getToken: async () => login, retryDelaySeconds: 1, maxRetries: 3 });
  const services = new Map<string, ProductServices>();
  return {
    url: emulator.url,
    siteUrl,
    people,
    sp,
    graph,
    services(login) {
      let found = services.get(login);
      if (!found) {
        found = createProductServices({ sp: sp(login), graph: graph(login), siteUrl, locale: 'de-DE' });
        services.set(login, found);
      }
      return found;
    },
    async injectFault(fault) {
      const response = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1', 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
      if (!response.ok) {
        throw new Error(`fault injection failed: ${response.status}`);
      }
    },
    async clearFaults() {
      await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE', headers: { 'X-Emulator-Control': '1' } });
    },
    async close() {
      await emulator.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/**
 * The emulator for a test file: started before its tests, faults cleared after each test (an
 * unused fault would hit the next test's requests), closed afterwards. Call it at the top of a
 * `describe`; use the returned emulator inside hooks and tests registered after it.
 */
export function useTestEmulator(seed: SeedName = 'demo', options: TestEmulatorOptions = {}): TestEmulator {
  let emulator: TestEmulator | undefined;
  const running = (): TestEmulator => {
    if (!emulator) {
      throw new Error('the test emulator is not running: use it inside hooks and tests');
    }
    return emulator;
  };

  // The large seed writes more than 5,000 measures before the emulator answers.
  beforeAll(async () => {
    emulator = await startTestEmulator(seed, options);
  }, 120_000);

  afterEach(async () => {
    await emulator?.clearFaults();
  });

  afterAll(async () => {
    await emulator?.close();
  });

  return {
    get url() {
      return running().url;
    },
    get siteUrl() {
      return running().siteUrl;
    },
    get people() {
      return running().people;
    },
    sp: (login) => running().sp(login),
    graph: (login) => running().graph(login),
    services: (login) => running().services(login),
    injectFault: (fault) => running().injectFault(fault),
    clearFaults: () => running().clearFaults(),
    close: () => running().close()
  };
}
