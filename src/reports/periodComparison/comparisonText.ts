import type { AnyItemDifference, CatalogueSnapshot, ComparedField, ComparisonLevel, Department, DifferenceKind, Language, PeriodComparison, PlanPeriod } from '../../domain';
import { allDifferences, fillPlaceholders, MeasureStatusChoices } from '../../domain';
import { statusLabel } from '../statusQuo/statusQuoMessages';

/**
 * The differences of two plan periods as lines of text, in German or English: what the
 * Steuerung tab lists and what the council paper's attachment prints, worded once.
 */
const de = {
  'title': 'Änderungen gegenüber der {number}. Fortschreibung',
  'subtitle': 'Anlage zur {number}. Fortschreibung {start}–{end} des Integrationskonzepts',
  'date': 'Stand: {date}',
  'preparedBy': 'Erstellt von: {office}',
  'page': 'Seite ',
  'pageOf': ' von ',
  'summary': 'Übersicht',
  'summaryText': 'Gegenüber der {previous} sind {added} Einträge neu, {dropped} entfallen und {changed} geändert.',
  'none': 'Keine Änderungen.',
  'column.level': 'Ebene',
  'column.number': 'Nr.',
  'column.title': 'Bezeichnung',
  'column.kind': 'Änderung',
  'column.details': 'Was sich geändert hat (bisher → neu)',
  'total': 'Gesamt',
  'empty': '(leer)',
  'level.guidingGoal': 'Leitziele',
  'level.fieldOfAction': 'Handlungsfelder',
  'level.goal': 'Einzelziele',
  'level.measure': 'Maßnahmen',
  'level.indicator': 'Kennzahlen',
  'kind.added': 'neu',
  'kind.dropped': 'entfallen',
  'kind.changed': 'geändert',
  'field.title': 'Bezeichnung',
  'field.description': 'Beschreibung',
  'field.parent': 'Zuordnung',
  'field.status': 'Stand der Umsetzung',
  'field.leadDepartment': 'Federführung',
  'field.department': 'Fachbereich',
  'field.unit': 'Einheit',
  'field.targetValue': 'Zielwert',
  'field.targetYear': 'Zieljahr',
  'field.seriesContinuity': 'Zeitreihe',
  'seriesRedefined': 'neu definiert, mit den bisherigen Werten nicht vergleichbar'
} as const;

export type ComparisonTextKey = keyof typeof de;

const en: Readonly<Record<ComparisonTextKey, string>> = {
  'title': 'Changes against the update no. {number}',
  'subtitle': 'Attachment to update no. {number} ({start}–{end}) of the integration concept',
  'date': 'As of {date}',
  'preparedBy': 'Prepared by: {office}',
  'page': 'Page ',
  'pageOf': ' of ',
  'summary': 'Overview',
  'summaryText': 'Against {previous}, {added} entries are new, {dropped} dropped and {changed} changed.',
  'none': 'No changes.',
  'column.level': 'Level',
  'column.number': 'No.',
  'column.title': 'Title',
  'column.kind': 'Change',
  'column.details': 'What changed (before → after)',
  'total': 'Total',
  'empty': '(empty)',
  'level.guidingGoal': 'Guiding goals',
  'level.fieldOfAction': 'Fields of action',
  'level.goal': 'Goals',
  'level.measure': 'Measures',
  'level.indicator': 'Indicators',
  'kind.added': 'new',
  'kind.dropped': 'dropped',
  'kind.changed': 'changed',
  'field.title': 'Title',
  'field.description': 'Description',
  'field.parent': 'Placed under',
  'field.status': 'Implementation status',
  'field.leadDepartment': 'Lead department',
  'field.department': 'Department',
  'field.unit': 'Unit',
  'field.targetValue': 'Target',
  'field.targetYear': 'Target year',
  'field.seriesContinuity': 'Series',
  'seriesRedefined': 'redefined, not comparable with the earlier values'
};

export function comparisonText(key: ComparisonTextKey, language: Language, params?: Readonly<Record<string, string | number>>): string {
  return fillPlaceholders((language === 'de' ? de : en)[key], params);
}

/** One difference as a line of the attachment. */
export interface DifferenceLine {
  /** Stable across renders: level, kind and the items' IDs. */
  readonly key: string;
  readonly level: ComparisonLevel;
  readonly kind: DifferenceKind;
  readonly number: string;
  readonly title: string;
  /** The item's title in the earlier period; absent for an added one. */
  readonly beforeTitle?: string;
  /** The item's title in the later period; absent for a dropped one. */
  readonly afterTitle?: string;
  /** For a change: "Zielwert: 430 → 480", one per changed field. */
  readonly details: readonly string[];
}

export interface ComparisonTextContext {
  readonly language: Language;
  /** e.g. 'de-DE', for numbers. */
  readonly locale: string;
  readonly departments: readonly Department[];
  /** The compared catalogues, so an indicator is numbered after its measure (or goal). */
  readonly snapshots?: { readonly previous: CatalogueSnapshot; readonly next: CatalogueSnapshot };
}

/** The lines of a comparison in reading order: level by level, each as the comparison sorted it. */
export function differenceLines(comparison: PeriodComparison, context: ComparisonTextContext): DifferenceLine[] {
  const departmentNames = new Map(context.departments.map((department) => [department.id, `${department.number} ${department.name}`]));
  const parentNumbers = { before: parentNumbersOf(context.snapshots?.previous), after: parentNumbersOf(context.snapshots?.next) };
  return allDifferences(comparison).map((difference) => ({
    key: `${difference.level}-${difference.kind}-${difference.before?.id ?? ''}-${difference.after?.id ?? ''}`,
    level: difference.level,
    kind: difference.kind,
    number: numberOf(difference, parentNumbers),
    title: (difference.after ?? difference.before)?.title ?? '',
    ...(difference.before ? { beforeTitle: difference.before.title } : {}),
    ...(difference.after ? { afterTitle: difference.after.title } : {}),
    details: difference.changes.map((change) => {
      if (change.field === 'seriesContinuity') return `${comparisonText('field.seriesContinuity', context.language)}: ${comparisonText('seriesRedefined', context.language)}`;
      const show = (value: string | number | undefined): string => shownValue(change.field, value, context, departmentNames);
      return `${comparisonText(`field.${change.field}`, context.language)}: ${show(change.before)} → ${show(change.after)}`;
    })
  }));
}

/** How many lines of each kind per level, for the overview. */
export function differenceCounts(lines: readonly DifferenceLine[], level: ComparisonLevel): Readonly<Record<DifferenceKind, number>> {
  const ofLevel = lines.filter((line) => line.level === level);
  return { added: count(ofLevel, 'added'), dropped: count(ofLevel, 'dropped'), changed: count(ofLevel, 'changed') };
}

export function periodLabel(period: Pick<PlanPeriod, 'updateNumber' | 'startYear' | 'endYear'>): string {
  return `${period.updateNumber}. Fortschreibung ${period.startYear}–${period.endYear}`;
}

function count(lines: readonly DifferenceLine[], kind: DifferenceKind): number {
  return lines.filter((line) => line.kind === kind).length;
}

interface ParentNumbers {
  readonly measures: ReadonlyMap<number, string>;
  readonly goals: ReadonlyMap<number, string>;
}

function parentNumbersOf(snapshot: CatalogueSnapshot | undefined): ParentNumbers {
  return {
    measures: new Map((snapshot?.measures ?? []).map((measure) => [measure.id, measure.number ?? ''])),
    goals: new Map((snapshot?.goals ?? []).map((goal) => [goal.id, goal.number]))
  };
}

/** Indicators carry no number: they stand under their measure's (or goal's), as in the catalogue. */
function numberOf(difference: AnyItemDifference, parents: { readonly before: ParentNumbers; readonly after: ParentNumbers }): string {
  const item = difference.after ?? difference.before;
  if (item && 'number' in item && item.number) return item.number;
  if (difference.level === 'indicator') {
    const [indicator, side] = difference.after ? [difference.after, parents.after] : [difference.before!, parents.before];
    return (indicator.measureId !== undefined ? side.measures.get(indicator.measureId) : indicator.goalId !== undefined ? side.goals.get(indicator.goalId) : undefined) ?? '';
  }
  if (difference.level === 'guidingGoal' || difference.level === 'fieldOfAction') {
    return String((difference.after ?? difference.before)?.sortOrder ?? '');
  }
  return '';
}

function shownValue(field: ComparedField, value: string | number | undefined, context: ComparisonTextContext, departmentNames: ReadonlyMap<number, string>): string {
  if (value === undefined || value === '') return comparisonText('empty', context.language);
  switch (field) {
    case 'status':
      return MeasureStatusChoices.codes.includes(value as never) ? statusLabel(value as (typeof MeasureStatusChoices.codes)[number], context.language) : String(value);
    case 'leadDepartment':
    case 'department':
      return departmentNames.get(Number(value)) ?? String(value);
    case 'targetValue':
      return typeof value === 'number' ? value.toLocaleString(context.locale) : value;
    case 'description':
      return `„${shorten(String(value))}“`;
    default:
      return String(value);
  }
}

/** A description changes in a word or two; a whole paragraph twice would drown the line. */
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
