import * as React from 'react';
import type { AgreementWithItems, FieldProblem } from '../../domain';
import { ServiceError } from '../../http/serviceError';
import type { AgreementPart } from '../../data/goalAgreementRepository';
import type { AgreementServices } from './agreementData';
import { AgreementForm, AgreementFormProblem, agreementFormProblems, fieldProblemsOf, itemInputs } from './agreementForm';

export type SaveAction = 'save' | 'agree';

export type SaveState =
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'agreed' }
  | { readonly kind: 'error'; readonly error: unknown; readonly action: SaveAction }
  /** Someone else changed the agreement first; the user's form stays until they choose. */
  | { readonly kind: 'conflict' }
  /** Agreeing was refused: what is missing, from the form's own check or from the repository. */
  | { readonly kind: 'problems'; readonly form: readonly AgreementFormProblem[]; readonly service: readonly FieldProblem[] }
  /** Some parts were saved, others not: the form shows the stored state and names both. */
  | ({ readonly kind: 'partlySaved' } & Omit<PartlySaved, 'stored'>);

/** What a save that took effect in part reports (the repository's `AgreementPartlySaved`). */
export interface PartlySaved {
  readonly stored: AgreementWithItems;
  readonly saved: readonly AgreementPart[];
  readonly notSaved: ReadonlyArray<{ readonly part: AgreementPart; readonly error: unknown }>;
  /** Whether `stored` was read again; if not, it is the state as our own writes answered. */
  readonly isReloaded: boolean;
}

/** The report of a save that took effect in part, if `error` is one. */
export function partlySavedOf(error: unknown): PartlySaved | undefined {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'AgreementPartlySaved') {
    return undefined;
  }
  const candidate = error as Partial<PartlySaved>;
  return candidate.stored && Array.isArray(candidate.saved) && Array.isArray(candidate.notSaved) ? (candidate as PartlySaved) : undefined;
}

export type SaveEvent =
  | { readonly type: 'started' }
  | { readonly type: 'saved' }
  | { readonly type: 'agreed' }
  | { readonly type: 'refused'; readonly problems: readonly AgreementFormProblem[] }
  | { readonly type: 'failed'; readonly error: unknown; readonly action: SaveAction };

/**
 * An ETag conflict becomes a choice for the user, the repository's field problems land on the
 * rows, a save that took effect in part names what was and was not saved, anything else is an
 * error to retry.
 */
export function saveReducer(state: SaveState | undefined, event: SaveEvent): SaveState | undefined {
  switch (event.type) {
    case 'started':
      return { kind: 'saving' };
    case 'saved':
      return { kind: 'saved' };
    case 'agreed':
      return { kind: 'agreed' };
    case 'refused':
      return { kind: 'problems', form: event.problems, service: [] };
    case 'failed': {
      const partly = partlySavedOf(event.error);
      if (partly) {
        return { kind: 'partlySaved', saved: partly.saved, notSaved: partly.notSaved, isReloaded: partly.isReloaded };
      }
      if (event.error instanceof ServiceError && event.error.isConflict) {
        return { kind: 'conflict' };
      }
      const service = fieldProblemsOf(event.error);
      return service ? { kind: 'problems', form: [], service } : { kind: 'error', error: event.error, action: event.action };
    }
  }
  return state;
}

export interface AgreementTarget {
  readonly departmentId: number;
  readonly year: number;
}

/** Creates the draft if there is none, else saves the form onto `base` (the stored version, or the latest after a conflict). */
export async function persistAgreement(
  services: Pick<AgreementServices, 'goalAgreements'>,
  target: AgreementTarget,
  form: AgreementForm,
  base: AgreementWithItems | undefined
): Promise<AgreementWithItems> {
  const notes = form.notes.trim();
  if (!base) {
    // One create with notes and items: a second write would be based on a version we only just made.
    return services.goalAgreements.createDraft(target.departmentId, target.year, itemInputs(form, undefined), notes ? { notes } : {});
  }
  return services.goalAgreements.save(base, { notes, items: itemInputs(form, base) });
}

export interface AgreementCommandInput {
  readonly services: Pick<AgreementServices, 'goalAgreements'>;
  readonly target: AgreementTarget;
  readonly form: AgreementForm;
  readonly stored: AgreementWithItems | undefined;
  /** Whether the form differs from `stored`. */
  readonly isEdited: boolean;
  readonly dispatch: (event: SaveEvent) => void;
  readonly onStored: (agreement: AgreementWithItems) => void;
}

export interface AgreementCommands {
  readonly save: () => Promise<AgreementWithItems | undefined>;
  /** After a conflict: the user's form onto the latest stored version. */
  readonly saveMine: () => Promise<void>;
  /** Saves unsaved input first, then concludes the agreement. */
  readonly agree: () => Promise<void>;
}

export function agreementCommands({ services, target, form, stored, isEdited, dispatch, onStored }: AgreementCommandInput): AgreementCommands {
  const save = async (base: AgreementWithItems | undefined = stored): Promise<AgreementWithItems | undefined> => {
    dispatch({ type: 'started' });
    try {
      const saved = await persistAgreement(services, target, form, base);
      onStored(saved);
      dispatch({ type: 'saved' });
      return saved;
    } catch (error) {
      // The form shows what is stored now, so the next save builds on it (and on its versions).
      const partly = partlySavedOf(error);
      if (partly) {
        onStored(partly.stored);
      }
      dispatch({ type: 'failed', error, action: 'save' });
      return undefined;
    }
  };
  const saveMine = async (): Promise<void> => {
    dispatch({ type: 'started' });
    let latest: AgreementWithItems | undefined;
    try {
      latest = await services.goalAgreements.load(target.departmentId, target.year);
    } catch (error) {
      dispatch({ type: 'failed', error, action: 'save' });
      return;
    }
    await save(latest);
  };
  const agree = async (): Promise<void> => {
    const problems = agreementFormProblems(form);
    if (problems.length > 0) {
      dispatch({ type: 'refused', problems });
      return;
    }
    const base = isEdited || !stored ? await save() : stored;
    if (!base) {
      return;
    }
    dispatch({ type: 'started' });
    try {
      onStored(await services.goalAgreements.agree(base));
      dispatch({ type: 'agreed' });
    } catch (error) {
      dispatch({ type: 'failed', error, action: 'agree' });
    }
  };
  return { save: () => save(), saveMine, agree };
}

/** The editor's save and agree flow: its state and the commands that move it. */
export function useAgreementSaving(input: Omit<AgreementCommandInput, 'dispatch'>): [SaveState | undefined, AgreementCommands] {
  const [state, dispatch] = React.useReducer(saveReducer, undefined);
  return [state, agreementCommands({ ...input, dispatch })];
}
