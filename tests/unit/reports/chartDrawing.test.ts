import { createCanvas, loadImage } from '@napi-rs/canvas';
import { chartPng, niceStep, valueAxis } from '../../../src/reports';
import type { ChartSpec } from '../../../src/reports';
import { nodeCanvas } from '../../support/nodeCanvas';

const spec: ChartSpec = {
  title: 'Teilnehmende an Sprachkursen',
  unit: 'Personen',
  categories: ['2023', '2024', '2025'],
  stacked: true,
  series: [
    { name: 'weiblich', values: [70, 80, 90] },
    { name: 'männlich', values: [50, 70, null] },
    { name: 'Ziel', values: [160, 160, 175], role: 'target' }
  ]
};

async function pixels(png: Uint8Array): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data };
}

describe('chart pictures', () => {
  it('draws a PNG of the requested size with bars on it', async () => {
    const image = await pixels(await chartPng(spec, nodeCanvas, { width: 800, height: 450, locale: 'de-DE' }));
    expect([image.width, image.height]).toEqual([800, 450]);
    let dark = 0;
    for (let index = 0; index < image.data.length; index += 4) {
      if (image.data[index] < 100 && image.data[index + 1] < 120 && image.data[index + 2] < 160) {
        dark++;
      }
    }
    // The dark-blue bars of the first series and the black target line cover a good part of the picture.
    expect(dark / (800 * 450)).toBeGreaterThan(0.02);
  });

  it('keeps the series apart in grey: their fills differ in lightness', async () => {
    const image = await pixels(await chartPng({ ...spec, stacked: false, series: spec.series.slice(0, 2) }, nodeCanvas, { width: 1200, height: 676, locale: 'de-DE' }));
    const lightness = new Set<number>();
    for (let index = 0; index < image.data.length; index += 4) {
      lightness.add(Math.round((0.3 * image.data[index] + 0.59 * image.data[index + 1] + 0.11 * image.data[index + 2]) / 32));
    }
    expect(lightness.size).toBeGreaterThanOrEqual(4);
  });

  it('starts the axis at zero and ends it at a round value above the highest stack and target', () => {
    expect(valueAxis(spec)).toEqual(expect.objectContaining({ min: 0, max: 200, step: 50 }));
    expect(valueAxis({ ...spec, stacked: false, series: [{ name: 'a', values: [0.3, 0.8, 1.2] }] }).max).toBeCloseTo(1.5);
    expect(niceStep(37)).toBe(50);
    expect(niceStep(0.12)).toBe(0.2);
  });
});
