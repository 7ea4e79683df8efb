import * as React from 'react';
import type { Reminder } from '../../domain';
import { latestReminders } from '../../domain';
import { newCreateKey } from '../../data/sp/keyedCreate';
import type { ReminderRepository } from '../../data/reminderRepository';
import { DepartmentReminderResult, ReminderProgress, remindDepartments, RemindInput } from './reminderDispatch';

/**
 * "Alle erinnern": confirm (the departments, their counts, the deadline), then progress, then a
 * result per department. Nothing can start a second run while one is on its way.
 */
export interface RemindAllState {
  readonly phase: 'idle' | 'confirming' | 'running' | 'done';
  readonly progress?: ReminderProgress;
  readonly results: readonly DepartmentReminderResult[];
  /** The run failed before any result (e.g. the batch could not be built). */
  readonly error?: unknown;
}

export type RemindAllEvent =
  | { readonly type: 'asked' }
  | { readonly type: 'cancelled' }
  | { readonly type: 'started' }
  | { readonly type: 'progressed'; readonly progress: ReminderProgress }
  | { readonly type: 'finished'; readonly results: readonly DepartmentReminderResult[] }
  | { readonly type: 'failed'; readonly error: unknown }
  | { readonly type: 'dismissed' };

export const idleRemindAll: RemindAllState = { phase: 'idle', results: [] };

export function remindAllReducer(state: RemindAllState, event: RemindAllEvent): RemindAllState {
  switch (event.type) {
    case 'asked':
      return state.phase === 'running' ? state : { phase: 'confirming', results: [] };
    case 'cancelled':
      return state.phase === 'confirming' ? idleRemindAll : state;
    case 'started':
      return state.phase === 'confirming' ? { phase: 'running', results: [] } : state;
    case 'progressed':
      return state.phase === 'running' ? { ...state, progress: event.progress } : state;
    case 'finished':
      return state.phase === 'running' ? { phase: 'done', results: event.results } : state;
    case 'failed':
      return state.phase === 'running' ? { phase: 'done', results: [], error: event.error } : state;
    case 'dismissed':
      return state.phase === 'done' ? idleRemindAll : state;
  }
  return state;
}

/** Counts of a finished run, for its summary line. */
export function resultCounts(results: readonly DepartmentReminderResult[]): { sent: number; failed: number; unknown: number } {
  return {
    sent: results.filter((result) => result.outcome === 'sent').length,
    failed: results.filter((result) => result.outcome === 'failed').length,
    unknown: results.filter((result) => result.outcome === 'unknown').length
  };
}

export type RemindAllRequest = Omit<RemindInput, 'clickId' | 'onProgress'>;

/**
 * Runs one click of "Alle erinnern": a fresh click id (the records' keys), progress and the
 * results dispatched. `onRecorded` gets the records written, for "zuletzt erinnert".
 */
export async function remindAll(request: RemindAllRequest, dispatch: (event: RemindAllEvent) => void, onRecorded: (reminders: readonly Reminder[]) => void): Promise<void> {
  dispatch({ type: 'started' });
  try {
    const results = await remindDepartments({ ...request, clickId: newCreateKey(), onProgress: (progress) => dispatch({ type: 'progressed', progress }) });
    onRecorded(results.flatMap((result) => (result.reminder ? [result.reminder] : [])));
    dispatch({ type: 'finished', results });
  } catch (error) {
    dispatch({ type: 'failed', error });
  }
}

/** The reducer and a start that runs once per confirmation, however often it is clicked. */
export function useRemindAll(): [RemindAllState, React.Dispatch<RemindAllEvent>, (request: RemindAllRequest, onRecorded: (reminders: readonly Reminder[]) => void) => void] {
  const [state, dispatch] = React.useReducer(remindAllReducer, idleRemindAll);
  const isRunning = React.useRef(false);
  const start = React.useCallback((request: RemindAllRequest, onRecorded: (reminders: readonly Reminder[]) => void) => {
    if (isRunning.current) return;
    isRunning.current = true;
    void remindAll(request, dispatch, onRecorded).finally(() => {
      isRunning.current = false;
    });
  }, []);
  return [state, dispatch, start];
}

export interface ReminderHistory {
  /** The latest reminder per department id. */
  readonly latest: ReadonlyMap<number, Reminder>;
  readonly error?: unknown;
  /** Adds records just written, without reading the list again. */
  add(reminders: readonly Reminder[]): void;
}

/** Who was reminded when, for the year shown: read from "Erinnerungen", plus what this session recorded. */
export function useReminderHistory(services: { readonly reminders: Pick<ReminderRepository, 'remindersOf'> }, year: number): ReminderHistory {
  const [loaded, setLoaded] = React.useState<{ year: number; reminders: readonly Reminder[]; error?: unknown }>({ year, reminders: [] });
  React.useEffect(() => {
    let isCurrent = true;
    services.reminders.remindersOf(year).then(
      (reminders) => isCurrent && setLoaded({ year, reminders }),
      (error: unknown) => isCurrent && setLoaded({ year, reminders: [], error })
    );
    return () => {
      isCurrent = false;
    };
  }, [services, year]);
  const add = React.useCallback((reminders: readonly Reminder[]) => {
    setLoaded((current) => ({ ...current, reminders: [...current.reminders, ...reminders.filter((reminder) => reminder.year === current.year)] }));
  }, []);
  const shown = loaded.year === year ? loaded.reminders : [];
  const latest = React.useMemo(() => latestReminders(shown), [shown]);
  return { latest, ...(loaded.year === year && loaded.error !== undefined ? { error: loaded.error } : {}), add };
}
