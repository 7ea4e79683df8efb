import { berlin, coordinator, createHarness, graph, schoolOffice, slot, socialOffice, type Harness } from './graphTestKit';

function scheduleRequest(schedules: string[], start: string, end: string, availabilityViewInterval?: number): Record<string, unknown> {
  return { schedules, startTime: slot(start), endTime: slot(end), ...(availabilityViewInterval === undefined ? {} : { availabilityViewInterval }) };
}

describe('getSchedule', () => {
  let harness: Harness;

  beforeEach(() => {
    harness = createHarness(new Date('2025-03-20T07:00:00Z'), {
      [socialOffice.login]: [
        { subject: 'Teamrunde', start: '2025-03-24T09:00:00', end: '2025-03-24T10:00:00', timeZone: berlin, showAs: 'busy', location: 'Raum 1' },
        { subject: 'Vielleicht', start: '2025-03-24T09:30:00', end: '2025-03-24T10:30:00', timeZone: berlin, showAs: 'tentative' },
        { subject: 'Urlaubstag halb', start: '2025-03-24T13:00:00', end: '2025-03-24T14:00:00', timeZone: berlin, showAs: 'oof' },
        { subject: 'Homeoffice', start: '2025-03-24T15:00:00', end: '2025-03-24T16:00:00', timeZone: berlin, showAs: 'workingElsewhere' },
        { subject: 'Frei markiert', start: '2025-03-24T16:00:00', end: '2025-03-24T16:30:00', timeZone: berlin, showAs: 'free' }
      ]
    });
  });

  it('answers one digit per interval, highest status winning where items overlap', async () => {
    const halfHours = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-24T08:00:00', '2025-03-24T17:00:00') });
    expect(halfHours.status).toBe(200);
    // 08:00 … 16:30; busy 09–10, tentative 09:30–10:30, oof 13–14; working elsewhere and free stay 0.
    expect(halfHours.json.value[0].availabilityView).toBe('002210000033000000');

    const hours = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-24T08:00:00', '2025-03-24T17:00:00', 60) });
    expect(hours.json.value[0].availabilityView).toBe('021003000');

    const quarterHours = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-24T09:00:00', '2025-03-24T11:00:00', 15) });
    expect(quarterHours.json.value[0].availabilityView).toBe('22221100');
  });

  it('lists the schedule items in UTC by default and in the preferred zone on request', async () => {
    const utc = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-24T08:00:00', '2025-03-24T12:00:00') });
    const items = utc.json.value[0].scheduleItems;
    expect(items.map((item: { status: string }) => item.status)).toEqual(['busy', 'tentative']);
    expect(items[0]).toMatchObject({ subject: 'Teamrunde', location: 'Raum 1', isPrivate: false, start: { dateTime: '2025-03-24T08:00:00.0000000', timeZone: 'UTC' } });
    expect(utc.headers['Preference-Applied']).toBeUndefined();

    const local = await graph(harness, 'POST', '/me/calendar/getSchedule', {
      body: scheduleRequest([socialOffice.mail], '2025-03-24T08:00:00', '2025-03-24T12:00:00'),
      headers: { Prefer: `outlook.timezone="${berlin}"` }
    });
    expect(local.json.value[0].scheduleItems[0].start).toEqual({ dateTime: '2025-03-24T09:00:00.0000000', timeZone: berlin });
    expect(local.headers['Preference-Applied']).toBe(`outlook.timezone="${berlin}"`);
  });

  it('reports working hours Monday to Friday 08:00–17:00 in W. Europe Standard Time', async () => {
    const response = await graph(harness, 'POST', '/users/' + coordinator.id + '/calendar/getSchedule', { body: scheduleRequest([schoolOffice.mail], '2025-03-24T08:00:00', '2025-03-24T09:00:00') });
    expect(response.json.value[0]).toEqual({
      scheduleId: schoolOffice.mail,
      availabilityView: '00',
      scheduleItems: [],
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: berlin }
      }
    });
  });

  it('reports an unknown address inside its entry, not as a failed request', async () => {
    const response = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest(['niemand@stadt.example', socialOffice.mail], '2025-03-24T08:00:00', '2025-03-24T09:00:00') });
    expect(response.status).toBe(200);
    expect(response.json.value[0]).toEqual({
      scheduleId: 'niemand@stadt.example',
      error: { message: 'Unable to resolve e-mail address niemand@stadt.example to an Active Directory object.', responseCode: '5009' }
    });
    expect(response.json.value[1].scheduleId).toBe(socialOffice.mail);
  });

  it('accepts the capitalised parameter names used in the Graph docs', async () => {
    const response = await graph(harness, 'POST', '/me/calendar/getschedule', {
      body: { Schedules: [socialOffice.mail], StartTime: slot('2025-03-24T09:00:00'), EndTime: slot('2025-03-24T10:00:00'), availabilityViewInterval: '30' }
    });
    expect(response.json.value[0].availabilityView).toBe('22');
  });

  it('refuses windows longer than 62 days with Exchange\'s error', async () => {
    const allowed = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-01T00:00:00', '2025-05-02T00:00:00', 1440) });
    expect(allowed.status).toBe(200);
    expect(allowed.json.value[0].availabilityView).toHaveLength(62);

    const tooLong = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-01T00:00:00', '2025-05-03T00:00:00') });
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.error.code).toBe('ErrorTimeIntervalTooBig');
    expect(tooLong.json.error.message).toContain('The allowed limit = 62 days; the actual limit = 63 days.');
  });

  it('refuses more than 100 schedules and intervals outside 5–1440 minutes', async () => {
    const addresses = Array.from({ length: 101 }, (_, i) => `person${i}@stadt.example`);
    const tooMany = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest(addresses, '2025-03-24T08:00:00', '2025-03-24T09:00:00') });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error).toMatchObject({ code: 'ErrorMailboxDataArrayTooBig', message: 'There are too many target users in the EmailAddress array. The allowed size = 100; the actual size = 101.' });

    const hundred = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest(addresses.slice(0, 100), '2025-03-24T08:00:00', '2025-03-24T09:00:00') });
    expect(hundred.status).toBe(200);

    const tooFine = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-24T08:00:00', '2025-03-24T09:00:00', 4) });
    expect(tooFine.status).toBe(400);
    expect(tooFine.json.error.code).toBe('ErrorInvalidMergedFreeBusyInterval');
  });

  it('refuses an unknown time zone', async () => {
    const response = await graph(harness, 'POST', '/me/calendar/getSchedule', {
      body: { schedules: [socialOffice.mail], startTime: { dateTime: '2025-03-24T08:00:00', timeZone: 'Mitteleuropa' }, endTime: slot('2025-03-24T09:00:00') }
    });
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('TimeZoneNotSupportedException');
  });
});

describe('getSchedule across the change to summer time', () => {
  it('counts slots in real time: the Sunday of the change has 23 hours', async () => {
    const harness = createHarness(new Date('2025-03-20T07:00:00Z'), {
      [socialOffice.login]: [
        { subject: 'Samstagstermin', start: '2025-03-29T09:00:00', end: '2025-03-29T10:00:00', timeZone: berlin, showAs: 'busy' },
        { subject: 'Montagstermin', start: '2025-03-31T09:00:00', end: '2025-03-31T10:00:00', timeZone: berlin, showAs: 'busy' }
      ]
    });
    const sunday = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-30T00:00:00', '2025-03-31T00:00:00') });
    expect(sunday.json.value[0].availabilityView).toHaveLength(46);

    const weekend = await graph(harness, 'POST', '/me/calendar/getSchedule', { body: scheduleRequest([socialOffice.mail], '2025-03-29T00:00:00', '2025-04-01T00:00:00') });
    const view: string = weekend.json.value[0].availabilityView;
    expect(view).toHaveLength(142);
    // Saturday 09:00 CET is 18 half hours in; Monday 09:00 CEST is 56 real hours in, not 57.
    expect([...view].flatMap((digit, index) => (digit === '2' ? [index] : []))).toEqual([18, 19, 112, 113]);
    const monday = weekend.json.value[0].scheduleItems[1];
    expect(monday.start).toEqual({ dateTime: '2025-03-31T07:00:00.0000000', timeZone: 'UTC' });
  });
});
