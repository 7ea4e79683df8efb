import * as React from 'react';
import { todayInCouncil } from '../../domain';
import type { Interval, MeetingRecord } from '../../domain';
import { bookingPorts, book, cancel, loadFreeBusy, loadPeople, loadProposals, loadResponses, reschedule } from './bookingCommands';
import type { BookingServices } from './bookingCommands';
import { bookingReducer, bookingView, initialBookingState } from './bookingState';
import type { BookingFields, BookingSetup, BookingState, BookingView } from './bookingState';

export interface MeetingBookingFlow {
  readonly state: BookingState;
  readonly view: BookingView;
  edit(changes: Partial<BookingFields>): void;
  toggleContact(address: string, isChecked: boolean): void;
  pick(proposal: Interval): void;
  reloadPeople(): void;
  loadFreeBusy(): void;
  loadProposals(): void;
  loadResponses(): void;
  book(): void;
  reschedule(): void;
  askCancel(): void;
  keepMeeting(): void;
  cancel(): void;
}

/** The booking panel's flow: people and answers load on their own, every other step on a command. */
export function useMeetingBooking(services: BookingServices, setup: BookingSetup, onChanged: (meeting: MeetingRecord) => void): MeetingBookingFlow {
  const ports = React.useMemo(() => bookingPorts(services), [services]);
  const [state, dispatch] = React.useReducer(bookingReducer, setup, (initial) => initialBookingState(initial, todayInCouncil(new Date())));
  const { departmentId, existing } = setup;

  React.useEffect(() => {
    // A result that arrives after the panel closed or a newer request started is dropped.
    let isCurrent = true;
    dispatch({ type: 'people', work: { state: 'working' } });
    loadPeople(ports, departmentId).then(
      (value) => isCurrent && dispatch({ type: 'people', work: { state: 'done', value } }),
      (error: unknown) => isCurrent && dispatch({ type: 'people', work: { state: 'failed', error } })
    );
    return () => {
      isCurrent = false;
    };
    // As with useLoader: the department and a retry say when to load, not a new services object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [departmentId, state.peopleRequest]);

  React.useEffect(() => {
    if (existing) {
      void loadResponses(ports, existing, dispatch);
    }
  }, [ports, existing]);

  return {
    state,
    view: bookingView(state),
    edit: (changes) => dispatch({ type: 'edited', changes }),
    toggleContact: (address, isChecked) => dispatch({ type: 'contactToggled', address, isChecked }),
    pick: (proposal) => dispatch({ type: 'proposalPicked', proposal }),
    reloadPeople: () => dispatch({ type: 'peopleRequested' }),
    loadFreeBusy: () => void loadFreeBusy(ports, state, dispatch),
    loadProposals: () => void loadProposals(ports, state, dispatch),
    loadResponses: () => {
      if (state.meeting) {
        void loadResponses(ports, state.meeting, dispatch);
      }
    },
    book: () => void book(ports, setup, state, dispatch, onChanged),
    reschedule: () => void reschedule(ports, state, dispatch, onChanged),
    askCancel: () => dispatch({ type: 'cancelAsked' }),
    keepMeeting: () => dispatch({ type: 'cancelDismissed' }),
    cancel: () => void cancel(ports, state, dispatch, onChanged)
  };
}
