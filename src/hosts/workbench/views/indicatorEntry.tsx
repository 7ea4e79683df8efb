import * as React from 'react';
import * as strings from 'IndicatorEntryWebPartStrings';
import { IndicatorEntry } from '../../../webparts/indicatorEntry/components/IndicatorEntry';
import { indicatorEntryLinkOf } from '../../../webparts/indicatorEntry/indicatorEntryLink';
import type { WebPartViewProps } from '../webPartViews';

export default function IndicatorEntryView({ services, theme, deepLink }: WebPartViewProps): React.ReactElement {
  const link = indicatorEntryLinkOf(deepLink, location.search);
  return (
    <IndicatorEntry
      services={services}
      strings={strings}
      theme={theme}
      storage={window.localStorage}
      initialYear={link.year}
      initialDepartmentNumber={link.departmentNumber}
    />
  );
}
