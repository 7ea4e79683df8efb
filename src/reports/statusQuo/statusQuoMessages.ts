import type { Language, MeasureStatus, ReviewAnswer } from '../../domain';
import { fillPlaceholders, MeasureStatusChoices, ReviewAnswerChoices } from '../../domain';

/**
 * Texts of the status-quo report in German and English. The report goes to the council's
 * committee in German; the English version serves partner cities and English tenants.
 * Placeholders are `{name}`, as in the domain's messages.
 */
const de = {
  'report.title': 'Status-Quo-Bericht zur Umsetzung des Integrationskonzepts',
  'report.period': '{number}. Fortschreibung {start}–{end}',
  'report.date': 'Stand: {date}',
  'report.preparedBy': 'Erstellt von: {office}',
  'report.contents': 'Inhalt',
  'report.page': 'Seite ',
  'report.pageOf': ' von ',
  'summary.heading': 'Zusammenfassung',
  'summary.reviewed': 'Von {total} Maßnahmen wurden {reviewed} in Erstgesprächen besprochen ({percent} %).',
  'summary.concerns': 'Als nicht mehr aktuell eingeschätzt: {notCurrent}; als nicht angemessen eingeschätzt: {notAppropriate}.',
  'summary.byFieldOfAction': 'Erstgespräche nach Handlungsfeldern',
  'summary.byDepartment': 'Erstgespräche nach Fachbereichen',
  'summary.statusByDepartment': 'Stand der Umsetzung nach Fachbereichen',
  'summary.total': 'Gesamt',
  'column.fieldOfAction': 'Handlungsfeld',
  'column.department': 'Fachbereich',
  'column.measures': 'Maßnahmen',
  'column.reviewed': 'besprochen',
  'column.current': 'aktuell?',
  'column.appropriate': 'angemessen?',
  'column.number': 'Nr.',
  'column.measure': 'Maßnahme',
  'column.leadDepartment': 'Federführung',
  'column.status': 'Stand der Umsetzung',
  'column.notes': 'Anmerkungen',
  'fieldOfAction.heading': 'Handlungsfeld {number}: {title}',
  'goal.heading': 'Ziel {number}: {title}',
  'goal.noMeasures': 'Diesem Ziel sind keine Maßnahmen zugeordnet.',
  'measure.notReviewed': 'noch nicht besprochen',
  'openPoints.heading': 'Offene Punkte',
  'openPoints.notReviewed': 'Noch nicht besprochene Maßnahmen',
  'openPoints.notCurrent': 'Nicht mehr aktuelle Maßnahmen',
  'openPoints.notAppropriate': 'Nicht angemessene Maßnahmen',
  'openPoints.none': 'Keine.',
  'openPoints.item': '{measure} ({department})',
  'department.unknown': 'Fachbereich unbekannt'
} as const;

export type StatusQuoMessageKey = keyof typeof de;

const en: Readonly<Record<StatusQuoMessageKey, string>> = {
  'report.title': 'Status-quo report on the implementation of the integration concept',
  'report.period': 'Update {number}, {start}–{end}',
  'report.date': 'As of {date}',
  'report.preparedBy': 'Prepared by: {office}',
  'report.contents': 'Contents',
  'report.page': 'Page ',
  'report.pageOf': ' of ',
  'summary.heading': 'Summary',
  'summary.reviewed': 'Of {total} measures, {reviewed} were discussed in initial interviews ({percent} %).',
  'summary.concerns': 'Judged no longer current: {notCurrent}; judged not appropriate: {notAppropriate}.',
  'summary.byFieldOfAction': 'Initial interviews by field of action',
  'summary.byDepartment': 'Initial interviews by department',
  'summary.statusByDepartment': 'Implementation status by department',
  'summary.total': 'Total',
  'column.fieldOfAction': 'Field of action',
  'column.department': 'Department',
  'column.measures': 'Measures',
  'column.reviewed': 'reviewed',
  'column.current': 'current?',
  'column.appropriate': 'appropriate?',
  'column.number': 'No.',
  'column.measure': 'Measure',
  'column.leadDepartment': 'Lead',
  'column.status': 'Implementation status',
  'column.notes': 'Notes',
  'fieldOfAction.heading': 'Field of action {number}: {title}',
  'goal.heading': 'Goal {number}: {title}',
  'goal.noMeasures': 'No measures are assigned to this goal.',
  'measure.notReviewed': 'not yet reviewed',
  'openPoints.heading': 'Open points',
  'openPoints.notReviewed': 'Measures not yet reviewed',
  'openPoints.notCurrent': 'Measures no longer current',
  'openPoints.notAppropriate': 'Measures not appropriate',
  'openPoints.none': 'None.',
  'openPoints.item': '{measure} ({department})',
  'department.unknown': 'department unknown'
};

const statusQuoMessages: { readonly [L in Language]: Readonly<Record<StatusQuoMessageKey, string>> } = { de, en };

/** The text of a report message, with `{name}` placeholders filled from `params`. */
export function reportText(key: StatusQuoMessageKey, language: Language, params: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(statusQuoMessages[language][key], params);
}

const englishStatusLabels: Readonly<Record<MeasureStatus, string>> = {
  planned: 'planned',
  inProgress: 'in progress',
  implemented: 'implemented',
  ongoing: 'ongoing task',
  suspended: 'suspended',
  dropped: 'dropped'
};

const englishAnswerLabels: Readonly<Record<ReviewAnswer, string>> = { yes: 'yes', no: 'no', open: 'open' };

/** German labels come from the choice tables, so the report says exactly what the lists show. */
export function statusLabel(status: MeasureStatus, language: Language): string {
  return language === 'de' ? MeasureStatusChoices.toLabel(status) : englishStatusLabels[status];
}

export function answerLabel(answer: ReviewAnswer, language: Language): string {
  return language === 'de' ? ReviewAnswerChoices.toLabel(answer) : englishAnswerLabels[answer];
}
