import * as React from 'react';
import * as strings from 'IndicatorDashboardWebPartStrings';
import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { lazyComponent } from '../../ui/lazyComponent';

const IndicatorDashboard = lazyComponent(() => import(/* webpackChunkName: 'indicator-dashboard-view' */ './components/IndicatorDashboard').then((module) => module.IndicatorDashboard));

export interface IIndicatorDashboardWebPartProps {
  planPeriodId?: number;
  /** Where reminder mails lead (the Excel add-in's workbook or the upload page); `{year}`, `{department}`. */
  entryLinkTemplate?: string;
}

export default class IndicatorDashboardWebPart extends ProductWebPart<IIndicatorDashboardWebPartProps> {
  protected createRoot(): React.ReactElement {
    return React.createElement(IndicatorDashboard, {
      services: this.services,
      strings,
      theme: this.theme,
      planPeriodId: this.properties.planPeriodId,
      entryLinkTemplate: this.properties.entryLinkTemplate || this.defaultEntryLink(),
      initialTab: this.deepLink === 'completeness' ? 'completeness' : undefined
    });
  }

  /** Until configured: the page "Kennzahlen" of the product's site (where the indicator web part offers download and upload) for that year, also from a Teams tab on another site. */
  private defaultEntryLink(): string {
    return `${this.siteUrl}/SitePages/Kennzahlen.aspx?year={year}&department={department}`;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupFields: [
                PropertyPaneTextField('entryLinkTemplate', { label: strings.EntryLinkLabel, description: strings.EntryLinkDescription, multiline: false })
              ]
            }
          ]
        }
      ]
    };
  }
}
