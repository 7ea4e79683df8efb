import { createCanvas } from '@napi-rs/canvas';
import type { CanvasFactory, ChartContext2D } from '../../src/reports/charts/canvasPort';

/** Canvas 2D in Node for the bench: `@napi-rs/canvas`, drawn with the same calls as the browser's canvas. */
export const nodeCanvas: CanvasFactory = (width, height) => {
  const canvas = createCanvas(width, height);
  return {
    context: canvas.getContext('2d') as unknown as ChartContext2D,
    toPng: async () => new Uint8Array(await canvas.encode('png'))
  };
};
