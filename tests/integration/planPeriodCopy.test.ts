import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { coordinator, useTestEmulator } from './support/testEmulator';
import { readAllItems } from '../../src/data/sp/listItems';
import type { CopyProgress } from '../../src/data/planPeriodCopier';
import { currentPlanPeriod, MeasureStatusChoices } from '../../src/domain';
import type { PlanPeriod } from '../../src/domain';
import { defaultCarriedStatuses, nextPeriodOf } from '../../src/domain/planPeriodCopy';
import type { CopySource } from '../../src/domain/planPeriodCopy';

/**
 * "Nächste Fortschreibung vorbereiten" on the large seed (5,000 measures more than the demo):
 * the copy runs in `$batch`es, is interrupted twice (the tab closed; the service gone), and the
 * runs after each interruption write only what is missing. In the end every carried item is in
 * the draft exactly once, linked to its original and to its parents' copies. A department
 * contact's copy is refused by SharePoint.
 */

const site = '/sites/integration';
const batchPath = '_api/\\$batch';

describe('copying the large catalogue into the next plan period', () => {
  const emulator = useTestEmulator('large');
  let source: PlanPeriod;
  let snapshot: CopySource;

  const office = () => emulator.services(coordinator).planPeriodCopier;
  const rows = (list: string, ...select: string[]): Promise<Array<Record<string, number | string | null>>> =>
    readAllItems(emulator.sp(coordinator).web.getList(`${site}/Lists/${list}`).items.select('Id', ...select));
  async function rest(login: string, list: string, body: Record<string, unknown>): Promise<number> {
    const response = await fetch(`${emulator.siteUrl}/_api/web/GetList('${encodeURIComponent(`${site}/Lists/${list}`)}')/items`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${login}`, Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata' },
      body: JSON.stringify(body)
    });
    return response.status;
  }

  beforeAll(async () => {
    source = currentPlanPeriod(await emulator.services(coordinator).catalogue.planPeriods())!;
    // The seed's current period has three guiding goals (local/seed/previousPeriodData.ts).
    snapshot = await office().readSource(source);
  }, 120_000);

  it('reads the whole source period: guiding goals and more than 5,000 measures', () => {
    expect(snapshot.guidingGoals?.map((goal) => goal.title)).toEqual(['Chancengleichheit in Bildung, Ausbildung und Arbeit', 'Teilhabe und Zusammenleben in der Stadtgesellschaft', 'Interkulturelle Öffnung von Verwaltung und Politik']);
    expect(snapshot.measures.length).toBeGreaterThan(5000);
    expect(snapshot.indicators.some((indicator) => indicator.targetValue !== undefined)).toBe(true);
    // What the copy must carry along is there to carry: contacts, involved departments, source concepts.
    expect(snapshot.measures.filter((measure) => measure.contact).length).toBeGreaterThan(1000);
    expect(snapshot.measures.filter((measure) => measure.involvedDepartmentIds.length > 0).length).toBeGreaterThan(100);
    expect(snapshot.measures.filter((measure) => measure.sourceConceptId !== undefined).length).toBeGreaterThan(1000);
  });

  it('refuses a department contact: SharePoint answers 403 and the draft stays empty', async () => {
    const contact = emulator.people.anyContact().login;
    const result = await emulator.services(contact).planPeriodCopier.copy(source, snapshot);
    expect(result.isComplete).toBe(false);
    expect(result.failures.filter((failure) => failure.level === 'guidingGoal').map((failure) => failure.status)).toEqual([403, 403, 403]);
    expect(new Set(result.failures.map((failure) => failure.status))).toEqual(new Set([403, 424]));
    expect(Object.values(result.counts).map((count) => count.done)).toEqual([0, 0, 0, 0, 0]);
    // Raw REST, as a browser console or a flow could send it.
    for (const [list, body] of [
      ['GuidingGoals', { Title: 'Leitziel eines Fachbereichs', SortOrder: 9, PlanPeriodId: result.draft.id }],
      ['FieldsOfAction', { Title: 'Handlungsfeld eines Fachbereichs', SortOrder: 9, PlanPeriodId: result.draft.id }],
      ['PlanPeriods', { Title: '99. Fortschreibung', UpdateNumber: 99, StartYear: 2090, EndYear: 2092, PeriodStatus: 'Entwurf' }]
    ] as const) {
      expect({ list, status: await rest(contact, list, body) }).toEqual({ list, status: 403 });
    }
  });

  it('copies in batches, resumes after the tab was closed and after the service failed, and holds every item exactly once', async () => {
    const carried = snapshot.measures.filter((measure) => defaultCarriedStatuses.includes(measure.status));
    // 1st run: the tab is closed after a thousand measures.
    const closed = new AbortController();
    const first = await office().copy(source, snapshot, {
      signal: closed.signal,
      onProgress: (progress) => {
        if (progress.level === 'measure' && progress.done >= 1000) {
          closed.abort();
        }
      }
    });
    expect(first.isComplete).toBe(false);
    expect(first.draft.title).toBe(nextPeriodOf(source).title);
    expect(first.counts.goal).toEqual({ done: snapshot.goals.length, total: snapshot.goals.length });
    expect(first.counts.measure.done).toBeGreaterThanOrEqual(1000);
    expect(first.counts.measure.done).toBeLessThan(carried.length);

    // 2nd run: the first answer is lost (the batch was stored), later the service fails for good.
    await emulator.injectFault({ path: batchPath, status: 500, count: 1, afterProcessing: true });
    const progress: CopyProgress[] = [];
    let isFailing = false;
    const second = await office().copy(source, snapshot, {
      onProgress: (step) => {
        progress.push(step);
        if (step.level === 'measure' && step.done >= 2500 && !isFailing) {
          isFailing = true;
          void emulator.injectFault({ path: batchPath, status: 503, count: 40 });
        }
      }
    });
    expect(second.isComplete).toBe(false);
    expect(second.failures.some((failure) => failure.status === 503)).toBe(true);
    expect(second.counts.measure.done).toBeGreaterThan(first.counts.measure.done);
    expect(progress.find((step) => step.level === 'measure')?.done).toBe(first.counts.measure.done);
    await emulator.clearFaults();

    // 3rd run: the rest.
    const third = await office().copy(source, snapshot);
    expect(third.failures).toEqual([]);
    expect(third.isComplete).toBe(true);
    expect(third.draft.id).toBe(first.draft.id);
    expect(third.counts.measure).toEqual({ done: carried.length, total: carried.length });

    const draftId = third.draft.id;
    const measures = (
      await rows('Measures', 'PlanPeriodId', 'PredecessorMeasureId', 'GoalId', 'ImportKey', 'MeasureStatus', 'MeasureNumber', 'Title', 'LeadDepartmentId', 'ContactId', 'SourceConceptId', 'InvolvedDepartmentsId', 'FileDirRef')
    ).filter((row) => row.PlanPeriodId === draftId);
    const departmentNumber = new Map((await emulator.services(coordinator).departments.departments()).map((department) => [department.id, department.number]));
    const goals = (await rows('Goals', 'PlanPeriodId', 'PredecessorGoalId', 'FieldOfActionId')).filter((row) => row.PlanPeriodId === draftId);
    const fields = (await rows('FieldsOfAction', 'PlanPeriodId', 'PredecessorFieldOfActionId')).filter((row) => row.PlanPeriodId === draftId);
    const guidingGoals = (await rows('GuidingGoals', 'PlanPeriodId', 'PredecessorGuidingGoalId')).filter((row) => row.PlanPeriodId === draftId);
    const copiedMeasureIds = new Set(measures.map((row) => row.Id));
    const indicators = (await rows('Indicators', 'MeasureId', 'GoalId', 'PredecessorIndicatorId', 'TargetValue')).filter((row) => row.PredecessorIndicatorId !== null && copiedMeasureIds.has(row.MeasureId as number));

    // Exactly once: as many copies as carried items, each original once.
    const predecessors = (items: Array<Record<string, unknown>>, column: string): number[] => items.map((row) => row[column] as number).sort((a, b) => a - b);
    expect(predecessors(measures, 'PredecessorMeasureId')).toEqual(carried.map((measure) => measure.id).sort((a, b) => a - b));
    expect(predecessors(goals, 'PredecessorGoalId')).toEqual(snapshot.goals.map((goal) => goal.id).sort((a, b) => a - b));
    expect(predecessors(fields, 'PredecessorFieldOfActionId')).toEqual(snapshot.fieldsOfAction.map((field) => field.id).sort((a, b) => a - b));
    expect(predecessors(guidingGoals, 'PredecessorGuidingGoalId')).toEqual((snapshot.guidingGoals ?? []).map((goal) => goal.id).sort((a, b) => a - b));
    const carriedIds = new Set(carried.map((measure) => measure.id));
    const carriedIndicators = snapshot.indicators.filter((indicator) => indicator.measureId !== undefined && carriedIds.has(indicator.measureId));
    expect(predecessors(indicators, 'PredecessorIndicatorId')).toEqual(carriedIndicators.map((indicator) => indicator.id).sort((a, b) => a - b));

    // Predecessors right: each copy under its parent's copy, with its original's number, status and target.
    const sourceMeasure = new Map(snapshot.measures.map((measure) => [measure.id, measure]));
    const goalCopyOf = new Map(goals.map((row) => [row.PredecessorGoalId, row.Id]));
    const fieldCopyOf = new Map(fields.map((row) => [row.PredecessorFieldOfActionId, row.Id]));
    const measureCopyOf = new Map(measures.map((row) => [row.PredecessorMeasureId, row.Id]));
    for (const row of measures) {
      const original = sourceMeasure.get(row.PredecessorMeasureId as number)!;
      expect({
        goal: row.GoalId,
        number: row.MeasureNumber,
        status: row.MeasureStatus,
        title: row.Title,
        lead: row.LeadDepartmentId,
        contact: row.ContactId ?? undefined,
        concept: row.SourceConceptId ?? undefined,
        involved: row.InvolvedDepartmentsId,
        folder: row.FileDirRef
      }).toEqual({
        goal: goalCopyOf.get(original.goalId),
        number: original.number,
        status: MeasureStatusChoices.toLabel(original.status),
        title: original.title,
        lead: original.leadDepartmentId,
        contact: original.contact?.id,
        concept: original.sourceConceptId,
        involved: original.involvedDepartmentIds,
        // In the lead department's folder of the new period, whose permissions let the department edit its copy.
        folder: `${site}/Lists/Measures/${departmentNumber.get(original.leadDepartmentId)}/FS${third.draft.updateNumber}`
      });
      // Keyed as the import keys the same row in the new period, so a later import finds the copy.
      expect(row.ImportKey).toBe(`FS${nextPeriodOf(source).updateNumber}-${original.number}`);
    }
    for (const row of goals) {
      const original = snapshot.goals.find((goal) => goal.id === row.PredecessorGoalId)!;
      expect(row.FieldOfActionId).toBe(fieldCopyOf.get(original.fieldOfActionId));
    }
    for (const row of indicators) {
      const original = carriedIndicators.find((indicator) => indicator.id === row.PredecessorIndicatorId)!;
      expect({ measure: row.MeasureId, target: row.TargetValue ?? undefined }).toEqual({ measure: measureCopyOf.get(original.measureId ?? null), target: original.targetValue });
    }

    // The department edits its copy in the draft; another department cannot (the folder's permissions).
    const contacts = emulator.people.contacts();
    const own = measures.find((row) => contacts.some((person) => person.department === departmentNumber.get(row.LeadDepartmentId as number)))!;
    const owner = contacts.find((person) => person.department === departmentNumber.get(own.LeadDepartmentId as number))!;
    const stranger = contacts.find((person) => person.department !== owner.department)!;
    const edit = async (login: string): Promise<number> =>
      (
        await fetch(`${emulator.siteUrl}/_api/web/GetList('${encodeURIComponent(`${site}/Lists/Measures`)}')/items(${own.Id})`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${login}`, 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*', Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json;odata=nometadata' },
          body: JSON.stringify({ Description: 'Für die neue Fortschreibung überarbeitet' })
        })
      ).status;
    expect(await edit(stranger.login)).toBe(403);
    expect(await edit(owner.login)).toBe(204);

        // A fourth run finds everything and writes nothing.
    const fourth = await office().copy(source, snapshot);
    expect(fourth.isComplete).toBe(true);
    expect((await rows('Measures', 'PlanPeriodId')).filter((row) => row.PlanPeriodId === draftId)).toHaveLength(carried.length);
  }, 600_000);
});
