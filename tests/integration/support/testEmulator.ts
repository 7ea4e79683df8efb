import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SPFI } from '@pnp/sp';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startEmulator } from '../../../local/emulator/server';
import type { SeedName } from '../../../local/seed';
import type { FaultSpec } from '../../../local/emulator/core/faults';
import { createSpForToken } from '../../../src/data/sp/spFactory';
import { createGraphClient } from '../../../src/scheduling/graphClientFactory';

export const coordinator = 'koordination@stadt.example';


export interface TestEmulator {
  readonly url: string;
  readonly siteUrl: string;
  /** The real PnPjs pipeline of the product, signed in as `login`. */
  sp(login: string): SPFI;
  /** The real Graph client with the product's middleware chain, signed in as `login`. */
  graph(login: string): Client;
  injectFault(fault: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  users(): Promise<Array<{ login: string; displayName: string; role: string; department: string | null }>>;
  close(): Promise<void>;
}

/** The emulator on a random loopback port with its own temporary data folder. */
export async function startTestEmulator(seed: SeedName = 'demo'): Promise<TestEmulator> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-'));
  const emulator = await startEmulator({ port: 0, dataDir, seed });
  const siteUrl = `${emulator.url}/sites/integration`;
  return {
    url: emulator.url,
    siteUrl,
    sp: (login) => createSpForToken({ siteUrl, getToken: async () => login, retry: { attempts: 4, backoffMs: 20, maxWaitMs: 2000 } }),
    graph: (login) => createGraphClient({ baseUrl: emulator.url, getToken: async () => login, retryDelaySeconds: 1, maxRetries: 3 }),
    async injectFault(fault) {
      const response = await fetch(`${emulator.url}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
      if (!response.ok) {
        throw new Error(`fault injection failed: ${response.status}`);
      }
    },
    async clearFaults() {
      await fetch(`${emulator.url}/_emulator/faults`, { method: 'DELETE' });
    },
    async users() {
      return (await (await fetch(`${emulator.url}/_emulator/users`)).json()) as Array<{ login: string; displayName: string; role: string; department: string | null }>;
    },
    async close() {
      await emulator.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}
