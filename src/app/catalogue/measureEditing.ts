import { looksLikeFormula, maxTitleLength, normaliseTitle } from '../../domain';
import type { Measure, MeasureStatus } from '../../domain';
import { ServiceError } from '../../http/serviceError';
import type { ProductServices } from '../services';

export type MeasureEditingServices = Pick<ProductServices, 'catalogue'>;

export interface MeasureDraft {
  readonly title: string;
  readonly status: MeasureStatus;
  readonly description: string;
}

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'conflict'; readonly stored: Measure }
  | { readonly kind: 'error'; readonly error: unknown };

/** One measure in the details panel: shown, being edited (draft), being saved, or in conflict with a newer stored version. */
export interface MeasureEditingState {
  readonly measure: Measure;
  readonly draft?: MeasureDraft;
  readonly save: SaveState;
}

export type MeasureEditingAction =
  | { readonly type: 'edit' }
  | { readonly type: 'change'; readonly draft: Partial<MeasureDraft> }
  | { readonly type: 'cancel' }
  | { readonly type: 'saving' }
  | { readonly type: 'saved'; readonly measure: Measure }
  | { readonly type: 'conflict'; readonly stored: Measure }
  | { readonly type: 'failed'; readonly error: unknown }
  | { readonly type: 'takeTheirs' };

export function draftOf(measure: Measure): MeasureDraft {
  return { title: measure.title, status: measure.status, description: measure.description ?? '' };
}

export function initialMeasureEditing(measure: Measure): MeasureEditingState {
  return { measure, save: { kind: 'idle' } };
}

export function measureEditingReducer(state: MeasureEditingState, action: MeasureEditingAction): MeasureEditingState {
  switch (action.type) {
    case 'edit':
      return { ...state, draft: draftOf(state.measure) };
    case 'change':
      return state.draft ? { ...state, draft: { ...state.draft, ...action.draft } } : state;
    case 'cancel':
      return { ...state, draft: undefined, save: { kind: 'idle' } };
    case 'saving':
      return { ...state, save: { kind: 'saving' } };
    case 'saved':
      return { measure: action.measure, draft: undefined, save: { kind: 'saved' } };
    case 'conflict':
      // The user's draft stays, so they can choose between theirs and the stored version.
      return { ...state, save: { kind: 'conflict', stored: action.stored } };
    case 'failed':
      return { ...state, save: { kind: 'error', error: action.error } };
    case 'takeTheirs':
      return state.save.kind === 'conflict' ? { measure: state.save.stored, draft: undefined, save: { kind: 'idle' } } : state;
  }
}

/** Why a draft's title cannot be saved: empty, beyond SharePoint's 255 characters, or read by Excel as a formula. */
export type DraftTitleProblem = 'required' | 'tooLong' | 'formula';

/**
 * The title's problem, if any. A title starting with = + - or @ is refused as the catalogue
 * import refuses it: the export and the indicator sheet put titles into workbooks, where such
 * a text would be run by the next program that opens it as CSV or re-enters the cell.
 */
export function draftTitleProblem(draft: Pick<MeasureDraft, 'title'>): DraftTitleProblem | undefined {
  const title = normaliseTitle(draft.title);
  if (title.length === 0) {
    return 'required';
  }
  if (title.length > maxTitleLength) {
    return 'tooLong';
  }
  return looksLikeFormula(title) ? 'formula' : undefined;
}

export function isDraftTitleValid(draft: MeasureDraft): boolean {
  return draftTitleProblem(draft) === undefined;
}

/**
 * Saves the draft against `etag`. A 412 means someone saved in between: the stored version is
 * read and shown beside the draft; nothing is overwritten silently. Returns the saved measure.
 */
export async function saveMeasureDraft(
  services: MeasureEditingServices,
  measureId: number,
  etag: string | undefined,
  draft: MeasureDraft,
  dispatch: (action: MeasureEditingAction) => void
): Promise<Measure | undefined> {
  if (!isDraftTitleValid(draft)) {
    return undefined;
  }
  dispatch({ type: 'saving' });
  try {
    const saved = await services.catalogue.updateMeasure(measureId, etag, { title: normaliseTitle(draft.title), status: draft.status, description: draft.description });
    dispatch({ type: 'saved', measure: saved });
    return saved;
  } catch (error) {
    if (error instanceof ServiceError && error.status === 412) {
      dispatch({ type: 'conflict', stored: await services.catalogue.measure(measureId) });
    } else {
      dispatch({ type: 'failed', error });
    }
    return undefined;
  }
}
