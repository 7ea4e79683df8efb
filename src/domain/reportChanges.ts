import type { GoalChangeType } from './choices';
import { MeasureStatusChoices } from './choices';
import type { CorrectionRequest } from './correctionRequest';
import type { GoalChange } from './goalChange';
import { readableValue, type ItemVersion } from './itemHistory';
import { listSpec, type FieldSpec } from './lists';
import type { Language } from './messages';
import { localDate, isoDay } from './calendarDate';
import { wallClockToUtc } from './wallClockTime';

/**
 * "Änderungen seit dem letzten Bericht": what changed in the catalogue, the goals and the values
 * between the previous report and this one. The committee acknowledged the previous report; this
 * section tells it what is new since then, so nothing changes unnoticed between two reports.
 */

/** The span of a change section: after `since`, up to and including `until` (ISO instants). */
export interface ChangeWindow {
  readonly since: string;
  readonly until: string;
}

/** A measure as the change section reads it: when it was created, and its versions if it changed. */
export interface MeasureRecord {
  readonly id: number;
  readonly title: string;
  readonly number?: string;
  /** ISO instant of the item's creation. */
  readonly created: string;
  /** Its SharePoint item versions; needed only for measures created before the window and modified in it. */
  readonly versions?: readonly ItemVersion[];
}

export interface IndicatorRecord {
  readonly id: number;
  readonly title: string;
  readonly unit?: string;
  readonly created: string;
}

export interface MeasureChangeEntry {
  readonly measureId: number;
  readonly number?: string;
  readonly title: string;
}

export interface ChangedMeasure extends MeasureChangeEntry {
  /** Column titles whose values differ between the two reports, e.g. "Stand der Umsetzung". */
  readonly fields: readonly string[];
}

export interface DecidedGoalChange {
  readonly goalChangeId?: number;
  readonly title: string;
  readonly type: GoalChangeType;
  /** ISO day of the committee's decision. */
  readonly decidedOn: string;
  readonly committeeReference?: string;
}

export interface CorrectedValue {
  readonly indicatorId: number;
  readonly year: number;
  readonly previousTotal?: number;
  readonly total: number;
  readonly reason: string;
  /** ISO instant of the office's acceptance. */
  readonly decidedAt: string;
}

export interface ReportChanges {
  readonly window: ChangeWindow;
  readonly addedMeasures: readonly MeasureChangeEntry[];
  readonly changedMeasures: readonly ChangedMeasure[];
  readonly droppedMeasures: readonly MeasureChangeEntry[];
  readonly decidedGoalChanges: readonly DecidedGoalChange[];
  readonly correctedValues: readonly CorrectedValue[];
  readonly newIndicators: readonly IndicatorRecord[];
}

export interface ReportChangesInput {
  readonly measures: readonly MeasureRecord[];
  readonly indicators: readonly IndicatorRecord[];
  readonly goalChanges: readonly GoalChange[];
  readonly corrections: readonly CorrectionRequest[];
}

/** A stored report as far as the start of the next change section goes. */
export interface PreviousReport {
  readonly type?: string;
  readonly year?: number;
  /** ISO instant the report was first stored (a replaced file keeps it). */
  readonly created: string;
}

/**
 * Where "since the last report" starts for the annual report of `year`: the date of the latest
 * annual report of an earlier year in "Berichte", else the start of the previous year (the
 * committee hears a report every year, so that is where the last one would have been).
 */
export function changesSince(reports: readonly PreviousReport[], year: number): { readonly since: string; readonly isPreviousReport: boolean } {
  const earlier = reports
    .filter((report) => report.type === 'annualReport' && report.year !== undefined && report.year < year && !Number.isNaN(Date.parse(report.created)))
    .sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
  if (earlier.length > 0) {
    return { since: new Date(Date.parse(earlier[0].created)).toISOString(), isPreviousReport: true };
  }
  return { since: startOfYear(year - 1), isPreviousReport: false };
}

/** Midnight of 1 January of `year` in the council's time zone, as a UTC instant. */
export function startOfYear(year: number): string {
  return wallClockToUtc(`${year}-01-01T00:00:00`);
}

/** Columns that change with imports and copies but mean nothing to the committee. */
const technicalColumns = new Set(['CreateKey', 'ImportKey', 'PredecessorMeasure', 'PlanPeriod']);

function measureFields(): FieldSpec[] {
  const spec = listSpec('Measures');
  if (!spec) {
    return [];
  }
  const title: FieldSpec = { name: 'Title', displayName: spec.titleDisplayName, type: 'Text', required: true, indexed: false, unique: false };
  return [title, ...spec.fields.filter((field) => !technicalColumns.has(field.name))];
}

/** The columns' names in English reports; German ones are the list's own column titles. */
const englishColumnNames: Readonly<Record<string, string>> = {
  Title: 'Measure',
  MeasureNumber: 'Number',
  Goal: 'Goal',
  LeadDepartment: 'Lead department',
  InvolvedDepartments: 'Involved departments',
  SourceConcept: 'Source concept',
  MeasureStatus: 'Status',
  Contact: 'Contact',
  Description: 'Description'
};

function columnName(field: FieldSpec, language: Language): string {
  return language === 'en' ? (englishColumnNames[field.name] ?? field.displayName) : field.displayName;
}

const droppedLabel = MeasureStatusChoices.toLabel('dropped');

function instant(iso: string): number {
  return Date.parse(iso);
}

/** The item as it stood at `moment`: its last version modified by then. */
function stateAt(versions: readonly ItemVersion[], moment: number): ItemVersion | undefined {
  let found: ItemVersion | undefined;
  for (const version of [...versions].sort((a, b) => instant(a.modified) - instant(b.modified) || Number.parseFloat(a.label) - Number.parseFloat(b.label))) {
    if (instant(version.modified) <= moment) {
      found = version;
    }
  }
  return found;
}

function isInWindow(iso: string | undefined, since: number, until: number): boolean {
  if (!iso) {
    return false;
  }
  const at = instant(iso);
  return !Number.isNaN(at) && at > since && at <= until;
}

/** A date-only column (stored as local midnight) counts by its day: decided on the day of the report counts. */
function isDayInWindow(iso: string | undefined, window: ChangeWindow): boolean {
  const day = iso ? localDate(iso) : undefined;
  const since = localDate(window.since);
  const until = localDate(window.until);
  return day !== undefined && since !== undefined && until !== undefined && isoDay(day) > isoDay(since) && isoDay(day) <= isoDay(until);
}

function entryOf(measure: MeasureRecord): MeasureChangeEntry {
  return { measureId: measure.id, title: measure.title, ...(measure.number ? { number: measure.number } : {}) };
}

/**
 * Compares the catalogue as it stood at the last report with how it stands now: measures created
 * since are added; measures whose status became "entfallen" are dropped; others whose shown
 * columns differ are changed, with those columns (a change made and undone in between is none).
 */
export function reportChanges(input: ReportChangesInput, window: ChangeWindow, language: Language = 'de'): ReportChanges {
  const since = instant(window.since);
  const until = instant(window.until);
  const fields = measureFields();
  const added: MeasureChangeEntry[] = [];
  const changed: ChangedMeasure[] = [];
  const dropped: MeasureChangeEntry[] = [];
  for (const measure of [...input.measures].sort(byNumberThenId)) {
    const created = instant(measure.created);
    if (Number.isNaN(created) || created > until) {
      continue;
    }
    if (created > since) {
      added.push(entryOf(measure));
      continue;
    }
    const before = measure.versions ? stateAt(measure.versions, since) : undefined;
    const after = measure.versions ? stateAt(measure.versions, until) : undefined;
    if (!before || !after || before === after) {
      continue;
    }
    const differing = fields.filter((field) => readableValue(before.values[field.name], field, language) !== readableValue(after.values[field.name], field, language));
    if (differing.length === 0) {
      continue;
    }
    const isDropped = before.values.MeasureStatus !== droppedLabel && after.values.MeasureStatus === droppedLabel;
    if (isDropped) {
      dropped.push(entryOf(measure));
    } else {
      changed.push({ ...entryOf(measure), fields: differing.map((field) => columnName(field, language)) });
    }
  }
  const decidedGoalChanges = input.goalChanges
    .filter((change) => change.status === 'decided' && isDayInWindow(change.committeeDate, window))
    .map(
      (change): DecidedGoalChange => ({
        ...(change.id !== undefined ? { goalChangeId: change.id } : {}),
        title: change.title,
        type: change.type,
        decidedOn: isoDay(localDate(change.committeeDate!)!),
        ...(change.committeeReference ? { committeeReference: change.committeeReference } : {})
      })
    )
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || (a.goalChangeId ?? 0) - (b.goalChangeId ?? 0));
  const correctedValues = input.corrections
    .filter((request) => request.status === 'accepted' && isInWindow(request.decidedAt, since, until))
    .map(
      (request): CorrectedValue => ({
        indicatorId: request.indicatorId,
        year: request.year,
        ...(request.previous ? { previousTotal: request.previous.total } : {}),
        total: request.requested.total,
        reason: request.reason,
        decidedAt: request.decidedAt!
      })
    )
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.indicatorId - b.indicatorId);
  const newIndicators = input.indicators.filter((indicator) => isInWindow(indicator.created, since, until)).sort((a, b) => a.title.localeCompare(b.title, 'de') || a.id - b.id);
  return { window, addedMeasures: added, changedMeasures: changed, droppedMeasures: dropped, decidedGoalChanges, correctedValues, newIndicators };
}

/** Whether the section has anything to say. */
export function hasChanges(changes: ReportChanges): boolean {
  return (
    changes.addedMeasures.length + changes.changedMeasures.length + changes.droppedMeasures.length + changes.decidedGoalChanges.length + changes.correctedValues.length + changes.newIndicators.length > 0
  );
}

function byNumberThenId(a: MeasureRecord, b: MeasureRecord): number {
  return (a.number ?? '').localeCompare(b.number ?? '', 'de', { numeric: true }) || a.id - b.id;
}
