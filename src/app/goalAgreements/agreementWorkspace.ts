import type { AgreementWithItems, Measure, MeetingRecord } from '../../domain';
import { todayInCouncil } from '../../domain';
import { AgreementForm, formOf } from './agreementForm';
import { ReviewForm, reviewFormOf } from './agreementReview';
import type { WorkspaceData } from './agreementData';

/**
 * One department's agreement of one year as the workspace holds it: the stored version and the
 * forms live here, above the tabs, so switching tabs keeps unsaved input.
 */
export interface WorkspaceState {
  readonly stored?: AgreementWithItems | undefined;
  readonly form: AgreementForm;
  readonly reviewForm?: ReviewForm | undefined;
  readonly meeting?: MeetingRecord | undefined;
  readonly isPanelOpen: boolean;
}

export type WorkspaceEvent =
  /** A new stored version (saved, agreed): both forms start again from it. */
  | { readonly type: 'stored'; readonly agreement: AgreementWithItems; readonly measures: readonly Measure[]; readonly now: Date }
  | { readonly type: 'formChanged'; readonly form: AgreementForm }
  | { readonly type: 'reviewFormChanged'; readonly form: ReviewForm }
  | { readonly type: 'panel'; readonly isOpen: boolean }
  /** The booking panel booked, moved or cancelled the meeting. */
  | { readonly type: 'meetingChanged'; readonly meeting: MeetingRecord };

export function workspaceStateOf(data: WorkspaceData, measures: readonly Measure[], now: Date): WorkspaceState {
  return {
    stored: data.current,
    form: formOf(measures, data.current),
    reviewForm: data.current ? reviewFormOf(data.current, todayInCouncil(now)) : undefined,
    meeting: data.meeting,
    isPanelOpen: false
  };
}

export function workspaceReducer(state: WorkspaceState, event: WorkspaceEvent): WorkspaceState {
  switch (event.type) {
    case 'stored':
      return { ...state, stored: event.agreement, form: formOf(event.measures, event.agreement), reviewForm: reviewFormOf(event.agreement, todayInCouncil(event.now)) };
    case 'formChanged':
      return { ...state, form: event.form };
    case 'reviewFormChanged':
      return { ...state, reviewForm: event.form };
    case 'panel':
      return { ...state, isPanelOpen: event.isOpen };
    case 'meetingChanged':
      return { ...state, meeting: event.meeting.state === 'cancelled' ? undefined : event.meeting };
  }
  return state;
}
