import * as React from 'react';
import type { Language } from '../../domain';
import { BodyChoices, todayInCouncil } from '../../domain';
import type { StoredReport } from '../../data/reportRepository';
import type { ProductServices } from '../services';
import type { AcceptedValuesReader } from './acceptedValues';
import { retryCommitteeReport, storeCommitteeReport, generateCommitteeReport, type GenerationContext, type ReportRenderer } from './committeeReportCommands';
import type { CommitteeReportRequest, CommitteeReportServices } from './committeeReportData';
import { formProblems, initialReportsState, reportsReducer, type ReportForm, type ReportsState } from './committeeReportState';

export interface CommitteeReportsOptions {
  readonly services: CommitteeReportServices & Pick<ProductServices, 'users'>;
  readonly accepted: AcceptedValuesReader;
  readonly render: ReportRenderer;
  readonly language: Language;
  readonly officeName: string;
}

export interface CommitteeReports {
  readonly state: ReportsState;
  readonly problems: ReturnType<typeof formProblems>;
  setForm(changes: Partial<ReportForm>): void;
  generate(): void;
  /** Answer to "replace the stored report?". */
  replace(confirmed: boolean): void;
  retry(): void;
  reload(): void;
  download(report: StoredReport, offer: (blob: Blob, fileName: string) => void): void;
}

/** The request the form describes: the chosen session's date wins over a typed one. */
export function requestOf(state: ReportsState, options: Pick<CommitteeReportsOptions, 'language' | 'officeName'>): CommitteeReportRequest {
  const { form } = state;
  const session = state.committeeSessions.find((candidate) => candidate.id === form.sessionId);
  const sessionDate = session?.date ?? (form.sessionDate?.trim() || undefined);
  return {
    kind: form.kind,
    planPeriodId: form.planPeriodId ?? 0,
    year: form.year ?? 0,
    consultation: { body: form.body.trim(), ...(sessionDate ? { sessionDate } : {}) },
    officeName: options.officeName,
    language: options.language
  };
}

/** The reports tab's flow: what is stored, the form, generating with progress, asking before replacing. */
export function useCommitteeReports(options: CommitteeReportsOptions): CommitteeReports {
  const [state, dispatch] = React.useReducer(reportsReducer, BodyChoices.toLabel('committee'), initialReportsState);
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const { services } = options;

  const reloadStored = React.useCallback(() => {
    services.reports.reports().then(
      (stored) => dispatch({ type: 'stored', stored }),
      (error: unknown) => dispatch({ type: 'loadFailed', error })
    );
  }, [services]);

  const reload = React.useCallback(() => {
    dispatch({ type: 'loading' });
    Promise.all([services.catalogue.planPeriods(), services.bodySessions.sessions(), services.reports.reports(), services.users.currentUser()]).then(
      ([periods, sessions, stored, user]) =>
        dispatch({
          type: 'loaded',
          periods,
          committeeSessions: sessions.filter((session) => session.body === 'committee').sort((a, b) => b.date.localeCompare(a.date)),
          stored,
          mayCreate: user.role === 'coordinator',
          today: todayInCouncil(new Date())
        }),
      (error: unknown) => dispatch({ type: 'loadFailed', error })
    );
  }, [services]);

  React.useEffect(reload, [reload]);

  const context: GenerationContext = {
    services,
    accepted: options.accepted,
    render: options.render,
    show: (generation) => dispatch({ type: 'generation', generation }),
    onStored: reloadStored
  };
  const problems = formProblems(state);
  return {
    state,
    problems,
    setForm: (changes) => dispatch({ type: 'form', changes }),
    generate: () => {
      if (problems.length === 0 && stateRef.current.generation.kind !== 'working') {
        void generateCommitteeReport(context, requestOf(stateRef.current, options), new Date());
      }
    },
    replace: (confirmed) => {
      const generation = stateRef.current.generation;
      if (generation.kind !== 'confirmReplace') {
        return;
      }
      if (confirmed) {
        void storeCommitteeReport(context, generation.file, true);
      } else {
        dispatch({ type: 'generation', generation: { kind: 'notReplaced', file: generation.file } });
      }
    },
    retry: () => void retryCommitteeReport(context, stateRef.current.generation, requestOf(stateRef.current, options), new Date()),
    reload,
    download: (report, offer) => {
      services.reports.download(report).then(
        (blob) => offer(blob, report.fileName),
        (error: unknown) => dispatch({ type: 'downloadFailed', error })
      );
    }
  };
}
