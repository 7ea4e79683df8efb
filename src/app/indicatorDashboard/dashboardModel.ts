import type { Contact, Department, FieldOfAction, Goal, Indicator, IndicatorValue, Measure, MeasureStatus, SeriesBreak } from '../../domain';
import { germanDay, seriesAcrossPeriods } from '../../domain';
import type { MailAddress, OutgoingMail } from '../../scheduling/reminderMail';

/** Values are collected once a year for the past year (council paper): the year before `today`'s. */
export function reportingYearOf(today: Date): number {
  return today.getFullYear() - 1;
}

/** The goal an indicator reports on: its own, else its measure's. */
export function goalOfIndicator(indicator: Indicator, measuresById: ReadonlyMap<number, Measure>): number | undefined {
  if (indicator.goalId !== undefined) {
    return indicator.goalId;
  }
  return indicator.measureId !== undefined ? measuresById.get(indicator.measureId)?.goalId : undefined;
}

export interface GoalOption {
  readonly goal: Goal;
  readonly fieldOfAction?: FieldOfAction;
  readonly indicatorCount: number;
}

/** Goals in field-of-action order, each with how many indicators it has (the picker shows goals with indicators first). */
export function goalOptions(fieldsOfAction: readonly FieldOfAction[], goals: readonly Goal[], indicators: readonly Indicator[], measures: readonly Measure[]): GoalOption[] {
  const measuresById = new Map(measures.map((measure) => [measure.id, measure]));
  const fieldsById = new Map(fieldsOfAction.map((field) => [field.id, field]));
  const counts = new Map<number, number>();
  for (const indicator of indicators) {
    const goalId = goalOfIndicator(indicator, measuresById);
    if (goalId !== undefined) {
      counts.set(goalId, (counts.get(goalId) ?? 0) + 1);
    }
  }
  return goals
    .map((goal) => ({ goal, fieldOfAction: fieldsById.get(goal.fieldOfActionId), indicatorCount: counts.get(goal.id) ?? 0 }))
    .sort(
      (a, b) =>
        (a.fieldOfAction?.sortOrder ?? Number.MAX_SAFE_INTEGER) - (b.fieldOfAction?.sortOrder ?? Number.MAX_SAFE_INTEGER) ||
        a.goal.number.localeCompare(b.goal.number, 'de', { numeric: true })
    );
}

/** One year of an indicator as the chart and the table show it; absent numbers were not reported. */
export interface SeriesPoint {
  readonly year: number;
  readonly value?: IndicatorValue;
  readonly target?: number;
  /** The value is a predecessor's (an indicator of an earlier plan period this one continues). */
  readonly predecessor?: Indicator;
  /** 0 for the indicator's own definition; higher before a redefinition (see `seriesBreak`). */
  readonly segment?: number;
}

export interface IndicatorSeries {
  readonly indicator: Indicator;
  readonly measure?: Measure;
  readonly points: readonly SeriesPoint[];
  /** Gender parts are shown stacked only where the indicator is split and at least one year has them. */
  readonly hasGenderSplit: boolean;
  /** Latest reported value against the target, taking the indicator's direction into account. */
  readonly isTargetReached?: boolean;
  /** Where the series was redefined ("neu definiert"): the values before it measured something else. */
  readonly seriesBreak?: SeriesBreak;
}

/** The indicators of earlier periods the shown ones continue, and their values. */
export interface PredecessorSeries {
  readonly predecessors: readonly Indicator[];
  readonly values: readonly IndicatorValue[];
}

/**
 * The goal's indicators over `years` (ascending), in measure order. With `across`, a year without
 * the indicator's own value shows its predecessor's, where the series continues across periods.
 */
export function seriesOfGoal(
  goalId: number,
  indicators: readonly Indicator[],
  measures: readonly Measure[],
  values: readonly IndicatorValue[],
  years: readonly number[],
  across: PredecessorSeries = { predecessors: [], values: [] }
): IndicatorSeries[] {
  const indicatorsById = new Map([...across.predecessors, ...indicators].map((indicator) => [indicator.id, indicator]));
  const measuresById = new Map(measures.map((measure) => [measure.id, measure]));
  const byIndicator = new Map<number, Map<number, IndicatorValue>>();
  for (const value of values) {
    let perYear = byIndicator.get(value.indicatorId);
    if (!perYear) {
      perYear = new Map();
      byIndicator.set(value.indicatorId, perYear);
    }
    perYear.set(value.year, value);
  }
  const ascending = [...years].sort((a, b) => a - b);
  return indicators
    .filter((indicator) => goalOfIndicator(indicator, measuresById) === goalId)
    .map((indicator) => {
      const measure = indicator.measureId !== undefined ? measuresById.get(indicator.measureId) : undefined;
      const own = [...(byIndicator.get(indicator.id)?.values() ?? [])];
      const chained = seriesAcrossPeriods(indicator, indicatorsById, [...own, ...across.values]);
      const perYear = new Map(chained.values.map((entry) => [entry.year, entry]));
      const points = ascending.map((year): SeriesPoint => {
        const entry = perYear.get(year);
        const predecessor = entry?.isFromPredecessor ? indicatorsById.get(entry.indicatorId) : undefined;
        return { year, value: entry?.value, target: indicator.targetValue, ...(predecessor ? { predecessor } : {}), ...(entry && entry.segment > 0 ? { segment: entry.segment } : {}) };
      });
      const [seriesBreak] = chained.breaks.filter((shown) => shown.year > ascending[0] && shown.year <= ascending[ascending.length - 1]);
      const hasGenderSplit = indicator.isGenderSplit && points.some((point) => point.value !== undefined && hasGenderParts(point.value));
      const latest = [...points].reverse().find((point) => point.value !== undefined)?.value;
      return {
        indicator,
        ...(measure ? { measure } : {}),
        points,
        hasGenderSplit,
        ...(seriesBreak ? { seriesBreak } : {}),
        ...(latest && indicator.targetValue !== undefined ? { isTargetReached: isTargetReached(indicator, latest.total) } : {})
      };
    })
    .sort((a, b) => (a.measure?.number ?? '').localeCompare(b.measure?.number ?? '', 'de', { numeric: true }) || a.indicator.id - b.indicator.id);
}

function hasGenderParts(value: IndicatorValue): boolean {
  return value.female !== undefined || value.male !== undefined || value.diverse !== undefined || value.notStated !== undefined;
}

export function isTargetReached(indicator: Indicator, total: number): boolean | undefined {
  if (indicator.targetValue === undefined) {
    return undefined;
  }
  return indicator.direction === 'lowerIsBetter' ? total <= indicator.targetValue : total >= indicator.targetValue;
}

/** Measures whose indicators are owed each year: a planned measure has not started, a suspended or dropped one stopped reporting. */
const reportingStatuses: ReadonlySet<MeasureStatus> = new Set<MeasureStatus>(['inProgress', 'implemented', 'ongoing']);

export function isIndicatorOwed(indicator: Indicator, measuresById: ReadonlyMap<number, Measure>): boolean {
  if (indicator.measureId === undefined) {
    return true;
  }
  const measure = measuresById.get(indicator.measureId);
  return measure !== undefined && reportingStatuses.has(measure.status);
}

export interface MissingValue {
  readonly indicator: Indicator;
  readonly measure?: Measure;
}

export interface DepartmentCompleteness {
  readonly department: Department;
  readonly expected: number;
  readonly delivered: number;
  readonly missing: readonly MissingValue[];
  /** delivered / expected, 1 when nothing is owed. */
  readonly ratio: number;
  readonly recipients: readonly MailAddress[];
}

export interface Completeness {
  readonly year: number;
  readonly departments: readonly DepartmentCompleteness[];
  readonly expected: number;
  readonly delivered: number;
  readonly ratio: number;
}

/**
 * Which department still owes which values for `year`: every indicator of a reporting measure
 * is owed by the department that reports it; a value for that indicator and year settles it.
 * Departments that owe nothing are left out.
 */
export function completenessOf(
  year: number,
  indicators: readonly Indicator[],
  measures: readonly Measure[],
  values: readonly IndicatorValue[],
  departments: readonly Department[],
  contacts: readonly Contact[]
): Completeness {
  const measuresById = new Map(measures.map((measure) => [measure.id, measure]));
  const reported = new Set(values.filter((value) => value.year === year).map((value) => value.indicatorId));
  const rows: DepartmentCompleteness[] = [];
  for (const department of departments) {
    const owed = indicators.filter((indicator) => indicator.departmentId === department.id && isIndicatorOwed(indicator, measuresById));
    if (owed.length === 0) {
      continue;
    }
    const missing = owed
      .filter((indicator) => !reported.has(indicator.id))
      .map((indicator) => {
        const measure = indicator.measureId !== undefined ? measuresById.get(indicator.measureId) : undefined;
        return { indicator, ...(measure ? { measure } : {}) };
      });
    const delivered = owed.length - missing.length;
    rows.push({ department, expected: owed.length, delivered, missing, ratio: delivered / owed.length, recipients: recipientsOf(department.id, contacts) });
  }
  const expected = rows.reduce((sum, row) => sum + row.expected, 0);
  const delivered = rows.reduce((sum, row) => sum + row.delivered, 0);
  return { year, departments: rows, expected, delivered, ratio: expected === 0 ? 1 : delivered / expected };
}

/** The department's contacts with a mail address, primary contact first, each address once. */
export function recipientsOf(departmentId: number, contacts: readonly Contact[]): MailAddress[] {
  const seen = new Set<string>();
  const recipients: MailAddress[] = [];
  const ordered = contacts.filter((contact) => contact.departmentId === departmentId).sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  for (const contact of ordered) {
    const address = (contact.email ?? contact.user?.email ?? '').trim();
    if (address !== '' && !seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      recipients.push({ address, name: contact.name });
    }
  }
  return recipients;
}

/** Fills `{year}` and `{department}` (the department number) of the configured entry link. */
export function entryLink(template: string, year: number, department: Department): string {
  return template.replace(/\{year\}/g, String(year)).replace(/\{department\}/g, encodeURIComponent(department.number));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Options of a reminder mail: the year's deadline, and whether the link opens the department's workbook. */
export interface ReminderMailOptions {
  /** `YYYY-MM-DD` (Abgabefrist). */
  readonly deadline?: string;
  /** `YYYY-MM-DD`: whether the deadline has passed is said in the mail. */
  readonly today?: string;
  /** The link opens the department's workbook in Excel, not the entry page. */
  readonly isWorkbookLink?: boolean;
}

/**
 * The reminder to one department, always in German (the administration's language): what is
 * missing (indicator and measure) for which year, by when, and one link straight to the
 * department's workbook or entry for that year.
 */
export function reminderMail(row: DepartmentCompleteness, year: number, link: string, senderName: string, options: ReminderMailOptions = {}): OutgoingMail {
  const { department, missing } = row;
  const items = missing
    .map(({ indicator, measure }) => {
      const measureText = measure ? ` (Maßnahme ${measure.number ? `${measure.number} ` : ''}${measure.title})` : '';
      return `<li>${escapeHtml(indicator.title)}${escapeHtml(measureText)}</li>`;
    })
    .join('');
  const { deadline, today, isWorkbookLink } = options;
  const isOverdue = deadline !== undefined && today !== undefined && today > deadline;
  const deadlineText =
    deadline === undefined
      ? ''
      : isOverdue
        ? `<p><strong>Die Abgabefrist war der ${germanDay(deadline)}.</strong> Bitte tragen Sie die Werte so bald wie möglich ein.</p>`
        : `<p>Bitte tragen Sie die Werte <strong>bis zum ${germanDay(deadline)}</strong> ein.</p>`;
  const linkText = isWorkbookLink
    ? `<p>Ihre Kennzahlenmappe öffnet sich mit einem Klick in Excel, schon mit Ihren Kennzahlen: <a href="${escapeHtml(link)}">Kennzahlenmappe ${year} öffnen</a><br>${escapeHtml(link)}</p>`
    : `<p>Bitte tragen Sie die Werte direkt hier ein: <a href="${escapeHtml(link)}">Kennzahlen ${year} erfassen</a><br>${escapeHtml(link)}</p>`;
  const html = [
    '<p>Guten Tag,</p>',
    `<p>für das Berichtsjahr ${year} fehlen aus dem Fachbereich ${escapeHtml(department.number)} ${escapeHtml(department.name)} noch ${missing.length} von ${row.expected} Kennzahlwerten:</p>`,
    `<ul>${items}</ul>`,
    deadlineText,
    linkText,
    '<p>Vielen Dank für Ihre Unterstützung!</p>',
    `<p>Mit freundlichen Grüßen<br>${escapeHtml(senderName)}</p>`
  ]
    .filter((part) => part !== '')
    .join('\n');
  const due = deadline === undefined ? '' : ` bis ${germanDay(deadline)}`;
  return {
    to: row.recipients,
    subject: `Kennzahlen ${year}: noch ${missing.length} ${missing.length === 1 ? 'Wert' : 'Werte'} offen${due} – Fachbereich ${department.number} ${department.name}`,
    html
  };
}

/** The rows of the completeness view: departments that owe values first, most missing first, then by number. */
export function sortByMissing(rows: readonly DepartmentCompleteness[]): DepartmentCompleteness[] {
  return [...rows].sort(
    (a, b) => b.missing.length - a.missing.length || a.department.number.localeCompare(b.department.number, 'de', { numeric: true })
  );
}
