import * as React from 'react';
import type { Language } from '../../domain';
import type { StoredReport } from '../../data/reportRepository';
import type { ProductServices } from '../services';

export type ReportTemplateServices = Pick<ProductServices, 'reports'>;

export type TemplateAction = 'upload' | 'remove' | 'starter' | 'download';
/** Why an uploaded file was not taken: not a .docx, or no `{{Inhalt}}` in it. */
export type TemplateRejection = 'notWord' | 'noBody';

export type TemplateWork =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly action: TemplateAction }
  | { readonly kind: 'rejected'; readonly problem: TemplateRejection; readonly fileName: string }
  | { readonly kind: 'done'; readonly action: TemplateAction; readonly fileName?: string }
  | { readonly kind: 'failed'; readonly action: TemplateAction; readonly error: unknown };

export interface ReportTemplateState {
  readonly status: 'loading' | 'ready' | 'failed';
  /** The template in use; none: the reports use the product's default design. */
  readonly current?: StoredReport;
  readonly loadError?: unknown;
  readonly work: TemplateWork;
}

export type ReportTemplateEvent =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly current: StoredReport | undefined }
  | { readonly type: 'loadFailed'; readonly error: unknown }
  | { readonly type: 'started'; readonly action: TemplateAction }
  | { readonly type: 'rejected'; readonly problem: TemplateRejection; readonly fileName: string }
  | { readonly type: 'stored'; readonly current: StoredReport }
  | { readonly type: 'removed' }
  | { readonly type: 'done'; readonly action: TemplateAction; readonly fileName?: string }
  | { readonly type: 'failed'; readonly action: TemplateAction; readonly error: unknown };

export const initialReportTemplate: ReportTemplateState = { status: 'loading', work: { kind: 'idle' } };

export function reportTemplateReducer(state: ReportTemplateState, event: ReportTemplateEvent): ReportTemplateState {
  switch (event.type) {
    case 'loading':
      return { ...state, status: 'loading', loadError: undefined };
    case 'loaded':
      return { status: 'ready', ...(event.current ? { current: event.current } : {}), work: state.work };
    case 'loadFailed':
      return { ...state, status: 'failed', loadError: event.error };
    case 'started':
      return { ...state, work: { kind: 'working', action: event.action } };
    case 'rejected':
      return { ...state, work: { kind: 'rejected', problem: event.problem, fileName: event.fileName } };
    case 'stored':
      return { ...state, status: 'ready', current: event.current, work: { kind: 'done', action: 'upload', fileName: event.current.title } };
    case 'removed':
      return { status: 'ready', work: { kind: 'done', action: 'remove' } };
    case 'done':
      return { ...state, work: { kind: 'done', action: event.action, ...(event.fileName ? { fileName: event.fileName } : {}) } };
    case 'failed':
      return { ...state, work: { kind: 'failed', action: event.action, error: event.error } };
  }
}

type Dispatch = (event: ReportTemplateEvent) => void;

export async function loadTemplate(services: ReportTemplateServices, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'loading' });
  try {
    dispatch({ type: 'loaded', current: await services.reports.currentTemplate() });
  } catch (error) {
    dispatch({ type: 'loadFailed', error });
  }
}

/** A file chosen for upload: its name and content. */
export interface TemplateFile {
  readonly name: string;
  readonly content: Blob;
}

/**
 * Checks the chosen file before anything is stored (a Word document with `{{Inhalt}}`), then
 * stores it as the template in use. A refused file leaves the template in use as it was.
 */
export async function uploadTemplate(services: ReportTemplateServices, file: TemplateFile, now: Date, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'started', action: 'upload' });
  try {
    if (!/\.docx$/i.test(file.name)) {
      dispatch({ type: 'rejected', problem: 'notWord', fileName: file.name });
      return;
    }
    // The Word library is loaded only here, when someone uploads a template.
    const { checkTemplate } = await import(/* webpackChunkName: 'report-template' */ '../../reports/word/templateInspection');
    const check = await checkTemplate(new Uint8Array(await file.content.arrayBuffer()));
    if (!check.isUsable) {
      dispatch({ type: 'rejected', problem: check.problem, fileName: file.name });
      return;
    }
    dispatch({ type: 'stored', current: await services.reports.saveTemplate({ content: file.content, title: file.name, year: now.getFullYear() }) });
  } catch (error) {
    dispatch({ type: 'failed', action: 'upload', error });
  }
}

export async function removeTemplate(services: ReportTemplateServices, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'started', action: 'remove' });
  try {
    await services.reports.removeTemplates();
    dispatch({ type: 'removed' });
  } catch (error) {
    dispatch({ type: 'failed', action: 'remove', error });
  }
}

/** The file name the starter template is offered under (ASCII, as the reports' names). */
export const starterTemplateFileName: { readonly [L in Language]: string } = { de: 'Berichtsvorlage-Muster.docx', en: 'Report-template-starter.docx' };

export async function downloadStarter(language: Language, offer: (blob: Blob, fileName: string) => void, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'started', action: 'starter' });
  try {
    const { starterTemplate } = await import(/* webpackChunkName: 'report-template' */ '../../reports/word/starterTemplate');
    const fileName = starterTemplateFileName[language];
    offer(await starterTemplate(language), fileName);
    dispatch({ type: 'done', action: 'starter', fileName });
  } catch (error) {
    dispatch({ type: 'failed', action: 'starter', error });
  }
}

export async function downloadCurrent(services: ReportTemplateServices, current: StoredReport, offer: (blob: Blob, fileName: string) => void, dispatch: Dispatch): Promise<void> {
  dispatch({ type: 'started', action: 'download' });
  try {
    offer(await services.reports.download(current), current.title.toLowerCase().endsWith('.docx') ? current.title : current.fileName);
    dispatch({ type: 'done', action: 'download' });
  } catch (error) {
    dispatch({ type: 'failed', action: 'download', error });
  }
}

export interface ReportTemplateWorkflow {
  readonly state: ReportTemplateState;
  readonly retry: () => void;
  readonly upload: (file: TemplateFile) => void;
  readonly remove: () => void;
  readonly downloadStarter: (offer: (blob: Blob, fileName: string) => void) => void;
  readonly downloadCurrent: (offer: (blob: Blob, fileName: string) => void) => void;
}

/** The office's report template: which is in use, upload (checked first), the starter to download, back to the default. */
export function useReportTemplate(services: ReportTemplateServices, language: Language): ReportTemplateWorkflow {
  const [state, dispatch] = React.useReducer(reportTemplateReducer, initialReportTemplate);
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    void loadTemplate(services, dispatch);
  }, [services, attempt]);
  const current = state.current;
  return {
    state,
    retry: React.useCallback(() => setAttempt((value) => value + 1), []),
    upload: React.useCallback((file: TemplateFile) => void uploadTemplate(services, file, new Date(), dispatch), [services]),
    remove: React.useCallback(() => void removeTemplate(services, dispatch), [services]),
    downloadStarter: React.useCallback((offer: (blob: Blob, fileName: string) => void) => void downloadStarter(language, offer, dispatch), [language]),
    downloadCurrent: React.useCallback((offer: (blob: Blob, fileName: string) => void) => current && void downloadCurrent(services, current, offer, dispatch), [services, current])
  };
}
