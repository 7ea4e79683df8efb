import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { Concept, FieldOfAction, Goal, Measure, PlanPeriod } from '../domain';
import { SiteLists } from './sp/siteLists';
import { readAllItems, ReadAllOptions } from './sp/listItems';
import { versionUnknown } from './sp/batchWriter';
import { toServiceError } from '../http/serviceError';
import { toConcept, toFieldOfAction, toGoal, toMeasure, toPlanPeriod, planPeriodExpand, planPeriodSelect, measureSelect, measureExpand, measureFields, MeasureChanges } from './mapping/catalogueMapping';

/**
 * The catalogue of all adopted concepts: plan periods, fields of action, goals and measures.
 * Every read filters on indexed columns only and pages by ID, so it stays below the
 * list-view threshold however many measures there are.
 */
export class CatalogueRepository {
  public constructor(private readonly lists: SiteLists) {}

  public async planPeriods(): Promise<PlanPeriod[]> {
    return this.read(() => readAllItems<Record<string, unknown>>(this.lists.list('PlanPeriods').items.select(...planPeriodSelect).expand(...planPeriodExpand)), toPlanPeriod);
  }

  public async concepts(): Promise<Concept[]> {
    return this.read(() => readAllItems<Record<string, unknown>>(this.lists.list('Concepts').items.select('Id', 'Title', 'ConceptYear', 'Description')), toConcept);
  }

  public async fieldsOfAction(planPeriodId: number): Promise<FieldOfAction[]> {
    const items = this.lists.list('FieldsOfAction').items.select('Id', 'Title', 'SortOrder', 'PlanPeriodId', 'Description').filter(`PlanPeriodId eq ${planPeriodId}`);
    return (await this.read(() => readAllItems<Record<string, unknown>>(items), toFieldOfAction)).sort((a, b) => a.sortOrder - b.sortOrder);
  }

  public async goals(planPeriodId: number): Promise<Goal[]> {
    const items = this.lists.list('Goals').items.select('Id', 'Title', 'GoalNumber', 'FieldOfActionId', 'PlanPeriodId', 'Description').filter(`PlanPeriodId eq ${planPeriodId}`);
    return this.read(() => readAllItems<Record<string, unknown>>(items), toGoal);
  }

  /**
   * All measures of a period. The list is read whole, page by page in ID order, and filtered
   * here: on a list above 5,000 items SharePoint refuses even an indexed filter that matches
   * more than 5,000 of them, while ID-ordered paging without a filter always works.
   * Folders (one per department) are items too and are left out.
   */
  public async measures(planPeriodId: number, options: ReadAllOptions = {}): Promise<Measure[]> {
    const items = this.lists.list('Measures').items.select(...measureSelect, 'FileSystemObjectType').expand(...measureExpand);
    const rows = await this.read(() => readAllItems<Record<string, unknown>>(items, options), (row) => row);
    return rows.filter((row) => row.FileSystemObjectType !== 1 && row.PlanPeriodId === planPeriodId).map(toMeasure);
  }

  public async measure(id: number): Promise<Measure> {
    try {
      return toMeasure(await this.lists.list('Measures').items.getById(id).select(...measureSelect).expand(...measureExpand)());
    } catch (error) {
      throw await toServiceError(error);
    }
  }

  /**
   * Saves changed fields of a measure if nobody changed it since `etag` was read. A 412 comes
   * back as a ServiceError with `isConflict`, so the UI can show both versions; nothing is
   * overwritten silently; without a version (428) nothing is sent. Returns the measure as stored now.
   */
  public async updateMeasure(id: number, etag: string | undefined, changes: MeasureChanges): Promise<Measure> {
    if (!etag || etag === '*') {
      // Without the version the user saw, the save could overwrite someone else's change.
      throw versionUnknown(`Measure ${id}`);
    }
    try {
      await this.lists.list('Measures').items.getById(id).update(measureFields(changes), etag);
    } catch (error) {
      throw await toServiceError(error);
    }
    return this.measure(id);
  }

  private async read<T>(load: () => Promise<Array<Record<string, unknown>>>, map: (row: Record<string, unknown>) => T): Promise<T[]> {
    try {
      return (await load()).map(map);
    } catch (error) {
      throw await toServiceError(error);
    }
  }
}
