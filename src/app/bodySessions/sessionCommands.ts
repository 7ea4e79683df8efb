import { ServiceError } from '../../http/serviceError';
import { sessionDraftProblems, newSessionOf, sessionChanges } from './sessionForm';
import type { SessionDraft } from './sessionForm';
import type { ActionItem, BodySession, MeetingRecord } from '../../domain';
import type { MinutesFile, MinutesUpload } from '../../data/sessionMinutesRepository';
import type { SessionServices } from './sessionsData';

/** What the commands call: the narrow parts of the services. */
export interface SessionPorts {
  readonly bodySessions: Pick<SessionServices['bodySessions'], 'session' | 'record' | 'update'>;
  readonly actionItems: Pick<SessionServices['actionItems'], 'record' | 'markDone'>;
  readonly sessionMinutes: Pick<SessionServices['sessionMinutes'], 'attach'>;
}

/** Records a new session or saves the changes to one against the version read (412 when someone else changed it). */
export async function saveSession(ports: Pick<SessionPorts, 'bodySessions'>, draft: SessionDraft): Promise<BodySession> {
  const problems = sessionDraftProblems(draft);
  if (problems.length > 0) {
    // The form shows the fields; this guards against a call that skipped it.
    throw new ServiceError(400, `Sitzung unvollständig (${problems.join(', ')}): bitte Titel, Datum und Tagesordnung prüfen.`, 'SessionInvalid');
  }
  if (draft.id === undefined) {
    return ports.bodySessions.record(newSessionOf(draft));
  }
  return ports.bodySessions.update({ id: draft.id, ...(draft.etag ? { etag: draft.etag } : {}) }, sessionChanges(draft));
}

export interface ActionItemDraft {
  readonly departmentId?: number;
  readonly description: string;
  /** ISO day or empty. */
  readonly dueDate: string;
  readonly createKey: string;
}

export async function addActionItem(ports: Pick<SessionPorts, 'actionItems'>, sessionId: number, draft: ActionItemDraft): Promise<ActionItem> {
  return ports.actionItems.record({
    sessionId,
    departmentId: draft.departmentId ?? 0,
    description: draft.description,
    ...(draft.dueDate.trim() ? { dueDate: draft.dueDate.trim() } : {}),
    createKey: draft.createKey
  });
}

export async function setActionItemDone(ports: Pick<SessionPorts, 'actionItems'>, item: ActionItem, isDone: boolean, today: string): Promise<ActionItem> {
  return ports.actionItems.markDone(item, isDone, today);
}

export async function uploadMinutes(ports: Pick<SessionPorts, 'sessionMinutes'>, sessionId: number, upload: MinutesUpload): Promise<MinutesFile> {
  return ports.sessionMinutes.attach(sessionId, upload);
}

/**
 * The session a steering-group meeting booked (or moved, or cancelled) with the booking panel
 * stands for: the one linked to its Outlook event, or the one the panel was opened for; otherwise
 * a new one. Its key comes from the meeting's transaction id, so a repeat finds the same session.
 */
export async function recordBookedSession(
  ports: Pick<SessionPorts, 'bodySessions'>,
  meeting: MeetingRecord,
  sessions: readonly BodySession[],
  openedFor?: BodySession,
  openItemsTitle?: string
): Promise<BodySession> {
  const date = meeting.start.slice(0, 10);
  const status = meeting.state === 'cancelled' ? 'cancelled' : meeting.state === 'booked' || meeting.eventId ? 'booked' : 'planned';
  const linked = (meeting.eventId ? sessions.find((session) => session.eventId === meeting.eventId) : undefined) ?? openedFor;
  if (linked) {
    const current = await ports.bodySessions.session(linked.id);
    // A session already held stays held when its meeting record changes afterwards.
    const keepsStatus = current.status === 'held' && status !== 'cancelled';
    return ports.bodySessions.update(current, { date, ...(keepsStatus ? {} : { status }), ...(meeting.eventId ? { eventId: meeting.eventId } : {}) });
  }
  return ports.bodySessions.record({
    title: meeting.subject,
    body: 'steeringGroup',
    date,
    // Like a session recorded in the form, a new steering session takes up the open action items first.
    agendaItems: openItemsTitle ? [{ title: openItemsTitle }] : [],
    status,
    ...(meeting.eventId ? { eventId: meeting.eventId } : {}),
    createKey: `meeting-${meeting.transactionId}`
  });
}
