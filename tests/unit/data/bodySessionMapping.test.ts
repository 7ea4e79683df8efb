import { bodySessionCreationFields, bodySessionFields, toBodySession } from '../../../src/data/mapping/bodySessionMapping';

describe('body session mapping', () => {
  it('stores the session day as midnight in Germany and reads the same day back', () => {
    const fields = bodySessionCreationFields({ title: 'Rat', body: 'council', date: '2019-03-15', agendaItems: [{ title: 'Fortschreibung', subject: { kind: 'planPeriod', id: 2 } }], planPeriodId: 2, paperNumber: 'DS 0123/2019', createKey: 'k-1' });
    expect(fields).toEqual({
      Title: 'Rat',
      Body: 'Rat',
      SessionDate: '2019-03-14T23:00:00.000Z',
      PaperNumber: 'DS 0123/2019',
      AgendaItems: '[{"title":"Fortschreibung","subject":{"kind":"planPeriod","id":2}}]',
      PlanPeriodId: 2,
      CreateKey: 'k-1'
    });
    const session = toBodySession({ Id: 4, Title: 'Rat', Body: 'Rat', SessionDate: '2019-03-14T23:00:00Z', PaperNumber: 'DS 0123/2019', AgendaItems: fields.AgendaItems, Decisions: null, PlanPeriodId: 2, 'odata.etag': '"3"' });
    expect(session).toEqual({ id: 4, title: 'Rat', body: 'council', date: '2019-03-15', paperNumber: 'DS 0123/2019', agendaItems: [{ title: 'Fortschreibung', subject: { kind: 'planPeriod', id: 2 } }], planPeriodId: 2, etag: '"3"' });
  });

  it('a summer session day is midnight at UTC+2', () => {
    expect(bodySessionFields({ date: '2025-06-03' }).SessionDate).toBe('2025-06-02T22:00:00.000Z');
  });

  it('clears the paper number and decisions with an empty text, and leaves unchanged columns out', () => {
    expect(bodySessionFields({ paperNumber: '', decisions: '' })).toEqual({ PaperNumber: null, Decisions: null });
    expect(bodySessionFields({})).toEqual({});
  });

  it('stores and reads whether a session is planned, booked, held or cancelled, with its Outlook event', () => {
    expect(bodySessionFields({ status: 'booked', eventId: 'AAMk-1' })).toEqual({ SessionStatus: 'gebucht', EventId: 'AAMk-1' });
    expect(bodySessionFields({ status: 'cancelled', eventId: '' })).toEqual({ SessionStatus: 'abgesagt', EventId: null });
    const held = toBodySession({ Id: 5, Title: 'Steuerungsgruppe', Body: 'Steuerungsgruppe', SessionDate: '2025-06-02T22:00:00Z', SessionStatus: 'stattgefunden', EventId: 'AAMk-2' });
    expect(held).toMatchObject({ status: 'held', eventId: 'AAMk-2' });
    // A session typed in by hand before the column existed, or with a choice the list does not offer, has no status.
    expect(toBodySession({ Id: 6, Title: 'Beirat', Body: 'Beirat', SessionDate: '2025-06-02T22:00:00Z', SessionStatus: 'vielleicht' }).status).toBeUndefined();
  });
});
