import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { indicatorsOfCatalogue } from '../domain';
import type { Department, PlanPeriod } from '../domain';
import type { ComparedMeasure } from '../domain/periodComparison';
import { copiedId, copyLevels, nextPeriodOf, planPeriodCopy, remainingSteps, stepsOf } from '../domain/planPeriodCopy';
import type { AnyCopyStep, CopyLevel, CopyPlan, CopySource } from '../domain/planPeriodCopy';
import { sendWithPartRetries } from '../http/batchStepRetry';
import { ServiceError, toServiceError } from '../http/serviceError';
import { catalogueImportKey } from '../domain/catalogueImportKey';
import { CatalogueRepository } from './catalogueRepository';
import { DepartmentRepository } from './departmentRepository';
import { PeriodFolders } from './periodFolders';
import { IndicatorRepository } from './indicatorRepository';
import { SiteLists } from './sp/siteLists';
import { readAllItems } from './sp/listItems';
import { spBatchLimit } from './sp/batchWriter';
import { createKeyOf, KeyedOutcome, KeyedWrite, writeByKey } from './sp/keyedCreate';
import { copyErrorCodes } from './planPeriodCopyTypes';
import type { CopyFailure, CopyRunOptions, CopyRunResult } from './planPeriodCopyTypes';
import { toPlanPeriod } from './mapping/catalogueMapping';
import { copyWrite, draftPeriodFields, toKeyedItem } from './mapping/planPeriodCopyMapping';
import { guidingGoalSnapshotSelect, toGuidingGoal } from './mapping/catalogueSnapshotMapping';

export type { CopyFailure, CopyProgress, CopyRunOptions, CopyRunResult } from './planPeriodCopyTypes';
export { copyErrorCodes } from './planPeriodCopyTypes';

/** One part's answer for `sendWithPartRetries`, with the outcome it came from. */
interface PartOutcome {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly outcome: KeyedOutcome;
}

/** The state of one run of the copy. `stopped`: the error after which nothing more is sent. */
interface CopyRun {
  readonly plan: CopyPlan;
  readonly draft: PlanPeriod;
  readonly written: Map<string, number>;
  readonly departments: ReadonlyMap<number, Department>;
  readonly failures: CopyFailure[];
  readonly options: CopyRunOptions;
  /** Departments whose folder of the draft could not be made ready, with the reason. */
  readonly folderErrors: ReadonlyMap<string, ServiceError>;
  stopped?: ServiceError;
}

const keyFieldOf: Readonly<Record<CopyLevel, 'CreateKey' | 'ImportKey'>> = { guidingGoal: 'CreateKey', fieldOfAction: 'CreateKey', goal: 'CreateKey', measure: 'ImportKey', indicator: 'CreateKey' };
const listOf = { guidingGoal: 'GuidingGoals', fieldOfAction: 'FieldsOfAction', goal: 'Goals', measure: 'Measures', indicator: 'Indicators' } as const;

/**
 * "Nächste Fortschreibung vorbereiten": copies a period's catalogue into the next period's draft,
 * level by level (parents first, each level in `$batch`es of up to 100), every copy keyed and
 * linked to its original. SharePoint does not roll back, so an interrupted copy leaves some copies
 * written; the next run reads which keys the draft holds and writes only the rest.
 */
export class PlanPeriodCopier {
  private readonly catalogue: CatalogueRepository;

  public constructor(private readonly lists: SiteLists) {
    this.catalogue = new CatalogueRepository(lists);
  }

  /** The period's catalogue: guiding goals, fields, goals, measures, and the indicators of its goals and measures. */
  public async readSource(period: PlanPeriod): Promise<CopySource> {
    const [guidingGoals, fieldsOfAction, goals, measures, indicators] = await Promise.all([
      this.read(() => readAllItems<Record<string, unknown>>(this.lists.list('GuidingGoals').items.select(...guidingGoalSnapshotSelect).filter(`PlanPeriodId eq ${period.id}`))),
      this.catalogue.fieldsOfAction(period.id),
      this.catalogue.goals(period.id),
      this.catalogue.measures(period.id),
      new IndicatorRepository(this.lists).indicators()
    ]);
    return { guidingGoals: guidingGoals.map(toGuidingGoal), fieldsOfAction, goals, measures, indicators: indicatorsOfCatalogue(indicators, goals, measures) };
  }

  /**
   * The draft of the period after `source`: the one the site holds (typed in by the office, or
   * created by an earlier run), else a new one, keyed so that a repeated create finds it.
   */
  public async draftAfter(source: PlanPeriod): Promise<{ readonly draft: PlanPeriod; readonly isNew: boolean }> {
    const next = nextPeriodOf(source);
    const found = await this.periodNumbered(next.updateNumber);
    if (found) {
      if (found.status !== 'draft') {
        throw new ServiceError(409, `Die ${found.title} ist nicht mehr im Entwurf; kopiert wird nur in einen Entwurf.`, copyErrorCodes.periodNotDraft);
      }
      return { draft: found, isNew: false };
    }
    const key = `plan-period-${next.updateNumber}`;
    const [outcome] = await writeByKey(this.lists.spfi, [
      { kind: 'add', listUrl: this.lists.url('PlanPeriods'), fields: draftPeriodFields(next, key), key: createKeyOf('PlanPeriods', key) }
    ]);
    if (!outcome.ok) {
      throw outcome.error;
    }
    return { draft: { id: outcome.id, title: next.title, updateNumber: next.updateNumber, startYear: next.startYear, endYear: next.endYear, status: 'draft' }, isNew: !outcome.isReadBack };
  }

  /** Copies `snapshot` (read by `readSource`) into the draft after `source`; run again after a failure, it writes only what is missing. */
  public async copy(source: PlanPeriod, snapshot: CopySource, options: CopyRunOptions = {}): Promise<CopyRunResult> {
    const next = nextPeriodOf(source);
    const fields = new Map(snapshot.fieldsOfAction.map((field) => [field.id, field]));
    const goals = new Map(snapshot.goals.map((goal) => [goal.id, goal]));
    const measureKey = (measure: ComparedMeasure): string => {
      const goal = goals.get(measure.goalId);
      return catalogueImportKey(next.updateNumber, { number: measure.number, fieldOfAction: fields.get(goal?.fieldOfActionId ?? 0)?.title ?? '', goal: goal?.title ?? '', title: measure.title });
    };
    // Measure keys do not depend on the draft's id: clashes are refused before the draft is created.
    const check = planPeriodCopy(snapshot, 0, { carriedStatuses: options.carriedStatuses, measureKey });
    if (check.duplicateKeys.length > 0) {
      const numbers = check.duplicateKeys.map((sharing) => sharing.map((measure) => measure.number || measure.title).join(' / ')).join('; ');
      throw new ServiceError(409, `Maßnahmen erhielten in der neuen Fortschreibung denselben Schlüssel: ${numbers}. Bitte eine davon umnummerieren oder umbenennen.`, copyErrorCodes.duplicateKeys);
    }
    const { draft, isNew } = await this.draftAfter(source);
    const plan = planPeriodCopy(snapshot, draft.id, { carriedStatuses: options.carriedStatuses, measureKey });
    // A draft created just now holds no copies; otherwise an earlier run may have written some.
    const written = isNew ? new Map<string, number>() : await this.writtenKeys(plan, draft.id);
    const departments = new Map((await new DepartmentRepository(this.lists).departments()).map((department) => [department.id, department]));
    const folderErrors = await this.ensureMeasureFolders(draft, remainingSteps(plan, written), departments);
    const run: CopyRun = { plan, draft, written, departments, failures: [], options, folderErrors };
    for (const level of copyLevels) {
      await this.copyLevel(run, level);
    }
    const counts = Object.fromEntries(
      copyLevels.map((level) => {
        const steps = stepsOf(plan, level);
        return [level, { done: steps.filter((step) => written.has(step.key)).length, total: steps.length }];
      })
    ) as Record<CopyLevel, { done: number; total: number }>;
    return { draft, counts, failures: run.failures, isComplete: run.failures.length === 0 };
  }

  /**
   * The folder a measure's copy goes into: its lead department's folder of the draft period
   * (`Measures/<department>/FS<n>`), whose permissions let the department edit it while the period
   * is open. The one place that decides it.
   */
  private measureFolderOf(measure: ComparedMeasure, run: CopyRun): string {
    const department = run.departments.get(measure.leadDepartmentId);
    if (!department) {
      throw new ServiceError(424, `Den federführenden Fachbereich (Kennung ${measure.leadDepartmentId}) der Maßnahme „${measure.title}“ gibt es nicht mehr.`);
    }
    const folderError = run.folderErrors.get(department.number);
    if (folderError) {
      throw folderError;
    }
    return new PeriodFolders(this.lists).url(department.number, run.draft.updateNumber);
  }

  /** The draft's folders of the departments that get copies; a repeat finds them. Answers the departments whose folder is not ready. */
  private async ensureMeasureFolders(draft: PlanPeriod, steps: readonly AnyCopyStep[], departments: ReadonlyMap<number, Department>): Promise<Map<string, ServiceError>> {
    const numbers = new Set<string>();
    for (const step of steps) {
      const department = step.level === 'measure' ? departments.get(step.source.leadDepartmentId) : undefined;
      if (department) {
        numbers.add(department.number);
      }
    }
    if (numbers.size === 0) {
      return new Map();
    }
    const result = await new PeriodFolders(this.lists).ensure(draft, [...numbers]);
    return new Map(result.failed.map((failure) => [failure.department, failure.error]));
  }

  private async copyLevel(run: CopyRun, level: CopyLevel): Promise<void> {
    const { plan, written, failures, options } = run;
    const total = stepsOf(plan, level).length;
    const already = total - remainingSteps(plan, written).filter((step) => step.level === level).length;
    const parts: Array<{ id: string; write: KeyedWrite; sourceId: number; title: string }> = [];
    for (const step of remainingSteps(plan, written).filter((candidate) => candidate.level === level)) {
      const fail = (error: ServiceError): void => {
        failures.push({ level, sourceId: step.source.id, title: step.source.title, status: error.status, serviceMessage: error.serviceMessage });
      };
      let write: KeyedWrite;
      try {
        write = copyWrite(step, {
          listUrl: this.lists.url(listOf[level]),
          key: createKeyOf(listOf[level], step.key),
          draftId: run.draft.id,
          parentOf: (parentLevel, sourceId) => copiedId(plan, written, parentLevel, sourceId),
          measureFolderOf: (measure) => this.measureFolderOf(measure, run)
        });
      } catch (error) {
        fail(await toServiceError(error));
        continue;
      }
      parts.push({ id: step.key, write, sourceId: step.source.id, title: step.source.title });
    }
    options.onProgress?.({ level, done: already, total });
    if (parts.length === 0) {
      return;
    }
    let done = already;
    const { settled } = await sendWithPartRetries(parts, (chunk) => this.sendChunk(run, chunk), {
      chunkSize: Math.min(options.batchSize ?? spBatchLimit, spBatchLimit),
      // A keyed create whose answer was lost is read back (and sent once more) by writeByKey; only refusals like 429 come round again here.
      isRepeatable: () => false,
      onSettled: (count) => options.onProgress?.({ level, done: already + count, total })
    });
    for (const part of parts) {
      const outcome = settled.get(part.id);
      if (outcome && 'answer' in outcome && outcome.answer.outcome.ok) {
        written.set(part.id, outcome.answer.outcome.id);
        done += 1;
      } else {
        const error = outcome === undefined ? new ServiceError(0, 'Keine Antwort.') : 'error' in outcome ? outcome.error : (outcome.answer.outcome as { error: ServiceError }).error;
        failures.push({ level, sourceId: part.sourceId, title: part.title, status: error.status, serviceMessage: error.serviceMessage });
      }
    }
    options.onProgress?.({ level, done, total });
  }

  /** One `$batch` of up to 100 keyed creates; each part answers with its own status, as `sendWithPartRetries` expects. */
  private async sendChunk(run: CopyRun, chunk: ReadonlyArray<{ id: string; write: KeyedWrite }>): Promise<PartOutcome[]> {
    if (run.options.signal?.aborted && !run.stopped) {
      run.stopped = new ServiceError(0, 'Das Kopieren wurde unterbrochen.', copyErrorCodes.aborted);
    }
    if (run.stopped) {
      // Nothing more is sent in this run; the next one starts from what the draft holds.
      throw run.stopped;
    }
    const outcomes = await writeByKey(this.lists.spfi, chunk.map((part) => part.write), { maxRequests: chunk.length });
    const [first] = outcomes;
    // The whole $batch request failed after the client's own retries (network gone, throttled throughout):
    // its parts share that one error, and the rest of the run would only fail the same way.
    if (!first.ok && outcomes.every((outcome) => !outcome.ok && outcome.error === first.error)) {
      run.stopped = first.error;
      throw first.error;
    }
    return outcomes.map((outcome, index): PartOutcome => ({
      id: chunk[index].id,
      status: outcome.ok ? 201 : outcome.error.status,
      headers: !outcome.ok && outcome.error.retryAfterMs !== undefined ? { 'Retry-After': String(Math.ceil(outcome.error.retryAfterMs / 1000)) } : ({} as Record<string, string>),
      outcome
    }));
  }

  /** The keys the draft holds already, with the ids of their items: each list read page by page in ID order. */
  private async writtenKeys(plan: CopyPlan, draftId: number): Promise<Map<string, number>> {
    const planned = new Set(plan.keys.values());
    const written = new Map<string, number>();
    for (const level of copyLevels) {
      const field = keyFieldOf[level];
      const items = this.lists.list(listOf[level]).items.select('Id', field, ...(level === 'measure' ? ['PlanPeriodId'] : []));
      for (const row of await this.read(() => readAllItems<Record<string, unknown>>(items))) {
        const item = toKeyedItem(row, field);
        // A measure's import key may also have been given by an import into the draft: it counts only there.
        if (item.key !== undefined && planned.has(item.key) && (level !== 'measure' || item.planPeriodId === draftId)) {
          written.set(item.key, item.id);
        }
      }
    }
    return written;
  }

  private async periodNumbered(updateNumber: number): Promise<PlanPeriod | undefined> {
    const rows = await this.read(() => readAllItems<Record<string, unknown>>(this.lists.list('PlanPeriods').items.select('Id', 'Title', 'UpdateNumber', 'StartYear', 'EndYear', 'AdoptionDate', 'PeriodStatus')));
    return rows.map(toPlanPeriod).find((period) => period.updateNumber === updateNumber);
  }

  private async read(load: () => Promise<Array<Record<string, unknown>>>): Promise<Array<Record<string, unknown>>> {
    try {
      return await load();
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
