import type { CanvasFactory, ChartContext2D } from '../reports/charts/canvasPort';

/**
 * The browser's canvas for the report charts: an OffscreenCanvas where there is one (no element in
 * the page), else a detached <canvas> element.
 */
export const browserCanvas: CanvasFactory = (width, height) => {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) {
      throw new Error('This browser cannot draw charts (no 2D canvas).');
    }
    return {
      context: context as unknown as ChartContext2D,
      toPng: async () => new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())
    };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) {
    throw new Error('This browser cannot draw charts (no 2D canvas).');
  }
  return {
    context: context as unknown as ChartContext2D,
    toPng: () =>
      new Promise<Uint8Array>((resolve, reject) =>
        canvas.toBlob((blob) => (blob ? blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject) : reject(new Error('The chart could not be turned into a picture.'))), 'image/png')
      )
  };
};
