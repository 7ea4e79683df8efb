import type { ReportType } from './choices';

/** Metadata of a generated report document in the library "Berichte". */
export interface ReportDocument {
  readonly id: number;
  readonly fileName: string;
  readonly type: ReportType;
  readonly year: number;
  readonly planPeriodId?: number;
}

/** The status-quo report built from the initial reviews. */
export type StatusReport = ReportDocument & { readonly type: 'statusReport' };
/** The yearly report to the council committee. */
export type AnnualReport = ReportDocument & { readonly type: 'annualReport' };
