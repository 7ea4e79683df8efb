import { berlin, coordinator, createHarness, graph, schoolOffice, slot, socialOffice, type Harness } from './graphTestKit';

interface Suggestion {
  confidence: number;
  order: number;
  organizerAvailability: string;
  suggestionReason: string;
  attendeeAvailability: Array<{ attendee: { emailAddress: { address: string } }; availability: string }>;
  meetingTimeSlot: { start: { dateTime: string; timeZone: string }; end: { dateTime: string; timeZone: string } };
}

function request(attendees: string[], start: string, end: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    attendees: attendees.map((address) => ({ type: 'required', emailAddress: { address } })),
    timeConstraint: { activityDomain: 'work', timeSlots: [{ start: slot(start), end: slot(end) }] },
    meetingDuration: 'PT1H',
    returnSuggestionReasons: true,
    ...extra
  };
}

const prefer = { Prefer: `outlook.timezone="${berlin}"` };

function localTimes(suggestions: Suggestion[]): string[] {
  return suggestions.map((suggestion) => `${suggestion.meetingTimeSlot.start.dateTime.slice(0, 16)}–${suggestion.meetingTimeSlot.end.dateTime.slice(11, 16)}`);
}

describe('findMeetingTimes', () => {
  let harness: Harness;

  beforeEach(() => {
    harness = createHarness(new Date('2025-03-20T07:00:00Z'), {
      [coordinator.login]: [{ subject: 'Amtsleitung', start: '2025-03-24T08:00:00', end: '2025-03-24T12:00:00', timeZone: berlin, showAs: 'busy' }],
      [socialOffice.login]: [
        { subject: 'Sprechstunde', start: '2025-03-24T12:00:00', end: '2025-03-24T17:00:00', timeZone: berlin, showAs: 'busy' },
        { subject: 'Frühbesprechung', start: '2025-03-25T08:00:00', end: '2025-03-25T09:00:00', timeZone: berlin, showAs: 'oof' }
      ]
    });
  });

  it('suggests the nearest slots where organizer and attendees are free', async () => {
    const response = await graph(harness, 'POST', '/me/findMeetingTimes', {
      body: request([socialOffice.mail], '2025-03-24T08:00:00', '2025-03-25T17:00:00', { maxCandidates: 5 }),
      headers: prefer
    });
    expect(response.status).toBe(200);
    expect(response.headers['Preference-Applied']).toBe(`outlook.timezone="${berlin}"`);
    expect(response.json.emptySuggestionsReason).toBe('');
    const suggestions: Suggestion[] = response.json.meetingTimeSuggestions;
    expect(localTimes(suggestions)).toEqual(['2025-03-25T09:00–10:00', '2025-03-25T09:30–10:30', '2025-03-25T10:00–11:00', '2025-03-25T10:30–11:30', '2025-03-25T11:00–12:00']);
    expect(suggestions.map((suggestion) => suggestion.order)).toEqual([1, 2, 3, 4, 5]);
    expect(suggestions[0]).toMatchObject({
      confidence: 100,
      organizerAvailability: 'free',
      suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
      attendeeAvailability: [{ attendee: { emailAddress: { address: socialOffice.mail } }, availability: 'free' }],
      meetingTimeSlot: { start: { timeZone: berlin } }
    });
  });

  it('keeps to working hours for activityDomain work, and not for unrestricted', async () => {
    const work = await graph(harness, 'POST', '/me/findMeetingTimes', { body: request([schoolOffice.mail], '2025-03-26T06:00:00', '2025-03-26T20:00:00', { maxCandidates: 100 }), headers: prefer });
    const workTimes = localTimes(work.json.meetingTimeSuggestions);
    expect(workTimes).toHaveLength(17);
    expect(workTimes[0]).toBe('2025-03-26T08:00–09:00');
    expect(workTimes[workTimes.length - 1]).toBe('2025-03-26T16:00–17:00');

    const anyTime = await graph(harness, 'POST', '/me/findMeetingTimes', {
      body: request([schoolOffice.mail], '2025-03-26T06:00:00', '2025-03-26T20:00:00', { maxCandidates: 100, timeConstraint: { activityDomain: 'unrestricted', timeSlots: [{ start: slot('2025-03-26T06:00:00'), end: slot('2025-03-26T20:00:00') }] } }),
      headers: prefer
    });
    expect(localTimes(anyTime.json.meetingTimeSuggestions)).toHaveLength(27);

    const weekend = await graph(harness, 'POST', '/me/findMeetingTimes', { body: request([schoolOffice.mail], '2025-03-29T08:00:00', '2025-03-29T17:00:00') });
    expect(weekend.json.meetingTimeSuggestions).toEqual([]);
  });

  it('explains empty results: organizer busy, attendees busy, attendees unknown', async () => {
    const organizerBusy = await graph(harness, 'POST', '/me/findMeetingTimes', { body: request([schoolOffice.mail], '2025-03-24T08:00:00', '2025-03-24T12:00:00') });
    expect(organizerBusy.json).toMatchObject({ meetingTimeSuggestions: [], emptySuggestionsReason: 'organizerUnavailable' });

    const attendeeBusy = await graph(harness, 'POST', '/me/findMeetingTimes', { body: request([socialOffice.mail], '2025-03-24T12:00:00', '2025-03-24T17:00:00') });
    expect(attendeeBusy.json).toMatchObject({ meetingTimeSuggestions: [], emptySuggestionsReason: 'attendeesUnavailable' });

    const unknown = await graph(harness, 'POST', '/me/findMeetingTimes', { body: request(['extern@beirat.example'], '2025-03-26T08:00:00', '2025-03-26T12:00:00') });
    expect(unknown.json.emptySuggestionsReason).toBe('attendeesUnavailableOrUnknown');

    // Unknown availability counts 49 %; a lower quorum lets those slots through.
    const quorum = await graph(harness, 'POST', '/me/findMeetingTimes', { body: request(['extern@beirat.example'], '2025-03-26T08:00:00', '2025-03-26T12:00:00', { minimumAttendeePercentage: 40 }) });
    expect(quorum.json.meetingTimeSuggestions[0]).toMatchObject({ confidence: 49, attendeeAvailability: [{ availability: 'unknown' }] });
  });

  it('ranks a slot with everyone free above an earlier one with a busy attendee', async () => {
    const response = await graph(harness, 'POST', '/me/findMeetingTimes', {
      body: request([socialOffice.mail, schoolOffice.mail], '2025-03-24T12:00:00', '2025-03-25T12:00:00', { maxCandidates: 2 }),
      headers: prefer
    });
    const suggestions: Suggestion[] = response.json.meetingTimeSuggestions;
    // Monday afternoon one of two is busy (confidence 50); Tuesday 09:00 both are free.
    expect(suggestions.map((suggestion) => suggestion.confidence)).toEqual([100, 100]);
    expect(localTimes(suggestions)[0]).toBe('2025-03-25T09:00–10:00');
  });

  it('refuses a malformed duration', async () => {
    const response = await graph(harness, 'POST', '/me/findMeetingTimes', { body: request([socialOffice.mail], '2025-03-24T08:00:00', '2025-03-24T12:00:00', { meetingDuration: 'eine Stunde' }) });
    expect(response.status).toBe(400);
  });
});
