import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
import { controlHeader } from '../../../local/emulator/core/controlApi';
import type { FaultSpec } from '../../../local/emulator/core/faults';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWorkbench } = require('../../../scripts/buildWorkbench');

export interface WorkbenchUser {
  readonly login: string;
  readonly role: string;
  readonly department: string | null;
}

export interface RunningWorkbench {
  readonly url: string;
  readonly users: readonly WorkbenchUser[];
  /** Faults of the local SharePoint/Graph for the next matching requests (the control API's POST /_emulator/faults). */
  injectFault(fault: FaultSpec): Promise<Response>;
  clearFaults(): Promise<void>;
  /** A simulated attendee answer to an Outlook event (POST /_emulator/responses). */
  respond(answer: { eventId?: string; attendee: string; response: string }): Promise<Response>;
  close(): Promise<void>;
}

/** State-changing control calls carry the header the emulator asks for (no other origin can send it). */
function control(url: string, method: 'POST' | 'DELETE', body?: unknown): Promise<Response> {
  return fetch(url, {
    method,
    headers: { [controlHeader]: '1', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  });
}

/** The workbench page as `npm start` serves it, on a random port with fresh demo data. */
export async function startWorkbench(): Promise<RunningWorkbench> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-e2e-'));
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-wb-'));
  await buildWorkbench(staticDir);
  const emulator = await startEmulator({ port: 0, dataDir, seed: 'demo', staticDir });
  const users = (await (await fetch(`${emulator.url}/_emulator/users`)).json()) as WorkbenchUser[];
  return {
    url: emulator.url,
    users,
    injectFault: (fault) => control(`${emulator.url}/_emulator/faults`, 'POST', fault),
    async clearFaults() {
      await control(`${emulator.url}/_emulator/faults`, 'DELETE');
    },
    respond: (answer) => control(`${emulator.url}/_emulator/responses`, 'POST', answer),
    async close() {
      await emulator.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(staticDir, { recursive: true, force: true });
    }
  };
}
