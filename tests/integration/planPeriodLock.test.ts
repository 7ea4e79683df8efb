import { coordinator, useTestEmulator } from './support/testEmulator';
import type { ProductServices } from '../../src/app/services';
import type { Department, PlanPeriod } from '../../src/domain';
import { currentPlanPeriod } from '../../src/domain';
import { ServiceError } from '../../src/http/serviceError';
import { PlanPeriodLockIncompleteError, PlanPeriodRefusedError } from '../../src/data/planPeriodLifecycle';
import type { CatalogueImportPlan } from '../../src/catalogueImport/importPlan';

/**
 * "A closed plan period is read-only", tried as a department contact would: plain REST calls
 * against the local SharePoint with demo data. The demo's current period (4th update) is open;
 * the ones before are closed. SharePoint, not the UI, must refuse.
 */

const sitePath = '/sites/integration';
const measuresPath = `${sitePath}/Lists/Measures`;
const periodsPath = `${sitePath}/Lists/PlanPeriods`;

interface MeasureRow {
  readonly Id: number;
  readonly Title: string;
  readonly Description: string | null;
  readonly LeadDepartmentId: number;
  readonly FileDirRef: string;
}

describe('closed plan periods against the local SharePoint, as a department contact with raw REST', () => {
  const emulator = useTestEmulator();
  let office: ProductServices;
  let period: PlanPeriod;
  let own: Department;
  let contact: string;
  let siteUserId: number;

  /** A raw REST call as `login`, with `listPath` as the `@l` alias. */
  async function rest(login: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; listPath?: string } = {}): Promise<Response> {
    const url = new URL(`${emulator.siteUrl}${path}`);
    if (path.includes('@l')) {
      url.searchParams.set('@l', `'${init.listPath ?? measuresPath}'`);
    }
    return fetch(url, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { Authorization: `Bearer ${login}`, Accept: 'application/json', 'Content-Type': 'application/json', ...(init.headers ?? {}) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) })
    });
  }

  async function measure(id: number): Promise<MeasureRow> {
    const response = await rest(coordinator, `/_api/web/GetList(@l)/items(${id})?$select=Id,Title,Description,LeadDepartmentId,FileDirRef`);
    expect(response.status).toBe(200);
    return (await response.json()) as MeasureRow;
  }

  async function ownMeasure(): Promise<MeasureRow> {
    const response = await rest(coordinator, `/_api/web/GetList(@l)/items?$select=Id,Title,Description,LeadDepartmentId,FileDirRef&$top=5000&$filter=${encodeURIComponent(`LeadDepartmentId eq ${own.id}`)}`);
    const rows = ((await response.json()) as { value: MeasureRow[] }).value;
    return rows.find((row) => row.FileDirRef === `${measuresPath}/${own.number}/FS${period.updateNumber}`)!;
  }

  function merge(login: string, id: number, fields: Record<string, unknown>): Promise<Response> {
    return rest(login, `/_api/web/GetList(@l)/items(${id})`, { body: fields, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } });
  }

  function patch(login: string, id: number, fields: Record<string, unknown>): Promise<Response> {
    return rest(login, `/_api/web/GetList(@l)/items(${id})`, { method: 'PATCH', body: fields, headers: { 'IF-MATCH': '*' } });
  }

  /** Answers the status of an AddValidateUpdateItemUsingPath, which reports a field's failure inside a 200. */
  async function create(login: string, folder: string, title: string): Promise<number> {
    const goalId = (await ownMeasureGoal()).toString();
    const response = await rest(login, `/_api/web/GetList(@l)/AddValidateUpdateItemUsingPath()`, {
      body: {
        listItemCreateInfo: { FolderPath: { DecodedUrl: `${measuresPath}/${folder}` } },
        formValues: Object.entries({ Title: title, Goal: goalId, PlanPeriod: String(period.id), LeadDepartment: String(own.id), MeasureStatus: 'geplant', ImportKey: title }).map(([FieldName, FieldValue]) => ({
          FieldName,
          FieldValue
        }))
      }
    });
    if (response.status !== 200) {
      return response.status;
    }
    const body = (await response.json()) as { value?: Array<{ HasException: boolean }> };
    return (body.value ?? []).some((field) => field.HasException) ? 400 : 200;
  }

  async function ownMeasureGoal(): Promise<number> {
    const response = await rest(coordinator, `/_api/web/GetList(@l)/items(${(await ownMeasure()).Id})?$select=GoalId`);
    return ((await response.json()) as { GoalId: number }).GoalId;
  }

  /** A plan that creates one measure of department 50 in the current period. */
  async function importPlan(importKey: string): Promise<CatalogueImportPlan> {
    return {
      fieldsOfAction: [],
      goals: [],
      measures: [
        {
          kind: 'create',
          row: 2,
          importKey,
          planPeriodId: period.id,
          fields: { title: `Import ${importKey}`, number: '9.9', goal: { goalId: await ownMeasureGoal() }, leadDepartmentId: own.id, involvedDepartmentIds: [], status: 'planned' },
          addIndicators: []
        }
      ],
      counts: { create: 1, update: 0, unchanged: 0 }
    };
  }

  async function stored(): Promise<PlanPeriod> {
    return office.planPeriods.period(period.id);
  }

  beforeAll(async () => {
    office = emulator.services(coordinator);
    period = currentPlanPeriod(await office.catalogue.planPeriods())!;
    own = (await office.departments.departments()).find((department) => department.number === '50')!;
    contact = emulator.people.contactOf('50').login;
    siteUserId = (await office.users.currentUser()).siteUserId;
  });

  it("lets a department edit and add measures in its folder of the open period only, never directly in its department's folder", async () => {
    expect(period.status).toBe('adopted');
    const mine = await ownMeasure();
    expect((await merge(contact, mine.Id, { Description: 'Stand aus dem Fachbereich' })).status).toBe(204);
    expect(await create(contact, `${own.number}/FS${period.updateNumber}`, 'Neue Maßnahme im laufenden Zeitraum')).toBe(200);
    expect(await create(contact, own.number, 'Maßnahme neben den Zeiträumen')).toBe(403);
    // The previous periods are closed in the demo: their folders are read-only.
    expect(await create(contact, `${own.number}/FS${period.updateNumber - 1}`, 'Nachtrag in die abgeschlossene Fortschreibung')).toBe(403);
  });

  it("closes the period as the office: every department's folder read-only, the close recorded; MERGE, PATCH and create then answer 403 and change nothing", async () => {
    const mine = await ownMeasure();
    const closed = await office.planPeriods.close(await stored(), siteUserId, { now: new Date('2026-12-01T09:00:00Z') });
    expect(closed).toMatchObject({ status: 'closed', closedAt: '2026-12-01T09:00:00Z', closedBy: 'Büro für Integration' });
    expect((await office.catalogue.planPeriods()).find((candidate) => candidate.id === period.id)?.status).toBe('closed');

    expect((await merge(contact, mine.Id, { Description: 'Nach dem Abschluss geändert' })).status).toBe(403);
    expect((await patch(contact, mine.Id, { Title: 'Nach dem Abschluss umbenannt' })).status).toBe(403);
    expect(await measure(mine.Id)).toMatchObject({ Title: mine.Title, Description: 'Stand aus dem Fachbereich' });
    expect(await create(contact, `${own.number}/FS${period.updateNumber}`, 'Nachtrag nach dem Abschluss')).toBe(403);
    // The product's own save as the contact meets the same refusal.
    const contactServices = emulator.services(contact);
    const current = await contactServices.catalogue.measure(mine.Id);
    const refused = await contactServices.catalogue.updateMeasure(mine.Id, current.etag, { description: 'über die Oberfläche' }).catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(403);
    // Nor can the department reopen it: the PlanPeriods list is the office's.
    expect((await rest(contact, `/_api/web/GetList(@l)/items(${period.id})`, { listPath: periodsPath, body: { PeriodStatus: 'Beschlossen' }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } })).status).toBe(403);
    expect((await stored()).status).toBe('closed');
  });

  it('refuses an import into the closed period before writing anything', async () => {
    const before = (await office.catalogue.measures(period.id)).length;
    const result = await office.catalogueImport.apply(await importPlan('FS-closed-import'), { planPeriod: await stored(), departments: await office.departments.departments(), measures: [] });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ row: 0, message: 'importApply.periodClosed' }]);
    expect((await office.catalogue.measures(period.id)).length).toBe(before);
  });

  it('reopens only with a reason, records who, when and why, and gives the department its folder back', async () => {
    const mine = await ownMeasure();
    const withoutReason = await office.planPeriods.reopen(await stored(), '   ', siteUserId).catch((error: unknown) => error);
    expect(withoutReason).toBeInstanceOf(PlanPeriodRefusedError);
    expect((await stored()).status).toBe('closed');
    expect((await merge(contact, mine.Id, { Description: 'noch gesperrt' })).status).toBe(403);

    const reopened = await office.planPeriods.reopen(await stored(), 'Nachtrag des Ratsbeschlusses vom 10.12.', siteUserId, { now: new Date('2026-12-02T08:00:00Z') });
    expect(reopened).toMatchObject({
      status: 'adopted',
      reopenedAt: '2026-12-02T08:00:00Z',
      reopenedBy: 'Büro für Integration',
      reopenReason: 'Nachtrag des Ratsbeschlusses vom 10.12.',
      // The close stays on record.
      closedAt: '2026-12-01T09:00:00Z'
    });
    expect((await merge(contact, mine.Id, { Description: 'Nach der Wiederöffnung' })).status).toBe(204);
    expect((await measure(mine.Id)).Description).toBe('Nach der Wiederöffnung');
  });

  it('leaves the period open while a folder could not be switched, names the departments, and a repeated close finishes it', async () => {
    const mine = await ownMeasure();
    const departments = await office.departments.departments();
    // The first permission change of the close fails: that department's folder keeps its level.
    await emulator.injectFault({ path: 'addroleassignment', status: 500, count: 1 });
    const progress: Array<{ done: number; total: number }> = [];
    const failure = await office.planPeriods.close(await stored(), siteUserId, { onProgress: (step) => progress.push(step) }).catch((error: unknown) => error);
    expect(progress[progress.length - 1]).toEqual({ done: departments.length, total: departments.length });
    expect(failure).toBeInstanceOf(PlanPeriodLockIncompleteError);
    const incomplete = failure as PlanPeriodLockIncompleteError;
    expect(incomplete.folders.failed).toHaveLength(1);
    expect(incomplete.folders.switched).toHaveLength(departments.length - 1);
    expect(incomplete.saved).toBeUndefined();
    expect((await stored()).status).toBe('adopted');

    const repeated = await office.planPeriods.close(await stored(), siteUserId);
    expect(repeated.status).toBe('closed');
    expect((await merge(contact, mine.Id, { Description: 'nach dem zweiten Versuch' })).status).toBe(403);
    const reopened = await office.planPeriods.reopen(repeated, 'Zurück für die weiteren Tests', siteUserId);
    expect(reopened.status).toBe('adopted');
  });

  it("imports new measures into the lead department's folder of the open period", async () => {
    const result = await office.catalogueImport.apply(await importPlan('FS-open-import'), { planPeriod: await stored(), departments: await office.departments.departments(), measures: [] });
    expect(result.ok).toBe(true);
    expect((await measure(result.createdIds.get('FS-open-import')!)).FileDirRef).toBe(`${measuresPath}/${own.number}/FS${period.updateNumber}`);
  });

  it("refuses a department contact's close as SharePoint does: 403, and the period stays open", async () => {
    const contactServices = emulator.services(contact);
    const refused = await contactServices.planPeriods.close(await contactServices.planPeriods.period(period.id), (await contactServices.users.currentUser()).siteUserId).catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(403);
    expect((await stored()).status).toBe('adopted');
    expect((await merge(contact, (await ownMeasure()).Id, { Description: 'weiter bearbeitbar' })).status).toBe(204);
  });

  it('refuses a close with an outdated version before switching any folder', async () => {
    const outdated = await stored();
    await office.planPeriods.close(outdated, siteUserId);
    await office.planPeriods.reopen(await stored(), 'Versehentlich abgeschlossen', siteUserId);
    const refused = await office.planPeriods.close(outdated, siteUserId).catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(412);
    expect((await stored()).status).toBe('adopted');
    expect((await merge(contact, (await ownMeasure()).Id, { Description: 'weiter offen' })).status).toBe(204);
  });

  it("records the council's adoption of the draft with its day and paper; a bad day, a contact's attempt and a second adoption change nothing", async () => {
    const draft = (await office.catalogue.planPeriods()).find((candidate) => candidate.status === 'draft')!;
    // 31 April does not exist: refused before anything is written.
    const badDay = await office.planPeriods.adopt(draft, { adoptionDate: '2028-04-31', paperNumber: 'DS 0042/2028' }).catch((error: unknown) => error);
    expect(badDay).toBeInstanceOf(PlanPeriodRefusedError);
    expect((badDay as ServiceError).status).toBe(400);
    // A department contact: SharePoint refuses the write itself, also as a raw MERGE.
    const contactServices = emulator.services(contact);
    const refused = await contactServices.planPeriods.adopt(await contactServices.planPeriods.period(draft.id), { adoptionDate: '2028-03-09', paperNumber: 'DS 0042/2028' }).catch((error: unknown) => error);
    expect((refused as ServiceError).status).toBe(403);
    expect((await rest(contact, `/_api/web/GetList(@l)/items(${draft.id})`, { listPath: periodsPath, body: { PeriodStatus: 'Beschlossen' }, headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } })).status).toBe(403);
    expect((await office.planPeriods.period(draft.id)).status).toBe('draft');

    const adopted = await office.planPeriods.adopt(await office.planPeriods.period(draft.id), { adoptionDate: '2028-03-09', paperNumber: ' DS 0042/2028 ' });
    expect(adopted).toMatchObject({ status: 'adopted', adoptionDate: '2028-03-09', paperNumber: 'DS 0042/2028' });
    const again = await office.planPeriods.adopt(adopted, { adoptionDate: '2028-03-10', paperNumber: 'DS 0043/2028' }).catch((error: unknown) => error);
    expect((again as PlanPeriodRefusedError).refusal).toBe('notDraft');
    expect(await office.planPeriods.period(draft.id)).toMatchObject({ adoptionDate: '2028-03-09', paperNumber: 'DS 0042/2028' });
  });
});
