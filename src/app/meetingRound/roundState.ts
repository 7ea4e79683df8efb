import type { Department, DepartmentToPlan, Interval, MeetingRecord, PublicHoliday, RoundPlan, RoundSettings } from '../../domain';
import type { BookingOutcome } from '../../scheduling/meetingBooking';
import { alternativeSlots, moveInPlan } from './roundPlanModel';
import type { RoundForm } from './roundSettings';

/** What the round is planned from: the year's departments, meetings and who is planning. */
export interface LoadedRound {
  readonly year: number;
  readonly coordinator: string;
  readonly isCoordinator: boolean;
  readonly departments: readonly Department[];
  readonly toPlan: readonly DepartmentToPlan[];
  readonly meetings: readonly MeetingRecord[];
  readonly steering: readonly MeetingRecord[];
}

/** A plan on the board, with the free/busy it was made from (for moving a meeting by hand). */
export interface PlannedRound {
  readonly settings: RoundSettings;
  readonly holidays: readonly PublicHoliday[];
  readonly departments: readonly DepartmentToPlan[];
  readonly busy: ReadonlyMap<string, readonly Interval[]>;
  readonly unavailable: ReadonlyArray<{ readonly address: string; readonly message: string }>;
  readonly plan: RoundPlan;
}

export type RoundStep =
  | { readonly state: 'idle' }
  | { readonly state: 'reading'; readonly done: number; readonly total: number }
  | { readonly state: 'readFailed'; readonly error: unknown }
  | { readonly state: 'booking'; readonly done: number; readonly total: number }
  | { readonly state: 'booked'; readonly outcomes: readonly BookingOutcome[] }
  | { readonly state: 'bookFailed'; readonly error: unknown };

/** Loading the year's data, shaped as the shared loaders' state so the same status shows it. */
export type RoundLoad = { readonly state: 'loading' } | { readonly state: 'ready'; readonly data: LoadedRound } | { readonly state: 'error'; readonly error: unknown };

export interface RoundState {
  readonly form: RoundForm;
  readonly load: RoundLoad;
  /** Bumped by a retry or after booking: the hook loads the year again. */
  readonly loadRequest: number;
  /** The last data loaded; the board stays while a reload after booking runs, so its plan, progress and failures do not vanish. */
  readonly data?: LoadedRound;
  readonly round?: PlannedRound;
  readonly step: RoundStep;
  /** Bookings that failed keep their records (with transaction id): retrying cannot create a second event. */
  readonly failed: readonly BookingOutcome[];
}

export type RoundAction =
  | { readonly type: 'formEdited'; readonly form: RoundForm }
  | { readonly type: 'loadRequested' }
  | { readonly type: 'loading'; readonly year: number }
  | { readonly type: 'loaded'; readonly data: LoadedRound }
  | { readonly type: 'loadFailed'; readonly year: number; readonly error: unknown }
  | { readonly type: 'reading'; readonly done: number; readonly total: number }
  | { readonly type: 'planned'; readonly round: PlannedRound }
  | { readonly type: 'readFailed'; readonly error: unknown }
  | { readonly type: 'booking'; readonly done: number; readonly total: number }
  | { readonly type: 'bookedAll'; readonly outcomes: readonly BookingOutcome[] }
  | { readonly type: 'bookFailed'; readonly error: unknown }
  | { readonly type: 'moved'; readonly departmentId: number; readonly slot: Interval };

/** The year whose data the board shows; while the field holds no whole number, the current year. */
export function yearOf(form: RoundForm, now = new Date()): number {
  return Number.isInteger(form.year) ? form.year : now.getFullYear();
}

export function initialRoundState(form: RoundForm): RoundState {
  return { form, load: { state: 'loading' }, loadRequest: 0, step: { state: 'idle' }, failed: [] };
}

const idleBoard = { round: undefined, step: { state: 'idle' }, failed: [] } as const;

export function roundReducer(state: RoundState, action: RoundAction): RoundState {
  switch (action.type) {
    case 'formEdited':
      // Another year is another round: its plan, progress and failures start afresh.
      return yearOf(action.form) === yearOf(state.form) ? { ...state, form: action.form } : { ...state, ...idleBoard, load: { state: 'loading' }, form: action.form };
    case 'loadRequested':
      return { ...state, loadRequest: state.loadRequest + 1 };
    case 'loading':
      return action.year === yearOf(state.form) ? { ...state, load: { state: 'loading' } } : state;
    case 'loaded':
      return action.data.year === yearOf(state.form) ? { ...state, load: { state: 'ready', data: action.data }, data: action.data } : state;
    case 'loadFailed':
      return action.year === yearOf(state.form) ? { ...state, load: { state: 'error', error: action.error } } : state;
    case 'reading':
      // Records that failed to book are proposed records now; the reloaded data plans them again under their ids.
      return { ...state, step: { state: 'reading', done: action.done, total: action.total }, failed: [] };
    case 'planned':
      return { ...state, round: action.round, step: { state: 'idle' } };
    case 'readFailed':
      return { ...state, step: { state: 'readFailed', error: action.error } };
    case 'booking':
      return { ...state, step: { state: 'booking', done: action.done, total: action.total } };
    case 'bookedAll': {
      const failed = action.outcomes.filter((outcome) => !outcome.ok);
      return { ...state, failed, step: { state: 'booked', outcomes: action.outcomes }, round: failed.length === 0 ? undefined : state.round };
    }
    case 'bookFailed':
      return { ...state, step: { state: 'bookFailed', error: action.error } };
    case 'moved':
      return state.round ? { ...state, round: { ...state.round, plan: moveInPlan(state.round.plan, action.departmentId, action.slot) } } : state;
  }
}

/** The loaded data of the year in the form, also while it reloads; none while another year loads. */
export function shownData(state: RoundState): LoadedRound | undefined {
  return state.data?.year === yearOf(state.form) ? state.data : undefined;
}

export function isRoundWorking(step: RoundStep): boolean {
  return step.state === 'reading' || step.state === 'booking';
}

/** The next free slots for one department of the plan, the others staying where they are. */
export function alternativesOf(round: PlannedRound, coordinator: string, departmentId: number, count = 8): Interval[] {
  const department = round.departments.find((candidate) => candidate.departmentId === departmentId);
  return department ? alternativeSlots({ settings: round.settings, coordinator, departments: round.departments, busy: round.busy }, department, round.plan, count) : [];
}
