import type { Body } from './bodies';
import { isIsoDay } from './calendarDate';

/**
 * An action item of a session (Arbeitsauftrag): a department is asked to do something by a due
 * date. Until it is done the agenda of every later session of the same body lists it as open
 * (council paper: the steering group follows up on its own decisions).
 */
export interface ActionItem {
  readonly id: number;
  readonly sessionId: number;
  readonly departmentId: number;
  readonly description: string;
  /** ISO day. */
  readonly dueDate?: string;
  readonly isDone: boolean;
  /** ISO day on which it was marked done. */
  readonly doneAt?: string;
  readonly etag?: string;
}

export interface NewActionItem {
  readonly sessionId: number;
  readonly departmentId: number;
  readonly description: string;
  readonly dueDate?: string;
  /** Generated once per create (`newCreateKey`) and kept for its repeats. */
  readonly createKey: string;
}

/** SharePoint's Title column holds at most 255 characters; the full text is in Description. */
export const actionItemTitleLength = 255;

/** The Title of an action item: the first line of its description, cut to what the column holds. */
export function actionItemTitle(description: string): string {
  const firstLine = description.trim().split(/\r?\n/)[0].trim();
  return firstLine.length <= actionItemTitleLength ? firstLine : `${firstLine.slice(0, actionItemTitleLength - 1)}…`;
}

export type ActionItemField = 'department' | 'description' | 'dueDate';

/** The fields of an action item that keep it from being recorded; empty when it can be saved. */
export function actionItemProblems(item: Pick<NewActionItem, 'departmentId' | 'description' | 'dueDate'>): ActionItemField[] {
  const problems: ActionItemField[] = [];
  if (!Number.isInteger(item.departmentId) || item.departmentId <= 0) {
    problems.push('department');
  }
  if (item.description.trim() === '') {
    problems.push('description');
  }
  if (item.dueDate !== undefined && !isIsoDay(item.dueDate)) {
    problems.push('dueDate');
  }
  return problems;
}

/**
 * The open action items an agenda lists: those of earlier sessions (by date, then id) that are not
 * done, oldest due first, items without a due date last.
 */
export function openActionItemsBefore<T extends Pick<ActionItem, 'sessionId' | 'isDone' | 'dueDate' | 'id'>>(
  items: readonly T[],
  earlierSessionIds: ReadonlySet<number>
): T[] {
  return items
    .filter((item) => !item.isDone && earlierSessionIds.has(item.sessionId))
    .sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.id - b.id);
}

/** Whether an open item is past its due date on `today` (ISO day). */
export function isOverdue(item: Pick<ActionItem, 'isDone' | 'dueDate'>, today: string): boolean {
  return !item.isDone && item.dueDate !== undefined && item.dueDate < today;
}

/** A session as far as the order of sessions goes; a session still being recorded has no id. */
export interface OrderedSession {
  readonly id?: number;
  readonly body: Body;
  /** ISO day. */
  readonly date: string;
}

/**
 * The sessions of the same body held before `session`: earlier days, and on the same day those
 * recorded before it. Their open action items are what the session's agenda lists.
 */
export function earlierSessionIds(session: OrderedSession, sessions: readonly (OrderedSession & { readonly id: number })[]): Set<number> {
  const ownId = session.id ?? Number.POSITIVE_INFINITY;
  return new Set(
    sessions
      .filter((other) => other.body === session.body && other.id !== session.id && (other.date < session.date || (other.date === session.date && other.id < ownId)))
      .map((other) => other.id)
  );
}

/** The open action items of the sessions before `session`, as its agenda lists them. */
export function openActionItemsFor<T extends Pick<ActionItem, 'sessionId' | 'isDone' | 'dueDate' | 'id'>>(
  session: OrderedSession,
  sessions: readonly (OrderedSession & { readonly id: number })[],
  items: readonly T[]
): T[] {
  return openActionItemsBefore(items, earlierSessionIds(session, sessions));
}
