import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call, coordinator, fixtureSchemaDir, json } from '../sharepoint/support/harness';

const root = path.resolve(__dirname, '../../..');
const items = "/sites/integration/_api/web/lists/getbytitle('Ma%C3%9Fnahmen')/items";

const nodeBinary = fs.existsSync(path.join(root, 'node_modules/.bin/node')) ? path.join(root, 'node_modules/.bin/node') : process.execPath;

/**
 * Starts the CLI as its own process and resolves with its URL once it prints `listening on …`.
 * Runs node with tsx's loader rather than the `tsx` binary: that one forwards to a child
 * process, and a SIGKILL (which cannot be forwarded) would leave the real server running.
 */
function startCli(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    nodeBinary,
    ['--import', 'tsx', 'local/emulator/cli.ts', '--port', '0', '--data', dataDir, '--seed', 'demo', '--schema', fixtureSchemaDir, '--seed-module', path.join(__dirname, 'support/fixtureSeedModule.ts')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${output}`)), 30000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}: ${output}`));
    });
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('durability', () => {
  it('keeps an acknowledged write after kill -9 and does not seed again', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-kill-'));
    try {
      const first = await startCli(dataDir);
      const created = await call(first.url, coordinator, items, { body: { Title: 'Überlebt kill -9', ImportKey: 'DURABLE' } });
      expect(created.status).toBe(201);
      const { Id } = await json(created);
      const merged = await call(first.url, coordinator, `${items}(${Id})`, { body: { TargetYear: 2031 }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '"1"' } });
      expect(merged.status).toBe(204);
      await killHard(first.child);

      const second = await startCli(dataDir);
      try {
        const item = await json(await call(second.url, coordinator, `${items}(${Id})`));
        expect(item).toMatchObject({ Title: 'Überlebt kill -9', TargetYear: 2031, 'odata.etag': '"2"' });
        const count = await json(await call(second.url, coordinator, `${items}?$select=Id&$filter=ImportKey eq 'M-1'`));
        expect(count.value).toHaveLength(1);
      } finally {
        await killHard(second.child);
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-term-'));
    try {
      const { child } = await startCli(dataDir);
      const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
