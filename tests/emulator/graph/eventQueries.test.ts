import { berlin, createHarness, graph, meeting, origin, type Harness } from './graphTestKit';

/** 25 agreement meetings (one per department, a day apart, created in reverse order) and 5 other events. */
async function fillCalendar(harness: Harness): Promise<void> {
  for (let i = 24; i >= 0; i--) {
    const day = new Date(Date.UTC(2025, 3, 1 + i));
    const date = day.toISOString().slice(0, 10);
    await graph(harness, 'POST', '/me/events', { body: meeting(`Zielvereinbarung FB ${10 + i}`, `${date}T10:00:00`, `${date}T11:00:00`) });
  }
  for (let i = 0; i < 5; i++) {
    await graph(harness, 'POST', '/me/events', { body: meeting(`Steuerungsgruppe ${i + 1}`, `2025-04-0${i + 1}T14:00:00`, `2025-04-0${i + 1}T15:00:00`) });
  }
}

describe('event lists', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = createHarness();
    await fillCalendar(harness);
  });

  it('pages 10 at a time by default with an absolute nextLink on the caller\'s host', async () => {
    const first = await graph(harness, 'GET', '/me/events');
    expect(first.json.value).toHaveLength(10);
    const nextLink: string = first.json['@odata.nextLink'];
    expect(nextLink.startsWith(`${origin}/v1.0/me/events?`)).toBe(true);
    expect(new URL(nextLink).searchParams.get('$skip')).toBe('10');
  });

  it('filters with startswith, orders by start and follows nextLink to the end', async () => {
    const query = `$filter=${encodeURIComponent("startswith(subject,'Zielvereinbarung')")}&$orderby=start/dateTime&$top=10&$select=subject,start`;
    const subjects: string[] = [];
    const starts: string[] = [];
    let response = await graph(harness, 'GET', `/me/events?${query}`);
    const pageSizes: number[] = [];
    for (let page = 0; page < 5; page++) {
      pageSizes.push(response.json.value.length);
      for (const event of response.json.value) {
        subjects.push(event.subject);
        starts.push(event.start.dateTime);
        expect(Object.keys(event).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
      }
      const next = response.json['@odata.nextLink'];
      if (!next) {
        break;
      }
      response = await graph(harness, 'GET', '', { url: next });
    }
    expect(pageSizes).toEqual([10, 10, 5]);
    expect(subjects).toHaveLength(25);
    expect(subjects.every((subject) => subject.startsWith('Zielvereinbarung'))).toBe(true);
    expect(subjects[0]).toBe('Zielvereinbarung FB 10');
    expect([...starts].sort()).toEqual(starts);
  });

  it('reads percent-encoded options with + for spaces, as PnP-style clients send them', async () => {
    const response = await graph(harness, 'GET', "/me/events?%24filter=startswith(subject%2C'Steuerungsgruppe')+and+start%2FdateTime+ge+'2025-04-03T00%3A00%3A00'&%24top=50&%24orderby=start%2FdateTime+desc");
    expect(response.status).toBe(200);
    expect(response.json.value.map((event: { subject: string }) => event.subject)).toEqual(['Steuerungsgruppe 5', 'Steuerungsgruppe 4', 'Steuerungsgruppe 3']);
  });

  it('compares start/dateTime in UTC', async () => {
    // 10:00 Berlin on 1 April is 08:00 UTC: ge 08:00 matches, ge 08:00:01 does not.
    const at = await graph(harness, 'GET', `/me/events?$filter=${encodeURIComponent("subject eq 'Zielvereinbarung FB 10' and start/dateTime ge '2025-04-01T08:00:00'")}`);
    const after = await graph(harness, 'GET', `/me/events?$filter=${encodeURIComponent("subject eq 'Zielvereinbarung FB 10' and start/dateTime ge '2025-04-01T08:00:01'")}`);
    expect(at.json.value).toHaveLength(1);
    expect(after.json.value).toHaveLength(0);
  });

  it('returns times in the preferred zone and says so', async () => {
    const response = await graph(harness, 'GET', `/me/events?$filter=${encodeURIComponent("subject eq 'Zielvereinbarung FB 10'")}`, { headers: { Prefer: `outlook.timezone="${berlin}"` } });
    expect(response.json.value[0].start).toEqual({ dateTime: '2025-04-01T10:00:00.0000000', timeZone: berlin });
    expect(response.headers['Preference-Applied']).toBe(`outlook.timezone="${berlin}"`);
  });

  it('refuses unknown properties and malformed filters', async () => {
    const select = await graph(harness, 'GET', '/me/events?$select=subject,farbe');
    expect(select.status).toBe(400);
    expect(select.json.error.message).toBe("Could not find a property named 'farbe' on type 'microsoft.graph.event'.");
    const filter = await graph(harness, 'GET', `/me/events?$filter=${encodeURIComponent("startswith(subject,'Ziel'")}`);
    expect(filter.status).toBe(400);
    expect(filter.json.error.code).toBe('ErrorInvalidUrlQueryFilter');
  });

  it('calendarView returns the events overlapping the window, ordered by start', async () => {
    const view = await graph(harness, 'GET', '/me/calendarView?startDateTime=2025-04-02T00:00:00Z&endDateTime=2025-04-03T00:00:00Z');
    expect(view.json.value.map((event: { subject: string }) => event.subject)).toEqual(['Zielvereinbarung FB 11', 'Steuerungsgruppe 2']);
    const missing = await graph(harness, 'GET', '/me/calendarView');
    expect(missing.status).toBe(400);
    expect(missing.json.error.code).toBe('ErrorInvalidParameter');
  });

  it('GET /me and /users/{id} return the directory entry', async () => {
    const me = await graph(harness, 'GET', '/me');
    expect(me.json).toMatchObject({ displayName: 'Kim Koordination', userPrincipalName: 'koordination@stadt.example', mail: 'koordination@stadt.example' });
    const byMail = await graph(harness, 'GET', '/users/fb50@stadt.example?$select=displayName,department');
    expect(byMail.json).toMatchObject({ displayName: 'Sara Sozialamt', department: '50' });
    const unknown = await graph(harness, 'GET', '/users/niemand@stadt.example');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('Request_ResourceNotFound');
  });
});
