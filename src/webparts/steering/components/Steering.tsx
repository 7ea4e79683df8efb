import * as React from 'react';
import { MessageBar, Pivot, PivotItem, mergeStyleSets } from '@fluentui/react';
import type { ProductServices } from '../../../app/services';
import type { HostTheme } from '../../../ui/hostTheme';
import { WebPartSection } from '../../../ui/WebPartSection';
import { PeriodComparisonTab } from './PeriodComparisonTab';
import { PlanPeriodsArea } from './PlanPeriodsArea';
import { BodySessionsTab } from './BodySessionsTab';
import { GoalChangesTab } from './GoalChangesTab';
import { ReportsTab } from './ReportsTab';
import { PublicationTab } from './PublicationTab';

/** What every tab of the Steuerung web part gets. */
export interface SteeringTabProps {
  readonly services: ProductServices;
  readonly strings: ISteeringWebPartStrings;
  readonly theme: HostTheme;
}

interface SteeringTab {
  readonly key: string;
  readonly header: (strings: ISteeringWebPartStrings) => string;
  readonly Component: React.ComponentType<SteeringTabProps>;
}

/** The tabs in the order of the cycle: the plan periods, their comparison, goal changes, the bodies' sessions. */
const tabs: readonly SteeringTab[] = [
  { key: 'periods', header: (strings) => strings.PeriodsTab, Component: PlanPeriodsArea },
  { key: 'compare', header: (strings) => strings.CompareTab, Component: PeriodComparisonTab },
  { key: 'goalChanges', header: (strings) => strings.GoalChangesTab, Component: GoalChangesTab },
  { key: 'sessions', header: (strings) => strings.SessionsTab, Component: BodySessionsTab },
  { key: 'reports', header: (strings) => strings.ReportsTab, Component: ReportsTab },
  { key: 'publication', header: (strings) => strings.PublicationTab, Component: PublicationTab }
];

export interface SteeringProps extends SteeringTabProps {}

const classes = mergeStyleSets({
  root: { padding: '16px 0' }
});

export function Steering({ services, strings, theme }: SteeringProps): React.ReactElement {
  const [tab, setTab] = React.useState(tabs[0]?.key);
  const headingId = 'integrationsplanung-steering-heading';
  const selected = tabs.find((candidate) => candidate.key === tab) ?? tabs[0];
  return (
    <WebPartSection theme={theme} headingId={headingId} title={strings.Title} className={classes.root} testId="steering">
      {tabs.length === 0 && <MessageBar>{strings.NothingToShow}</MessageBar>}
      {selected && (
        <>
          <Pivot selectedKey={selected.key} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)} headersOnly aria-label={strings.TabsLabel}>
            {tabs.map((candidate) => (
              <PivotItem key={candidate.key} itemKey={candidate.key} headerText={candidate.header(strings)} />
            ))}
          </Pivot>
          <div role="tabpanel" aria-label={selected.header(strings)}>
            <selected.Component services={services} strings={strings} theme={theme} />
          </div>
        </>
      )}
    </WebPartSection>
  );
}
