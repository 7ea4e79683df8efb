import * as React from 'react';
import { Text, mergeStyles } from '@fluentui/react';
import { VerticalStackedBarChart, IVerticalStackedChartProps, IVSChartDataPoint } from '@fluentui/react-charting';
import type { HostTheme } from '../../../ui/hostTheme';
import { format } from '../../../ui/format';
import type { IndicatorSeries } from '../../../app/indicatorDashboard/dashboardModel';
import { chartPalette } from '../chartColours';

export interface IndicatorChartProps {
  readonly series: IndicatorSeries;
  readonly strings: IIndicatorDashboardWebPartStrings;
  readonly theme: HostTheme;
  readonly locale: string;
}

const figureClass = mergeStyles({ margin: '8px 0', maxWidth: 720 });

/**
 * Actual values per year as bars (stacked by gender where recorded) with the target as a line.
 * The figure carries the accessible name and a description; the same numbers follow as a table.
 */
export function IndicatorChart({ series, strings, theme, locale }: IndicatorChartProps): React.ReactElement {
  const { indicator } = series;
  const palette = chartPalette(theme).series;
  const baseId = `indicator-chart-${indicator.id}`;
  const reported = series.points.filter((point) => point.value !== undefined);
  if (reported.length === 0) {
    return <Text block>{strings.NoValuesYet}</Text>;
  }
  const number = (value: number): string => value.toLocaleString(locale);
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const bars: IVerticalStackedChartProps[] = reported.map(({ year, value, target, segment }) => {
    const v = value!;
    // Values before a redefinition measured something else: one bar of their own colour, never split.
    const parts: IVSChartDataPoint[] = segment
      ? [{ legend: strings.LegendPreviousDefinition, data: v.total, color: palette.notStated, yAxisCalloutData: `${number(v.total)}${unit}` }]
      : series.hasGenderSplit
        ? [
            { legend: strings.LegendFemale, data: v.female ?? 0, color: palette.female },
            { legend: strings.LegendMale, data: v.male ?? 0, color: palette.male },
            { legend: strings.LegendDiverse, data: v.diverse ?? 0, color: palette.diverse },
            { legend: strings.LegendNotStated, data: v.notStated ?? 0, color: palette.notStated }
          ]
        : [{ legend: strings.LegendTotal, data: v.total, color: palette.total, yAxisCalloutData: `${number(v.total)}${unit}` }];
    return {
      xAxisPoint: String(year),
      // The hover text names a correction of a locked year and its reason.
      ...(v.isCorrection ? { xAxisCalloutData: format(strings.ChartCorrection, String(year), v.correctionReason ?? '') } : {}),
      chartData: parts,
      ...(target !== undefined && !segment ? { lineData: [{ y: target, legend: strings.LegendTarget, color: palette.target, yAxisCalloutData: `${number(target)}${unit}` }] } : {})
    };
  });
  // A redefined series shows a gap where it breaks: an empty slot named for the break.
  const breakAt = series.seriesBreak ? reported.findIndex((point) => point.year >= series.seriesBreak!.year) : -1;
  const data =
    breakAt > 0
      ? [...bars.slice(0, breakAt), { xAxisPoint: strings.SeriesBreakAxis, chartData: [{ legend: strings.LegendPreviousDefinition, data: 0, color: palette.notStated }] }, ...bars.slice(breakAt)]
      : bars;
  const highest = Math.max(...reported.map((point) => point.value!.total), indicator.targetValue ?? 0);
  const title = format(strings.ChartTitle, indicator.title, String(reported[0].year), String(reported[reported.length - 1].year));
  const description =
    format(strings.ChartDescription, series.hasGenderSplit ? strings.ChartGenderNote : '', indicator.targetValue !== undefined ? `${number(indicator.targetValue)}${unit}` : strings.NoTarget) +
    (reported.some((point) => point.value?.isCorrection) ? strings.ChartCorrectionNote : '');
  return (
    <figure className={figureClass} aria-labelledby={`${baseId}-title`} aria-describedby={`${baseId}-description`} data-testid="indicator-chart">
      <Text as="figcaption" id={`${baseId}-title`} block variant="mediumPlus">
        {title}
      </Text>
      <Text id={`${baseId}-description`} block variant="small">
        {description}
      </Text>
      <VerticalStackedBarChart
        data={data}
        chartTitle={title}
        height={260}
        barWidth={32}
        yMaxValue={Math.ceil(highest * 1.1)}
        yMinValue={0}
        // Years are number-like keys, which the chart would put before the break's slot: keep the data's order.
        xAxisCategoryOrder={data.map((point) => String(point.xAxisPoint))}
        hideTooltip={false}
        legendProps={{ allowFocusOnLegends: true, canSelectMultipleLegends: false }}
      />
    </figure>
  );
}
