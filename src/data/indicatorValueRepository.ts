import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IndicatorValue, IndicatorValueUpsert, PreparedValue } from '../domain';
import { indicatorValueKey, valueNotPreparedMessage } from '../domain';
import { yearFolderPath } from '../domain/sitePermissions';
import type { IndicatorValueWriter, IndicatorValueWriteResult } from '../indicatorSheet/submission';
import { SiteLists } from './sp/siteLists';
import { DepartmentNumbers } from './sp/departmentNumbers';
import { createKeyOf, KeyedWrite, writeByKey } from './sp/keyedCreate';
import { noDecimals } from './sp/formValues';
import { RegionalFormatSource, SiteRegionalFormat } from './sp/regionalSettings';
import { IndicatorValueItems, readDepartmentYearItems, readIndicatorValues } from './indicatorValueQueries';
import { YearFolders } from './yearFolders';
import { indicatorValueCreation, indicatorValueUpdateFields } from './mapping/indicatorValueMapping';

/**
 * The yearly values of indicators (Kennzahlwerte), written in bulk from a sheet. Each value lives
 * in its department's year folder (`<department>/<year>`), where the office prepared an empty item
 * per indicator when it opened the year: the department may fill those in but neither add nor
 * delete items, so a "create" of the sheet fills the prepared item. The unique ValueKey
 * (`<indicatorId>-<year>`) makes a second create of the same value fail instead of duplicating it.
 */
export class IndicatorValueRepository implements IndicatorValueWriter {
  private readonly departmentFolders: DepartmentNumbers;

  /**
   * `regional`: where the site's decimal separator comes from, which AddValidateUpdateItemUsingPath
   * parses numbers with; by default the site's regional settings, read at the first create.
   */
  public constructor(
    private readonly lists: SiteLists,
    private readonly regional: RegionalFormatSource = new SiteRegionalFormat(lists.spfi)
  ) {
    this.departmentFolders = new DepartmentNumbers(lists);
  }

  /** The stored values of the given indicators in the given years, a hundred indicators per `$batch`. */
  public async valuesOf(indicatorIds: readonly number[], years: readonly number[]): Promise<IndicatorValue[]> {
    const ids = [...new Set(indicatorIds)];
    const wanted = new Set(years);
    if (ids.length === 0 || wanted.size === 0) {
      return [];
    }
    const values = await readIndicatorValues(this.lists, ids, Math.min(...wanted), Math.max(...wanted));
    return values.filter((value) => wanted.has(value.year)).sort((a, b) => a.indicatorId - b.indicatorId || a.year - b.year);
  }

  /**
   * Fills prepared items (If-Match on the prepared item's ETag), creates into the department's year
   * folder where none was prepared (only the office may), and updates with If-Match on the ETag the
   * user saw, in `$batch` requests of up to 100, one result per planned write. Writes SharePoint
   * refused because the key exists or the version changed are read back, so the caller can tell its
   * own lost-answer write (same content) from someone else's (a conflict). Nothing is overwritten.
   */
  public async write(plan: readonly IndicatorValueUpsert[], options: { onProgress?(done: number, total: number): void } = {}): Promise<IndicatorValueWriteResult[]> {
    const results: Array<IndicatorValueWriteResult | undefined> = plan.map(() => undefined);
    const writes: KeyedWrite[] = [];
    const writeIndex: number[] = [];
    const listUrl = this.lists.url('IndicatorValues');
    const creating = plan.some((step) => step.action === 'create');
    const created = plan.flatMap((step) => (step.action === 'create' ? [step.value] : []));
    const [numbers, regional, storedItems] = await Promise.all([
      creating ? this.departmentFolders.byId() : new Map<number, string>(),
      // Only creates send form values; updates are MERGE bodies with JSON numbers, read the same on every site.
      creating ? this.regional.format() : noDecimals,
      creating ? this.itemsOf(created) : { values: [], prepared: [] }
    ]);
    const storedByKey = new Map(storedItems.values.map((value) => [indicatorValueKey(value.indicatorId, value.year), value]));
    const preparedByKey = new Map(storedItems.prepared.map((prepared) => [indicatorValueKey(prepared.indicatorId, prepared.year), prepared]));
    const missingFolders = creating ? await this.missingYearFolders(created, preparedByKey, storedByKey, numbers) : new Set<string>();

    plan.forEach((step, index) => {
      if (step.action === 'unchanged') {
        results[index] = { key: step.key, kind: 'unchanged', stored: step.existing };
        return;
      }
      if (step.action === 'create') {
        const current = storedByKey.get(step.key);
        const prepared = preparedByKey.get(step.key);
        const departmentNumber = step.value.departmentId === undefined ? undefined : numbers.get(step.value.departmentId);
        if (current) {
          // Entered meanwhile: the caller decides between its own lost answer and someone else's value.
          results[index] = { key: step.key, kind: 'exists', current };
          return;
        }
        if (prepared) {
          if (prepared.etag === undefined) {
            results[index] = { key: step.key, kind: 'failed', status: 428, message: `The prepared item of value ${step.key} has no version to update against.` };
            return;
          }
          // Filled in on the version just read: should someone fill it in first, SharePoint answers 412 and the read-back shows theirs.
          writes.push({ kind: 'update', listUrl, id: prepared.id, etag: prepared.etag, fields: indicatorValueUpdateFields(step.value) });
        } else if (departmentNumber === undefined) {
          results[index] = { key: step.key, kind: 'failed', status: 400, message: `The department of value ${step.key} is unknown.` };
          return;
        } else if (missingFolders.has(yearFolderPath(departmentNumber, step.value.year))) {
          results[index] = { key: step.key, kind: 'failed', status: 404, message: valueNotPreparedMessage };
          return;
        } else {
          // Only the office may add to a year folder (an indicator added after the year was opened).
          writes.push({
            kind: 'addToFolder',
            listUrl,
            folderPath: this.lists.folderPath('IndicatorValues', yearFolderPath(departmentNumber, step.value.year)),
            formValues: indicatorValueCreation(step.value, regional),
            key: createKeyOf('IndicatorValues', step.key)
          });
        }
      } else {
        if (step.value.id === undefined || step.value.etag === undefined) {
          // Without the version the user saw, an update could overwrite someone else's value.
          results[index] = { key: step.key, kind: 'failed', status: 428, message: `Value ${step.key} has no version to update against.` };
          return;
        }
        writes.push({ kind: 'update', listUrl, id: step.value.id, etag: step.value.etag, fields: indicatorValueUpdateFields(step.value) });
      }
      writeIndex.push(index);
    });

    const outcomes = await writeByKey(this.lists.spfi, writes, {
      onProgress: (progress) => options.onProgress?.(progress.done, progress.total)
    });
    const refused: Array<{ index: number }> = [];
    for (const outcome of outcomes) {
      const index = writeIndex[outcome.index];
      const step = plan[index] as Exclude<IndicatorValueUpsert, { action: 'unchanged' }>;
      if (outcome.ok) {
        results[index] = { key: step.key, kind: step.action === 'create' ? 'created' : 'updated', stored: { ...step.value, id: outcome.id, etag: outcome.etag } };
        if (outcome.isReadBack) {
          // Found by its key after a lost answer: most likely our own, but the content decides (someone may have entered it meanwhile).
          refused.push({ index });
        }
      } else if (step.action === 'create' && outcome.error.isAccessDenied && !preparedByKey.has(step.key)) {
        // A department may not add items: the office has not prepared this one.
        results[index] = { key: step.key, kind: 'failed', status: 403, message: valueNotPreparedMessage };
      } else {
        results[index] = { key: step.key, kind: 'failed', status: outcome.error.status, message: outcome.error.serviceMessage };
        // 403 is final; everything else (duplicate key, 412, a lost answer) may have left a stored value to look at.
        if (!outcome.error.isAccessDenied) {
          refused.push({ index });
        }
      }
    }
    if (refused.length > 0) {
      await this.readBackRefused(plan, refused, results);
    }
    return results.map((result, index) => result ?? { key: plan[index].key, kind: 'failed', status: 0, message: 'No answer for this value.' });
  }

  /** Replaces failures by "exists" / "stale" where SharePoint holds a version other than the one we wrote against. */
  private async readBackRefused(plan: readonly IndicatorValueUpsert[], refused: ReadonlyArray<{ index: number }>, results: Array<IndicatorValueWriteResult | undefined>): Promise<void> {
    const steps = refused.map(({ index }) => plan[index]);
    let stored: IndicatorValue[];
    try {
      stored = await this.valuesOf(
        steps.map((step) => (step.action === 'unchanged' ? step.existing.indicatorId : step.value.indicatorId)),
        [...new Set(steps.map((step) => (step.action === 'unchanged' ? step.existing.year : step.value.year)))]
      );
    } catch {
      return; // still unreachable: the failures stand, and a retry resolves them
    }
    const byKey = new Map(stored.map((value) => [indicatorValueKey(value.indicatorId, value.year), value]));
    for (const { index } of refused) {
      const step = plan[index];
      const current = byKey.get(step.key);
      if (!current || step.action === 'unchanged') {
        continue;
      }
      if (step.action === 'create') {
        results[index] = { key: step.key, kind: 'exists', current };
      } else if (current.etag !== step.value.etag) {
        results[index] = { key: step.key, kind: 'stale', current };
      }
    }
  }

  /**
   * Every stored item (values and prepared ones) of the departments and years of the values about
   * to be created: a sheet is one department's year, so usually one query. A value without a
   * department has no prepared item to find.
   */
  private async itemsOf(values: readonly IndicatorValue[]): Promise<IndicatorValueItems> {
    const scopes = new Map<string, { departmentId: number; year: number }>();
    for (const value of values) {
      if (value.departmentId !== undefined) {
        scopes.set(`${value.departmentId}/${value.year}`, { departmentId: value.departmentId, year: value.year });
      }
    }
    const items: IndicatorValueItems = { values: [], prepared: [] };
    for (const { departmentId, year } of scopes.values()) {
      const found = await readDepartmentYearItems(this.lists, departmentId, year);
      items.values.push(...found.values);
      items.prepared.push(...found.prepared);
    }
    return items;
  }

  /** The year folders (`<department>/<year>`) that creates without a prepared item would need and that do not exist: the year is not opened. */
  private async missingYearFolders(
    values: readonly IndicatorValue[],
    prepared: ReadonlyMap<string, PreparedValue>,
    stored: ReadonlyMap<string, IndicatorValue>,
    numbers: ReadonlyMap<number, string>
  ): Promise<Set<string>> {
    const needed = new Map<string, { department: string; year: number }>();
    for (const value of values) {
      const key = indicatorValueKey(value.indicatorId, value.year);
      const department = value.departmentId === undefined ? undefined : numbers.get(value.departmentId);
      if (department !== undefined && !prepared.has(key) && !stored.has(key)) {
        needed.set(yearFolderPath(department, value.year), { department, year: value.year });
      }
    }
    const folders = new YearFolders(this.lists);
    const missing = new Set<string>();
    for (const [path, { department, year }] of needed) {
      if (!(await folders.exists(department, year))) {
        missing.add(path);
      }
    }
    return missing;
  }

}
