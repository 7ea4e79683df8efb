import { coordinator, useTestEmulator } from './support/testEmulator';
import type { CorrectionRequest } from '../../src/domain';
import type { IndicatorValue } from '../../src/domain';
import { correctedValue, correctionRequestOf, indicatorValueKey } from '../../src/domain';
import { acceptRequest, rejectRequest } from '../../src/app/indicatorDashboard/correctionRequests';

/**
 * Correction requests as SharePoint enforces them: a department contact acts with raw REST (as a
 * browser console or a flow could), the office with the product's services.
 */

type Row = Record<string, unknown>;

const requestsUrl = '/sites/integration/Lists/CorrectionRequests';
const valuesUrl = '/sites/integration/Lists/IndicatorValues';

describe('correction requests in the local SharePoint', () => {
  const emulator = useTestEmulator();
  let lockedYear: number;
  let departmentIds: Map<string, number>;
  let mine: { login: string; department: string };
  let other: { login: string; department: string };
  let lockedValues: Row[];

  async function rest(login: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Row }> {
    const response = await fetch(`${emulator.siteUrl}/_api/${path}`, {
      method,
      headers: { Authorization: `Bearer ${login}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as Row) : {} };
  }

  const itemsOf = (url: string, query: string): string => `web/GetList('${encodeURIComponent(url)}')/items?${query}`;
  const itemOf = (url: string, id: number): string => `web/GetList('${encodeURIComponent(url)}')/items(${id})`;

  async function rows(login: string, url: string, query: string): Promise<Row[]> {
    const { status, json } = await rest(login, 'GET', itemsOf(url, query));
    expect(status).toBe(200);
    return json.value as Row[];
  }

  /** Files a request as a department contact would by hand: AddValidateUpdateItemUsingPath into a folder. */
  async function fileByHand(login: string, folder: string, value: Row, total: number, reason: string, extra: ReadonlyArray<[string, string]> = []): Promise<{ status: number; id?: number; hasException: boolean }> {
    const formValues = [
      ...extra,
      ['Title', String(value.ValueKey)],
      ['IndicatorId', String(value.IndicatorId)],
      ['ReportingYear', String(lockedYear)],
      ['DepartmentId', String(value.DepartmentId)],
      ['ValueKey', String(value.ValueKey)],
      ['Total', String(total)],
      ['CorrectionReason', reason],
      ...(extra.some(([name]) => name === 'RequestStatus') ? [] : [['RequestStatus', 'Offen']]),
      ['CreateKey', `by-hand-${login}-${folder}-${total}`]
    ].map(([name, fieldValue]) => ({ FieldName: name.replace(/Id$/, ''), FieldValue: fieldValue }));
    const { status, json } = await rest(login, 'POST', `web/GetList('${encodeURIComponent(requestsUrl)}')/AddValidateUpdateItemUsingPath`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: `${requestsUrl}/${folder}` }, UnderlyingObjectType: 0 },
      formValues,
      bNewDocumentUpdate: false
    });
    const results = (json.value as Array<{ FieldName: string; FieldValue: string; HasException: boolean }> | undefined) ?? [];
    const id = results.find((result) => result.FieldName === 'Id')?.FieldValue;
    return { status, hasException: results.some((result) => result.HasException), ...(id ? { id: Number(id) } : {}) };
  }

  const valueOf = (department: string): Row => lockedValues.find((value) => value.DepartmentId === departmentIds.get(department))!;

  /** A correction of `value` by `plus`, with its gender parts (if any) still adding up to the total. */
  const asked = (value: Row, plus: number, reason: string): IndicatorValue => {
    const parts = (['Female', 'Male', 'Diverse', 'NotStated'] as const).filter((name) => typeof value[name] === 'number');
    const split = Object.fromEntries(parts.map((name, index) => [name.charAt(0).toLowerCase() + name.slice(1), Number(value[name]) + (index === 0 ? plus : 0)]));
    return { indicatorId: Number(value.IndicatorId), year: lockedYear, total: Number(value.Total) + plus, ...split, departmentId: Number(value.DepartmentId), isCorrection: true, correctionReason: reason };
  };

  beforeAll(async () => {
    const years = await emulator.services(coordinator).reportingYears.years();
    lockedYear = years.find((year) => year.isLocked)!.year;
    departmentIds = new Map((await rows(coordinator, '/sites/integration/Lists/Departments', '$select=Id,DepartmentNumber')).map((row) => [String(row.DepartmentNumber), Number(row.Id)]));
    lockedValues = await rows(coordinator, valuesUrl, `$select=Id,ValueKey,IndicatorId,DepartmentId,Total,Female,Male,Diverse,NotStated,IsCorrection&$filter=ValueYear eq ${lockedYear}&$top=5000`);
    const seededRequests = await rows(coordinator, requestsUrl, '$select=ValueKey');
    const untouched = (department: string): boolean => lockedValues.some((value) => value.DepartmentId === departmentIds.get(department) && !seededRequests.some((request) => request.ValueKey === value.ValueKey));
    const contacts = emulator.people.contacts().filter((person) => untouched(person.department!));
    mine = contacts[0] as { login: string; department: string };
    other = contacts.find((person) => person.department !== mine.department) as { login: string; department: string };
    expect(mine && other).toBeTruthy();
    lockedValues = lockedValues.filter((value) => !seededRequests.some((request) => request.ValueKey === value.ValueKey));
  });

  it("lets a department contact add a request in its own folder, but neither change nor delete it (403), and nothing changes", async () => {
    const value = valueOf(mine.department);
    const filed = await fileByHand(mine.login, mine.department, value, Number(value.Total) + 1, 'Nachmeldung');
    expect(filed).toMatchObject({ status: 200, hasException: false });
    expect(filed.id).toBeGreaterThan(0);

    const change = await rest(mine.login, 'POST', itemOf(requestsUrl, filed.id!), { RequestStatus: 'Angenommen', Total: 9999 }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(change.status).toBe(403);
    const removal = await rest(mine.login, 'POST', itemOf(requestsUrl, filed.id!), undefined, { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' });
    expect(removal.status).toBe(403);

    const stored = await rest(coordinator, 'GET', `${itemOf(requestsUrl, filed.id!)}?$select=RequestStatus,Total`);
    expect(stored.json).toMatchObject({ RequestStatus: 'Offen', Total: Number(value.Total) + 1 });
  });

  it('treats a request a department filed as already decided as open: only the office decides', async () => {
    const value = valueOf(mine.department);
    const forged = await fileByHand(mine.login, mine.department, value, Number(value.Total) + 7, 'Selbst entschieden', [
      ['RequestStatus', 'Angenommen'],
      ['PreviousTotal', '1'],
      ['DecisionNote', 'vom Fachbereich gesetzt']
    ]);
    expect(forged).toMatchObject({ status: 200, hasException: false });
    const open = await emulator.services(coordinator).correctionRequests.openRequests();
    // Only requests: the department folders are no requests.
    expect(open.every((request) => request.valueKey !== '' && request.year === lockedYear)).toBe(true);
    const asOffice = open.find((request) => request.id === forged.id);
    expect(asOffice).toMatchObject({ status: 'open' });
    expect(asOffice?.previous).toBeUndefined();
    expect(asOffice?.decisionNote).toBeUndefined();
    // Nothing was applied to the value either.
    const [stored] = await rows(coordinator, valuesUrl, `$select=Total,IsCorrection&$filter=Id eq ${Number(value.Id)}`);
    expect(stored).toMatchObject({ Total: Number(value.Total) });
  });

  it("keeps another department's requests unreadable, and refuses a request into another department's folder", async () => {
    const theirs = await fileByHand(other.login, other.department, valueOf(other.department), Number(valueOf(other.department).Total) + 2, 'Zählfehler');
    expect(theirs).toMatchObject({ status: 200, hasException: false });

    // Folders come back as items too; the requests are the rest.
    const readable = (await rows(mine.login, requestsUrl, '$select=Id,DepartmentId,FileSystemObjectType&$top=5000')).filter((row) => row.FileSystemObjectType === 0);
    expect(readable.length).toBeGreaterThan(0);
    expect(readable.every((row) => row.DepartmentId === departmentIds.get(mine.department))).toBe(true);
    expect(readable.map((row) => row.Id)).not.toContain(theirs.id);
    const direct = await rest(mine.login, 'GET', itemOf(requestsUrl, theirs.id!));
    expect([403, 404]).toContain(direct.status);

    const before = (await rows(coordinator, requestsUrl, '$select=Id&$top=5000')).length;
    const intruding = await fileByHand(mine.login, other.department, valueOf(other.department), 1, 'Fremder Ordner');
    expect([403, 404]).toContain(intruding.status);
    // Nor into the list's root folder, which only the office may write.
    const atRoot = await rest(mine.login, 'POST', `web/GetList('${encodeURIComponent(requestsUrl)}')/items`, { ValueKey: 'x', Total: 1, CorrectionReason: 'x', ReportingYear: lockedYear });
    expect(atRoot.status).toBe(403);
    expect((await rows(coordinator, requestsUrl, '$select=Id&$top=5000')).length).toBe(before);
  });

  it('files the same request once, however often the department sends it', async () => {
    const value = valueOf(mine.department);
    const request = correctionRequestOf(asked(value, 5, 'Doppelt gesendet'), Number(value.DepartmentId));
    const requests = emulator.services(mine.login).correctionRequests;
    const [first] = await requests.file([request]);
    const [second] = await requests.file([request]);
    expect(first.kind).toBe('filed');
    expect(second.kind).toBe('alreadyFiled');
    const stored = await rows(coordinator, requestsUrl, `$select=Id&$filter=CreateKey eq '${request.createKey}'`);
    expect(stored).toHaveLength(1);
  });

  it('applies an accepted request as a correction with who, when and why, and keeps the value before on the request', async () => {
    const value = valueOf(mine.department);
    const key = indicatorValueKey(Number(value.IndicatorId), lockedYear);
    const requested = Number(value.Total) + 7;
    const contactRequests = emulator.services(mine.login).correctionRequests;
    const [filed] = await contactRequests.file([correctionRequestOf(asked(value, 7, 'Außenstelle nachgemeldet'), Number(value.DepartmentId))]);
    expect(filed.kind).toBe('filed');
    const office = emulator.services(coordinator);
    const { siteUserId } = await office.users.currentUser();
    const accepted = await acceptRequest(office, (filed as { request: CorrectionRequest }).request, siteUserId);
    expect(accepted).toMatchObject({ status: 'accepted', previous: { total: Number(value.Total) }, decidedBy: 'Büro für Integration' });

    const stored = await rest(coordinator, 'GET', `${itemOf(valuesUrl, Number(value.Id))}?$select=ValueKey,Total,IsCorrection,CorrectionReason,CorrectedById,CorrectedAt`);
    expect(stored.json).toMatchObject({ ValueKey: key, Total: requested, IsCorrection: true, CorrectionReason: 'Außenstelle nachgemeldet', CorrectedById: siteUserId });
    expect(typeof stored.json.CorrectedAt).toBe('string');
    const request = await rest(coordinator, 'GET', `${itemOf(requestsUrl, accepted.id!)}?$select=RequestStatus,PreviousTotal,DecidedById,DecidedAt`);
    expect(request.json).toMatchObject({ RequestStatus: 'Angenommen', PreviousTotal: Number(value.Total), DecidedById: siteUserId });

    // The department sees its request decided, with the value before.
    const seen = (await contactRequests.requestsOf([lockedYear])).find((candidate) => candidate.id === accepted.id);
    expect(seen).toMatchObject({ status: 'accepted', previous: { total: Number(value.Total) } });
  });

  it('completes an acceptance that stopped after the value was written, without writing the value again', async () => {
    const value = valueOf(other.department);
    const [filed] = await emulator.services(other.login).correctionRequests.file([correctionRequestOf(asked(value, 4, 'Unterbrochen'), Number(value.DepartmentId))]);
    const office = emulator.services(coordinator);
    const { siteUserId } = await office.users.currentUser();
    // Steps 2 and 3 of an acceptance, as if the office's browser closed before step 4.
    const request = (filed as { request: CorrectionRequest }).request;
    const recorded = await office.correctionRequests.recordPrevious(await office.correctionRequests.request(request.id!), (await office.indicatorValues.valuesOf([request.indicatorId], [lockedYear]))[0]);
    const [stored] = await office.indicatorValues.valuesOf([request.indicatorId], [lockedYear]);
    await office.correctionRequests.applyToValue(correctedValue(stored, recorded), siteUserId);
    const [afterApply] = await office.indicatorValues.valuesOf([request.indicatorId], [lockedYear]);
    expect(recorded).toMatchObject({ status: 'open', previous: { total: Number(value.Total) } });

    const accepted = await acceptRequest(office, recorded, siteUserId);
    expect(accepted).toMatchObject({ status: 'accepted', previous: { total: Number(value.Total) } });
    const [afterAccept] = await office.indicatorValues.valuesOf([request.indicatorId], [lockedYear]);
    expect(afterAccept.etag).toBe(afterApply.etag);
    expect(afterAccept).toMatchObject({ total: Number(value.Total) + 4, isCorrection: true, correctionReason: 'Unterbrochen' });
  });

  it('rejects a request with a note, and leaves the value as it was', async () => {
    const office = emulator.services(coordinator);
    const { siteUserId } = await office.users.currentUser();
    const open = (await office.correctionRequests.openRequests()).find((request) => request.departmentId === departmentIds.get(mine.department))!;
    const [before] = await office.indicatorValues.valuesOf([open.indicatorId], [open.year]);
    const rejected = await rejectRequest(office, open, 'Der Wert wurde bereits im Bericht veröffentlicht.', siteUserId);
    expect(rejected).toMatchObject({ status: 'rejected', decisionNote: 'Der Wert wurde bereits im Bericht veröffentlicht.' });
    const [after] = await office.indicatorValues.valuesOf([open.indicatorId], [open.year]);
    expect(after.etag).toBe(before.etag);
    await expect(rejectRequest(office, open, 'noch einmal', siteUserId)).rejects.toThrow(/already decided/);
  });

  it('does not pass off the same request as filed once the office has rejected it', async () => {
    const value = valueOf(mine.department);
    const request = correctionRequestOf(asked(value, 9, 'Abgelehnter Grund'), Number(value.DepartmentId));
    const requests = emulator.services(mine.login).correctionRequests;
    const [first] = await requests.file([request]);
    const office = emulator.services(coordinator);
    await rejectRequest(office, (first as { request: CorrectionRequest }).request, 'Nicht belegt', (await office.users.currentUser()).siteUserId);
    const [again] = await requests.file([request]);
    expect(again).toMatchObject({ kind: 'failed', status: 409 });
  });
});
