import * as React from 'react';
import * as strings from 'IndicatorEntryWebPartStrings';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { indicatorEntryLinkOf } from './indicatorEntryLink';
import { lazyComponent } from '../../ui/lazyComponent';

const IndicatorEntry = lazyComponent(() => import(/* webpackChunkName: 'indicator-entry-view' */ './components/IndicatorEntry').then((module) => module.IndicatorEntry));

export default class IndicatorEntryWebPart extends ProductWebPart<Record<string, never>> {
  protected createRoot(): React.ReactElement {
    const link = indicatorEntryLinkOf(this.deepLink, window.location.search);
    return React.createElement(IndicatorEntry, {
      services: this.services,
      strings,
      theme: this.theme,
      storage: window.localStorage,
      initialYear: link.year,
      initialDepartmentNumber: link.departmentNumber
    });
  }
}
