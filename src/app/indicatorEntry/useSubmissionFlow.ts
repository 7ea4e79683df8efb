import * as React from 'react';
import { initialSubmissionState, SubmissionCommands, submissionCommands, SubmissionDeps, SubmissionFlowState, submissionReducer, SubmissionAction } from './submissionFlow';

export interface SubmissionFlow<C> extends SubmissionCommands<C> {
  readonly state: SubmissionFlowState;
  readonly dispatch: (action: SubmissionAction) => void;
}

/** The submission flow for a component: the reducer's state and the commands bound to it. */
export function useSubmissionFlow<C>(deps: SubmissionDeps<C>): SubmissionFlow<C> {
  const [state, dispatch] = React.useReducer(submissionReducer, initialSubmissionState);
  // Commands run across renders; they read the state of the moment, not of the render that started them.
  const current = React.useRef(state);
  current.current = state;
  return { state, dispatch, ...submissionCommands(deps, () => current.current, dispatch) };
}
