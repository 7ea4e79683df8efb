import type { Department, Language, Measure, PlanPeriod } from '../domain';
import { fillPlaceholders } from '../domain';
import type { CatalogueImportPlan, GoalCreation, GoalReference, MeasureImportStep } from '../catalogueImport/importPlan';
import { ServiceError } from '../http/serviceError';
import { SiteLists } from './sp/siteLists';
import { PlanPeriodLifecycle } from './planPeriodLifecycle';
import { PeriodFolders } from './periodFolders';
import { WriteOutcome, WriteProgress } from './sp/batchWriter';
import { createKeyOf, KeyedWrite, newCreateKey, writeByKey } from './sp/keyedCreate';
import { fieldOfActionFields, goalFields, indicatorFields, measureCreationFormValues, measureUpdateFields } from './mapping/catalogueImportMapping';

/** Texts of applying an import plan, keyed like the domain's messages. */
const de = {
  'importApply.conflict': 'Die Maßnahme wurde seit der Vorschau von jemand anderem geändert. Bitte die Datei erneut prüfen und importieren.',
  'importApply.accessDenied': 'Keine Berechtigung, diese Maßnahme zu ändern. Maßnahmen anderer Fachbereiche ändert die Koordinierungsstelle.',
  'importApply.failed': 'Die Zeile konnte nicht gespeichert werden: {serviceMessage}',
  'importApply.dependencyFailed': 'Die Zeile wurde nicht gespeichert, weil ihr Handlungsfeld oder Einzelziel nicht angelegt werden konnte: {serviceMessage}',
  'importApply.indicatorFailed': 'Die Maßnahme ist gespeichert, die Kennzahl „{indicator}“ aber nicht: {serviceMessage}',
  'importApply.departmentMissing': 'Den Fachbereich mit der Kennung {departmentId} gibt es nicht (mehr). Bitte die Vorschau neu laden.',
  'importApply.goalMissing': 'Das Einzelziel der Zeile ist im Importplan nicht enthalten. Bitte die Vorschau neu laden.',
  'importApply.fieldOfActionMissing': 'Das Handlungsfeld des Einzelziels „{goal}“ ist im Importplan nicht enthalten. Bitte die Vorschau neu laden.',
  'importApply.measureMissing': 'Die Maßnahme mit der Kennung {measureId} gibt es nicht (mehr). Bitte die Vorschau neu laden.',
  'importApply.periodMismatch': 'Der Importplan gehört zu einer anderen Fortschreibung. Bitte die Vorschau neu laden.',
  'importApply.periodClosed':
    'Die Fortschreibung ist abgeschlossen und nur lesbar; es wurde nichts importiert. Bitte in die laufende Fortschreibung importieren oder die Fortschreibung in der Steuerung mit Begründung wieder öffnen.',
  'importApply.leadDepartmentChange':
    'Der federführende Fachbereich ändert sich; der Import verschiebt keine Maßnahmen zwischen Fachbereichen. Bitte die Maßnahme im Formular umhängen oder den bisherigen Fachbereich eintragen.'
} as const;

export type ImportApplyMessageKey = keyof typeof de;

const en: Readonly<Record<ImportApplyMessageKey, string>> = {
  'importApply.conflict': 'Someone else changed the measure since the preview. Check the file again and import it.',
  'importApply.accessDenied': "You have no permission to change this measure. The coordination office changes other departments' measures.",
  'importApply.failed': 'The row could not be saved: {serviceMessage}',
  'importApply.dependencyFailed': 'The row was not saved because its field of action or goal could not be created: {serviceMessage}',
  'importApply.indicatorFailed': 'The measure is saved, but the indicator "{indicator}" is not: {serviceMessage}',
  'importApply.departmentMissing': 'The department with id {departmentId} does not exist (any more). Reload the preview.',
  'importApply.goalMissing': "The row's goal is missing from the import plan. Reload the preview.",
  'importApply.fieldOfActionMissing': 'The field of action of goal "{goal}" is missing from the import plan. Reload the preview.',
  'importApply.measureMissing': 'The measure with id {measureId} does not exist (any more). Reload the preview.',
  'importApply.periodMismatch': 'The import plan belongs to another plan period. Reload the preview.',
  'importApply.periodClosed': 'The plan period is closed and read-only; nothing was imported. Import into the current plan period, or reopen the period with a reason in Steering.',
  'importApply.leadDepartmentChange':
    'The lead department changes; the import does not move measures between departments. Move the measure in its form or enter its current department.'
};

export const importApplyMessages: { readonly [L in Language]: Readonly<Record<ImportApplyMessageKey, string>> } = { de, en };

export function formatImportApplyMessage(key: ImportApplyMessageKey, params: Readonly<Record<string, string | number>> = {}, language: Language = 'de'): string {
  return fillPlaceholders(importApplyMessages[language][key], params);
}

/** What the writer needs besides the plan: the period, where each department's folder is, and the measures the plan was built from. */
export interface CatalogueImportWriteContext {
  /** The period imported into: its number names the period folders, a closed one is refused. */
  readonly planPeriod: Pick<PlanPeriod, 'id' | 'updateNumber' | 'status'>;
  readonly departments: readonly Department[];
  /** The measures read for the preview: goal and lead department of updated measures, for their new indicators. */
  readonly measures: readonly Measure[];
}

/** A row the plan could not resolve; nothing was written. `row` 0 means the plan as a whole. */
export interface ImportApplyProblem {
  readonly row: number;
  readonly message: ImportApplyMessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A row (or one of its indicators) that SharePoint refused; other rows went through. */
export interface ImportRowFailure {
  readonly row: number;
  readonly importKey: string;
  /** ServiceError status: 412 conflict, 403 no permission, 0 network. */
  readonly status: number;
  readonly serviceMessage: string;
  readonly message: ImportApplyMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ImportApplyResult {
  /** False when the plan could not be resolved and nothing was written, or when a row failed. */
  readonly ok: boolean;
  readonly problems: readonly ImportApplyProblem[];
  readonly counts: { readonly created: number; readonly updated: number; readonly unchanged: number; readonly failed: number };
  readonly failures: readonly ImportRowFailure[];
  /** Ids of the measures created, by import key. */
  readonly createdIds: ReadonlyMap<string, number>;
}

export interface ImportApplyOptions {
  /** Progress of the measure writes, once per $batch. */
  onProgress?(progress: WriteProgress): void;
}

type Resolved = { readonly id: number } | { readonly error: ServiceError };

/**
 * Brings a validated catalogue import plan into SharePoint: new fields of action, then goals
 * (which refer to them), then measures in their lead department's folder of the plan period
 * (`Measures/<department>/FS<n>`, so they get its permissions and are locked with the period),
 * then the indicators the file adds. A closed period is refused before anything is written. Each step waits for the ids of the one
 * before. SharePoint does not roll back, so every row reports its own outcome; a re-import of
 * the same file plans only the rows that failed.
 */
export class CatalogueImportWriter {
  public constructor(private readonly lists: SiteLists) {}

  public async apply(plan: CatalogueImportPlan, context: CatalogueImportWriteContext, options: ImportApplyOptions = {}): Promise<ImportApplyResult> {
    const refused = (problems: ImportApplyProblem[]): ImportApplyResult => ({ ok: false, problems, counts: { created: 0, updated: 0, unchanged: 0, failed: 0 }, failures: [], createdIds: new Map() });
    const problems = unresolvedRows(plan, context);
    if (problems.length > 0) {
      return refused(problems);
    }
    // Read again: the office may have closed the period since the preview, and its own full control would not stop the writes.
    const period = await new PlanPeriodLifecycle(this.lists).period(context.planPeriod.id);
    if (period.status === 'closed') {
      return refused([{ row: 0, message: 'importApply.periodClosed' }]);
    }
    const sp = this.lists.spfi;
    const fieldIds = await this.createFieldsOfAction(plan);
    const goalIds = await this.createGoals(plan.goals, fieldIds);
    const goalOf = (reference: GoalReference): Resolved => ('goalId' in reference ? { id: reference.goalId } : goalIds.get(reference.newGoalKey)!);

    const failures: ImportRowFailure[] = [];
    const fail = (step: MeasureImportStep, error: ServiceError, dependency: boolean): void => {
      failures.push(rowFailure(step, error, dependency ? 'importApply.dependencyFailed' : messageFor(error)));
    };

    const departmentById = new Map(context.departments.map((department) => [department.id, department]));
    const periodFolders = new PeriodFolders(this.lists);
    const folderErrors = await this.ensurePeriodFolders(periodFolders, period, plan.measures, departmentById);
    const storedById = new Map(context.measures.map((measure) => [measure.id, measure]));
    const writes: KeyedWrite[] = [];
    const writeSteps: MeasureImportStep[] = [];
    /** Goal and lead department each step's measure has after the import, for its indicators. */
    const targetOf = new Map<MeasureImportStep, { goalId: number; departmentId: number }>();
    for (const step of plan.measures) {
      if (step.kind === 'create') {
        const goal = goalOf(step.fields.goal);
        if ('error' in goal) {
          fail(step, goal.error, true);
          continue;
        }
        const department = departmentById.get(step.fields.leadDepartmentId)!;
        const folderError = folderErrors.get(department.number);
        if (folderError) {
          fail(step, folderError, false);
          continue;
        }
        writes.push({
          kind: 'addToFolder',
          listUrl: this.lists.url('Measures'),
          folderPath: periodFolders.url(department.number, period.updateNumber),
          formValues: measureCreationFormValues(step.fields, goal.id, step.planPeriodId, step.importKey),
          key: createKeyOf('Measures', step.importKey)
        });
        writeSteps.push(step);
        targetOf.set(step, { goalId: goal.id, departmentId: department.id });
      } else if (step.kind === 'update') {
        const goal = step.changes.goal ? goalOf(step.changes.goal) : undefined;
        if (goal && 'error' in goal) {
          fail(step, goal.error, true);
          continue;
        }
        const stored = storedById.get(step.id)!;
        targetOf.set(step, { goalId: goal?.id ?? stored.goalId, departmentId: step.changes.leadDepartmentId ?? stored.leadDepartmentId });
        const fields = measureUpdateFields(step.changes, goal?.id);
        // A row that only adds indicators leaves the measure itself alone.
        if (Object.keys(fields).length > 0) {
          writes.push({ kind: 'update', listUrl: this.lists.url('Measures'), id: step.id, ...(step.etag ? { etag: step.etag } : {}), fields });
          writeSteps.push(step);
        }
      }
    }

    const outcomes = writes.length > 0 ? await writeByKey(sp, writes, { onProgress: options.onProgress }) : [];
    const createdIds = new Map<string, number>();
    const measureIdOf = new Map<MeasureImportStep, number>();
    let created = 0;
    let updated = 0;
    outcomes.forEach((outcome, index) => {
      const step = writeSteps[index];
      if (!outcome.ok) {
        fail(step, outcome.error, false);
        return;
      }
      if (step.kind === 'create') {
        created += 1;
        createdIds.set(step.importKey, outcome.id);
        measureIdOf.set(step, outcome.id);
      } else {
        updated += 1;
      }
    });
    const failedSteps = new Set(failures.map((failure) => failure.importKey));
    for (const step of plan.measures) {
      if (step.kind === 'update' && !failedSteps.has(step.importKey)) {
        measureIdOf.set(step, step.id);
        if (!writeSteps.includes(step)) {
          updated += 1;
        }
      }
    }

    failures.push(...(await this.addIndicators(plan.measures, measureIdOf, targetOf)));
    const unchanged = plan.measures.filter((step) => step.kind === 'unchanged').length;
    const failed = new Set(failures.map((failure) => failure.row)).size;
    return { ok: failures.length === 0, problems: [], counts: { created, updated, unchanged, failed }, failures, createdIds };
  }

  /** The period folders of the departments that get new measures; answers the departments whose folder could not be made ready. */
  private async ensurePeriodFolders(
    folders: PeriodFolders,
    period: PlanPeriod,
    steps: readonly MeasureImportStep[],
    departmentById: ReadonlyMap<number, Department>
  ): Promise<Map<string, ServiceError>> {
    const numbers = [...new Set(steps.flatMap((step) => (step.kind === 'create' ? [departmentById.get(step.fields.leadDepartmentId)!.number] : [])))];
    if (numbers.length === 0) {
      return new Map();
    }
    const result = await folders.ensure(period, numbers);
    return new Map(result.failed.map((failure) => [failure.department, failure.error]));
  }

  private async createFieldsOfAction(plan: CatalogueImportPlan): Promise<Map<string, Resolved>> {
    const writes = plan.fieldsOfAction.map((creation): KeyedWrite => {
      const key = newCreateKey();
      return { kind: 'add', listUrl: this.lists.url('FieldsOfAction'), fields: fieldOfActionFields(creation, key), key: createKeyOf('FieldsOfAction', key) };
    });
    const outcomes = await this.write(writes);
    return new Map(plan.fieldsOfAction.map((creation, index) => [creation.key, resolved(outcomes[index])]));
  }

  private async createGoals(goals: readonly GoalCreation[], fieldIds: ReadonlyMap<string, Resolved>): Promise<Map<string, Resolved>> {
    const result = new Map<string, Resolved>();
    const sent: GoalCreation[] = [];
    const writes: KeyedWrite[] = [];
    for (const goal of goals) {
      const field = 'fieldOfActionId' in goal.fieldOfAction ? { id: goal.fieldOfAction.fieldOfActionId } : fieldIds.get(goal.fieldOfAction.newFieldOfActionKey)!;
      if ('error' in field) {
        result.set(goal.key, field);
        continue;
      }
      sent.push(goal);
      const key = newCreateKey();
      writes.push({ kind: 'add', listUrl: this.lists.url('Goals'), fields: goalFields(goal.title, field.id, goal.planPeriodId, key), key: createKeyOf('Goals', key) });
    }
    const outcomes = await this.write(writes);
    sent.forEach((goal, index) => result.set(goal.key, resolved(outcomes[index])));
    return result;
  }

  private async addIndicators(
    steps: readonly MeasureImportStep[],
    measureIdOf: ReadonlyMap<MeasureImportStep, number>,
    targetOf: ReadonlyMap<MeasureImportStep, { goalId: number; departmentId: number }>
  ): Promise<ImportRowFailure[]> {
    const writes: KeyedWrite[] = [];
    const origins: Array<{ step: MeasureImportStep; title: string }> = [];
    for (const step of steps) {
      const measureId = measureIdOf.get(step);
      const target = targetOf.get(step);
      if (step.kind === 'unchanged' || measureId === undefined || !target) {
        continue;
      }
      for (const title of step.addIndicators) {
        const key = newCreateKey();
        writes.push({ kind: 'add', listUrl: this.lists.url('Indicators'), fields: indicatorFields(title, measureId, target.goalId, target.departmentId, key), key: createKeyOf('Indicators', key) });
        origins.push({ step, title });
      }
    }
    const outcomes = await this.write(writes);
    return outcomes.flatMap((outcome, index) =>
      outcome.ok ? [] : [{ ...rowFailure(origins[index].step, outcome.error, 'importApply.indicatorFailed'), params: { serviceMessage: outcome.error.serviceMessage, indicator: origins[index].title } }]
    );
  }

  private async write(writes: readonly KeyedWrite[]): Promise<WriteOutcome[]> {
    return writes.length > 0 ? writeByKey(this.lists.spfi, writes) : [];
  }
}

function resolved(outcome: WriteOutcome): Resolved {
  return outcome.ok ? { id: outcome.id } : { error: outcome.error };
}

function messageFor(error: ServiceError): ImportApplyMessageKey {
  if (error.status === 412) {
    return 'importApply.conflict';
  }
  return error.isAccessDenied ? 'importApply.accessDenied' : 'importApply.failed';
}

function rowFailure(step: MeasureImportStep, error: ServiceError, message: ImportApplyMessageKey): ImportRowFailure {
  return { row: step.row, importKey: step.importKey, status: error.status, serviceMessage: error.serviceMessage, message, params: { serviceMessage: error.serviceMessage } };
}

/**
 * Everything the writes will refer to must exist before the first write: a half-applied plan
 * (new goals, but their measures refused) is worse than none.
 */
export function unresolvedRows(plan: CatalogueImportPlan, context: CatalogueImportWriteContext): ImportApplyProblem[] {
  const problems: ImportApplyProblem[] = [];
  const departments = new Set(context.departments.map((department) => department.id));
  const stored = new Map(context.measures.map((measure) => [measure.id, measure]));
  const newFields = new Set(plan.fieldsOfAction.map((field) => field.key));
  const newGoals = new Set(plan.goals.map((goal) => goal.key));
  const periodId = context.planPeriod.id;
  if (context.planPeriod.status === 'closed') {
    return [{ row: 0, message: 'importApply.periodClosed' }];
  }

  if (plan.fieldsOfAction.some((field) => field.planPeriodId !== periodId) || plan.goals.some((goal) => goal.planPeriodId !== periodId)) {
    problems.push({ row: 0, message: 'importApply.periodMismatch' });
  }
  for (const goal of plan.goals) {
    if ('newFieldOfActionKey' in goal.fieldOfAction && !newFields.has(goal.fieldOfAction.newFieldOfActionKey)) {
      problems.push({ row: 0, message: 'importApply.fieldOfActionMissing', params: { goal: goal.title } });
    }
  }
  const checkGoal = (row: number, reference: GoalReference | undefined): void => {
    if (reference && 'newGoalKey' in reference && !newGoals.has(reference.newGoalKey)) {
      problems.push({ row, message: 'importApply.goalMissing' });
    }
  };
  const checkDepartments = (row: number, ids: readonly number[]): void => {
    for (const id of ids) {
      if (!departments.has(id)) {
        problems.push({ row, message: 'importApply.departmentMissing', params: { departmentId: id } });
      }
    }
  };
  for (const step of plan.measures) {
    if (step.kind === 'create') {
      if (step.planPeriodId !== periodId) {
        problems.push({ row: step.row, message: 'importApply.periodMismatch' });
      }
      checkGoal(step.row, step.fields.goal);
      checkDepartments(step.row, [step.fields.leadDepartmentId, ...step.fields.involvedDepartmentIds]);
      continue;
    }
    const measure = stored.get(step.id);
    if (!measure) {
      problems.push({ row: step.row, message: 'importApply.measureMissing', params: { measureId: step.id } });
      continue;
    }
    if (step.kind === 'update') {
      checkGoal(step.row, step.changes.goal);
      checkDepartments(step.row, [...(step.changes.leadDepartmentId !== undefined ? [step.changes.leadDepartmentId] : []), ...(step.changes.involvedDepartmentIds ?? [])]);
      // The measure's folder decides who may edit it; a MERGE would leave it in the old department's folder.
      if (step.changes.leadDepartmentId !== undefined && step.changes.leadDepartmentId !== measure.leadDepartmentId) {
        problems.push({ row: step.row, message: 'importApply.leadDepartmentChange' });
      }
    }
  }
  return problems;
}
