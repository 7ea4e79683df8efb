import { isIsoDay } from '../../domain';
import type { AgendaItem, AgendaSubject, Body, BodySession, BodySessionChanges, NewBodySession, SessionStatus } from '../../domain';

/** One agenda item while it is edited: the subject's id as typed or picked. */
export interface AgendaItemDraft {
  readonly title: string;
  readonly subjectKind: '' | AgendaSubject['kind'];
  readonly subjectId: string;
}

/** A session while it is recorded or edited. */
export interface SessionDraft {
  readonly id?: number;
  readonly etag?: string;
  /** Kept from the first attempt to record, so a repeat after a lost answer finds the session. */
  readonly createKey: string;
  readonly title: string;
  readonly body: Body;
  /** ISO day. */
  readonly date: string;
  readonly paperNumber: string;
  readonly status: SessionStatus;
  readonly planPeriodId?: number;
  readonly agendaItems: readonly AgendaItemDraft[];
  readonly decisions: string;
}

export type SessionField = 'title' | 'date' | 'agenda';

export interface NewSessionInput {
  readonly body: Body;
  readonly date: string;
  readonly planPeriodId?: number;
  readonly createKey: string;
  /** The agenda item under which a steering session takes up the open action items of earlier ones. */
  readonly openItemsTitle?: string;
}

const agendaDraft = (item: AgendaItem): AgendaItemDraft => ({ title: item.title, subjectKind: item.subject?.kind ?? '', subjectId: item.subject ? String(item.subject.id) : '' });

/** A new session: planned, on the given day; a steering session starts its agenda with the open action items. */
export function newSessionDraft(input: NewSessionInput): SessionDraft {
  return {
    createKey: input.createKey,
    title: '',
    body: input.body,
    date: input.date,
    paperNumber: '',
    status: 'planned',
    ...(input.planPeriodId !== undefined ? { planPeriodId: input.planPeriodId } : {}),
    agendaItems: input.body === 'steeringGroup' && input.openItemsTitle ? [{ title: input.openItemsTitle, subjectKind: '', subjectId: '' }] : [],
    decisions: ''
  };
}

export function draftOfSession(session: BodySession, createKey: string): SessionDraft {
  return {
    id: session.id,
    ...(session.etag ? { etag: session.etag } : {}),
    createKey,
    title: session.title,
    body: session.body,
    date: session.date,
    paperNumber: session.paperNumber ?? '',
    status: session.status ?? 'held',
    ...(session.planPeriodId !== undefined ? { planPeriodId: session.planPeriodId } : {}),
    agendaItems: session.agendaItems.map(agendaDraft),
    decisions: session.decisions ?? ''
  };
}

function subjectOf(item: AgendaItemDraft): AgendaSubject | undefined | null {
  if (item.subjectKind === '') {
    return undefined;
  }
  const id = Number(item.subjectId.trim());
  return Number.isInteger(id) && id > 0 ? { kind: item.subjectKind, id } : null;
}

/** The fields that keep the session from being saved; empty when it can be. */
export function sessionDraftProblems(draft: SessionDraft): SessionField[] {
  const problems: SessionField[] = [];
  if (draft.title.trim() === '') {
    problems.push('title');
  }
  if (!isIsoDay(draft.date)) {
    problems.push('date');
  }
  if (draft.agendaItems.some((item) => item.title.trim() === '' || subjectOf(item) === null)) {
    problems.push('agenda');
  }
  return problems;
}

function agendaOf(draft: SessionDraft): AgendaItem[] {
  return draft.agendaItems.map((item) => {
    const subject = subjectOf(item);
    return subject ? { title: item.title.trim(), subject } : { title: item.title.trim() };
  });
}

/** Every field of the form as a change: an emptied text clears its column. */
export function sessionChanges(draft: SessionDraft): BodySessionChanges {
  return {
    title: draft.title.trim(),
    body: draft.body,
    date: draft.date,
    paperNumber: draft.paperNumber.trim(),
    status: draft.status,
    ...(draft.planPeriodId !== undefined ? { planPeriodId: draft.planPeriodId } : {}),
    agendaItems: agendaOf(draft),
    decisions: draft.decisions.trim()
  };
}

export function newSessionOf(draft: SessionDraft): NewBodySession {
  const paperNumber = draft.paperNumber.trim();
  const decisions = draft.decisions.trim();
  return {
    title: draft.title.trim(),
    body: draft.body,
    date: draft.date,
    ...(paperNumber ? { paperNumber } : {}),
    agendaItems: agendaOf(draft),
    ...(decisions ? { decisions } : {}),
    ...(draft.planPeriodId !== undefined ? { planPeriodId: draft.planPeriodId } : {}),
    status: draft.status,
    createKey: draft.createKey
  };
}

/** The draft with another plan period, or none. */
export function withPlanPeriod(draft: SessionDraft, planPeriodId: number | undefined): SessionDraft {
  const { planPeriodId: _previous, ...rest } = draft;
  void _previous;
  return planPeriodId === undefined ? rest : { ...rest, planPeriodId };
}
