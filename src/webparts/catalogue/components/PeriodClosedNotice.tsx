import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { PlanPeriod } from '../../../domain';
import { isPeriodReadOnly } from '../../../domain';
import { format, formatDateTime } from '../../../ui/format';

export interface PeriodClosedNoticeProps {
  readonly period: PlanPeriod | undefined;
  readonly strings: ICatalogueWebPartStrings;
  readonly locale: string;
}

/** Says that the shown plan period is closed, when and by whom, and that it is read-only; nothing for an open one. */
export function PeriodClosedNotice({ period, strings, locale }: PeriodClosedNoticeProps): React.ReactElement | null {
  if (!period || !isPeriodReadOnly(period)) {
    return null;
  }
  return (
    <MessageBar messageBarType={MessageBarType.info} data-testid="period-closed">
      {format(strings.PeriodClosedInfo, period.title, formatDateTime(period.closedAt, locale) || '–', period.closedBy ?? '–')}
    </MessageBar>
  );
}
