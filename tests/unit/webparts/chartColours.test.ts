import { chartPalette, contrastRatio } from '../../../src/webparts/indicatorDashboard/chartColours';

describe('indicator chart colours', () => {
  it.each(['light', 'dark', 'contrast'] as const)('chart colours in the %s theme reach 3:1 against the background', (name) => {
    const palette = chartPalette({ name });
    for (const [series, colour] of Object.entries(palette.series)) {
      expect(`${series}: ${contrastRatio(colour, palette.background) >= 3}`).toBe(`${series}: true`);
    }
    // Stacked gender parts must be told apart from their neighbours.
    const stack = [palette.series.female, palette.series.male, palette.series.diverse, palette.series.notStated];
    expect(new Set(stack).size).toBe(4);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});
