import { coordinator, useTestEmulator } from './support/testEmulator';

/**
 * What the product promises ("only your department", "only your own comments", "departments do
 * not delete measures"), tried as a department contact would: plain REST calls with their own
 * sign-in, as a browser console, Power Automate or any script can make them. The UI plays no part.
 */
describe('confidential per department, through plain REST', () => {
  const emulator = useTestEmulator();
  const ownNumber = '50';
  let contact: string;

  interface Row {
    Id: number;
    FileDirRef: string;
    FSObjType?: number;
    [field: string]: unknown;
  }

  beforeAll(() => {
    contact = emulator.people.contactOf(ownNumber).login;
  });

  const listUrl = (list: string): string => `/sites/integration/Lists/${list}`;
  const api = (path: string): string => `${emulator.siteUrl}/_api${path}`;
  const list = (name: string): string => `/web/GetList('${encodeURIComponent(listUrl(name))}')`;

  async function rest(login: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
    return fetch(api(path), {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { Authorization: `Bearer ${login}`, Accept: 'application/json', ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body)
    });
  }

  async function items(login: string, name: string, select = 'Id,FileDirRef,FSObjType'): Promise<Row[]> {
    const response = await rest(login, `${list(name)}/items?$select=${select}&$top=5000`);
    expect(response.status).toBe(200);
    return ((await response.json()) as { value: Row[] }).value.filter((row) => row.FSObjType !== 1);
  }

  /** The department folder an item lives in ('' for the list's root). */
  const folderOf = (name: string, row: Row): string => row.FileDirRef.slice(listUrl(name).length).replace(/^\//, '');

  async function addInFolder(login: string, name: string, folder: string, formValues: Array<{ FieldName: string; FieldValue: string }>): Promise<number> {
    const response = await rest(login, `${list(name)}/AddValidateUpdateItemUsingPath()`, {
      body: { listItemCreateInfo: { FolderPath: { DecodedUrl: `${listUrl(name)}/${folder}` }, UnderlyingObjectType: 0 }, formValues, bNewDocumentUpdate: false }
    });
    expect(response.status).toBe(200);
    const results = ((await response.json()) as { value: Array<{ FieldName: string; FieldValue: string; HasException: boolean }> }).value;
    expect(results.filter((result) => result.HasException)).toEqual([]);
    return Number(results.find((result) => result.FieldName === 'Id')!.FieldValue);
  }

  describe.each(['Meetings', 'InitialReviews', 'GoalAgreements', 'AgreementItems', 'AgreementComments'])('%s', (name) => {
    it("gives a department contact its own department's items and none of another's, in the collection or by id", async () => {
      if (name === 'AgreementComments') {
        // The seed has remarks of two other departments only; the contact writes one of their own.
        const [agreement] = await items(coordinator, 'GoalAgreements', `Id,FileDirRef,FSObjType,AgreementYear`).then((rows) => rows.filter((row) => folderOf('GoalAgreements', row) === ownNumber));
        await addInFolder(contact, name, ownNumber, [
          { FieldName: 'Title', FieldValue: 'Eigene Anmerkung' },
          { FieldName: 'Agreement', FieldValue: String(agreement.Id) },
          { FieldName: 'CommentText', FieldValue: 'Eigene Anmerkung' },
          { FieldName: 'CreateKey', FieldValue: `confidentiality-${Date.now()}` }
        ]);
      }
      const all = await items(coordinator, name);
      const own = all.filter((row) => folderOf(name, row) === ownNumber);
      const others = all.filter((row) => folderOf(name, row) !== ownNumber && folderOf(name, row) !== '');
      expect(own.length).toBeGreaterThan(0);
      expect(others.length).toBeGreaterThan(0);

      const seen = await items(contact, name);
      // Their own, all of them; of the root only what belongs to no department (steering group meetings).
      expect(seen.filter((row) => folderOf(name, row) !== '').map((row) => row.Id).sort((a, b) => a - b)).toEqual(own.map((row) => row.Id).sort((a, b) => a - b));
      for (const row of others) {
        const response = await rest(contact, `${list(name)}/items(${row.Id})?$select=Id,Title`);
        expect({ id: row.Id, isHidden: response.status === 404 || response.status === 403 }).toEqual({ id: row.Id, isHidden: true });
      }
      const [first] = own;
      expect((await rest(contact, `${list(name)}/items(${first.Id})`)).status).toBe(200);
    });
  });

  it('keeps the agenda of every other department\'s meeting from a contact; only steering group meetings sit in the root, readable by all', async () => {
    const all = await items(coordinator, 'Meetings', 'Id,FileDirRef,FSObjType,MeetingKind,Agenda,DepartmentId');
    const seen = await items(contact, 'Meetings', 'Id,FileDirRef,FSObjType,MeetingKind,Agenda,DepartmentId');
    const foreignAgendas = all.filter((row) => folderOf('Meetings', row) !== ownNumber && row.Agenda);
    expect(foreignAgendas.length).toBeGreaterThan(20);
    expect(seen.filter((row) => foreignAgendas.some((foreign) => foreign.Id === row.Id))).toEqual([]);
    expect(all.filter((row) => folderOf('Meetings', row) === '').map((row) => row.MeetingKind)).toEqual(expect.arrayContaining(['Steuerungsgruppe']));
    expect(new Set(all.filter((row) => folderOf('Meetings', row) === '').map((row) => row.MeetingKind))).toEqual(new Set(['Steuerungsgruppe']));
  });

  it("refuses a contact's change or deletion of the office's comment (403, unchanged), and lets them change and delete their own", async () => {
    const [agreement] = (await items(coordinator, 'GoalAgreements')).filter((row) => folderOf('GoalAgreements', row) === ownNumber);
    const comment = (text: string) => [
      { FieldName: 'Title', FieldValue: text },
      { FieldName: 'Agreement', FieldValue: String(agreement.Id) },
      { FieldName: 'CommentText', FieldValue: text },
      { FieldName: 'CreateKey', FieldValue: `${text}-${Date.now()}` }
    ];
    const office = await addInFolder(coordinator, 'AgreementComments', ownNumber, comment('Vom Büro'));
    const own = await addInFolder(contact, 'AgreementComments', ownNumber, comment('Vom Fachbereich'));
    const merge = (id: number, text: string) => rest(contact, `${list('AgreementComments')}/items(${id})`, { body: { CommentText: text }, headers: { 'X-HTTP-Method': 'MERGE', 'If-Match': '*' } });
    const textOf = async (id: number): Promise<unknown> => ((await (await rest(coordinator, `${list('AgreementComments')}/items(${id})?$select=CommentText`)).json()) as Row).CommentText;

    expect((await merge(office, 'Vom Fachbereich überschrieben')).status).toBe(403);
    expect((await rest(contact, `${list('AgreementComments')}/items(${office})`, { method: 'DELETE', headers: { 'If-Match': '*' } })).status).toBe(403);
    expect((await rest(contact, `${list('AgreementComments')}/items(${office})/recycle()`, { method: 'POST' })).status).toBe(403);
    expect(await textOf(office)).toBe('Vom Büro');

    expect((await merge(own, 'Vom Fachbereich, ergänzt')).status).toBe(204);
    expect(await textOf(own)).toBe('Vom Fachbereich, ergänzt');
    expect((await rest(contact, `${list('AgreementComments')}/items(${own})/recycle()`, { method: 'POST' })).status).toBe(200);
    expect((await rest(coordinator, `${list('AgreementComments')}/items(${own})`)).status).toBe(404);
  });

  it("refuses a contact's deletion of a measure their department leads (403); the measure remains", async () => {
    // Measures lie in the department's folder of their plan period (`50/FS4`).
    const [measure] = (await items(coordinator, 'Measures', 'Id,FileDirRef,FSObjType,Title')).filter((row) => folderOf('Measures', row).startsWith(`${ownNumber}/FS`) && Number(row.FSObjType) === 0);
    // They may edit it ("IP Bearbeiten ohne Löschen" in a period that is not closed)...
    const edited = await rest(contact, `${list('Measures')}/items(${measure.Id})`, { body: { Description: 'Stand aus dem Fachbereich' }, headers: { 'X-HTTP-Method': 'MERGE', 'If-Match': '*' } });
    expect(edited.status).toBe(204);
    // ...but neither delete it nor move it to the recycle bin.
    expect((await rest(contact, `${list('Measures')}/items(${measure.Id})`, { method: 'DELETE', headers: { 'If-Match': '*' } })).status).toBe(403);
    expect((await rest(contact, `${list('Measures')}/items(${measure.Id})/recycle()`, { method: 'POST' })).status).toBe(403);
    const after = await rest(coordinator, `${list('Measures')}/items(${measure.Id})?$select=Id,Title`);
    expect(after.status).toBe(200);
    expect(((await after.json()) as Row).Title).toBe(measure.Title);
  });
});
