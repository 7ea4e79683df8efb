import * as React from 'react';
import { todayInCouncil } from '../../domain';
import type { GermanState, Interval, MeetingRecord, RoundSettings } from '../../domain';
import { bookedMeetingsOf, bookedMeetingsReducer, initialBookedMeetingsState, proposeNext, rebook, refreshResponses } from './bookedMeetings';
import type { BookedMeetingsState, ReplanContext } from './bookedMeetings';
import { bookRound, loadRound, planTheRound, roundPorts } from './roundCommands';
import type { RoundPorts, RoundServices } from './roundCommands';
import type { RecordTexts } from './roundPlanModel';
import { defaultRoundForm, roundFormProblems, roundSettingsOf } from './roundSettings';
import type { RoundForm } from './roundSettings';
import { alternativesOf, initialRoundState, roundReducer, shownData, yearOf } from './roundState';
import type { LoadedRound, RoundState } from './roundState';

export interface MeetingRoundFlow {
  readonly state: RoundState;
  readonly ports: RoundPorts;
  readonly year: number;
  /** The year's data, also while it reloads after booking. */
  readonly data?: LoadedRound;
  /** The planner's settings while the form is valid. */
  readonly settings?: RoundSettings;
  setForm(form: RoundForm): void;
  reload(): void;
  plan(): void;
  bookAll(texts: RecordTexts): void;
  move(departmentId: number, slot: Interval): void;
  alternativesOf(departmentId: number): Interval[];
}

/** The meeting round's flow: settings, load the year, plan from free/busy, adjust, book all. */
export function useMeetingRound(services: RoundServices, state?: GermanState): MeetingRoundFlow {
  const ports = React.useMemo(() => roundPorts(services), [services]);
  const [round, dispatch] = React.useReducer(roundReducer, undefined, () => initialRoundState(defaultRoundForm(todayInCouncil(new Date()), state)));
  const year = yearOf(round.form);

  React.useEffect(() => {
    // A result that arrives after another year was chosen is dropped (the reducer checks the year too).
    let isCurrent = true;
    dispatch({ type: 'loading', year });
    loadRound(ports, year).then(
      (data) => isCurrent && dispatch({ type: 'loaded', data }),
      (error: unknown) => isCurrent && dispatch({ type: 'loadFailed', year, error })
    );
    return () => {
      isCurrent = false;
    };
    // The year and a reload say when to load, not a new services object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [year, round.loadRequest]);

  const isValid = roundFormProblems(round.form).length === 0;
  const settings = React.useMemo(() => (isValid ? roundSettingsOf(round.form).settings : undefined), [round.form, isValid]);
  const data = shownData(round);
  const reload = (): void => dispatch({ type: 'loadRequested' });
  return {
    state: round,
    ports,
    year,
    data,
    settings,
    setForm: (form) => dispatch({ type: 'formEdited', form }),
    reload,
    plan: () => {
      if (data) {
        void planTheRound(ports, data, round.form, dispatch);
      }
    },
    bookAll: (texts) => {
      if (data) {
        void bookRound(ports, data, round, texts, dispatch, reload);
      }
    },
    move: (departmentId, slot) => dispatch({ type: 'moved', departmentId, slot }),
    alternativesOf: (departmentId) => (round.round && data ? alternativesOf(round.round, data.coordinator, departmentId) : [])
  };
}

export interface BookedMeetingsFlow {
  readonly state: BookedMeetingsState;
  readonly booked: readonly MeetingRecord[];
  refresh(): void;
  proposeNext(meeting: MeetingRecord): void;
  rebook(meeting: MeetingRecord, slot: Interval): void;
}

/** The booked meetings' answers (loaded with every new list) and re-planning of declined ones. */
export function useBookedMeetings(
  ports: RoundPorts,
  meetings: readonly MeetingRecord[],
  context: Omit<ReplanContext, 'settings' | 'meetings'> & { readonly settings?: RoundSettings },
  onChanged: () => void
): BookedMeetingsFlow {
  const booked = React.useMemo(() => bookedMeetingsOf(meetings), [meetings]);
  const [state, dispatch] = React.useReducer(bookedMeetingsReducer, initialBookedMeetingsState);
  React.useEffect(() => {
    void refreshResponses(ports, booked, dispatch);
  }, [ports, booked]);
  const { settings } = context;
  return {
    state,
    booked,
    refresh: () => void refreshResponses(ports, booked, dispatch),
    proposeNext: (meeting) => {
      if (settings) {
        void proposeNext(ports, { ...context, settings, meetings }, meeting, dispatch);
      }
    },
    rebook: (meeting, slot) => void rebook(ports, meeting, slot, dispatch, onChanged)
  };
}
