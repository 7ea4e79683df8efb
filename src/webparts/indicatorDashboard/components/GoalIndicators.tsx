import * as React from 'react';
import { Dropdown, DropdownMenuItemType, IDropdownOption, Spinner, SpinnerSize, Stack, Text, mergeStyles } from '@fluentui/react';
import type { HostTheme } from '../../../ui/hostTheme';
import { IndicatorValuesTable } from '../../../ui/IndicatorValuesTable';
import { format } from '../../../ui/format';
import type { DashboardData } from '../../../app/indicatorDashboard/dashboardData';
import { goalOptions, seriesOfGoal } from '../../../app/indicatorDashboard/dashboardModel';
import type { IndicatorSeries } from '../../../app/indicatorDashboard/dashboardModel';
import { CorrectionHistory } from './CorrectionHistory';
import type { HistoryEntry } from '../../../domain/itemHistory';

// Fluent UI charting (with d3) is loaded when the first chart is shown, so the dashboard's first bundle does not carry it.
const IndicatorChart = React.lazy(() => import(/* webpackChunkName: 'indicator-chart' */ './IndicatorChart').then((module) => ({ default: module.IndicatorChart })));

export interface GoalIndicatorsProps {
  readonly data: DashboardData;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly theme: HostTheme;
  readonly locale: string;
  /** The history loader of one indicator value (item versions). */
  readonly historyOf?: (valueId: number) => () => Promise<HistoryEntry[]>;
}

const cardClass = mergeStyles({ padding: '12px 0', borderTop: '1px solid rgba(128,128,128,0.4)' });

/** Says where the values of an earlier period's indicator come in, and where a redefined series breaks. */
function SeriesNote({ series, strings }: { series: IndicatorSeries; strings: IIndicatorDashboardWebPartStrings }): React.ReactElement | null {
  if (series.seriesBreak) {
    return (
      <Text block variant="small" data-testid="series-break">
        {format(strings.SeriesBreakNote, series.seriesBreak.year, series.seriesBreak.previousTitle)}
      </Text>
    );
  }
  const borrowed = series.points.filter((point) => point.predecessor !== undefined);
  const firstOwn = series.points.find((point) => point.value !== undefined && point.predecessor === undefined);
  if (borrowed.length === 0 || !firstOwn) return null;
  return (
    <Text block variant="small" data-testid="series-continued">
      {format(strings.SeriesContinuedNote, firstOwn.year, borrowed[borrowed.length - 1].predecessor!.title)}
    </Text>
  );
}

/** Pick a goal (grouped by field of action); each of its indicators over the years as chart and table. */
export function GoalIndicators({ data, strings, theme, locale, historyOf }: GoalIndicatorsProps): React.ReactElement {
  const options = React.useMemo(() => goalOptions(data.fieldsOfAction, data.goals, data.indicators, data.measures), [data]);
  const [goalId, setGoalId] = React.useState<number | undefined>(() => (options.find((option) => option.indicatorCount > 0) ?? options[0])?.goal.id);
  const series = React.useMemo(
    () => (goalId === undefined ? [] : seriesOfGoal(goalId, data.indicators, data.measures, data.values, data.years, { predecessors: data.predecessors ?? [], values: data.predecessorValues ?? [] })),
    [goalId, data]
  );
  if (options.length === 0) {
    return <Text role="status">{strings.NoGoals}</Text>;
  }
  const dropdownOptions: IDropdownOption[] = [];
  let lastField: number | undefined;
  for (const option of options) {
    if (option.fieldOfAction && option.fieldOfAction.id !== lastField) {
      lastField = option.fieldOfAction.id;
      dropdownOptions.push({ key: `field-${option.fieldOfAction.id}`, text: option.fieldOfAction.title, itemType: DropdownMenuItemType.Header });
    }
    dropdownOptions.push({
      key: option.goal.id,
      text: format(strings.GoalOption, option.goal.number, option.goal.title, format(strings.GoalOptionCount, option.indicatorCount))
    });
  }
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Dropdown
        label={strings.GoalLabel}
        selectedKey={goalId}
        options={dropdownOptions}
        onChange={(_, option) => option && typeof option.key === 'number' && setGoalId(option.key)}
        styles={{ root: { maxWidth: 720 } }}
        data-testid="goal-picker"
      />
      {series.length === 0 && <Text role="status">{strings.NoIndicatorsForGoal}</Text>}
      {series.map((item) => (
        <section key={item.indicator.id} className={cardClass} aria-label={item.indicator.title} data-testid="indicator-series">
          {item.measure && (
            <Text block variant="small">
              {format(strings.MeasureLabel, [item.measure.number, item.measure.title].filter(Boolean).join(' '))}
            </Text>
          )}
          {item.isTargetReached !== undefined && item.indicator.targetValue !== undefined && (
            <Text block variant="small" data-testid="target-state">
              {format(item.isTargetReached ? strings.TargetReached : strings.TargetNotReached, `${item.indicator.targetValue.toLocaleString(locale)}${item.indicator.unit ? ` ${item.indicator.unit}` : ''}`)}
            </Text>
          )}
          <SeriesNote series={item} strings={strings} />
          <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.LoadingChart} ariaLive="polite" />}>
            <IndicatorChart series={item} strings={strings} theme={theme} locale={locale} />
          </React.Suspense>
          <IndicatorValuesTable
            indicator={item.indicator}
            values={item.points.filter((point) => point.value !== undefined).map((point) => point.value!).reverse()}
            locale={locale}
            correctionLabels={{ column: strings.CorrectionColumn, marker: strings.CorrectionMarker }}
            {...(historyOf ? { historyOf } : {})}
          />
          <CorrectionHistory indicatorId={item.indicator.id} years={data.years} requests={data.correctionRequests} strings={strings} locale={locale} />
        </section>
      ))}
    </Stack>
  );
}
