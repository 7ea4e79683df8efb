import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../../local/emulator/server';
import type { SeedData } from '../../../local/seed/types';

const coordinatorLogin = 'koordination@stadt.example';
const colleagueLogin = 'fb50@stadt.example';

/** Just the two people these tests need, so they do not depend on the demo data. */
function twoPeople(): SeedData {
  return {
    roleDefinitions: [],
    users: [
      { login: coordinatorLogin, displayName: 'Kim Koordination', role: 'coordinator', department: null },
      { login: colleagueLogin, displayName: 'Sara Sozialamt', role: 'department', department: '50' }
    ],
    groups: [],
    webRoleAssignments: [],
    folders: [],
    lists: {},
    calendars: { [colleagueLogin]: [{ subject: 'Sprechstunde', start: '2025-03-25T11:00:00', end: '2025-03-25T12:00:00', timeZone: 'W. Europe Standard Time', showAs: 'busy' }] }
  };
}

const clock = (): Date => new Date('2025-03-20T07:00:00Z');

function start(dataDir: string): Promise<Running> {
  return startEmulator({ port: 0, dataDir, seed: 'empty', now: clock, seedBuilder: () => twoPeople() });
}

interface Running {
  url: string;
  close(): Promise<void>;
}

async function call(base: string, method: string, pathAndQuery: string, body?: unknown, headers: Record<string, string> = {}, login = coordinatorLogin): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(pathAndQuery.startsWith('http') ? pathAndQuery : `${base}/v1.0${pathAndQuery}`, {
    method,
    headers: { Authorization: `Bearer ${login}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

describe('the Graph service behind the emulator\'s HTTP server', () => {
  let dataDir: string;
  let emulator: Running;
  let colleague: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ip365-graph-'));
    emulator = await start(dataDir);
    const users = (await (await fetch(`${emulator.url}/_emulator/users`)).json()) as Array<{ login: string; role: string }>;
    colleague = users.find((user) => user.role === 'department')?.login ?? '';
    expect(colleague).toBe(colleagueLogin);
  });

  afterAll(async () => {
    await emulator.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /v1.0/me for the bearer and keeps the caller\'s host in paging links', async () => {
    const me = await call(emulator.url, 'GET', '/me');
    expect(me.status).toBe(200);
    expect(me.json.userPrincipalName).toBe(coordinatorLogin);

    for (let i = 0; i < 11; i++) {
      const created = await call(emulator.url, 'POST', '/me/events', {
        subject: `Termin ${i}`,
        start: { dateTime: '2025-03-24T10:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2025-03-24T10:30:00', timeZone: 'W. Europe Standard Time' }
      });
      expect(created.status).toBe(201);
    }
    const page = await call(emulator.url, 'GET', `/me/events?$filter=${encodeURIComponent("startswith(subject,'Termin')")}`);
    expect(page.json.value).toHaveLength(10);
    const next: string = page.json['@odata.nextLink'];
    expect(next.startsWith(`${emulator.url}/v1.0/me/events?`)).toBe(true);
    const rest = await call(emulator.url, 'GET', next);
    expect(rest.json.value).toHaveLength(1);
  });

  it('delivers an invitation, takes a simulated decline and keeps both after a restart', async () => {
    const created = await call(
      emulator.url,
      'POST',
      '/me/events',
      {
        subject: 'Zielvereinbarung HTTP',
        start: { dateTime: '2025-03-25T10:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2025-03-25T11:00:00', timeZone: 'W. Europe Standard Time' },
        attendees: [{ type: 'required', emailAddress: { address: colleague } }],
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness'
      },
      { Prefer: 'outlook.timezone="W. Europe Standard Time"' }
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('preference-applied')).toBe('outlook.timezone="W. Europe Standard Time"');
    expect(created.json.start.dateTime).toBe('2025-03-25T10:00:00.0000000');

    const simulated = await fetch(`${emulator.url}/_emulator/responses`, {
      method: 'POST',
      headers: { 'X-Emulator-Control': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ eventId: created.json.id, attendee: colleague, response: 'declined' })
    });
    expect(simulated.status).toBe(200);

    await emulator.close();
    emulator = await start(dataDir);

    const organizerItem = await call(emulator.url, 'GET', `/me/events/${encodeURIComponent(created.json.id)}`);
    expect(organizerItem.status).toBe(200);
    expect(organizerItem.json.attendees[0].status.response).toBe('declined');
    const schedule = await call(emulator.url, 'POST', '/me/calendar/getSchedule', {
      schedules: [colleague],
      startTime: { dateTime: '2025-03-25T09:00:00', timeZone: 'W. Europe Standard Time' },
      endTime: { dateTime: '2025-03-25T12:00:00', timeZone: 'W. Europe Standard Time' },
      availabilityViewInterval: 60
    });
    // The declined meeting (10:00) no longer counts; the seeded consultation (11:00) still does.
    expect(schedule.json.value[0].availabilityView).toBe('002');
  });

  it('runs a JSON batch posted to /v1.0/$batch', async () => {
    const batch = await call(emulator.url, 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me?$select=userPrincipalName' },
        { id: '2', method: 'GET', url: '/me/events/unbekannt', dependsOn: ['1'] },
        { id: '3', method: 'GET', url: '/me', dependsOn: ['2'] }
      ]
    });
    expect(batch.status).toBe(200);
    expect(batch.json.responses.map((response: { status: number }) => response.status)).toEqual([200, 404, 424]);
  });
});
