import { afterDataFigures, BenchFigures, formatTable, methodNotes, renderRatioOf, reportRows, summarizeRuns } from '../../../scripts/bench/benchReport';
import type { BundleFigures } from '../../../scripts/bench/bundleSize';
import type { RenderRun } from '../../../scripts/bench/renderTiming';

function run(firstRenderMs: number, dataLoadedMs: number, measuresShown: number, longestTaskAfterDataMs = 60): RenderRun {
  return { firstRenderMs, dataLoadedMs, longTasksMs: 100, longestTaskMs: 60, longestTaskAfterDataMs, measuresShown, rowsInDom: 40, apiRequests: 10, measureListRequests: 2 };
}

const bundle: BundleFigures = {
  asset: 'integrationsplanung-web-parts_abc.js',
  rawBytes: 548_737,
  gzipBytes: 158_402,
  ownGzipBytes: 23_087,
  ownRawBytes: 75_004,
  libraryGzipBytes: 135_315,
  otherRawBytes: 3_954,
  ownSources: 51,
  ownModules: 56,
  libraryModules: 373,
  lazyChunksGzipBytes: 262_255,
  pageBundleGzipBytes: 240_000,
  largestWebPartGzipBytes: 210_000,
  largestWebPart: 'catalogue',
  webPartGzipBytes: { catalogue: 210_000, overview: 180_000 }
};

function figures(smallMs: number, largeMs: number, ownGzipBytes = bundle.ownGzipBytes): BenchFigures {
  const small = summarizeRuns([run(smallMs, smallMs - 100, 42), run(smallMs + 50, smallMs - 50, 42), run(smallMs - 50, smallMs - 150, 42)]);
  const large = summarizeRuns([run(largeMs, largeMs - 300, 5042), run(largeMs + 500, largeMs, 5042), run(largeMs - 20, largeMs - 320, 5042)]);
  return { small, large, renderRatio: renderRatioOf(small, large), bundle: { ...bundle, ownGzipBytes }, failures: [] };
}

const find = (rows: ReturnType<typeof reportRows>, figure: string) => rows.find((row) => row.figure.trim() === figure);

describe('bench report', () => {
  it('summarises runs by their medians, including the time after the data arrived', () => {
    const summary = summarizeRuns([run(700, 600, 42), run(1200, 650, 42), run(650, 500, 42)]);
    expect(summary.firstRenderMs).toBe(700);
    expect(summary.dataLoadedMs).toBe(600);
    expect(summary.afterDataMs).toBe(150);
    expect(summary.firstRenderMsPerRun).toEqual([700, 1200, 650]);
  });

  it('judges the time after the data arrived by its ratio (goal 1.5) and the worst run’s longest task (goal 200 ms)', () => {
    const smallRuns = [run(700, 600, 42), run(720, 600, 42), run(690, 600, 42)];
    const largeRuns = [run(1500, 1360, 5042, 90), run(1600, 1450, 5042, 240), run(1480, 1330, 5042, 80)];
    const small = summarizeRuns(smallRuns);
    const large = summarizeRuns(largeRuns);
    const after = afterDataFigures(small, large, largeRuns);
    expect(after.afterDataMs).toEqual({ small: 100, large: 150, ratio: 1.5 });
    expect(after.longestTaskAfterDataMs).toBe(240);
    const rows = reportRows({ small, large, ...after, failures: [] }, 'en');
    expect(find(rows, 'Processing and rendering after the data, large / small')).toMatchObject({ value: '1.50', goal: '≤ 1.5', met: 'yes' });
    expect(find(rows, 'Longest task after the data (large, worst run)')).toMatchObject({ value: '240 ms', goal: '≤ 200 ms', met: 'no' });
  });

  it('marks the render ratio met at 2 or below and missed above', () => {
    const met = reportRows(figures(700, 1000), 'de');
    expect(find(met, 'Verhältnis groß / klein')).toEqual({ figure: 'Verhältnis groß / klein', value: '1,43', goal: '≤ 2', met: 'ja' });
    const missed = reportRows(figures(700, 2100), 'en');
    expect(find(missed, 'Ratio large / small')).toEqual({ figure: 'Ratio large / small', value: '3.00', goal: '≤ 2', met: 'no' });
  });

  it('checks own code against 250 KB of 1024 bytes', () => {
    expect(find(reportRows(figures(700, 1000, 256_000), 'en'), 'of which own code, gzip')?.met).toBe('yes');
    expect(find(reportRows(figures(700, 1000, 256_200), 'en'), 'of which own code, gzip')).toEqual({ figure: '  of which own code, gzip', value: '250.2 KB', goal: '≤ 250 KB', met: 'no' });
  });

  it('judges what a page with all web parts downloads against the heaviest web part (goal 1.25)', () => {
    const within = reportRows(figures(700, 1000), 'en');
    expect(find(within, 'Page / heaviest web part')).toMatchObject({ value: '1.14', met: 'yes' });
    expect(find(within, 'Heaviest single web part, gzip')?.value).toBe('205.1 KB (catalogue)');
    const heavy = { ...figures(700, 1000), bundle: { ...bundle, pageBundleGzipBytes: 300_000 } };
    expect(find(reportRows(heavy, 'en'), 'Page / heaviest web part')).toMatchObject({ value: '1.43', met: 'no' });
  });

  it('formats numbers the German way by default', () => {
    const rows = reportRows(figures(700, 1013), 'de');
    expect(find(rows, 'Erste Anzeige, ~5.000 Maßnahmen (Median)')?.value).toBe('1.013 ms');
    expect(find(rows, 'Angezeigte Maßnahmen (large)')?.value).toBe('5.042');
    expect(find(rows, 'Gemeinsames Paket der Webparts, gzip')?.value).toBe('154,7 KB');
  });

  it('says “not measured” instead of inventing a value when a measurement failed', () => {
    const rows = reportRows({ failures: ['gulp failed'] }, 'en');
    expect(find(rows, 'Ratio large / small')).toEqual({ figure: 'Ratio large / small', value: 'not measured', goal: '≤ 2', met: '–' });
    expect(find(rows, 'of which own code, gzip')).toEqual({ figure: '  of which own code, gzip', value: 'not measured', goal: '≤ 250 KB', met: '–' });
  });

  it('lays the table out in aligned columns with a header', () => {
    const table = formatTable(reportRows(figures(700, 1000), 'en'), 'en').split('\n');
    expect(table[0]).toMatch(/^Figure\s+│\s+Value │ Goal\s+│ met$/);
    expect(table[1]).toMatch(/^─+┼─+┼─+┼─+$/);
    const separators = table.filter((line) => !line.includes('┼')).map((line) => [...line.matchAll(/│/g)].map((match) => match.index));
    expect(new Set(separators.map((positions) => positions.join(','))).size).toBe(1);
  });

  it('documents the bundle method with the numbers of own files and modules', () => {
    const notes = methodNotes(figures(700, 1000), 'en', 5);
    expect(notes[0]).toContain('5 alternating runs');
    expect(notes[2]).toContain('(51 files, 56 modules in the stats)');
    expect(methodNotes({ failures: [] }, 'en', 5)).toHaveLength(2);
  });
});
