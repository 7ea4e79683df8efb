import { committeeReportRows, type CommitteeReportBenchFigures } from '../../../scripts/bench/committeeReport';

const figures: CommitteeReportBenchFigures = {
  measures: 5042,
  indicators: 60,
  charts: 60,
  requests: 59,
  loadMs: 817.4,
  modelMs: 251,
  wordMs: 4571,
  totalMs: 5639.4,
  fileBytes: 1_660_928,
  baselineRssMb: 240.2,
  peakRssMb: 643.4,
  baselineHeapMb: 74,
  peakHeapMb: 192
};

describe('committee report bench', () => {
  it('reports size, time per phase with requests, file size, and memory before and at its peak', () => {
    expect(committeeReportRows(figures, 'en').map((row) => row.value)).toEqual([
      '5,042 / 60 / 60',
      '817 ms / 59',
      '251 ms',
      '4,571 ms / 1,622 KB',
      '5,639 ms',
      '240 MB / 643 MB',
      '74 MB / 192 MB'
    ]);
    expect(committeeReportRows(figures, 'de')[0]).toEqual({ figure: 'Maßnahmen / Kennzahlen / Diagramme', value: '5.042 / 60 / 60', goal: '–', met: '–' });
  });
});
