import * as React from 'react';
import * as strings from 'IndicatorDashboardWebPartStrings';
import { IndicatorDashboard } from '../../../webparts/indicatorDashboard/components/IndicatorDashboard';
import type { WebPartViewProps } from '../webPartViews';

/** Reminder mails lead to the workbench's entry view for the year (the tenant configures its own link). */
export default function IndicatorDashboardView({ services, theme, deepLink }: WebPartViewProps): React.ReactElement {
  return (
    <IndicatorDashboard
      services={services}
      strings={strings}
      theme={theme}
      entryLinkTemplate={`${location.origin}${location.pathname}?view=excel&year={year}`}
      initialTab={deepLink === 'completeness' ? 'completeness' : undefined}
    />
  );
}
