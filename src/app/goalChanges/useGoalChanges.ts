import * as React from 'react';
import type { GoalChange, GoalChangeStatus, GoalChangeType } from '../../domain';
import { goalChangeFlowReducer, idleFlow, sessionsForStep, submitProposal, submitStep } from './goalChangeFlow';
import type { GoalChangeFlowEvent, GoalChangeFlowState } from './goalChangeFlow';
import type { GoalChangeServices, GoalChangesData } from './goalChangesData';

export interface GoalChangesWorkflow {
  readonly flow: GoalChangeFlowState;
  readonly dispatch: React.Dispatch<GoalChangeFlowEvent>;
  readonly openProposal: (type?: GoalChangeType) => void;
  /** `newSessionTitle`: the title a new session of the acting body gets unless the office types another. */
  readonly openStep: (change: GoalChange, to: GoalChangeStatus, newSessionTitle: string) => void;
  readonly submit: () => void;
}

/** A key per create, made when a form opens and kept for every repeat of its send. */
const newKey = (): string => crypto.randomUUID();

/**
 * The goal changes tab's flow on loaded data: propose, record the bodies' steps; `onSaved`
 * (the loader's reload) runs after each save, so the list shows what SharePoint holds.
 */
export function useGoalChanges(services: GoalChangeServices, data: GoalChangesData | undefined, today: string, onSaved: () => void): GoalChangesWorkflow {
  const [flow, dispatch] = React.useReducer(goalChangeFlowReducer, idleFlow);

  const submit = React.useCallback((): void => {
    const form = flow.form;
    if (!data || !form || flow.isSaving) {
      return;
    }
    const sent = form.kind === 'propose' ? submitProposal(services, data, form, today, dispatch) : submitStep(services, data, form, dispatch);
    void sent.then((change) => change && onSaved());
  }, [data, flow.form, flow.isSaving, services, today, onSaved]);

  return {
    flow,
    dispatch,
    openProposal: (type) => dispatch({ type: 'proposeOpened', keys: { change: newKey(), goal: newKey() }, ...(type ? { goalChangeType: type } : {}) }),
    openStep: (change, to, newSessionTitle) => {
      const [latest] = data ? sessionsForStep(data.sessions, change) : [];
      dispatch({ type: 'stepOpened', change, to, sessionKey: newKey(), newSessionTitle, ...(latest ? { sessionId: latest.id } : {}) });
    },
    submit
  };
}
