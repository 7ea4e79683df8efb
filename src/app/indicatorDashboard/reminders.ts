import * as React from 'react';
import type { DashboardServices } from './dashboardData';
import { DepartmentCompleteness, entryLink, reminderMail } from './dashboardModel';

export type ReminderNotice = { readonly kind: 'sent' | 'failed'; readonly row: DepartmentCompleteness; readonly error?: unknown };

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
  | { readonly type: 'sent'; readonly row: DepartmentCompleteness }
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
      return { ...state, isSending: false, confirming: undefined, notice: { kind: 'sent', row: event.row } };
    case 'failed':
      return { ...state, isSending: false, confirming: undefined, notice: { kind: 'failed', row: event.row, error: event.error } };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

export interface SendReminderInput {
  readonly services: Pick<DashboardServices, 'mail'>;
  readonly row: DepartmentCompleteness;
  readonly year: number;
  /** `{year}` and `{department}` are filled in. */
  readonly entryLinkTemplate: string;
  readonly senderName: string;
  readonly dispatch: (event: ReminderEvent) => void;
}

/** Mails the department's contacts what they still owe for the year, with a link to enter it. */
export async function sendReminder({ services, row, year, entryLinkTemplate, senderName, dispatch }: SendReminderInput): Promise<void> {
  dispatch({ type: 'sending' });
  try {
    await services.mail.send(reminderMail(row, year, entryLink(entryLinkTemplate, year, row.department), senderName));
  } catch (error) {
    dispatch({ type: 'failed', row, error });
    return;
  }
  dispatch({ type: 'sent', row });
}

export function useReminders(year: number): [ReminderState, React.Dispatch<ReminderEvent>] {
  return React.useReducer(reminderReducer, { year, isSending: false });
}
