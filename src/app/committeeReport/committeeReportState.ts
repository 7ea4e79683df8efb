import type { BodySession, PlanPeriod } from '../../domain';
import type { StoredReport } from '../../data/reportRepository';
import type { CommitteeReportKind, DataStep } from './committeeReportData';

/** A generated report ready to store: the Word file and the library's columns. */
export interface CommitteeReportFile {
  readonly fileName: string;
  readonly content: Blob;
  readonly title: string;
  readonly type: CommitteeReportKind;
  readonly year: number;
  readonly planPeriodId: number;
  /** Values submitted but not yet accepted, which the report left out. */
  readonly notAcceptedCount: number;
}

export type GenerationStep = DataStep | 'document' | 'upload';

export type Generation =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly step: GenerationStep }
  /** A report of that name is stored: the user decides whether to replace it. */
  | { readonly kind: 'confirmReplace'; readonly file: CommitteeReportFile }
  | { readonly kind: 'saved'; readonly file: CommitteeReportFile; readonly replaced: boolean }
  | { readonly kind: 'notReplaced'; readonly file: CommitteeReportFile }
  /** `file` is kept when only the upload failed, so a retry stores it without building it again. */
  | { readonly kind: 'failed'; readonly error: unknown; readonly file?: CommitteeReportFile; readonly overwrite: boolean };

/** What the office chose: which report, and the committee session it goes to (Beratungsfolge). */
export interface ReportForm {
  readonly kind: CommitteeReportKind;
  readonly planPeriodId?: number;
  readonly year?: number;
  readonly body: string;
  /** A recorded session of the committee, or a date typed in (ISO day). */
  readonly sessionId?: number;
  readonly sessionDate?: string;
}

export interface ReportsState {
  readonly status: 'loading' | 'ready' | 'failed';
  readonly error?: unknown;
  readonly periods: readonly PlanPeriod[];
  readonly committeeSessions: readonly BodySession[];
  readonly stored: readonly StoredReport[];
  /** The office creates reports; departments read them (SharePoint refuses their uploads to "Berichte"). */
  readonly mayCreate: boolean;
  readonly form: ReportForm;
  readonly generation: Generation;
  readonly downloadError?: unknown;
}

export type ReportsAction =
  | { readonly type: 'loading' }
  | { readonly type: 'loaded'; readonly periods: readonly PlanPeriod[]; readonly committeeSessions: readonly BodySession[]; readonly stored: readonly StoredReport[]; readonly mayCreate: boolean; readonly today: string }
  | { readonly type: 'loadFailed'; readonly error: unknown }
  | { readonly type: 'form'; readonly changes: Partial<ReportForm> }
  | { readonly type: 'generation'; readonly generation: Generation }
  | { readonly type: 'stored'; readonly stored: readonly StoredReport[] }
  | { readonly type: 'downloadFailed'; readonly error: unknown };

export function initialReportsState(body: string): ReportsState {
  return { status: 'loading', periods: [], committeeSessions: [], stored: [], mayCreate: false, form: { kind: 'annualReport', body }, generation: { kind: 'idle' } };
}

/**
 * The period the office works in (the latest adopted), and in it last year, or the nearest year of the
 * period: the departments report a year's values in the next, so the committee hears of a year then.
 */
function defaultChoice(periods: readonly PlanPeriod[], today: string): Pick<ReportForm, 'planPeriodId' | 'year'> {
  const latestFirst = [...periods].sort((a, b) => b.startYear - a.startYear);
  const period = latestFirst.find((candidate) => candidate.status === 'adopted') ?? latestFirst[0];
  if (!period) {
    return {};
  }
  const year = Number(today.slice(0, 4)) - 1;
  return { planPeriodId: period.id, year: Math.min(Math.max(year, period.startYear), period.endYear) };
}

export function reportsReducer(state: ReportsState, action: ReportsAction): ReportsState {
  switch (action.type) {
    case 'loading':
      return { ...state, status: 'loading' };
    case 'loaded': {
      const hasChoice = state.form.planPeriodId !== undefined && action.periods.some((period) => period.id === state.form.planPeriodId);
      return {
        ...state,
        status: 'ready',
        periods: action.periods,
        committeeSessions: action.committeeSessions,
        stored: action.stored,
        mayCreate: action.mayCreate,
        form: hasChoice ? state.form : { ...state.form, ...defaultChoice(action.periods, action.today) }
      };
    }
    case 'loadFailed':
      return { ...state, status: 'failed', error: action.error };
    case 'form': {
      const form = { ...state.form, ...action.changes };
      // A period chosen anew brings its own years: keep the year only if the period covers it.
      const period = state.periods.find((candidate) => candidate.id === form.planPeriodId);
      const year = period && form.year !== undefined && (form.year < period.startYear || form.year > period.endYear) ? period.startYear : form.year;
      return { ...state, form: { ...form, ...(year !== undefined ? { year } : {}) }, generation: state.generation.kind === 'working' ? state.generation : { kind: 'idle' } };
    }
    case 'generation':
      return { ...state, generation: action.generation };
    case 'stored':
      return { ...state, stored: action.stored };
    case 'downloadFailed':
      return { ...state, downloadError: action.error };
  }
}

/** What keeps the form from generating; empty when it can. */
export function formProblems(state: Pick<ReportsState, 'form' | 'periods'>): Array<'period' | 'year' | 'body'> {
  const problems: Array<'period' | 'year' | 'body'> = [];
  const period = state.periods.find((candidate) => candidate.id === state.form.planPeriodId);
  if (!period) {
    problems.push('period');
  } else if (state.form.kind === 'annualReport' && (state.form.year === undefined || state.form.year < period.startYear || state.form.year > period.endYear)) {
    problems.push('year');
  }
  if (state.form.body.trim() === '') {
    problems.push('body');
  }
  return problems;
}

/** The annual and period reports among the stored ones, newest first. */
export function bodyReports(stored: readonly StoredReport[]): StoredReport[] {
  return stored.filter((report) => report.type === 'annualReport' || report.type === 'periodReport');
}
