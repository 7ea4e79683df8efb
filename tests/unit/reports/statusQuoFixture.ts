import type { Department, FieldOfAction, Goal, InitialReview, Measure, MeasureStatus, PlanPeriod, ReviewAnswer } from '../../../src/domain';
import type { StatusQuoReportInput } from '../../../src/reports';

/** A small plan period as the office would have it after a first round of interviews. */
export const period: PlanPeriod = { id: 2, title: '2. Fortschreibung', updateNumber: 2, startYear: 2019, endYear: 2021, adoptionDate: '2019-03-15', status: 'adopted' };

export const departments: Department[] = [
  { id: 50, number: '50', name: 'Soziales', groupName: 'FB 50 Mitglieder' },
  { id: 40, number: '40', name: 'Schule und Bildung', groupName: 'FB 40 Mitglieder' },
  { id: 32, number: '32', name: 'Ordnung', groupName: 'FB 32 Mitglieder' },
  { id: 10, number: '10', name: 'Personal', groupName: 'FB 10 Mitglieder' }
];

export const fieldsOfAction: FieldOfAction[] = [
  { id: 12, title: 'Arbeit', sortOrder: 2, planPeriodId: 2 },
  { id: 11, title: 'Sprache und Bildung', sortOrder: 1, planPeriodId: 2 },
  // The previous period's field must not appear.
  { id: 1, title: 'Altes Handlungsfeld', sortOrder: 1, planPeriodId: 1 }
];

export const goals: Goal[] = [
  { id: 102, number: '1.2', title: 'Schulabschlüsse verbessern', fieldOfActionId: 11, planPeriodId: 2 },
  { id: 101, number: '1.1', title: 'Deutschkenntnisse fördern', fieldOfActionId: 11, planPeriodId: 2 },
  { id: 201, number: '2.1', title: 'Zugang zum Arbeitsmarkt erleichtern', fieldOfActionId: 12, planPeriodId: 2 }
];

function measure(id: number, number: string, title: string, goalId: number, leadDepartmentId: number, status: MeasureStatus): Measure {
  return { id, number, title, goalId, planPeriodId: 2, leadDepartmentId, involvedDepartmentIds: [], status };
}

export const measures: Measure[] = [
  measure(1, '1.1.1', 'Sprachkurse für Eltern', 101, 40, 'inProgress'),
  measure(2, '1.1.2', 'Sprachcafé in der Stadtbibliothek', 101, 50, 'planned'),
  measure(3, '1.2.1', 'Hausaufgabenhilfe', 102, 40, 'ongoing'),
  measure(4, '2.1.1', 'Anerkennungsberatung', 201, 50, 'inProgress'),
  measure(5, '2.1.2', 'Interkulturelle Öffnung der Verwaltung', 201, 10, 'planned'),
  measure(6, '2.1.3', 'Ausbildungsmesse', 201, 32, 'planned'),
  // Another period's measure must not be counted.
  { ...measure(99, '9.9.9', 'Maßnahme der 1. Fortschreibung', 1, 50, 'implemented'), planPeriodId: 1 }
];

function review(id: number, measureId: number, departmentId: number, isCurrent: ReviewAnswer, isAppropriate: ReviewAnswer, implementationStatus: MeasureStatus, notes = ''): InitialReview {
  return { id, title: String(measureId), measureId, departmentId, isCurrent, isAppropriate, implementationStatus, notes, reviewDate: '2026-10-01T09:00:00Z' };
}

export const initialReviews: InitialReview[] = [
  review(1, 1, 40, 'yes', 'yes', 'implemented', 'Kurse laufen an drei Grundschulen.'),
  review(2, 2, 50, 'no', 'yes', 'suspended', 'Bibliothek bietet das Format selbst an.'),
  review(3, 3, 40, 'yes', 'no', 'ongoing', 'Zu wenige Plätze für den Bedarf.'),
  review(4, 4, 50, 'yes', 'yes', 'inProgress'),
  review(5, 5, 10, 'open', 'open', 'planned', 'Rückmeldung der Amtsleitung steht aus.')
  // Measure 6 (32 Ordnung) is not yet reviewed.
];

export function statusQuoInput(overrides: Partial<StatusQuoReportInput> = {}): StatusQuoReportInput {
  return {
    planPeriod: period,
    reportDate: '2026-11-23',
    officeName: 'Büro für Integration',
    cityName: 'Stadt Musterstadt',
    fieldsOfAction,
    goals,
    measures,
    departments,
    initialReviews,
    ...overrides
  };
}
