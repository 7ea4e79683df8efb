import { actionItemTitle, isoDay, localDate } from '../../domain';
import type { ActionItem, NewActionItem } from '../../domain';
import { sessionDateValue } from './bodySessionMapping';
import { etagOf, isTrue, numberOr, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export const actionItemSelect = ['Id', 'Title', 'SessionId', 'DepartmentId', 'DueDate', 'IsDone', 'DoneAt', 'Description'] as const;

function dayOf(value: unknown): string | undefined {
  const day = typeof value === 'string' ? localDate(value) : undefined;
  return day ? isoDay(day) : undefined;
}

export function toActionItem(row: Row): ActionItem {
  const dueDate = dayOf(row.DueDate);
  const doneAt = dayOf(row.DoneAt);
  const etag = etagOf(row);
  return {
    id: numberOr(row.Id, 0),
    sessionId: numberOr(row.SessionId, 0),
    departmentId: numberOr(row.DepartmentId, 0),
    // An item typed into the SharePoint form may have only its title.
    description: optionalText(row.Description) ?? text(row.Title),
    ...(dueDate ? { dueDate } : {}),
    isDone: isTrue(row.IsDone),
    ...(doneAt ? { doneAt } : {}),
    ...(etag ? { etag } : {})
  };
}

export function actionItemCreationFields(item: NewActionItem): Record<string, unknown> {
  return {
    Title: actionItemTitle(item.description),
    SessionId: item.sessionId,
    DepartmentId: item.departmentId,
    Description: item.description.trim(),
    DueDate: item.dueDate ? sessionDateValue(item.dueDate) : null,
    IsDone: false,
    CreateKey: item.createKey
  };
}

/** Done on `day` (ISO), or open again: the done date goes with it. */
export function actionItemDoneFields(isDone: boolean, day: string): Record<string, unknown> {
  return { IsDone: isDone, DoneAt: isDone ? sessionDateValue(day) : null };
}
