import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
import { call, coordinator, department50, fixtureSchemaDir, fixtureSeed, json } from '../sharepoint/support/harness';

describe('emulator core', () => {
  let dataDir: string;
  let staticDir: string;
  let url: string;
  let close: () => Promise<void>;
  const items = "/sites/integration/_api/web/lists/getbytitle('Ma%C3%9Fnahmen')/items";

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-core-'));
    staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'emulator-static-'));
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Workbench</title>');
    fs.mkdirSync(path.join(staticDir, 'dist'));
    fs.writeFileSync(path.join(staticDir, 'dist', 'app.js'), 'console.log(1);');
    const emulator = await startEmulator({ port: 0, dataDir, seed: 'demo', staticDir, schemaDir: fixtureSchemaDir, seedBuilder: fixtureSeed });
    url = emulator.url;
    close = emulator.close;
  });
  afterEach(async () => {
    await close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(staticDir, { recursive: true, force: true });
  });

  it('listens on loopback and reports health and users', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await json(await fetch(`${url}/_emulator/health`))).toEqual({ ok: true });
    const users = await json(await fetch(`${url}/_emulator/users`));
    expect(users).toContainEqual({ login: coordinator, displayName: 'Büro für Integration', role: 'coordinator', department: null });
    expect(users).toContainEqual({ login: department50, displayName: 'Anna Schmidt', role: 'department', department: '50' });
  });

  it('answers 401 in each service’s own format', async () => {
    const sp = await fetch(`${url}/sites/integration/_api/web`, { headers: { Accept: 'application/json' } });
    expect(sp.status).toBe(401);
    expect(sp.headers.get('www-authenticate')).toMatch(/^Bearer realm="[0-9a-f-]+",client_id="00000003-0000-0ff1-ce00-000000000000"/);
    expect((await json(sp)).error_description).toMatch(/^Invalid JWT token\./);
    const unknown = await call(url, 'nobody@stadt.example', '/sites/integration/_api/web');
    expect(unknown.status).toBe(401);
    const graph = await fetch(`${url}/v1.0/me`);
    expect(graph.status).toBe(401);
    expect(await json(graph)).toMatchObject({ error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } });
    expect((await call(url, coordinator, '/v1.0/me')).status).toBe(200);
  });

  it('injects faults with Retry-After for a counted number of matching requests', async () => {
    const injected = await fetch(`${url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1' }, body: JSON.stringify({ status: 429, retryAfter: 2, count: 2, path: '/_api/web/lists' }) });
    expect(injected.status).toBe(200);
    const first = await call(url, coordinator, items);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await json(first))['odata.error']).toBeDefined();
    expect((await call(url, coordinator, '/sites/integration/_api/web')).status).toBe(200);
    expect((await call(url, coordinator, items)).status).toBe(429);
    expect((await call(url, coordinator, items)).status).toBe(200);

    await fetch(`${url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1' }, body: JSON.stringify({ status: 503, retryAfter: 1, count: 5, path: '^/v1\\.0/' }) });
    const graph = await call(url, coordinator, '/v1.0/me');
    expect(graph.status).toBe(503);
    expect((await json(graph)).error.code).toBe('serviceNotAvailable');
    await fetch(`${url}/_emulator/faults`, { method: 'DELETE', headers: { 'X-Emulator-Control': '1' } });
    expect((await call(url, coordinator, '/v1.0/me')).status).toBe(200);

    await fetch(`${url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1' }, body: JSON.stringify({ latencyMs: 150, count: 1, path: '/_api/web$' }) });
    const started = Date.now();
    expect((await call(url, coordinator, '/sites/integration/_api/web')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect((await fetch(`${url}/_emulator/faults`, { method: 'POST', headers: { 'X-Emulator-Control': '1' }, body: JSON.stringify({ path: '(' }) })).status).toBe(400);
  });

  it('resets to the seed and re-seeds by name', async () => {
    await call(url, coordinator, items, { body: { Title: 'Wird verworfen' } });
    expect((await json(await call(url, coordinator, `${items}(9)`))).Title).toBe('Wird verworfen');
    expect((await fetch(`${url}/_emulator/reset`, { method: 'POST', headers: { 'X-Emulator-Control': '1' } })).status).toBe(200);
    expect((await call(url, coordinator, `${items}(9)`)).status).toBe(404);
    expect((await fetch(`${url}/_emulator/seed`, { method: 'POST', headers: { 'X-Emulator-Control': '1' }, body: JSON.stringify({ seed: 'empty' }) })).status).toBe(200);
    const remaining = await json(await call(url, coordinator, `${items}?$select=Id&$filter=FSObjType eq 0`));
    expect(remaining.value).toEqual([]);
    expect((await fetch(`${url}/_emulator/seed`, { method: 'POST', headers: { 'X-Emulator-Control': '1' }, body: JSON.stringify({ seed: 'huge' }) })).status).toBe(400);
  });

  /** A raw request, so the test can send the Host header a rebound DNS name or a foreign page would carry. */
  const raw = (method: string, pathname: string, headers: Record<string, string>): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const request = http.request(`${url}${pathname}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', reject);
      request.end();
    });

  it('refuses a control request without its header, so a web page cannot wipe the data', async () => {
    await call(url, coordinator, items, { body: { Title: 'Bleibt erhalten' } });
    const refused = await fetch(`${url}/_emulator/reset`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(refused.status).toBe(403);
    expect((await json(refused)).error).toContain('X-Emulator-Control: 1');
    expect((await fetch(`${url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ status: 503, count: 1 }) })).status).toBe(403);
    expect((await fetch(`${url}/_emulator/seed`, { method: 'POST', headers: { 'X-Emulator-Control': 'yes' }, body: JSON.stringify({ seed: 'empty' }) })).status).toBe(403);
    expect((await json(await call(url, coordinator, `${items}(9)`))).Title).toBe('Bleibt erhalten');
    // No fault was installed either.
    expect((await call(url, coordinator, '/sites/integration/_api/web')).status).toBe(200);
  });

  it('refuses control requests under a foreign Host, as a DNS-rebinding page would send them', async () => {
    await call(url, coordinator, items, { body: { Title: 'Bleibt erhalten' } });
    const port = new URL(url).port;
    const rebound = await raw('POST', '/_emulator/reset', { Host: `attacker.example:${port}`, 'X-Emulator-Control': '1' });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error).toContain(`127.0.0.1:${port}`);
    expect((await raw('POST', '/_emulator/reset', { Host: '127.0.0.1:1', 'X-Emulator-Control': '1' })).status).toBe(403);
    expect((await raw('GET', '/_emulator/users', { Host: `attacker.example:${port}` })).status).toBe(403);
    expect((await json(await call(url, coordinator, `${items}(9)`))).Title).toBe('Bleibt erhalten');
    // Every loopback spelling of the emulator's own address is accepted.
    expect((await raw('GET', '/_emulator/health', { Host: `localhost:${port}` })).status).toBe(200);
    expect((await raw('GET', '/_emulator/health', { Host: `[::1]:${port}` })).status).toBe(200);
    expect((await raw('POST', '/_emulator/reset', { Host: `LOCALHOST:${port}`, 'X-Emulator-Control': '1' })).status).toBe(200);
    expect((await call(url, coordinator, `${items}(9)`)).status).toBe(404);
  });

  it('serves the workbench from --static with index.html and content types', async () => {
    const index = await fetch(`${url}/`);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(await index.text()).toContain('Workbench');
    const script = await fetch(`${url}/dist/app.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${url}/dist/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('keeps data across a restart on the same data directory without re-seeding', async () => {
    await call(url, coordinator, items, { body: { Title: 'Bleibt', ImportKey: 'KEEP' } });
    await close();
    const again = await startEmulator({ port: 0, dataDir, seed: 'demo', schemaDir: fixtureSchemaDir, seedBuilder: fixtureSeed });
    url = again.url;
    close = again.close;
    const body = await json(await call(url, coordinator, `${items}?$select=Id,Title&$filter=ImportKey eq 'KEEP'`));
    expect(body.value).toEqual([expect.objectContaining({ Id: 9, Title: 'Bleibt' })]);
    const all = await json(await call(url, coordinator, `${items}?$select=Id`));
    expect(all.value).toHaveLength(9);
  });
});
