import * as React from 'react';
import * as strings from 'OverviewWebPartStrings';
import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import { ProductWebPart } from '../../hosts/spfx/ProductWebPart';
import { lazyComponent } from '../../ui/lazyComponent';

const Overview = lazyComponent(() => import(/* webpackChunkName: 'overview-view' */ './components/Overview').then((module) => module.Overview));

export interface IOverviewWebPartProps {
  /** Unset (or 0): the current plan period. */
  planPeriodId?: number;
}

/** The dropdown's key for "the current plan period": property pane dropdowns need a key for every choice. */
const currentPeriod = 0;

/** The overview is also the Teams channel tab, which Teams configures through this property pane. */
export default class OverviewWebPart extends ProductWebPart<IOverviewWebPartProps> {
  private periodOptions: IPropertyPaneDropdownOption[] | undefined;
  private periodOptionsError: string | undefined;

  protected createRoot(): React.ReactElement {
    const planPeriodId = this.properties.planPeriodId || undefined;
    // A new key starts the view afresh when the pane picks another plan period.
    return React.createElement(Overview, { key: planPeriodId ?? 'current', services: this.services, strings, theme: this.theme, planPeriodId });
  }

  /** Plan periods are read when the pane opens, not on every page view. */
  protected onPropertyPaneConfigurationStart(): void {
    if (this.periodOptions || !this.services) {
      return;
    }
    this.services.catalogue.planPeriods().then(
      (periods) => {
        this.periodOptions = [
          { key: currentPeriod, text: strings.PlanPeriodCurrent },
          ...[...periods].sort((a, b) => b.startYear - a.startYear).map((period) => ({ key: period.id, text: `${period.title} (${period.startYear}–${period.endYear})` }))
        ];
        this.periodOptionsError = undefined;
        this.context.propertyPane.refresh();
      },
      () => {
        this.periodOptionsError = strings.LoadError;
        this.context.propertyPane.refresh();
      }
    );
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupFields: [
                PropertyPaneDropdown('planPeriodId', {
                  label: strings.PlanPeriodLabel,
                  options: this.periodOptions ?? [{ key: currentPeriod, text: this.periodOptionsError ?? strings.Loading }],
                  selectedKey: this.properties.planPeriodId || currentPeriod,
                  disabled: !this.periodOptions
                })
              ]
            }
          ]
        }
      ]
    };
  }
}
