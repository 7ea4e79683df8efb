import type { HostTheme } from '../../ui/hostTheme';

export type SeriesKey = 'total' | 'female' | 'male' | 'diverse' | 'notStated' | 'target';

export interface ChartPalette {
  readonly background: string;
  readonly series: Readonly<Record<SeriesKey, string>>;
}

/**
 * Bar and line colours per host theme. Each meets WCAG 1.4.11 (3:1 for graphics) against the
 * theme's background; the numbers are also in the table, so colour is never the only carrier.
 */
const palettes: Readonly<Record<HostTheme['name'], ChartPalette>> = {
  light: {
    background: '#ffffff',
    series: { total: '#0f6cbd', female: '#8b3fa8', male: '#0f6cbd', diverse: '#a4530d', notStated: '#616161', target: '#c50f1f' }
  },
  dark: {
    background: '#1f1f1f',
    series: { total: '#62abf5', female: '#d59dff', male: '#62abf5', diverse: '#f7a55e', notStated: '#c8c8c8', target: '#ff8f8f' }
  },
  contrast: {
    background: '#000000',
    series: { total: '#1aebff', female: '#ffff00', male: '#1aebff', diverse: '#3ff23f', notStated: '#ffffff', target: '#ff6b6b' }
  }
};

export function chartPalette(theme: HostTheme): ChartPalette {
  return palettes[theme.name];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) {
    throw new Error(`Not a #rrggbb colour: ${hex}`);
  }
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => channel(parseInt(part, 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}
