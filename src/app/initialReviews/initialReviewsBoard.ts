import type { Department, MeetingRecord } from '../../domain';
import type { StoredInitialReview } from '../../data/initialReviewRepository';
import type { LoadedInitialReviews } from './initialReviewsData';

/** The interview board: what was saved or booked on this page, and which department is open. */
export interface BoardState {
  /** By measure id. */
  readonly reviews: ReadonlyMap<number, StoredInitialReview>;
  /** The department's interview this year, by department id; cancelled ones are left out. */
  readonly interviews: ReadonlyMap<number, MeetingRecord>;
  /** The department whose interview the booking panel shows. */
  readonly bookingFor?: Department | undefined;
  readonly selectedDepartmentId?: number | undefined;
  /** The checklist was just opened: its heading takes the focus once it is shown. */
  readonly isChecklistFocusDue: boolean;
}

export type BoardEvent =
  | { readonly type: 'reviewSaved'; readonly review: StoredInitialReview }
  | { readonly type: 'bookingOpened'; readonly department: Department }
  | { readonly type: 'bookingClosed' }
  | { readonly type: 'meetingChanged'; readonly departmentId: number; readonly meeting: MeetingRecord }
  | { readonly type: 'checklistOpened'; readonly departmentId: number }
  | { readonly type: 'checklistFocused' };

export function boardStateOf(data: LoadedInitialReviews, isOffice: boolean): BoardState {
  return {
    reviews: new Map(data.reviews.map((review) => [review.measureId, review])),
    interviews: new Map(
      data.interviews
        .filter((meeting): meeting is MeetingRecord & { departmentId: number } => meeting.state !== 'cancelled' && meeting.departmentId !== undefined)
        .map((meeting) => [meeting.departmentId, meeting])
    ),
    // A department contact follows the own department; the office picks one.
    selectedDepartmentId: isOffice ? undefined : data.user.departmentId,
    isChecklistFocusDue: false
  };
}

export function boardReducer(state: BoardState, event: BoardEvent): BoardState {
  switch (event.type) {
    case 'reviewSaved':
      return { ...state, reviews: new Map(state.reviews).set(event.review.measureId, event.review) };
    case 'bookingOpened':
      return { ...state, bookingFor: event.department };
    case 'bookingClosed':
      return { ...state, bookingFor: undefined };
    case 'meetingChanged': {
      const interviews = new Map(state.interviews);
      if (event.meeting.state === 'cancelled') {
        interviews.delete(event.departmentId);
      } else {
        interviews.set(event.departmentId, event.meeting);
      }
      return { ...state, interviews };
    }
    case 'checklistOpened':
      return { ...state, selectedDepartmentId: event.departmentId, isChecklistFocusDue: true };
    case 'checklistFocused':
      return { ...state, isChecklistFocusDue: false };
  }
  return state;
}
