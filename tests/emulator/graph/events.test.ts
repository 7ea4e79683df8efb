import { createGraphService } from '../../../local/emulator/graph';
import { berlin, coordinator, createHarness, graph, meeting, MemoryJournal, schoolOffice, slot, socialOffice, users, type Harness } from './graphTestKit';

async function availability(harness: Harness, address: string, start: string, end: string): Promise<string> {
  const response = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: { schedules: [address], startTime: slot(start), endTime: slot(end), availabilityViewInterval: 60 } });
  return response.json.value[0].availabilityView;
}

async function ownCopy(harness: Harness, attendee: typeof socialOffice, iCalUId: string): Promise<Record<string, any>> {
  const list = await graph(harness, 'GET', '/me/events?$top=100', { as: attendee });
  return list.json.value.find((event: { iCalUId: string }) => event.iCalUId === iCalUId);
}

describe('creating a meeting', () => {
  it('answers 201 with the server-set properties and a Teams join link', async () => {
    const harness = createHarness();
    const created = await graph(harness, 'POST', '/me/events', {
      body: meeting('Zielvereinbarung FB 50', '2025-03-24T10:00:00', '2025-03-24T11:00:00', [socialOffice.mail], { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' })
    });
    expect(created.status).toBe(201);
    const event = created.json;
    expect(event.id).toMatch(/^AAMk/);
    expect(event.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(event['@odata.etag']).toBe(`W/"${event.changeKey}"`);
    expect(event.createdDateTime).toBe('2025-03-20T07:00:00.0000000Z');
    expect(event.lastModifiedDateTime).toBe(event.createdDateTime);
    expect(event.webLink).toContain(encodeURIComponent(event.id));
    expect(event.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(event.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(event.isOrganizer).toBe(true);
    expect(event.responseStatus.response).toBe('organizer');
    expect(event.organizer.emailAddress.address).toBe(coordinator.mail);
    expect(event.attendees).toEqual([{ type: 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: { name: socialOffice.mail, address: socialOffice.mail } }]);
    // No Prefer header: times come back in UTC (10:00 CET = 09:00 UTC).
    expect(event.start).toEqual({ dateTime: '2025-03-24T09:00:00.0000000', timeZone: 'UTC' });
    expect(event.originalStartTimeZone).toBe(berlin);

    const fetched = await graph(harness, 'GET', `/me/events/${encodeURIComponent(event.id)}`);
    expect(fetched.status).toBe(200);
    expect(fetched.json.subject).toBe('Zielvereinbarung FB 50');
  });

  it('puts a tentative, unanswered copy with the same iCalUId into each attendee\'s calendar', async () => {
    const harness = createHarness();
    const created = (await graph(harness, 'POST', '/me/events', { body: meeting('Zielvereinbarung FB 50', '2025-03-24T10:00:00', '2025-03-24T11:00:00', [socialOffice.mail, schoolOffice.mail]) })).json;
    for (const attendee of [socialOffice, schoolOffice]) {
      const copy = await ownCopy(harness, attendee, created.iCalUId);
      expect(copy).toBeDefined();
      expect(copy.id).not.toBe(created.id);
      expect(copy).toMatchObject({ isOrganizer: false, showAs: 'tentative', responseStatus: { response: 'notResponded' }, subject: 'Zielvereinbarung FB 50' });
      expect(copy.organizer.emailAddress.address).toBe(coordinator.mail);
    }
    expect(await availability(harness, socialOffice.mail, '2025-03-24T08:00:00', '2025-03-24T12:00:00')).toBe('0010');
    expect(await availability(harness, coordinator.mail, '2025-03-24T08:00:00', '2025-03-24T12:00:00')).toBe('0020');
  });

  it('uses a retried transactionId only once', async () => {
    const harness = createHarness();
    const body = meeting('Steuerungsgruppe', '2025-03-25T10:00:00', '2025-03-25T11:00:00', [], { transactionId: 'round-2025-fb50' });
    const first = await graph(harness, 'POST', '/me/events', { body });
    const second = await graph(harness, 'POST', '/me/events', { body });
    expect(second.json.id).toBe(first.json.id);
    expect((await graph(harness, 'GET', '/me/events')).json.value).toHaveLength(1);
  });

  it('refuses invalid events with Graph\'s errors and writes nothing', async () => {
    const harness = createHarness();
    const noEnd = await graph(harness, 'POST', '/me/events', { body: { subject: 'x', start: slot('2025-03-24T10:00:00') } });
    expect(noEnd.status).toBe(400);
    expect(noEnd.json.error.code).toBe('ErrorInvalidRequest');

    const unknownProperty = await graph(harness, 'POST', '/me/events', { body: { ...meeting('x', '2025-03-24T10:00:00', '2025-03-24T11:00:00'), colour: 'red' } });
    expect(unknownProperty.status).toBe(400);
    expect(unknownProperty.json.error.message).toContain("The property 'colour' does not exist on type 'microsoft.graph.event'");

    const badZone = await graph(harness, 'POST', '/me/events', { body: { subject: 'x', start: { dateTime: '2025-03-24T10:00:00', timeZone: 'Berlin Time' }, end: slot('2025-03-24T11:00:00') } });
    expect(badZone.json.error.code).toBe('TimeZoneNotSupportedException');

    const backwards = await graph(harness, 'POST', '/me/events', { body: meeting('x', '2025-03-24T11:00:00', '2025-03-24T10:00:00') });
    expect(backwards.status).toBe(400);

    const badAttendee = await graph(harness, 'POST', '/me/events', { body: meeting('x', '2025-03-24T10:00:00', '2025-03-24T11:00:00', ['kein-mail']) });
    expect(badAttendee.status).toBe(400);

    const badJson = await graph(harness, 'POST', '/me/events', { body: '{"subject": ' });
    expect(badJson.status).toBe(400);
    expect(badJson.json.error.code).toBe('BadRequest');

    expect(harness.journal.entries).toHaveLength(0);
  });
});

describe('reading, changing and deleting', () => {
  it('answers 404 ErrorItemNotFound for unknown ids and 403 for another user\'s mailbox', async () => {
    const harness = createHarness();
    const missing = await graph(harness, 'GET', '/me/events/AAMkAGunknown%3D');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('ErrorItemNotFound');

    const foreign = await graph(harness, 'GET', `/users/${socialOffice.mail}/events`);
    expect(foreign.status).toBe(403);
    expect(foreign.json.error.code).toBe('ErrorAccessDenied');

    const own = await graph(harness, 'GET', `/users/${coordinator.id}/calendar/events`);
    expect(own.status).toBe(200);
  });

  it('PATCH moves the meeting for everyone and asks the attendees again', async () => {
    const harness = createHarness();
    const created = (await graph(harness, 'POST', '/me/events', { body: meeting('Zielvereinbarung FB 50', '2025-03-24T10:00:00', '2025-03-24T11:00:00', [socialOffice.mail]) })).json;
    const copy = await ownCopy(harness, socialOffice, created.iCalUId);
    await graph(harness, 'POST', `/me/events/${encodeURIComponent(copy.id)}/accept`, { as: socialOffice, body: { sendResponse: true } });

    harness.now = new Date('2025-03-20T08:00:00Z');
    const patched = await graph(harness, 'PATCH', `/me/events/${encodeURIComponent(created.id)}`, {
      body: { subject: 'Zielvereinbarung FB 50 (verschoben)', start: slot('2025-03-25T14:00:00'), end: slot('2025-03-25T15:00:00') },
      headers: { Prefer: `outlook.timezone="${berlin}"` }
    });
    expect(patched.status).toBe(200);
    expect(patched.json.start).toEqual({ dateTime: '2025-03-25T14:00:00.0000000', timeZone: berlin });
    expect(patched.json.changeKey).not.toBe(created.changeKey);
    expect(patched.json.lastModifiedDateTime).toBe('2025-03-20T08:00:00.0000000Z');
    expect(patched.json.attendees[0].status.response).toBe('none');

    const movedCopy = await ownCopy(harness, socialOffice, created.iCalUId);
    expect(movedCopy.id).toBe(copy.id);
    expect(movedCopy).toMatchObject({ subject: 'Zielvereinbarung FB 50 (verschoben)', showAs: 'tentative', responseStatus: { response: 'notResponded' } });
    expect(movedCopy.start.dateTime).toBe('2025-03-25T13:00:00.0000000');
  });

  it('refuses a PATCH with a stale If-Match change key', async () => {
    const harness = createHarness();
    const created = (await graph(harness, 'POST', '/me/events', { body: meeting('A', '2025-03-24T10:00:00', '2025-03-24T11:00:00') })).json;
    await graph(harness, 'PATCH', `/me/events/${encodeURIComponent(created.id)}`, { body: { subject: 'B' } });
    const stale = await graph(harness, 'PATCH', `/me/events/${encodeURIComponent(created.id)}`, { body: { subject: 'C' }, headers: { 'If-Match': created['@odata.etag'] } });
    expect(stale.status).toBe(412);
    expect((await graph(harness, 'GET', `/me/events/${encodeURIComponent(created.id)}`)).json.subject).toBe('B');
  });

  it('DELETE by the organizer answers 204 and cancels the attendees\' copies', async () => {
    const harness = createHarness();
    const created = (await graph(harness, 'POST', '/me/events', { body: meeting('Zielvereinbarung FB 40', '2025-03-24T10:00:00', '2025-03-24T11:00:00', [schoolOffice.mail]) })).json;
    const deleted = await graph(harness, 'DELETE', `/me/events/${encodeURIComponent(created.id)}`);
    expect(deleted.status).toBe(204);
    expect(deleted.json).toBeUndefined();
    expect((await graph(harness, 'GET', `/me/events/${encodeURIComponent(created.id)}`)).status).toBe(404);
    const copy = await ownCopy(harness, schoolOffice, created.iCalUId);
    expect(copy.isCancelled).toBe(true);
    expect(await availability(harness, schoolOffice.mail, '2025-03-24T08:00:00', '2025-03-24T12:00:00')).toBe('0000');
  });
});

describe('attendee responses', () => {
  async function invite(harness: Harness): Promise<{ organizerId: string; iCalUId: string; copyId: string }> {
    const created = (await graph(harness, 'POST', '/me/events', { body: meeting('Zielvereinbarung FB 50', '2025-03-24T10:00:00', '2025-03-24T11:00:00', [socialOffice.mail, 'extern@beirat.example']) })).json;
    const copy = await ownCopy(harness, socialOffice, created.iCalUId);
    return { organizerId: created.id, iCalUId: created.iCalUId, copyId: copy.id };
  }

  async function organizerView(harness: Harness, id: string): Promise<Record<string, string>> {
    const event = (await graph(harness, 'GET', `/me/events/${encodeURIComponent(id)}`)).json;
    return Object.fromEntries(event.attendees.map((attendee: { emailAddress: { address: string }; status: { response: string } }) => [attendee.emailAddress.address, attendee.status.response]));
  }

  it('a decline reaches the organizer and frees the attendee\'s slot', async () => {
    const harness = createHarness();
    const { organizerId, iCalUId, copyId } = await invite(harness);
    const declined = await graph(harness, 'POST', `/me/events/${encodeURIComponent(copyId)}/decline`, { as: socialOffice, body: { comment: 'Urlaub', sendResponse: true } });
    expect(declined.status).toBe(202);
    expect(await organizerView(harness, organizerId)).toEqual({ [socialOffice.mail]: 'declined', 'extern@beirat.example': 'none' });
    const copy = await ownCopy(harness, socialOffice, iCalUId);
    expect(copy.responseStatus.response).toBe('declined');
    expect(await availability(harness, socialOffice.mail, '2025-03-24T08:00:00', '2025-03-24T12:00:00')).toBe('0000');
  });

  it('an acceptance turns the attendee busy; sendResponse=false keeps the organizer uninformed', async () => {
    const harness = createHarness();
    const { organizerId, copyId } = await invite(harness);
    await graph(harness, 'POST', `/me/events/${encodeURIComponent(copyId)}/accept`, { as: socialOffice, body: { sendResponse: false } });
    expect(await availability(harness, socialOffice.mail, '2025-03-24T08:00:00', '2025-03-24T12:00:00')).toBe('0020');
    expect((await organizerView(harness, organizerId))[socialOffice.mail]).toBe('none');

    await graph(harness, 'POST', `/me/events/${encodeURIComponent(copyId)}/tentativelyAccept`, { as: socialOffice, body: {} });
    expect((await organizerView(harness, organizerId))[socialOffice.mail]).toBe('tentativelyAccepted');
  });

  it('the organizer cannot answer their own meeting', async () => {
    const harness = createHarness();
    const { organizerId } = await invite(harness);
    const response = await graph(harness, 'POST', `/me/events/${encodeURIComponent(organizerId)}/accept`, { body: {} });
    expect(response.status).toBe(400);
  });

  it('simulated responses arrive by event id or by subject, also from attendees outside the tenant', async () => {
    const harness = createHarness();
    const { organizerId, iCalUId } = await invite(harness);
    const byId = harness.service.simulateResponse({ eventId: organizerId, attendee: socialOffice.mail, response: 'accepted' });
    expect(byId.status).toBe(200);
    expect((await ownCopy(harness, socialOffice, iCalUId)).responseStatus.response).toBe('accepted');

    const bySubject = harness.service.simulateResponse({ subject: 'Zielvereinbarung FB 50', attendee: 'extern@beirat.example', response: 'declined' });
    expect(bySubject.status).toBe(200);
    expect(await organizerView(harness, organizerId)).toEqual({ [socialOffice.mail]: 'accepted', 'extern@beirat.example': 'declined' });

    const stranger = harness.service.simulateResponse({ eventId: organizerId, attendee: schoolOffice.mail, response: 'accepted' });
    expect(stranger.status).toBe(404);
    const nothing = harness.service.simulateResponse({ subject: 'Gibt es nicht', attendee: socialOffice.mail, response: 'accepted' });
    expect(nothing.status).toBe(404);
  });
});

describe('durability', () => {
  it('rebuilds every mailbox from the journal after a restart', async () => {
    const harness = createHarness();
    const created = (await graph(harness, 'POST', '/me/events', { body: meeting('Zielvereinbarung FB 50', '2025-03-24T10:00:00', '2025-03-24T11:00:00', [socialOffice.mail]) })).json;
    const copy = await ownCopy(harness, socialOffice, created.iCalUId);
    await graph(harness, 'POST', `/me/events/${encodeURIComponent(copy.id)}/decline`, { as: socialOffice, body: {} });

    const journal = new MemoryJournal();
    const restarted = { journal, now: harness.now } as Harness;
    (restarted as { service: Harness['service'] }).service = createGraphService({ journal, users: () => users, now: () => restarted.now });
    harness.journal.replayInto(journal);

    const again = await graph(restarted, 'GET', `/me/events/${encodeURIComponent(created.id)}`);
    expect(again.json.attendees[0].status.response).toBe('declined');
    expect((await ownCopy(restarted, socialOffice, created.iCalUId)).id).toBe(copy.id);
  });

  it('seeds the same ids when the same calendars are seeded twice', async () => {
    const calendars = { [socialOffice.login]: [{ subject: 'Teamrunde', start: '2025-03-24T09:00:00', end: '2025-03-24T10:00:00', timeZone: berlin, showAs: 'busy' as const }] };
    const first = createHarness(undefined, calendars);
    const second = createHarness(undefined, calendars);
    const a = (await graph(first, 'GET', '/me/events', { as: socialOffice })).json.value;
    const b = (await graph(second, 'GET', '/me/events', { as: socialOffice })).json.value;
    expect(a).toHaveLength(1);
    expect(a[0].id).toBe(b[0].id);
  });
});
