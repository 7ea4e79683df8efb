import type { ChartContext2D } from './canvasPort';

/**
 * Fills that stay apart when the report is printed in black and white: each series differs in
 * grey value, and every second one carries a hatch as well.
 */
export interface SeriesFill {
  readonly colour: string;
  readonly hatch?: 'diagonal' | 'cross' | 'dots';
  /** Colour of the hatch lines: dark on light fills, light on dark ones. */
  readonly hatchColour: string;
}

const fills: readonly SeriesFill[] = [
  { colour: '#1F4E79', hatchColour: '#FFFFFF' },
  { colour: '#BDD7EE', hatch: 'diagonal', hatchColour: '#1F4E79' },
  { colour: '#C55A11', hatch: 'cross', hatchColour: '#FFFFFF' },
  { colour: '#F8CBAD', hatch: 'dots', hatchColour: '#843C0C' },
  { colour: '#548235', hatchColour: '#FFFFFF' },
  { colour: '#E2EFDA', hatch: 'diagonal', hatchColour: '#375623' }
];

export function seriesFill(index: number): SeriesFill {
  return fills[index % fills.length];
}

export const targetColour = '#000000';
export const axisColour = '#404040';
export const gridColour = '#D0D0D0';
export const fontFamily = 'Calibri, Carlito, "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif';

/** A filled box with a thin dark outline and the series' hatch, for bars and legend swatches. */
export function fillBox(context: ChartContext2D, x: number, y: number, width: number, height: number, fill: SeriesFill, scale: number): void {
  if (width <= 0 || height <= 0) {
    return;
  }
  context.fillStyle = fill.colour;
  context.fillRect(x, y, width, height);
  if (fill.hatch) {
    context.save();
    context.beginPath();
    context.rect(x, y, width, height);
    context.clip();
    context.strokeStyle = fill.hatchColour;
    context.fillStyle = fill.hatchColour;
    context.lineWidth = 1.5 * scale;
    const gap = 9 * scale;
    if (fill.hatch === 'dots') {
      for (let dx = gap / 2; dx < width; dx += gap) {
        for (let dy = gap / 2; dy < height; dy += gap) {
          context.fillRect(x + dx - scale, y + dy - scale, 2.5 * scale, 2.5 * scale);
        }
      }
    } else {
      context.beginPath();
      for (let offset = -height; offset < width; offset += gap) {
        context.moveTo(x + offset, y + height);
        context.lineTo(x + offset + height, y);
        if (fill.hatch === 'cross') {
          context.moveTo(x + offset, y);
          context.lineTo(x + offset + height, y + height);
        }
      }
      context.stroke();
    }
    context.restore();
  }
  context.strokeStyle = '#000000';
  context.lineWidth = scale;
  context.strokeRect(x, y, width, height);
}

/** The target's marker: a black diamond with a white edge, visible on any bar. */
export function targetMarker(context: ChartContext2D, x: number, y: number, scale: number): void {
  const r = 8 * scale;
  context.beginPath();
  context.moveTo(x, y - r);
  context.lineTo(x + r, y);
  context.lineTo(x, y + r);
  context.lineTo(x - r, y);
  context.closePath();
  context.fillStyle = targetColour;
  context.fill();
  context.strokeStyle = '#FFFFFF';
  context.lineWidth = 2 * scale;
  context.stroke();
}
