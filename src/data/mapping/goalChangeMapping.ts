import { GoalChangeStatusChoices, GoalChangeTypeChoices, isoDay, localDate } from '../../domain';
import type { GoalChange, NewGoal, NewGoalChange } from '../../domain';
import { wallClockToUtc } from '../../domain/wallClockTime';
import { etagOf, numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const goalChangeSelect = [
  'Id',
  'Title',
  'GoalId',
  'ChangeType',
  'ChangeDescription',
  'ChangeStatus',
  'ProposedDate',
  'AdvisoryBoardDate',
  'CommitteeDate',
  'CommitteeReference',
  'PlanPeriodId',
  'ChangeReason',
  'AdvisoryBoardSessionId',
  'CommitteeSessionId'
] as const;

/** A date-only column holds midnight in Germany as a UTC instant (2019-03-14T23:00:00Z for the 15th). */
export function dayValue(day: string): string {
  return wallClockToUtc(`${day}T00:00`);
}

function dayOf(value: unknown): string | undefined {
  const day = typeof value === 'string' ? localDate(value) : undefined;
  return day ? isoDay(day) : undefined;
}

export function toGoalChange(row: Row): GoalChange {
  const optional = {
    description: optionalText(row.ChangeDescription),
    proposedDate: dayOf(row.ProposedDate),
    advisoryBoardDate: dayOf(row.AdvisoryBoardDate),
    committeeDate: dayOf(row.CommitteeDate),
    committeeReference: optionalText(row.CommitteeReference),
    planPeriodId: optionalNumber(row.PlanPeriodId),
    reason: optionalText(row.ChangeReason),
    advisoryBoardSessionId: optionalNumber(row.AdvisoryBoardSessionId),
    committeeSessionId: optionalNumber(row.CommitteeSessionId),
    etag: etagOf(row)
  };
  return {
    id: numberOr(row.Id, 0),
    title: text(row.Title),
    goalId: numberOr(row.GoalId, 0),
    // Required columns; an item typed by hand with an unknown value shows as a proposed change, never as effective.
    type: GoalChangeTypeChoices.toCode(row.ChangeType) ?? 'modified',
    status: GoalChangeStatusChoices.toCode(row.ChangeStatus) ?? 'proposed',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined))
  };
}

/** The columns of a proposal; the goal of an "added" change is passed once created. */
export function goalChangeCreationFields(change: NewGoalChange, goalId: number): Record<string, unknown> {
  return {
    Title: change.title,
    GoalId: goalId,
    ChangeType: GoalChangeTypeChoices.toLabel(change.type),
    ChangeDescription: change.description ?? null,
    ChangeStatus: GoalChangeStatusChoices.toLabel(change.status),
    ProposedDate: dayValue(change.proposedDate),
    PlanPeriodId: change.planPeriodId,
    ChangeReason: change.reason ?? null,
    CreateKey: change.createKey
  };
}

/** The columns a step of the procedure sets: status, the acting body's date and session, the committee's paper. */
export function goalChangeStepFields(before: GoalChange, after: GoalChange): Record<string, unknown> {
  const fields: Record<string, unknown> = { ChangeStatus: GoalChangeStatusChoices.toLabel(after.status) };
  if (after.advisoryBoardDate && after.advisoryBoardDate !== before.advisoryBoardDate) {
    fields.AdvisoryBoardDate = dayValue(after.advisoryBoardDate);
  }
  if (after.committeeDate && after.committeeDate !== before.committeeDate) {
    fields.CommitteeDate = dayValue(after.committeeDate);
  }
  if (after.committeeReference !== before.committeeReference) {
    fields.CommitteeReference = after.committeeReference ?? null;
  }
  if (after.advisoryBoardSessionId !== before.advisoryBoardSessionId) {
    fields.AdvisoryBoardSessionId = after.advisoryBoardSessionId ?? null;
  }
  if (after.committeeSessionId !== before.committeeSessionId) {
    fields.CommitteeSessionId = after.committeeSessionId ?? null;
  }
  return fields;
}

export function newGoalFields(goal: NewGoal): Record<string, unknown> {
  return {
    Title: goal.title,
    GoalNumber: goal.number ?? null,
    FieldOfActionId: goal.fieldOfActionId,
    PlanPeriodId: goal.planPeriodId,
    Description: goal.description ?? null,
    CreateKey: goal.createKey
  };
}
