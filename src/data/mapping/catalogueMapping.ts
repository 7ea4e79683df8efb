import { MeasureStatusChoices, PlanPeriodStatusChoices, isoDay, localDate } from '../../domain';
import type { Concept, FieldOfAction, Goal, Measure, PlanPeriod } from '../../domain';
import { etagOf, idList, numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export function toConcept(row: Row): Concept {
  return { id: numberOr(row.Id, 0), title: text(row.Title), year: numberOr(row.ConceptYear, 0), description: optionalText(row.Description) };
}

/** The columns of a plan period, with who closed and reopened it (person columns read through their Title). */
export const planPeriodSelect = [
  'Id', 'Title', 'UpdateNumber', 'StartYear', 'EndYear', 'AdoptionDate', 'PeriodStatus', 'PaperNumber',
  'ClosedAt', 'ClosedBy/Title', 'ReopenedAt', 'ReopenedBy/Title', 'ReopenReason'
] as const;
export const planPeriodExpand = ['ClosedBy', 'ReopenedBy'] as const;

export function toPlanPeriod(row: Row): PlanPeriod {
  const personTitle = (value: unknown): string | undefined => optionalText((value as { Title?: unknown } | null | undefined)?.Title);
  const recorded = {
    paperNumber: optionalText(row.PaperNumber),
    closedAt: optionalText(row.ClosedAt),
    closedBy: personTitle(row.ClosedBy),
    reopenedAt: optionalText(row.ReopenedAt),
    reopenedBy: personTitle(row.ReopenedBy),
    reopenReason: optionalText(row.ReopenReason),
    etag: etagOf(row)
  };
  return {
    ...(Object.fromEntries(Object.entries(recorded).filter(([, value]) => value !== undefined)) as Partial<typeof recorded>),
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    updateNumber: numberOr(row.UpdateNumber, 0),
    startYear: numberOr(row.StartYear, 0),
    endYear: numberOr(row.EndYear, 0),
    // SharePoint keeps a date-only column as the local midnight in UTC (2019-03-14T23:00:00Z for the 15th).
    adoptionDate: dateOnly(row.AdoptionDate),
    // An unknown stored value (someone edited the list's choices) reads as a draft rather than failing the page.
    status: PlanPeriodStatusChoices.toCode(row.PeriodStatus) ?? 'draft'
  };
}

export function toFieldOfAction(row: Row): FieldOfAction {
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    sortOrder: numberOr(row.SortOrder, 0),
    planPeriodId: numberOr(row.PlanPeriodId, 0),
    description: optionalText(row.Description)
  };
}

export function toGoal(row: Row): Goal {
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    number: text(row.GoalNumber),
    fieldOfActionId: numberOr(row.FieldOfActionId, 0),
    planPeriodId: numberOr(row.PlanPeriodId, 0),
    description: optionalText(row.Description)
  };
}

export const measureSelect = [
  'Id',
  'Title',
  'MeasureNumber',
  'GoalId',
  'PlanPeriodId',
  'LeadDepartmentId',
  'InvolvedDepartmentsId',
  'SourceConceptId',
  'MeasureStatus',
  'ContactId',
  'Contact/Title',
  'Contact/EMail',
  'Description',
  'ImportKey'
];
export const measureExpand = ['Contact'];

export function toMeasure(row: Row): Measure {
  const contact = row.Contact as { Title?: string; EMail?: string } | undefined;
  const contactId = optionalNumber(row.ContactId);
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    number: text(row.MeasureNumber),
    goalId: numberOr(row.GoalId, 0),
    planPeriodId: numberOr(row.PlanPeriodId, 0),
    leadDepartmentId: numberOr(row.LeadDepartmentId, 0),
    involvedDepartmentIds: idList(row.InvolvedDepartmentsId),
    sourceConceptId: optionalNumber(row.SourceConceptId),
    status: MeasureStatusChoices.toCode(row.MeasureStatus) ?? 'planned',
    contact: contactId === undefined ? undefined : { id: contactId, displayName: text(contact?.Title), email: optionalText(contact?.EMail) },
    description: optionalText(row.Description),
    importKey: optionalText(row.ImportKey),
    etag: etagOf(row)
  };
}

export type MeasureChanges = Partial<Omit<Measure, 'id' | 'etag' | 'contact'>>;

/** The SharePoint fields for changed measure properties (lookups written through `<Field>Id`). */
export function measureFields(changes: MeasureChanges): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const set = (name: string, value: unknown): void => {
    if (value !== undefined) {
      fields[name] = value;
    }
  };
  set('Title', changes.title);
  set('MeasureNumber', changes.number);
  set('GoalId', changes.goalId);
  set('PlanPeriodId', changes.planPeriodId);
  set('LeadDepartmentId', changes.leadDepartmentId);
  set('InvolvedDepartmentsId', changes.involvedDepartmentIds ? [...changes.involvedDepartmentIds] : undefined);
  set('SourceConceptId', changes.sourceConceptId);
  set('MeasureStatus', changes.status ? MeasureStatusChoices.toLabel(changes.status) : undefined);
  set('Description', changes.description);
  set('ImportKey', changes.importKey);
  return fields;
}

function dateOnly(value: unknown): string | undefined {
  const date = typeof value === 'string' ? localDate(value) : undefined;
  return date ? isoDay(date) : undefined;
}
