import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
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
  close(): Promise<void>;
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
    async close() {
      await emulator.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(staticDir, { recursive: true, force: true });
    }
  };
}
