import { fillPlaceholders, valueNotPreparedMessage } from '../../domain';
import type { IndicatorValue } from '../../domain';
import { formatSheetMessage } from '../../indicatorSheet/sheetMessages';
import type { RowOutcome, SubmissionSummary } from '../../indicatorSheet/submission';

/** The message after a settled submit; the pane and the web part's upload share its texts. */
export function submissionStatus(
  summary: SubmissionSummary,
  strings: { readonly SubmitFailedSome: string; readonly Conflicts: string; readonly Submitted: string },
  language: 'de' | 'en' = 'de'
): { readonly kind: 'warning' | 'success'; readonly text: string } {
  switch (summary.kind) {
    case 'failed':
      return { kind: 'warning', text: fillPlaceholders(strings.SubmitFailedSome, { 0: summary.count }) };
    case 'conflicts':
      return { kind: 'warning', text: fillPlaceholders(strings.Conflicts, { 0: summary.count }) };
    case 'done': {
      const submitted = fillPlaceholders(strings.Submitted, { 0: summary.counts.created, 1: summary.counts.updated, 2: summary.counts.unchanged });
      // Requests are not saved values: the user is told that the office decides.
      const count = summary.counts.requested;
      const requested = count > 0 ? ` ${formatSheetMessage(count === 1 ? 'summary.requestedOne' : 'summary.requested', { count }, language)}` : '';
      return { kind: 'success', text: `${submitted}${requested}` };
    }
  }
}

export function outcomeText(outcome: RowOutcome, language: 'de' | 'en'): string {
  switch (outcome.kind) {
    case 'created':
      return formatSheetMessage('outcome.created', {}, language);
    case 'updated':
      return formatSheetMessage('outcome.updated', {}, language);
    case 'unchanged':
      return formatSheetMessage('outcome.unchanged', {}, language);
    case 'requested':
      return formatSheetMessage('outcome.requested', {}, language);
    case 'conflict':
      return formatSheetMessage('outcome.conflict', { theirs: valueText(outcome.theirs, language) }, language);
    case 'failed':
      if (outcome.message === valueNotPreparedMessage) {
        return formatSheetMessage('outcome.notPrepared', {}, language);
      }
      if (outcome.status === 403) {
        return formatSheetMessage('outcome.accessDenied', {}, language);
      }
      // Only a correction request answers 409: the same one was decided already (CorrectionRequestRepository).
      return outcome.status === 409 ? formatSheetMessage('outcome.requestDecided', {}, language) : formatSheetMessage('outcome.failed', { status: outcome.status, message: outcome.message }, language);
  }
}

/** "120 (w 60, m 55, d 1, o. A. 4)" */
export function valueText(value: IndicatorValue, language: 'de' | 'en'): string {
  const number = (n: number): string => n.toLocaleString(language === 'de' ? 'de-DE' : 'en-US');
  const parts = (['female', 'male', 'diverse', 'notStated'] as const).filter((key) => value[key] !== undefined);
  const labels = language === 'de' ? { female: 'w', male: 'm', diverse: 'd', notStated: 'o. A.' } : { female: 'f', male: 'm', diverse: 'd', notStated: 'n/s' };
  const split = parts.length > 0 ? ` (${parts.map((key) => `${labels[key]} ${number(value[key]!)}`).join(', ')})` : '';
  return `${number(value.total)}${split}`;
}

