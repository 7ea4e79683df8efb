import * as React from 'react';
import { Link, MessageBar, MessageBarType, Text } from '@fluentui/react';
import type { ReviewedValue } from '../../app/indicatorEntry/reviewOverview';
import { valueText } from '../../app/indicatorEntry/submissionTexts';
import { format } from '../../ui/format';
import { ReviewStateLabel } from '../../ui/submission/ReviewStateLabel';
import type { PaneStrings } from '../paneStrings';

export interface ReturnedValuesProps {
  readonly values: readonly ReviewedValue[];
  /** The year is locked: a correction is a request with a reason, not a resubmission. */
  readonly isLocked: boolean;
  readonly language: 'de' | 'en';
  readonly strings: Pick<PaneStrings, 'ReturnedSummary' | 'ReturnedSummaryOne' | 'ReturnedHowTo' | 'ReturnedHowToLocked' | 'ReturnedState' | 'ReturnedValue' | 'ReturnedComment' | 'ReturnedGoTo' | 'ReturnedGoToAria'>;
  /** Puts the cursor on the value's total cell. */
  readonly onSelect: (value: ReviewedValue) => void;
}

/** The values the office returned, each with its comment and a link to its row in the sheet. */
export function ReturnedValues({ values, isLocked, language, strings, onSelect }: ReturnedValuesProps): React.ReactElement {
  return (
    <section aria-labelledby="pane-returned" data-testid="pane-returned">
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        <h3 id="pane-returned" style={{ margin: 0, fontSize: 'inherit' }}>
          {values.length === 1 ? strings.ReturnedSummaryOne : format(strings.ReturnedSummary, values.length)}
        </h3>
        {isLocked ? strings.ReturnedHowToLocked : strings.ReturnedHowTo}
      </MessageBar>
      <ul style={{ paddingLeft: 18 }}>
        {values.map((value) => (
          <li key={value.key} style={{ marginBottom: 8 }}>
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {value.indicatorTitle}
            </Text>
            <ReviewStateLabel state="returned" text={strings.ReturnedState} />
            {value.value && <Text block>{format(strings.ReturnedValue, valueText(value.value, language))}</Text>}
            {value.comment && <Text block>{format(strings.ReturnedComment, value.comment)}</Text>}
            <Link onClick={() => onSelect(value)} aria-label={format(strings.ReturnedGoToAria, value.indicatorTitle)}>
              {strings.ReturnedGoTo}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
