import * as React from 'react';
import type { Reminder } from '../../domain';
import { newCreateKey } from '../../data/sp/keyedCreate';
import type { DepartmentCompleteness } from './dashboardModel';
import { DepartmentReminderResult, remindDepartments, ReminderServices, RemindInput } from './reminderDispatch';

/** The outcome of one department's reminder: its result (sent, failed, unknown), or the failure of the whole attempt. */
export type ReminderNotice =
  | { readonly kind: 'result'; readonly row: DepartmentCompleteness; readonly result: DepartmentReminderResult }
  | { readonly kind: 'failed'; readonly row: DepartmentCompleteness; readonly error: unknown };

/** The completeness view: the year shown, the department a reminder is being confirmed for, and the last outcome. */
export interface ReminderState {
  readonly year: number;
  readonly confirming?: DepartmentCompleteness | undefined;
  readonly isSending: boolean;
  readonly notice?: ReminderNotice | undefined;
}

export type ReminderEvent =
  | { readonly type: 'yearPicked'; readonly year: number }
  | { readonly type: 'asked'; readonly row: DepartmentCompleteness }
  | { readonly type: 'cancelled' }
  | { readonly type: 'sending' }
  | { readonly type: 'sent'; readonly row: DepartmentCompleteness; readonly result: DepartmentReminderResult }
  | { readonly type: 'failed'; readonly row: DepartmentCompleteness; readonly error: unknown }
  | { readonly type: 'noticeDismissed' };

export function reminderReducer(state: ReminderState, event: ReminderEvent): ReminderState {
  switch (event.type) {
    case 'yearPicked':
      return { ...state, year: event.year };
    case 'asked':
      return { ...state, confirming: event.row };
    case 'cancelled':
      // The dialog cannot be closed while the mail is on its way.
      return state.isSending ? state : { ...state, confirming: undefined };
    case 'sending':
      return { ...state, isSending: true };
    case 'sent':
      return { ...state, isSending: false, confirming: undefined, notice: { kind: 'result', row: event.row, result: event.result } };
    case 'failed':
      return { ...state, isSending: false, confirming: undefined, notice: { kind: 'failed', row: event.row, error: event.error } };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

export interface SendReminderInput extends Omit<RemindInput, 'rows' | 'clickId' | 'onProgress' | 'services'> {
  readonly services: ReminderServices;
  readonly row: DepartmentCompleteness;
  readonly dispatch: (event: ReminderEvent) => void;
  /** The record written to "Erinnerungen", for "zuletzt erinnert". */
  readonly onRecorded?: (reminders: readonly Reminder[]) => void;
}

/**
 * Mails the department's contacts what they still owe for the year, with the link to its workbook
 * (or the entry page), and records it: the same path as "Alle erinnern", for one department.
 */
export async function sendReminder({ row, dispatch, onRecorded, ...request }: SendReminderInput): Promise<void> {
  dispatch({ type: 'sending' });
  let result: DepartmentReminderResult | undefined;
  try {
    [result] = await remindDepartments({ ...request, rows: [row], clickId: newCreateKey() });
  } catch (error) {
    dispatch({ type: 'failed', row, error });
    return;
  }
  if (!result) {
    dispatch({ type: 'failed', row, error: new Error('The department owes nothing or has no contact with a mail address.') });
    return;
  }
  if (result.reminder) onRecorded?.([result.reminder]);
  dispatch({ type: 'sent', row, result });
}

export function useReminders(year: number): [ReminderState, React.Dispatch<ReminderEvent>] {
  return React.useReducer(reminderReducer, { year, isSending: false });
}
