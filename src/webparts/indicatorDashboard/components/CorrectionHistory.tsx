import * as React from 'react';
import { Text } from '@fluentui/react';
import type { CorrectionRequest } from '../../../domain';
import { correctionHistoryOfIndicator, figuresText } from '../../../app/indicatorDashboard/correctionRequests';
import { format, formatDate } from '../../../ui/format';

export interface CorrectionHistoryProps {
  readonly indicatorId: number;
  readonly years: readonly number[];
  readonly requests: readonly CorrectionRequest[];
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly locale: string;
}

/** The corrections of an indicator's values: who corrected which year when and why, and the value before. */
export function CorrectionHistory({ indicatorId, years, requests, strings, locale }: CorrectionHistoryProps): React.ReactElement | null {
  const entries = React.useMemo(() => correctionHistoryOfIndicator(requests, indicatorId, years), [requests, indicatorId, years]);
  if (entries.length === 0) {
    return null;
  }
  return (
    <div data-testid="correction-history">
      <Text block variant="smallPlus" as="h4" styles={{ root: { margin: '8px 0 4px', fontWeight: 600 } }}>
        {strings.CorrectionHistoryCaption}
      </Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {entries.map((entry) => (
          <li key={entry.key} data-testid="correction-history-entry">
            <Text variant="small">
              {format(strings.CorrectionHistoryEntry, entry.year, formatDate(entry.decidedAt, locale) || '–', entry.decidedBy ?? '–', figuresText(entry.before, locale), figuresText(entry.after, locale), entry.reason)}
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
