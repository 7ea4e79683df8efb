import { coordinator, useTestEmulator } from './support/testEmulator';
import { failureOf } from './support/serviceFailure';
import { newCreateKey } from '../../src/data/sp/keyedCreate';
import { maxMinutesBytes } from '../../src/domain';
import type { BodySession } from '../../src/domain';

/**
 * Minutes of a session as a document attached to its item, through PnPjs' AttachmentFiles against
 * the local SharePoint: upload and download, clear refusals that leave what is stored alone, a
 * lost answer resolved by what was stored, and a department contact's raw REST write → 403.
 */

const sessionsUrl = '/sites/integration/Lists/BodySessions';
const minutes = new TextEncoder().encode('%PDF-1.7\nProtokoll der Steuerungsgruppe\n');

describe('minutes of a session in the local SharePoint', () => {
  const emulator = useTestEmulator();
  const office = () => emulator.services(coordinator);
  let session: BodySession;

  beforeAll(async () => {
    session = await office().bodySessions.record({ title: 'Steuerungsgruppe Juni 2027', body: 'steeringGroup', date: '2027-06-08', agendaItems: [], createKey: newCreateKey() });
  }, 60_000);

  it('uploads minutes, lists them and downloads exactly the bytes uploaded; the session gets a new version', async () => {
    const attached = await office().sessionMinutes.attach(session.id, { name: 'Protokoll Steuerungsgruppe 2027-06-08.pdf', content: minutes });
    expect(attached).toEqual({ name: 'Protokoll Steuerungsgruppe 2027-06-08.pdf', serverRelativeUrl: `${sessionsUrl}/Attachments/${session.id}/Protokoll Steuerungsgruppe 2027-06-08.pdf` });
    expect((await office().sessionMinutes.minutesOf(session.id)).map((file) => file.name)).toEqual(['Protokoll Steuerungsgruppe 2027-06-08.pdf']);
    const downloaded = await office().sessionMinutes.read(session.id, 'Protokoll Steuerungsgruppe 2027-06-08.pdf');
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(minutes);
    const reread = await office().bodySessions.session(session.id);
    expect(reread.etag).not.toBe(session.etag);
    const contact = emulator.people.anyContact().login;
    expect((await emulator.services(contact).sessionMinutes.minutesOf(session.id)).length).toBe(1);
  });

  it('refuses a wrong type, an empty or too large file, a bad name and a second file of the same name, and keeps what is stored', async () => {
    const before = await office().sessionMinutes.minutesOf(session.id);
    const attempts = [
      { name: 'Protokoll.exe', content: minutes, code: 'MinutesFile.type' },
      { name: 'Leer.pdf', content: new Uint8Array(0), code: 'MinutesFile.empty' },
      { name: 'Riesig.pdf', content: new Uint8Array(maxMinutesBytes + 1), code: 'MinutesFile.tooLarge' },
      { name: 'Protokoll: Juni?.pdf', content: minutes, code: 'MinutesFile.name' },
      { name: 'protokoll steuerungsgruppe 2027-06-08.PDF', content: new TextEncoder().encode('%PDF anderes'), code: 'MinutesFile.exists' }
    ];
    for (const attempt of attempts) {
      const refused = await failureOf(office().sessionMinutes.attach(session.id, attempt));
      expect({ name: attempt.name, code: refused.code }).toEqual({ name: attempt.name, code: attempt.code });
      expect(refused.serviceMessage).toMatch(/bitte/);
    }
    expect(await office().sessionMinutes.minutesOf(session.id)).toEqual(before);
    const kept = await office().sessionMinutes.read(session.id, before[0].name);
    expect(new Uint8Array(await kept.arrayBuffer())).toEqual(minutes);
  });

  it('stores the file once when the answer to the upload was lost', async () => {
    await emulator.injectFault({ path: 'AttachmentFiles/add', count: 1, status: 500, afterProcessing: true });
    const attached = await office().sessionMinutes.attach(session.id, { name: 'Anlage Arbeitsaufträge.docx', content: minutes });
    expect(attached.name).toBe('Anlage Arbeitsaufträge.docx');
    expect((await office().sessionMinutes.minutesOf(session.id)).filter((file) => file.name === 'Anlage Arbeitsaufträge.docx').length).toBe(1);
  });

  it("refuses a department contact's raw REST upload and removal (403); the office removes minutes", async () => {
    const contact = emulator.people.anyContact().login;
    const item = `${emulator.siteUrl}/_api/web/GetList('${encodeURIComponent(sessionsUrl)}')/items(${session.id})`;
    const upload = await fetch(`${item}/AttachmentFiles/add(FileName='Fachbereich.pdf')`, { method: 'POST', headers: { Authorization: `Bearer ${contact}`, Accept: 'application/json' }, body: minutes });
    expect(upload.status).toBe(403);
    const removal = await fetch(`${item}/AttachmentFiles('Anlage%20Arbeitsauftr%C3%A4ge.docx')`, { method: 'POST', headers: { Authorization: `Bearer ${contact}`, 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' } });
    expect(removal.status).toBe(403);
    expect((await office().sessionMinutes.minutesOf(session.id)).map((file) => file.name)).toEqual(['Protokoll Steuerungsgruppe 2027-06-08.pdf', 'Anlage Arbeitsaufträge.docx']);

    await office().sessionMinutes.remove(session.id, 'Anlage Arbeitsaufträge.docx');
    expect((await office().sessionMinutes.minutesOf(session.id)).map((file) => file.name)).toEqual(['Protokoll Steuerungsgruppe 2027-06-08.pdf']);
  });
});
