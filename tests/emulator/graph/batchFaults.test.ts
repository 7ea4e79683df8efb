import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
import { FaultInjector } from '../../../local/emulator/core/faults';

const coordinator = 'koordination@stadt.example';

function event(subject: string, transactionId: string): Record<string, unknown> {
  return {
    subject,
    transactionId,
    start: { dateTime: '2031-03-03T10:00:00', timeZone: 'W. Europe Standard Time' },
    end: { dateTime: '2031-03-03T11:00:00', timeZone: 'W. Europe Standard Time' }
  };
}

describe('injected faults: inside JSON batches and after processing', () => {
  let dataDir: string;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-faults-'));
    const emulator = await startEmulator({ port: 0, dataDir, seed: 'empty' });
    url = emulator.url;
    close = emulator.close;
  });
  afterEach(() => fetch(`${url}/_emulator/faults`, { method: 'DELETE', headers: { 'X-Emulator-Control': '1' } }));
  afterAll(async () => {
    await close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const inject = (fault: Record<string, unknown>): Promise<Response> =>
    fetch(`${url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1', 'Content-Type': 'application/json' }, body: JSON.stringify(fault) });
  const graph = (method: string, pathAndQuery: string, body?: unknown): Promise<Response> =>
    fetch(`${url}/v1.0${pathAndQuery}`, {
      method,
      headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  const subjects = async (prefix: string): Promise<string[]> => {
    const response = await graph('GET', `/me/events?$filter=${encodeURIComponent(`startswith(subject,'${prefix}')`)}&$select=subject&$top=100`);
    return ((await response.json()) as { value: Array<{ subject: string }> }).value.map((entry) => entry.subject).sort();
  };

  it('throttles the matching steps of a batch one by one, each with Retry-After and Graph’s error body', async () => {
    expect((await inject({ status: 429, retryAfter: 7, count: 2, path: '/v1\\.0/me/events$' })).status).toBe(200);
    const response = await graph('POST', '/$batch', {
      requests: [
        { id: '1', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: event('Batchfehler A', 'tx-a') },
        { id: '2', method: 'GET', url: '/me?$select=displayName' },
        { id: '3', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: event('Batchfehler B', 'tx-b') },
        { id: '4', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: event('Batchfehler C', 'tx-c') }
      ]
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as { responses: Array<{ id: string; status: number; headers: Record<string, string>; body: { error?: { code: string } } }> };
    const byId = Object.fromEntries(responses.map((entry) => [entry.id, entry]));
    expect(byId['1'].status).toBe(429);
    expect(byId['1'].headers['Retry-After']).toBe('7');
    expect(byId['1'].body.error?.code).toBe('TooManyRequests');
    expect(byId['2'].status).toBe(200);
    expect(byId['3'].status).toBe(429);
    // The fault was used up by two steps; the third create goes through.
    expect(byId['4'].status).toBe(201);
    expect(await subjects('Batchfehler')).toEqual(['Batchfehler C']);
  });

  it('with afterProcessing runs the step and loses its answer; a retry with the same transactionId returns the one event', async () => {
    await inject({ status: 504, count: 1, path: '/v1\\.0/me/events$', afterProcessing: true });
    const step = { id: '1', method: 'POST', url: '/me/events', headers: { 'Content-Type': 'application/json' }, body: event('Verlorene Antwort', 'tx-lost') };
    const first = (await (await graph('POST', '/$batch', { requests: [step] })).json()) as { responses: Array<{ status: number; body: { id?: string } }> };
    expect(first.responses[0].status).toBe(504);
    expect(await subjects('Verlorene Antwort')).toEqual(['Verlorene Antwort']);
    const retry = (await (await graph('POST', '/$batch', { requests: [step] })).json()) as { responses: Array<{ status: number; body: { id?: string } }> };
    expect(retry.responses[0].status).toBeLessThan(300);
    expect(await subjects('Verlorene Antwort')).toEqual(['Verlorene Antwort']);
  });

  it('with afterProcessing on a plain request: the event exists although the client got 503 with Retry-After', async () => {
    await inject({ status: 503, retryAfter: 2, path: '/v1\\.0/me/events$', afterProcessing: true });
    const response = await graph('POST', '/me/events', event('Ohne Antwort', 'tx-plain'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('serviceNotAvailable');
    expect(await subjects('Ohne Antwort')).toEqual(['Ohne Antwort']);
  });

  it('a fault before processing leaves nothing behind', async () => {
    await inject({ status: 429, retryAfter: 1, path: '/v1\\.0/me/events$' });
    expect((await graph('POST', '/me/events', event('Nie angelegt', 'tx-never'))).status).toBe(429);
    expect(await subjects('Nie angelegt')).toEqual([]);
  });

  it('refuses an afterProcessing that is not a boolean or has no status', async () => {
    expect((await inject({ status: 429, path: 'x', afterProcessing: 'yes' })).status).toBe(400);
    expect((await inject({ latencyMs: 10, path: 'x', afterProcessing: true })).status).toBe(400);
    expect(() => FaultInjector.validate({ status: 504, path: 'x', afterProcessing: true })).not.toThrow();
  });
});
