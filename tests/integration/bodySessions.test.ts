import { coordinator, useTestEmulator } from './support/testEmulator';
import { failureOf } from './support/serviceFailure';
import { newCreateKey } from '../../src/data/sp/keyedCreate';
import type { NewBodySession } from '../../src/domain';
import { rawRest, type RawRestAnswer } from './support/rawRest';

/**
 * The sessions of the bodies in the local SharePoint: the office records and changes them through
 * the product's services; a department contact reads them, and SharePoint refuses the contact's
 * write made with raw REST (as a browser console or a flow could).
 */

const sessionsUrl = '/sites/integration/Lists/BodySessions';

describe('sessions of the bodies in the local SharePoint', () => {
  const emulator = useTestEmulator();
  const office = () => emulator.services(coordinator).bodySessions;

  const rest = (login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawRestAnswer> =>
    rawRest(emulator.siteUrl, login, method, path, body, headers);
  const items = (query: string): string => `web/GetList('${encodeURIComponent(sessionsUrl)}')/items?${query}`;

  const session = (title: string, changes: Partial<NewBodySession> = {}): NewBodySession => ({
    title,
    body: 'committee',
    date: '2027-03-16',
    paperNumber: 'DS 0456/2027',
    agendaItems: [{ title: '3. Fortschreibung: Zieländerungen', subject: { kind: 'planPeriod', id: 4 } }, { title: 'Verschiedenes' }],
    decisions: 'Der Ausschuss beschließt die Zieländerungen.',
    planPeriodId: 4,
    createKey: newCreateKey(),
    ...changes
  });

  it("reads the demo's cycle of the 2nd update by plan period, in the order Beirat, Ausschuss, Rat", async () => {
    const sessions = await office().sessionsOfPlanPeriod(2);
    const cycle = sessions.filter((candidate) => candidate.body !== 'steeringGroup');
    expect(cycle.map((candidate) => [candidate.body, candidate.date, candidate.paperNumber])).toEqual([
      ['advisoryBoard', '2019-03-04', 'DS 0123/2019'],
      ['committee', '2019-03-12', 'DS 0123/2019'],
      ['council', '2019-03-15', 'DS 0123/2019']
    ]);
    expect(cycle[2].agendaItems).toEqual([{ title: '2. Fortschreibung des Integrationskonzepts 2019–2021', subject: { kind: 'planPeriod', id: 2 } }]);
    expect((await office().sessionsOfYear(2018)).map((candidate) => [candidate.body, candidate.date])).toEqual([['advisoryBoard', '2018-12-10']]);
  });

  it('lets the office record a session and read it back by year and plan period, the 1 January session in its own year', async () => {
    const recorded = await office().record(session('Ausschuss März 2027'));
    expect(recorded).toEqual({ ...session('Ausschuss März 2027'), id: recorded.id, etag: recorded.etag, createKey: undefined });
    const newYear = await office().record(session('Neujahrssitzung', { body: 'steeringGroup', date: '2028-01-01', paperNumber: undefined, decisions: undefined }));
    expect((await office().sessionsOfYear(2027)).map((candidate) => candidate.title)).toEqual(['Ausschuss März 2027']);
    expect((await office().sessionsOfYear(2028)).map((candidate) => [candidate.title, candidate.date])).toEqual([['Neujahrssitzung', '2028-01-01']]);
    expect((await office().sessionsOfPlanPeriod(4)).map((candidate) => candidate.id)).toEqual(expect.arrayContaining([recorded.id, newYear.id]));
  });

  it('records one session when the answer to the create was lost, and a repeat with the same key finds it', async () => {
    const lost = session('Beirat mit verlorener Antwort', { body: 'advisoryBoard' });
    await emulator.injectFault({ path: 'BodySessions.*/items$', count: 1, status: 500, afterProcessing: true });
    const first = await office().record(lost);
    const again = await office().record(lost);
    expect(again.id).toBe(first.id);
    const stored = await rest(coordinator, 'GET', items(`$select=Id&$filter=Title eq 'Beirat mit verlorener Antwort'`));
    expect((stored.json.value as unknown[]).length).toBe(1);
  });

  it('saves a change against the version read: a stale version gets 412, none at all 428, and nothing is overwritten', async () => {
    const recorded = await office().record(session('Rat Juni 2027', { body: 'council', date: '2027-06-24' }));
    const changed = await office().update(recorded, { decisions: 'Der Rat beschließt die Zieländerungen unverändert.' });
    expect(changed.decisions).toBe('Der Rat beschließt die Zieländerungen unverändert.');
    const stale = await failureOf(office().update(recorded, { decisions: 'veraltet' }));
    expect(stale.status).toBe(412);
    const unknown = await failureOf(office().update({ id: recorded.id }, { decisions: 'ohne Version' }));
    expect(unknown.status).toBe(428);
    expect((await office().session(recorded.id)).decisions).toBe('Der Rat beschließt die Zieländerungen unverändert.');
  });

  it("lets a department contact read the sessions, but SharePoint refuses the contact's create and change (403) and nothing is added", async () => {
    const contact = emulator.people.anyContact().login;
    const before = await rest(contact, 'GET', items('$select=Id,Title&$top=500'));
    expect(before.status).toBe(200);
    const known = before.json.value as Array<{ Id: number; Title: string }>;
    expect(known.length).toBeGreaterThan(4);

    const create = await rest(contact, 'POST', `web/GetList('${encodeURIComponent(sessionsUrl)}')/items`, { Title: 'Sitzung vom Fachbereich', Body: 'Rat', SessionDate: '2027-03-14T23:00:00Z', CreateKey: newCreateKey() });
    expect(create.status).toBe(403);
    const change = await rest(contact, 'POST', `web/GetList('${encodeURIComponent(sessionsUrl)}')/items(${known[0].Id})`, { Decisions: 'vom Fachbereich geändert' }, {
      'X-HTTP-Method': 'MERGE',
      'IF-MATCH': '*'
    });
    expect(change.status).toBe(403);

    const after = await rest(coordinator, 'GET', items('$select=Id,Title,Decisions&$top=500'));
    const rows = after.json.value as Array<{ Id: number; Title: string; Decisions: string | null }>;
    expect(rows.map((row) => row.Id)).toEqual(known.map((row) => row.Id));
    expect(rows.some((row) => row.Decisions === 'vom Fachbereich geändert')).toBe(false);
  });
});
