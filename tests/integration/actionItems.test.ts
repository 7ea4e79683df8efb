import { coordinator, useTestEmulator } from './support/testEmulator';
import { failureOf } from './support/serviceFailure';
import { newCreateKey } from '../../src/data/sp/keyedCreate';
import type { BodySession } from '../../src/domain';
import { rawRest, type RawRestAnswer } from './support/rawRest';

/**
 * Action items of the sessions (Arbeitsaufträge) in the local SharePoint: the office records them
 * by key, lists them per session and open across sessions, marks them done against the version it
 * read; a department contact's raw REST write is refused (403) and changes nothing.
 */

const actionItemsUrl = '/sites/integration/Lists/ActionItems';

describe('action items of the sessions in the local SharePoint', () => {
  const emulator = useTestEmulator();
  const office = () => emulator.services(coordinator);
  let session: BodySession;
  let later: BodySession;
  let departmentId: number;

  beforeAll(async () => {
    session = await office().bodySessions.record({ title: 'Steuerungsgruppe Mai 2027', body: 'steeringGroup', date: '2027-05-04', agendaItems: [], createKey: newCreateKey() });
    later = await office().bodySessions.record({ title: 'Steuerungsgruppe Oktober 2027', body: 'steeringGroup', date: '2027-10-12', agendaItems: [], createKey: newCreateKey() });
    departmentId = (await office().departments.departments())[0].id;
  }, 60_000);

  const rest = (login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<RawRestAnswer> =>
    rawRest(emulator.siteUrl, login, method, path, body, headers);

  it('records action items of a session and lists them per session and, until done, as open across sessions', async () => {
    const first = await office().actionItems.record({ sessionId: session.id, departmentId, description: 'Sprachkursplätze für Eltern erheben\nBis zur nächsten Sitzung', dueDate: '2027-09-30', createKey: newCreateKey() });
    const second = await office().actionItems.record({ sessionId: session.id, departmentId, description: 'Dolmetscherpool prüfen', createKey: newCreateKey() });
    expect(first).toMatchObject({ sessionId: session.id, departmentId, description: 'Sprachkursplätze für Eltern erheben\nBis zur nächsten Sitzung', dueDate: '2027-09-30', isDone: false });
    expect((await office().actionItems.itemsOfSession(session.id)).map((item) => item.id)).toEqual([first.id, second.id]);
    expect((await office().actionItems.itemsOfSession(later.id))).toEqual([]);
    expect((await office().actionItems.openItems()).map((item) => item.id)).toEqual(expect.arrayContaining([first.id, second.id]));

    const done = await office().actionItems.markDone(second, true, '2027-06-01');
    expect(done).toMatchObject({ isDone: true, doneAt: '2027-06-01' });
    expect((await office().actionItems.openItems()).map((item) => item.id)).not.toContain(second.id);
  });

  it('refuses an item without department or description before anything is sent', async () => {
    const before = (await office().actionItems.itemsOfSession(later.id)).length;
    const refused = await failureOf(office().actionItems.record({ sessionId: later.id, departmentId: 0, description: '  ', createKey: newCreateKey() }));
    expect(refused.status).toBe(400);
    expect(refused.serviceMessage).toContain('Fachbereich');
    expect((await office().actionItems.itemsOfSession(later.id)).length).toBe(before);
  });

  it('marks done only against the version read: a stale version gets 412, none 428, and nothing is overwritten', async () => {
    const item = await office().actionItems.record({ sessionId: later.id, departmentId, description: 'Bericht an den Ausschuss vorbereiten', dueDate: '2027-11-15', createKey: newCreateKey() });
    const done = await office().actionItems.markDone(item, true, '2027-11-10');
    const stale = await failureOf(office().actionItems.markDone(item, false, '2027-11-11'));
    expect(stale.status).toBe(412);
    expect((await failureOf(office().actionItems.markDone({ id: item.id }, false, '2027-11-11'))).status).toBe(428);
    expect(await office().actionItems.item(item.id)).toMatchObject({ isDone: true, doneAt: '2027-11-10' });
    const reopened = await office().actionItems.markDone(done, false, '2027-11-12');
    expect(reopened.isDone).toBe(false);
    expect(reopened.doneAt).toBeUndefined();
  });

  it("lets a department contact read the action items, but SharePoint refuses the contact's create and change (403) and nothing changes", async () => {
    const item = await office().actionItems.record({ sessionId: session.id, departmentId, description: 'Nur das Büro hakt ab', createKey: newCreateKey() });
    const contact = emulator.people.anyContact().login;
    const list = `web/GetList('${encodeURIComponent(actionItemsUrl)}')`;
    const read = await rest(contact, 'GET', `${list}/items(${item.id})?$select=Id,IsDone`);
    expect(read.status).toBe(200);

    const create = await rest(contact, 'POST', `${list}/items`, { Title: 'vom Fachbereich', SessionId: session.id, DepartmentId: departmentId, CreateKey: newCreateKey() });
    expect(create.status).toBe(403);
    const change = await rest(contact, 'POST', `${list}/items(${item.id})`, { IsDone: true }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(change.status).toBe(403);
    const removal = await rest(contact, 'POST', `${list}/items(${item.id})`, undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(removal.status).toBe(403);

    expect(await office().actionItems.item(item.id)).toMatchObject({ isDone: false, description: 'Nur das Büro hakt ab' });
    const all = await rest(coordinator, 'GET', `${list}/items?$select=Title&$top=500`);
    expect((all.json.value as Array<{ Title: string }>).some((row) => row.Title === 'vom Fachbereich')).toBe(false);
  });
});
