import * as React from 'react';
import { MessageBar, MessageBarType, Spinner, Stack, Text } from '@fluentui/react';
import type { ValueReviewState } from '../../../domain';
import type { ReviewedValue, ReviewOverview } from '../../../app/indicatorEntry/reviewOverview';
import { valueText } from '../../../app/indicatorEntry/submissionTexts';
import { DataTable } from '../../../ui/DataTable';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { format } from '../../../ui/format';
import type { Loaded } from '../../../ui/useLoader';
import { ReviewStateLabel } from '../../../ui/submission/ReviewStateLabel';

type ReviewStrings = Pick<
  IIndicatorEntryWebPartStrings,
  | 'ReviewHeading'
  | 'ReviewCaption'
  | 'ReviewLoading'
  | 'ReviewReturned'
  | 'ReviewReturnedOne'
  | 'ReviewHowTo'
  | 'ReviewHowToLocked'
  | 'ReviewAcceptedEditable'
  | 'ColumnIndicator'
  | 'ColumnValue'
  | 'ColumnReview'
  | 'ColumnReviewComment'
  | 'NoValue'
  | 'StateMissing'
  | 'StateSubmitted'
  | 'StateReturned'
  | 'StateAccepted'
>;

export interface EntryReviewProps {
  /** Undefined while no department is chosen. */
  readonly overview: Loaded<ReviewOverview | undefined>;
  readonly onRetry: () => void;
  readonly language: 'de' | 'en';
  readonly headingClassName: string;
  readonly strings: ReviewStrings;
}

export function reviewStateText(state: ValueReviewState, strings: Pick<ReviewStrings, 'StateMissing' | 'StateSubmitted' | 'StateReturned' | 'StateAccepted'>): string {
  return { missing: strings.StateMissing, submitted: strings.StateSubmitted, returned: strings.StateReturned, accepted: strings.StateAccepted }[state];
}

/**
 * The department's values of the year with the office's review: returned ones first, with the
 * office's comment in its own column, and what to do about them.
 */
export function EntryReview({ overview, onRetry, language, headingClassName, strings }: EntryReviewProps): React.ReactElement | null {
  if (overview.state === 'loading') {
    return <Spinner label={strings.ReviewLoading} labelPosition="right" />;
  }
  if (overview.state === 'error') {
    return <ErrorMessage error={overview.error} onRetry={onRetry} />;
  }
  if (!overview.data || overview.data.values.length === 0) {
    return null;
  }
  const { values, counts, year, isLocked } = overview.data;
  const columns = [
    { key: 'indicator', header: strings.ColumnIndicator, render: (row: ReviewedValue) => row.indicatorTitle },
    { key: 'value', header: strings.ColumnValue, numeric: true, render: (row: ReviewedValue) => (row.value ? valueText(row.value, language) : strings.NoValue) },
    { key: 'state', header: strings.ColumnReview, render: (row: ReviewedValue) => <ReviewStateLabel state={row.state} text={reviewStateText(row.state, strings)} /> },
    { key: 'comment', header: strings.ColumnReviewComment, render: (row: ReviewedValue) => row.comment ?? '' }
  ];
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="entry-review">
      <h3 className={headingClassName}>{strings.ReviewHeading}</h3>
      {counts.returned > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="entry-returned">
          <strong>{counts.returned === 1 ? strings.ReviewReturnedOne : format(strings.ReviewReturned, counts.returned)}</strong> {isLocked ? format(strings.ReviewHowToLocked, year) : strings.ReviewHowTo}
        </MessageBar>
      )}
      {!isLocked && counts.accepted > 0 && <Text block variant="small">{format(strings.ReviewAcceptedEditable, year)}</Text>}
      <DataTable
        caption={format(strings.ReviewCaption, year)}
        columns={columns}
        rows={values}
        rowKey={(row) => row.key}
        rowHeader="indicator"
        highlight={(row) => row.state === 'returned'}
        testId="entry-review-table"
      />
    </Stack>
  );
}
