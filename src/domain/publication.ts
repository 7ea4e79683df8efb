import { choiceTable } from './choices';
import type { ReportType } from './choices';
import type { BodySession } from './bodies';
import { isIsoDay } from './calendarDate';

/**
 * Publication of a report (Veröffentlichung): the Beirat releases a report in one of its
 * sessions, the office records that release on the report in "Berichte", and only then may the
 * report go, with its public indicator dataset, into "Veröffentlichungen", which everyone in the
 * city reads.
 */

/** What a file in "Veröffentlichungen" is. */
export type PublicationKind = 'report' | 'datasetCsv' | 'datasetHtml';
export const PublicationKindChoices = choiceTable<PublicationKind>({ report: 'Bericht', datasetCsv: 'Kennzahlen (CSV)', datasetHtml: 'Kennzahlen (Webseite)' });

/** The reports that go to the bodies and may be published; the status-quo report and the template stay internal. */
export const publishableReportTypes: readonly ReportType[] = ['annualReport', 'periodReport'];

export function isPublishableReport(type: ReportType | undefined): boolean {
  return type !== undefined && publishableReportTypes.includes(type);
}

/** The Beirat's release of a report, as recorded on the report. */
export interface ReportRelease {
  readonly sessionId: number;
  /** ISO day of the release. */
  readonly releasedOn: string;
}

export type ReleaseProblem = 'sessionRequired' | 'sessionNotAdvisoryBoard' | 'sessionCancelled' | 'dateInvalid' | 'dateBeforeSession' | 'dateInFuture' | 'reportNotPublishable';

/**
 * Checks a release before anything is written: a session of the Beirat that was not cancelled,
 * and a day from that session up to today (a release can be recorded later, never in advance).
 */
export function checkRelease(
  input: { readonly sessionId?: number; readonly releasedOn?: string },
  reportType: ReportType | undefined,
  sessions: readonly BodySession[],
  today: string
): ReleaseProblem[] {
  const problems: ReleaseProblem[] = [];
  if (!isPublishableReport(reportType)) problems.push('reportNotPublishable');
  const session = sessions.find((candidate) => candidate.id === input.sessionId);
  if (input.sessionId === undefined || !session) {
    problems.push('sessionRequired');
  } else if (session.body !== 'advisoryBoard') {
    problems.push('sessionNotAdvisoryBoard');
  } else if (session.status === 'cancelled') {
    problems.push('sessionCancelled');
  }
  if (!input.releasedOn || !isIsoDay(input.releasedOn)) {
    problems.push('dateInvalid');
  } else if (session && input.releasedOn < session.date) {
    problems.push('dateBeforeSession');
  } else if (input.releasedOn > today) {
    problems.push('dateInFuture');
  }
  return problems;
}

/** The Beirat's sessions a release may name, latest first. */
export function releaseSessions(sessions: readonly BodySession[]): BodySession[] {
  return sessions.filter((session) => session.body === 'advisoryBoard' && session.status !== 'cancelled').sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
}

/** The years whose values a report's dataset holds: its year, or the years of its plan period. */
export function reportDataYears(report: { readonly type?: ReportType; readonly year?: number }, planPeriod?: { readonly startYear: number; readonly endYear: number }): number[] {
  if (report.type === 'periodReport' && planPeriod) {
    return Array.from({ length: Math.max(0, planPeriod.endYear - planPeriod.startYear + 1) }, (_, index) => planPeriod.startYear + index);
  }
  return report.year !== undefined ? [report.year] : [];
}

/**
 * The public files' names: ASCII and the same at every publication of the report, so that a
 * repeated publication replaces the files instead of adding new ones.
 */
export function publicationFileNames(report: { readonly type?: ReportType; readonly id: number }, years: readonly number[]): Record<PublicationKind, string> {
  const span = years.length === 0 ? `Bericht-${report.id}` : years.length === 1 ? String(years[0]) : `${Math.min(...years)}-${Math.max(...years)}`;
  const base = report.type === 'periodReport' ? `Bericht-zur-Fortschreibung_${span}` : `Jahresbericht_${span}`;
  return { report: `${base}.docx`, datasetCsv: `Kennzahlen_${span}.csv`, datasetHtml: `Kennzahlen_${span}.html` };
}
