import * as React from 'react';
import type { BodySession, ReleaseProblem } from '../../domain';
import { checkRelease, releaseSessions, todayInCouncil } from '../../domain';
import type { CurrentUser } from '../../data/userRepository';
import type { PublishedFile, ReleasableReport } from '../../data/publicationRepository';
import type { ProductServices } from '../services';
import { publishReport, type PublishResult, type PublishServices, type PublishStep } from './publishReport';

/** What the tab shows: the annual and period reports with their release, the Beirat's sessions, what is published. */
export interface PublicationData {
  readonly reports: readonly ReleasableReport[];
  /** Sessions of the Beirat a release may name, latest first. */
  readonly boardSessions: readonly BodySession[];
  readonly publications: readonly PublishedFile[];
  readonly user: CurrentUser;
}

export type PublicationLoadServices = Pick<ProductServices, 'publications' | 'bodySessions' | 'users'>;

export async function loadPublication(services: PublicationLoadServices): Promise<PublicationData> {
  const [reports, sessions, publications, user] = await Promise.all([
    services.publications.reports(),
    services.bodySessions.sessions(),
    services.publications.publications(),
    services.users.currentUser()
  ]);
  return { reports, boardSessions: releaseSessions(sessions), publications, user };
}

/** Only the office records releases and publishes: Berichte and Veröffentlichungen are its alone (SharePoint enforces it). */
export function mayPublish(user: Pick<CurrentUser, 'role'>): boolean {
  return user.role === 'coordinator';
}

export type PublicationNotice =
  | { readonly kind: 'released'; readonly title: string }
  | { readonly kind: 'published'; readonly result: PublishResult }
  | { readonly kind: 'failed'; readonly action: 'release' | 'publish'; readonly title: string; readonly error: unknown };

export interface PublicationState {
  /** The report whose release is being recorded, with the form's values. */
  readonly releasing?: { readonly report: ReleasableReport; readonly sessionId?: number; readonly releasedOn: string; readonly problems: readonly ReleaseProblem[] } | undefined;
  readonly isSaving: boolean;
  /** The report being published and how far it got. */
  readonly publishing?: { readonly reportId: number; readonly step: PublishStep } | undefined;
  readonly notice?: PublicationNotice | undefined;
  /** Reports and files as stored after this session's writes. */
  readonly storedReports: ReadonlyMap<number, ReleasableReport>;
  readonly storedFiles: ReadonlyMap<string, PublishedFile>;
}

export type PublicationEvent =
  | { readonly type: 'releaseOpened'; readonly report: ReleasableReport; readonly sessions: readonly BodySession[] }
  | { readonly type: 'releaseChanged'; readonly sessionId?: number; readonly releasedOn?: string; readonly sessions: readonly BodySession[] }
  | { readonly type: 'releaseInvalid'; readonly problems: readonly ReleaseProblem[] }
  | { readonly type: 'releaseCancelled' }
  | { readonly type: 'saving' }
  | { readonly type: 'released'; readonly report: ReleasableReport }
  | { readonly type: 'publishStep'; readonly reportId: number; readonly step: PublishStep }
  | { readonly type: 'published'; readonly result: PublishResult }
  | { readonly type: 'failed'; readonly action: 'release' | 'publish'; readonly title: string; readonly error: unknown }
  | { readonly type: 'noticeDismissed' };

export const idlePublication: PublicationState = { isSaving: false, storedReports: new Map(), storedFiles: new Map() };

export function publicationReducer(state: PublicationState, event: PublicationEvent): PublicationState {
  switch (event.type) {
    case 'releaseOpened': {
      if (state.isSaving) return state;
      // The latest Beirat session on or before today is the likely one; its day the likely release day.
      const session = event.report.release ? event.sessions.find((candidate) => candidate.id === event.report.release?.sessionId) : event.sessions[0];
      const releasedOn = event.report.release?.releasedOn ?? session?.date ?? '';
      return { ...state, releasing: { report: event.report, ...(session ? { sessionId: session.id } : {}), releasedOn, problems: [] }, notice: undefined };
    }
    case 'releaseChanged': {
      if (!state.releasing) return state;
      const session = event.sessionId !== undefined ? event.sessions.find((candidate) => candidate.id === event.sessionId) : undefined;
      // Choosing a session proposes its day, unless a day was typed that differs from the previous session's.
      const previous = event.sessions.find((candidate) => candidate.id === state.releasing?.sessionId);
      const wasSessionDay = !state.releasing.releasedOn || state.releasing.releasedOn === previous?.date;
      const releasedOn = event.releasedOn ?? (session && wasSessionDay ? session.date : state.releasing.releasedOn);
      const sessionId = event.sessionId ?? state.releasing.sessionId;
      return { ...state, releasing: { report: state.releasing.report, ...(sessionId !== undefined ? { sessionId } : {}), releasedOn, problems: [] } };
    }
    case 'releaseInvalid':
      return state.releasing ? { ...state, isSaving: false, releasing: { ...state.releasing, problems: event.problems } } : state;
    case 'releaseCancelled':
      return state.isSaving ? state : { ...state, releasing: undefined };
    case 'saving':
      return { ...state, isSaving: true, notice: undefined };
    case 'released':
      return { ...state, isSaving: false, releasing: undefined, storedReports: new Map(state.storedReports).set(event.report.id, event.report), notice: { kind: 'released', title: event.report.title } };
    case 'publishStep':
      return { ...state, isSaving: true, publishing: { reportId: event.reportId, step: event.step }, notice: undefined };
    case 'published': {
      const files = new Map(state.storedFiles);
      event.result.files.forEach((file) => files.set(file.fileName.toLowerCase(), file));
      return {
        ...state,
        isSaving: false,
        publishing: undefined,
        storedReports: new Map(state.storedReports).set(event.result.report.id, event.result.report),
        storedFiles: files,
        notice: { kind: 'published', result: event.result }
      };
    }
    case 'failed':
      return { ...state, isSaving: false, publishing: undefined, notice: { kind: 'failed', action: event.action, title: event.title, error: event.error } };
    case 'noticeDismissed':
      return { ...state, notice: undefined };
  }
  return state;
}

export function usePublication(): [PublicationState, React.Dispatch<PublicationEvent>] {
  return React.useReducer(publicationReducer, idlePublication);
}

/** Reports and files as loaded, with this session's writes laid over them. */
export function currentView(data: PublicationData, state: PublicationState): { reports: ReleasableReport[]; publications: PublishedFile[] } {
  const reports = data.reports.map((report) => state.storedReports.get(report.id) ?? report);
  const files = new Map(data.publications.map((file) => [file.fileName.toLowerCase(), file]));
  state.storedFiles.forEach((file, name) => files.set(name, file));
  return { reports, publications: [...files.values()].sort((a, b) => b.modified.localeCompare(a.modified) || a.fileName.localeCompare(b.fileName)) };
}

/** Checks the release form and records it; invalid input is not sent. */
export async function recordRelease(
  services: Pick<ProductServices, 'publications'>,
  state: PublicationState,
  sessions: readonly BodySession[],
  dispatch: (event: PublicationEvent) => void,
  now: Date = new Date()
): Promise<void> {
  const releasing = state.releasing;
  if (!releasing || state.isSaving) return;
  const problems = checkRelease({ sessionId: releasing.sessionId, releasedOn: releasing.releasedOn.trim() }, releasing.report.type, sessions, todayInCouncil(now));
  if (problems.length > 0 || releasing.sessionId === undefined) {
    dispatch({ type: 'releaseInvalid', problems });
    return;
  }
  dispatch({ type: 'saving' });
  try {
    const saved = await services.publications.recordRelease(releasing.report, { sessionId: releasing.sessionId, releasedOn: releasing.releasedOn.trim() });
    dispatch({ type: 'released', report: saved });
  } catch (error) {
    dispatch({ type: 'failed', action: 'release', title: releasing.report.title, error });
  }
}

/** Publishes a released report, reporting each step. */
export async function publish(services: PublishServices, state: PublicationState, report: ReleasableReport, dispatch: (event: PublicationEvent) => void): Promise<void> {
  if (state.isSaving) return;
  try {
    const result = await publishReport(services, report.id, { onStep: (step) => dispatch({ type: 'publishStep', reportId: report.id, step }) });
    dispatch({ type: 'published', result });
  } catch (error) {
    dispatch({ type: 'failed', action: 'publish', title: report.title, error });
  }
}

/** A published file's content for the browser's download (the link needs a SharePoint page's sign-in). */
export function downloadPublishedFile(services: Pick<ProductServices, 'publications'>, file: PublishedFile): Promise<Blob> {
  return services.publications.download(file);
}
