import * as React from 'react';
import { Pivot, PivotItem, Spinner, SpinnerSize, Stack, Text, ThemeProvider, mergeStyleSets } from '@fluentui/react';
import type { ProductServices } from '../../../hosts/productServices';
import { fluentTheme, HostTheme } from '../../shared/hostTheme';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useLoader } from '../../shared/useLoader';
import { format } from '../../shared/format';
import { loadDashboard } from '../dashboardData';
import { GoalIndicators } from './GoalIndicators';
import { CompletenessView } from './CompletenessView';

export interface IndicatorDashboardProps {
  readonly services: ProductServices;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly theme: HostTheme;
  /** Where a reminder mail leads: `{year}` and `{department}` are filled in. */
  readonly entryLinkTemplate: string;
  readonly planPeriodId?: number;
  /** Which tab opens first, e.g. from a deep link. */
  readonly initialTab?: 'goals' | 'completeness';
}

const classes = mergeStyleSets({
  root: { padding: '16px 0', maxWidth: 1200 },
  header: { marginBottom: 8 }
});

/** Indicators per goal over the years (charts with tables) and the completeness of the reporting year. */
export function IndicatorDashboard({ services, strings, theme, entryLinkTemplate, planPeriodId, initialTab }: IndicatorDashboardProps): React.ReactElement {
  const [loaded, reload] = useLoader(() => loadDashboard(services, new Date(), planPeriodId), String(planPeriodId ?? 'current'));
  const [tab, setTab] = React.useState<string>(initialTab ?? 'goals');
  const headingId = 'integrationsplanung-indicators-heading';
  return (
    <ThemeProvider theme={fluentTheme(theme)} as="section" aria-labelledby={headingId} className={classes.root}>
      <Text as="h2" variant="xLarge" id={headingId} block className={classes.header}>
        {strings.Title}
      </Text>
      {loaded.state === 'loading' && <Spinner size={SpinnerSize.large} label={strings.Loading} ariaLive="polite" />}
      {loaded.state === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} />}
      {loaded.state === 'ready' && !loaded.data.period && <Text role="status">{strings.NoPlanPeriod}</Text>}
      {loaded.state === 'ready' && loaded.data.period && (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text>{format(strings.PlanPeriod, loaded.data.period.title)}</Text>
          <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey)} headersOnly={false}>
            <PivotItem itemKey="goals" headerText={strings.TabGoals}>
              <GoalIndicators data={loaded.data} strings={strings} theme={theme} locale={services.locale} />
            </PivotItem>
            <PivotItem itemKey="completeness" headerText={strings.TabCompleteness}>
              <CompletenessView data={loaded.data} services={services} strings={strings} locale={services.locale} entryLinkTemplate={entryLinkTemplate} />
            </PivotItem>
          </Pivot>
        </Stack>
      )}
    </ThemeProvider>
  );
}
