import * as React from 'react';
import type { TodoCardStatus } from './todoCardContent';
import { loadTodoCard, TodoCardData, TodoCardServices } from './todoCardData';

export type TodoCardEvent = { readonly type: 'loading' } | { readonly type: 'loaded'; readonly data: TodoCardData } | { readonly type: 'failed'; readonly error: unknown };

export function todoCardReducer(state: TodoCardStatus, event: TodoCardEvent): TodoCardStatus {
  switch (event.type) {
    case 'loading':
      return { kind: 'loading' };
    case 'loaded':
      return { kind: 'ready', data: event.data };
    case 'failed':
      return { kind: 'failed', error: event.error };
  }
  return state;
}

/** Loads the card once into `dispatch`; the outcome, or the failure to show with a retry. */
export async function refreshTodoCard(services: TodoCardServices, now: Date, dispatch: (event: TodoCardEvent) => void): Promise<void> {
  dispatch({ type: 'loading' });
  try {
    dispatch({ type: 'loaded', data: await loadTodoCard(services, now) });
  } catch (error) {
    dispatch({ type: 'failed', error });
  }
}

/** The card's data for a React host, loaded on mount; `retry` loads it again. */
export function useTodoCard(services: TodoCardServices): { readonly status: TodoCardStatus; readonly retry: () => void } {
  const [status, dispatch] = React.useReducer(todoCardReducer, { kind: 'loading' });
  const retry = React.useCallback(() => void refreshTodoCard(services, new Date(), dispatch), [services]);
  React.useEffect(retry, [retry]);
  return { status, retry };
}
