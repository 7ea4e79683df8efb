import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { createHarness, graph, meeting, origin, socialOffice } from './graphTestKit';

describe('JSON $batch', () => {
  it('runs dependencies first, answers each request on its own and fails dependents of a failed request with 424', async () => {
    const harness = createHarness();
    const response = await graph(harness, 'POST', '/$batch', {
      body: {
        requests: [
          { id: 'list', method: 'GET', url: "/me/events?$filter=startswith(subject,'Ziel')", dependsOn: ['create'] },
          { id: 'create', method: 'POST', url: '/v1.0/me/events', headers: { 'Content-Type': 'application/json' }, body: meeting('Zielvereinbarung FB 50', '2025-03-24T10:00:00', '2025-03-24T11:00:00', [socialOffice.mail]) },
          { id: 'broken', method: 'POST', url: 'me/events', headers: { 'Content-Type': 'application/json' }, body: { subject: 'ohne Zeiten' } },
          { id: 'after-broken', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me', dependsOn: ['broken'] },
          { id: 'me', method: 'GET', url: '/me?$select=displayName' }
        ]
      }
    });
    expect(response.status).toBe(200);
    const byId = Object.fromEntries(response.json.responses.map((entry: { id: string }) => [entry.id, entry]));
    expect(response.json.responses.map((entry: { id: string }) => entry.id)).toEqual(['list', 'create', 'broken', 'after-broken', 'me']);
    expect(byId.create.status).toBe(201);
    expect(byId.list.status).toBe(200);
    expect(byId.list.body.value.map((event: { id: string }) => event.id)).toEqual([byId.create.body.id]);
    expect(byId.broken.status).toBe(400);
    expect(byId.broken.body.error.code).toBe('ErrorInvalidRequest');
    expect(byId['after-broken'].status).toBe(424);
    expect(byId.me).toMatchObject({ status: 200, body: { displayName: 'Kim Koordination' } });
    expect(byId.create.headers['Content-Type']).toMatch(/^application\/json/);
  });

  it('refuses more than 20 requests, duplicate ids and unknown dependencies as a whole', async () => {
    const harness = createHarness();
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: 'GET', url: '/me' }));
    const tooMany = await graph(harness, 'POST', '/$batch', { body: { requests } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.code).toBe('BadRequest');

    const twenty = await graph(harness, 'POST', '/$batch', { body: { requests: requests.slice(0, 20) } });
    expect(twenty.status).toBe(200);
    expect(twenty.json.responses).toHaveLength(20);

    const duplicate = await graph(harness, 'POST', '/$batch', { body: { requests: [requests[0], requests[0]] } });
    expect(duplicate.status).toBe(400);

    const dangling = await graph(harness, 'POST', '/$batch', { body: { requests: [{ ...requests[0], dependsOn: ['99'] }] } });
    expect(dangling.status).toBe(400);

    const writeWithoutBody = await graph(harness, 'POST', '/$batch', { body: { requests: [{ id: '1', method: 'POST', url: '/me/events' }] } });
    expect(writeWithoutBody.status).toBe(400);
    expect(writeWithoutBody.json.error.message).toBe('Write request id : 1 does not contain Content-Type header or body.');
  });

  it('speaks the wire format of the Graph JS client\'s BatchRequestContent and BatchResponseContent', async () => {
    const harness = createHarness();
    const steps = ['FB 20', 'FB 32'].map((department, index) => ({
      id: String(index + 1),
      request: new Request(`${origin}/v1.0/me/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Prefer: 'outlook.timezone="W. Europe Standard Time"' },
        body: JSON.stringify(meeting(`Zielvereinbarung ${department}`, '2025-03-24T10:00:00', '2025-03-24T11:00:00'))
      })
    }));
    const content = await new BatchRequestContent(steps).getContent();
    const response = await graph(harness, 'POST', '/$batch', { body: content });
    const parsed = new BatchResponseContent(response.json);
    const first = parsed.getResponseById('1');
    expect(first.status).toBe(201);
    const event = (await first.json()) as { subject: string; start: { timeZone: string } };
    expect(event.subject).toBe('Zielvereinbarung FB 20');
    expect(event.start.timeZone).toBe('W. Europe Standard Time');
    expect(((await parsed.getResponseById('2').json()) as { subject: string }).subject).toBe('Zielvereinbarung FB 32');
  });
});
