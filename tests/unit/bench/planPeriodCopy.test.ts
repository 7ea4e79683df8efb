import { copyReportRows, perThousand, type CopyBenchFigures } from '../../../scripts/bench/planPeriodCopy';

const figures: CopyBenchFigures = {
  measures: 5042,
  latencyMs: 50,
  read: { ms: 573, requests: 6 },
  copy: { ms: 7530, requests: 115, folderRequests: 53 },
  repeat: { ms: 789, requests: 9 },
  stored: 5042,
  distinctPredecessors: 5042
};

describe('plan period copy bench', () => {
  it('reports requests and time per 1,000 measures, reading and copying together, the folders made once per period apart', () => {
    const unit = perThousand(figures);
    expect(unit.requests).toBeCloseTo(68 / 5.042, 5);
    expect(unit.ms).toBeCloseTo(8103 / 5.042, 5);
    const rows = copyReportRows(figures, 'en');
    expect(rows.map((row) => row.value)).toEqual(['573 ms / 6', '7,530 ms / 115', '53', '1,607 ms', '13.5', '789 ms / 9', '5,042 / 5,042']);
  });

  it('marks the goals met or missed: requests per 1,000 measures, every measure stored once', () => {
    expect(copyReportRows(figures, 'de').map((row) => row.met)).toEqual(['–', '–', '–', '–', 'ja', '–', 'ja']);
    const missed = copyReportRows({ ...figures, copy: { ms: 7530, requests: 120, folderRequests: 0 }, stored: 5043, distinctPredecessors: 5042 }, 'en').map((row) => row.met);
    expect(missed).toEqual(['–', '–', '–', '–', 'no', '–', 'no']);
  });
});
