import type { ServiceError } from '../http/serviceError';
import { toServiceError } from '../http/serviceError';
import { indicatorValueKey } from '../domain';
import { SiteLists } from './sp/siteLists';
import { createKeyOf, isDuplicateKey, KeyedWrite, writeByKey } from './sp/keyedCreate';
import { spBatchLimit } from './sp/batchWriter';
import { readIndicatorValueItems } from './indicatorValueQueries';
import { preparedValueCreation } from './mapping/indicatorValueMapping';
import { YearFolders, YearFolderState } from './yearFolders';

/** What opening a reporting year prepares: a folder per department, an empty value item per owed indicator. */
export interface YearOpeningPlan {
  readonly year: number;
  /** `locked` when the year is already locked: its folders are then created read-only. */
  readonly state: YearFolderState;
  readonly departments: ReadonlyArray<{ readonly id: number; readonly number: string }>;
  /** The indicators owed for the year, each with the department that reports it. */
  readonly indicators: ReadonlyArray<{ readonly id: number; readonly departmentId: number }>;
}

export interface YearOpeningFailure {
  /** The department number, and the value key where one item failed. */
  readonly department: string;
  readonly valueKey?: string;
  readonly error: ServiceError;
}

export interface YearOpeningResult {
  readonly foldersCreated: number;
  /** Folders whose permissions had to be set (new ones included). */
  readonly foldersChanged: number;
  readonly itemsCreated: number;
  /** Items that were there already (a repeat, or values entered directly by the office). */
  readonly itemsKept: number;
  readonly failures: readonly YearOpeningFailure[];
}

export interface YearOpeningProgress {
  readonly done: number;
  readonly total: number;
}

/**
 * Opens a reporting year in SharePoint (the office's command): every department gets its year
 * folder with its permissions, and in it one empty item per indicator it reports, which it then
 * fills in but can neither add to nor delete. Reads before it writes and creates by the unique
 * ValueKey, so a repeat creates nothing twice and fills the gaps a failure (or an indicator added
 * later) left.
 */
export class YearOpeningRepository {
  private readonly folders: YearFolders;

  public constructor(private readonly lists: SiteLists) {
    this.folders = new YearFolders(lists);
  }

  public async open(plan: YearOpeningPlan, onProgress?: (progress: YearOpeningProgress) => void): Promise<YearOpeningResult> {
    const numbers = new Map(plan.departments.map((department) => [department.id, department.number]));
    const owed = plan.indicators.filter((indicator) => numbers.has(indicator.departmentId));
    const total = plan.departments.length + owed.length;
    let done = 0;
    const report = (): void => onProgress?.({ done, total });
    const failures: YearOpeningFailure[] = [];
    let foldersCreated = 0;
    let foldersChanged = 0;
    const ready = new Set<string>();
    report();

    // One department after the other: a handful of requests each, and a failure stays that department's.
    for (const department of plan.departments) {
      try {
        if ((await this.folders.ensure(department.number, plan.year)) === 'created') {
          foldersCreated += 1;
        }
        if (await this.folders.applyState(department.number, plan.year, plan.state)) {
          foldersChanged += 1;
        }
        ready.add(department.number);
      } catch (error) {
        failures.push({ department: department.number, error: await toServiceError(error) });
      }
      done += 1;
      report();
    }

    const existing = await readIndicatorValueItems(
      this.lists,
      owed.map((indicator) => indicator.id),
      plan.year,
      plan.year
    );
    const stored = new Set([...existing.values, ...existing.prepared].map((item) => indicatorValueKey(item.indicatorId, item.year)));
    const missing = owed.filter((indicator) => !stored.has(indicatorValueKey(indicator.id, plan.year)));
    const skipped = owed.length - missing.length;
    done += skipped;
    report();

    const creatable = missing.filter((indicator) => ready.has(numbers.get(indicator.departmentId)!));
    // Items of a department whose folder failed are neither sent nor counted: the folder's failure says why.
    done += missing.length - creatable.length;
    const listUrl = this.lists.url('IndicatorValues');
    const writes: KeyedWrite[] = creatable.map((indicator) => ({
      kind: 'addToFolder',
      listUrl,
      folderPath: this.folders.url(numbers.get(indicator.departmentId)!, plan.year),
      formValues: preparedValueCreation(indicator.id, plan.year, indicator.departmentId),
      key: createKeyOf('IndicatorValues', indicatorValueKey(indicator.id, plan.year))
    }));
    const before = done;
    const outcomes = await writeByKey(this.lists.spfi, writes, {
      maxRequests: spBatchLimit,
      onProgress: (progress) => {
        done = before + progress.done;
        report();
      }
    });
    let itemsCreated = 0;
    let itemsKept = skipped;
    for (const outcome of outcomes) {
      const indicator = creatable[outcome.index];
      if (outcome.ok) {
        itemsCreated += 1;
      } else if (isDuplicateKey(outcome.error)) {
        // Someone (a second office tab, the department's value) got there first: the item is there.
        itemsKept += 1;
      } else {
        failures.push({ department: numbers.get(indicator.departmentId)!, valueKey: indicatorValueKey(indicator.id, plan.year), error: outcome.error });
      }
    }
    done = total;
    report();
    return { foldersCreated, foldersChanged, itemsCreated, itemsKept, failures };
  }
}
