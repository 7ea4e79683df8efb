import type { ChartSpec } from '../word/documentModel';
import type { CanvasFactory, ChartContext2D } from './canvasPort';
import { valueAxis } from './chartScale';
import { axisColour, fillBox, fontFamily, gridColour, seriesFill, targetColour, targetMarker } from './chartStyle';

export interface ChartImageOptions {
  /** Pixels; drawn at twice the size it is shown at, so it stays sharp when printed. */
  readonly width: number;
  readonly height: number;
  /** For the axis numbers, e.g. 'de-DE'. */
  readonly locale: string;
}

/** The chart as a PNG picture. */
export async function chartPng(spec: ChartSpec, canvas: CanvasFactory, options: ChartImageOptions): Promise<Uint8Array> {
  const target = canvas(options.width, options.height);
  drawChart(target.context, spec, options);
  return target.toPng();
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * A bar chart: one bar per value series and category (or one stacked bar, e.g. the gender
 * parts), the target as a dashed line with diamond markers, gridlines, the unit at the value
 * axis, the categories below and a legend naming every series.
 */
export function drawChart(context: ChartContext2D, spec: ChartSpec, options: ChartImageOptions): void {
  const { width, height } = options;
  const scale = width / 1200;
  const px = (size: number): number => Math.round(size * scale);
  const numbers = new Intl.NumberFormat(options.locale, { maximumFractionDigits: 2 });
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, width, height);

  context.fillStyle = '#000000';
  context.textBaseline = 'top';
  context.textAlign = 'left';
  context.font = `bold ${px(30)}px ${fontFamily}`;
  context.fillText(spec.title, px(20), px(16), width - px(40));

  const axis = valueAxis(spec);
  const bars = spec.series.map((series, index) => ({ series, index })).filter(({ series }) => series.role !== 'target');
  const targets = spec.series.filter((series) => series.role === 'target');

  context.font = `${px(22)}px ${fontFamily}`;
  const tickLabels = axis.ticks.map((tick) => numbers.format(tick));
  const tickWidth = Math.max(...tickLabels.map((label) => context.measureText(label).width));
  const legendHeight = px(56);
  const plot: Box = {
    left: px(30) + tickWidth + px(12),
    top: px(spec.unit ? 100 : 70),
    right: width - px(24),
    bottom: height - legendHeight - px(52)
  };
  const y = (value: number): number => plot.bottom - ((value - axis.min) / (axis.max - axis.min)) * (plot.bottom - plot.top);

  // Gridlines and the value axis with its unit above it.
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  axis.ticks.forEach((tick, index) => {
    context.strokeStyle = tick === 0 ? axisColour : gridColour;
    context.lineWidth = px(tick === 0 ? 2 : 1);
    context.beginPath();
    context.moveTo(plot.left, y(tick));
    context.lineTo(plot.right, y(tick));
    context.stroke();
    context.fillStyle = axisColour;
    context.fillText(tickLabels[index], plot.left - px(10), y(tick));
  });
  if (spec.unit) {
    context.textAlign = 'left';
    context.textBaseline = 'bottom';
    context.fillText(spec.unit, px(20), plot.top - px(14));
  }

  // Bars: a group per category, side by side or stacked.
  const slot = (plot.right - plot.left) / Math.max(spec.categories.length, 1);
  const barsPerGroup = spec.stacked ? 1 : Math.max(bars.length, 1);
  const groupWidth = slot * 0.7;
  const barWidth = groupWidth / barsPerGroup;
  spec.categories.forEach((category, categoryIndex) => {
    const groupLeft = plot.left + slot * categoryIndex + (slot - groupWidth) / 2;
    let positiveBase = 0;
    let negativeBase = 0;
    bars.forEach(({ series, index }, barIndex) => {
      const value = series.values[categoryIndex];
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return;
      }
      const left = spec.stacked ? groupLeft : groupLeft + barIndex * barWidth;
      const base = spec.stacked ? (value >= 0 ? positiveBase : negativeBase) : 0;
      const top = y(Math.max(base, base + value));
      const bottom = y(Math.min(base, base + value));
      fillBox(context, left, top, barWidth - (spec.stacked ? 0 : px(4)), bottom - top, seriesFill(index), scale);
      if (spec.stacked) {
        if (value >= 0) {
          positiveBase += value;
        } else {
          negativeBase += value;
        }
      }
    });
    context.fillStyle = '#000000';
    context.textAlign = 'center';
    context.textBaseline = 'top';
    context.font = `${px(22)}px ${fontFamily}`;
    context.fillText(category, plot.left + slot * (categoryIndex + 0.5), plot.bottom + px(10), slot - px(4));
  });

  // Targets over the bars: a dashed line through the categories that have one, a diamond at each.
  for (const series of targets) {
    const points = spec.categories
      .map((_, index) => ({ x: plot.left + slot * (index + 0.5), value: series.values[index] }))
      .filter((point): point is { x: number; value: number } => typeof point.value === 'number' && Number.isFinite(point.value));
    context.strokeStyle = targetColour;
    context.lineWidth = px(3);
    context.setLineDash([px(12), px(8)]);
    context.beginPath();
    points.forEach((point, index) => (index === 0 ? context.moveTo(point.x, y(point.value)) : context.lineTo(point.x, y(point.value))));
    context.stroke();
    context.setLineDash([]);
    points.forEach((point) => targetMarker(context, point.x, y(point.value), scale));
  }

  drawLegend(context, spec, { left: px(20), top: height - legendHeight, right: width - px(20), bottom: height }, scale);
}

function drawLegend(context: ChartContext2D, spec: ChartSpec, box: Box, scale: number): void {
  const px = (size: number): number => Math.round(size * scale);
  context.font = `${px(22)}px ${fontFamily}`;
  context.textAlign = 'left';
  context.textBaseline = 'middle';
  const middle = (box.top + box.bottom) / 2;
  let x = box.left;
  spec.series.forEach((series, index) => {
    if (series.role === 'target') {
      context.strokeStyle = targetColour;
      context.lineWidth = px(3);
      context.setLineDash([px(12), px(8)]);
      context.beginPath();
      context.moveTo(x, middle);
      context.lineTo(x + px(44), middle);
      context.stroke();
      context.setLineDash([]);
      targetMarker(context, x + px(22), middle, scale);
    } else {
      fillBox(context, x + px(4), middle - px(11), px(36), px(22), seriesFill(index), scale);
    }
    x += px(52);
    context.fillStyle = '#000000';
    context.fillText(series.name, x, middle);
    x += context.measureText(series.name).width + px(28);
  });
  if (x > box.right) {
    // Too many series for one line: the names are in the table beside the chart anyway.
    context.fillStyle = '#FFFFFF';
    context.fillRect(box.right, box.top, px(20), box.bottom - box.top);
  }
}
